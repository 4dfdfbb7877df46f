"""Benchmark: build throughput, named-query latency (embedded Oxigraph vs plain rdflib),
page latency and peak memory on a synthetic corpus of a given size.

A script, not a test. Each phase runs in its own process so that its peak memory
(``ru_maxrss``) is its own; rdflib queries run in a worker process that is killed
when a query exceeds ``--rdflib-cap`` seconds ("did not finish").

    .venv/bin/python bench/bench_store.py --triples 100000 --work /tmp/kgbench \\
        --json bench/results/100k.json

Results are printed as a Markdown table and written as JSON.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import queue
import resource
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

TRIPLES_PER_ARTICLE = 157  # measured on the generator's output (bench/generate.py)
# state-0000 is the most active actor (Zipf rank 1); state-0010 a typical one (rank 11)
SCOPED = [("stances", {"actor": "state-0000"}), ("timeline", {"actor": "state-0000"}),
          ("provenance", {"actor": "state-0000"}), ("stances", {"actor": "state-0010"}),
          ("timeline", {"actor": "state-0010"}), ("provenance", {"actor": "state-0010"}),
          ("stances", {"actor": "state-0010", "issue": "territory"})]
WHOLE = ("contested", "agreement", "events", "linkages", "stances", "timeline", "provenance",
         "actors", "conditions", "spokespeople", "stats")
PAGE = 100


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _median_time(fn: Any, budget: float = 10.0, max_runs: int = 7) -> tuple[float, int, Any]:
    """Median wall time of ``fn()`` over up to ``max_runs`` runs within ``budget`` seconds."""
    times, out = [], None
    start = time.perf_counter()
    while len(times) < max_runs and (not times or time.perf_counter() - start < budget):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), len(times), out


def cases() -> list[tuple[str, str, dict[str, str]]]:
    """(label, query name, params) for every measured query."""
    out = [(f"{name} ({', '.join(f'{k}={v}' for k, v in p.items())})", name, p)
           for name, p in SCOPED]
    out += [(name, name, {}) for name in WHOLE]
    return out


# --- phases (each in its own process) --------------------------------------------------

def phase_build(corpus: str, store: str, shacl: bool, queue: Any, c_yaml: bool = False) -> None:
    from kg.build import build
    from kg.store import open_store

    if c_yaml:  # measures a proposed change: kg.annotations parsing with libyaml's CSafeLoader
        import yaml

        yaml.SafeLoader = yaml.CSafeLoader  # type: ignore[misc]

    from bench_build import _answers_kept_after

    t = time.perf_counter()
    report = build([corpus], store=open_store(store), shacl=shacl)
    seconds = time.perf_counter() - t
    kept = _answers_kept_after(Path(store), t)  # the queries below must not share the CPU with it
    queue.put({"seconds": seconds, "articles": len(report.articles), "answers_kept_s": kept,
               "triples": report.store_triples, "peak_mb": _peak_mb()})


def phase_embedded(store: str, queue: Any) -> None:
    """Every case evaluated anew (``cache=False``: the cold cost), then read back from the
    answers kept for the store generation; pages: the first request of a page (evaluates
    and keeps the whole answer) and later requests of the first and a middle page."""
    import shutil

    from kg import queries, query_keep
    from kg.store import open_store

    s = open_store(store)
    out: dict[str, Any] = {"triples": len(s), "queries": {}, "pages": {}, "cpu": True}
    kept = s.cache_dir()
    shutil.rmtree(kept, ignore_errors=True)
    for label, name, params in cases():
        med, runs, result = _median_time(lambda n=name, p=params: queries.run(s, n, p, cache=False))
        cpu = _cpu_time(lambda n=name, p=params: queries.run(s, n, p, cache=False))
        queries.run(s, name, params)  # keeps the answer
        warm, _, _ = _median_time(lambda n=name, p=params: queries.run(s, n, p))
        out["queries"][label] = {"median_s": med, "runs": runs, "rows": len(result.rows),
                                 "cpu_s": cpu, "kept_s": warm}
        if not params and name in ("contested", "agreement", "events", "linkages", "stances",
                                   "timeline", "provenance"):
            rows = len(result.rows)
            shutil.rmtree(kept, ignore_errors=True)
            t = time.perf_counter()
            queries.run(s, name, {}, limit=PAGE, offset=0)
            out["pages"][f"{name} (first request of a page of {PAGE})"] = {"median_s": time.perf_counter() - t}
            for where, offset in (("first", 0), ("middle", max(0, rows // 2 - PAGE // 2))):
                pmed, _, _ = _median_time(lambda n=name, o=offset: queries.run(s, n, {}, limit=PAGE, offset=o))
                out["pages"][f"{name} ({where} page of {PAGE}, later requests)"] = {"median_s": pmed}
    # what a build now does when it publishes: keep the whole-graph answers (the cold cost
    # moves into the build), then the first request of a page reads the kept rows
    shutil.rmtree(kept, ignore_errors=True)
    t, c = time.perf_counter(), time.process_time()
    query_keep.keep(s)
    out["publish_answers"] = {"seconds": time.perf_counter() - t, "cpu_s": time.process_time() - c}
    from kg.query_keep import PUBLISH_ANSWERS

    for name in PUBLISH_ANSWERS:
        t = time.perf_counter()
        queries.run(s, name, {}, limit=PAGE, offset=0)
        out["pages"][f"{name} (first request of a page of {PAGE}, answer kept at publish)"] = {
            "median_s": time.perf_counter() - t}
    out["peak_mb"] = _peak_mb()
    out["loadavg"] = os.getloadavg()
    queue.put(out)


def _cpu_time(fn: Any) -> float:
    """CPU seconds of one run of ``fn()`` in this process (less affected by other jobs)."""
    t = time.process_time()
    fn()
    return time.process_time() - t


def _rdflib_worker(nquads: str, jobs: Any, results: Any) -> None:
    from kg import queries
    from kg.store import RdflibStore

    t = time.perf_counter()
    s = RdflibStore()
    s.dataset.parse(nquads, format="nquads")
    results.put(("loaded", time.perf_counter() - t, _peak_mb()))
    while (job := jobs.get()) is not None:
        label, name, params = job
        med, runs, result = _median_time(lambda n=name, p=params: queries.run(s, n, p), budget=5.0, max_runs=3)
        results.put((label, med, len(result.rows)))
    results.put(("done", 0.0, _peak_mb()))


def run_rdflib(nquads: str, cap: float, skip: dict[str, float] | None = None,
               reuse: dict[str, Any] | None = None) -> dict[str, Any]:
    """Run every case on a plain rdflib dataset; a case over ``cap`` seconds is killed.

    ``skip`` maps labels to the seconds rdflib needed at a tenth of this size or less:
    those over a tenth of the cap (or that did not finish) are not run again here.
    ``reuse`` maps labels to results of an earlier run of the same query text, kept as
    they are (marked ``reused``).
    """
    ctx = mp.get_context("spawn")
    out: dict[str, Any] = {"queries": {label: {**r, "reused": True} for label, r in (reuse or {}).items()}}
    todo = [c for c in cases() if c[0] not in (skip or {}) and c[0] not in out["queries"]]
    for label, seconds in (skip or {}).items():
        out["queries"].setdefault(label, {"median_s": None, "skipped_smaller_s": seconds})
    while todo:
        jobs, results = ctx.Queue(), ctx.Queue()
        worker = ctx.Process(target=_rdflib_worker, args=(nquads, jobs, results))
        worker.start()
        _, load_s, load_mb = results.get()
        out.setdefault("load_s", load_s)
        out.setdefault("load_peak_mb", load_mb)
        while todo:
            label, name, params = todo[0]
            jobs.put((label, name, params))
            try:
                _, med, rows = results.get(timeout=cap + 20)
            except queue.Empty:  # the query ran past the cap
                worker.kill()
                worker.join()
                out["queries"][label] = {"median_s": None, "dnf_after_s": cap}
                todo.pop(0)
                break
            out["queries"][label] = {"median_s": med, "rows": rows}
            todo.pop(0)
        else:
            jobs.put(None)
            _, _, peak = results.get()
            out["peak_mb"] = peak
            worker.join()
    return out


def _skips(smaller: Path | None, cap: float) -> dict[str, float]:
    if smaller is None:
        return {}
    queries = json.loads(smaller.read_text())["rdflib"]["queries"]
    return {label: q.get("median_s") or q.get("dnf_after_s") or q.get("skipped_smaller_s") or cap
            for label, q in queries.items() if q.get("median_s") is None or q["median_s"] > cap / 10}


def _in_process(target: Any, *args: Any) -> dict[str, Any]:
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=target, args=(*args, queue))
    proc.start()
    result = queue.get()
    proc.join()
    return result


# --- report ------------------------------------------------------------------------------

def machine() -> dict[str, Any]:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), "unknown")
    mem_kb = int(next(line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                      if line.startswith("MemTotal")))
    return {"nproc": os.cpu_count(), "ram_gb": round(mem_kb / 1024 ** 2, 1), "cpu": cpu,
            "python": sys.version.split()[0]}


def _fmt(seconds: float | None) -> str:
    if seconds is None:
        return "did not finish"
    return f"{seconds * 1000:.0f} ms" if seconds < 10 else f"{seconds:.1f} s"


def markdown(res: dict[str, Any]) -> str:
    emb, rdf = res["embedded"], res.get("rdflib", {"queries": {}})
    lines = [f"### {res['triples']:,} triples ({res['build']['articles']:,} articles)", "",
             f"Build (`shacl=False`): {res['build']['seconds']:.1f} s, "
             f"{res['build']['articles'] / res['build']['seconds']:.0f} articles/s, "
             f"{res['build']['triples'] / res['build']['seconds']:,.0f} triples/s, "
             f"peak {res['build']['peak_mb']:.0f} MB."]
    if "build_shacl" in res:
        b = res["build_shacl"]
        lines.append(f"Build (with SHACL): {b['seconds']:.1f} s, peak {b['peak_mb']:.0f} MB.")
    if "load_s" in rdf:
        lines.append(f"rdflib load: {rdf['load_s']:.1f} s, peak {rdf['load_peak_mb']:.0f} MB; "
                     f"embedded store query process peak {emb['peak_mb']:.0f} MB.")
    kept = any("kept_s" in q for q in emb["queries"].values())
    head = "| query | rows | Oxigraph (median) |" + (" CPU | kept answer (median) |" if kept else "")
    lines += ["", head + " rdflib (median) | speed-up |",
              "|---|---:|---:|" + ("---:|---:|" if kept else "") + "---:|---:|"]
    for label, q in emb["queries"].items():
        r = rdf["queries"].get(label)
        rd = "not run" if r is None else _fmt(r["median_s"])
        if r is not None and "skipped_smaller_s" in r:
            rd = f"not run (≥{r['skipped_smaller_s']:.0f} s at a smaller size)"
        elif r is not None and r.get("reused"):
            rd += " (earlier run)"
        ratio = "" if r is None else ("rdflib DNF" if r["median_s"] is None
                                      else f"{r['median_s'] / max(q['median_s'], 1e-6):.0f}×")
        extra = f" {_fmt(q['cpu_s'])} | {_fmt(q['kept_s'])} |" if kept else ""
        lines.append(f"| {label} | {q['rows']:,} | {_fmt(q['median_s'])} |{extra} {rd} | {ratio} |")
    if "publish_answers" in emb:
        lines.append(f"\nKeeping the whole-graph answers at publish: {emb['publish_answers']['seconds']:.1f} s "
                     f"({emb['publish_answers']['cpu_s']:.1f} s CPU). Load average: start "
                     f"{', '.join(f'{x:.1f}' for x in res['loadavg_start'])}; end of the embedded phase "
                     f"{', '.join(f'{x:.1f}' for x in emb['loadavg'])}.")
    lines += ["", "| page | Oxigraph (median) |", "|---|---:|"]
    lines += [f"| {label} | {_fmt(p['median_s'])} |" for label, p in emb["pages"].items()]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, required=True, help="target size (approximate)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/kgbench"))
    parser.add_argument("--json", type=Path, help="write the results here")
    parser.add_argument("--rdflib-cap", type=float, default=300.0, help="seconds per rdflib query")
    parser.add_argument("--no-rdflib", action="store_true")
    parser.add_argument("--reuse", action="store_true", help="keep the store built by an earlier run "
                        "(its build numbers are read from --json)")
    parser.add_argument("--skip-from", type=Path, help="results JSON of a smaller size: do not run "
                        "rdflib queries that took over a tenth of the cap there")
    parser.add_argument("--shacl", action="store_true", help="also time a build with SHACL")
    parser.add_argument("--rdflib-reuse", type=Path, help="results JSON of an earlier run at this "
                        "size: keep its rdflib numbers for the queries not named in --rdflib-run")
    parser.add_argument("--rdflib-run", default="", help="comma-separated query names to run on "
                        "rdflib when --rdflib-reuse is given (their text changed since that run)")
    parser.add_argument("--embedded-from", type=Path, help="results JSON of an earlier run at this "
                        "size: take its embedded-store numbers instead of measuring them again")
    args = parser.parse_args(argv)

    from generate import write_corpus

    n_articles = max(1, round(args.triples / TRIPLES_PER_ARTICLE))
    corpus = args.work / f"corpus-{n_articles}"
    if not corpus.is_dir():
        write_corpus(n_articles, corpus)
    store = args.work / f"store-{n_articles}"
    res: dict[str, Any] = {"machine": machine(), "loadavg_start": os.getloadavg()}
    import shutil

    if args.reuse and store.is_dir() and args.json and args.json.exists():
        res["build"] = json.loads(args.json.read_text())["build"]
    else:
        shutil.rmtree(store, ignore_errors=True)
        res["build"] = _in_process(phase_build, str(corpus), str(store), False)
    print(f"build: {res['build']}", file=sys.stderr)
    if args.shacl:
        shutil.rmtree(str(store) + "-shacl", ignore_errors=True)
        res["build_shacl"] = _in_process(phase_build, str(corpus), str(store) + "-shacl", True)
        print(f"build with SHACL: {res['build_shacl']}", file=sys.stderr)
    res["triples"] = res["build"]["triples"]
    if args.embedded_from:
        res["embedded"] = json.loads(args.embedded_from.read_text())["embedded"]
    else:
        res["embedded"] = _in_process(phase_embedded, str(store))
    print("embedded queries done", file=sys.stderr)
    if not args.no_rdflib:
        from kg.store import Format, open_store

        nquads = args.work / f"store-{n_articles}.nq"
        if not (args.reuse and nquads.is_file()):
            nquads.write_bytes(open_store(store).export(Format.NQUADS))
        reuse = None
        if args.rdflib_reuse:
            rerun = set(filter(None, args.rdflib_run.split(",")))
            earlier = json.loads(args.rdflib_reuse.read_text())["rdflib"]["queries"]
            reuse = {label: r for label, r in earlier.items()
                     if label.split(" (")[0] not in rerun and "skipped_smaller_s" not in r}
        res["rdflib"] = run_rdflib(str(nquads), args.rdflib_cap, _skips(args.skip_from, args.rdflib_cap),
                                   reuse)
    res["loadavg_end"] = os.getloadavg()
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(res, indent=2))
    print(markdown(res))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
