"""Checks of kg's own evaluation corpus (data/corpus/dev and data/corpus/heldout).

These tests read the YAML and the text bytes directly, so they hold the corpus
to the coding guide (docs/coding-guide.md) independently of the loader; one
test also loads every sheet with ``kg.annotations.load_annotation``.
"""

from __future__ import annotations

import copy
import functools
import hashlib
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "corpus"
HALVES = ("dev", "heldout")
SHEETS = sorted(p for half in HALVES for p in (CORPUS / half).glob("*.yaml"))
EVIDENCE_SECTIONS = ("actors", "positions", "proposals", "stances", "events", "relations")
ARTICLE_FIELDS = ("title", "publisher", "url", "date", "language")


def _load(path: Path) -> dict[str, Any]:
    """The sheet at ``path``, parsed; a fresh copy, so a test may change it."""
    return copy.deepcopy(_parsed(path.read_bytes()))


@functools.cache
def _parsed(data: bytes) -> Any:
    """YAML parsed once per file content in a test run: every set's module compares its
    sheets with every other set's, so the same few hundred sheets are read many times."""
    return yaml.safe_load(data.decode("utf-8"))


def _text_path(path: Path, sheet: dict[str, Any]) -> Path:
    return path.parent / sheet["article"]["text_file"]


def _issue_codes() -> set[str]:
    ttl = (ROOT / "ontology" / "issues.ttl").read_text(encoding="utf-8")
    return set(re.findall(r'skos:notation\s+"([a-z_]+)"', ttl))


def _spans(sheet: dict[str, Any]):
    for section in EVIDENCE_SECTIONS:
        for index, item in enumerate(sheet.get(section) or []):
            for span in item.get("evidence") or []:
                yield f"{section}[{index}]", span


def _ids(sheet: dict[str, Any], section: str) -> set[str]:
    return {item["id"] for item in sheet.get(section) or []}


def _name(path: Path) -> str:
    return f"{path.parent.name}/{path.stem}"


def test_corpus_size_and_split() -> None:
    halves = Counter(p.parent.name for p in SHEETS)
    assert len(SHEETS) >= 8, f"only {len(SHEETS)} coded articles"
    assert halves["dev"] > 0 and halves["heldout"] > 0, dict(halves)


def test_article_ids_unique_and_match_file_names() -> None:
    ids = [_load(p)["article"]["id"] for p in SHEETS]
    assert len(ids) == len(set(ids)), Counter(ids).most_common(3)
    for path, aid in zip(SHEETS, ids, strict=True):
        assert aid == path.stem, f"{path}: article.id {aid!r} != file name"


@pytest.mark.parametrize("path", SHEETS, ids=_name)
def test_text_hash_and_offsets(path: Path) -> None:
    sheet = _load(path)
    raw = _text_path(path, sheet).read_bytes()
    assert sheet["article"]["sha256"] == hashlib.sha256(raw).hexdigest(), f"{path}: sha256"
    text = raw.decode("utf-8")
    count = 0
    for where, span in _spans(sheet):
        start, end = span["start"], span["end"]
        assert 0 <= start < end <= len(text), f"{path}: {where} offsets {start}-{end} out of range"
        assert text[start:end] == span["text"], f"{path}: {where} span {start}-{end} != text"
        count += 1
    assert count > 0


@pytest.mark.parametrize("path", SHEETS, ids=_name)
def test_meta_matches_sheet_and_length(path: Path) -> None:
    sheet = _load(path)
    meta = json.loads(path.with_suffix(".meta.json").read_text(encoding="utf-8"))
    for key in ARTICLE_FIELDS:
        assert str(meta[key]) == str(sheet["article"][key]), f"{path}: meta {key} differs"
    assert meta["url"].startswith("https://example.org/"), f"{path}: url is not fictional"
    words = len(_text_path(path, sheet).read_text(encoding="utf-8").split())
    assert 400 <= words <= 900, f"{path}: {words} words"
    assert sheet["coding"]["status"] == "curated" and sheet["coding"]["coder"] == "kg corpus"


