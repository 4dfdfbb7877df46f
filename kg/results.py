"""Writing query results: W3C SPARQL 1.1 JSON, CSV and TSV, and a readable table.

>>> from rdflib import Literal, URIRef
>>> from kg.store import QueryResult
>>> r = QueryResult(vars=["a", "n"], rows=[{"a": URIRef("https://w3id.org/kg-negotiation/id/actor/russia"),
...                                          "n": Literal("Russia")}])
>>> print(to_table(r))
a                 n
----------------  ------
kgr:actor/russia  Russia
(1 row)
"""

from __future__ import annotations

import csv
import enum
import io
import json

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from kg.namespace import PREFIXES
from kg.store import QueryResult

MAX_CELL = 60


class ResultFormat(enum.Enum):
    """How ``kg query`` prints a result."""

    TABLE = "table"
    CSV = "csv"
    TSV = "tsv"
    JSON = "json"


def _json_term(term: Node) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    assert isinstance(term, Literal)
    out = {"type": "literal", "value": str(term)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype:
        out["datatype"] = str(term.datatype)
    return out


def to_json(result: QueryResult) -> str:
    """The W3C SPARQL 1.1 Query Results JSON format."""
    if result.boolean is not None:
        return json.dumps({"head": {}, "boolean": result.boolean}, indent=2)
    bindings = [{k: _json_term(v) for k, v in row.items() if v is not None} for row in result.rows]
    return json.dumps({"head": {"vars": result.vars}, "results": {"bindings": bindings}},
                      indent=2, ensure_ascii=False)


def to_csv(result: QueryResult) -> str:
    """The W3C SPARQL 1.1 CSV format: plain values, CRLF line ends."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(result.vars)
    for row in result.rows:
        writer.writerow(["" if row.get(v) is None else str(row[v]) for v in result.vars])
    return out.getvalue()


def _tsv_term(term: Node | None) -> str:
    if term is None:
        return ""
    if isinstance(term, Literal) and term.datatype is None and not term.language:
        return '"' + str(term).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") \
            .replace("\r", "\\r").replace("\t", "\\t") + '"'
    return term.n3().replace("\t", "\\t").replace("\n", "\\n")


def to_tsv(result: QueryResult) -> str:
    """The W3C SPARQL 1.1 TSV format: terms in Turtle syntax, ``?var`` header."""
    lines = ["\t".join(f"?{v}" for v in result.vars)]
    lines += ["\t".join(_tsv_term(row.get(v)) for v in result.vars) for row in result.rows]
    return "\n".join(lines) + "\n"


def short(term: Node | None) -> str:
    """A term as a person reads it: prefixed IRIs, plain literal values.

    >>> short(URIRef("https://w3id.org/kg-negotiation/ontology#support"))
    'neg:support'
    """
    if term is None:
        return ""
    if isinstance(term, URIRef):
        value = str(term)
        for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
            if value.startswith(ns) and len(value) > len(ns):
                return f"{prefix}:{value[len(ns):]}"
        return f"<{value}>"
    return " ".join(str(term).split())


def to_table(result: QueryResult) -> str:
    """A plain-text table, one line per row, long cells cut with an ellipsis."""
    if result.boolean is not None:
        return "yes" if result.boolean else "no"
    cells = [[_cut(short(row.get(v))) for v in result.vars] for row in result.rows]
    widths = [max([len(v)] + [len(r[i]) for r in cells]) for i, v in enumerate(result.vars)]
    lines = ["  ".join(v.ljust(w) for v, w in zip(result.vars, widths, strict=True)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    n = len(result.rows)
    lines.append(f"({n} row{'s' if n != 1 else ''})")
    return "\n".join(lines)


def _cut(text: str) -> str:
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def render(result: QueryResult, fmt: ResultFormat) -> str:
    """The result in ``fmt``."""
    if result.graph is not None:
        return result.graph.serialize(format="turtle")
    return {ResultFormat.TABLE: to_table, ResultFormat.CSV: to_csv, ResultFormat.TSV: to_tsv,
            ResultFormat.JSON: to_json}[fmt](result)
