"""Benchmark: how long ``kg build`` takes for N coded articles, with and without SHACL.

A script, not a test. Each build runs in its own process (its peak memory is its own)
and is stopped after ``--cap`` seconds ("did not finish").

    .venv/bin/python bench/bench_build.py --articles 10000 --work /tmp/kgbench
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import queue
import shutil
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))


def timed_build(corpus: Path, store: Path, shacl: bool, cap: float, c_yaml: bool = False) -> dict[str, Any]:
    """One build in a child process; ``{"seconds": None}`` if it ran past ``cap``."""
    from bench_store import phase_build

    shutil.rmtree(store, ignore_errors=True)
    ctx = mp.get_context("spawn")
    results = ctx.Queue()
    proc = ctx.Process(target=phase_build, args=(str(corpus), str(store), shacl, results, c_yaml))
    started = time.perf_counter()
    proc.start()
    try:
        out = results.get(timeout=cap)
    except queue.Empty:
        proc.kill()
        out = {"seconds": None, "stopped_after_s": round(time.perf_counter() - started)}
    proc.join()
    shutil.rmtree(store, ignore_errors=True)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--work", type=Path, default=Path("/tmp/kgbench"))
    parser.add_argument("--cap", type=float, default=1200.0, help="seconds per build")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--no-shacl-run", action="store_true", help="skip the build with SHACL")
    parser.add_argument("--c-yaml", action="store_true", help="also time a build whose YAML parsing uses "
                        "libyaml (CSafeLoader), a proposed change to kg.annotations")
    args = parser.parse_args(argv)

    from bench_store import machine
    from generate import write_corpus

    corpus = args.work / f"corpus-{args.articles}"
    if not corpus.is_dir():
        write_corpus(args.articles, corpus)
    res: dict[str, Any] = {"machine": machine(), "articles": args.articles}
    res["no_shacl"] = timed_build(corpus, args.work / "build-store", False, args.cap)
    print(f"shacl=False: {res['no_shacl']}", file=sys.stderr)
    if args.c_yaml:
        res["no_shacl_c_yaml"] = timed_build(corpus, args.work / "build-store", False, args.cap, True)
        print(f"shacl=False, libyaml: {res['no_shacl_c_yaml']}", file=sys.stderr)
    if not args.no_shacl_run:
        res["shacl"] = timed_build(corpus, args.work / "build-store", True, args.cap)
        print(f"shacl=True: {res['shacl']}", file=sys.stderr)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(res, indent=2))
    print(json.dumps(res, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
