"""Benchmark: the named queries as they were at an earlier commit against the current
ones, on one embedded store, in one process, alternating, so that both see the same
machine load.

"Before" runs the earlier ``.rq`` text (read with ``git show COMMIT:kg/queries/NAME.rq``)
the way ``kg.queries.run`` did then: the engine sorts, and every term of every row is
converted to rdflib on its own. "After" is ``kg.queries.run(..., cache=False)`` (rows
sorted in Python, no kept answer). Both must give the same rows; the script says so
for each case (ties the earlier queries left to the engine may come in another order).

With ``--before-code``, "before" is the earlier commit's whole ``kg`` package (``git
archive``) running its own named queries with its own ``kg.queries.run(..., cache=False)``
in a worker process that opens the same store read-only; the two sides still alternate,
one case at a time.

    .venv/bin/python bench/bench_before_after.py --store /tmp/kgbench/store-6369 \\
        --before af0ccf6 --json bench/results/1m-before-after.json
    .venv/bin/python bench/bench_before_after.py --store /tmp/kgq/store-6369 \\
        --before 2582dac --before-code --json bench/results/1m-before-after-q.json

With ``--before-store DIR`` the earlier code reads another store (the one its own build
wrote, when the build changed too: derived statements, compaction), the current code
``--store``; both hold the same articles.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import statistics
import subprocess
import sys
import tempfile
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


def _old_code_worker(tree: str, store: str, jobs: Any, results: Any) -> None:
    """Runs cases with the ``kg`` package extracted at ``tree`` (an earlier commit)."""
    sys.path.insert(0, tree)
    from kg import queries
    from kg.store import open_store

    assert queries.__file__.startswith(tree), queries.__file__
    s = open_store(store)
    while (job := jobs.get()) is not None:
        name, params, n = job
        results.put(_measure(lambda q=name, p=params: queries.run(s, q, p, cache=False), n))


def _old_code(commit: str, store: Path) -> tuple[Any, Any, Any]:
    """A worker process running the kg package of ``commit``: (process, jobs, results)."""
    tree = tempfile.mkdtemp(prefix="kg-before-")
    archive = subprocess.run(["git", "archive", commit, "kg"], cwd=ROOT, check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", tree], input=archive, check=True)
    ctx = mp.get_context("spawn")
    jobs, results = ctx.Queue(), ctx.Queue()
    env_path = os.environ.get("PYTHONPATH", "")
    os.environ["PYTHONPATH"] = tree + (os.pathsep + env_path if env_path else "")
    try:
        proc = ctx.Process(target=_old_code_worker, args=(tree, str(store), jobs, results))
        proc.start()
    finally:
        os.environ["PYTHONPATH"] = env_path
    return proc, jobs, results


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
    parser.add_argument("--only", default="", help="measure only these cases: labels as printed, "
                        "separated by ';' (e.g. 'contested;stances (actor=state-0010)')")
    parser.add_argument("--before-code", action="store_true", help="run the earlier commit's own kg "
                        "package (its queries.run, conversion and ordering), not only its query text")
    parser.add_argument("--before-store", type=Path, help="with --before-code: the store the earlier code "
                        "reads (e.g. one that its own build wrote), default --store")
    args = parser.parse_args(argv)
    worker = _old_code(args.before, args.before_store or args.store) if args.before_code else None

    store = open_store(args.store)
    reader = store._reader()

    def before(text: str, bindings: dict) -> QueryResult:
        subs = {ox.Variable(k): to_ox(v) for k, v in bindings.items()}
        result = reader.query(text, substitutions=subs or None)
        names = [v.value for v in result.variables]
        return QueryResult(vars=names, rows=[{n: from_ox(sol[n]) for n in names} for sol in result])

    out: dict[str, Any] = {"store": str(args.store), "before_store": str(args.before_store or args.store),
                           "before": args.before, "cases": {},
                           "before_code": args.before_code, "loadavg_start": os.getloadavg()}
    lines = ["| query | rows | before: wall (CPU) | after: wall (CPU) | CPU ratio | same rows, same order |",
             "|---|---:|---:|---:|---:|---|"]
    only = {label.strip() for label in args.only.split(";") if label.strip()}
    for label, name, params in cases():
        if only and label not in only:
            continue
        old_text = subprocess.run(["git", "show", f"{args.before}:kg/queries/{name}.rq"], cwd=ROOT,
                                  check=True, capture_output=True, text=True).stdout
        new = queries.get_query(name)
        bindings = queries.bind(new, params)
        runs = args.runs if params else max(1, args.runs - 1)
        if worker is not None:
            worker[1].put((name, params, runs))
            ow, oc, old_rows = worker[2].get()
        else:
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
    if worker is not None:
        worker[1].put(None)
        worker[0].join()
    out["loadavg_end"] = os.getloadavg()
    if args.json:
        args.json.write_text(json.dumps(out, indent=2))
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
