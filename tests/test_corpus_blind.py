"""Checks of the blind evaluation set (data/corpus/blind), invented news articles held back.

The set is scored once against machine extraction, so these checks are structural only: the
sheet checks of ``tests/test_corpus.py`` and ``tests/test_corpus_stress.py`` (offsets, sha256,
references, issue codes, the holder/voiced_by rule, loading with the kg loader, 600-1,000
words, furniture and headline never evidence, spans inside a paragraph, dates, names in the
text) are reused on the blind sheets, and the tests here add what is specific to the set: its
size and mix, the "invented" mark in the metadata, a stance count per article, no text shared
with another article (or with the third-party seed article), and no invented person shared
with the other sets.
"""

from __future__ import annotations

import functools
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import test_corpus as corpus_checks
import test_corpus_stress as stress_checks
from test_corpus import CORPUS, _load, _name, _text_path

BLIND = sorted((CORPUS / "blind").glob("*.yaml"))
OTHERS = sorted(p for half in ("dev", "heldout", "stress") for p in (CORPUS / half).glob("*.yaml"))
SEED = Path("/work/shared/seed")
SHINGLE = 8


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", stress_checks._fold(text))


@functools.cache
def _shingles(text: str) -> frozenset[tuple[str, ...]]:
    """Every run of SHINGLE consecutive words of the body, case- and typography-folded
    (worked out once per text in a test run: every set is compared with every other).

    Page furniture (captions, links, newsletter prompts) is left out: an outlet repeats it.
    """
    furniture = stress_checks._furniture_lines(text)
    body = "".join(c for i, c in enumerate(text) if not any(s <= i < e for s, e in furniture))
    words = _words(body)
    return frozenset(tuple(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1))


def _people(paths: list[Path]) -> set[str]:
    return {a["id"] for p in paths for a in _load(p)["actors"] if a["type"] == "person"}


def test_blind_set_size_and_mix() -> None:
    assert len(BLIND) >= 8, [p.stem for p in BLIND]
    russia_ukraine = [p.stem for p in BLIND
                      if {"russia", "ukraine"} <= {a["id"] for a in _load(p)["actors"]}]
    assert len(russia_ukraine) >= 4, russia_ukraine
    issues = Counter(code for p in BLIND for pos in _load(p).get("positions") or []
                     for code in ([pos["issue"]] if isinstance(pos["issue"], str) else pos["issue"]))
    for domain in ("trade_tariffs", "nuclear_program", "prisoners_humanitarian",
                   "climate_emissions", "coalition_government", "labour_wages"):
        assert issues[domain] > 0, f"no position on {domain}"


@pytest.mark.parametrize("path", BLIND, ids=_name)
@pytest.mark.parametrize("check", [
    corpus_checks.test_text_hash_and_offsets,
    corpus_checks.test_references_and_issue_codes,
    corpus_checks.test_stances_follow_the_coding_guide,
    corpus_checks.test_loads_with_kg_loader,
    stress_checks.test_meta_and_length,
    stress_checks.test_furniture_and_headline_are_never_evidence,
    stress_checks.test_spans_stay_in_one_paragraph,
    stress_checks.test_names_occur_in_the_text,
], ids=lambda f: f.__name__.removeprefix("test_"))
def test_sheet_checks_of_the_other_sets(check: Any, path: Path) -> None:
    check(path)


# Sets released to development: the coding guide's later clarifications may add stances to their
# sheets (session 10 added six to one blind9 article), so they may exceed the 22 of a set as written;
# so may a resolution against the second coding after the score (session 23: blind23's Djiba
# interview went from 22 to 37, as many as its second coding, by the introduction's initialled accord
# and its clauses and four further sentences of answers).
RELEASED = {"blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9",
            "blind10", "blind11", "blind12", "blind13", "blind14", "blind15",
            "blind16", "blind17", "blind18", "blind19", "blind20", "blind21",
            "blind22", "blind23", "blind24", "blind25", "blind26", "blind27",
            "blind28", "blind29", "blind30", "blind31", "blind32"}


