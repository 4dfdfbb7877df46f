"""The notebooks: committed without outputs, and each runs top to bottom without error.

Each notebook is executed with nbclient in a kernel started from this very
interpreter (the project's venv). A cell that raises fails the test. To prove
that a notebook writes nothing into the repository, it runs inside a copy of
the parts of the repository it reads (``notebooks/`` and ``data/``, with the
seed text folder ``../shared`` linked in when it exists), and the copy must be
byte for byte the same afterwards.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
import time
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK_DIR = ROOT / "notebooks"
NOTEBOOKS = sorted(NOTEBOOK_DIR.glob("*.ipynb"))
EXPECTED = ["01-quick-tour.ipynb", "02-new-article.ipynb", "03-time-and-outlets.ipynb"]
CELL_TIMEOUT = 300


def test_the_three_notebooks_are_there():
    assert [p.name for p in NOTEBOOKS] == EXPECTED


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_committed_notebook_has_no_outputs(path):
    book = nbformat.read(path, as_version=4)
    nbformat.validate(book)
    stale = [i for i, c in enumerate(book.cells) if c.cell_type == "code"
             and (c.outputs or c.execution_count is not None)]
    assert not stale, f"{path.name}: cells {stale} have outputs or execution counts; clear them"


def _kernel_manager():
    """A kernel manager whose kernel is this interpreter (the venv), whatever is registered."""
    from jupyter_client.manager import KernelManager

    km = KernelManager(kernel_name="python3")
    km.kernel_spec.argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
    return km


def _tree(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and not p.is_symlink()}


def _checkout_copy(tmp_path: Path, *, seed_text: bool = True) -> Path:
    repo = tmp_path / "repo"
    shutil.copytree(NOTEBOOK_DIR, repo / "notebooks")
    shutil.copytree(ROOT / "data", repo / "data", ignore=shutil.ignore_patterns("drafts"))
    if seed_text and (ROOT.parent / "shared").is_dir():
        (tmp_path / "shared").symlink_to(ROOT.parent / "shared")
    return repo


def _execute(repo: Path, name: str):
    """Run the notebook with a temporary folder of its own, which it must leave empty."""
    book = nbformat.read(repo / "notebooks" / name, as_version=4)
    client = nbclient.NotebookClient(
        book, timeout=CELL_TIMEOUT, km=_kernel_manager(),
        resources={"metadata": {"path": str(repo / "notebooks")}})
    scratch = repo.parent / "tmp"
    scratch.mkdir()
    started = time.perf_counter()
    client.execute(env={**os.environ, "TMPDIR": str(scratch)})  # raises on the first failing cell
    elapsed = time.perf_counter() - started
    left = sorted(p.name for p in scratch.iterdir())
    assert not left, f"{name} left temporary files behind: {left[:5]}"
    return book, elapsed


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs(path, tmp_path):
    repo = _checkout_copy(tmp_path)
    before = _tree(repo)
    book, elapsed = _execute(repo, path.name)
    errors = [o for c in book.cells if c.cell_type == "code" for o in c.outputs
              if o.output_type == "error"]
    assert not errors
    assert all(c.execution_count for c in book.cells if c.cell_type == "code")
    images = [o for c in book.cells if c.cell_type == "code" for o in c.outputs
              if "image/png" in o.get("data", {})]
    frames = [o for c in book.cells if c.cell_type == "code" for o in c.outputs
              if "<iframe srcdoc=" in o.get("data", {}).get("text/html", "")]
    assert images, f"{path.name}: no chart was drawn"
    assert frames, f"{path.name}: no interactive graph was shown"
    after = _tree(repo)
    changed = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
    assert not changed, f"{path.name} wrote into the repository: {changed[:5]}"
    print(f"{path.name}: {elapsed:.1f} s")


def test_quick_tour_runs_without_the_seed_text(tmp_path):
    """A fresh clone has no ../shared/seed: the seed coding must still build (unchecked offsets)."""
    _execute(_checkout_copy(tmp_path, seed_text=False), "01-quick-tour.ipynb")
