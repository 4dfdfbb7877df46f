"""Checks of the second blind evaluation set (data/corpus/blind2), invented articles held back.

The set is scored once against machine extraction, so the checks are structural only. The
sheet checks of ``tests/test_corpus.py``, ``tests/test_corpus_stress.py`` and
``tests/test_corpus_blind.py`` (offsets and sha256, references and issue codes, the
holder/voiced_by rule, loading with ``kg.annotations``, meta matches the sheet, 600-1,000
words, furniture and headline never evidence, spans inside one paragraph, names that occur in
the text, the "invented" mark, dates not after the article) are reused on the new sheets; the
tests here add the size and mix of the set and compare it with every other corpus set: no
shared run of words, no shared invented person, consistent global ids.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import test_corpus as corpus_checks
import test_corpus_blind as blind_checks
import test_corpus_stress as stress_checks
from test_corpus import CORPUS, _load, _name, _text_path

BLIND2 = sorted((CORPUS / "blind2").glob("*.yaml"))
OTHERS = sorted(p for part in ("dev", "heldout", "stress", "blind")
                for p in (CORPUS / part).glob("*.yaml"))
REQUIRED_DOMAINS = ("trade_tariffs", "nuclear_program", "prisoners_humanitarian",
                    "climate_emissions", "coalition_government", "labour_wages")
# Real public figures may appear in several sets, as in the news; invented people may not.
PUBLIC_FIGURES = frozenset({
    "dmitry-peskov", "donald-trump", "emmanuel-macron", "friedrich-merz", "jared-kushner",
    "kaja-kallas", "keir-starmer", "marco-rubio", "mark-rutte", "sergei-lavrov",
    "steve-witkoff", "vladimir-putin", "volodymyr-zelensky", "yury-ushakov",
    "kirill-dmitriev", "maria-zakharova", "rustem-umerov", "andrii-sybiha", "hakan-fidan",
})


def _codes(item: dict[str, Any]) -> list[str]:
    issue = item["issue"]
    return [issue] if isinstance(issue, str) else list(issue)


def _text(path: Path) -> str:
    return _text_path(path, _load(path)).read_text(encoding="utf-8")


def test_set_size_and_mix() -> None:
    assert len(BLIND2) >= 8, [p.stem for p in BLIND2]
    russia_ukraine = [p.stem for p in BLIND2
                      if {"russia", "ukraine", "united-states"}
                      <= {a["id"] for a in _load(p)["actors"]}]
    assert len(russia_ukraine) >= 4, russia_ukraine
    issues = Counter(code for p in BLIND2 for pos in _load(p).get("positions") or []
                     for code in _codes(pos))
    missing = [domain for domain in REQUIRED_DOMAINS if not issues[domain]]
    assert not missing, f"no position on {missing}"


@pytest.mark.parametrize("path", BLIND2, ids=_name)
@pytest.mark.parametrize("check", [
    corpus_checks.test_text_hash_and_offsets,
    corpus_checks.test_references_and_issue_codes,
    corpus_checks.test_stances_follow_the_coding_guide,
    corpus_checks.test_loads_with_kg_loader,
    stress_checks.test_meta_and_length,
    stress_checks.test_furniture_and_headline_are_never_evidence,
    stress_checks.test_spans_stay_in_one_paragraph,
    stress_checks.test_names_occur_in_the_text,
    blind_checks.test_marked_invented_and_enough_stances,
    blind_checks.test_dates_not_after_article,
], ids=lambda f: f.__name__.removeprefix("test_"))
def test_sheet_checks_of_the_other_sets(check: Any, path: Path) -> None:
    check(path)


@pytest.mark.parametrize("path", BLIND2, ids=_name)
def test_stances_per_article_as_briefed(path: Path) -> None:
    """Roughly 6-15 coded stances: the brief's range, with room for restatements and joint acts."""
    assert 6 <= len(_load(path)["stances"]) <= 22, path


def test_all_stance_values_occur() -> None:
    values = Counter(s["value"] for p in BLIND2 for s in _load(p)["stances"])
    assert all(values[v] > 0 for v in ("support", "oppose", "conditional", "neutral", "mixed")), values


def test_no_text_shared_with_another_article() -> None:
    """No run of eight body words is shared by two blind2 articles or with any other set."""
    mine = {p.stem: blind_checks._shingles(_text(p)) for p in BLIND2}
    theirs = {f"{p.parent.name}/{p.stem}": blind_checks._shingles(_text(p)) for p in OTHERS}
    for name, shingles in mine.items():
        for other, runs in (*mine.items(), *theirs.items()):
            if other != name:
                shared = shingles & runs
                assert not shared, f"{name} shares {' '.join(min(shared))!r} with {other}"


def test_no_text_from_the_seed_article() -> None:
    seeds = sorted(blind_checks.SEED.glob("*.txt")) if blind_checks.SEED.is_dir() else []
    if not seeds:
        pytest.skip(f"no seed article under {blind_checks.SEED}")
    seed = set().union(*(blind_checks._shingles(p.read_text(encoding="utf-8")) for p in seeds))
    for path in BLIND2:
        shared = blind_checks._shingles(_text(path)) & seed
        assert not shared, f"{path.stem} shares {' '.join(min(shared))!r} with the seed article"


def test_no_invented_person_shared_with_other_sets() -> None:
    shared = blind_checks._people(BLIND2) & blind_checks._people(OTHERS)
    assert shared <= PUBLIC_FIGURES, sorted(shared - PUBLIC_FIGURES)


def test_global_actors_consistent_with_the_other_sets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(corpus_checks, "SHEETS", [*OTHERS, *BLIND2])
    corpus_checks.test_global_actors_are_consistent_across_articles()


def test_global_positions_and_events_consistent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(blind_checks, "OTHERS", OTHERS)
    monkeypatch.setattr(blind_checks, "BLIND", BLIND2)
    blind_checks.test_global_positions_and_events_consistent()


def test_builds_with_shacl_into_a_store() -> None:
    """The set builds like ``kg build``: loaded, compiled and validated against the shapes."""
    from kg.build import build
    from kg.store import open_store

    report = build(BLIND2, store=open_store(memory=True))
    assert report.articles == sorted(p.stem for p in BLIND2)
    assert report.triples > 0
