"""Stores written by an older kg: refused with one line until ``kg upgrade`` derives in place
what a fresh build writes (kg.data_version, kg.migrate), on the embedded store and on a
real Oxigraph server.

An "old" store is made the way an older kg left it: a fresh build whose derived statements
(the direct statements and neg:evidenceText, spelled out here, not taken from kg.compile)
and data version marker are deleted from the published generation with pyoxigraph itself.
"""

from __future__ import annotations

import gc
import subprocess
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from kg import queries
from kg.build import build
from kg.cli import app
from kg.data_version import DATA_VERSION, METADATA_GRAPH, OutdatedStoreError
from kg.errors import StoreError
from kg.migrate import upgrade
from kg.remote import RemoteStore
from kg.store import Format, RdflibStore, open_store
from tests.conftest import MINI, SEED_ANNOTATION
from tests.oxigraph_server import free_port, oxigraph_binary, oxigraph_server, wait_until_answers

NEG = "https://w3id.org/kg-negotiation/ontology#"
DIRECT = [NEG + p for p in ("supports", "opposes", "supportsConditionally", "hasMixedViewOn", "isNeutralOn")]
EVIDENCE_TEXT = NEG + "evidenceText"
ONTOLOGY = "https://w3id.org/kg-negotiation/id/graph/ontology"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SHEETS = [SEED_ANNOTATION, MINI, Path(__file__).parent / "fixtures" / "network"]
runner = CliRunner()


def old_message(where: object, found: int) -> str:
    return (f"Error: the store at {where} was written by an older kg (data version {found}; this kg "
            f"needs {DATA_VERSION}); run 'kg upgrade' to add the derived statements "
            "(or build into a new, empty store)\n")


def _strip(predicates: list[str], version: int | None, extra: str = "", *, default: bool = True) -> str:
    """The SPARQL Update that turns a fresh build into what an older kg wrote (``default``: also
    in the merged default graph of the embedded store)."""
    values = " ".join(f"<{p}>" for p in predicates)
    ops = [f"DELETE {{ GRAPH ?g {{ ?s ?p ?o }} }} WHERE {{ VALUES ?p {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }}",
           f"DROP SILENT GRAPH <{METADATA_GRAPH}>",
           f"DELETE WHERE {{ GRAPH <{ONTOLOGY}> {{ <{NEG}oppose> <{LABEL}> ?l }} }}"]  # an older ontology
    if default:
        ops.append(f"DELETE {{ ?s ?p ?o }} WHERE {{ VALUES ?p {{ {values} }} ?s ?p ?o }}")
        ops.append(f"DELETE WHERE {{ <{NEG}oppose> <{LABEL}> ?l }}")
    if version is not None:
        ops.append(f"INSERT DATA {{ GRAPH <{METADATA_GRAPH}> {{ <https://w3id.org/kg-negotiation/id/store> "
                   f"<http://www.w3.org/2002/07/owl#versionInfo> {version} }} }}")
    return " ;\n".join(ops + ([extra] if extra else []))


def make_old(path: Path, *, predicates: list[str] | None = None, version: int | None = None,
             extra: str = "") -> None:
    """Build the sheets into ``path``, then change its published generation in place."""
    build(SHEETS, store=open_store(path), shacl=False)
    generation = path / (path / "CURRENT").read_text().strip()
    raw = ox.Store(str(generation))
    raw.update(_strip(DIRECT + [EVIDENCE_TEXT] if predicates is None else predicates, version, extra))
    raw.flush()
    del raw
    gc.collect()


def fresh(path: Path):
    store = open_store(path)
    build(SHEETS, store=store, shacl=False)
    return store


def _graphs(store) -> dict[URIRef, Graph]:
    ds = Dataset()
    ds.parse(data=store.export(Format.NQUADS), format="nquads")
    return {g.identifier: g for g in ds.graphs() if len(g)}


def _default(store) -> Graph:
    return Graph().parse(data=store.export(Format.NTRIPLES), format="nt")


def assert_same_store(upgraded, reference) -> None:
    mine, theirs = _graphs(upgraded), _graphs(reference)
    assert sorted(mine) == sorted(theirs)
    for name, graph in theirs.items():
        assert isomorphic(mine[name], graph), name
    assert len(upgraded) == len(reference)


ANSWERS = [(q.name, {}) for q in queries.list_queries()] + [
    ("stances", {"actor": "russia"}), ("contested", {"issue": "territory"}),
    ("agreement", {"issue": "territory"}), ("timeline", {"actor": "russia"})]


def answers(store) -> dict[str, list]:
    return {f"{name}{params}": queries.run(store, name, params).rows for name, params in ANSWERS}


# --- the embedded store ---------------------------------------------------------------------

