"""Checks of the fourteenth blind evaluation set (data/corpus/blind14), invented articles held back.

The set is written in the thirteenth session by two writers (B: slugs a-m, B2: slugs n-z) and
scored once, in the fourteenth, against machine extraction, so the checks are structural only.
The sheet checks of the earlier blind sets (offsets and sha256, references and issue codes from
the SKOS scheme, the holder/voiced_by rule, loading with ``kg.annotations``, meta matches the
sheet, 600-1,000 words, furniture and headline never evidence, spans inside one paragraph, names
that occur in the text, the "invented" mark, 6-22 stances (up to 30 since its first coding was
resolved against the second in session 13), dates not after the article) and
blind3's set-level checks (every stance value, furniture and both kinds of quotes, no run of
eight words shared with another article of any set or with the seed article, consistent global
ids, a SHACL-validated build) are imported from the earlier modules and run on this set,
compared with every other set including blind12 and blind13; so is the check that no invented
person recurs from another set (held-out included). Like blind13, the set was asked for domains
no set holds yet, so blind3's four Russia-Ukraine-U.S. articles and its fixed domain list are
replaced by a check of the set's own mix, and blind13's promise of the kinds of piece (one
interview transcript, live blog and datelined wire story per writer, a long analysis and a
long-paragraph feature in the set) is run on this set.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import test_corpus_blind2 as blind2_checks
import test_corpus_blind4 as blind4_checks
import test_corpus_blind5 as blind5_checks
import test_corpus_blind13 as blind13_checks
from test_corpus import CORPUS, _load, _name

BLIND14 = sorted((CORPUS / "blind14").glob("*.yaml"))
OTHERS = sorted([*blind13_checks.OTHERS, *blind13_checks.BLIND13])
PUBLIC_FIGURES = blind13_checks.PUBLIC_FIGURES
SET_CHECKS = blind13_checks.SET_CHECKS


@pytest.fixture
def as_blind(monkeypatch: pytest.MonkeyPatch) -> None:
    """Point the checks of the earlier blind sets at this set and at all the other sets."""
    blind5_checks.point_checks(monkeypatch, BLIND14, OTHERS, PUBLIC_FIGURES)


def test_set_size_and_writers() -> None:
    """Ten articles, five per writer: slugs a-m by the first writer, n-z by the second."""
    assert len(BLIND14) == 10, [p.stem for p in BLIND14]
    first = [p.stem for p in BLIND14 if p.stem[0] <= "m"]
    assert len(first) == 5, first


@pytest.mark.parametrize("path", BLIND14, ids=_name)
@pytest.mark.parametrize("check", blind2_checks.SHEET_CHECKS, ids=blind4_checks._short)
def test_sheet_checks(check: Any, path: Path) -> None:
    check(path)


@pytest.mark.parametrize("check", SET_CHECKS, ids=blind4_checks._short)
def test_set_checks(check: Any, as_blind: None) -> None:
    """blind3's set checks: every stance value, furniture and typography, no shared text,
    consistent ids, a SHACL build."""
    check()


def test_people_and_shared_actors(as_blind: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """No invented person recurs from another set; shared actors keep type, label, speaks_for."""
    blind4_checks.test_no_invented_person_shared_and_actors_consistent(as_blind, monkeypatch)


def test_domain_mix() -> None:
    """Positions over at least seven issue codes, labour and territory among them."""
    codes = Counter(code for p in BLIND14 for pos in _load(p).get("positions") or []
                    for code in ([pos["issue"]] if isinstance(pos["issue"], str) else pos["issue"]))
    assert len(codes) >= 7, codes
    for code in ("labour_wages", "territory"):
        assert codes[code] > 0, f"no position on {code}"


def test_the_promised_kinds_of_piece(monkeypatch: pytest.MonkeyPatch) -> None:
    """blind13's promise on this set: per writer an interview transcript, a live blog and a
    datelined wire story; in the set a long analysis of 850 words or more and a feature whose
    paragraphs average 90 words or more."""
    monkeypatch.setattr(blind13_checks, "BLIND13", BLIND14)
    blind13_checks.test_the_promised_kinds_of_piece()
