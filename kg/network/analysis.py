"""Network analysis of the stance graph: brokers, coalitions, structural balance, sticking points.

- **centrality**: degree, weighted degree and betweenness on the chosen view
  (multi-edges collapsed, direction ignored); high betweenness = brokers.
- **coalitions**: Louvain communities (fixed seed) of the actor congruence
  network with their modularity.
- **balance**: the signed actor network (+ when two actors agree on more
  targets than they clash on, - when they clash more, ties dropped); fraction of
  balanced triangles (sign product +) and the frustration index (edges that
  break the best two-camp split, an upper bound found by seeded local search).
- **sticking points**: targets whose holders' latest stances take at least two
  different values among support/oppose/conditional/mixed, ranked by
  polarisation = 1 - |mean sign| of those stances.

>>> from kg.network.records import StanceRecord, GraphData
>>> st = [StanceRecord("1", "a", "p", "support"), StanceRecord("2", "b", "p", "oppose"),
...       StanceRecord("3", "c", "p", "support")]
>>> [(s["label"], s["polarisation"]) for s in sticking_points(st)]
[('p', 0.6667)]
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import networkx as nx

from kg.network.filters import Filters
from kg.network.projections import agreement_graph, build_view, conflict_graph
from kg.network.records import GraphData, StanceRecord, short_id

SEED = 42


def simple_undirected(g: nx.Graph) -> nx.Graph:
    """Collapse multi-edges and direction; ``weight`` = number of edges collapsed (or summed).

    >>> simple_undirected(nx.MultiDiGraph([("a", "b"), ("b", "a")])).edges["a", "b"]["weight"]
    2.0
    """
    h = nx.Graph()
    h.add_nodes_from(g.nodes(data=True))
    for u, v, d in g.edges(data=True):
        if u == v:
            continue
        w = abs(float(d.get("weight", 1.0) or 0.0))
        if h.has_edge(u, v):
            h.edges[u, v]["weight"] += w
        else:
            h.add_edge(u, v, weight=w)
    return h


def centrality(g: nx.Graph) -> list[dict[str, Any]]:
    """Degree, weighted degree and normalised betweenness of each node, brokers first.

    >>> rows = centrality(nx.path_graph(["a", "b", "c"]))
    >>> rows[0]["id"], rows[0]["betweenness"]
    ('b', 1.0)
    """
    h = simple_undirected(g)
    between = nx.betweenness_centrality(h, normalized=True)
    rows = [{"id": n, "label": d.get("label", str(n)), "kind": d.get("kind", ""),
             "degree": h.degree(n), "weighted_degree": round(h.degree(n, weight="weight"), 4),
             "betweenness": round(between[n], 4)} for n, d in h.nodes(data=True)]
    return sorted(rows, key=lambda r: (-r["betweenness"], -r["degree"], str(r["label"])))


def coalitions(g: nx.Graph, seed: int = SEED) -> dict[str, Any]:
    """Louvain communities of a one-mode (congruence) network, largest first.

    >>> g = nx.Graph([("a", "b"), ("c", "d")])
    >>> coalitions(g)["communities"]
    [['a', 'b'], ['c', 'd']]
    """
    from networkx.algorithms.community import louvain_communities, modularity

    if g.number_of_edges() == 0:
        parts = [{n} for n in g.nodes]
        score = 0.0
    else:
        parts = louvain_communities(g, weight="weight", seed=seed)
        score = modularity(g, parts, weight="weight")
    ordered = sorted((sorted(p, key=str) for p in parts), key=lambda p: (-len(p), str(p[0])))
    return {"method": "louvain", "seed": seed, "modularity": round(score, 4),
            "communities": ordered,
            "labels": [[g.nodes[n].get("label", str(n)) for n in p] for p in ordered]}


def signed_actor_graph(stances: Iterable[StanceRecord]) -> nx.Graph:
    """Actors joined by the sign of (shared targets agreed - targets clashed); ties dropped.

    >>> st = [StanceRecord("1", "a", "p", "support"), StanceRecord("2", "b", "p", "oppose")]
    >>> signed_actor_graph(st).edges["a", "b"]["sign"]
    -1
    """
    stances = list(stances)
    agree, clash = agreement_graph(stances), conflict_graph(stances)
    g = nx.Graph()
    g.add_nodes_from(agree.nodes(data=True))
    for pair in set(map(frozenset, agree.edges)) | set(map(frozenset, clash.edges)):
        a, b = sorted(pair, key=str)
        net = (agree.edges[a, b]["count"] if agree.has_edge(a, b) else 0) - (
            clash.edges[a, b]["count"] if clash.has_edge(a, b) else 0)
        if net:
            g.add_edge(a, b, sign=1 if net > 0 else -1)
    return g


def _frustration(g: nx.Graph, seed: int, restarts: int = 20) -> int:
    nodes = sorted(g.nodes, key=str)
    if not nodes:
        return 0
    rng = random.Random(seed)

    def cost(side: dict[Any, int]) -> int:
        return sum(1 for u, v, s in g.edges(data="sign")
                   if (s > 0) != (side[u] == side[v]))

    best = g.number_of_edges()
    for _ in range(restarts):
        side = {n: rng.randint(0, 1) for n in nodes}
        current = cost(side)
        improved = True
        while improved:
            improved = False
            for n in nodes:
                side[n] ^= 1
                new = cost(side)
                if new < current:
                    current, improved = new, True
                else:
                    side[n] ^= 1
        best = min(best, current)
    return best


def balance(g: nx.Graph, seed: int = SEED) -> dict[str, Any]:
    """Structural balance of a signed graph (edge attribute ``sign`` = +1/-1).

    >>> g = nx.Graph([("a", "b", {"sign": 1}), ("b", "c", {"sign": -1}), ("a", "c", {"sign": -1})])
    >>> b = balance(g)
    >>> b["triangles"], b["balanced_fraction"], b["frustration"]
    (1, 1.0, 0)
    """
    total = balanced = 0
    order = {n: i for i, n in enumerate(sorted(g.nodes, key=str))}
    for u, v in g.edges:
        a, b = sorted((u, v), key=order.__getitem__)
        for w in set(g[a]) & set(g[b]):
            if order[w] > order[b]:
                total += 1
                product = g.edges[a, b]["sign"] * g.edges[a, w]["sign"] * g.edges[b, w]["sign"]
                balanced += product > 0
    return {"signed_edges": g.number_of_edges(),
            "negative_edges": sum(1 for *_, s in g.edges(data="sign") if s < 0),
            "triangles": total, "balanced_triangles": balanced,
            "balanced_fraction": round(balanced / total, 4) if total else None,
            "frustration": _frustration(g, seed),
            "frustration_method": "local search (upper bound)"}


def latest_values(stances: Iterable[StanceRecord]) -> dict[str, dict[str, StanceRecord]]:
    """Per target, each holder's latest stance (by date; undated count as oldest).

    >>> st = [StanceRecord("2", "a", "p", "oppose", date="2025-12"),
    ...       StanceRecord("1", "a", "p", "support", date="2025-11-30")]
    >>> latest_values(st)["p"]["a"].value
    'oppose'
    """
    latest: dict[str, dict[str, StanceRecord]] = defaultdict(dict)
    for s in sorted(stances, key=lambda s: s.date or ""):
        latest[s.target][s.holder] = s
    return latest


def sticking_points(stances: Iterable[StanceRecord]) -> list[dict[str, Any]]:
    """Contested targets, most polarised first (see module docstring).

    >>> st = [StanceRecord("1", "a", "p", "support", date="2025-01-01"),
    ...       StanceRecord("2", "a", "p", "oppose", date="2025-02-01"),
    ...       StanceRecord("3", "b", "p", "oppose")]
    >>> sticking_points(st)
    []
    """
    out = []
    for target, by_holder in latest_values(stances).items():
        signed = [s for s in by_holder.values() if s.value in ("support", "oppose",
                                                                "conditional", "mixed")]
        if len({s.value for s in signed}) < 2:
            continue
        mean = sum(s.sign for s in signed) / len(signed)
        groups: dict[str, list[str]] = defaultdict(list)
        for s in sorted(signed, key=lambda s: s.holder_label):
            groups[s.value].append(s.holder_label)
        first = next(iter(by_holder.values()))
        out.append({"id": target, "label": first.target_label, "kind": first.target_kind,
                    "polarisation": round(1 - abs(mean), 4), "holders": len(signed),
                    **{v: groups.get(v, []) for v in ("support", "oppose", "conditional",
                                                      "mixed")}})
    return sorted(out, key=lambda r: (-r["polarisation"], -r["holders"], r["label"]))


def analyze(data: GraphData, view: str = "positions", filters: Filters | None = None,
            normalize: str = "count", top: int = 10) -> dict[str, Any]:
    """The whole report (JSON-ready). The actor filter narrows the centrality view only.

    >>> st = [StanceRecord("1", "a", "p", "support"), StanceRecord("2", "b", "p", "support")]
    >>> r = analyze(GraphData(stances=st))
    >>> r["nodes"], r["coalitions"]["labels"], r["sticking_points"]
    (3, [['a', 'b']], [])
    """
    f = filters or Filters()
    g = build_view(data, view, f, normalize)
    stances = [s for s in data.stances if f.keep_stance(s)]
    rows = centrality(g)
    for r in rows:
        r["id"] = short_id(str(r["id"]))
    coal = coalitions(agreement_graph(stances, normalize))
    coal["communities"] = [[short_id(str(n)) for n in c] for c in coal["communities"]]
    sticking = sticking_points(stances)
    for s in sticking:
        s["id"] = short_id(s["id"])
    return {"view": view, "normalize": normalize, "nodes": g.number_of_nodes(),
            "edges": g.number_of_edges(), "stances": len(stances),
            "centrality": rows[:top],
            "brokers": [r["label"] for r in rows if r["betweenness"] > 0][:top],
            "coalitions": coal, "balance": balance(signed_actor_graph(stances)),
            "sticking_points": sticking[:top]}
