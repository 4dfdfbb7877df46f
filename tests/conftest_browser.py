"""Shared fixtures of the network and render tests (imported by those test modules).

- ``talks_store``: a store built with the real build from the fictional trade-talks
  coding sheets in ``tests/fixtures/network`` (two articles, two publishers).
- ``xss_store``: the same plus a sheet whose labels, span, title and publisher carry
  script payloads.
- ``browser_page``: a real headless Chromium page (``/usr/bin/chromium`` through
  Playwright) that may load only ``file://`` URLs listed in ``page.allowed``; every
  other request is aborted and recorded in ``page.blocked``, console messages and page
  errors in ``page.problems``. Skipped when Chromium or Playwright is missing.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

FIXTURES = Path(__file__).parent / "fixtures" / "network"
TALKS = [FIXTURES / "example-wire-2025-11-20-trade-talks.yaml",
         FIXTURES / "sample-gazette-2025-12-05-grain.yaml"]
XSS = FIXTURES / "xss-2025-12-01-payloads.yaml"
PAYLOADS = ("<script>window.__pwned=1</script>", '<img src=x onerror="window.__pwned=1">')
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]


def build_store(path: Path, sheets: list[Path]) -> Path:
    """Build the coding sheets into a fresh embedded store at ``path`` (real build)."""
    from kg.build import build
    from kg.store import open_store

    build([str(s) for s in sheets], store=open_store(path))
    return path


@pytest.fixture(scope="session")
def talks_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Store directory with the two trade-talks articles."""
    return build_store(tmp_path_factory.mktemp("talks") / "store", TALKS)


@pytest.fixture(scope="session")
def xss_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Store directory with the trade talks and the payload article."""
    return build_store(tmp_path_factory.mktemp("xss") / "store", [*TALKS, XSS])


def chromium_missing() -> str | None:
    """Why the browser tests cannot run here, or ``None``."""
    if not Path(CHROMIUM).exists():
        return f"{CHROMIUM} is missing (apt-get install -y chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install playwright)"
    return None


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    """One headless Chromium for the session."""
    reason = chromium_missing()
    if reason:
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def browser_page(chromium: Any, request: pytest.FixtureRequest) -> Iterator[Any]:
    """A fresh page with the network blocked except for the files in ``page.allowed``.

    Parametrize indirectly with ``"no-csp"`` to ignore the page's Content-Security-Policy
    (so that escaping alone is tested, without the policy as a safety net).
    """
    context = chromium.new_context(viewport={"width": 1400, "height": 900},
                                   service_workers="block",
                                   bypass_csp=getattr(request, "param", "csp") == "no-csp")
    page = context.new_page()
    page.allowed = set()
    page.blocked = []
    page.requests = []
    page.problems = []

    def route(r: Any) -> None:
        if r.request.url in page.allowed:
            r.continue_()
        else:
            page.blocked.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    page.on("request", lambda req: page.requests.append(req.url))
    page.on("console", lambda msg: page.problems.append(f"console {msg.type}: {msg.text}")
            if msg.type in ("error", "warning") else None)
    page.on("pageerror", lambda exc: page.problems.append(f"pageerror: {exc}"))
    yield page
    context.close()


def wait_until(page: Any, expression: str, timeout_s: float = 30.0) -> None:
    """Poll a JavaScript expression until it is truthy (Playwright's own waiting evaluates
    strings with ``eval``, which the page's Content-Security-Policy forbids)."""
    deadline = time.monotonic() + timeout_s
    while not page.evaluate(expression):
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {expression}")
        time.sleep(0.05)


def open_page(page: Any, path: Path, timeout_s: float = 30.0) -> float:
    """Load a rendered file, wait until the graph has settled (``window.kgReady``) and
    return the seconds that took."""
    url = path.resolve().as_uri()
    page.allowed.add(url)
    start = time.monotonic()
    page.goto(url)
    wait_until(page, "window.kgReady === true", timeout_s)
    return time.monotonic() - start
