"""Print the Markdown tables of bench/README.md from the JSON results in bench/results/.

    .venv/bin/python bench/report.py bench/results/10k.json bench/results/100k.json \\
        bench/results/1m.json --build bench/results/build-2000.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def _build_line(label: str, b: dict, articles: int) -> str:
    if b.get("seconds") is None:
        return f"| {label} | did not finish in {b.get('stopped_after_s', '?')} s | | | |"
    return (f"| {label} | {b['seconds']:.0f} s | {articles / b['seconds']:.1f} | "
            f"{b['triples'] / b['seconds']:,.0f} | {b['peak_mb']:,.0f} MB |")


def before_after(before: dict, after: dict) -> str:
    """A table of the embedded store's medians in an earlier results file and a later one."""
    from bench_store import _fmt

    lines = [f"### Before and after at {after['triples']:,} triples", "",
             "| query or page | before (median) | after, evaluated (median) | after, kept answer (median) |",
             "|---|---:|---:|---:|"]
    for label, q in after["embedded"]["queries"].items():
        old = before["embedded"]["queries"].get(label)
        lines.append(f"| {label} | {_fmt(old['median_s']) if old else ''} | {_fmt(q['median_s'])} | "
                     f"{_fmt(q['kept_s']) if 'kept_s' in q else ''} |")
    old_pages = before["embedded"]["pages"]
    for label, q in after["embedded"]["pages"].items():
        name, where = label.split(" (", 1)
        kind = "first" if where.startswith("first") else "middle"
        old = old_pages.get(f"{name} ({kind} page of 100)")
        lines.append(f"| {label} | {_fmt(old['median_s']) if old else ''} | {_fmt(q['median_s'])} | |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    from bench_store import markdown

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("results", nargs="+", type=Path)
    parser.add_argument("--build", type=Path, action="append", default=[])
    parser.add_argument("--before", type=Path, nargs=2, metavar=("BEFORE", "AFTER"),
                        help="also print a before/after table of two results files of one size")
    args = parser.parse_args(argv)
    runs = [json.loads(p.read_text()) for p in args.results]
    m = runs[0]["machine"]
    print(f"Machine: {m['cpu']}, {m['nproc']} CPUs, {m['ram_gb']} GB RAM, Python {m['python']}.\n")
    for res in runs:
        print(markdown(res))
    if args.before:
        before, after = (json.loads(p.read_text()) for p in args.before)
        print(before_after(before, after))
    for path in args.build:
        b = json.loads(path.read_text())
        n = b["articles"]
        print(f"### Build of {n:,} articles\n")
        print("| build | time | articles/s | triples/s | peak memory |\n|---|---:|---:|---:|---:|")
        for key, label in (("no_shacl", "shacl=False"), ("no_shacl_c_yaml", "shacl=False, libyaml parser "
                           "(proposed)"), ("shacl", "shacl=True")):
            if key in b:
                print(_build_line(label, b[key], n))
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
