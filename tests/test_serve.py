"""``kg serve`` as a real server process on 127.0.0.1, queried with urllib and with rdflib's
SPARQLStore (a standard SPARQL protocol client)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from conftest_browser import PAYLOADS
from rdflib import Graph, Literal, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore

from kg.serve import negotiate
from tests.oxigraph_server import free_port, stop, wait_until_answers

ROOT = Path(__file__).resolve().parent.parent
MINI = ROOT / "tests" / "fixtures" / "mini"
NEG = "https://w3id.org/kg-negotiation/ontology#"
STATES = f"SELECT ?s WHERE {{ ?s a <{NEG}State> }} ORDER BY ?s"
# a three-way cross product over every triple: billions of rows, never finishes in time
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def _kg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=300)


@contextmanager
def kg_serve(store: Path, *extra: str) -> Iterator[str]:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(store), "--port",
                             str(port), *extra], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_answers(base + "/", timeout=60, proc=proc)
        yield base
    finally:
        stop(proc)


def fetch(url: str, *, data: bytes | None = None, headers: dict[str, str] | None = None,
          method: str | None = None) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def get(base: str, query: str, accept: str = "application/sparql-results+json", **params: str):
    return fetch(f"{base}/sparql?{urllib.parse.urlencode({'query': query, **params})}",
                 headers={"Accept": accept})


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("serve") / "store"
    done = _kg("build", "--store", str(path), str(MINI))
    assert done.returncode == 0, done.stderr
    return path


@pytest.fixture(scope="module")
def server(store) -> Iterator[str]:
    with kg_serve(store, "--timeout", "3") as base:
        yield base


def _states(doc: dict) -> list[str]:
    return [b["s"]["value"] for b in doc["results"]["bindings"]]


def test_get_and_both_posts_answer_sparql_json(server):
    status, headers, body = get(server, STATES)
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+json")
    states = _states(json.loads(body))
    assert states == ["https://w3id.org/kg-negotiation/id/actor/freedonia",
                      "https://w3id.org/kg-negotiation/id/actor/sylvania"]
    form = urllib.parse.urlencode({"query": STATES}).encode()
    _, _, body2 = fetch(server + "/sparql", data=form,
                        headers={"Content-Type": "application/x-www-form-urlencoded"})
    _, _, body3 = fetch(server + "/sparql", data=STATES.encode(),
                        headers={"Content-Type": "application/sparql-query"})
    assert _states(json.loads(body2)) == _states(json.loads(body3)) == states


def test_csv_and_tsv_by_accept_and_format(server):
    status, headers, body = get(server, STATES, accept="text/csv")
    assert headers["Content-Type"].startswith("text/csv")
    assert body.decode().split("\r\n")[:2] == ["s", "https://w3id.org/kg-negotiation/id/actor/freedonia"]
    _, headers, body = get(server, STATES, accept="*/*", format="tsv")
    assert headers["Content-Type"].startswith("text/tab-separated-values")
    assert body.decode().splitlines()[1] == "<https://w3id.org/kg-negotiation/id/actor/freedonia>"


def test_construct_as_turtle_and_ntriples(server):
    query = f"CONSTRUCT {{ ?s a <{NEG}State> }} WHERE {{ ?s a <{NEG}State> }}"
    for accept, fmt in (("text/turtle", "turtle"), ("application/n-triples", "nt")):
        status, headers, body = get(server, query, accept=accept)
        assert status == 200 and headers["Content-Type"].startswith(accept)
        assert len(Graph().parse(data=body.decode(), format=fmt)) == 2


def test_rdflib_sparqlstore_is_a_client(server):
    graph = Graph(store=SPARQLStore(server + "/sparql", returnFormat="json"))
    rows = list(graph.query(STATES))
    assert [r.s for r in rows] == [URIRef("https://w3id.org/kg-negotiation/id/actor/freedonia"),
                                   URIRef("https://w3id.org/kg-negotiation/id/actor/sylvania")]
    labels = list(graph.query("SELECT ?l WHERE { <https://w3id.org/kg-negotiation/id/actor/sylvania> "
                              "<http://www.w3.org/2000/01/rdf-schema#label> ?l }"))
    assert labels[0].l == Literal("Sylvania")
    assert graph.query(f"ASK {{ ?s a <{NEG}Stance> }}").askAnswer is True


def test_updates_are_refused(server):
    for data, ctype in ((urllib.parse.urlencode({"update": "DROP ALL"}).encode(),
                         "application/x-www-form-urlencoded"), (b"DROP ALL", "application/sparql-update")):
        status, _, body = fetch(server + "/sparql", data=data, headers={"Content-Type": ctype})
        assert status == 403
        assert b"read-only" in body and b"--allow-updates" in body
    _, _, body = get(server, STATES)
    assert len(_states(json.loads(body))) == 2


def test_a_runaway_query_is_stopped_and_the_server_goes_on(server):
    started = time.monotonic()
    status, _, body = get(server, RUNAWAY)
    assert status == 503
    assert b"time limit of 3 s" in body
    assert time.monotonic() - started < 20
    status, _, body = get(server, STATES)
    assert status == 200 and len(_states(json.loads(body))) == 2


def test_syntax_error_is_400_with_the_reason(server):
    status, _, body = get(server, "SELECT * WHERE { ?s ?p }")
    assert status == 400 and body.startswith(b"Error: SPARQL syntax error")


def test_cors(server):
    _, headers, _ = get(server, STATES)
    assert headers["Access-Control-Allow-Origin"] == "*"
    status, headers, _ = fetch(server + "/sparql", method="OPTIONS",
                               headers={"Origin": "http://localhost:8888",
                                        "Access-Control-Request-Method": "POST"})
    assert status == 204 and "POST" in headers["Access-Control-Allow-Methods"]


def test_query_page_is_self_contained_and_escaped(server):
    status, headers, body = fetch(server + "/")
    page = body.decode()
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert "<textarea" in page and ">Run</button>" in page
    assert 'data-name="stances"' in page and "Which stances do actors take" in page
    assert "&lt;https://w3id.org/kg-negotiation/ontology#&gt;" in page  # query text escaped
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)  # nothing external
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    status, headers, script = fetch(server + "/kg-serve.js")
    assert status == 200 and b"textContent" in script and b"innerHTML" not in script


def test_a_new_build_is_served_on_the_next_request(tmp_path):
    store = tmp_path / "store"
    assert _kg("build", "--store", str(store), str(MINI)).returncode == 0
    other = tmp_path / "other.yaml"
    other.write_text("format: kg-annotation/1\narticle: {id: other-talks, title: T, publisher: P, "
                     "url: 'https://example.org/o', date: 2025-06-01}\n"
                     "actors: [{id: ruritania, type: state, label: Ruritania}]\n")
    with kg_serve(store) as base:
        _, _, body = get(base, STATES)
        assert len(_states(json.loads(body))) == 2
        done = _kg("build", "--store", str(store), str(other))
        assert done.returncode == 0, done.stderr
        _, _, body = get(base, STATES)
        assert "https://w3id.org/kg-negotiation/id/actor/ruritania" in _states(json.loads(body))


def test_updates_when_allowed(tmp_path):
    store = tmp_path / "store"
    assert _kg("build", "--store", str(store), str(MINI)).returncode == 0
    with kg_serve(store, "--allow-updates") as base:
        update = f"INSERT DATA {{ GRAPH <https://example.org/g> {{ <https://example.org/x> a <{NEG}State> }} }}"
        status, _, body = fetch(base + "/sparql", data=update.encode(),
                                headers={"Content-Type": "application/sparql-update"})
        assert status == 200, body
        _, _, body = get(base, STATES)
        assert "https://example.org/x" in _states(json.loads(body))


def test_refuses_a_busy_port(store):
    port = free_port()
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", port))
        sock.listen()
        done = subprocess.run([sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", str(port)],
                              capture_output=True, text=True, cwd=ROOT, timeout=120,
                              env={**os.environ})
    assert done.returncode == 1
    assert done.stderr.startswith(f"Error: cannot listen on 127.0.0.1:{port}")


@pytest.mark.parametrize(("accept", "expected"), [
    ("application/sparql-results+json", ("json", None)), ("text/csv;q=0.5, text/tab-separated-values", ("tsv", None)),
    ("text/turtle", ("json", "turtle")), ("application/n-triples, text/turtle;q=0.1", ("json", "nt")),
    ("*/*", ("json", None)),
])
def test_negotiate(accept, expected):
    assert negotiate(accept, None) == expected


def test_query_page_in_a_browser_shows_payloads_as_text(chromium, xss_store):
    with kg_serve(xss_store) as base:
        page = chromium.new_page()
        problems: list[str] = []
        page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: problems.append(str(e)))
        external: list[str] = []
        page.on("request", lambda r: None if r.url.startswith(base) else external.append(r.url))
        page.goto(base + "/")
        page.click("button.example[data-name=actors]")
        page.click("#run")
        page.wait_for_selector("table", timeout=30_000)
        cells = page.locator("table").inner_text()
        assert page.locator("table tr").count() > 2
        assert any(p in cells for p in PAYLOADS)
        assert page.evaluate("window.__pwned") is None
        assert problems == [] and external == []
        page.close()
