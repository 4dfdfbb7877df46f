"""The coding sheet: load, check and write one article's annotation (YAML).

The format is documented in ``docs/design.md``. Every problem is reported as an
:class:`~kg.errors.AnnotationError` naming the file, the line and the field.

>>> import tempfile, pathlib
>>> p = pathlib.Path(tempfile.mkdtemp()) / "a.yaml"
>>> _ = p.write_text('''
... format: kg-annotation/1
... article: {id: a1, title: T, publisher: P, url: "https://example.org/a1", date: 2025-01-02}
... actors: [{id: x, type: state, label: X}]
... ''')
>>> load_annotation(p).article_id
'a1'
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kg.errors import AnnotationError
from kg.files import atomic_write
from kg.iri import is_slug
from kg.text import same_span

FORMAT = "kg-annotation/1"
ACTOR_TYPES = ("person", "state", "organization")
STANCE_VALUES = ("support", "oppose", "conditional", "mixed", "neutral")
EVENT_TYPES = ("meeting", "summit", "call", "visit", "military", "announcement", "deadline", "other")
EVENT_STATUSES = ("held", "scheduled", "cancelled", "postponed", "reported")
STATUSES = ("curated", "machine")
RELATIONS = (
    "conflicts_with", "compatible_with", "conditional_on", "linked_to", "advises",
    "member_of", "speaks_for", "negotiates_with", "mediates", "revision_of",
)
SECTIONS = ("actors", "positions", "proposals", "stances", "events", "relations")
_DURATION = re.compile(r"^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$")
_PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_URL = re.compile(r"^https?://[^\s<>\"{}|\\^`]+$")
_SHA = re.compile(r"^[0-9a-f]{64}$")
TEXT_PATH_ENV = "KG_TEXT_PATH"
# libyaml's parser and emitter where PyYAML has them: about ten times faster than pure Python
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
_STR_TAG = "tag:yaml.org,2002:str"

# field name -> (kind, required). Kinds are checked by _check_value.
_SPEC: dict[str, dict[str, tuple[str, bool]]] = {
    "article": {
        "id": ("slug", True), "title": ("str", True), "publisher": ("str", True),
        "url": ("url", True), "date": ("date", True), "language": ("str", False),
        "text_file": ("str", False), "sha256": ("sha", False),
    },
    "coding": {
        "status": ("status", False), "coder": ("str", False), "date": ("date", False),
        "note": ("str", False), "tool": ("str", False),
    },
    "actors": {
        "id": ("slug", True), "type": ("actor_type", True), "label": ("str", True),
        "aliases": ("str_list", False), "role": ("str", False), "affiliation": ("slug", False),
        "speaks_for": ("slug", False), "confidence": ("confidence", False),
        "evidence": ("evidence", False), "note": ("str", False),
    },
    "positions": {
        "id": ("slug", True), "label": ("str", True), "issue": ("issues", True),
        "description": ("str", False), "confidence": ("confidence", False),
        "evidence": ("evidence", False), "note": ("str", False),
    },
    "proposals": {
        "id": ("slug", True), "label": ("str", True), "issue": ("issues", False),
        "description": ("str", False), "includes": ("slug_list", False),
        "revision_of": ("slug", False), "drafted_by": ("slug_list", False),
        "date": ("partial_date", False), "confidence": ("confidence", False),
        "evidence": ("evidence", False), "note": ("str", False),
    },
    "stances": {
        "id": ("slug", True), "holder": ("slug", True), "voiced_by": ("slug", False),
        "target": ("slug", True), "issue": ("issues", True), "value": ("value", True),
        "condition": ("str", False), "condition_position": ("slug", False),
        "date": ("partial_date", False), "confidence": ("confidence", False),
        "evidence": ("evidence", True), "note": ("str", False),
    },
    "events": {
        "id": ("slug", True), "type": ("event_type", True), "label": ("str", True),
        "date": ("partial_date", False), "duration": ("duration", False),
        "place": ("str", False), "status": ("event_status", False),
        "participants": ("slug_list", False), "issues": ("issues", False),
        "discussed": ("slug_list", False), "confidence": ("confidence", False),
        "evidence": ("evidence", False), "note": ("str", False),
    },
    "relations": {
        "subject": ("slug", True), "predicate": ("relation", True), "object": ("ref", True),
        "asserted_by": ("slug", False), "confidence": ("confidence", False),
        "evidence": ("evidence", False), "note": ("str", False),
    },
}


@dataclass
class Annotation:
    """One loaded and checked coding sheet.

    ``lines`` maps a path of keys and indexes to its line in the file. Loading does not
    record it (that would cost a third of the load); it is worked out from ``source``,
    the sheet's YAML text, the first time an error needs a line.
    """

    path: Path
    data: dict[str, Any]
    lines: dict[tuple[Any, ...], int] | None = None
    text: str | None = None
    source: str | None = field(default=None, repr=False, compare=False)

    @property
    def article_id(self) -> str:
        return self.data["article"]["id"]

    @property
    def status(self) -> str:
        return self.data.get("coding", {}).get("status", "curated")

    def items(self, section: str) -> list[dict[str, Any]]:
        return self.data.get(section) or []

    def line_of(self, *path: Any) -> int | None:
        """The line of ``path`` (e.g. ``("stances", 2, "holder")``), or of its nearest parent."""
        if self.lines is None:
            self.lines = parse_yaml(self.source, self.path)[1] if self.source is not None else {}
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return None

    def error(self, message: str, *path: Any) -> AnnotationError:
        return AnnotationError(self.path, message, line=self.line_of(*path))


def _walk(node: yaml.Node, loader: Any, path: tuple[Any, ...],
          lines: dict[tuple[Any, ...], int]) -> Any:
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = _new_key(key_node, loader, out)
            out[key] = _walk(value_node, loader, (*path, key), lines)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_walk(item, loader, (*path, i), lines) for i, item in enumerate(node.value)]
    return loader.construct_object(node, deep=True)


def _new_key(key_node: yaml.Node, loader: Any, mapping: dict[Any, Any]) -> Any:
    """The key of a mapping entry; an error if ``mapping`` has it already."""
    if isinstance(key_node, yaml.ScalarNode) and key_node.tag == _STR_TAG:
        key = key_node.value
    else:
        key = loader.construct_object(key_node, deep=True)
    if key in mapping:
        raise AnnotationError(loader.name, f"duplicate key {key!r}", line=key_node.start_mark.line + 1)
    return key


def _build(node: yaml.Node, loader: Any) -> Any:
    """What ``_walk`` builds, without recording lines. Plain strings (most values) are
    taken from the node as they are; every other scalar goes through the YAML constructor."""
    if isinstance(node, yaml.ScalarNode):
        return node.value if node.tag == _STR_TAG else loader.construct_object(node, deep=True)
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            out[_new_key(key_node, loader, out)] = _build(value_node, loader)
        return out
    return [_build(item, loader) for item in node.value]


def parse_yaml(text: str, path: str | Path) -> tuple[Any, dict[tuple[Any, ...], int]]:
    """Parse YAML text, remembering the line of every value.

    >>> data, lines = parse_yaml("a:\\n  b: 1\\n", "x.yaml")
    >>> data, lines[("a", "b")]
    ({'a': {'b': 1}}, 2)
    """
    lines: dict[tuple[Any, ...], int] = {}
    return _parse(text, path, lambda node, loader: _walk(node, loader, (), lines)), lines


def parse_yaml_fast(text: str, path: str | Path) -> Any:
    """Parse YAML text like :func:`parse_yaml` (same values, same errors) without the lines.

    >>> parse_yaml_fast("a: [x, 1, 2025-01-02]\\n", "x.yaml")
    {'a': ['x', 1, datetime.date(2025, 1, 2)]}
    """
    return _parse(text, path, _build)


def _parse(text: str, path: str | Path, convert: Callable[[yaml.Node, Any], Any]) -> Any:
    loader = _LOADER(text)
    loader.name = str(path)
    try:
        node = loader.get_single_node()
        return None if node is None else convert(node, loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise AnnotationError(path, f"invalid YAML: {exc.problem or exc.context}", line=line) from None
    except yaml.YAMLError as exc:
        raise AnnotationError(path, f"invalid YAML: {exc}") from None
    finally:
        loader.dispose()


def _as_date(value: Any) -> str | None:
    if isinstance(value, dt.datetime):
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value).isoformat()
        except ValueError:
            return None
    return None


def _check_value(ann: Annotation, kind: str, value: Any, where: tuple[Any, ...]) -> Any:
    """Check one field and return its normalised value."""
    def fail(why: str) -> AnnotationError:
        name = ".".join(str(p) for p in where)
        return ann.error(f"field '{name}': {why}", *where)

    def one_of(options: tuple[str, ...]) -> str:
        if value not in options:
            raise fail(f"{value!r} is not one of {', '.join(options)}")
        return value

    if kind == "str":
        if isinstance(value, bool) or not isinstance(value, str | int | float) or str(value) == "":
            raise fail("expected non-empty text")
        return str(value)
    if kind == "slug":
        if not isinstance(value, str) or not is_slug(value):
            raise fail(f"{value!r} is not a valid id (lower-case letters, digits and hyphens)")
        return value
    if kind == "ref":
        if not isinstance(value, str) or not (is_slug(value) or re.fullmatch(r"[a-z][a-z0-9_]*", value)):
            raise fail(f"{value!r} is not a valid id or issue code")
        return value
    if kind in ("slug_list", "str_list", "issues"):
        items = value if isinstance(value, list) else [value]
        if kind == "issues":
            bad = [v for v in items if not isinstance(v, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", v)]
            if bad or not items:
                raise fail(f"{bad[0] if bad else value!r} is not an issue code")
            return items
        return [_check_value(ann, "slug" if kind == "slug_list" else "str", v, (*where, i))
                for i, v in enumerate(items)]
    if kind == "url":
        if not isinstance(value, str) or not _URL.match(value):
            raise fail(f"{value!r} is not an http(s) URL")
        return value
    if kind == "date":
        iso = _as_date(value)
        if iso is None:
            raise fail(f"{value!r} is not a date (YYYY-MM-DD)")
        return iso
    if kind == "partial_date":
        text = _as_date(value) or (str(value) if isinstance(value, str | int) else "")
        if not _PARTIAL_DATE.match(text):
            raise fail(f"{value!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
        if len(text) == 7 and not 1 <= int(text[5:]) <= 12:
            raise fail(f"{value!r} has no month {text[5:]}")
        return text
    if kind == "sha":
        if not isinstance(value, str) or not _SHA.match(value):
            raise fail("expected a sha256 hex digest")
        return value
    if kind == "duration":
        if not isinstance(value, str) or not _DURATION.match(value):
            raise fail(f"{value!r} is not an ISO 8601 duration such as PT5H")
        return value
    if kind == "confidence":
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
            raise fail(f"{value!r} is not a number between 0 and 1")
        return float(value)
    if kind == "evidence":
        if not isinstance(value, list) or not value:
            raise fail("expected a list of evidence spans {start, end, text}")
        return [_check_evidence(ann, ev, (*where, i)) for i, ev in enumerate(value)]
    options = {"actor_type": ACTOR_TYPES, "value": STANCE_VALUES, "event_type": EVENT_TYPES,
               "event_status": EVENT_STATUSES, "status": STATUSES, "relation": RELATIONS}[kind]
    return one_of(options)


def _check_evidence(ann: Annotation, ev: Any, where: tuple[Any, ...]) -> dict[str, Any]:
    name = ".".join(str(p) for p in where)
    if not isinstance(ev, dict) or set(ev) - {"start", "end", "text"} or not {"start", "end", "text"} <= set(ev):
        raise ann.error(f"field '{name}': evidence needs exactly start, end and text", *where)
    start, end, span = ev["start"], ev["end"], ev["text"]
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)) or not 0 <= start < end:
        raise ann.error(f"field '{name}': offsets must be integers with 0 <= start < end", *where)
    if not isinstance(span, str) or not span.strip():
        raise ann.error(f"field '{name}.text': expected the exact span cited", *where, "text")
    if ann.text is not None:
        if end > len(ann.text):
            raise ann.error(f"field '{name}': offsets {start}-{end} lie outside the article text "
                            f"({len(ann.text)} characters)", *where)
        actual = ann.text[start:end]
        if not same_span(span, actual):
            raise ann.error(f"field '{name}': span {start}-{end} is {actual[:60]!r} in the article, "
                            f"not {span[:60]!r}", *where, "text")
    return {"start": start, "end": end, "text": span}


def _check_section(ann: Annotation, section: str, value: Any, where: tuple[Any, ...]) -> Any:
    spec = _SPEC[section]
    if not isinstance(value, dict):
        raise ann.error(f"'{'.'.join(map(str, where))}' must be a mapping of fields", *where)
    unknown = sorted(set(value) - set(spec), key=str)
    if unknown:
        raise ann.error(f"unknown field '{'.'.join(map(str, (*where, unknown[0])))}' "
                        f"(allowed: {', '.join(spec)})", *where, unknown[0])
    out: dict[str, Any] = {}
    for name, (kind, required) in spec.items():
        if value.get(name) is None:
            if required:
                raise ann.error(f"missing field '{'.'.join(map(str, (*where, name)))}'", *where)
            continue
        out[name] = _check_value(ann, kind, value[name], (*where, name))
    return out


def find_text(path: Path, article: dict[str, Any]) -> Path | None:
    """Where the article's text is: ``article.text_file`` (relative to the annotation),
    else ``<id>.txt`` next to the annotation or in the folders of ``$KG_TEXT_PATH``."""
    candidates = []
    if article.get("text_file"):
        candidates.append(path.parent / str(article["text_file"]))
    name = f"{article.get('id')}.txt"
    candidates.append(path.parent / name)
    candidates += [Path(d) / name for d in os.environ.get(TEXT_PATH_ENV, "").split(os.pathsep) if d]
    return next((c for c in candidates if c.is_file()), None)


def load_annotation(path: str | Path, *, check_text: bool = True) -> Annotation:
    """Load one coding sheet, check every field, and check evidence offsets against the
    article text when it can be found. Raises :class:`AnnotationError` on the first problem."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise AnnotationError(path, f"cannot read: {exc}") from None
    data = parse_yaml_fast(raw, path)
    ann = Annotation(path=path, data={}, source=raw)
    if not isinstance(data, dict):
        raise ann.error("expected a mapping with 'format' and 'article'")
    if data.get("format") != FORMAT:
        raise ann.error(f"field 'format': expected {FORMAT!r}, got {data.get('format')!r}", "format")
    unknown = sorted(set(data) - {"format", "article", "coding", *SECTIONS}, key=str)
    if unknown:
        raise ann.error(f"unknown top-level field '{unknown[0]}'", unknown[0])
    if "article" not in data:
        raise ann.error("missing field 'article'")
    ann.data["format"] = FORMAT
    ann.data["article"] = _check_section(ann, "article", data["article"], ("article",))
    ann.data["coding"] = _check_section(ann, "coding", data.get("coding") or {}, ("coding",))
    if check_text:
        _attach_text(ann)
    for section in SECTIONS:
        items = data.get(section) or []
        if not isinstance(items, list):
            raise ann.error(f"'{section}' must be a list", section)
        ann.data[section] = [_check_section(ann, section, item, (section, i))
                             for i, item in enumerate(items)]
    _check_local_ids(ann)
    return ann


