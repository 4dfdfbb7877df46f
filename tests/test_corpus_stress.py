"""Checks of the stress corpus (data/corpus/stress), the blind set of messy news-style articles.

The sheet-level checks of ``tests/test_corpus.py`` (offsets, sha256, references, issue codes,
the holder/voiced_by rule, loading with the kg loader) are reused on the stress sheets; the
tests here add what is specific to the stress set: article length 600-1,000 words, the
promised style features, furniture that is never evidence, spans inside one paragraph,
stance dates not after the article date, aliases that occur in the text, and no person
shared with the dev or held-out half.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import test_corpus as corpus_checks
from test_corpus import ARTICLE_FIELDS, CORPUS, HALVES, _load, _name, _spans, _text_path

STRESS = sorted((CORPUS / "stress").glob("*.yaml"))
ALL_SHEETS = sorted(p for half in (*HALVES, "stress") for p in (CORPUS / half).glob("*.yaml"))
FURNITURE = re.compile(r"^(Photo:|Related:|Read more:|Sign up|Get our|By )|Photograph: ")
_TYPOGRAPHY = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'",
                             "\u00a0": " "})


def _text(path: Path) -> str:
    return _text_path(path, _load(path)).read_text(encoding="utf-8")


def _fold(text: str) -> str:
    """Compare names as the evaluation does: NFKC, straight quotes, NBSP as space, casefold."""
    return unicodedata.normalize("NFKC", text).translate(_TYPOGRAPHY).casefold()


def _furniture_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the headline and of page-furniture lines (captions, links, bylines)."""
    lines, offset = [], 0
    for number, line in enumerate(text.split("\n")):
        if number == 0 or FURNITURE.search(line):
            lines.append((offset, offset + len(line)))
        offset += len(line) + 1
    return lines


def test_stress_set_size() -> None:
    assert len(STRESS) == 6, [p.stem for p in STRESS]


@pytest.mark.parametrize("path", STRESS, ids=_name)
@pytest.mark.parametrize("check", [
    corpus_checks.test_text_hash_and_offsets,
    corpus_checks.test_references_and_issue_codes,
    corpus_checks.test_stances_follow_the_coding_guide,
    corpus_checks.test_loads_with_kg_loader,
], ids=lambda f: f.__name__.removeprefix("test_"))
def test_sheet_checks_of_the_main_corpus(check: Any, path: Path) -> None:
    check(path)


@pytest.mark.parametrize("path", STRESS, ids=_name)
def test_meta_and_length(path: Path) -> None:
    sheet = _load(path)
    assert sheet["article"]["id"] == path.stem
    meta = json.loads(path.with_suffix(".meta.json").read_text(encoding="utf-8"))
    for key in ARTICLE_FIELDS:
        assert str(meta[key]) == str(sheet["article"][key]), f"{path}: meta {key} differs"
    assert meta["url"].startswith("https://example.org/"), f"{path}: url is not fictional"
    words = len(_text(path).split())
    assert 600 <= words <= 1000, f"{path}: {words} words"
    assert sheet["coding"]["status"] == "curated" and sheet["coding"]["coder"] == "kg corpus"


@pytest.mark.parametrize("path", STRESS, ids=_name)
def test_many_actors_and_stances(path: Path) -> None:
    sheet = _load(path)
    people = [a for a in sheet["actors"] if a["type"] == "person"]
    assert len(sheet["actors"]) >= 8 and len(people) >= 5, path
    assert len(sheet["stances"]) >= 15 and len(sheet["events"]) >= 3, path


def test_style_features_across_the_set() -> None:
    texts = {p.stem: _text(p) for p in STRESS}
    curly = [k for k, t in texts.items() if "\u201c" in t]
    nbsp = [k for k, t in texts.items() if "\u00a0" in t]
    assert len(curly) >= 3 and len(nbsp) >= 3, (curly, nbsp)
    captions = [k for k, t in texts.items() if re.search(r"^Photo: |Photograph: ", t, re.M)]
    links = [k for k, t in texts.items() if re.search(r"^(Related:|Sign up|Get our)", t, re.M)]
    assert len(set(captions) & set(links)) >= 2, (captions, links)
    values = Counter(s["value"] for p in STRESS for s in _load(p)["stances"])
    assert all(values[v] > 0 for v in ("support", "oppose", "conditional", "neutral", "mixed"))


@pytest.mark.parametrize("path", STRESS, ids=_name)
def test_furniture_and_headline_are_never_evidence(path: Path) -> None:
    text, sheet = _text(path), _load(path)
    furniture = _furniture_lines(text)
    for section in ("stances", "events", "relations"):
        for item in sheet.get(section) or []:
            for span in item.get("evidence") or []:
                for start, end in furniture:
                    assert span["end"] <= start or span["start"] >= end, (
                        f"{path}: {section} {item.get('id', item.get('subject'))} "
                        f"uses furniture {text[start:end]!r}")


@pytest.mark.parametrize("path", STRESS, ids=_name)
def test_spans_stay_in_one_paragraph(path: Path) -> None:
    for where, span in _spans(_load(path)):
        assert "\n" not in span["text"], f"{path}: {where} crosses a paragraph"


@pytest.mark.parametrize("path", STRESS, ids=_name)
def test_stance_dates_not_after_article(path: Path) -> None:
    sheet = _load(path)
    published = dt.date.fromisoformat(str(sheet["article"]["date"]))
    for stance in sheet["stances"]:
        if "date" in stance:
            assert dt.date.fromisoformat(str(stance["date"])) <= published, stance["id"]


@pytest.mark.parametrize("path", STRESS, ids=_name)
def test_names_occur_in_the_text(path: Path) -> None:
    """Every alias is a name the article uses; an actor is named by its label or an alias."""
    text = _fold(_text(path))
    for actor in _load(path)["actors"]:
        names = [actor["label"], *actor.get("aliases", [])]
        for alias in actor.get("aliases", []):
            assert _fold(alias) in text, f"{path}: alias {alias!r} of {actor['id']} not in text"
            assert alias != actor["label"], f"{path}: alias repeats the label of {actor['id']}"
        assert any(_fold(n) in text for n in names), f"{path}: {actor['id']} never named"


def test_no_person_shared_with_dev_or_heldout() -> None:
    """The blind set must not reward names learnt from the other halves."""
    def people(paths: list[Path]) -> set[str]:
        return {a["id"] for p in paths for a in _load(p)["actors"] if a["type"] == "person"}

    others = [p for p in ALL_SHEETS if p.parent.name != "stress"]
    shared = people(STRESS) & people(others)
    assert not shared, sorted(shared)


def test_global_actors_consistent_with_the_main_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    """The main corpus check, run over dev, held-out and stress sheets together."""
    monkeypatch.setattr(corpus_checks, "SHEETS", ALL_SHEETS)
    corpus_checks.test_global_actors_are_consistent_across_articles()
