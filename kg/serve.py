"""``kg serve``: a SPARQL 1.1 Protocol endpoint over the embedded store, with a query page.

- ``GET /sparql?query=...``, ``POST /sparql`` (form ``query=`` or ``application/sparql-query``);
  ``/query`` and ``/`` (with a ``query`` parameter) answer too.
- SELECT/ASK results by ``Accept`` (or ``?format=json|csv|tsv``): W3C SPARQL 1.1 JSON
  (default), CSV, TSV; CONSTRUCT/DESCRIBE as Turtle (default) or N-Triples.
- ``GET /`` without a query: an HTML page to write and run queries (no external resources).
- Updates (``update=`` or ``application/sparql-update``) are refused with 403 unless the
  server was started with ``allow_updates``.
- Every query runs in a worker process; one that runs past ``timeout`` seconds is killed
  and replaced, and the client gets 503 with a clear message.
- Each query reads the generation that is current when it starts, so a finished
  ``kg build`` is served from the next request on.
"""

from __future__ import annotations

import html
import multiprocessing as mp
import queue
import threading
import urllib.parse
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

MAX_BODY = 1024 * 1024
SELECT_TYPES = {"json": "application/sparql-results+json", "csv": "text/csv",
                "tsv": "text/tab-separated-values"}
GRAPH_TYPES = {"turtle": "text/turtle", "nt": "application/n-triples"}
_ACCEPT_ALIASES = {"application/json": "json", "text/csv": "csv", "text/tab-separated-values": "tsv",
                   "application/sparql-results+json": "json", "text/turtle": "turtle",
                   "application/n-triples": "nt", "text/plain": "nt", "application/x-turtle": "turtle"}


@dataclass
class Answer:
    """An HTTP answer: status, content type and body."""

    status: int
    content_type: str
    body: bytes

    @classmethod
    def text(cls, status: int, message: str) -> Answer:
        return cls(status, "text/plain; charset=utf-8", (message.rstrip() + "\n").encode("utf-8"))


# --- the worker process --------------------------------------------------------------------

def run_one(store: Any, job: tuple[str, str, str, str | None]) -> Answer:
    """Run one job (``query`` or ``update``) against ``store`` and render the answer."""
    from kg.errors import KgError
    from kg.results import to_csv, to_json, to_tsv

    kind, text, fmt, graph_fmt = job
    try:
        if kind == "update":
            store.update(text)
            return Answer.text(200, "Update applied.")
        result = store.query(text)
    except KgError as exc:
        status = 400 if "syntax" in str(exc).lower() or "parse" in str(exc).lower() else 500
        return Answer.text(status, f"Error: {exc}")
    if result.graph is not None:
        gfmt = graph_fmt or "turtle"
        return Answer(200, GRAPH_TYPES[gfmt] + "; charset=utf-8",
                      result.graph.serialize(format=gfmt, encoding="utf-8"))
    render = {"json": to_json, "csv": to_csv, "tsv": to_tsv}[fmt]
    if result.boolean is not None and fmt != "json":
        return Answer(200, SELECT_TYPES[fmt] + "; charset=utf-8", f"{str(result.boolean).lower()}\n".encode())
    return Answer(200, SELECT_TYPES[fmt] + "; charset=utf-8", render(result).encode("utf-8"))


def _worker_main(path: str, conn: Any) -> None:
    from kg.store import open_store

    store = open_store(path)
    conn.send("ready")
    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        answer = run_one(store, job)
        conn.send((answer.status, answer.content_type, answer.body))


