"""Which version of kg's derived statements a store holds, recorded in the store itself.

``kg.compile`` writes, besides what the coding sheets say, statements derived from them
(docs/design.md, "Derived statements"). A store written by an older kg lacks the ones
added since, and the named queries that read them would silently answer less. So every
write records :data:`DATA_VERSION` in the store's metadata graph (one triple, the same on
the embedded store and on a remote SPARQL endpoint), and opening a store whose version is
older (or missing while the store holds data) is refused with :class:`OutdatedStoreError`
until ``kg upgrade`` (:mod:`kg.migrate`) recomputes the derived statements in place.

The rule: bump :data:`DATA_VERSION` whenever what ``kg.compile`` derives changes, and teach
:mod:`kg.migrate` to derive it (its tests compare an upgraded store with a fresh build).

>>> check("/tmp/s", DATA_VERSION) is None and check("/tmp/s", None) is None
True
>>> try:
...     check("/tmp/s", 0)
... except OutdatedStoreError as exc:
...     print(str(exc)[:75])
the store at /tmp/s was written by an older kg (data version 0; this kg nee
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pyoxigraph as ox

from kg.errors import StoreError

# 0: no marker (kg before data versions: no derived statements, or some of them)
# 1: direct statements from stances (neg:supports, neg:opposes, ...)
# 2: and neg:evidenceText on stances
DATA_VERSION = 2
METADATA_GRAPH = "https://w3id.org/kg-negotiation/id/store/metadata"
STORE_NODE = "https://w3id.org/kg-negotiation/id/store"
VERSION_PROPERTY = "http://www.w3.org/2002/07/owl#versionInfo"
_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"


class OutdatedStoreError(StoreError):
    """The store's derived statements are of another data version than this kg's."""

    def __init__(self, where: str, found: int) -> None:
        self.where = where
        self.found = found
        if found < DATA_VERSION:
            message = (f"the store at {where} was written by an older kg (data version {found}; "
                       f"this kg needs {DATA_VERSION}); run 'kg upgrade' to add the "
                       "derived statements (or build into a new, empty store)")
        else:
            message = (f"the store at {where} was written by a newer kg (data version {found}; "
                       f"this kg reads {DATA_VERSION}); use a newer kg")
        super().__init__(message)


def check(where: str, found: int | None) -> None:
    """Raise :class:`OutdatedStoreError` unless ``found`` is this kg's version or None (an
    empty store)."""
    if found is not None and found != DATA_VERSION:
        raise OutdatedStoreError(where, found)


def parse(values: Iterable[str], *, has_data: bool, where: str) -> int | None:
    """The data version from the marker's values (lexical forms): None for a store without
    data (nothing to be old), 0 for data without a marker."""
    found = sorted(set(values))
    if not found:
        return 0 if has_data else None
    if len(found) > 1 or not found[0].isdigit():
        raise StoreError(f"the store at {where} has an unreadable data version marker "
                         f"({', '.join(repr(v) for v in found)})")
    return int(found[0])


# --- on the embedded store (pyoxigraph terms) ----------------------------------------------

def read_embedded(store: Any, where: str) -> int | None:
    """The data version of an open pyoxigraph store: one index lookup, and the first named
    graph when there is no marker."""
    graph = ox.NamedNode(METADATA_GRAPH)
    values = [q.object.value for q in store.quads_for_pattern(
        ox.NamedNode(STORE_NODE), ox.NamedNode(VERSION_PROPERTY), None, graph)]
    has_data = not values and any(g != graph for g in store.named_graphs())
    return parse(values, has_data=has_data, where=where)


def mark_embedded(store: Any) -> None:
    """Record :data:`DATA_VERSION` in an open, writable pyoxigraph store (only in the
    metadata graph, which the merged default graph leaves out)."""
    graph = ox.NamedNode(METADATA_GRAPH)
    store.remove_graph(graph)
    store.add(ox.Quad(ox.NamedNode(STORE_NODE), ox.NamedNode(VERSION_PROPERTY),
                      ox.Literal(str(DATA_VERSION), datatype=ox.NamedNode(_INTEGER)), graph))


# --- on a SPARQL endpoint (text) -------------------------------------------------------------

READ_QUERY = (f"SELECT ?v WHERE {{ GRAPH <{METADATA_GRAPH}> {{ <{STORE_NODE}> <{VERSION_PROPERTY}> ?v }} }}")
HAS_DATA_QUERY = f"ASK {{ GRAPH ?g {{ ?s ?p ?o }} FILTER (?g != <{METADATA_GRAPH}>) }}"
MARK_UPDATE = (f"DROP SILENT GRAPH <{METADATA_GRAPH}> ;\nINSERT DATA {{ GRAPH <{METADATA_GRAPH}> {{ "
               f"<{STORE_NODE}> <{VERSION_PROPERTY}> \"{DATA_VERSION}\"^^<{_INTEGER}> }} }}")
