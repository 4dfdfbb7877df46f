"""One self-contained, offline HTML page for a network view.

How pyvis is used: pyvis ships the vis-network bundle (``pyvis/lib/vis-9.1.2``)
and builds vis.js physics options (:meth:`pyvis.network.Network.barnes_hut`,
:meth:`~pyvis.network.Network.toggle_stabilization`); both are taken from it.
Its page template is *not* used (it loads Bootstrap from a CDN, switches to an
``innerHTML`` popup when titles contain links and inserts headings unescaped),
nor its ``add_node``/``add_edge`` (quadratic duplicate checks). Instead
``assets/page.html`` (a :class:`string.Template`) inlines the vis bundle,
``page.css`` and ``page.js``; the graph travels as JSON in a
``<script type="application/json">`` block with ``<``, ``>`` and ``&`` escaped,
and ``page.js`` builds every tooltip from DOM nodes with ``textContent``. A
Content-Security-Policy allows only the page's own scripts (by SHA-256) and no
network access at all.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_edge("kgr:actor/a", "kgr:position/p", key="s", kind="stance", value="oppose",
...            evidence=["<b>No</b>"], url="javascript:alert(1)")
's'
>>> page = render_html(g, title="A & B")
>>> "<b>No</b>" in page, "\\\\u003cb\\\\u003eNo" in page, "javascript:alert" in page
(False, True, False)
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import re
import string
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import networkx as nx

from kg.errors import KgError
from kg.files import atomic_write
from kg.network.analysis import sticking_points
from kg.network.projections import group_of
from kg.network.records import StanceRecord, local_name, short_id
from kg.render.style import edge_style, legend, node_style

DEFAULT_MAX_NODES = 5000
PHYSICS_LIMIT = 300
STABILIZATION_ITERATIONS = 150
LABEL_CHARS = 40


class RenderError(KgError):
    """The view cannot be rendered as a usable page (e.g. too many nodes)."""


def safe_url(url: Any) -> str | None:
    """``url`` if it is an absolute http(s) URL, else ``None``.

    >>> safe_url("https://example.org/a?b=1"), safe_url("javascript:alert(1)"), safe_url(None)
    ('https://example.org/a?b=1', None, None)
    """
    if not isinstance(url, str):
        return None
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return None if re.search(r"[\s<>\"]", url.strip()) else url.strip()


def script_json(value: Any) -> str:
    """JSON that is inert inside ``<script type="application/json">``.

    >>> script_json({"a": "</script><b>&"})
    '{"a": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(value, ensure_ascii=False, allow_nan=False)
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                          ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escaped)
    return text


def _clip(label: str) -> str:
    return label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1] + "\u2026"


def _rows(pairs: list[tuple[str, Any]]) -> list[list[str]]:
    out = []
    for name, value in pairs:
        if isinstance(value, (list, tuple)):
            value = "; ".join(str(v) for v in value)
        if value not in (None, ""):
            out.append([name, str(value)])
    return out


def _label(g: nx.Graph, n: Any) -> str:
    return str(g.nodes[n].get("label") or local_name(str(n)))


def _node_item(g: nx.Graph, n: Any, d: dict[str, Any]) -> dict[str, Any]:
    kind = str(d.get("kind") or "actor")
    group = str(d.get("group") or group_of(kind))
    style = node_style(kind, group)
    label = _label(g, n)
    url = safe_url(d.get("url"))
    info = {"kind": kind, "heading": label,
            "rows": _rows([("id", short_id(str(n))), ("issues", d.get("issue_labels")),
                           ("date", d.get("date")), ("status", d.get("status"))]),
            "link": {"url": url, "text": "open article"} if url else None}
    return {"id": str(n), "label": _clip(label), "shape": style["shape"],
            "color": {"background": style["color"], "border": "#333333",
                      "hover": {"background": style["color"], "border": "#000000"},
                      "highlight": {"background": style["color"], "border": "#000000"}},
            "borderWidthSelected": 3, "info": info}


