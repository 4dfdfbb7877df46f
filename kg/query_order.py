"""A query's final ``ORDER BY`` applied in Python instead of by the engine.

Oxigraph 0.5 on disk compares sort keys by decoding their strings from RocksDB on
every comparison: sorting 45,000 rows by five labels took 10-15 s at 1M triples,
longer than finding the rows. Python sorts the same rows in tens of milliseconds.
So for the embedded store :func:`kg.queries.run` evaluates the query without its
trailing ``ORDER BY`` and sorts the rows here, by the same SPARQL ordering rules.

Only simple keys are handled: ``?var`` and ``STR(?var)`` of projected variables,
each optionally in ``ASC(...)``/``DESC(...)``. Within a key, rows are ordered
unbound < blank node < IRI < literal; IRIs and blank nodes by their string; literals
by value when every literal of the key is of one kind (plain strings, strings with
one and the same language tag, or integers). Anything else (other expressions, mixed
literal kinds whose relative order SPARQL leaves to the engine) makes :func:`split`
or :func:`sort_rows` answer ``None``, and the engine sorts as before.

>>> body, keys = split("SELECT ?a ?b WHERE { ?a ?p ?b }\\nORDER BY ?b DESC(STR(?a))", ["a", "b"])
>>> body
'SELECT ?a ?b WHERE { ?a ?p ?b }\\n'
>>> keys
[OrderKey(var='b', as_string=False, descending=False), OrderKey(var='a', as_string=True, descending=True)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from rdflib import XSD, BNode, Literal, URIRef
from rdflib.term import Node

_ORDER_BY = re.compile(r"\n[ \t]*ORDER[ \t]+BY[ \t]+(?P<keys>[^\n{}]+?)\s*$", re.IGNORECASE)
_VAR = r"\?(?P<{n}>[A-Za-z_][A-Za-z0-9_]*)"
_PLAIN = rf"(?:STR\s*\(\s*{_VAR.format(n='s')}\s*\)|{_VAR.format(n='v')})"
_KEY = re.compile(rf"\s*(?:(?P<dir>ASC|DESC)\s*\(\s*{_PLAIN.replace('?P<s>', '?P<ds>').replace('?P<v>', '?P<dv>')}"
                  rf"\s*\)|{_PLAIN})", re.IGNORECASE)
_STRING_TYPES = (None, XSD.string)


@dataclass(frozen=True)
class OrderKey:
    """One sort key: a variable, compared as itself or as ``STR(?var)``."""

    var: str
    as_string: bool
    descending: bool


def split(text: str, projected: list[str] | None = None) -> tuple[str, list[OrderKey]] | None:
    """The query without its trailing ``ORDER BY`` line and the parsed keys, or None when
    the clause is missing or not made of simple keys over ``projected`` variables."""
    code = re.sub(r"(?m)^[ \t]*#.*$", "", text)
    match = _ORDER_BY.search(code)
    if match is None:
        return None
    keys: list[OrderKey] = []
    clause, pos = match["keys"], 0
    while pos < len(clause):
        key = _KEY.match(clause, pos)
        if key is None:
            return None
        var = key["v"] or key["s"] or key["dv"] or key["ds"]
        if projected is not None and var not in projected:
            return None
        keys.append(OrderKey(var, bool(key["s"] or key["ds"]), (key["dir"] or "").upper() == "DESC"))
        pos = key.end()
    start = text.rfind(match.group(0).strip())
    return text[:start], keys


def _kind(term: Literal) -> str | None:
    """The comparison class of a literal, or None when SPARQL leaves its order open."""
    if term.language:
        return "lang:" + term.language.lower()
    if term.datatype in _STRING_TYPES:
        return "string"
    if term.datatype == XSD.integer:
        return "integer"
    return None


def _value(term: Node | None, as_string: bool) -> Node | None:
    if term is None:
        return None
    if as_string:  # STR() of a blank node is an error, so unbound
        return None if isinstance(term, BNode) else Literal(str(term))
    return term


def sort_rows(rows: list[dict[str, Node | None]], keys: list[OrderKey]) -> list[dict[str, Node | None]] | None:
    """``rows`` in SPARQL ``ORDER BY`` order (stable), or None if a key mixes literal kinds."""
    columns: list[tuple[list[tuple[int, Any]], bool]] = []
    for key in keys:
        kinds: set[str | None] = set()
        column: list[tuple[int, Any]] = []
        for row in rows:
            term = _value(row.get(key.var), key.as_string)
            if term is None:
                column.append((0, ""))
            elif isinstance(term, BNode):
                column.append((1, str(term)))
            elif isinstance(term, URIRef):
                column.append((2, str(term)))
            else:
                assert isinstance(term, Literal)
                kind = _kind(term)
                if kind == "integer" and not re.fullmatch(r"[+-]?[0-9]+", str(term)):
                    kind = None
                kinds.add(kind)
                column.append((3, int(str(term)) if kind == "integer" else str(term)))
        if len(kinds) > 1 or None in kinds:
            return None
        columns.append((column, key.descending))
    order = list(range(len(rows)))
    for column, descending in reversed(columns):  # stable sorts, last key first
        order.sort(key=column.__getitem__, reverse=descending)
    return [rows[i] for i in order]
