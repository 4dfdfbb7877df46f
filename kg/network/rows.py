"""Fetch the rows of the network views from a store.

Three SPARQL queries shipped with kg (``kg/queries/network_stances.rq``,
``network_nodes.rq``, ``network_links.rq``) are run through
:func:`kg.queries.run`; no user value is ever pasted into them (filters are
applied in Python, see :mod:`kg.network.filters`).

>>> from kg.store import open_store
>>> data = fetch(open_store(memory=True))
>>> len(data.stances), len(data.links)
(0, 0)
"""

from __future__ import annotations

from kg.network.records import GraphData, links_from_rows, nodes_from_rows, stances_from_rows
from kg.store import Store

STANCES_QUERY = "network_stances"
NODES_QUERY = "network_nodes"
LINKS_QUERY = "network_links"


def fetch_stances(store: Store) -> GraphData:
    """Only the stances (enough for the positions, agreement and conflict views)."""
    from kg.queries import run

    return GraphData(stances=stances_from_rows(run(store, STANCES_QUERY).rows))


def fetch(store: Store) -> GraphData:
    """Stances, items and typed links (everything the full view needs)."""
    from kg.queries import run

    data = fetch_stances(store)
    data.nodes = nodes_from_rows(run(store, NODES_QUERY).rows)
    data.links = links_from_rows(run(store, LINKS_QUERY).rows)
    return data