def _edge_info(g: nx.Graph, u: Any, v: Any, d: dict[str, Any]) -> dict[str, Any]:
    kind = d.get("kind", "link")
    src, dst = _label(g, u), _label(g, v)
    if kind == "stance":
        url = safe_url(d.get("url"))
        source = ": ".join(str(x) for x in (d.get("publisher_label"), d.get("article_title")) if x)
        return {"kind": f"stance: {d.get('value')}", "heading": f"{src} \u2192 {dst}",
                "quotes": [str(q) for q in d.get("evidence") or []],
                "rows": _rows([("speaker", d.get("voiced_by_label")), ("value", d.get("value")),
                               ("condition", d.get("condition")),
                               ("issues", d.get("issue_labels")), ("date", d.get("date")),
                               ("source", source)]),
                "link": {"url": url, "text": "open source article"} if url else None}
    if kind in ("congruence", "conflict"):
        what = "agree on" if kind == "congruence" else "clash over"
        return {"kind": "agreement" if kind == "congruence" else "conflict",
                "heading": f"{src} \u2014 {dst}",
                "rows": _rows([(what, d.get("target_labels")), ("count", d.get("count")),
                               ("weight", round(float(d.get("weight", 0)), 4))])}
    return {"kind": "link", "heading": f"{src} {str(kind).replace('_', ' ')} {dst}", "rows": []}


def _edges(g: nx.Graph) -> list[dict[str, Any]]:
    triples = (g.edges(data=True, keys=True) if g.is_multigraph()
               else ((u, v, None, d) for u, v, d in g.edges(data=True)))
    weights = [float(d.get("weight", 1) or 0) for *_, d in g.edges(data=True)]
    top = max(weights, default=1.0) or 1.0
    seen: dict[frozenset[Any], int] = {}
    items = []
    for i, (u, v, _key, d) in enumerate(triples):
        kind = d.get("kind", "link")
        value = d.get("value") if kind == "stance" else kind
        style = edge_style(str(value))
        pair = frozenset((u, v))
        nth = seen[pair] = seen.get(pair, -1) + 1
        smooth: dict[str, Any] = {"enabled": False}
        if nth:
            smooth = {"enabled": True, "type": "curvedCW" if nth % 2 else "curvedCCW",
                      "roundness": 0.2 * math.ceil(nth / 2)}
        width = 2.0 if kind == "stance" else 1.0
        if kind in ("congruence", "conflict"):
            width = 1.0 + 5.0 * float(d.get("weight", 0)) / top
        items.append({"id": f"e{i}", "from": str(u), "to": str(v), "stance": str(value),
                      "color": {"color": style["color"], "highlight": style["color"],
                                "hover": style["color"]},
                      "dashes": style["dashes"], "width": width, "smooth": smooth,
                      "arrows": {"to": {"enabled": g.is_directed(), "scaleFactor": 0.5}},
                      "info": _edge_info(g, u, v, d)})
    return items


def vis_options(physics: bool) -> dict[str, Any]:
    """vis-network options; physics settings come from pyvis (Barnes-Hut, capped stabilisation).

    >>> vis_options(True)["physics"]["stabilization"]["iterations"]
    150
    """
    from pyvis.network import Network

    net = Network(directed=True)
    net.barnes_hut(gravity=-14000, central_gravity=0.3, spring_length=200,
                   spring_strength=0.04, damping=0.4, overlap=1)
    net.toggle_stabilization(True)
    options = json.loads(net.options.to_json())
    options["physics"]["enabled"] = physics
    options["physics"]["stabilization"].update(
        {"iterations": STABILIZATION_ITERATIONS, "updateInterval": 25, "fit": True})
    options["physics"]["minVelocity"] = 1.0
    options["edges"] = {"smooth": {"enabled": False}, "color": {"inherit": False},
                        "hoverWidth": 1.5, "selectionWidth": 2}
    options["nodes"] = {"font": {"size": 14, "face": "system-ui, sans-serif"},
                        "borderWidth": 1, "size": 14}
    options["interaction"].update({"hover": True, "tooltipDelay": 120,
                                   "hideEdgesOnDrag": not physics, "multiselect": True})
    options["layout"] = {"improvedLayout": False, "randomSeed": 42}
    return options


