"""Throughput of automatic extraction, end to end: text -> machine sheet -> store.

Prints numbers and writes them as JSON and a markdown table; it is not a test.
Articles of about 800 words are assembled from the dev corpus and the test
fixtures (each article gets its own id and text). Every stage is measured in
CPU seconds of this one process (per core) and, because the machine is shared,
also as a ratio against a baseline measured right before it in the same
process: the model's full default spaCy pipeline over the same paragraphs.
Rates are normalised to 800-word articles (words per CPU-second / 800).

    .venv/bin/python bench/bench_ingest.py [--articles 40] [--words 800] [--repeat 1]
        [--json bench/results/ingest.json] [--markdown bench/results/ingest.md]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted((ROOT / "data" / "corpus" / "dev").glob("*.txt")) + sorted(
    (ROOT / "tests" / "fixtures" / "ingest").glob("*.txt"))
TARGET = 10.0  # issue 4: 800-word articles per second per core, end to end


def make_articles(n: int, words: int, out: Path) -> list[str]:
    """Write ``n`` text files of about ``words`` words with sidecars; return their paths."""
    paragraphs = [p.strip() for src in SOURCES for p in src.read_text().split("\n\n")
                  if len(p.split()) > 12]
    paths = []
    for i in range(n):
        body, count, j = [], 0, i
        while count < words:
            para = paragraphs[j % len(paragraphs)]
            body.append(para)
            count += len(para.split())
            j += 7
        path = out / f"bench-{i:04d}.txt"
        path.write_text(f"Benchmark article {i}\n\n" + "\n\n".join(body) + "\n")
        path.with_name(path.stem + ".meta.json").write_text(json.dumps({
            "title": f"Benchmark article {i}", "publisher": "Bench Ledger",
            "url": f"https://example.org/bench/{i}", "date": "2026-03-04", "language": "en"}))
        paths.append(str(path))
    return paths


def cpu_of(fn: Callable[[], Any]) -> tuple[float, float]:
    """(CPU seconds of this process, wall seconds) spent in ``fn()``."""
    start, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.process_time() - cpu, time.perf_counter() - start


class Bench:
    """Runs stages, each paired with a fresh baseline run, and collects the rows."""

    def __init__(self, baseline: Callable[[], Any], words: int, repeat: int) -> None:
        self.baseline, self.words, self.repeat = baseline, words, repeat
        self.rows: list[dict[str, Any]] = []

    def rate(self, cpu: float) -> float:
        """800-word articles per CPU-second."""
        return self.words / 800 / cpu

    def stage(self, name: str, fn: Callable[[int], Any], note: str = "") -> None:
        """Measure ``fn(run)`` ``repeat`` times, each after a baseline run; keep medians."""
        cpus, walls, ratios, bases = [], [], [], []
        for run in range(self.repeat):
            base, _ = cpu_of(self.baseline)
            cpu, wall = cpu_of(lambda run=run: fn(run))
            cpus.append(cpu)
            walls.append(wall)
            bases.append(base)
            ratios.append(base / cpu)
        row = {"stage": name, "cpu_s": round(statistics.median(cpus), 3),
               "wall_s": round(statistics.median(walls), 3),
               "baseline_cpu_s": round(statistics.median(bases), 3),
               "articles_per_cpu_s": round(self.rate(statistics.median(cpus)), 2),
               "baseline_articles_per_cpu_s": round(self.rate(statistics.median(bases)), 2),
               "ratio_to_baseline": round(statistics.median(ratios), 3), "note": note}
        self.rows.append(row)
        print(f"{name:<46} cpu {row['cpu_s']:7.2f} s {row['articles_per_cpu_s']:6.2f} art/cpu-s"
              f" | x{row['ratio_to_baseline']:.2f} baseline ({row['baseline_articles_per_cpu_s']:.2f}"
              f" art/cpu-s) | wall {row['wall_s']:6.2f} s", flush=True)


def markdown(result: dict[str, Any]) -> str:
    """The result as a short markdown section (conditions, then one row per stage)."""
    c = result["conditions"]
    lines = [
        "### Ingest throughput (issue 4)", "",
        f"{c['articles']} articles of {c['words_per_article']} words on average (rates normalised "
        f"to 800-word articles), one process, CPU time of that process; {c['cpus']} vCPUs shared "
        f"with other jobs (load average {c['load_before']:.1f} before, {c['load_after']:.1f} "
        f"after). Each stage is paired with a baseline run in the same process just before it: "
        f"the model's full default spaCy pipeline ({c['model']}) over the same paragraphs. "
        f"Target: {TARGET:g} articles/s per core end to end.", "",
        "| stage | 800-word articles / CPU-s | × baseline | note |",
        "|---|---:|---:|---|",
    ]
    for row in result["stages"]:
        lines.append(f"| {row['stage']} | {row['articles_per_cpu_s']:.2f} | "
                     f"{row['ratio_to_baseline']:.2f} | {row['note']} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--words", type=int, default=800)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--json", type=Path, help="write the result here")
    parser.add_argument("--markdown", type=Path, help="write the markdown table here")
    args = parser.parse_args()
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    load_before = os.getloadavg()[0]

    from kg.extract import Extractor
    from kg.extract.clean import clean
    from kg.extract.nlp import load_full_model
    from kg.extract.segment import paragraphs
    from kg.ingest import ingest, read_source
    from kg.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        paths = make_articles(args.articles, args.words, tmpdir)
        articles = [read_source(p) for p in paths]
        words = sum(len(a.text.split()) for a in articles)
        print(f"{len(articles)} articles of {words // len(articles)} words on average; "
              f"{os.cpu_count()} CPU(s) visible, load average {load_before:.1f}, one process")
        fast = Extractor()
        if fast.nlp is None:
            raise SystemExit("spaCy and its English model are needed for this benchmark")
        full = Extractor()
        full.nlp = load_full_model()
        paras = [p for a in articles for _, p in paragraphs(clean(a.text))]
        bench = Bench(lambda: list(full.nlp.pipe(paras)), words, args.repeat)
        full.extract_many(articles[:2])  # warm up both pipelines and the memos
        fast.extract_many(articles[:2])
        print(f"baseline: {', '.join(full.nlp.pipe_names)}; kg: {', '.join(fast.nlp.pipe_names)}")
        bench.stage("spaCy as kg runs it (nlp.pipe, batch 64)",
                    lambda _: list(fast.nlp.pipe(paras, batch_size=64)),
                    "memoised attribute ruler + lemmatizer")
        bench.stage("extraction, full default pipeline (before)",
                    lambda _: full.extract_many(articles), "text -> machine sheets")
        bench.stage("extraction (kg)", lambda _: fast.extract_many(articles),
                    "text -> machine sheets")
        segmented = fast._segment(articles)
        bench.stage("  of which rule stages (parsed input)", lambda _: [
            fast._sheet(a, s) for a, s in zip(articles, segmented, strict=True)],
            "Extractor._sheet")
        for shacl in (False, True):
            bench.stage(f"ingest -> store, SHACL {'on' if shacl else 'off'}",
                        lambda run, shacl=shacl: ingest(
                            paths, store=open_store(tmpdir / f"s-{shacl}-{run}"),
                            drafts_dir=tmpdir / f"d-{shacl}-{run}", extractor=fast,
                            shacl=shacl), "end to end: read, extract, drafts, build")
        rules = Extractor(use_spacy=False)
        bench.stage("ingest -> store, rule-only, SHACL off", lambda run: ingest(
            paths, store=open_store(tmpdir / f"r-{run}"), drafts_dir=tmpdir / f"dr-{run}",
            extractor=rules, shacl=False), "no spaCy (weak extraction)")
    import spacy

    result = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "conditions": {
            "articles": len(articles), "words_per_article": words // len(articles),
            "cpus": os.cpu_count(), "load_before": load_before, "load_after": os.getloadavg()[0],
            "python": platform.python_version(), "spacy": spacy.__version__,
            "model": f"{full.nlp.meta.get('lang')}_{full.nlp.meta.get('name')} "
                     f"{full.nlp.meta.get('version')}", "repeat": args.repeat,
            "threads": {v: os.environ.get(v) for v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS")},
        },
        "target_articles_per_s_per_core": TARGET,
        "stages": bench.rows,
    }
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")
    if args.markdown:
        args.markdown.write_text(markdown(result))


if __name__ == "__main__":
    main()
