"""Fill in evidence offsets and text hashes of the corpus coding sheets.

Coders write each evidence span as ``{text: "exact words"}`` (optionally with
``occurrence: n``, 1-based, when the words occur more than once). This script
finds the span in the article text, writes ``start``/``end`` (Unicode
code-point offsets, end exclusive) and the exact ``text``, adds a first-mention
evidence span to actors that have none, sets ``article.sha256`` and rewrites
the sheet. Spans that already have offsets are checked, not moved.

Usage: python data/corpus/tools/fill_offsets.py data/corpus/dev/*.yaml
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from pathlib import Path
from typing import Any

import yaml

from kg.errors import KgError
from kg.files import atomic_write
from kg.text import normalise

_SECTIONS = ("actors", "stances", "events", "relations")


class SheetError(Exception):
    """A coding sheet cannot be completed; the message names the file and the item."""


def locate(text: str, needle: str, occurrence: int | None, where: str) -> tuple[int, int]:
    """Return (start, end) of ``needle`` in ``text`` compared after normalisation."""
    hay, pat = normalise(text), normalise(needle)
    starts = [m.start() for m in re.finditer(re.escape(pat), hay)]
    if not starts:
        raise SheetError(f"{where}: span not found: {needle!r}")
    if occurrence is None:
        if len(starts) > 1:
            raise SheetError(f"{where}: {len(starts)} matches, add occurrence: {needle!r}")
        occurrence = 1
    if occurrence > len(starts):
        raise SheetError(f"{where}: occurrence {occurrence} > {len(starts)}: {needle!r}")
    start = starts[occurrence - 1]
    return start, start + len(pat)


def fill_span(text: str, span: dict[str, Any], where: str) -> dict[str, Any]:
    """Return the span with checked or computed offsets and the exact text."""
    if not isinstance(span, dict) or "text" not in span:
        raise SheetError(f"{where}: an evidence span has no text")
    if "start" in span and "end" in span:
        start, end = span["start"], span["end"]
        if not (isinstance(start, int) and isinstance(end, int)):
            raise SheetError(f"{where}: offsets must be integers: {start!r}-{end!r}")
        if normalise(text[start:end]) != normalise(str(span["text"])):
            raise SheetError(f"{where}: offsets {start}-{end} do not match {span['text']!r}")
    else:
        start, end = locate(text, str(span["text"]), span.get("occurrence"), where)
    return {"start": start, "end": end, "text": text[start:end]}


def first_mention(text: str, actor: dict[str, Any], where: str) -> dict[str, Any]:
    """Return the earliest mention by a proper name (label or alias), else by any alias."""
    names = [actor["label"], *actor.get("aliases", [])]
    best: tuple[int, int] | None = None
    for proper_only in (True, False):
        for name in names:
            if proper_only and not name[:1].isupper():
                continue
            m = re.search(r"(?<!\w)" + re.escape(normalise(name)) + r"(?!\w)", normalise(text))
            if m and (best is None or m.start() < best[0]):
                best = (m.start(), m.end())
        if best is not None:
            break
    if best is None:
        raise SheetError(f"{where}: actor {actor['id']} is never mentioned")
    return {"start": best[0], "end": best[1], "text": text[best[0]:best[1]]}


def _read_sheet(path: Path) -> tuple[dict[str, Any], bytes]:
    """Return the parsed sheet and its article's bytes, or raise SheetError naming what is wrong."""
    try:
        sheet = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SheetError(f"{path}: cannot read: {exc.strerror}") from None
    except (UnicodeDecodeError, yaml.YAMLError) as exc:
        raise SheetError(f"{path}: not a YAML coding sheet: {str(exc).splitlines()[0]}") from None
    article = sheet.get("article") if isinstance(sheet, dict) else None
    if not isinstance(article, dict) or not isinstance(article.get("text_file"), str):
        raise SheetError(f"{path}: article.text_file is missing")
    text_path = path.parent / article["text_file"]
    try:
        return sheet, text_path.read_bytes()
    except OSError as exc:
        raise SheetError(f"{path}: article.text_file {text_path}: {exc.strerror}") from None


def fill_sheet(path: Path) -> dict[str, Any]:
    """Complete one sheet in memory and return it."""
    sheet, raw = _read_sheet(path)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise SheetError(f"{path}: article.text_file is not UTF-8 text") from None
    sheet["article"]["sha256"] = hashlib.sha256(raw).hexdigest()
    for section in _SECTIONS:
        for number, item in enumerate(sheet.get(section) or [], start=1):
            if not isinstance(item, dict):
                raise SheetError(f"{path}: {section} #{number} is not a mapping")
            where = f"{path}: {section} {item.get('id') or item.get('subject') or f'#{number}'}"
            spans = item.get("evidence")
            if spans:
                item["evidence"] = [fill_span(text, s, where) for s in spans]
            elif section == "actors":
                item["evidence"] = [first_mention(text, item, where)]
    return sheet


class _Dumper(yaml.SafeDumper):
    """Block style for mappings, flow style for evidence spans and lists of scalars."""


def _represent_dict(dumper: yaml.SafeDumper, data: dict[str, Any]) -> yaml.Node:
    flow = set(data) == {"start", "end", "text"}
    return dumper.represent_mapping("tag:yaml.org,2002:map", data.items(), flow_style=flow)


def _represent_list(dumper: yaml.SafeDumper, data: list[Any]) -> yaml.Node:
    flow = all(not isinstance(x, (dict, list)) for x in data)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)


_Dumper.add_representer(dict, _represent_dict)
_Dumper.add_representer(list, _represent_list)


def main(argv: list[str]) -> int:
    """Fill every sheet named on the command line; report the first problem per sheet."""
    parser = argparse.ArgumentParser(
        prog="fill_offsets.py",
        description="Fill in evidence offsets, first-mention actor evidence and article.sha256 "
        "of coding sheets, in place. Spans that already have offsets are checked, not moved.")
    parser.add_argument("sheets", nargs="+", metavar="SHEET.yaml", help="coding sheets to complete")
    status = 0
    for name in parser.parse_args(argv).sheets:
        path = Path(name)
        try:
            sheet = fill_sheet(path)
            atomic_write(path, yaml.dump(sheet, Dumper=_Dumper, sort_keys=False,
                                         allow_unicode=True, width=100000))
        except (SheetError, KgError) as err:
            print(f"Error: {err}", file=sys.stderr)
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
