"""kg.remote against a real Oxigraph server (``oxigraph serve``, started on 127.0.0.1).

The seed coding is built into the server through ``kg build --endpoint``; every
named query must then give the same rows over the SPARQL protocol as the embedded
store gives for the same sheets.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef

from kg.errors import QueryError, StoreError
from kg.remote import RemoteStore, inject_values, nt_term, update_url
from tests.oxigraph_server import free_port, oxigraph_binary, oxigraph_server

ROOT = Path(__file__).resolve().parent.parent
ANNOTATIONS = ROOT / "data" / "annotations"
KG = [sys.executable, "-m", "kg"]
EX = "https://example.org/"
# named queries and the parameters they are run with (every one at least once bare)
CASES = [("actors", []), ("agreement", []), ("conditions", []), ("contested", []), ("events", []),
         ("linkages", []), ("provenance", []), ("spokespeople", []), ("stances", []), ("stats", []),
         ("timeline", []), ("network_nodes", []), ("network_links", []), ("network_stances", []),
         ("stances", ["actor=russia"]), ("timeline", ["actor=russia", "issue=ceasefire"]),
         ("provenance", ["actor=united-states"]), ("events", ["event=2025-12-02-kremlin-meeting"])]

pytestmark = pytest.mark.skipif(oxigraph_binary() is None, reason="needs the oxigraph server "
                                "(pip install 'oxigraph>=0.5,<0.6')")


def kg(*args: str, env_store: Path | None = None) -> subprocess.CompletedProcess:
    import os

    env = {**os.environ, "KG_STORE": str(env_store or "/nonexistent-kg-store")}
    env.pop("KG_ENDPOINT", None)
    return subprocess.run([*KG, *args], capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph")) as srv:
        yield srv


@pytest.fixture(scope="module")
def built(server, tmp_path_factory):
    """The seed built into the server and into an embedded store, through the CLI."""
    local = tmp_path_factory.mktemp("embedded") / "store"
    for target in (["--endpoint", server.query_url], ["--store", str(local)]):
        done = kg("build", *target, str(ANNOTATIONS))
        assert done.returncode == 0, done.stderr
    return server, local


def _rows(done: subprocess.CompletedProcess) -> list[str]:
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    return sorted(json.dumps(b, sort_keys=True) for b in doc["results"]["bindings"])


@pytest.mark.parametrize(("name", "params"), CASES, ids=[f"{n}-{'-'.join(p)}" for n, p in CASES])
def test_named_queries_give_the_same_rows_as_the_embedded_store(built, name, params):
    server, local = built
    args = [a for p in params for a in ("--param", p)]
    remote = _rows(kg("query", name, *args, "--format", "json", "--endpoint", server.query_url))
    embedded = _rows(kg("query", name, *args, "--format", "json", "--store", str(local)))
    assert remote == embedded
    if not params and name not in ("linkages", "agreement"):
        assert remote, f"{name} found nothing in the seed"


def test_rebuild_is_idempotent(built):
    server, _ = built
    store = RemoteStore(server.query_url)
    before = len(store)
    assert before > 1000
    done = kg("build", "--endpoint", server.query_url, str(ANNOTATIONS))
    assert done.returncode == 0, done.stderr
    assert len(store) == before
    assert f"the store now holds {before} triples" in done.stdout


def test_a_failing_build_writes_nothing(built, tmp_path):
    server, _ = built
    store = RemoteStore(server.query_url)
    before, graphs = len(store), store.graph_names()
    folder = tmp_path / "sheets"
    shutil.copytree(ROOT / "tests" / "fixtures" / "mini", folder)
    (folder / "zz-broken.yaml").write_text("format: kg-annotation/1\narticle: {id: Bad Id}\n")
    done = kg("build", "--endpoint", server.query_url, str(folder))
    assert done.returncode == 1
    assert "zz-broken.yaml" in done.stderr
    assert len(store) == before and store.graph_names() == graphs


def test_one_update_request_is_one_transaction(server):
    store = RemoteStore(server.query_url)
    before = len(store)
    with pytest.raises(StoreError, match="answered"):
        store.update(f"INSERT DATA {{ GRAPH <{EX}tx> {{ <{EX}a> <{EX}p> 1 }} }} ;\n"
                     f"DROP GRAPH <{EX}graph-that-does-not-exist>")
    assert len(store) == before
    assert URIRef(EX + "tx") not in store.graph_names()


def test_replace_graphs_chunks_and_stays_atomic_per_request(server):
    store = RemoteStore(server.query_url, max_request_bytes=1_000_000)
    big = Graph(identifier=URIRef(EX + "big"))
    for i in range(25_000):
        big.add((URIRef(f"{EX}s{i}"), URIRef(EX + "label"), Literal(f'value "{i}"\n\\ end', lang="en")))
    requests = list(store._update_requests({big.identifier: big}))
    assert len(requests) > 1 and requests[0].startswith("DROP SILENT GRAPH")
    store.replace_graphs({big.identifier: big})
    result = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{EX}big> {{ ?s ?p ?o }} }}")
    assert int(result.rows[0]["n"]) == 25_000
    one = store.query(f"SELECT ?o WHERE {{ <{EX}s7> <{EX}label> ?o }}").rows
    assert one == [{"o": Literal('value "7"\n\\ end', lang="en")}]
    store.replace_graphs({big.identifier: None})
    assert URIRef(EX + "big") not in store.graph_names()


@pytest.mark.parametrize("evil", [
    'x" } ; DROP ALL ; #', "x' } INSERT DATA { <a> <b> <c> } #", 'tab\there "quote" \\ back\nslash',
    '""" } } DROP ALL', "\u0000\u001f control",
])
def test_a_crafted_literal_stays_one_term(built, evil):
    server, _ = built
    store = RemoteStore(server.query_url)
    before = len(store)
    result = store.query("SELECT ?v ?n WHERE { BIND (STRLEN(?v) AS ?n) }", bindings={"v": Literal(evil)})
    assert result.rows == [{"v": Literal(evil), "n": Literal(len(evil))}]
    assert len(store) == before


