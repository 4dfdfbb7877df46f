"""Cost of the learned extraction component: rule-only vs with the shipped model.

Extracts the same articles (the dev corpus texts) with ``Extractor(use_learned=False)``
and with the shipped model (or ``--model FILE``, e.g. one with the uncued-statement
component), alternating, in one process (same load for both), and reports CPU seconds and
articles per CPU-second of each; prints, it is not a test.

    .venv/bin/python bench/bench_learned.py [--repeat 3] [--model FILE]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    """Alternate rule-only and learned extraction and print the CPU times."""
    from kg.extract import Article, Extractor
    from kg.extract.learn.model import load_model

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--model", type=Path, default=None, help="a model file to compare")
    args = parser.parse_args()
    articles = [Article(p.stem, p.read_text(encoding="utf-8"), {"date": "2026-03-04"})
                for p in sorted((ROOT / "data" / "corpus" / "dev").glob("*.txt"))]
    rules = Extractor(use_learned=False)
    learned = Extractor(learned=load_model(args.model) if args.model else load_model())
    times: dict[str, list[float]] = {"rule-only": [], "with model": []}
    for _ in range(args.repeat):
        for name, extractor in (("rule-only", rules), ("with model", learned)):
            cpu = time.process_time()
            extractor.extract_many(articles)
            times[name].append(time.process_time() - cpu)
    print(f"{len(articles)} articles, {args.repeat} runs each, load average "
          f"{os.getloadavg()[0]:.1f}")
    for name, values in times.items():
        best = min(values)
        print(f"{name:<12} cpu min {best:6.2f} s  median {statistics.median(values):6.2f} s  "
              f"{len(articles) / best:5.2f} art/cpu-s")
    extra = min(times["with model"]) - min(times["rule-only"])
    print(f"model cost: {extra:+.2f} cpu-s ({extra / min(times['rule-only']):+.1%})")


if __name__ == "__main__":
    main()
