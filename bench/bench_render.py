"""Benchmark ``kg render`` on a synthetic 2,000-node positions view (a script, not a test).

Measures (1) the time to build the view and write the self-contained HTML page
(target < 3 s) and (2) the time until the page has settled in headless Chromium
(``window.kgReady``, target < 10 s). A second, 300-node view measures the
in-browser physics path. Run::

    .venv/bin/python bench/bench_render.py [--nodes 2000] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from kg.network.projections import positions_graph
from kg.network.records import STANCE_VALUES, StanceRecord
from kg.render.html import write_html

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
KGR = "https://w3id.org/kg-negotiation/id/"


def synthetic_stances(nodes: int, seed: int) -> list[StanceRecord]:
    """A fifth of the nodes are actors, the rest targets; ~2.5 stances per target, with
    popular targets (preferential choice) as in real coverage."""
    rng = random.Random(seed)
    n_actors = max(2, nodes // 5)
    actors = [f"{KGR}actor/a{i}" for i in range(n_actors)]
    targets = [f"{KGR}position/p{i}" for i in range(nodes - n_actors)]
    stances = []
    for i, target in enumerate(targets):
        holders = {actors[i % n_actors]} | {rng.choice(actors) for _ in range(rng.randint(0, 3))}
        for holder in sorted(holders):
            stances.append(StanceRecord(
                f"{KGR}article/bench/stance/{len(stances)}", holder, target,
                rng.choice(STANCE_VALUES), holder_label=f"Actor {holder.rsplit('a', 1)[-1]}",
                holder_kind="state", target_label=f"Position {i} " + "x" * rng.randint(0, 30),
                date=f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                publisher_label="Bench Wire", article_title="Synthetic",
                url="https://example.org/bench", issues=[f"{KGR}issue/other"]))
    return stances


def settle_seconds(path: Path) -> float:
    """Seconds from navigation until the page reports ``window.kgReady``."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        url = path.resolve().as_uri()
        page.route("**/*", lambda r: r.continue_() if r.request.url == url else r.abort())
        start = time.monotonic()
        page.goto(url)
        while not page.evaluate("window.kgReady === true"):
            if time.monotonic() - start > 120:
                raise SystemExit("the page did not settle within 120 s")
            time.sleep(0.02)
        seconds = time.monotonic() - start
        hover = page.evaluate("""() => {
            const t = performance.now();
            kgNetwork.body.emitter.emit('hoverNode', {node: kgNodes.getIds()[0]});
            kgNetwork.redraw();
            kgNetwork.body.emitter.emit('blurNode', {});
            return performance.now() - t; }""")
        print(f"  hover highlight + restore: {hover:.0f} ms")
        browser.close()
    return seconds


def pyvis_baseline_seconds(graph: Any, out: Path) -> float:
    """Time pyvis' own page for the same graph (CDN links, physics on, no layout): the baseline."""
    import networkx as nx
    from pyvis.network import Network

    plain = nx.DiGraph()
    plain.add_nodes_from((str(n), {"label": str(d.get("label", n))}) for n, d in graph.nodes(data=True))
    plain.add_edges_from((str(u), str(v)) for u, v in graph.edges())
    start = time.monotonic()
    net = Network(directed=True, notebook=False, cdn_resources="remote")
    net.from_nx(plain)
    net.write_html(str(out), notebook=False)
    return time.monotonic() - start


def run(nodes: int, seed: int, directory: Path) -> None:
    """Build, write and open one synthetic view and print the timings."""
    stances = synthetic_stances(nodes, seed)
    start = time.monotonic()
    graph = positions_graph(stances)
    path = write_html(graph, directory / f"bench-{nodes}.html", title=f"bench {nodes}")
    write_s = time.monotonic() - start
    size_mb = path.stat().st_size / 1e6
    baseline = pyvis_baseline_seconds(graph, directory / f"pyvis-{nodes}.html")
    print(f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges: "
          f"view + HTML written in {write_s:.2f} s ({size_mb:.1f} MB)"
          f"{'' if nodes <= 300 or write_s < 3 else '  [over the 3 s target]'}")
    print(f"  baseline, pyvis out of the box (from_nx + write_html, same graph): {baseline:.2f} s; "
          f"ratio {write_s / baseline:.1f}x")
    if not Path(CHROMIUM).exists():
        print(f"  {CHROMIUM} missing: settle time not measured")
        return
    settle = settle_seconds(path)
    print(f"  settled in Chromium in {settle:.2f} s"
          f"{'' if settle < 10 else '  [over the 10 s target]'}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        for nodes in (args.nodes, 300):
            run(nodes, args.seed, Path(tmp))


if __name__ == "__main__":
    main(sys.argv[1:])
