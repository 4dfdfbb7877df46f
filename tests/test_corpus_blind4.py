"""Checks of the fourth blind evaluation set (data/corpus/blind4), invented articles held back.

The set is scored once against machine extraction, so the checks are structural only. The
sheet checks of the earlier blind sets (offsets and sha256, references and issue codes from the
SKOS scheme, the holder/voiced_by rule, loading with ``kg.annotations``, meta matches the sheet,
600-1,000 words, furniture and headline never evidence, spans inside one paragraph, names that
occur in the text, the "invented" mark, dates not after the article) and their set-level checks
(at least eight articles, the domain mix, four Russia-Ukraine-U.S. articles, every stance value,
furniture and both kinds of quotes, no run of eight words shared with another article of any
set or with the seed article, consistent global ids, a SHACL-validated build) are imported and
run on this set, compared with every other set including the three earlier blind sets. The
tests here add: no invented person shared with another set, and the set's own promises (a
long-form analysis, a wire brief and a question-and-answer piece).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import test_corpus_blind as blind_checks
import test_corpus_blind2 as blind2_checks
import test_corpus_blind3 as blind3_checks
from test_corpus import CORPUS, _name
from test_corpus_stress import _text

BLIND4 = sorted((CORPUS / "blind4").glob("*.yaml"))
OTHERS = sorted(p for part in ("dev", "heldout", "stress", "blind", "blind2", "blind3")
                for p in (CORPUS / part).glob("*.yaml"))
# Real public figures may recur across sets, as in the news: those of blind3 and Szijjártó.
PUBLIC_FIGURES = blind3_checks.PUBLIC_FIGURES | {"peter-szijjarto"}


SET_CHECKS = blind2_checks._checks_of(blind3_checks.test_set_checks_of_the_blind_sets)


def _short(check: Any) -> str:
    return check.__name__.removeprefix("test_")


@pytest.fixture
def as_blind(monkeypatch: pytest.MonkeyPatch) -> None:
    """Point the checks of the earlier blind sets at this set and at all the other sets."""
    for module, name in ((blind_checks, "BLIND"), (blind2_checks, "BLIND2")):
        monkeypatch.setattr(module, name, BLIND4)
        monkeypatch.setattr(module, "OTHERS", OTHERS)
    monkeypatch.setattr(blind2_checks, "PUBLIC_FIGURES", PUBLIC_FIGURES)


@pytest.mark.parametrize("path", BLIND4, ids=_name)
@pytest.mark.parametrize("check", blind2_checks.SHEET_CHECKS, ids=_short)
def test_sheet_checks(check: Any, path: Path) -> None:
    check(path)


@pytest.mark.parametrize("check", SET_CHECKS, ids=_short)
def test_set_checks(check: Any, as_blind: None) -> None:
    """The set checks of blind3: size (at least 8 articles) and domain mix, four
    Russia-Ukraine-U.S. articles, every stance value, furniture and typography, no text shared
    with any other set or the seed, consistent global ids, and a SHACL-validated build."""
    check()


def test_no_invented_person_shared_and_actors_consistent(
        as_blind: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """No invented person recurs from another set (public figures may), and actors shared with
    any other set agree on type, label and speaks_for."""
    blind3_checks.test_no_invented_person_shared_and_actors_consistent(as_blind, monkeypatch)


def test_the_promised_kinds_of_piece() -> None:
    """A long-form analysis (most actors), a short wire brief (a dateline, the fewest words)
    and a question-and-answer piece (at least four paragraphs that are questions)."""
    texts = {p.stem: _text(p) for p in BLIND4}
    shortest = min(texts, key=lambda k: len(texts[k].split()))
    assert re.search(r"^[A-Z][A-Z .,'-]+, [A-Za-z ]+ \(", texts[shortest], re.M), shortest
    questions = {k: len(re.findall(r"^Q: .+\?$", t, re.M)) for k, t in texts.items()}
    assert max(questions.values()) >= 4, questions
    analyses = [k for k in texts if k.startswith("analysis-")]
    assert analyses and max(len(texts[k].split()) for k in analyses) >= 850, analyses
