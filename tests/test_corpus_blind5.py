"""Checks of the fifth blind evaluation set (data/corpus/blind5), invented articles held back.

The set is scored once against machine extraction, so the checks are structural only. The sheet
checks of the earlier blind sets (offsets and sha256, references and issue codes from the SKOS
scheme, the holder/voiced_by rule, loading with ``kg.annotations``, meta matches the sheet,
600-1,000 words, furniture and headline never evidence, spans inside one paragraph, names that
occur in the text, the "invented" mark, 6-22 stances, dates not after the article) and their
set-level checks (at least eight articles, the domain mix, four Russia-Ukraine-U.S. articles,
every stance value, furniture and both kinds of quotes, no run of eight words shared with
another article of any set or with the seed article, consistent global ids, a SHACL-validated
build) are imported and run on this set, compared with every other set including the four
earlier blind sets. So are blind4's checks that no invented person recurs from another set and
that the set holds the promised kinds of piece (a long-form analysis, a datelined wire brief as
the shortest article, a question-and-answer piece).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import test_corpus_blind as blind_checks
import test_corpus_blind2 as blind2_checks
import test_corpus_blind4 as blind4_checks
from test_corpus import CORPUS, _name

BLIND5 = sorted((CORPUS / "blind5").glob("*.yaml"))
OTHERS = sorted(p for part in ("dev", "heldout", "stress", "blind", "blind2", "blind3", "blind4")
                for p in (CORPUS / part).glob("*.yaml"))
# Real public figures may recur across sets, as in the news: those of blind4 and a few more.
PUBLIC_FIGURES = blind4_checks.PUBLIC_FIGURES | {
    "viktor-orban", "donald-tusk", "sergei-ryabkov", "rafael-grossi"}


def point_checks(monkeypatch: pytest.MonkeyPatch, blind: list[Path], others: list[Path],
                 public_figures: set[str]) -> None:
    """Point the checks of the earlier blind sets at the set ``blind``, compared with
    ``others`` (a later blind set's module calls this with its own set)."""
    for module, name in ((blind_checks, "BLIND"), (blind2_checks, "BLIND2"),
                         (blind4_checks, "BLIND4")):
        monkeypatch.setattr(module, name, blind)
    for module in (blind_checks, blind2_checks, blind4_checks):
        monkeypatch.setattr(module, "OTHERS", others)
    monkeypatch.setattr(blind2_checks, "PUBLIC_FIGURES", public_figures)


@pytest.fixture
def as_blind(monkeypatch: pytest.MonkeyPatch) -> None:
    """Point the checks of the earlier blind sets at this set and at all the other sets."""
    point_checks(monkeypatch, BLIND5, OTHERS, PUBLIC_FIGURES)


@pytest.mark.parametrize("path", BLIND5, ids=_name)
@pytest.mark.parametrize("check", blind2_checks.SHEET_CHECKS, ids=blind4_checks._short)
def test_sheet_checks(check: Any, path: Path) -> None:
    check(path)


# blind3's set checks, and blind4's promise of a long-form analysis of at least 850 words, a
# datelined wire brief as the shortest article and a question-and-answer piece.
SET_CHECKS = [*blind4_checks.SET_CHECKS, blind4_checks.test_the_promised_kinds_of_piece]


@pytest.mark.parametrize("check", SET_CHECKS, ids=blind4_checks._short)
def test_set_checks(check: Any, as_blind: None) -> None:
    check()


def test_people_and_shared_actors(as_blind: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """No invented person recurs from another set; shared actors keep type, label, speaks_for."""
    blind4_checks.test_no_invented_person_shared_and_actors_consistent(as_blind, monkeypatch)