class Worker:
    """One query process and the pipe to it."""

    def __init__(self, ctx: Any, path: str) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, args=(path, child), daemon=True)
        self.process.start()
        child.close()

    def wait_ready(self, timeout: float = 120.0) -> bool:
        return self.conn.poll(timeout) and self.conn.recv() == "ready"

    def stop(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()


class WorkerPool:
    """A few query processes; a query over the time limit gets its worker killed and replaced."""

    def __init__(self, path: Path, size: int, timeout: float) -> None:
        self.ctx = mp.get_context("spawn")
        self.path = str(path)
        self.timeout = timeout
        self.idle: queue.Queue[Worker] = queue.Queue()
        self.all: set[Worker] = set()
        self.lock = threading.Lock()
        for _ in range(size):
            self._add(wait=True)

    def _add(self, wait: bool = False) -> None:
        worker = Worker(self.ctx, self.path)
        with self.lock:
            self.all.add(worker)

        def ready() -> None:
            if worker.wait_ready():
                self.idle.put(worker)
            else:
                self._retire(worker)

        if wait:
            ready()
        else:
            threading.Thread(target=ready, daemon=True).start()

    def _retire(self, worker: Worker) -> None:
        with self.lock:
            self.all.discard(worker)
        worker.stop()

    def run(self, job: tuple[str, str, str, str | None]) -> Answer:
        try:
            worker = self.idle.get(timeout=self.timeout)
        except queue.Empty:
            return Answer.text(503, "Error: the server is busy (every query worker is taken); try again.")
        try:
            worker.conn.send(job)
            if worker.conn.poll(self.timeout):
                status, ctype, body = worker.conn.recv()
                self.idle.put(worker)
                return Answer(status, ctype, body)
        except (EOFError, OSError, BrokenPipeError):
            self._retire(worker)
            self._add()
            return Answer.text(500, "Error: the query worker died; it has been replaced.")
        self._retire(worker)
        self._add()
        return Answer.text(503, f"Error: the query ran longer than the time limit of {self.timeout:g} s "
                                "and was stopped. Narrow it (a parameter, LIMIT) or ask the server's "
                                "operator for a longer --timeout.")

    def close(self) -> None:
        with self.lock:
            workers = list(self.all)
            self.all.clear()
        for worker in workers:
            worker.stop()


# --- HTTP ------------------------------------------------------------------------------------

def negotiate(accept: str, wanted: str | None) -> tuple[str | None, str | None]:
    """The result format (json/csv/tsv) and graph format (turtle/nt) for a request.

    >>> negotiate("text/csv, */*;q=0.1", None)
    ('csv', None)
    >>> negotiate("*/*", "tsv")
    ('tsv', None)
    """
    if wanted:
        if wanted in SELECT_TYPES:
            return wanted, None
        if wanted in GRAPH_TYPES:
            return "json", wanted
        return None, None
    ranked = []
    for i, part in enumerate(accept.split(",")):
        media, _, params = part.strip().partition(";")
        q = 1.0
        for p in params.split(";"):
            name, _, value = p.strip().partition("=")
            if name == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        ranked.append((-q, i, media.strip().lower()))
    fmt = graph = None
    for _, _, media in sorted(ranked):
        alias = _ACCEPT_ALIASES.get(media)
        if alias in SELECT_TYPES and fmt is None:
            fmt = alias
        if alias in GRAPH_TYPES and graph is None:
            graph = alias
    return fmt or "json", graph


def make_handler(pool: WorkerPool, *, allow_updates: bool, page: bytes) -> type[BaseHTTPRequestHandler]:
    """The request handler class bound to a worker pool."""

    class Handler(BaseHTTPRequestHandler):
        server_version = "kg-serve"
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
            return

        def _send(self, answer: Answer, *, head: bool = False) -> None:
            self.send_response(answer.status)
            self.send_header("Content-Type", answer.content_type)
            self.send_header("Content-Length", str(len(answer.body)))
            self.send_header("Access-Control-Allow-Origin", "*")
            self.send_header("X-Content-Type-Options", "nosniff")
            if answer.content_type.startswith("text/html"):
                self.send_header("Content-Security-Policy",
                                 "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; "
                                 "connect-src 'self'; form-action 'self'")
            self.end_headers()
            if not head:
                self.wfile.write(answer.body)

        def do_OPTIONS(self) -> None:  # noqa: N802 - stdlib name
            self.send_response(204)
            self.send_header("Access-Control-Allow-Origin", "*")
            self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
            self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
            self.send_header("Access-Control-Max-Age", "86400")
            self.send_header("Content-Length", "0")
            self.end_headers()

        def do_GET(self) -> None:  # noqa: N802
            url = urllib.parse.urlsplit(self.path)
            params = urllib.parse.parse_qs(url.query)
            if url.path == "/kg-serve.js":
                from kg.serve_page import SCRIPT

                self._send(Answer(200, "text/javascript; charset=utf-8", SCRIPT.encode("utf-8")))
                return
            if url.path not in ("/", "/sparql", "/query"):
                self._send(Answer.text(404, f"Error: no such page {url.path}; the endpoint is /sparql"))
                return
            if "update" in params:
                self._send(Answer.text(405, "Error: send updates with POST, not GET"))
                return
            if "query" not in params:
                if url.path == "/":
                    self._send(Answer(200, "text/html; charset=utf-8", page))
                else:
                    self._send(Answer.text(400, "Error: missing the 'query' parameter"))
                return
            self._answer("query", params["query"][0], params)

        def do_POST(self) -> None:  # noqa: N802
            url = urllib.parse.urlsplit(self.path)
            if url.path not in ("/", "/sparql", "/query", "/update"):
                self._send(Answer.text(404, f"Error: no such endpoint {url.path}; use /sparql"))
                return
            length = int(self.headers.get("Content-Length") or 0)
            if length > MAX_BODY:
                self._send(Answer.text(413, f"Error: the request is over {MAX_BODY} bytes"))
                self.close_connection = True
                return
            body = self.rfile.read(length).decode("utf-8", "replace")
            ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            params = urllib.parse.parse_qs(url.query)
            if ctype == "application/sparql-query":
                self._answer("query", body, params)
            elif ctype == "application/sparql-update":
                self._answer("update", body, params)
            elif ctype in ("application/x-www-form-urlencoded", ""):
                form = urllib.parse.parse_qs(body)
                if "update" in form:
                    self._answer("update", form["update"][0], params)
                elif "query" in form:
                    self._answer("query", form["query"][0], {**params, **form})
                else:
                    self._send(Answer.text(400, "Error: the form has no 'query' or 'update' field"))
            else:
                self._send(Answer.text(415, f"Error: unsupported Content-Type {ctype!r}; send "
                                            "application/sparql-query or a form with 'query'"))

        def _answer(self, kind: str, text: str, params: dict[str, list[str]]) -> None:
            if kind == "update" and not allow_updates:
                self._send(Answer.text(403, "Error: this endpoint is read-only; updates are refused. "
                                            "Start kg serve with --allow-updates to accept them."))
                return
            wanted = params.get("format", [None])[0]
            fmt, graph = negotiate(self.headers.get("Accept") or "*/*", wanted)
            if fmt is None:
                self._send(Answer.text(400, f"Error: unknown format {wanted!r} (json, csv, tsv, "
                                            "turtle, nt)"))
                return
            self._send(pool.run((kind, text, fmt, graph)))

    return Handler


def page_html(base_title: str = "kg SPARQL endpoint") -> bytes:
    """The query page, listing the named queries as examples (all text escaped)."""
    from kg.queries import list_queries
    from kg.serve_page import PAGE

    examples = []
    for q in list_queries():
        if q.name.startswith("network_"):
            continue
        examples.append(f'<li><button type="button" class="example" data-name="{html.escape(q.name)}">'
                        f"{html.escape(q.name)}</button> {html.escape(q.question)}"
                        f'<template id="q-{html.escape(q.name)}">{html.escape(q.text)}</template></li>')
    return (PAGE.replace("{{title}}", html.escape(base_title))
            .replace("{{examples}}", "\n".join(examples))).encode("utf-8")


def make_server(path: Path, *, host: str = "127.0.0.1", port: int = 7878, allow_updates: bool = False,
                timeout: float = 10.0, workers: int = 2) -> tuple[ThreadingHTTPServer, WorkerPool]:
    """A ready server (not yet serving) and its worker pool; close both when done."""
    pool = WorkerPool(path, workers, timeout)
    try:
        handler = make_handler(pool, allow_updates=allow_updates, page=page_html())
        server = ThreadingHTTPServer((host, port), handler)
    except BaseException:
        pool.close()
        raise
    server.daemon_threads = True
    return server, pool


def serve_forever(path: Path, **options: Any) -> None:
    """Serve until interrupted."""
    server, pool = make_server(path, **options)
    try:
        server.serve_forever()
    finally:
        server.server_close()
        pool.close()

