"""kg.build and kg.compile: all-or-nothing builds, references, precedence, golden graph."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic

from kg import iri
from kg.annotations import load_annotation
from kg.build import build, compile_all, validate
from kg.errors import AnnotationError, ValidationError
from kg.namespace import NEG
from kg.store import Format, open_store
from tests.conftest import MINI
from tests.sheets import copy_sheet, edit, line_of

GOLDEN = Path(__file__).parent / "fixtures" / "golden"


def test_golden_graph(mini_dir):
    """The mini coding compiles to exactly the reviewed graph in tests/fixtures/golden."""
    graphs, _, _ = compile_all([load_annotation(mini_dir / "mini-talks.yaml")])
    compiled = graphs[iri.graph_iri("mini-talks")].graph()
    expected = Graph().parse(GOLDEN / "mini-talks.ttl", format="turtle")
    assert isomorphic(compiled, expected)


def test_build_and_rebuild_is_idempotent(mini_dir, store_path):
    store = open_store(store_path)
    first = build([mini_dir], store=store)
    assert first.articles == ["mini-talks"]
    n = len(store)
    again = build([mini_dir], store=open_store(store_path))
    assert again.store_triples == n == len(open_store(store_path))
    assert iri.graph_iri("mini-talks") in store.graph_names()


def test_one_named_graph_per_article_and_shared_actor_iris(mini_dir, store_path):
    copy_sheet(mini_dir / "mini-talks.yaml", mini_dir / "second.yaml",
               ("  id: mini-talks\n", "  id: mini-talks-follow-up\n"))
    store = open_store(store_path)
    build([mini_dir], store=store)
    names = store.graph_names()
    assert iri.graph_iri("mini-talks") in names and iri.graph_iri("mini-talks-follow-up") in names
    rows = store.query("""
        PREFIX neg: <https://w3id.org/kg-negotiation/ontology#>
        SELECT DISTINCT ?holder WHERE { ?s neg:holder ?holder }""").rows
    assert {r["holder"] for r in rows} == {iri.actor_iri("freedonia"), iri.actor_iri("sylvania")}
    count = store.query("PREFIX neg: <https://w3id.org/kg-negotiation/ontology#> "
                        "SELECT (COUNT(?s) AS ?n) WHERE { ?s a neg:Stance }").rows[0]["n"]
    assert int(count) == 4  # two per article, article-scoped IRIs


@pytest.mark.parametrize(("old", "new", "message"), [
    ("    holder: sylvania\n", "    holder: atlantis\n", "field 'stances.1.holder': unknown actor 'atlantis'"),
    ("    issue: territory\n    value: oppose", "    issue: fishing_rights\n    value: oppose",
     "field 'stances.1.issue.0': unknown issue code 'fishing_rights'"),
    ("    target: valley-ceasefire\n", "    target: freedonia\n",
     "field 'stances.0.target': 'freedonia' is a actor, expected a position or proposal"),
    ("    voiced_by: rufus-firefly\n", "    voiced_by: freedonia\n",
     "field 'stances.0.voiced_by': 'freedonia' is not a person"),
])
def test_bad_reference_names_file_line_and_leaves_store_unchanged(mini_dir, store_path, old, new, message):
    store = open_store(store_path)
    build([mini_dir], store=store)
    before = store.export(Format.NQUADS)
    path = edit(mini_dir / "mini-talks.yaml", old, new)
    with pytest.raises(AnnotationError) as err:
        build([mini_dir], store=open_store(store_path))
    line = line_of(path, new.strip().splitlines()[0])
    assert str(err.value).startswith(f"{path}:")
    assert message in str(err.value)
    assert abs(err.value.line - line) <= 1
    assert open_store(store_path).export(Format.NQUADS) == before


def test_a_bad_file_among_good_ones_writes_nothing(mini_dir, store_path, tmp_path):
    bad = mini_dir / "zz-bad.yaml"
    bad.write_text("format: kg-annotation/1\narticle: {id: zz, title: T}\n")
    store = open_store(store_path)
    with pytest.raises(AnnotationError, match=r"zz-bad\.yaml:2: missing field 'article\.publisher'"):
        build([mini_dir], store=store)
    assert len(open_store(store_path)) == 0
    assert not (store_path / "CURRENT").exists()


def test_shacl_violation_is_reported_for_people(mini_dir):
    second = copy_sheet(mini_dir / "mini-talks.yaml", mini_dir / "second.yaml",
                        ("  id: mini-talks\n", "  id: mini-talks-follow-up\n"),
                        ("    label: Sylvania\n", "    label: Republic of Sylvania\n"))
    with pytest.raises(ValidationError) as err:
        validate([mini_dir])
    assert err.value.problems == [
        f"{second}:{line_of(second, 'id: sylvania')}: actor 'sylvania': "
        "An actor needs exactly one name (rdfs:label); put other names in skos:altLabel."
    ]


@pytest.mark.parametrize("workers", [1, 2])
def test_both_shacl_engines_and_any_number_of_workers_report_the_same_lines(tmp_path, monkeypatch, workers):
    """Several problems in several sheets: the SPARQL engine (its queries shared by forked
    processes when there are two workers) reports exactly the lines pyshacl gives."""
    import kg.shapes

    monkeypatch.setattr(kg.shapes, "PARALLEL_FROM_BYTES", 0)  # fork even for a few sheets
    folder = _corpus_copy(tmp_path, 4)
    edit(folder / "s001.yaml", "    label: Sylvania\n", "    label: Republic of Sylvania\n")
    edit(folder / "s002.yaml", "    label: Sylvania\n", "    label: Sylvania Republic\n")
    problems = {}
    for engine in ("oxigraph", "pyshacl"):
        with pytest.raises(ValidationError) as err:
            validate([folder], engine=engine, workers=workers)
        problems[engine] = err.value.problems
    assert problems["oxigraph"] == problems["pyshacl"]
    assert problems["pyshacl"] and all("rdfs:label" in p for p in problems["pyshacl"])


def test_curated_coding_takes_precedence_over_machine_draft(mini_dir, store_path):
    draft = copy_sheet(mini_dir / "mini-talks.yaml", mini_dir / "draft.yaml",
                       ("  status: curated\n", "  status: machine\n"),
                       ("    value: oppose\n", "    value: support\n"))
    store = open_store(store_path)
    build([draft], store=store)
    assert iri.graph_iri("mini-talks", machine=True) in store.graph_names()
    report = build([mini_dir / "mini-talks.yaml"], store=store)
    assert iri.graph_iri("mini-talks", machine=True) not in store.graph_names()
    report = build([draft], store=store)
    assert report.machine_skipped == ["mini-talks"]
    values = {r["v"] for r in store.query(
        "PREFIX neg: <https://w3id.org/kg-negotiation/ontology#> "
        "SELECT ?v WHERE { ?s neg:stanceValue ?v }").rows}
    assert values == {NEG.conditional, NEG.oppose}


def test_export_formats_parse_back(mini_dir, store_path):
    store = open_store(store_path)
    build([mini_dir], store=store)
    n = len(store)
    for fmt, parser in ((Format.NQUADS, "nquads"), (Format.TRIG, "trig")):
        ds = Dataset()
        ds.parse(data=store.export(fmt), format=parser)
        assert sum(len(g) for g in ds.graphs()) == n
    for fmt, parser in ((Format.TURTLE, "turtle"), (Format.JSONLD, "json-ld"), (Format.NTRIPLES, "nt")):
        g = Graph().parse(data=store.export(fmt), format=parser)
        assert (URIRef(iri.article_iri("mini-talks")), None, None) in g


def test_stances_query_lists_machine_and_curated_alike_with_status(mini_dir, store_path):
    from kg import queries

    copy_sheet(mini_dir / "mini-talks.yaml", mini_dir / "draft.yaml",
               ("  id: mini-talks\n", "  id: mini-talks-wire\n"),
               ("  status: curated\n", "  status: machine\n"))
    store = open_store(store_path)
    build([mini_dir], store=store)
    rows = queries.run(store, "stances", {"actor": "sylvania"}).rows
    assert sorted((str(r["article"]).rsplit("/", 1)[1], str(r["status"])) for r in rows) == [
        ("mini-talks", "curated"), ("mini-talks-wire", "machine")]


def _corpus_copy(tmp_path: Path, n: int) -> Path:
    """``n`` sheets: the mini coding under ``n`` article ids (with its text)."""
    folder = tmp_path / "many"
    folder.mkdir()
    (folder / "mini-talks.txt").write_bytes((MINI / "mini-talks.txt").read_bytes())
    for i in range(n):
        copy_sheet(MINI / "mini-talks.yaml", folder / f"s{i:03d}.yaml",
                   ("  id: mini-talks\n", f"  id: mini-talks-{i:03d}\n"))
    return folder


def test_worker_processes_store_what_one_process_stores(tmp_path, monkeypatch):
    import kg.build

    monkeypatch.setattr(kg.build, "_CHUNK", 3)  # several chunks per worker
    folder = _corpus_copy(tmp_path, 10)
    one, two = open_store(tmp_path / "one"), open_store(tmp_path / "two")
    build([folder], store=one, workers=1)
    report = build([folder], store=two, workers=2)
    assert len(report.articles) == 10
    assert _quads(one) == _quads(two) and len(one) == len(two) > 0


def _quads(store) -> set[bytes]:
    return {q for q in store.export(Format.NQUADS).splitlines() if b"_:" not in q}


@pytest.mark.parametrize("workers", [1, 2])
def test_the_first_bad_sheet_in_file_order_is_reported(tmp_path, monkeypatch, workers):
    """Two bad sheets in different chunks: the error is the first one's, with any number of
    workers; a bad reference (found when compiling) likewise."""
    import kg.build

    monkeypatch.setattr(kg.build, "_CHUNK", 2)
    folder = _corpus_copy(tmp_path, 9)
    edit(folder / "s003.yaml", "    value: oppose\n", "    value: hates\n")
    edit(folder / "s007.yaml", "    value: oppose\n", "    value: loves\n")
    with pytest.raises(AnnotationError) as err:
        build([folder], store=open_store(tmp_path / "store"), workers=workers)
    assert str(err.value) == (f"{folder / 's003.yaml'}:{line_of(folder / 's003.yaml', 'hates')}: "
                              "field 'stances.1.value': 'hates' is not one of support, oppose, "
                              "conditional, mixed, neutral")
    edit(folder / "s003.yaml", "    value: hates\n", "    value: oppose\n")
    edit(folder / "s007.yaml", "    value: loves\n", "    value: oppose\n")
    edit(folder / "s005.yaml", "    holder: sylvania\n", "    holder: atlantis\n")
    edit(folder / "s008.yaml", "    holder: sylvania\n", "    holder: narnia\n")
    with pytest.raises(AnnotationError) as err:
        build([folder], store=open_store(tmp_path / "store"), workers=workers)
    bad = folder / "s005.yaml"
    assert str(err.value).startswith(f"{bad}:{line_of(bad, 'atlantis')}: "
                                     "field 'stances.1.holder': unknown actor 'atlantis'")
    assert not (tmp_path / "store" / "CURRENT").exists()