@pytest.mark.parametrize("path", BLIND, ids=_name)
def test_marked_invented_and_enough_stances(path: Path) -> None:
    meta = json.loads(path.with_suffix(".meta.json").read_text(encoding="utf-8"))
    assert meta["invented"] is True and "invented" in meta["note"].lower(), path
    assert meta["language"] == "en", path
    sheet = _load(path)
    most = 40 if path.parent.name in RELEASED else 22
    assert 6 <= len(sheet["stances"]) <= most, f"{path}: {len(sheet['stances'])} stances"
    assert sheet.get("events"), f"{path}: no events"


@pytest.mark.parametrize("path", BLIND, ids=_name)
def test_dates_not_after_article(path: Path) -> None:
    """Stance and held-event dates (YYYY-MM-DD, YYYY-MM or YYYY) do not lie after the article."""
    sheet = _load(path)
    published = str(sheet["article"]["date"])
    items = [*sheet["stances"], *(e for e in sheet["events"] if e["status"] == "held")]
    for item in items:
        if "date" in item:
            date = str(item["date"])
            assert date <= published[:len(date)], f"{path}: {item['id']} dated {date}"


def test_all_stance_values_occur() -> None:
    values = Counter(s["value"] for p in BLIND for s in _load(p)["stances"])
    assert all(values[v] > 0 for v in ("support", "oppose", "conditional", "neutral", "mixed")), values


def test_page_furniture_and_typography_occur() -> None:
    texts = {p.stem: _text_path(p, _load(p)).read_text(encoding="utf-8") for p in BLIND}
    furnished = [k for k, t in texts.items() if len(stress_checks._furniture_lines(t)) >= 2]
    curly = [k for k, t in texts.items() if "\u201c" in t]
    straight = [k for k, t in texts.items() if '"' in t]
    assert len(furnished) >= len(texts) // 2, furnished
    assert curly and straight, (curly, straight)


def test_no_text_shared_with_another_article() -> None:
    """No run of eight words is shared by two blind articles or with any other corpus text."""
    blind = {p.stem: _shingles(_text_path(p, _load(p)).read_text(encoding="utf-8")) for p in BLIND}
    others = {p.stem: _shingles(_text_path(p, _load(p)).read_text(encoding="utf-8"))
              for p in OTHERS}
    for name, shingles in blind.items():
        for other, theirs in (*blind.items(), *others.items()):
            if other != name:
                shared = shingles & theirs
                assert not shared, f"{name} shares {' '.join(min(shared))!r} with {other}"


def test_no_text_from_the_seed_article() -> None:
    """The third-party seed article must never be copied into the repository."""
    seeds = sorted(SEED.glob("*.txt")) if SEED.is_dir() else []
    if not seeds:
        pytest.skip(f"no seed article under {SEED}")
    seed = set().union(*(_shingles(p.read_text(encoding="utf-8")) for p in seeds))
    for path in BLIND:
        text = (path.parent / _load(path)["article"]["text_file"]).read_text(encoding="utf-8")
        shared = _shingles(text) & seed
        assert not shared, f"{path.stem} shares {' '.join(min(shared))!r} with the seed article"


def test_no_invented_person_shared_with_other_sets() -> None:
    shared = _people(BLIND) & _people(OTHERS)
    assert not shared, sorted(shared)


def test_global_actors_consistent_with_the_other_sets(monkeypatch: pytest.MonkeyPatch) -> None:
    """Actors shared with dev, held-out, stress or another blind sheet agree on type and label."""
    monkeypatch.setattr(corpus_checks, "SHEETS", [*OTHERS, *BLIND])
    corpus_checks.test_global_actors_are_consistent_across_articles()


def test_global_positions_and_events_consistent() -> None:
    """Positions, proposals and events get global IRIs, so a reused id must keep its label."""
    seen: dict[tuple[str, str], str] = {}
    for path in [*OTHERS, *BLIND]:
        sheet = _load(path)
        for section in ("positions", "proposals", "events"):
            for item in sheet.get(section) or []:
                first = seen.setdefault((section, item["id"]), item["label"])
                assert first == item["label"], f"{path}: {section} {item['id']} relabelled"


def test_builds_with_shacl_into_a_store() -> None:
    """The set builds like ``kg build``: loaded, compiled and validated against the shapes."""
    from kg.build import build
    from kg.store import open_store

    report = build(BLIND, store=open_store(memory=True))
    assert report.articles == sorted(p.stem for p in BLIND)
    assert report.triples > 0