@pytest.mark.parametrize("path", SHEETS, ids=_name)
def test_references_and_issue_codes(path: Path) -> None:
    sheet = _load(path)
    codes = _issue_codes()
    actors = {a["id"]: a for a in sheet.get("actors") or []}
    targets = _ids(sheet, "positions") | _ids(sheet, "proposals")
    for section, key in (("positions", "issue"), ("proposals", "issue"), ("stances", "issue"),
                         ("events", "issues")):
        for item in sheet.get(section) or []:
            value = item.get(key) or []
            for code in value if isinstance(value, list) else [value]:
                assert code in codes, f"{path}: {section} {item['id']}: unknown issue {code!r}"
    for actor in actors.values():
        for key in ("affiliation", "speaks_for"):
            assert actor.get(key) is None or actor[key] in actors, f"{path}: {actor['id']}.{key}"
    for stance in sheet["stances"]:
        assert stance["holder"] in actors, f"{path}: {stance['id']}: holder"
        assert stance["target"] in targets, f"{path}: {stance['id']}: target"
        assert stance.get("condition_position") in (None, *targets), f"{path}: {stance['id']}"
    for event in sheet.get("events") or []:
        for actor in event.get("participants") or []:
            assert actor in actors, f"{path}: event {event['id']}: participant {actor}"
        for target in event.get("discussed") or []:
            assert target in targets, f"{path}: event {event['id']}: discussed {target}"


@pytest.mark.parametrize("path", SHEETS, ids=_name)
def test_stances_follow_the_coding_guide(path: Path) -> None:
    """holder/voiced_by rule, one evidence span per stance, conditions on conditionals."""
    sheet = _load(path)
    actors = {a["id"]: a for a in sheet["actors"]}
    ids = [s["id"] for s in sheet["stances"]]
    assert len(ids) == len(set(ids)), f"{path}: duplicate stance ids"
    for stance in sheet["stances"]:
        where = f"{path}: stance {stance['id']}"
        holder = actors[stance["holder"]]
        assert len(stance["evidence"]) == 1, f"{where}: needs exactly one evidence span"
        if stance["value"] == "conditional":
            assert stance.get("condition"), f"{where}: conditional without condition"
        speaker = stance.get("voiced_by")
        if speaker is None:
            assert holder["type"] != "person" or not holder.get("speaks_for"), (
                f"{where}: {holder['id']} speaks for {holder.get('speaks_for')}, not for himself"
            )
            continue
        person = actors[speaker]
        assert person["type"] == "person", f"{where}: voiced_by is not a person"
        assert holder["type"] != "person", f"{where}: a person holder takes no voiced_by"
        # guide section 2: a person with offices in two collective actors (speaks_for and
        # affiliation, e.g. a national official chairing a fund's board) speaks for either
        assert holder["id"] in (person.get("speaks_for"), person.get("affiliation")), (
            f"{where}: {speaker} speaks for {person.get('speaks_for')}"
            f" (affiliation {person.get('affiliation')}), holder is {holder['id']}"
        )


def test_global_actors_are_consistent_across_articles() -> None:
    seen: dict[str, tuple[str, str, str]] = {}
    for path in SHEETS:
        for actor in _load(path)["actors"]:
            key = (actor["type"], actor["label"], actor.get("speaks_for") or "")
            first = seen.setdefault(actor["id"], key)
            assert first == key, f"{path}: actor {actor['id']} is {key}, elsewhere {first}"


def test_no_person_shared_between_halves() -> None:
    """A name list built from dev must give no head start on the held-out half."""
    people: dict[str, set[str]] = {half: set() for half in HALVES}
    for path in SHEETS:
        for actor in _load(path)["actors"]:
            if actor["type"] == "person":
                people[path.parent.name].add(actor["id"])
    assert not people["dev"] & people["heldout"], sorted(people["dev"] & people["heldout"])


def test_typographic_variety() -> None:
    """Some articles use curly quotes and non-breaking spaces, most plain ASCII quotes."""
    texts = [_text_path(p, _load(p)).read_text(encoding="utf-8") for p in SHEETS]
    curly = sum(1 for t in texts if "\u201c" in t)
    nbsp = sum(1 for t in texts if "\u00a0" in t)
    assert 3 <= curly < len(texts) and nbsp >= 3, (curly, nbsp)


@pytest.mark.parametrize("path", SHEETS, ids=_name)
def test_loads_with_kg_loader(path: Path) -> None:
    annotations = pytest.importorskip(
        "kg.annotations", reason="kg.annotations (the coding-sheet loader) is not importable"
    )
    loaded = annotations.load_annotation(path)
    assert loaded.article_id == path.stem
    assert loaded.status == "curated"