def stances_in(g: nx.Graph) -> list[StanceRecord]:
    """The stance edges of a view as records (for summaries of graphs built elsewhere).

    >>> g = nx.MultiDiGraph()
    >>> g.add_edge("a", "p", key="s", kind="stance", value="mixed")
    's'
    >>> [(s.holder, s.value) for s in stances_in(g)]
    [('a', 'mixed')]
    """
    if not g.is_multigraph():
        return []
    return [StanceRecord(str(k), str(u), str(v), str(d.get("value")), holder_label=_label(g, u),
                         target_label=_label(g, v), date=d.get("date"))
            for u, v, k, d in g.edges(keys=True, data=True) if d.get("kind") == "stance"]


def summary_text(g: nx.Graph, stances: list[StanceRecord] | None = None, top: int = 3) -> str:
    """One paragraph: counts, date range and the main sticking points.

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("p", kind="position")
    >>> g.add_edge("a", "p", key="1", kind="stance", value="support", date="2025-11-30")
    '1'
    >>> g.add_edge("b", "p", key="2", kind="stance", value="oppose", date="2025-12-02")
    '2'
    >>> print(summary_text(g).replace(". ", ".\\n"))
    3 nodes: 2 actors, 1 position.
    2 stances (1 support, 1 oppose), dated 2025-11-30 to 2025-12-02.
    Sticking point: p (support: a; oppose: b).
    """
    stances = stances_in(g) if stances is None else stances
    groups: dict[str, int] = {}
    for _, d in g.nodes(data=True):
        kind = str(d.get("kind") or "actor")
        name = group_of(kind) if group_of(kind) in ("actor", "event") else kind
        groups[name] = groups.get(name, 0) + 1
    order = ["actor", "position", "proposal", "issue", "event", "article"]
    ranked = sorted(groups.items(), key=lambda kv: (order.index(kv[0]) if kv[0] in order
                                                    else len(order), kv[0]))
    parts = [f"{n} {k}{'' if n == 1 else 's'}" for k, n in ranked]
    text = f"{g.number_of_nodes()} nodes" + (f": {', '.join(parts)}" if parts else "") + "."
    edge_kinds = [d.get("value") if d.get("kind") == "stance" else d.get("kind", "link")
                  for *_, d in g.edges(data=True)]
    n_stances = sum(1 for *_, d in g.edges(data=True) if d.get("kind") == "stance")
    if n_stances:
        values = [v for v in ("support", "oppose", "conditional", "mixed", "neutral")
                  if v in edge_kinds]
        text += f" {n_stances} stance{'' if n_stances == 1 else 's'} (" + ", ".join(
            f"{edge_kinds.count(v)} {v}" for v in values) + ")"
    else:
        text += f" {g.number_of_edges()} ties"
    dates = sorted(str(x) for x in [*(d.get("date") for *_, d in g.edges(data=True)),
                                    *(d.get("date") for _, d in g.nodes(data=True))] if x)
    text += f", dated {dates[0]} to {dates[-1]}." if dates else "."
    points = sticking_points(stances)[:top]
    if points:
        described = []
        for p in points:
            sides = "; ".join(f"{v}: {', '.join(p[v])}" for v in
                              ("support", "oppose", "conditional", "mixed") if p[v])
            described.append(f"{p['label']} ({sides})")
        text += f" Sticking point{'' if len(points) == 1 else 's'}: " + ", ".join(described) + "."
    return text


def _has_numpy() -> bool:
    """networkx's layouts need numpy; without it the browser lays out big views too."""
    import importlib.util

    return importlib.util.find_spec("numpy") is not None


