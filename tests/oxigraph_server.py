"""Start and stop a real ``oxigraph serve`` for tests (the PyPI package ``oxigraph``).

The server listens on 127.0.0.1 on a free port, keeps its data in a temporary
``--location`` and answers SPARQL over the union of its named graphs
(``--union-default-graph``), the way kg expects a remote store to be set up.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def oxigraph_binary() -> str | None:
    """The ``oxigraph`` executable next to this interpreter, or on PATH."""
    local = Path(sys.executable).parent / "oxigraph"
    return str(local) if local.exists() else shutil.which("oxigraph")


def wait_until_answers(url: str, timeout: float = 20.0, proc: subprocess.Popen | None = None) -> None:
    """Poll ``url`` until it answers (any HTTP status), else raise RuntimeError."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"the server exited with {proc.returncode} before answering")
        try:
            with urllib.request.urlopen(url, timeout=1):
                return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"{url} did not answer within {timeout} s")


@dataclass
class OxigraphServer:
    """A running server: its base URL, query and update endpoints."""

    base: str
    process: subprocess.Popen

    @property
    def query_url(self) -> str:
        return self.base + "/query"

    @property
    def update_url(self) -> str:
        return self.base + "/update"


@contextmanager
def oxigraph_server(location: Path) -> Iterator[OxigraphServer]:
    """Run ``oxigraph serve`` with data in ``location`` until the block ends."""
    binary = oxigraph_binary()
    if binary is None:
        raise RuntimeError("the oxigraph server is not installed (pip install 'oxigraph>=0.5,<0.6')")
    port = free_port()
    proc = subprocess.Popen([binary, "serve", "--location", str(location), "--bind",
                             f"127.0.0.1:{port}", "--union-default-graph"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    server = OxigraphServer(f"http://127.0.0.1:{port}", proc)
    try:
        wait_until_answers(server.query_url + "?query=ASK%7B%7D", proc=proc)
        yield server
    finally:
        stop(proc)


def stop(proc: subprocess.Popen) -> None:
    """Terminate a server process (kill it if it does not exit) and close its pipes."""
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    for stream in (proc.stdout, proc.stderr):
        if stream is not None:
            stream.close()
