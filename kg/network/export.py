"""Write a network view as GraphML, GEXF or CSV (nodes.csv + edges.csv), atomically.

Every attribute is kept, in a form each format can hold: lists, sets and dicts
become JSON text, ``None`` is left out (GraphML/GEXF "missing"), and a key whose
values mix types across nodes (or edges) is written as text everywhere. For
GEXF a ``date`` (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) also becomes the
element's ``start``/``end`` (first and last day), so the file opens in Gephi's
timeline (networkx's dynamic mode, ``timeformat="date"``).

>>> import tempfile, networkx as nx
>>> g = nx.Graph()
>>> g.add_edge("a", "b", targets=["p", "q"], date="2025-12", note=None)
>>> with tempfile.TemporaryDirectory() as d:
...     path = write_network(g, f"{d}/g.graphml", "graphml")[0]
...     nx.read_graphml(path).edges["a", "b"]["targets"]
'["p", "q"]'
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

from kg.errors import KgError
from kg.files import atomic_write
from kg.network.filters import date_interval

if TYPE_CHECKING:
    from kg.store import Store

FORMATS = ("graphml", "gexf", "csv")


def _plain(value: Any) -> Any:
    if isinstance(value, (set, frozenset)):
        value = sorted(value, key=str)
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False, default=str)
    if isinstance(value, (bool, int, float, str)):
        return value
    return str(value)


def _harmonise(items: Iterable[dict[str, Any]]) -> None:
    items = list(items)
    types: dict[str, set[type]] = {}
    for data in items:
        for key, value in data.items():
            types.setdefault(key, set()).add(type(value))
    for key, seen in types.items():
        if len(seen) < 2:
            continue
        cast: Callable[[Any], Any] = float if seen <= {int, float} else str
        for data in items:
            if key in data:
                data[key] = cast(data[key])


def flatten(graph: nx.Graph) -> nx.Graph:
    """A copy whose attribute values are all bool/int/float/str, one type per key.

    >>> g = nx.Graph(); g.add_node("a", x=1, tags={"b", "a"}); g.add_node("b", x="two", y=None)
    >>> dict(flatten(g).nodes(data=True))
    {'a': {'x': '1', 'tags': '["a", "b"]'}, 'b': {'x': 'two'}}
    """
    h = graph.__class__()
    h.graph.update({k: _plain(v) for k, v in graph.graph.items() if v is not None})
    for n, d in graph.nodes(data=True):
        h.add_node(n, **{k: _plain(v) for k, v in d.items() if v is not None})
    if graph.is_multigraph():
        for u, v, key, d in graph.edges(keys=True, data=True):
            h.add_edge(u, v, key=key, **{k: _plain(x) for k, x in d.items() if x is not None})
    else:
        for u, v, d in graph.edges(data=True):
            h.add_edge(u, v, **{k: _plain(x) for k, x in d.items() if x is not None})
    _harmonise(d for _, d in h.nodes(data=True))
    _harmonise(d for *_, d in h.edges(data=True))
    return h


def _with_spells(graph: nx.Graph) -> nx.Graph:
    for *_, d in list(graph.nodes(data=True)) + list(graph.edges(data=True)):
        date = d.get("date")
        if isinstance(date, str) and date and "start" not in d:
            first, last = date_interval(date)
            d["start"], d["end"] = first.isoformat(), last.isoformat()
    return graph


def _csv_bytes(header: list[str], rows: Iterable[dict[str, Any]]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def _write_csv(graph: nx.Graph, directory: Path) -> list[Path]:
    node_keys = sorted({k for _, d in graph.nodes(data=True) for k in d})
    nodes = [{"id": n, **d} for n, d in graph.nodes(data=True)]
    edge_keys = sorted({k for *_, d in graph.edges(data=True) for k in d})
    fixed = ["source", "target", "key"] if graph.is_multigraph() else ["source", "target"]
    if graph.is_multigraph():
        edges = [{"source": u, "target": v, "key": k, **d}
                 for u, v, k, d in graph.edges(keys=True, data=True)]
    else:
        edges = [{"source": u, "target": v, **d} for u, v, d in graph.edges(data=True)]
    node_bytes = _csv_bytes(["id", *[k for k in node_keys if k != "id"]], nodes)
    edge_bytes = _csv_bytes(fixed + [k for k in edge_keys if k not in fixed], edges)
    return [atomic_write(directory / "nodes.csv", node_bytes),
            atomic_write(directory / "edges.csv", edge_bytes)]


def write_network(graph: nx.Graph, path: str | Path, fmt: str) -> list[Path]:
    """Write ``graph`` to ``path`` as ``graphml``, ``gexf`` or ``csv``; return the files written.

    For ``csv`` the path is a directory that receives ``nodes.csv`` and ``edges.csv``.

    >>> import tempfile
    >>> g = nx.MultiDiGraph()
    >>> g.add_edge("a", "p", key="s1", value="support", date="2025-12-03")
    's1'
    >>> with tempfile.TemporaryDirectory() as d:
    ...     edge = next(iter(nx.read_gexf(write_network(g, f"{d}/g.gexf", "gexf")[0])
    ...                      .edges(data=True)))[2]
    >>> edge["start"], edge["value"]
    ('2025-12-03', 'support')
    """
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise KgError(f"unknown network format '{fmt}' (one of {', '.join(FORMATS)})")
    flat = flatten(graph)
    if fmt == "csv":
        return _write_csv(flat, Path(path))
    buffer = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(flat, buffer, encoding="utf-8")
    else:
        nx.write_gexf(_with_spells(flat), buffer, encoding="utf-8")
    return [atomic_write(path, buffer.getvalue())]


def export_store(store: Store, path: str | Path, fmt: str, view: str = "positions") -> list[Path]:
    """Write a view (default: the two-mode stance network) of a store's graph.

    >>> import tempfile
    >>> from kg.store import open_store
    >>> with tempfile.TemporaryDirectory() as d:
    ...     [p.name for p in export_store(open_store(memory=True), d, "csv")]
    ['nodes.csv', 'edges.csv']
    """
    from kg.network.projections import build_view
    from kg.network.rows import fetch, fetch_stances

    data = fetch(store) if view == "full" else fetch_stances(store)
    return write_network(build_view(data, view), path, fmt)
