"""The rendered page in real headless Chromium with the network blocked.

Skipped (with the reason) when /usr/bin/chromium or Playwright is missing.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from conftest_browser import PAYLOADS, build_store, open_page, wait_until

from kg.network.projections import build_view
from kg.network.rows import fetch
from kg.render.html import write_html
from kg.store import open_store

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "annotations" / "moscow-times-2025-12-03-kremlin-talks.yaml"
# The README's screenshot; tests write it only when asked (KG_UPDATE_SCREENSHOT=1), so a
# test run never changes tracked files.
README_SCREENSHOT = ROOT / "docs" / "img" / "seed-graph.png"


def _render(store: Path, view: str, out: Path, title: str | None = None) -> nx.Graph:
    g = build_view(fetch(open_store(store)), view)
    write_html(g, out, title=title or f"{view} view")
    return g


def _hover_edge(page: Any, edge_id: str, expect: str) -> str:
    """Move the mouse onto an edge (its middle, else nearby points along it, in case a node
    or another edge lies on top) and return the text of the tooltip that shows ``expect``."""
    text = ""
    for where in (0.5, 0.35, 0.65, 0.2, 0.8):
        point = page.evaluate("""([id, t]) => {
            const e = kgNetwork.body.edges[id];
            const p = kgNetwork.canvasToDOM(e.edgeType.getPoint(t));
            const r = document.getElementById('kg-graph').getBoundingClientRect();
            return {x: p.x + r.left, y: p.y + r.top};
        }""", [edge_id, where])
        page.mouse.move(5, 5)
        page.mouse.move(point["x"] - 30, point["y"] - 30)
        page.mouse.move(point["x"], point["y"], steps=5)
        tip = page.locator("div.vis-tooltip")
        tip.wait_for(state="visible", timeout=5000)
        text = tip.inner_text()
        if expect in text:
            break
    return text


def _stance_edge(page: Any, target_label_part: str) -> dict[str, Any]:
    return page.evaluate("""part => kgEdges.get().find(e => e.stance !== 'link' &&
        kgNodes.get(e.to).label.includes(part))""", target_label_part)


@pytest.mark.parametrize("view", ["positions", "agreement", "conflict", "full"])
def test_renders_offline_with_the_graph_counts(browser_page: Any, talks_store: Path,
                                              view: str, tmp_path: Path) -> None:
    out = tmp_path / f"{view}.html"
    g = _render(talks_store, view, out)
    open_page(browser_page, out)
    assert browser_page.evaluate("[kgNodes.length, kgEdges.length]") == [
        g.number_of_nodes(), g.number_of_edges()]
    assert browser_page.evaluate("kgNetwork.body.nodeIndices.length") == g.number_of_nodes()
    assert browser_page.blocked == []
    assert browser_page.requests == [out.resolve().as_uri()]
    assert browser_page.problems == []
    assert browser_page.locator("#kg-legend li").count() >= 2


def test_hovering_a_stance_edge_shows_its_evidence(browser_page: Any, talks_store: Path,
                                                   tmp_path: Path) -> None:
    out = tmp_path / "positions.html"
    _render(talks_store, "positions", out)
    open_page(browser_page, out)
    edge = browser_page.evaluate("""() => kgEdges.get().find(e =>
        kgNodes.get(e.from).label === 'Eastland' && e.stance === 'conditional')""")
    text = _hover_edge(browser_page, edge["id"], "Eastland would back")
    assert "Eastland would back lowering tariffs on grain if quotas are phased in" in text
    assert "stance: conditional" in text.lower() and "quotas are phased in" in text
    assert "Example Wire: Trade talks resume in Geneva" in text and "2025-11-18" in text
    link = browser_page.locator("div.vis-tooltip a")
    assert link.get_attribute("href") == "https://example.org/wire/trade-talks"
    assert link.get_attribute("rel") == "noopener noreferrer"
    assert browser_page.problems == []


def test_hover_highlights_neighbours_and_search_filters(browser_page: Any,
                                                       talks_store: Path,
                                                       tmp_path: Path) -> None:
    out = tmp_path / "agreement.html"
    _render(talks_store, "agreement", out)
    open_page(browser_page, out)
    kgr = "https://w3id.org/kg-negotiation/id/actor/"
    opacity = "id => kgNetwork.body.nodes[id].options.opacity"
    at = browser_page.evaluate("""id => {
        const p = kgNetwork.canvasToDOM(kgNetwork.getPositions([id])[id]);
        const r = document.getElementById('kg-graph').getBoundingClientRect();
        return {x: p.x + r.left, y: p.y + r.top}; }""", kgr + "eastland")
    browser_page.mouse.move(at["x"] - 60, at["y"] - 60)
    browser_page.mouse.move(at["x"], at["y"], steps=4)
    wait_until(browser_page, f"kgNetwork.body.nodes['{kgr}river-commission'].options.opacity < 1")
    assert browser_page.evaluate(opacity, kgr + "southland") == 1       # agrees with Eastland
    assert browser_page.evaluate(opacity, kgr + "northland") < 1        # no tie to Eastland
    browser_page.mouse.move(5, 5)
    wait_until(browser_page, f"kgNetwork.body.nodes['{kgr}northland'].options.opacity === 1")
    browser_page.fill("#kg-search", "river")
    wait_until(browser_page, "kgNodes.get().filter(n => n.hidden).length === 3")
    assert browser_page.inner_text("#kg-search-count").startswith("1 match")


@pytest.mark.parametrize("browser_page", ["csp", "no-csp"], indirect=True)
def test_payloads_display_as_text_and_never_run(browser_page: Any, xss_store: Path,
                                                tmp_path: Path) -> None:
    out = tmp_path / "xss.html"
    _render(xss_store, "positions", out)
    open_page(browser_page, out)
    edge = _stance_edge(browser_page, "Plan <script>")
    text = _hover_edge(browser_page, edge["id"], "we reject")
    assert f"we reject {PAYLOADS[0]} and {PAYLOADS[1]}" in text
    assert f"Group {PAYLOADS[1]} \u2192 Plan {PAYLOADS[0]}" in text
    assert f"Publisher {PAYLOADS[1]}: Payload title {PAYLOADS[0]}" in text
    for label in (f"Group {PAYLOADS[1]}", f"Plan {PAYLOADS[0]}"):
        node = browser_page.evaluate("l => kgNodes.get().find(n => n.title.querySelector('strong')"
                                     ".textContent === l).id", label)
        browser_page.evaluate("id => kgNetwork.body.emitter.emit('click', {nodes: [id], "
                              "edges: []})", node)
        assert label in browser_page.inner_text("#kg-details")
    assert browser_page.evaluate("document.querySelectorAll('main img, main script').length") == 0
    assert browser_page.evaluate("typeof window.__pwned") == "undefined"
    assert browser_page.blocked == [] and browser_page.problems == []


def test_screenshot_of_the_seed_graph(browser_page: Any, tmp_path: Path) -> None:
    if not SEED.exists():
        pytest.skip(f"{SEED} is not there yet")
    store = build_store(tmp_path / "store", [SEED])
    out = tmp_path / "seed.html"
    g = _render(store, "positions", out,
                title="Who takes which position \u2014 The Moscow Times, 3 December 2025")
    open_page(browser_page, out)
    assert browser_page.evaluate("kgNodes.length") == g.number_of_nodes()
    shot = README_SCREENSHOT if os.environ.get("KG_UPDATE_SCREENSHOT") == "1" else tmp_path / "seed-graph.png"
    shot.parent.mkdir(parents=True, exist_ok=True)
    browser_page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    assert browser_page.problems == []


def test_an_empty_view_still_makes_a_working_page(browser_page: Any, tmp_path: Path) -> None:
    out = tmp_path / "empty.html"
    write_html(nx.MultiDiGraph(), out, title="nothing matches")
    open_page(browser_page, out)
    assert browser_page.evaluate("[kgNodes.length, kgEdges.length]") == [0, 0]
    assert "0 nodes" in browser_page.inner_text("#kg-summary")
    assert browser_page.problems == [] and browser_page.blocked == []