def _attach_text(ann: Annotation) -> None:
    text_path = find_text(ann.path, ann.data["article"])
    if text_path is None:  # the text is not here (third-party text is not shipped): offsets unchecked
        return
    blob = text_path.read_bytes()
    expected = ann.data["article"].get("sha256")
    if expected and hashlib.sha256(blob).hexdigest() != expected:
        raise ann.error(f"field 'article.sha256': {text_path} is not the text this coding "
                        "refers to (its sha256 differs)", "article", "sha256")
    try:
        ann.text = blob.decode("utf-8")
    except UnicodeDecodeError:
        raise ann.error(f"{text_path} is not UTF-8 text", "article") from None


def _check_local_ids(ann: Annotation) -> None:
    seen: dict[str, str] = {}
    for section in ("actors", "positions", "proposals", "stances", "events"):
        for i, item in enumerate(ann.items(section)):
            key = f"{section}:{item['id']}" if section in ("stances",) else item["id"]
            if key in seen:
                raise ann.error(f"duplicate id '{item['id']}' (also used in {seen[key]})",
                                section, i, "id")
            seen[key] = section


def iter_annotation_files(paths: list[Path]) -> Iterator[Path]:
    """Every ``*.yaml``/``*.yml`` file named or found below the given paths, sorted."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.suffix in (".yaml", ".yml"))
        else:
            yield path


def write_annotation(data: dict[str, Any], path: str | Path) -> Path:
    """Write a coding sheet atomically (a temporary file renamed over the target)."""
    text = yaml.dump(data, Dumper=_DUMPER, sort_keys=False, allow_unicode=True, width=100)
    return atomic_write(path, text)