def test_fresh_builds_record_the_data_version(store_path):
    store = fresh(store_path)
    assert store.data_version() == DATA_VERSION
    assert URIRef(METADATA_GRAPH) not in store.graph_names()
    assert open_store(store_path / "nothing").data_version() is None
    result = runner.invoke(app, ["upgrade", "--store", str(store_path)])
    assert result.exit_code == 0
    assert result.output == f"The store at {store_path} is up to date (data version {DATA_VERSION}).\n"


def test_every_use_of_an_old_store_is_refused_with_one_line(store_path, tmp_path, monkeypatch):
    monkeypatch.setenv("KG_KEEP_ANSWERS", "1")  # answers kept for the generation must not leak
    make_old(store_path)
    before = (store_path / "CURRENT").read_text()
    for args in (["query", "stances"], ["query", "contested"], ["stats"], ["export", "-f", "trig"],
                 ["build", str(MINI)], ["render", "--out", str(tmp_path / "g.html")],
                 ["ingest", str(MINI / "mini-talks.txt"), "--rule-only", "--drafts", str(tmp_path / "drafts")]):
        result = runner.invoke(app, [*args, "--store", str(store_path)])
        assert (result.exit_code, result.output) == (1, old_message(store_path, 0)), args
    result = runner.invoke(app, ["serve", "--store", str(store_path), "--port", str(free_port())])
    assert (result.exit_code, result.output) == (1, old_message(store_path, 0))
    assert (store_path / "CURRENT").read_text() == before  # the build wrote nothing
    assert not (tmp_path / "drafts").exists()  # refused before extracting anything
    with pytest.raises(OutdatedStoreError):
        queries.run(open_store(store_path), "stances")


def test_upgrade_writes_what_a_fresh_build_writes(store_path, tmp_path):
    make_old(store_path)
    old = open_store(store_path)
    assert old.data_version() == 0
    result = runner.invoke(app, ["upgrade", "--store", str(store_path)])
    assert result.exit_code == 0, result.output
    n = len(old.graph_names())
    assert result.output == (f"Upgraded the store at {store_path} from data version 0 to {DATA_VERSION} "
                             f"({n} named graphs).\n")
    reference = fresh(tmp_path / "reference")
    assert old.data_version() == DATA_VERSION
    assert_same_store(old, reference)
    assert isomorphic(_default(old), _default(reference))  # the merge in the default graph too
    assert answers(old) == answers(reference)
    assert any(answers(reference)["contested{}"])  # the comparison is not between empty answers


def test_a_store_of_version_1_gets_the_evidence_text(store_path, tmp_path):
    make_old(store_path, predicates=[EVIDENCE_TEXT], version=1)
    result = runner.invoke(app, ["query", "stances", "--store", str(store_path)])
    assert (result.exit_code, result.output) == (1, old_message(store_path, 1))
    report = upgrade(open_store(store_path))
    assert (report.found, report.upgraded) == (1, True)
    assert_same_store(open_store(store_path), fresh(tmp_path / "reference"))


def test_after_the_upgrade_a_new_article_joins_the_others(store_path, tmp_path):
    """The 'mixed store' of the issue: ingesting into an old store was the way to lose data."""
    make_old(store_path, predicates=DIRECT + [EVIDENCE_TEXT])
    upgrade(open_store(store_path))
    store = open_store(store_path)
    build([MINI], store=store, shacl=False)
    reference = fresh(tmp_path / "reference")
    assert answers(store) == answers(reference)


def test_a_failed_upgrade_changes_nothing(store_path):
    """A stance given a second value by hand: the upgrade derives, checks, refuses to publish."""
    stance = "https://w3id.org/kg-negotiation/id/article/mini-talks/stance/sylvania-rejects-withdrawal"
    graph = "https://w3id.org/kg-negotiation/id/graph/mini-talks"
    make_old(store_path, extra=f"INSERT DATA {{ GRAPH <{graph}> {{ <{stance}> <{NEG}stanceValue> "
                               f"<{NEG}support> }} }}")
    assert len(stance_values(store_path, stance)) == 2
    before = ((store_path / "CURRENT").read_text(), sorted(p.name for p in store_path.glob("gen-*")),
              raw_quads(store_path))
    result = runner.invoke(app, ["upgrade", "--store", str(store_path)])
    assert result.exit_code == 1
    assert result.output == (f"Error: cannot upgrade the store at {store_path}: stance <{stance}> in graph "
                             f"<{graph}> has 1 holders, 1 targets, 2 values, 2 texts (a stance needs exactly "
                             "one holder, target and stance value, and evidence with a quote); fix or "
                             "rebuild its article, nothing was changed\n")
    after = ((store_path / "CURRENT").read_text(), sorted(p.name for p in store_path.glob("gen-*")),
             raw_quads(store_path))
    assert after == before
    assert open_store(store_path).data_version() == 0


