"""Benchmark: CLI start-up and building the seed, each against a baseline in the same run.

- ``kg --help`` against a bare ``python -c pass`` (the interpreter's own start-up);
- ``kg build`` of the seed coding against ``python -c "import rdflib"`` plus parsing the
  built graph's N-Quads with rdflib (what any rdflib-based tool pays to touch the data).

Run: ``python bench/bench_cli.py [--runs 7]``. Prints medians in seconds and the ratios.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "annotations"


def _median_seconds(cmd: list[str], runs: int, env: dict[str, str] | None = None) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, env=env)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    py = sys.executable
    baseline = _median_seconds([py, "-c", "pass"], args.runs)
    helptime = _median_seconds([py, "-m", "kg", "--help"], args.runs)
    print(f"python -c pass        {baseline:.3f} s")
    print(f"kg --help             {helptime:.3f} s   ({helptime / baseline:.1f}x the bare interpreter; "
          f"target < 0.3 s)")
    with tempfile.TemporaryDirectory() as tmp:
        import os

        env = dict(os.environ, KG_STORE=str(Path(tmp) / "store"))
        build = _median_seconds([py, "-m", "kg", "build", str(SEED)], args.runs, env)
        nq = Path(tmp) / "seed.nq"
        nq.write_bytes(subprocess.run([py, "-m", "kg", "export", "-f", "nquads"], env=env, check=True,
                                      capture_output=True).stdout)
        rdflib_load = _median_seconds(
            [py, "-c", f"import rdflib; rdflib.Dataset().parse({str(nq)!r}, format='nquads')"], args.runs)
        no_shacl = _median_seconds([py, "-m", "kg", "build", "--no-shacl", str(SEED)], args.runs, env)
    print(f"rdflib import+parse   {rdflib_load:.3f} s   (baseline: load the built seed graph with rdflib)")
    print(f"kg build (seed)       {build:.3f} s   ({build / rdflib_load:.1f}x the baseline; target < 2 s)")
    print(f"kg build --no-shacl   {no_shacl:.3f} s   ({no_shacl / rdflib_load:.1f}x the baseline)")


if __name__ == "__main__":
    main()
