"""GraphML, GEXF and CSV exports round-trip through networkx's readers."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pytest

from kg.errors import KgError
from kg.network.export import export_store, write_network
from kg.network.projections import build_view
from kg.network.rows import fetch
from kg.store import open_store


@pytest.fixture(scope="module")
def views(talks_store: Path) -> dict[str, nx.Graph]:
    data = fetch(open_store(talks_store))
    return {v: build_view(data, v) for v in ("positions", "agreement", "full")}


def _same_edges(g: nx.Graph, h: nx.Graph) -> None:
    if g.is_multigraph():
        assert sorted((str(u), str(v), str(k)) for u, v, k in g.edges(keys=True)) == sorted(
            (u, v, k) for u, v, k in h.edges(keys=True))
    else:
        assert {frozenset(e) for e in g.edges} == {frozenset(e) for e in h.edges}


@pytest.mark.parametrize("view", ["positions", "agreement", "full"])
def test_graphml_round_trip_keeps_every_attribute(views: dict[str, nx.Graph], view: str,
                                                   tmp_path: Path) -> None:
    g = views[view]
    path = write_network(g, tmp_path / "g.graphml", "graphml")[0]
    h = nx.read_graphml(path, force_multigraph=g.is_multigraph())
    assert set(h.nodes) == set(g.nodes)
    _same_edges(g, h)
    for n, d in g.nodes(data=True):
        for key, value in d.items():
            if value is None:
                continue
            back = h.nodes[n][key]
            assert (json.loads(back) if isinstance(value, list) else back) == value
    if view == "positions":
        for u, v, k, d in g.edges(keys=True, data=True):
            back = h.edges[u, v, k]
            assert json.loads(back["evidence"]) == d["evidence"]
            assert back["sign"] == d["sign"] and back["value"] == d["value"]
            assert ("condition" in back) == (d["condition"] is not None)


def test_gexf_has_date_spells(views: dict[str, nx.Graph], tmp_path: Path) -> None:
    g = views["positions"]
    path = write_network(g, tmp_path / "g.gexf", "gexf")[0]
    text = path.read_text(encoding="utf-8")
    assert 'mode="dynamic"' in text and 'timeformat="date"' in text
    h = nx.read_gexf(path)
    assert set(h.nodes) == set(g.nodes)
    assert h.number_of_edges() == g.number_of_edges()
    dated = [d for *_, d in h.edges(data=True) if d.get("date") == "2025-12-05"]
    assert len(dated) == 2 and all(d["start"] == d["end"] == "2025-12-05" for d in dated)
    full = write_network(views["full"], tmp_path / "full.gexf", "gexf")[0]
    meeting = next(d for _, d in nx.read_gexf(full).nodes(data=True) if d.get("kind") == "meeting")
    assert meeting["start"] == "2025-11-18"
    proposal = next(d for _, d in nx.read_gexf(full).nodes(data=True)
                    if d.get("kind") == "proposal")
    assert (proposal["start"], proposal["end"]) == ("2025-11-01", "2025-11-30")


def test_csv_node_and_edge_lists(views: dict[str, nx.Graph], tmp_path: Path) -> None:
    g = views["agreement"]
    nodes_csv, edges_csv = write_network(g, tmp_path / "out", "csv")
    with nodes_csv.open(encoding="utf-8") as fh:
        nodes = list(csv.DictReader(fh))
    with edges_csv.open(encoding="utf-8") as fh:
        edges = list(csv.DictReader(fh))
    assert {r["id"] for r in nodes} == set(g.nodes)
    rebuilt = nx.from_edgelist((r["source"], r["target"]) for r in edges)
    assert {frozenset(e) for e in rebuilt.edges} == {frozenset(e) for e in g.edges}
    for r in edges:
        d = g.edges[r["source"], r["target"]]
        assert int(r["count"]) == d["count"] and json.loads(r["targets"]) == d["targets"]


def test_export_store_and_bad_format(talks_store: Path, tmp_path: Path) -> None:
    path = export_store(open_store(talks_store), tmp_path / "s.graphml", "graphml")[0]
    assert nx.read_graphml(path).number_of_edges() == 12
    with pytest.raises(KgError, match="unknown network format"):
        write_network(nx.Graph(), tmp_path / "x", "pajek")


def test_mixed_types_are_written_as_text(tmp_path: Path) -> None:
    g = nx.Graph()
    g.add_node("a", x=1, y=1)
    g.add_node("b", x="one", y=2.5)
    h = nx.read_graphml(write_network(g, tmp_path / "m.graphml", "graphml")[0])
    assert (h.nodes["a"]["x"], h.nodes["b"]["x"]) == ("1", "one")
    assert (h.nodes["a"]["y"], h.nodes["b"]["y"]) == (1.0, 2.5)
