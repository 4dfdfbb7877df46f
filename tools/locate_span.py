"""Locate evidence spans in an article text and fill their offsets into a coding sheet.

Coders type the exact span text; this helper computes the code-point offsets so
nobody counts characters by hand.

Usage::

    python -m tools.locate_span find ARTICLE.txt "exact span"      # print start/end
    python -m tools.locate_span fill SHEET.yaml [--text ARTICLE.txt]  # rewrite offsets

(run from the repository root).

``fill`` rewrites every one-line flow mapping of the form
``{start: N, end: N, text: "..."}`` in the sheet: the text is looked up in the
article after :func:`kg.text.normalise` (curly quotes to straight, NBSP to
space; offsets are unchanged) and ``start``/``end`` are replaced. When the text
occurs more than once, the occurrence nearest the current ``start`` wins. The
article defaults to ``article.text_file`` of the sheet.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml

from kg.text import normalise

_SPAN_LINE = re.compile(r"\{\s*start:\s*(\d+)\s*,\s*end:\s*(\d+)\s*,\s*text:\s*(.+?)\s*\}\s*$")


def locate(article: str, span: str, near: int = 0) -> tuple[int, int]:
    """Return (start, end) of ``span`` in ``article``; nearest occurrence to ``near`` wins."""
    haystack, needle = normalise(article), normalise(span)
    hits = [m.start() for m in re.finditer(re.escape(needle), haystack)]
    if not hits:
        raise LookupError(f"span not found in article: {span!r}")
    start = min(hits, key=lambda h: abs(h - near))
    return start, start + len(needle)


def fill(sheet: Path, article_path: Path | None) -> int:
    """Rewrite the offsets of every span line in ``sheet``; return the number of spans."""
    lines = sheet.read_text(encoding="utf-8").splitlines(keepends=True)
    if article_path is None:
        meta = yaml.safe_load("".join(lines))["article"]
        article_path = (sheet.parent / meta["text_file"]).resolve()
    article = article_path.read_text(encoding="utf-8")
    count = 0
    for number, line in enumerate(lines):
        match = _SPAN_LINE.search(line)
        if not match:
            continue
        span = yaml.safe_load("{text: " + match.group(3) + "}")["text"]
        try:
            start, end = locate(article, span, int(match.group(1)))
        except LookupError as err:
            raise SystemExit(f"{sheet}:{number + 1}: {err}") from None
        lines[number] = line[: match.start(1)] + str(start) + line[match.end(1) : match.start(2)]
        lines[number] += str(end) + line[match.end(2) :]
        count += 1
    sheet.write_text("".join(lines), encoding="utf-8")
    return count


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    find_cmd = sub.add_parser("find", help="print the offsets of a span")
    find_cmd.add_argument("article", type=Path)
    find_cmd.add_argument("span")
    fill_cmd = sub.add_parser("fill", help="rewrite the offsets in a coding sheet")
    fill_cmd.add_argument("sheet", type=Path)
    fill_cmd.add_argument("--text", type=Path, default=None)
    args = parser.parse_args(argv)
    if args.command == "find":
        start, end = locate(args.article.read_text(encoding="utf-8"), args.span)
        print(f"{{start: {start}, end: {end}}}")
    else:
        print(f"filled {fill(args.sheet, args.text)} spans", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
