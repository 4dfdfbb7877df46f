"""Benchmark: how long ``kg build`` takes for N coded articles, with and without SHACL.

A script, not a test. Each build runs in its own process (its peak memory and CPU time
are its own) and is stopped after ``--cap`` seconds ("did not finish"). Besides wall
time it records CPU seconds (the build's process and its workers) and the load average,
since the machine may be shared: wall time under load says little, CPU time more.

``--engine-articles`` also builds the first sheets with SHACL by pyshacl, by kg's SPARQL
checks (the default) and without SHACL, alternately, and reports the speed-up over pyshacl
and the cost of validation measured in the same run.

``--baseline-rev`` also builds the first ``--baseline-articles`` sheets with the kg of an
older commit (extracted with ``git archive``) and with this one, alternately, and reports
the speed-up of this build over that one measured in the same run.

    .venv/bin/python bench/bench_build.py --articles 10000 --work /tmp/kgbench \\
        --baseline-rev af0ccf6 --json bench/results/build-10000.json
    .venv/bin/python bench/bench_build.py --articles 10000 --engine-articles 300 \\
        --json bench/results/build-10000-shacl.json
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import queue
import resource
import shutil
import statistics
import subprocess
import sys
import tarfile
import time
from io import BytesIO
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
ROOT = Path(__file__).resolve().parent.parent


def _answers_kept_after(store: Path, started: float, cap: float = 600.0) -> float | None:
    """Seconds from ``started`` until the whole-graph answers kept for the published generation
    (four files in its cache folder) are written and no background process of the store holds
    the keep lock (kg.query_keep; a kg that keeps them before the build returns has them at
    once). None if they are not there within ``cap`` seconds. Its CPU is not in ``cpu_s``."""
    import fcntl

    folder = store / "cache" / (store / "CURRENT").read_text().strip()
    while time.perf_counter() - started < cap:
        if len(list(folder.glob("*.jsonl"))) >= 4:
            lock = store / "cache" / ".keep.lock"
            if lock.exists():
                with open(lock) as handle:
                    fcntl.flock(handle, fcntl.LOCK_EX)
            return time.perf_counter() - started
        time.sleep(0.2)
    return None


def _build_in_child(kg_root: str | None, corpus: str, store: str, shacl: bool | str,
                    workers: int | None, results: Any) -> None:
    """One build; ``kg_root``: a folder holding another version of the ``kg`` package."""
    if kg_root:
        sys.path.insert(0, kg_root)
    import inspect

    from kg.build import build
    from kg.store import open_store

    def cpu() -> float:
        me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime

    kwargs: dict[str, Any] = {"workers": workers} if "workers" in inspect.signature(build).parameters else {}
    if isinstance(shacl, str):  # a SHACL engine by name
        kwargs["engine"] = shacl
    cpu_before, started = cpu(), time.perf_counter()
    report = build([corpus], store=open_store(store), shacl=bool(shacl), **kwargs)
    seconds = time.perf_counter() - started
    kept = _answers_kept_after(Path(store), started)
    peak = max(resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    results.put({"seconds": seconds, "articles": len(report.articles), "triples": report.store_triples,
                 "cpu_s": cpu() - cpu_before, "peak_mb": peak / 1024, "answers_kept_s": kept,
                 "kg": str(Path(sys.modules["kg"].__file__).parent)})


def timed_build(corpus: Path, store: Path, shacl: bool | str, cap: float, *, kg_root: Path | None = None,
                workers: int | None = None) -> dict[str, Any]:
    """One build in a child process; ``{"seconds": None}`` if it ran past ``cap``."""
    shutil.rmtree(store, ignore_errors=True)
    ctx = mp.get_context("spawn")
    results = ctx.Queue()
    proc = ctx.Process(target=_build_in_child,
                       args=(str(kg_root) if kg_root else None, str(corpus), str(store), shacl, workers, results))
    load_before = os.getloadavg()[0]
    started = time.perf_counter()
    proc.start()
    out: dict[str, Any] | None = None
    while out is None and proc.is_alive() and time.perf_counter() - started < cap:
        try:
            out = results.get(timeout=5)
        except queue.Empty:
            continue
    if out is None:
        proc.kill()
        out = {"seconds": None, "stopped_after_s": round(time.perf_counter() - started),
               "exit_code": proc.exitcode}
    proc.join()
    shutil.rmtree(store, ignore_errors=True)
    out["load_avg_1min"] = [round(load_before, 2), round(os.getloadavg()[0], 2)]
    return out


def subset(corpus: Path, n: int, target: Path) -> Path:
    """A folder with the first ``n`` sheets of ``corpus``."""
    if not target.is_dir() or len(list(target.glob("*.yaml"))) != n:
        shutil.rmtree(target, ignore_errors=True)
        target.mkdir(parents=True)
        for sheet in sorted(corpus.glob("*.yaml"))[:n]:
            shutil.copy(sheet, target / sheet.name)
    return target


def baseline_kg(rev: str, work: Path) -> Path:
    """The ``kg`` package as it was at ``rev``, extracted under ``work``."""
    target = work / f"kg-{rev}"
    if not (target / "kg" / "__init__.py").exists():
        blob = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "kg", "ontology"], check=True,
                              capture_output=True).stdout
        with tarfile.open(fileobj=BytesIO(blob)) as tar:
            tar.extractall(target, filter="data")  # kg/ontology links to ../ontology
    return target


def compare(corpus: Path, work: Path, rev: str, rounds: int, cap: float) -> dict[str, Any]:
    """This build against the one at ``rev`` on the same sheets, alternately, ``rounds`` each."""
    old_kg = baseline_kg(rev, work)
    runs: dict[str, list[dict[str, Any]]] = {"baseline": [], "current": []}
    for _ in range(rounds):
        runs["baseline"].append(timed_build(corpus, work / "cmp-store", False, cap, kg_root=old_kg))
        runs["current"].append(timed_build(corpus, work / "cmp-store", False, cap))
        print(f"compare: {runs['baseline'][-1]} / {runs['current'][-1]}", file=sys.stderr)
    out: dict[str, Any] = {"baseline_rev": rev, "articles": len(list(corpus.glob("*.yaml"))), "runs": runs}
    for key in ("seconds", "cpu_s"):
        old = statistics.median(r[key] for r in runs["baseline"])
        new = statistics.median(r[key] for r in runs["current"])
        out[f"speedup_{key}"] = round(old / new, 2)
    return out


def compare_engines(corpus: Path, work: Path, rounds: int, cap: float) -> dict[str, Any]:
    """Builds with SHACL by pyshacl and by kg's SPARQL checks, alternately, on the same sheets."""
    runs: dict[str, list[dict[str, Any]]] = {"pyshacl": [], "oxigraph": [], "no_shacl": []}
    for _ in range(rounds):
        for engine in runs:
            runs[engine].append(timed_build(corpus, work / "engine-store", engine != "no_shacl" and engine,
                                            cap))
        print(f"engines: {[(e, r[-1]['seconds']) for e, r in runs.items()]}", file=sys.stderr)
    out: dict[str, Any] = {"articles": len(list(corpus.glob("*.yaml"))), "runs": runs}
    median = {e: {k: statistics.median(r[k] for r in rs) for k in ("seconds", "cpu_s")} for e, rs in runs.items()}
    for key in ("seconds", "cpu_s"):
        out[f"speedup_over_pyshacl_{key}"] = round(median["pyshacl"][key] / median["oxigraph"][key], 2)
        out[f"shacl_overhead_{key}"] = round(median["oxigraph"][key] / median["no_shacl"][key], 3)
        out[f"pyshacl_overhead_{key}"] = round(median["pyshacl"][key] / median["no_shacl"][key], 3)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--work", type=Path, default=Path("/tmp/kgbench"))
    parser.add_argument("--cap", type=float, default=1800.0, help="seconds per build")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--no-shacl-run", action="store_true", help="skip the build with SHACL")
    parser.add_argument("--workers", type=int, help="worker processes (default: kg's own choice)")
    parser.add_argument("--baseline-rev", help="also compare with the kg of this git revision")
    parser.add_argument("--baseline-articles", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=2, help="builds of each version to compare")
    parser.add_argument("--engine-articles", type=int, default=0,
                        help="also build this many sheets with each SHACL engine (pyshacl, oxigraph) and none")
    args = parser.parse_args(argv)

    from bench_store import machine
    from generate import write_corpus

    corpus = args.work / f"corpus-{args.articles}"
    if not corpus.is_dir():
        write_corpus(args.articles, corpus)
    res: dict[str, Any] = {"machine": machine(), "articles": args.articles}
    if args.baseline_rev:
        small = subset(corpus, args.baseline_articles, args.work / f"corpus-{args.articles}-first-"
                                                                   f"{args.baseline_articles}")
        res["compare"] = compare(small, args.work, args.baseline_rev, args.rounds, args.cap)
    if args.engine_articles:
        small = subset(corpus, args.engine_articles, args.work / f"corpus-{args.articles}-first-"
                                                                f"{args.engine_articles}")
        res["engines"] = compare_engines(small, args.work, args.rounds, args.cap)
    res["no_shacl"] = timed_build(corpus, args.work / "build-store", False, args.cap, workers=args.workers)
    print(f"shacl=False: {res['no_shacl']}", file=sys.stderr)
    if not args.no_shacl_run:
        res["shacl"] = timed_build(corpus, args.work / "build-store", True, args.cap, workers=args.workers)
        print(f"shacl=True: {res['shacl']}", file=sys.stderr)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(res, indent=2))
    print(json.dumps(res, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