def page_data(g: nx.Graph, *, title: str, physics_limit: int = PHYSICS_LIMIT,
              seed: int = 42) -> dict[str, Any]:
    """The JSON handed to the page: nodes, edges, vis options, legend and meta.

    Above ``physics_limit`` nodes the layout is computed here (seeded) and physics is
    off; without numpy the page falls back to its own capped physics.

    >>> d = page_data(nx.path_graph(["x", "y"]), title="t")
    >>> [n["id"] for n in d["nodes"]], d["edges"][0]["from"], d["meta"]["physics"]
    (['x', 'y'], 'x', True)
    """
    physics = g.number_of_nodes() <= physics_limit or not _has_numpy()
    nodes = [_node_item(g, n, d) for n, d in g.nodes(data=True)]
    if not physics:
        from kg.render.layout import layout_positions

        pos = layout_positions(g, seed=seed)
        spread = 60.0 * math.sqrt(max(len(nodes), 1))
        for item, n in zip(nodes, g.nodes, strict=True):
            item["x"], item["y"] = round(pos[n][0] * spread, 1), round(pos[n][1] * spread, 1)
            item["physics"] = False
    edges = _edges(g)
    kinds = {str(d.get("kind") or "actor") for _, d in g.nodes(data=True)}
    kinds = {k if k not in ("meeting", "summit", "phonecall", "visit", "militarydevelopment",
                            "announcement", "deadline", "otherevent") else "event" for k in kinds}
    return {"meta": {"title": title, "view": g.graph.get("view", ""), "physics": physics,
                     "nodes": len(nodes), "edges": len(edges)},
            "options": vis_options(physics), "legend": legend(kinds, {e["stance"] for e in edges}),
            "nodes": nodes, "edges": edges}


def _asset(name: str) -> str:
    return resources.files("kg.render").joinpath("assets", name).read_text(encoding="utf-8")


def _vis_bundle() -> tuple[str, str]:
    import pyvis

    base = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"
    try:
        return ((base / "vis-network.min.js").read_text(encoding="utf-8"),
                (base / "vis-network.css").read_text(encoding="utf-8"))
    except OSError as exc:
        raise RenderError(f"the vis-network bundle of pyvis is missing ({exc}); "
                          "reinstall pyvis==0.3.2") from None


def _sha256(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


def render_html(g: nx.Graph, *, title: str = "kg network", summary: str | None = None,
                stances: list[StanceRecord] | None = None, max_nodes: int = DEFAULT_MAX_NODES,
                physics_limit: int = PHYSICS_LIMIT, seed: int = 42) -> str:
    """The page as a string; raises :class:`RenderError` above ``max_nodes`` nodes.

    >>> render_html(nx.path_graph(3), max_nodes=2)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kg.render.html.RenderError: the view has 3 nodes, more than --max-nodes 2: ...
    """
    n = g.number_of_nodes()
    if n > max_nodes:
        raise RenderError(
            f"the view has {n} nodes, more than --max-nodes {max_nodes}: such a page is too slow "
            "to use; narrow it with --issue, --actor, --since/--until (or raise --max-nodes)")
    data = page_data(g, title=title, physics_limit=physics_limit, seed=seed)
    vis_js, vis_css = _vis_bundle()
    page_js = _asset("page.js")
    csp = (f"default-src 'none'; script-src {_sha256(vis_js)} {_sha256(page_js)}; "
           "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'")
    text = summary if summary is not None else summary_text(g, stances)
    return string.Template(_asset("page.html")).substitute(
        csp=csp, title=html.escape(title), summary=html.escape(text), vis_css=vis_css,
        page_css=_asset("page.css"), data=script_json(data), vis_js=vis_js, page_js=page_js)


def write_html(g: nx.Graph, path: str | Path, **kwargs: Any) -> Path:
    """Render and write the page atomically (temp file + ``os.replace``); return its path.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     write_html(nx.path_graph(2), f"{d}/p.html").read_text().startswith("<!DOCTYPE html>")
    True
    """
    return atomic_write(path, render_html(g, **kwargs))
