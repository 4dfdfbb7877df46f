"""Network views built from the fixture store (real build, real queries) and from records."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from kg.errors import QueryError
from kg.network.filters import Filters
from kg.network.projections import agreement_graph, build_view, conflict_graph, positions_graph
from kg.network.records import GraphData, StanceRecord
from kg.network.rows import fetch, fetch_stances
from kg.store import open_store

KGR = "https://w3id.org/kg-negotiation/id/"
N, S, E, R = (KGR + f"actor/{a}" for a in ("northland", "southland", "eastland", "river-commission"))
GRAIN, QUOTA = KGR + "position/lower-grain-tariffs", KGR + "position/quota-phase-in"
PLAN = KGR + "proposal/joint-customs-plan"


@pytest.fixture(scope="module")
def data(talks_store: Path) -> GraphData:
    return fetch(open_store(talks_store))


def test_stances_come_back_whole(data: GraphData) -> None:
    assert len(data.stances) == 12
    s1 = next(s for s in data.stances if s.id.endswith("/stance/s1"))
    assert (s1.holder, s1.target, s1.value) == (N, GRAIN, "support")
    assert s1.voiced_by_label == "Anna Berg" and s1.holder_kind == "state"
    assert s1.publisher_label == "Example Wire" and s1.url == "https://example.org/wire/trade-talks"
    assert [e.text for e in s1.evidence] == ["Northland supports lowering tariffs on grain"]
    assert s1.evidence[0].end - s1.evidence[0].start == len(s1.evidence[0].text)
    s3 = next(s for s in data.stances if s.id.endswith("/stance/s3"))
    assert s3.condition == "quotas are phased in"
    plan = next(s for s in data.stances if s.target == PLAN)
    assert plan.target_kind == "proposal"


def test_positions_view_is_signed_two_mode(data: GraphData) -> None:
    g = build_view(data, "positions")
    assert isinstance(g, nx.MultiDiGraph)
    assert g.number_of_edges() == 12
    assert {n for n, d in g.nodes(data=True) if d["bipartite"] == 0} == {N, S, E, R}
    assert {n for n, d in g.nodes(data=True) if d["bipartite"] == 1} == {GRAIN, QUOTA, PLAN}
    signs = {d["value"]: d["sign"] for *_, d in g.edges(data=True)}
    assert signs == {"support": 1.0, "oppose": -1.0, "conditional": 0.5, "mixed": 0.0,
                     "neutral": 0.0}
    assert sorted(g.nodes[PLAN]["issue_labels"]) == ["Economic cooperation"]
    assert nx.is_bipartite(g.to_undirected())


def test_agreement_counts_shared_target_values(data: GraphData) -> None:
    g = build_view(data, "agreement")
    assert set(g.nodes) == {N, S, E, R}
    assert g.edges[N, S]["count"] == 2          # grain support, plan support
    assert g.edges[S, E]["count"] == 1          # quota support
    assert not g.has_edge(N, E) and g.degree(R) == 0
    jac = build_view(data, "agreement", normalize="jaccard")
    assert jac.edges[N, S]["weight"] == pytest.approx(2 / 5)   # |A|=3, |B|=4, union 5
    cos = build_view(data, "agreement", normalize="cosine")
    assert cos.edges[N, S]["weight"] == pytest.approx(2 / (3 * 4) ** 0.5)


def test_conflict_counts_opposite_values(data: GraphData) -> None:
    g = build_view(data, "conflict")
    assert {frozenset(e): d["count"] for *e, d in g.edges(data=True)} == {
        frozenset((N, S)): 2, frozenset((N, E)): 2, frozenset((S, E)): 2}
    assert sorted(g.edges[N, E]["target_labels"]) == ["Joint customs plan", "Phase in import quotas"]


def test_date_filter_changes_the_network(data: GraphData) -> None:
    nov = Filters.parse(until="2025-11")
    g = build_view(data, "conflict", nov)
    assert {frozenset(e): d["count"] for *e, d in g.edges(data=True)} == {
        frozenset((N, S)): 1, frozenset((N, E)): 1, frozenset((S, E)): 2}
    assert build_view(data, "positions", Filters.parse(since="2025-12-01")).number_of_edges() == 2


def test_publisher_article_issue_and_actor_filters(data: GraphData) -> None:
    by_pub = build_view(data, "positions", Filters.parse(publishers=["sample gazette"]))
    assert by_pub.number_of_edges() == 2
    by_art = build_view(data, "positions",
                        Filters.parse(articles=["example-wire-2025-11-20-trade-talks"]))
    assert by_art.number_of_edges() == 10
    econ = build_view(data, "positions", Filters.parse(issues=["economic_cooperation"]))
    assert {v for _, v in econ.edges()} == {PLAN}
    ego = build_view(data, "agreement", Filters.parse(actors=["eastland"]))
    assert set(ego.nodes) == {E, S}


def test_full_view_has_every_kind(data: GraphData) -> None:
    g = build_view(data, "full")
    kinds = {d.get("kind") for _, d in g.nodes(data=True)}
    assert {"state", "organization", "person", "position", "proposal", "issue", "meeting",
            "article"} <= kinds
    edge_kinds = {d["kind"] for *_, d in g.edges(data=True)}
    assert {"stance", "on_issue", "includes", "drafted_by", "conditional_on", "attendee",
            "discussed", "source", "speaks_for", "publisher", "reports"} <= edge_kinds
    december = build_view(data, "full", Filters.parse(since="2025-12"))
    assert not any(d.get("kind") == "meeting" for _, d in december.nodes(data=True))
    assert sum(1 for *_, d in december.edges(data=True) if d["kind"] == "stance") == 2


def test_fetch_stances_matches_full_fetch(talks_store: Path) -> None:
    assert len(fetch_stances(open_store(talks_store)).stances) == 12


def test_records_make_the_same_views() -> None:
    st = [StanceRecord("1", "a", "p", "support"), StanceRecord("2", "b", "p", "support"),
          StanceRecord("3", "b", "q", "oppose"), StanceRecord("4", "c", "q", "conditional")]
    assert positions_graph(st).number_of_edges() == 4
    assert list(agreement_graph(st).edges) == [("a", "b")]
    assert list(conflict_graph(st).edges) == [("b", "c")]


def test_bad_view_and_normalisation_are_domain_errors() -> None:
    with pytest.raises(QueryError, match="unknown view"):
        build_view(GraphData(), "graph")
    with pytest.raises(QueryError, match="normalisation"):
        agreement_graph([], normalize="pmi")
    with pytest.raises(QueryError, match="not a date"):
        Filters.parse(since="last week")
    with pytest.raises(QueryError, match="after --until"):
        Filters.parse(since="2025-12", until="2025-11")


def test_rows_of_the_named_stances_query_make_the_same_records(talks_store: Path,
                                                              data: GraphData) -> None:
    from kg.network.records import stances_from_rows
    from kg.queries import run

    named = stances_from_rows(run(open_store(talks_store), "stances").rows)
    key = lambda s: (s.holder, s.target, s.value, s.date)  # noqa: E731
    assert sorted(map(key, named)) == sorted(map(key, data.stances))
    assert {tuple(sorted(s.issues)) for s in named} == {tuple(sorted(s.issues)) for s in data.stances}
