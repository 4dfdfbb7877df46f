"""Checks of the twelfth blind evaluation set (data/corpus/blind12), invented articles held back.

The set is written in the eleventh session and scored once, in the twelfth, against machine
extraction, so the checks are structural only. The sheet checks of the earlier blind sets
(offsets and sha256, references and issue codes from the SKOS scheme, the holder/voiced_by rule,
loading with ``kg.annotations``, meta matches the sheet, 600-1,000 words, furniture and headline
never evidence, spans inside one paragraph, names that occur in the text, the "invented" mark,
6-22 stances, dates not after the article) and blind3's set-level checks (at least eight
articles, the domain mix with prisoners and humanitarian matters, four Russia-Ukraine-U.S.
articles, every stance value, furniture and both kinds of quotes, no run of eight words shared
with another article of any set or with the seed article, consistent global ids, a
SHACL-validated build) are imported from the earlier modules and run on this set, compared with
every other set including blind10 and blind11; so is the check that no invented person recurs
from another set. The set's own promise is its size and its kinds of piece: ten articles (eight
by a first writer, two by a second), a long analysis, a datelined wire brief as the shortest
article, and an interview in plain "Q:"/"A:" form.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import test_corpus_blind2 as blind2_checks
import test_corpus_blind4 as blind4_checks
import test_corpus_blind5 as blind5_checks
import test_corpus_blind11 as blind11_checks
from test_corpus import CORPUS, _name
from test_corpus_stress import _text

BLIND12 = sorted((CORPUS / "blind12").glob("*.yaml"))
OTHERS = sorted([*blind11_checks.OTHERS, *blind11_checks.BLIND11])
PUBLIC_FIGURES = blind11_checks.PUBLIC_FIGURES


@pytest.fixture
def as_blind(monkeypatch: pytest.MonkeyPatch) -> None:
    """Point the checks of the earlier blind sets at this set and at all the other sets."""
    blind5_checks.point_checks(monkeypatch, BLIND12, OTHERS, PUBLIC_FIGURES)


def test_set_size() -> None:
    """The ten articles the brief asked for."""
    assert len(BLIND12) == 10, [p.stem for p in BLIND12]


@pytest.mark.parametrize("path", BLIND12, ids=_name)
@pytest.mark.parametrize("check", blind2_checks.SHEET_CHECKS, ids=blind4_checks._short)
def test_sheet_checks(check: Any, path: Path) -> None:
    check(path)


@pytest.mark.parametrize("check", blind4_checks.SET_CHECKS, ids=blind4_checks._short)
def test_set_checks(check: Any, as_blind: None) -> None:
    """blind3's set checks: size and domain mix (prisoners included), four Russia-Ukraine-U.S.
    articles, every stance value, furniture and typography, no shared text, consistent ids, a
    SHACL build."""
    check()


def test_people_and_shared_actors(as_blind: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """No invented person recurs from another set; shared actors keep type, label, speaks_for."""
    blind4_checks.test_no_invented_person_shared_and_actors_consistent(as_blind, monkeypatch)


def test_the_promised_kinds_of_piece() -> None:
    """A long-form analysis of at least 850 words, a datelined wire brief as the shortest
    article, and an interview in plain question-and-answer form: at least four question lines
    opened by "Q:" and ending in a question mark, each followed by a line opened by "A:"."""
    texts = {p.stem: _text(p) for p in BLIND12}
    shortest = min(texts, key=lambda k: len(texts[k].split()))
    assert re.search(r"^[A-Z][A-Z .,'-]+, [A-Za-z0-9 ]+ \(", texts[shortest], re.M), shortest
    interviews = [k for k in texts if k.startswith("interview-")]
    assert interviews, sorted(texts)
    for name in interviews:
        pairs = re.findall(r"^Q: .+\?\n\nA: ", texts[name], re.M)
        assert len(pairs) >= 4, (name, len(pairs))
        assert len(re.findall(r"^Q: ", texts[name], re.M)) == len(pairs), name
    analyses = [k for k in texts if k.startswith("analysis-")]
    assert analyses and max(len(texts[k].split()) for k in analyses) >= 850, analyses
