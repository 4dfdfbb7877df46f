"""Label columns of named queries filled in Python on the embedded store.

A query that shows a label next to each item (``?target`` and ``?target_label``) looks the
label up once per row in SPARQL. On Oxigraph 0.5 on disk every such lookup is an index
seek (5-15 µs at 1M triples) and every label cell of every row is decoded from the store
again: half of ``contested``'s cells are labels of a few thousand items. So a named query
may declare its label columns in its header::

    # Label: target_label = rdfs:label of target
    # Label (required): holder_label = rdfs:label of holder

and mark the lines of its text that look them up with a trailing ``# label`` comment. The
query text as written stays the standard query that every other engine runs (remote
servers, rdflib). On the embedded store :func:`core` leaves the marked lines out, the
engine answers without the lookups, and :func:`fill` looks each label up once per
distinct item (:meth:`kg.store.OxigraphStore.objects`):

- ``Label:`` (optional, one value: the query takes ``SAMPLE`` of the label or a grouped
  subquery): the column gets the item's first value in the store's order; an item without
  one keeps what the engine gave the column (unbound, or the fallback of a ``COALESCE``),
  or, with ``else after prefix:`` (``# Label: issue_label = skos:prefLabel of issue else
  after issue:``), gets what ``COALESCE(label, STRAFTER(STR(?issue), STR(issue:)))`` gives:
  the text after the namespace (so the query may leave out that ``BIND`` too).
- ``Label (required):`` (a plain join): a row whose item has no value is dropped, and a row
  is repeated once per value.

The item (``source``) must be bound in every row: SPARQL would bind an unbound one from the
label pattern itself. The tests require the same rows as the full text on the embedded store, a remote Oxigraph
server and rdflib.

>>> spec = parse_line("# Label: target_label = rdfs:label of target")
>>> spec.column, spec.source, spec.required, spec.predicate.endswith("#label")
('target_label', 'target', False, True)
>>> core("SELECT ?t ?l {\\n ?t a ?c .\\n OPTIONAL { ?t rdfs:label ?l }  # label\\n}")
'SELECT ?t ?l {\\n ?t a ?c .\\n}'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from kg.errors import QueryError
from kg.namespace import PREFIXES

_LINE = re.compile(r"^#\s+Label(?:\s+\((?P<required>required)\))?:\s*(?P<column>[A-Za-z_][A-Za-z0-9_]*)\s*=\s*"
                   r"(?P<prefix>[a-z]+):(?P<local>[A-Za-z][A-Za-z0-9_]*)\s+of\s+(?P<source>[A-Za-z_][A-Za-z0-9_]*)"
                   r"(?:\s+else\s+after\s+(?P<after>[a-z]+):)?\s*$")
_MARKED = re.compile(r"(?m)^[^\n]*[ \t]#[ \t]*label[ \t]*\n?")

Rows = list[dict[str, Node | None]]
Lookup = Callable[[Iterable[tuple[Node, URIRef]]], dict[tuple[Node, URIRef], list[Node]]]


@dataclass(frozen=True)
class LabelSpec:
    """One label column: ``column`` is ``predicate`` of the item in ``source``."""

    column: str
    predicate: URIRef
    source: str
    required: bool
    after: str | None = None  # fallback: STRAFTER(STR(?source), after) when there is no label


def parse_line(line: str) -> LabelSpec | None:
    """The label column a header line declares, None for other lines; a malformed
    ``# Label`` line raises :class:`QueryError`."""
    if not re.match(r"^#\s+Label\b", line):
        return None
    m = _LINE.match(line.rstrip())
    if m is None or m["prefix"] not in PREFIXES or (m["after"] and m["after"] not in PREFIXES):
        raise QueryError(f"not a label declaration ('# Label: COLUMN = prefix:name of SOURCE', "
                         f"optionally followed by 'else after prefix:'): {line!r}")
    if m["after"] and m["required"]:
        raise QueryError(f"a required label has no fallback: {line!r}")
    return LabelSpec(m["column"], URIRef(PREFIXES[m["prefix"]] + m["local"]), m["source"], bool(m["required"]),
                     PREFIXES[m["after"]] if m["after"] else None)


def core(text: str) -> str:
    """The query without its lines marked ``# label``."""
    return _MARKED.sub("", text)


def _after(term: Node | None, namespace: str) -> Literal | None:
    """SPARQL's ``STRAFTER(STR(term), namespace)``: unbound for a blank node (``STR`` is an
    error), the empty string when ``namespace`` does not occur."""
    if isinstance(term, BNode):
        return None
    return Literal(str(term).partition(namespace)[2])


def fill(rows: Rows, names: list[str], specs: Iterable[LabelSpec], lookup: Lookup) -> Rows:
    """``rows`` with each declared label column filled (see the module docstring);
    ``lookup(pairs)`` gives the values of each (item, predicate) pair, all in one call."""
    specs = list(specs)
    items: dict[LabelSpec, set[Node]] = {}
    for spec in specs:
        for var in (spec.column, spec.source):
            if var not in names:
                raise QueryError(f"label column {spec.column}: ?{var} is not selected by the query")
        found = {row[spec.source] for row in rows}
        if None in found:
            raise QueryError(f"label column {spec.column}: ?{spec.source} is unbound in some rows (SPARQL "
                             "would bind it from the label pattern; look this label up in the query itself)")
        items[spec] = found  # type: ignore[assignment]
    values = lookup({(item, spec.predicate) for spec in specs for item in items[spec]})
    for spec in specs:
        column, source, p = spec.column, spec.source, spec.predicate
        if spec.required:
            rows = [{**row, column: value} for row in rows for value in values.get((row[source], p), ())]  # type: ignore[arg-type]
        elif spec.after is not None:
            first = {item: values[(item, p)][0] if (item, p) in values else _after(item, spec.after)
                     for item in items[spec]}
            for row in rows:
                row[column] = first[row[source]]  # type: ignore[index]
        else:
            for row in rows:
                if (hit := values.get((row[source], p))) is not None:  # type: ignore[arg-type]
                    row[column] = hit[0]
    return rows
