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


def _sort_key(term: Node | None, as_string: bool) -> tuple[tuple[int, Any], str | None]:
    """The comparison key of one term under a key, and the literal kind it has (``""``: not
    a literal; None: a literal whose order SPARQL leaves open)."""
    if term is None or (as_string and isinstance(term, BNode)):  # STR() of a blank node: unbound
        return (0, ""), ""
    if as_string:
        return (3, str(term)), "string"
    if isinstance(term, BNode):
        return (1, str(term)), ""
    if isinstance(term, URIRef):
        return (2, str(term)), ""
    assert isinstance(term, Literal)
    kind = _kind(term)
    if kind == "integer":
        if not re.fullmatch(r"[+-]?[0-9]+", str(term)):
            return (3, str(term)), None
        return (3, int(str(term))), kind
    return (3, str(term)), kind


def sort_rows(rows: list[dict[str, Node | None]], keys: list[OrderKey]) -> list[dict[str, Node | None]] | None:
    """``rows`` in SPARQL ``ORDER BY`` order (stable), or None if a key mixes literal kinds."""
    ranks: list[list[int]] = []
    for key in keys:
        kinds: set[str | None] = set()
        column = [row.get(key.var) for row in rows]
        terms = {id(term): term for term in column}  # rows share term objects: one key each
        sort_keys: dict[int, tuple[int, Any]] = {}
        for ident, term in terms.items():
            sort_keys[ident], kind = _sort_key(term, key.as_string)
            if kind != "":
                kinds.add(kind)
        if len(kinds) > 1 or None in kinds:
            return None
        distinct = sorted(set(sort_keys.values()))
        sign = -1 if key.descending else 1
        rank = {k: sign * i for i, k in enumerate(distinct)}  # equal keys, equal rank
        by_term = {ident: rank[k] for ident, k in sort_keys.items()}
        ranks.append([by_term[id(term)] for term in column])
    row_keys = list(zip(*ranks, strict=True)) if ranks else [()] * len(rows)
    order = sorted(range(len(rows)), key=row_keys.__getitem__)  # stable
    return [rows[i] for i in order]
