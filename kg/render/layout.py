"""Precomputed layouts for pages too large for in-browser physics.

Up to 500 nodes :func:`networkx.spring_layout` (seeded) is used; above that its
cost grows with n^2 per iteration (about 14 s for 2,000 nodes on a small CPU),
so :func:`sampled_spring_layout` runs the same Fruchterman-Reingold forces but
estimates the repulsion of each node from a random sample of pivot nodes per
iteration (seeded, so the layout is reproducible).

>>> import networkx as nx
>>> pos = layout_positions(nx.path_graph(3))
>>> sorted(pos) == [0, 1, 2] and all(len(p) == 2 for p in pos.values())
True
"""

from __future__ import annotations

from typing import Any

import networkx as nx

SEED = 42
NX_LIMIT = 500


def sampled_spring_layout(graph: nx.Graph, *, seed: int = SEED, iterations: int = 50,
                          pivots: int = 64) -> dict[Any, tuple[float, float]]:
    """Fruchterman-Reingold with pivot-sampled repulsion, positions in [-1, 1].

    >>> pos = sampled_spring_layout(nx.cycle_graph(600), iterations=5)
    >>> len(pos), max(abs(c) for p in pos.values() for c in p) <= 1.0
    (600, True)
    """
    import numpy as np

    nodes = list(graph)
    n = len(nodes)
    index = {v: i for i, v in enumerate(nodes)}
    rng = np.random.default_rng(seed)
    x, y = rng.random(n), rng.random(n)
    pairs = np.array([(index[u], index[v]) for u, v in graph.edges() if u != v],
                     dtype=np.int64).reshape(-1, 2)
    k = 1 / np.sqrt(max(n, 1))
    m = min(n, pivots)
    scale = k * k * n / max(m, 1)
    temperature = 0.1
    cooling = temperature / (iterations + 1)
    for _ in range(iterations):
        chosen = rng.choice(n, m, replace=False)
        dx = x[:, None] - x[chosen][None, :]
        dy = y[:, None] - y[chosen][None, :]
        force = scale / np.maximum(dx * dx + dy * dy, 1e-4)
        fx, fy = (dx * force).sum(1), (dy * force).sum(1)
        if len(pairs):
            ex, ey = x[pairs[:, 0]] - x[pairs[:, 1]], y[pairs[:, 0]] - y[pairs[:, 1]]
            dist = np.sqrt(ex * ex + ey * ey) / k
            ax, ay = ex * dist, ey * dist
            fx += np.bincount(pairs[:, 1], ax, n) - np.bincount(pairs[:, 0], ax, n)
            fy += np.bincount(pairs[:, 1], ay, n) - np.bincount(pairs[:, 0], ay, n)
        length = np.maximum(np.sqrt(fx * fx + fy * fy), 1e-9)
        step = np.minimum(length, temperature) / length
        x += fx * step
        y += fy * step
        temperature -= cooling
    x -= x.mean()
    y -= y.mean()
    extent = max(float(np.abs(x).max(initial=0)), float(np.abs(y).max(initial=0)), 1e-9)
    return {v: (float(x[i] / extent), float(y[i] / extent)) for i, v in enumerate(nodes)}


def layout_positions(graph: nx.Graph, *, seed: int = SEED) -> dict[Any, tuple[float, float]]:
    """Seeded positions in [-1, 1] for every node (networkx spring layout or the sampled one)."""
    simple = nx.Graph(graph)
    if len(simple) <= NX_LIMIT:
        pos = nx.spring_layout(simple, seed=seed)
        return {v: (float(p[0]), float(p[1])) for v, p in pos.items()}
    return sampled_spring_layout(simple, seed=seed)
