"""The HTML page as text: self-contained, escaped, CSP-locked, sized and written atomically."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path

import networkx as nx
import pytest
from conftest_browser import PAYLOADS

from kg.network.projections import build_view
from kg.network.rows import fetch
from kg.render.html import RenderError, page_data, render_html, safe_url, write_html
from kg.store import open_store


@pytest.fixture(scope="module")
def page(xss_store: Path) -> tuple[nx.Graph, str]:
    g = build_view(fetch(open_store(xss_store)), "full")
    return g, render_html(g, title="Full view")


def _data(html_text: str) -> dict:
    block = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html_text,
                      re.S)
    assert block
    return json.loads(block.group(1))


def test_nothing_is_loaded_from_elsewhere(page: tuple[nx.Graph, str]) -> None:
    _, text = page
    assert not re.search(r"<(script|img|iframe|link)\b[^>]*\b(src|href)\s*=", text, re.I)
    assert not re.search(r"@import|url\((?!\s*[\"']?data:)", text)
    assert not re.search(r"\b(src|href|action)\s*=\s*[\"']?\s*(https?:)?//", text, re.I)
    for host in ("cdnjs", "jsdelivr", "unpkg", "googleapis", "bootstrap"):
        assert host not in text.lower()


def test_csp_allows_exactly_the_inline_scripts(page: tuple[nx.Graph, str]) -> None:
    _, text = page
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', text).group(1)
    assert "default-src 'none'" in csp and "connect-src" not in csp
    scripts = re.findall(r"<script>(.*?)</script>", text, re.S)
    assert len(scripts) == 2
    for body in scripts:
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in csp
    assert "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]


def test_data_block_is_inert_and_complete(page: tuple[nx.Graph, str]) -> None:
    g, text = page
    for payload in PAYLOADS:
        assert payload not in text
    data = _data(text)
    assert len(data["nodes"]) == g.number_of_nodes()
    assert len(data["edges"]) == g.number_of_edges()
    labels = {n["info"]["heading"] for n in data["nodes"]}
    assert "Group " + PAYLOADS[1] in labels and "Plan " + PAYLOADS[0] in labels


def test_links_only_for_http_urls() -> None:
    g = nx.MultiDiGraph()
    for i, url in enumerate(["https://example.org/a", "javascript:alert(1)", "data:text/html,x",
                             "http://example.org/ok", "//example.org/x"]):
        g.add_edge("a", f"p{i}", key=str(i), kind="stance", value="support", url=url)
    links = [e["info"]["link"] for e in page_data(g, title="t")["edges"]]
    assert [x and x["url"] for x in links] == [
        "https://example.org/a", None, None, "http://example.org/ok", None]
    assert safe_url("https://exa mple.org") is None


def test_big_views_get_a_precomputed_layout() -> None:
    g = nx.barabasi_albert_graph(320, 2, seed=1)
    nx.set_node_attributes(g, "state", "kind")
    data = page_data(g, title="big")
    assert data["meta"]["physics"] is False and data["options"]["physics"]["enabled"] is False
    assert all(isinstance(n["x"], float) and n["physics"] is False for n in data["nodes"])
    small = page_data(nx.path_graph(5), title="small")
    assert small["meta"]["physics"] is True and "x" not in small["nodes"][0]
    assert small["options"]["physics"]["stabilization"]["iterations"] <= 200


def test_too_many_nodes_is_refused_and_keeps_the_old_file(tmp_path: Path) -> None:
    out = tmp_path / "page.html"
    write_html(nx.path_graph(3), out, title="old")
    before = out.read_bytes()
    with pytest.raises(RenderError, match="more than --max-nodes 2"):
        write_html(nx.path_graph(3), out, title="new", max_nodes=2)
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["page.html"]


def test_title_and_summary_are_escaped() -> None:
    text = render_html(nx.path_graph(2), title=PAYLOADS[0], summary=PAYLOADS[1])
    assert PAYLOADS[0] not in text and PAYLOADS[1] not in text
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in text
