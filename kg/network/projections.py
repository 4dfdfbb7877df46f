"""networkx projections of the stance graph: who takes which position, who agrees, who clashes.

Views (all node ids are IRIs; every node has ``label`` and ``kind``):

- ``positions``: two-mode :class:`networkx.MultiDiGraph` actor -> position/proposal,
  one edge per stance (key = stance IRI) with ``value``, signed ``sign``
  (support +1, conditional +0.5, mixed 0, neutral 0, oppose -1), issues, date,
  speaker, source and evidence. Actors have ``bipartite=0``, targets ``bipartite=1``
  and the issues they were discussed under.
- ``agreement``: one-mode actor :class:`networkx.Graph` of *congruence*: two actors
  share a (target, value) pair with value support, oppose or conditional.
- ``conflict``: one-mode actor graph of *conflict*: on the same target one has a
  positive sign (support/conditional) and the other opposes.
  One-mode edges carry ``count`` (shared targets) and ``weight``, the count or,
  DNA-style, normalised by the two actors' statement sets: ``jaccard``
  (|A n B| / |A u B|) or ``cosine`` (|A n B| / sqrt(|A||B|)).
- ``full``: actors, positions, proposals, issues, events and articles with stance
  edges and typed links (``on_issue``, ``includes``, ``attendee``, ``source``...).

>>> from kg.network.records import StanceRecord, GraphData
>>> A, B, P = "kgr:actor/a", "kgr:actor/b", "kgr:position/p"
>>> data = GraphData(stances=[StanceRecord("s1", A, P, "support"),
...                           StanceRecord("s2", B, P, "oppose")])
>>> g = build_view(data, "positions")
>>> sorted((g.nodes[u]["label"], d["value"], d["sign"]) for u, _, d in g.edges(data=True))
[('a', 'support', 1.0), ('b', 'oppose', -1.0)]
>>> list(build_view(data, "conflict").edges(data="count"))
[('kgr:actor/a', 'kgr:actor/b', 1)]
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable

import networkx as nx

from kg.errors import QueryError
from kg.network.filters import Filters, restrict_to_actors
from kg.network.records import ACTOR_KINDS, EVENT_KINDS, GraphData, LinkRecord, StanceRecord

VIEWS = ("positions", "agreement", "conflict", "full")
NORMALIZATIONS = ("count", "jaccard", "cosine")
_SIGNED = ("support", "oppose", "conditional")


def group_of(kind: str) -> str:
    """The broad group of a node kind: actor, target, issue, event or article.

    >>> group_of("state"), group_of("proposal"), group_of("summit")
    ('actor', 'target', 'event')
    """
    if kind in ACTOR_KINDS:
        return "actor"
    if kind in ("position", "proposal"):
        return "target"
    if kind in EVENT_KINDS:
        return "event"
    return kind


def _add_actor(g: nx.Graph, s: StanceRecord, **extra: object) -> None:
    if s.holder not in g:
        g.add_node(s.holder, label=s.holder_label, kind=s.holder_kind, group="actor", **extra)


def _add_target(g: nx.Graph, s: StanceRecord, **extra: object) -> None:
    if s.target not in g:
        g.add_node(s.target, label=s.target_label, kind=s.target_kind, group="target",
                   issues=[], issue_labels=[], **extra)
    node = g.nodes[s.target]
    for issue in s.issues:
        if issue not in node.setdefault("issues", []):
            node["issues"].append(issue)
            node.setdefault("issue_labels", []).append(s.issue_labels.get(issue, issue))


def stance_edge_attrs(s: StanceRecord) -> dict[str, object]:
    """The attributes of a stance edge (lists stay lists; exports flatten them).

    >>> stance_edge_attrs(StanceRecord("s", "a", "p", "conditional"))["sign"]
    0.5
    """
    return {
        "kind": "stance", "stance": s.id, "value": s.value, "sign": s.sign,
        "issues": list(s.issues), "issue_labels": [s.issue_labels.get(i, i) for i in s.issues],
        "condition": s.condition, "date": s.date, "voiced_by": s.voiced_by,
        "voiced_by_label": s.voiced_by_label, "article": s.article,
        "article_title": s.article_title, "publisher": s.publisher,
        "publisher_label": s.publisher_label, "url": s.url,
        "evidence": [e.text for e in s.evidence],
        "evidence_offsets": [f"{e.start}-{e.end}" for e in s.evidence if e.start is not None],
    }


def positions_graph(stances: Iterable[StanceRecord]) -> nx.MultiDiGraph:
    """Two-mode signed actor -> position/proposal network, one edge per stance.

    >>> g = positions_graph([StanceRecord("s", "a", "p", "mixed", issues=["i"])])
    >>> g.nodes["p"]["bipartite"], g.nodes["p"]["issues"], g.edges["a", "p", "s"]["sign"]
    (1, ['i'], 0.0)
    """
    g = nx.MultiDiGraph(view="positions")
    for s in stances:
        _add_actor(g, s, bipartite=0)
        _add_target(g, s, bipartite=1)
        g.add_edge(s.holder, s.target, key=s.id, **stance_edge_attrs(s))
    return g


def _statements(stances: Iterable[StanceRecord]) -> tuple[dict[str, set[tuple[str, str]]],
                                                          dict[str, StanceRecord]]:
    sets: dict[str, set[tuple[str, str]]] = defaultdict(set)
    first: dict[str, StanceRecord] = {}
    for s in stances:
        first.setdefault(s.holder, s)
        if s.value in _SIGNED:
            sets[s.holder].add((s.target, s.value))
    return sets, first


def _norm(count: int, size_a: int, size_b: int, union: int, normalize: str) -> float:
    if normalize == "jaccard":
        return count / union if union else 0.0
    if normalize == "cosine":
        return count / math.sqrt(size_a * size_b) if size_a and size_b else 0.0
    return float(count)


def _one_mode(stances: list[StanceRecord], mode: str, normalize: str) -> nx.Graph:
    if normalize not in NORMALIZATIONS:
        raise QueryError(f"unknown normalisation '{normalize}' "
                         f"(one of {', '.join(NORMALIZATIONS)})")
    sets, first = _statements(stances)
    labels = {s.target: s.target_label for s in stances}
    g = nx.Graph(view="agreement" if mode == "congruence" else "conflict", normalize=normalize)
    for s in first.values():
        _add_actor(g, s)
    actors = sorted(sets)
    for i, a in enumerate(actors):
        for b in actors[i + 1:]:
            if mode == "congruence":
                shared = sets[a] & sets[b]
                targets = sorted({t for t, _ in shared})
                size_a, size_b, union = len(sets[a]), len(sets[b]), len(sets[a] | sets[b])
            else:
                pos_a = {t for t, v in sets[a] if v != "oppose"}
                neg_a = {t for t, v in sets[a] if v == "oppose"}
                pos_b = {t for t, v in sets[b] if v != "oppose"}
                neg_b = {t for t, v in sets[b] if v == "oppose"}
                targets = sorted((pos_a & neg_b) | (neg_a & pos_b))
                ta, tb = {t for t, _ in sets[a]}, {t for t, _ in sets[b]}
                size_a, size_b, union = len(ta), len(tb), len(ta | tb)
            if targets:
                count = len(shared) if mode == "congruence" else len(targets)
                g.add_edge(a, b, kind=mode, count=count,
                           weight=_norm(count, size_a, size_b, union, normalize),
                           sign=1 if mode == "congruence" else -1, targets=targets,
                           target_labels=[labels[t] for t in targets])
    return g


def agreement_graph(stances: Iterable[StanceRecord], normalize: str = "count") -> nx.Graph:
    """One-mode actor congruence network (same value toward the same target).

    >>> st = [StanceRecord("1", "a", "p", "support"), StanceRecord("2", "b", "p", "support"),
    ...       StanceRecord("3", "a", "q", "oppose"), StanceRecord("4", "c", "q", "support")]
    >>> g = agreement_graph(st, normalize="jaccard")
    >>> g.edges["a", "b"]["count"], g.edges["a", "b"]["weight"], g.has_edge("a", "c")
    (1, 0.5, False)
    """
    return _one_mode(list(stances), "congruence", normalize)


def conflict_graph(stances: Iterable[StanceRecord], normalize: str = "count") -> nx.Graph:
    """One-mode actor conflict network (positive sign against oppose on the same target).

    >>> st = [StanceRecord("1", "a", "p", "conditional"), StanceRecord("2", "b", "p", "oppose")]
    >>> conflict_graph(st, normalize="cosine").edges["a", "b"]["weight"]
    1.0
    """
    return _one_mode(list(stances), "conflict", normalize)


def full_graph(data: GraphData, filters: Filters | None = None) -> nx.MultiDiGraph:
    """Actors, positions, proposals, issues, events and articles with stances and links.

    With filters, stances are filtered, events by their date/issues/source, and the
    other items are kept when a kept stance or event reaches them (or, with only an
    issue filter, when they are on one of the issues). Issues nothing refers to are left out.

    >>> from kg.network.records import NodeRecord, LinkRecord
    >>> data = GraphData(stances=[StanceRecord("s", "a", "p", "oppose", article="art")],
    ...     nodes=[NodeRecord("e", "meeting", "Talks", date="2025-12-02"),
    ...            NodeRecord("art", "article", "Story")],
    ...     links=[LinkRecord("e", "attendee", "a"), LinkRecord("e", "source", "art")])
    >>> sorted(d["kind"] for _, _, d in full_graph(data).edges(data=True))
    ['attendee', 'reports', 'source', 'stance']
    >>> sorted(full_graph(data, Filters.parse(since="2026")).nodes)
    []
    """
    f = filters or Filters()
    stances = [s for s in data.stances if f.keep_stance(s)]
    nodes = {n.id: n for n in data.nodes}
    issue_links: dict[str, set[str]] = defaultdict(set)
    for link in data.links:
        if link.predicate == "on_issue":
            issue_links[link.source].add(link.target)
    kept: set[str] = set()
    for n in data.nodes:
        group = group_of(n.kind)
        if group == "event":
            src = nodes.get(n.article or "")
            ok = (f.issue_ok(issue_links[n.id]) and f.date_ok(n.date) and f.article_ok(n.article)
                  and f.publisher_ok(src.publisher if src else None,
                                     src.publisher_label if src else None))
        elif group in ("target", "issue"):
            ok = not f.narrows_items and (
                n.id in f.issues or (bool(f.issues) and f.issue_ok(issue_links[n.id])))
            ok = ok or not f.active
        else:
            ok = not f.active
        if ok:
            kept.add(n.id)
    for s in stances:
        kept.update(x for x in (s.holder, s.target, s.voiced_by, s.article, *s.issues) if x)
    g = nx.MultiDiGraph(view="full")
    for s in stances:
        _add_actor(g, s)
        _add_target(g, s)
        g.add_edge(s.holder, s.target, key=s.id, **stance_edge_attrs(s))
        if s.article:
            g.add_edge(s.article, s.holder, key="reports", kind="reports")
    links = list(data.links) + [LinkRecord(n.id, "publisher", n.publisher)
                                for n in data.nodes if n.publisher]
    expand_from = {n for n in kept if group_of(nodes[n].kind if n in nodes else "") in
                   ("event", "target")}
    for link in links:
        if link.source in expand_from:
            kept.add(link.target)
    for link in links:
        if link.source in kept and link.target in kept:
            g.add_edge(link.source, link.target, key=link.predicate, kind=link.predicate)
    for node_id in kept:
        n = nodes.get(node_id)
        if n is None:
            continue
        attrs = {"label": n.label, "kind": n.kind, "group": group_of(n.kind), "date": n.date,
                 "status": n.status, "url": n.url}
        if node_id in g:
            g.nodes[node_id].update({k: v for k, v in attrs.items() if v is not None})
        elif n.kind != "issue":
            g.add_node(node_id, **attrs)
    return g


def build_view(data: GraphData, view: str = "positions", filters: Filters | None = None,
               normalize: str = "count") -> nx.Graph:
    """The named view of the data, filtered (actor filter: the actors and their neighbours).

    >>> build_view(GraphData(), "nonsense")
    Traceback (most recent call last):
    ...
    kg.errors.QueryError: unknown view 'nonsense' (one of positions, agreement, conflict, full)
    """
    if view not in VIEWS:
        raise QueryError(f"unknown view '{view}' (one of {', '.join(VIEWS)})")
    f = filters or Filters()
    if view == "full":
        g = full_graph(data, f)
    else:
        stances = [s for s in data.stances if f.keep_stance(s)]
        if view == "positions":
            g = positions_graph(stances)
        elif view == "agreement":
            g = agreement_graph(stances, normalize)
        else:
            g = conflict_graph(stances, normalize)
    g = restrict_to_actors(g, f.actors)
    g.graph["view"] = view
    return g


def shown_stances(data: GraphData, graph: nx.Graph, filters: Filters | None = None) -> list[StanceRecord]:
    """The stances a rendered view shows: those the filters keep whose holder and target are
    both in the view's graph (its evidence goes into the edge tooltips).

    >>> from kg.network.records import StanceRecord, GraphData
    >>> data = GraphData(stances=[StanceRecord("s1", "a", "p", "support", issues=["i"]),
    ...                           StanceRecord("s2", "b", "q", "oppose", issues=["j"])])
    >>> f = Filters(issues=("i",))
    >>> [s.id for s in shown_stances(data, build_view(data, "positions", f), f)]
    ['s1']
    """
    f = filters or Filters()
    return [s for s in data.stances if f.keep_stance(s) and s.holder in graph and s.target in graph]
