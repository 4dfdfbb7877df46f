"""Checks of the second blind evaluation set (data/corpus/blind2), invented articles held back.

The set is scored once against machine extraction, so the checks are structural only. The
sheet checks of ``tests/test_corpus.py``, ``tests/test_corpus_stress.py`` and
``tests/test_corpus_blind.py`` (offsets and sha256, references and issue codes, the
holder/voiced_by rule, loading with ``kg.annotations``, meta matches the sheet, 600-1,000
words, furniture and headline never evidence, spans inside one paragraph, names that occur in
the text, the "invented" mark, dates not after the article) and the set-level checks of the
blind set (size and domain mix, every stance value, no run of eight words shared with another
article or the seed, consistent global ids, SHACL build) are reused on the new set, compared
with every other set including the first blind set; the tests here add four Russia-Ukraine-U.S.
articles and allow real public figures, but no invented person, to recur across sets.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import test_corpus as corpus_checks
import test_corpus_blind as blind_checks
from test_corpus import CORPUS, _load, _name

BLIND2 = sorted((CORPUS / "blind2").glob("*.yaml"))
OTHERS = sorted(p for part in ("dev", "heldout", "stress", "blind")
                for p in (CORPUS / part).glob("*.yaml"))
# Real public figures may appear in several sets, as in the news; invented people may not.
PUBLIC_FIGURES = frozenset({
    "dmitry-peskov", "donald-trump", "emmanuel-macron", "friedrich-merz", "jared-kushner",
    "kaja-kallas", "keir-starmer", "marco-rubio", "mark-rutte", "sergei-lavrov",
    "steve-witkoff", "vladimir-putin", "volodymyr-zelensky", "yury-ushakov",
    "kirill-dmitriev", "maria-zakharova", "rustem-umerov", "andrii-sybiha", "hakan-fidan",
})


def test_russia_ukraine_us_articles() -> None:
    """At least four articles on the Russia-Ukraine-U.S. talks, each coding all three states."""
    talks = [p.stem for p in BLIND2
             if {"russia", "ukraine", "united-states"} <= {a["id"] for a in _load(p)["actors"]}]
    assert len(talks) >= 4, talks


def _checks_of(test: Any) -> list[Any]:
    """The sheet checks that a test of another module runs, as listed in its parametrization."""
    return next(mark.args[1] for mark in test.pytestmark if mark.args[0] == "check")


SHEET_CHECKS = [*_checks_of(blind_checks.test_sheet_checks_of_the_other_sets),
                blind_checks.test_marked_invented_and_enough_stances,
                blind_checks.test_dates_not_after_article]


@pytest.fixture
def as_blind(monkeypatch: pytest.MonkeyPatch) -> None:
    """Point the set-level checks of ``tests/test_corpus_blind.py`` at this set and all others."""
    monkeypatch.setattr(blind_checks, "BLIND", BLIND2)
    monkeypatch.setattr(blind_checks, "OTHERS", OTHERS)


@pytest.mark.parametrize("path", BLIND2, ids=_name)
@pytest.mark.parametrize("check", SHEET_CHECKS, ids=lambda f: f.__name__.removeprefix("test_"))
def test_sheet_checks_of_the_other_sets(check: Any, path: Path) -> None:
    check(path)


@pytest.mark.parametrize("check", [
    blind_checks.test_blind_set_size_and_mix,
    blind_checks.test_all_stance_values_occur,
    blind_checks.test_no_text_shared_with_another_article,
    blind_checks.test_no_text_from_the_seed_article,
    blind_checks.test_global_positions_and_events_consistent,
    blind_checks.test_builds_with_shacl_into_a_store,
], ids=lambda f: f.__name__.removeprefix("test_"))
def test_set_checks_of_the_blind_set(check: Any, as_blind: None) -> None:
    """Size and domain mix, every stance value, no text shared with any other set or the seed,
    consistent global ids, and a SHACL-validated build."""
    check()


def test_no_invented_person_shared_with_other_sets() -> None:
    shared = blind_checks._people(BLIND2) & blind_checks._people(OTHERS)
    assert shared <= PUBLIC_FIGURES, sorted(shared - PUBLIC_FIGURES)


def test_global_actors_consistent_with_the_other_sets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(corpus_checks, "SHEETS", [*OTHERS, *BLIND2])
    corpus_checks.test_global_actors_are_consistent_across_articles()
