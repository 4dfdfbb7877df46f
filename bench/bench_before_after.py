"""Benchmark: the named queries as they were at an earlier commit against the current
ones, on one embedded store, in one process, alternating, so that both see the same
machine load.

"Before" runs the earlier ``.rq`` text (read with ``git show COMMIT:kg/queries/NAME.rq``)
the way ``kg.queries.run`` did then: the engine sorts, and every term of every row is
converted to rdflib on its own. "After" is ``kg.queries.run(..., cache=False)`` (rows
sorted in Python, no kept answer). Both must give the same rows; the script says so
for each case (ties the earlier queries left to the engine may come in another order).

    .venv/bin/python bench/bench_before_after.py --store /tmp/kgbench/store-6369 \\
        --before af0ccf6 --json bench/results/1m-before-after.json
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

ROOT = Path(__file__).resolve().parent.parent


def _measure(fn: Any, runs: int) -> tuple[float, float, Any]:
    """Median wall and CPU seconds of ``runs`` runs of ``fn()``, and its last result."""
    walls, cpus, out = [], [], None
    for _ in range(runs):
        w, c = time.perf_counter(), time.process_time()
        out = fn()
        walls.append(time.perf_counter() - w)
        cpus.append(time.process_time() - c)
    return statistics.median(walls), statistics.median(cpus), out


def main(argv: list[str] | None = None) -> int:
    import pyoxigraph as ox
    from bench_store import _fmt, cases

    from kg import queries, query_order
    from kg.store import QueryResult, from_ox, open_store, to_ox

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--before", required=True, help="the earlier commit")
    parser.add_argument("--runs", type=int, default=3, help="runs of each side per case")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)

    store = open_store(args.store)
    reader = store._reader()

    def before(text: str, bindings: dict) -> QueryResult:
        subs = {ox.Variable(k): to_ox(v) for k, v in bindings.items()}
        result = reader.query(text, substitutions=subs or None)
        names = [v.value for v in result.variables]
        return QueryResult(vars=names, rows=[{n: from_ox(sol[n]) for n in names} for sol in result])

    out: dict[str, Any] = {"store": str(args.store), "before": args.before, "cases": {}}
    lines = ["| query | rows | before: wall (CPU) | after: wall (CPU) | CPU ratio | same rows, same order |",
             "|---|---:|---:|---:|---:|---|"]
    for label, name, params in cases():
        old_text = subprocess.run(["git", "show", f"{args.before}:kg/queries/{name}.rq"], cwd=ROOT,
                                  check=True, capture_output=True, text=True).stdout
        new = queries.get_query(name)
        bindings = queries.bind(new, params)
        runs = args.runs if params else max(1, args.runs - 1)
        ow, oc, old_rows = _measure(lambda t=old_text, b=bindings: before(t, b), runs)
        nw, nc, new_rows = _measure(lambda n=name, p=params: queries.run(store, n, p, cache=False), runs)
        same = old_rows.rows == new_rows.rows
        if same:
            verdict = "yes"
        else:
            split = query_order.split(new.text)
            resorted = split is not None and query_order.sort_rows(old_rows.rows, split[1]) == new_rows.rows
            verdict = "same rows; ties in another order" if resorted else "NO"
        out["cases"][label] = {"rows": len(new_rows.rows), "before_wall_s": ow, "before_cpu_s": oc,
                               "after_wall_s": nw, "after_cpu_s": nc, "same": verdict}
        line = (f"| {label} | {len(new_rows.rows):,} | {_fmt(ow)} ({_fmt(oc)}) | {_fmt(nw)} ({_fmt(nc)}) | "
                f"{oc / max(nc, 1e-6):.1f}× | {verdict} |")
        lines.append(line)
        print(line, file=sys.stderr, flush=True)
    if args.json:
        args.json.write_text(json.dumps(out, indent=2))
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
