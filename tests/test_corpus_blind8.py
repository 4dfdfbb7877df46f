"""Checks of the eighth blind evaluation set (data/corpus/blind8), invented articles held back.

The set is scored once against machine extraction, so the checks are structural only. The sheet
checks of the earlier blind sets (offsets and sha256, references and issue codes from the SKOS
scheme, the holder/voiced_by rule, loading with ``kg.annotations``, meta matches the sheet,
600-1,000 words, furniture and headline never evidence, spans inside one paragraph, names that
occur in the text, the "invented" mark, 6-22 stances, dates not after the article) and their
set-level checks (at least eight articles, the domain mix, four Russia-Ukraine-U.S. articles,
every stance value, furniture and both kinds of quotes, no run of eight words shared with
another article of any set or with the seed article, consistent global ids, a SHACL-validated
build, a long-form analysis, a datelined wire brief as the shortest article, a
question-and-answer piece) are imported from the earlier modules and run on this set, compared
with every other set including blind7; so is the check that no invented person recurs from
another set.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import test_corpus_blind2 as blind2_checks
import test_corpus_blind4 as blind4_checks
import test_corpus_blind5 as blind5_checks
import test_corpus_blind7 as blind7_checks
from test_corpus import CORPUS, _name

BLIND8 = sorted((CORPUS / "blind8").glob("*.yaml"))
OTHERS = sorted(p for part in ("dev", "heldout", "stress", "blind", "blind2", "blind3", "blind4",
                               "blind5", "blind6", "blind7")
                for p in (CORPUS / part).glob("*.yaml"))
# Real public figures may recur across sets, as in the news: those of blind7.
PUBLIC_FIGURES = blind7_checks.PUBLIC_FIGURES


@pytest.fixture
def as_blind(monkeypatch: pytest.MonkeyPatch) -> None:
    """Point the checks of the earlier blind sets at this set and at all the other sets."""
    blind5_checks.point_checks(monkeypatch, BLIND8, OTHERS, PUBLIC_FIGURES)


def test_set_size() -> None:
    assert len(BLIND8) >= 8, [p.stem for p in BLIND8]


@pytest.mark.parametrize("path", BLIND8, ids=_name)
@pytest.mark.parametrize("check", blind2_checks.SHEET_CHECKS, ids=blind4_checks._short)
def test_sheet_checks(check: Any, path: Path) -> None:
    check(path)


@pytest.mark.parametrize("check", blind5_checks.SET_CHECKS, ids=blind4_checks._short)
def test_set_checks(check: Any, as_blind: None) -> None:
    """blind3's set checks and blind4's promised kinds of piece, as run on blind5 to blind7."""
    check()


def test_people_and_shared_actors(as_blind: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """No invented person recurs from another set; shared actors keep type, label, speaks_for."""
    blind4_checks.test_no_invented_person_shared_and_actors_consistent(as_blind, monkeypatch)
