"""The rule-only fallback (no spaCy): gazetteer actors and regex attribution."""

import subprocess
import sys

import pytest

from kg.extract import Article, Extractor

TEXT = ("Talks in Vienna\n\n"
        "Iranian Foreign Minister Reza Karimi said Tehran would not accept new inspections. "
        '"We want sanctions lifted first," he added.\n\n'
        "The Kremlin said it backed the proposal.\n")


@pytest.fixture(scope="module")
def sheet():
    return Extractor(use_spacy=False).extract(
        Article("fallback", TEXT, {"date": "2026-04-15", "publisher": "Gazette"}))


def test_rule_only_mode_says_so():
    assert Extractor(use_spacy=False).mode == "rule-only"


def test_gazetteer_and_titled_names(sheet):
    ids = {a["id"]: a for a in sheet["actors"]}
    assert {"iran", "russia", "reza-karimi"} <= set(ids)
    assert ids["reza-karimi"]["speaks_for"] == "iran"
    assert "austria" not in ids or ids["austria"].get("evidence") is None


def test_regex_attribution(sheet):
    got = [(s["holder"], s.get("voiced_by"), s["value"]) for s in sheet["stances"]]
    assert got == [("iran", "reza-karimi", "oppose"), ("iran", "reza-karimi", "support"),
                   ("russia", None, "support")]


def test_offsets_point_into_the_text(sheet):
    for item in sheet["stances"] + sheet["actors"]:
        for ev in item.get("evidence", []):
            assert TEXT[ev["start"]:ev["end"]] == ev["text"]


def test_warning_without_spacy(tmp_path):
    """With spaCy hidden, loading the model prints one warning line and returns None."""
    code = ("import sys; sys.modules['spacy'] = None\n"
            "import importlib.util as u\n"
            "orig = u.find_spec\n"
            "u.find_spec = lambda n, *a: None if n.startswith(('spacy', 'en_core')) else orig(n, *a)\n"
            "from kg.extract.nlp import load_model\n"
            "assert load_model() is None\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stderr.count("warning:") == 1
    assert "no named-entity recognition" in result.stderr