def test_a_crafted_iri_is_refused_before_anything_is_sent():
    with pytest.raises(QueryError, match="not a valid IRI"):
        nt_term(URIRef(EX + "a> } ; DROP ALL ; <" + EX + "b"))


def test_crafted_cli_parameter_matches_nothing_remotely(built):
    server, _ = built
    done = kg("query", "stances", "--param", 'actor=russia> } DROP ALL ; #', "--format", "json",
              "--endpoint", server.query_url)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["results"]["bindings"] == []
    assert len(RemoteStore(server.query_url)) > 1000


@pytest.mark.parametrize(("query", "expected"), [
    ("SELECT * WHERE { ?s ?p ?o }", "SELECT * WHERE { VALUES"),
    ("SELECT * { ?s ?p ?o }", "SELECT * { VALUES"),
    ("PREFIX ex: <http://x/a#where> SELECT (\"{ WHERE\" AS ?x) # { WHERE\n WHERE { ?s ?p ?o }",
     "WHERE { VALUES"),
    ("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "} WHERE { VALUES"),
    ("SELECT ?s WHERE { { SELECT ?s WHERE { ?s ?p ?o } } }", "SELECT ?s WHERE { VALUES"),
    ("ASK { ?s ?p ?o }", "ASK { VALUES"),
])
def test_values_go_into_the_outermost_where_group(query, expected):
    assert expected in inject_values(query, {"s": URIRef(EX + "a")})


def test_construct_and_ask(built):
    server, _ = built
    store = RemoteStore(server.query_url)
    russia = URIRef("https://w3id.org/kg-negotiation/id/actor/russia")
    graph = store.query("CONSTRUCT { ?a ?p ?o } WHERE { ?a ?p ?o }", bindings={"a": russia}).graph
    assert graph is not None and len(graph) > 3
    assert set(graph.subjects()) == {russia}
    assert store.query("ASK { ?a a ?c }", bindings={"a": russia}).boolean is True


def test_export_round_trips(built, tmp_path):
    server, _ = built
    out = tmp_path / "all.nq"
    done = kg("export", "--format", "nquads", "--out", str(out), "--endpoint", server.query_url)
    assert done.returncode == 0, done.stderr
    ds = Dataset()
    ds.parse(out, format="nquads")
    assert sum(len(g) for g in ds.graphs()) == len(RemoteStore(server.query_url))


def test_stats_analyze_and_render_read_from_the_endpoint(built, tmp_path):
    server, local = built
    done = kg("stats", "--endpoint", server.query_url)
    assert done.returncode == 0, done.stderr
    assert "neg:Stance" in done.stdout
    remote = kg("analyze", "--endpoint", server.query_url)
    embedded = kg("analyze", "--store", str(local))
    assert remote.returncode == 0, remote.stderr
    assert remote.stdout == embedded.stdout and "Russia" in remote.stdout
    out = tmp_path / "net.html"
    done = kg("render", "--endpoint", server.query_url, "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "Russia" in out.read_text(encoding="utf-8")


def test_unreachable_server_is_one_clear_error():
    url = f"http://127.0.0.1:{free_port()}/query"
    with pytest.raises(StoreError, match="cannot reach the SPARQL endpoint"):
        RemoteStore(url, timeout=5).query("ASK {}")
    done = kg("query", "stances", "--endpoint", url)
    assert done.returncode == 1
    assert done.stderr.startswith("Error: cannot reach the SPARQL endpoint") and done.stderr.count("\n") == 1


def test_server_errors_are_quoted(server):
    with pytest.raises(StoreError, match=r"answered 400"):
        RemoteStore(server.query_url).query("SELECT * WHERE { ?s ?p }")
    with pytest.raises(StoreError, match="http:// or https://"):
        RemoteStore("file:///etc/passwd")


def test_update_endpoint(monkeypatch):
    assert update_url("http://h:3030/ds/sparql") == "http://h:3030/ds/update"
    assert update_url("http://h/bigdata/sparql/") == "http://h/bigdata/update"
    assert update_url("http://h:8890/endpoint") == "http://h:8890/endpoint/update"
    monkeypatch.setenv("KG_UPDATE_ENDPOINT", "http://h/other")
    assert update_url("http://h:7878/query") == "http://h/other"


def test_an_upgrade_bigger_than_the_request_cap_is_split_and_records_the_version_last(tmp_path):
    """Like builds, a remote upgrade is sent in requests of at most ``max_request_bytes`` (the
    ontology graph alone is bigger than the cap here); the recomputation and the data version
    go together in the last one, so a failure before it leaves the old version recorded."""
    from kg.data_version import MARK_UPDATE
    from kg.iri import ONTOLOGY_GRAPH
    from kg.migrate import recompute_update, upgrade
    from kg.shapes import ontology_graph
    from tests.test_migrate import _old_remote, assert_upgraded_like, remote_reference

    cap = 20_000
    ontology = {ONTOLOGY_GRAPH: ontology_graph()}
    recompute = recompute_update(merged_default=False)
    expected = remote_reference(tmp_path)
    with oxigraph_server(tmp_path / "server") as srv:
        old = _old_remote(srv.query_url)
        small = RemoteStore(srv.query_url, max_request_bytes=cap)
        requests = list(small._update_requests(ontology, then=[recompute]))
        assert len(requests) > 2
        assert all(MARK_UPDATE not in r and recompute not in r for r in requests[:-1])
        assert requests[-1].endswith(recompute + " ;\n" + MARK_UPDATE)
        # within the cap, or one INSERT DATA of a graph's chunk that is bigger on its own
        assert all(len(r.encode("utf-8")) <= cap or (r.startswith("INSERT DATA") and " ;\n" not in r)
                   for r in requests[:-1])
        with pytest.raises(StoreError, match="answered"):  # the last request fails: still the old version
            small.upgrade(f"DROP GRAPH <{EX}graph-that-does-not-exist>", ontology)
        assert old.data_version() == 0
        report = upgrade(RemoteStore(srv.query_url, max_request_bytes=cap))
        assert report.upgraded
        assert_upgraded_like(srv.query_url, expected)
