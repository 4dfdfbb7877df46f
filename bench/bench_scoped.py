"""Benchmark: the scoped named queries over every actor that holds a stance (``stances``,
``timeline``, ``provenance`` for one actor), or over every issue (``--kind issue``:
``stances``, ``timeline``, ``contested``, ``agreement`` for one issue), not one chosen value:
the distribution of their latencies on one embedded store, and the share within the 50 ms
target.

A script, not a test. Each (query, value) runs ``--runs`` times anew
(``kg.queries.run(..., cache=False)``) in this process; the median of its runs counts.
``--kept`` first runs what the background process runs after a write
(``kg.query_keep.keep``: it keeps the answers of the busiest actors and issues, timed and
reported) and then measures each (query, value) once as its first request after that
(``cache=True``: a kept answer is read, any other is evaluated). Wall times follow the
machine's load, CPU times less so; both are reported with the load.

    .venv/bin/python bench/bench_scoped.py --store /tmp/kgbench/store-6369-s5 \\
        --json bench/results/1m-scoped-distribution.json
    .venv/bin/python bench/bench_scoped.py --store /tmp/kgbench/store-6369-s5 --kind issue --kept \\
        --limit 100
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from pathlib import Path
from typing import Any

QUERIES = {"actor": ("stances", "timeline", "provenance"),
           "issue": ("stances", "timeline", "contested", "agreement")}
QUANTILES = (0.1, 0.25, 0.5, 0.75, 0.9, 0.95)
TARGET_MS = 50.0


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def measure(store: Any, name: str, param: dict[str, str], runs: int, *,
            cache: bool = False, limit: int | None = None) -> tuple[float, float, int]:
    """Median wall and CPU milliseconds of ``runs`` runs, and the rows."""
    from kg import queries

    walls, cpus, rows = [], [], 0
    for _ in range(runs):
        w, c = time.perf_counter(), time.process_time()
        rows = len(queries.run(store, name, param, cache=cache, limit=limit).rows)
        walls.append((time.perf_counter() - w) * 1000)
        cpus.append((time.process_time() - c) * 1000)
    return statistics.median(walls), statistics.median(cpus), rows


def main(argv: list[str] | None = None) -> int:
    from kg import queries, query_keep
    from kg.store import open_store

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--kind", choices=tuple(QUERIES), default="actor")
    parser.add_argument("--runs", type=int, default=1, help="runs per query and value")
    parser.add_argument("--kept", action="store_true",
                        help="keep the busiest values' answers first, then time each first request")
    parser.add_argument("--limit", type=int, help="ask for the first page of this many rows")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    store = open_store(args.store)
    values = query_keep.stance_counts(store, args.kind)
    queries.run(store, "actors", cache=False)  # opens the store and warms the imports
    out: dict[str, Any] = {"store": str(args.store), "kind": args.kind, "values": len(values),
                           "runs": 1 if args.kept else args.runs, "kept": args.kept, "limit": args.limit,
                           "loadavg_start": os.getloadavg(), "per_query": {}}
    if args.kept:
        folder = store.cache_dir()
        for kept in folder.glob("*.jsonl") if folder is not None else ():
            kept.unlink()  # answers kept by an earlier run: the keeping is timed from nothing
        w, c = time.perf_counter(), time.process_time()
        query_keep.keep(store)
        out["keep_wall_s"] = round(time.perf_counter() - w, 1)
        out["keep_cpu_s"] = round(time.process_time() - c, 1)
        out["hot_values"] = len(query_keep.hot_values(store, args.kind))
        print(f"keep: {out['keep_cpu_s']} s CPU, {out['keep_wall_s']} s wall; "
              f"{out['hot_values']} of {len(values)} values kept", flush=True)
    for name in QUERIES[args.kind]:
        rows = [(value.rsplit("/", 1)[1], held,
                 *measure(store, name, {args.kind: f"<{value}>"}, out["runs"], cache=args.kept,
                          limit=args.limit))
                for value, held in values]
        summary: dict[str, Any] = {}
        for column, key in ((2, "wall_ms"), (3, "cpu_ms")):
            times = [r[column] for r in rows]
            summary[key] = {str(q): round(_quantile(times, q), 1) for q in QUANTILES}
            summary[f"share_{key}_within_target"] = round(sum(v <= TARGET_MS for v in times) / len(times), 3)
        summary["rows"] = [{args.kind: a, "stances_held": n, "wall_ms": round(w, 1), "cpu_ms": round(c, 1),
                            "rows": k} for a, n, w, c, k in rows]
        out["per_query"][name] = summary
        print(f"{name}: CPU ms {summary['cpu_ms']} ({summary['share_cpu_ms_within_target']:.0%} of values "
              f"≤ {TARGET_MS:.0f} ms); wall ms {summary['wall_ms']}", flush=True)
    out["loadavg_end"] = os.getloadavg()
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
