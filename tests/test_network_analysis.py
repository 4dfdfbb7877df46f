"""Centrality, coalitions, structural balance and sticking points."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import networkx as nx
import pytest

from kg.network.analysis import (
    analyze,
    balance,
    centrality,
    coalitions,
    signed_actor_graph,
    sticking_points,
)
from kg.network.filters import Filters
from kg.network.records import StanceRecord
from kg.network.report import format_report
from kg.network.rows import fetch_stances
from kg.store import open_store


def test_betweenness_finds_the_broker() -> None:
    g = nx.Graph([("a", "hub"), ("b", "hub"), ("c", "hub"), ("c", "d")])
    rows = centrality(g)
    assert rows[0]["id"] == "hub" and rows[0]["degree"] == 3
    assert [r["id"] for r in rows if r["betweenness"] == 0] == ["a", "b", "d"]


def test_coalitions_are_seeded_and_split_two_cliques() -> None:
    g = nx.Graph()
    g.add_edges_from(itertools.combinations("abcd", 2), weight=1.0)
    g.add_edges_from(itertools.combinations("wxyz", 2), weight=1.0)
    g.add_edge("d", "w", weight=0.1)
    first, second = coalitions(g), coalitions(g)
    assert first == second
    assert first["communities"] == [list("abcd"), list("wxyz")]
    assert first["modularity"] > 0.4


def _brute_frustration(g: nx.Graph) -> int:
    nodes = list(g)
    best = g.number_of_edges()
    for bits in itertools.product((0, 1), repeat=len(nodes)):
        side = dict(zip(nodes, bits, strict=True))
        best = min(best, sum(1 for u, v, s in g.edges(data="sign") if (s > 0) != (side[u] == side[v])))
    return best


@pytest.mark.parametrize("seed", range(6))
def test_balance_counts_triangles_and_frustration(seed: int) -> None:
    g = nx.gnp_random_graph(9, 0.5, seed=seed)
    rng = __import__("random").Random(seed)
    nx.set_edge_attributes(g, {e: rng.choice((1, -1)) for e in g.edges}, "sign")
    result = balance(g)
    triangles = [t for t in itertools.combinations(g, 3)
                 if all(g.has_edge(a, b) for a, b in itertools.combinations(t, 2))]
    good = sum(1 for a, b, c in triangles
               if g.edges[a, b]["sign"] * g.edges[a, c]["sign"] * g.edges[b, c]["sign"] > 0)
    assert (result["triangles"], result["balanced_triangles"]) == (len(triangles), good)
    assert result["frustration"] == _brute_frustration(g)


def test_unbalanced_triangle() -> None:
    g = nx.Graph([("a", "b", {"sign": -1}), ("b", "c", {"sign": -1}), ("a", "c", {"sign": -1})])
    assert balance(g)["balanced_fraction"] == 0.0 and balance(g)["frustration"] == 1


def test_sticking_points_use_latest_stance_and_rank_by_polarisation(talks_store: Path) -> None:
    stances = fetch_stances(open_store(talks_store)).stances
    points = sticking_points(stances)
    assert [(p["label"], p["polarisation"]) for p in points] == [
        ("Joint customs plan", 0.75), ("Phase in import quotas", 0.6667),
        ("Lower tariffs on grain", 0.1667)]
    quotas = points[1]
    assert quotas["oppose"] == ["Northland"] and quotas["support"] == ["Eastland", "Southland"]


def test_signed_actor_graph_nets_agreement_against_conflict() -> None:
    st = [StanceRecord("1", "a", "p", "support"), StanceRecord("2", "b", "p", "support"),
          StanceRecord("3", "a", "q", "support"), StanceRecord("4", "b", "q", "support"),
          StanceRecord("5", "a", "r", "support"), StanceRecord("6", "b", "r", "oppose")]
    assert signed_actor_graph(st).edges["a", "b"]["sign"] == 1


def test_report_as_json_and_table(talks_store: Path) -> None:
    data = fetch_stances(open_store(talks_store))
    report = analyze(data, "positions", Filters.parse(until="2025-11-30"))
    assert report["stances"] == 10
    assert json.loads(json.dumps(report)) == report
    assert report["balance"]["negative_edges"] == 2
    text = format_report(report)
    assert "Sticking points" in text and "Joint customs plan" in text
    assert report["coalitions"]["seed"] == 42
