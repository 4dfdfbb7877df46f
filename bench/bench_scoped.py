"""Benchmark: the scoped named queries (``stances``, ``timeline``, ``provenance`` for one actor)
over every actor that holds a stance, not one chosen actor: the distribution of their
latencies on one embedded store, and the share within the 50 ms target.

A script, not a test. Each (query, actor) runs ``--runs`` times anew
(``kg.queries.run(..., cache=False)``) in this process; the median of its runs counts.
Wall times follow the machine's load, CPU times less so; both are reported with the load.

    .venv/bin/python bench/bench_scoped.py --store /tmp/kgbench/store-6369-s5 \\
        --json bench/results/1m-scoped-distribution.json
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from pathlib import Path
from typing import Any

QUERIES = ("stances", "timeline", "provenance")
QUANTILES = (0.1, 0.25, 0.5, 0.75, 0.9, 0.95)
TARGET_MS = 50.0
_HOLDERS = ("PREFIX neg: <https://w3id.org/kg-negotiation/ontology#> SELECT ?h (COUNT(?s) AS ?n) "
            "WHERE { ?s neg:holder ?h } GROUP BY ?h ORDER BY DESC(?n) ?h")


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def measure(store: Any, name: str, actor: str, runs: int) -> tuple[float, float, int]:
    """Median wall and CPU milliseconds of ``runs`` runs, and the rows."""
    from kg import queries

    walls, cpus, rows = [], [], 0
    for _ in range(runs):
        w, c = time.perf_counter(), time.process_time()
        rows = len(queries.run(store, name, {"actor": actor}, cache=False).rows)
        walls.append((time.perf_counter() - w) * 1000)
        cpus.append((time.process_time() - c) * 1000)
    return statistics.median(walls), statistics.median(cpus), rows


def main(argv: list[str] | None = None) -> int:
    from kg import queries
    from kg.store import open_store

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=1, help="runs per query and actor")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    store = open_store(args.store)
    holders = [(str(r["h"]).rsplit("/", 1)[1], int(r["n"])) for r in store.query(_HOLDERS).rows]  # type: ignore[arg-type]
    queries.run(store, "actors", cache=False)  # opens the store and warms the imports
    out: dict[str, Any] = {"store": str(args.store), "holders": len(holders), "runs": args.runs,
                           "loadavg_start": os.getloadavg(), "per_query": {}}
    for name in QUERIES:
        rows = [(actor, held, *measure(store, name, actor, args.runs)) for actor, held in holders]
        summary: dict[str, Any] = {}
        for column, key in ((2, "wall_ms"), (3, "cpu_ms")):
            values = [r[column] for r in rows]
            summary[key] = {str(q): round(_quantile(values, q), 1) for q in QUANTILES}
            summary[f"share_{key}_within_target"] = round(sum(v <= TARGET_MS for v in values) / len(values), 3)
        summary["rows"] = [{"actor": a, "stances_held": n, "wall_ms": round(w, 1), "cpu_ms": round(c, 1),
                            "rows": k} for a, n, w, c, k in rows]
        out["per_query"][name] = summary
        print(f"{name}: CPU ms {summary['cpu_ms']} ({summary['share_cpu_ms_within_target']:.0%} of actors "
              f"≤ {TARGET_MS:.0f} ms); wall ms {summary['wall_ms']}", flush=True)
    out["loadavg_end"] = os.getloadavg()
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
