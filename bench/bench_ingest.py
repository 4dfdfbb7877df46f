"""Throughput of automatic extraction, end to end: text -> machine sheet -> store.

Prints numbers; it is not a test. Articles of about 800 words are assembled
from the dev corpus and the test fixtures (each article gets its own id and
text), extracted in one batch, written as drafts and built into a temporary
embedded store.

    .venv/bin/python bench/bench_ingest.py [--articles 40] [--words 800]
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted((ROOT / "data" / "corpus" / "dev").glob("*.txt")) + sorted(
    (ROOT / "tests" / "fixtures" / "ingest").glob("*.txt"))


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


def run(label: str, fn, n: int, words: int) -> None:
    """Wall-clock and CPU time (this process, so per core on a shared machine)."""
    start, cpu = time.perf_counter(), time.process_time()
    fn()
    elapsed, used = time.perf_counter() - start, time.process_time() - cpu
    print(f"{label:<40} wall {elapsed:6.2f} s {n / elapsed:6.2f} art/s | "
          f"cpu {used:6.2f} s {n / used:6.2f} art/cpu-s {n * words / used:7.0f} words/cpu-s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--words", type=int, default=800)
    args = parser.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")

    from kg.extract import Extractor
    from kg.ingest import ingest, read_source
    from kg.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        paths = make_articles(args.articles, args.words, tmpdir)
        articles = [read_source(p) for p in paths]
        real_words = sum(len(a.text.split()) for a in articles) // len(articles)
        print(f"{len(articles)} articles of {real_words} words on average; "
              f"{os.cpu_count()} CPU(s) visible, load average {os.getloadavg()[0]:.1f}, "
              "one process")
        t0 = time.perf_counter()
        spacy_extractor = Extractor()
        print(f"model load: {time.perf_counter() - t0:.2f} s ({spacy_extractor.mode})")
        spacy_extractor.extract_many(articles[:2])  # warm up
        n, w = len(articles), real_words
        run("extract only, spaCy", lambda: spacy_extractor.extract_many(articles), n, w)
        from kg.extract.clean import clean
        from kg.extract.segment import paragraphs

        paras = [p for a in articles for _, p in paragraphs(clean(a.text))]
        nlp = spacy_extractor.nlp
        if nlp is not None:
            print(f"  spaCy components run: {', '.join(nlp.pipe_names)}")
            run("  of which spaCy parse (nlp.pipe)", lambda: list(nlp.pipe(paras, batch_size=64)),
                n, w)
            segmented = spacy_extractor._segment(articles)
            run("  of which rules (parsed input)", lambda: [
                spacy_extractor._sheet(a, s) for a, s in zip(articles, segmented, strict=True)],
                n, w)
        rules = Extractor(use_spacy=False)
        run("extract only, rule-only", lambda: rules.extract_many(articles), n, w)
        run("ingest -> store (spaCy, SHACL on)", lambda: ingest(
            paths, store=open_store(tmpdir / "s1"), drafts_dir=tmpdir / "d1",
            extractor=spacy_extractor, batch=64), n, w)
        run("ingest -> store (spaCy, SHACL off)", lambda: ingest(
            paths, store=open_store(tmpdir / "s2"), drafts_dir=tmpdir / "d2",
            extractor=spacy_extractor, batch=64, shacl=False), n, w)
        run("ingest -> store (rule-only, SHACL off)", lambda: ingest(
            paths, store=open_store(tmpdir / "s3"), drafts_dir=tmpdir / "d3",
            extractor=rules, batch=64, shacl=False), n, w)


if __name__ == "__main__":
    main()
