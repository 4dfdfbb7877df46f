"""Results of named queries kept per store generation, so that pages are cheap.

A published generation of the embedded store never changes (see :mod:`kg.store`), so
the answer of a named query with given parameters is fixed for it. The first run
writes the sorted rows to ``<store>/cache/<generation>/<key>.jsonl``; later runs and
``--limit/--offset`` pages read the file, a page reading only the lines it returns.
The store removes a generation's folder when it prunes the generation, and clears
the folder of a new generation before publishing it.

One file: a header line ``{"vars": [...], "rows": N}``, then one JSON array per row
with one cell per variable: ``null`` (unbound), ``["u", iri]``, ``["b", id]``,
``["l", text]``, ``["l", text, "@lang"]`` or ``["l", text, datatype-iri]``.

>>> import tempfile
>>> from rdflib import Literal, URIRef
>>> from kg.store import QueryResult
>>> folder = Path(tempfile.mkdtemp())
>>> r = QueryResult(vars=["a", "n"], rows=[{"a": URIRef("https://example.org/x"), "n": Literal("X", lang="en")},
...                                        {"a": None, "n": Literal(2)}])
>>> write(folder / "k.jsonl", r)
>>> read(folder / "k.jsonl", offset=1, limit=5).rows
[{'a': None, 'n': rdflib.term.Literal('2', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#integer'))}]
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
from pathlib import Path
from typing import Any

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from kg.errors import StoreError
from kg.store import QueryResult

FORMAT = "kg-result-cache/1"


def key(text: str, bindings: dict[str, Node]) -> str:
    """The file name for a query text with its bound parameters."""
    h = hashlib.sha256(FORMAT.encode())
    h.update(text.encode("utf-8"))
    for var, term in sorted(bindings.items()):
        h.update(f"\n{var}={term.n3()}".encode())
    return h.hexdigest()[:40] + ".jsonl"


def _cell(term: Node | None) -> list[str] | None:
    if term is None:
        return None
    if isinstance(term, URIRef):
        return ["u", str(term)]
    if isinstance(term, BNode):
        return ["b", str(term)]
    assert isinstance(term, Literal)
    if term.language:
        return ["l", str(term), "@" + term.language]
    if term.datatype is not None:
        return ["l", str(term), str(term.datatype)]
    return ["l", str(term)]


def _term(cell: list[str] | None) -> Node | None:
    if cell is None:
        return None
    if cell[0] == "u":
        return URIRef(cell[1])
    if cell[0] == "b":
        return BNode(cell[1])
    if len(cell) == 2:
        return Literal(cell[1])
    if cell[2].startswith("@"):
        return Literal(cell[1], lang=cell[2][1:])
    return Literal(cell[1], datatype=URIRef(cell[2]))


def write(path: Path, result: QueryResult) -> None:
    """Write ``result`` to ``path`` atomically; a folder that cannot be written is skipped
    (the result is still returned to the caller, just not kept)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "w", encoding="utf-8") as out:
            out.write(json.dumps({"format": FORMAT, "vars": result.vars, "rows": len(result.rows)}) + "\n")
            for row in result.rows:
                out.write(json.dumps([_cell(row.get(v)) for v in result.vars], ensure_ascii=False) + "\n")
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)


def read(path: Path, *, offset: int | None = None, limit: int | None = None) -> QueryResult | None:
    """The cached result at ``path`` (only rows ``offset`` .. ``offset + limit``), or None
    when there is none or it cannot be read back."""
    try:
        handle = open(path, encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StoreError(f"cannot read the query cache {path}: {exc}") from None
    with handle:
        try:
            head = json.loads(handle.readline())
            if head.get("format") != FORMAT:
                return None
            names: list[str] = head["vars"]
            start = offset or 0
            lines = itertools.islice(handle, start, None if limit is None else start + limit)
            memo: dict[Any, Node | None] = {}
            rows = []
            for line in lines:
                row = {}
                for name, cell in zip(names, json.loads(line), strict=True):
                    frozen = cell if cell is None else tuple(cell)
                    if frozen not in memo:
                        memo[frozen] = _term(cell)
                    row[name] = memo[frozen]
                rows.append(row)
        except (ValueError, KeyError, TypeError, IndexError):
            return None  # not written by this version: the caller evaluates the query again
    return QueryResult(vars=names, rows=rows)
