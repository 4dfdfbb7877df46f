"""The embedded store with real processes: a failed or killed build changes nothing, and a
reader querying in a loop while other processes build sees only whole generations."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.store import Format, open_store

ROOT = Path(__file__).resolve().parent.parent
MINI = ROOT / "tests" / "fixtures" / "mini"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
READER = f"""
import json, sys, time
from kg.store import open_store
store = open_store(sys.argv[1])
seen, errors, stop = [], [], time.monotonic() + float(sys.argv[2])
while time.monotonic() < stop:
    try:
        seen.append(int(store.query({COUNT!r}).rows[0]["n"]))
    except Exception as exc:  # the test reports any error the reader meets
        errors.append(repr(exc))
print(json.dumps({{"seen": seen, "errors": errors}}))
"""


def kg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=600)


def corpus(folder: Path, articles: int, seed: int = 1) -> Path:
    subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), "--articles", str(articles),
                    "--out", str(folder), "--seed", str(seed)], check=True, capture_output=True, timeout=300)
    return folder


def snapshot(store: Path) -> tuple[str, bytes]:
    return (store / "CURRENT").read_text(), open_store(store).export(Format.NQUADS)


@pytest.fixture
def built(tmp_path) -> Path:
    store = tmp_path / "store"
    done = kg("build", "--store", str(store), str(MINI))
    assert done.returncode == 0, done.stderr
    return store


def test_a_bad_sheet_after_good_ones_changes_nothing(built, tmp_path):
    before = snapshot(built)
    sheets = corpus(tmp_path / "sheets", 30)
    (sheets / "zz-bad.yaml").write_text("format: kg-annotation/1\narticle:\n  id: Not A Slug\n")
    done = kg("build", "--store", str(built), "--no-shacl", str(sheets))
    assert done.returncode == 1
    assert "zz-bad.yaml" in done.stderr
    assert snapshot(built) == before


def test_a_build_killed_while_writing_changes_nothing(built, tmp_path):
    before = snapshot(built)
    generations = {p.name for p in built.glob("gen-*")}
    sheets = corpus(tmp_path / "sheets", 600)
    proc = subprocess.Popen([sys.executable, "-m", "kg", "build", "--store", str(built), "--no-shacl",
                             str(sheets)], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and proc.poll() is None:
        if {p.name for p in built.glob("gen-*")} - generations:
            break  # the write has started: a new generation is being filled
        time.sleep(0.005)
    assert proc.poll() is None, "the build finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert snapshot(built) == before
    done = kg("build", "--store", str(built), "--no-shacl", str(sheets))  # and the store still works
    assert done.returncode == 0, done.stderr
    assert (built / "CURRENT").read_text() != before[0]


def test_readers_see_whole_generations_while_others_build(built, tmp_path):
    small, large = corpus(tmp_path / "small", 40, seed=2), corpus(tmp_path / "large", 200, seed=3)
    counts = {int(open_store(built).query(COUNT).rows[0]["n"])}
    reader = subprocess.Popen([sys.executable, "-c", READER, str(built), "25"], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(2)
    for sheets in (small, large, small):
        done = kg("build", "--store", str(built), "--no-shacl", str(sheets))
        assert done.returncode == 0, done.stderr
        counts.add(int(open_store(built).query(COUNT).rows[0]["n"]))
    out, err = reader.communicate(timeout=120)
    assert reader.returncode == 0, err
    result = json.loads(out)
    assert result["errors"] == []
    seen = set(result["seen"])
    assert len(result["seen"]) > 20
    assert seen <= counts, f"the reader saw a half-written store: {sorted(seen - counts)}"
    assert len(seen) >= 2, "the reader never saw a new generation"


def test_a_stale_half_written_generation_does_not_block_builds(built, tmp_path):
    shutil.copytree(built / (built / "CURRENT").read_text().strip(), built / "gen-999990")
    done = kg("build", "--store", str(built), "--no-shacl", str(corpus(tmp_path / "s", 5)))
    assert done.returncode == 0, done.stderr
    assert (built / "CURRENT").read_text().strip() == "gen-999991"
