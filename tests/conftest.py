"""Shared fixtures: the repository's paths, the seed, and fresh real stores."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest_browser import browser_page, chromium, talks_store, xss_store  # noqa: F401 - shared fixtures

# The fixtures above are defined once, here: a session-scoped fixture imported into several
# test modules would be a separate fixture in each, and two live Playwright instances in one
# thread fail ("Sync API inside the asyncio loop").

ROOT = Path(__file__).resolve().parent.parent
SEED_ANNOTATION = ROOT / "data" / "annotations" / "moscow-times-2025-12-03-kremlin-talks.yaml"
SEED_TEXT = ROOT.parent / "shared" / "seed" / "moscow-times-2025-12-03-kremlin-talks.txt"
MINI = ROOT / "tests" / "fixtures" / "mini"


@pytest.fixture(autouse=True)
def _isolated_store(tmp_path, monkeypatch):
    """No test may touch the user's default store or endpoint."""
    monkeypatch.setenv("KG_STORE", str(tmp_path / "default-store"))
    monkeypatch.delenv("KG_ENDPOINT", raising=False)


@pytest.fixture
def store_path(tmp_path) -> Path:
    return tmp_path / "store"


@pytest.fixture
def mini_dir(tmp_path) -> Path:
    """A writable copy of the mini fixture article and its coding."""
    target = tmp_path / "mini"
    shutil.copytree(MINI, target)
    return target


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory):
    """The seed coding built into a real embedded store (built once per session)."""
    from kg.build import build
    from kg.store import open_store

    store = open_store(tmp_path_factory.mktemp("seed") / "store")
    build([SEED_ANNOTATION], store=store)
    return store