def _published(path: Path):
    """The published generation, read with pyoxigraph (kg refuses to read it)."""
    return ox.Store.read_only(str(path / (path / "CURRENT").read_text().strip()))


def stance_values(path: Path, stance: str) -> list[str]:
    return [q.object.value for q in _published(path).quads_for_pattern(
        ox.NamedNode(stance), ox.NamedNode(NEG + "stanceValue"), None, ox.NamedNode(
            "https://w3id.org/kg-negotiation/id/graph/mini-talks"))]


def raw_quads(path: Path) -> set[str]:
    """Every quad of the published generation (default graph included), in N-Quads."""
    return {str(q) for q in _published(path)}


def test_a_store_of_a_newer_kg_is_refused(store_path):
    make_old(store_path, predicates=[], version=DATA_VERSION + 1)
    for args in (["query", "stances"], ["upgrade"]):
        result = runner.invoke(app, [*args, "--store", str(store_path)])
        assert result.exit_code == 1
        assert result.output == (f"Error: the store at {store_path} was written by a newer kg (data version "
                                 f"{DATA_VERSION + 1}; this kg reads {DATA_VERSION}); use a newer kg\n")


def test_memory_stores_need_no_version():
    store = open_store(memory=True)
    build([MINI], store=store, shacl=False)
    assert store.data_version() is None and queries.run(store, "stances").rows
    assert upgrade(store).upgraded is False
    with pytest.raises(StoreError, match="cannot upgrade a RdflibStore"):
        upgrade(RdflibStore())


# --- a real Oxigraph server -------------------------------------------------------------------

needs_server = pytest.mark.skipif(oxigraph_binary() is None, reason="needs the oxigraph server")


def _old_remote(url: str) -> RemoteStore:
    store = RemoteStore(url)
    build(SHEETS, store=store, shacl=False)
    store.update(_strip(DIRECT + [EVIDENCE_TEXT], None, default=False))
    return RemoteStore(url)


def remote_reference(tmp_path: Path) -> tuple[dict[URIRef, Graph], dict[str, list]]:
    """The graphs and answers of a fresh build into a second server (row order of ties is
    the engine's, so upgraded servers are compared with a server)."""
    with oxigraph_server(tmp_path / "reference") as second:
        reference = RemoteStore(second.query_url)
        build(SHEETS, store=reference, shacl=False)
        return _graphs(reference), answers(reference)


def assert_upgraded_like(url: str, expected: tuple[dict[URIRef, Graph], dict[str, list]]) -> None:
    upgraded = RemoteStore(url)
    assert upgraded.data_version() == DATA_VERSION
    graphs = _graphs(upgraded)
    assert sorted(graphs) == sorted(expected[0])
    assert all(isomorphic(graphs[name], g) for name, g in expected[0].items())
    assert answers(upgraded) == expected[1]


@needs_server
def test_a_remote_store_is_refused_then_upgraded(tmp_path):
    """Compared with a fresh build into a second server."""
    expected_graphs, expected_answers = expected = remote_reference(tmp_path)
    with oxigraph_server(tmp_path / "server") as server:
        old = _old_remote(server.query_url)
        assert old.data_version() == 0
        result = runner.invoke(app, ["query", "contested", "--endpoint", server.query_url])
        assert (result.exit_code, result.output) == (1, old_message(server.query_url, 0))
        result = runner.invoke(app, ["upgrade", "--endpoint", server.query_url])
        assert result.exit_code == 0, result.output
        assert_upgraded_like(server.query_url, expected)
        assert expected_answers["contested{}"] and expected_answers["stances{}"] and expected_graphs


@needs_server
def test_a_read_only_endpoint_refuses_and_is_not_written(tmp_path):
    location = tmp_path / "server"
    with oxigraph_server(location) as server:
        _old_remote(server.query_url)
    port = free_port()
    url = f"http://127.0.0.1:{port}/query"
    proc = subprocess.Popen([oxigraph_binary(), "serve-read-only", "--location", str(location), "--bind",
                             f"127.0.0.1:{port}", "--union-default-graph"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until_answers(url + "?query=ASK%7B%7D", proc=proc)
        result = runner.invoke(app, ["query", "stances", "--endpoint", url])
        assert (result.exit_code, result.output) == (1, old_message(url, 0))
        result = runner.invoke(app, ["upgrade", "--endpoint", url])
        assert result.exit_code == 1 and result.output.startswith(f"Error: the SPARQL endpoint http://127.0.0.1:{port}/update")
        assert RemoteStore(url).data_version() == 0
    finally:
        proc.kill()
        proc.wait(10)
