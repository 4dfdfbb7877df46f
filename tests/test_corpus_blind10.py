"""Checks of the tenth blind evaluation set (data/corpus/blind10), invented articles held back.

The set is scored once, in the tenth session, against machine extraction, so the checks are
structural only. The sheet checks of the earlier blind sets (offsets and sha256, references and
issue codes from the SKOS scheme, the holder/voiced_by rule, loading with ``kg.annotations``,
meta matches the sheet, 600-1,000 words, furniture and headline never evidence, spans inside one
paragraph, names that occur in the text, the "invented" mark, 6-22 stances, dates not after the
article) and blind3's set-level checks (every stance value, furniture and both kinds of quotes, no
run of eight words shared with another article of any set or with the seed article, consistent
global ids, a SHACL-validated build) are imported from the earlier modules and run on this set,
compared with every other set including blind9; so is the check that no invented person recurs
from another set. blind3's size-and-domain check is replaced by the set's own: eight articles,
four of them on the Russia-Ukraine-U.S. talks, and blind3's domain mix without prisoners and humanitarian
matters, which the set does not cover.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import test_corpus_blind as blind_checks
import test_corpus_blind2 as blind2_checks
import test_corpus_blind4 as blind4_checks
import test_corpus_blind5 as blind5_checks
import test_corpus_blind9 as blind9_checks
from test_corpus import CORPUS, _load, _name
from test_corpus_stress import _text

BLIND10 = sorted((CORPUS / "blind10").glob("*.yaml"))
OTHERS = sorted([*blind9_checks.OTHERS, *blind9_checks.BLIND9])
# Real public figures may recur across sets, as in the news: those of blind9 and Lukashenko.
PUBLIC_FIGURES = blind9_checks.PUBLIC_FIGURES | {"alexander-lukashenko"}
SET_CHECKS = [check for check in blind4_checks.SET_CHECKS
              if check is not blind_checks.test_blind_set_size_and_mix]


@pytest.fixture
def as_blind(monkeypatch: pytest.MonkeyPatch) -> None:
    """Point the checks of the earlier blind sets at this set and at all the other sets."""
    blind5_checks.point_checks(monkeypatch, BLIND10, OTHERS, PUBLIC_FIGURES)


def test_set_size_and_mix() -> None:
    """At least eight articles, four of them on the Russia-Ukraine-U.S. talks, and positions on
    trade, nuclear, climate, coalition and labour matters (blind3's mix without prisoners and
    humanitarian matters, which this set does not cover)."""
    assert len(BLIND10) >= 8, [p.stem for p in BLIND10]
    russia_ukraine = [p.stem for p in BLIND10
                      if {"russia", "ukraine"} <= {a["id"] for a in _load(p)["actors"]}]
    assert len(russia_ukraine) >= 4, russia_ukraine
    issues = {code for p in BLIND10 for pos in _load(p).get("positions") or []
              for code in ([pos["issue"]] if isinstance(pos["issue"], str) else pos["issue"])}
    for domain in ("trade_tariffs", "nuclear_program", "climate_emissions",
                   "coalition_government", "labour_wages"):
        assert domain in issues, f"no position on {domain}"


@pytest.mark.parametrize("path", BLIND10, ids=_name)
@pytest.mark.parametrize("check", blind2_checks.SHEET_CHECKS, ids=blind4_checks._short)
def test_sheet_checks(check: Any, path: Path) -> None:
    check(path)


@pytest.mark.parametrize("check", SET_CHECKS, ids=blind4_checks._short)
def test_set_checks(check: Any, as_blind: None) -> None:
    """blind3's set checks but size and mix: every stance value, furniture and typography, no
    shared text, consistent ids, a SHACL build."""
    check()


def test_people_and_shared_actors(as_blind: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """No invented person recurs from another set; shared actors keep type, label, speaks_for."""
    blind4_checks.test_no_invented_person_shared_and_actors_consistent(as_blind, monkeypatch)


def test_the_promised_kinds_of_piece() -> None:
    """A long-form analysis of at least 850 words, a datelined wire brief as the shortest
    article, and an interview that alternates paraphrase and quoted answers: no question
    paragraphs opened by "Q:" or a name, but at least four questions reported as "Asked ..."."""
    texts = {p.stem: _text(p) for p in BLIND10}
    shortest = min(texts, key=lambda k: len(texts[k].split()))
    assert re.search(r"^[A-Z][A-Z .,'-]+, [A-Za-z ]+ \(", texts[shortest], re.M), shortest
    interviews = [k for k in texts if k.startswith("interview-")]
    assert interviews, sorted(texts)
    for name in interviews:
        assert not re.search(r"^(Q|[A-Z][a-z]+): .+\?$", texts[name], re.M), name
        assert len(re.findall(r"\bAsked (?:whether|if|about|what|why|how)\b", texts[name])) >= 4, name
    analyses = [k for k in texts if k.startswith("analysis-")]
    assert analyses and max(len(texts[k].split()) for k in analyses) >= 850, analyses
