"""kg.store: the embedded Oxigraph store's generations, term round trips, the rdflib baseline."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import XSD, BNode, Graph, Literal, URIRef
from rdflib.term import Variable

from kg.errors import StoreError
from kg.store import RdflibStore, from_ox, open_store, to_ox

EX = "https://example.org/"


def _graph(name: str, n: int) -> Graph:
    g = Graph(identifier=URIRef(EX + name))
    for i in range(n):
        g.add((URIRef(f"{EX}s{i}"), URIRef(EX + "p"), Literal(i)))
    return g


@pytest.mark.parametrize("term", [
    URIRef(EX + "a"), BNode("b1"), Literal("plain"), Literal("chat", lang="fr"),
    Literal("2025-01-02", datatype=XSD.date), Literal('quote " and \\ backslash\n'),
])
def test_terms_round_trip(term):
    assert from_ox(to_ox(term)) == term


def test_generations_publish_atomically(store_path):
    store = open_store(store_path)
    store.replace_graphs({URIRef(EX + "g"): _graph("g", 3)})
    assert len(store) == 3
    first = (store_path / "CURRENT").read_text()
    bad = _graph("g", 5)
    bad.add((URIRef(EX + "x"), URIRef(EX + "p"), Variable("not-storable")))
    with pytest.raises(StoreError, match="cannot store term"):
        store.replace_graphs({URIRef(EX + "g"): bad})
    assert (store_path / "CURRENT").read_text() == first
    assert len(open_store(store_path)) == 3
    assert sorted(p.name for p in store_path.glob("gen-*")) == [first.strip()]


def test_reader_keeps_its_generation_until_it_asks_again(store_path):
    writer = open_store(store_path)
    writer.replace_graphs({URIRef(EX + "g"): _graph("g", 2)})
    reader = open_store(store_path)
    assert len(reader) == 2
    writer.replace_graphs({URIRef(EX + "g"): _graph("g", 7)})
    assert len(reader) == 7  # reopened the new generation on the next read
    writer.replace_graphs({URIRef(EX + "g"): None})
    assert len(reader) == 0


def test_a_pinned_reader_reads_one_generation_until_the_block_ends(store_path):
    """The queries that make one answer (a named query, its labels, its kept file) see one
    generation, even when a writer publishes another meanwhile."""
    writer = open_store(store_path)
    writer.replace_graphs({URIRef(EX + "g"): _graph("g", 2)})
    reader = open_store(store_path)
    with reader.pinned():
        folder = reader.cache_dir()
        writer.replace_graphs({URIRef(EX + "g"): _graph("g", 7)})
        assert len(reader) == 2 and reader.cache_dir() == folder
    assert len(reader) == 7 and reader.cache_dir() != folder


def test_old_generations_are_pruned(store_path):
    store = open_store(store_path)
    for n in range(1, 7):
        store.replace_graphs({URIRef(EX + "g"): _graph("g", n)})
    assert len(list(store_path.glob("gen-*"))) == 3
    assert len(store) == 6


def test_empty_store_answers_queries(store_path):
    assert open_store(store_path).query("SELECT * WHERE { ?s ?p ?o }").rows == []


def test_a_file_is_not_a_store(tmp_path):
    (tmp_path / "f").write_text("x")
    with pytest.raises(StoreError, match="is not a store directory"):
        open_store(tmp_path / "f")


def test_bindings_are_terms_not_text(store_path):
    store = open_store(store_path)
    store.replace_graphs({URIRef(EX + "g"): _graph("g", 3)})
    q = f"SELECT ?s ?o WHERE {{ ?s <{EX}p> ?o }}"
    assert len(store.query(q, bindings={"o": Literal(1)}).rows) == 1
    evil = Literal('1 } ; DROP ALL ; SELECT * { ?s ?p ?o')
    assert store.query(q, bindings={"o": evil}).rows == []
    assert len(store) == 3


def test_rdflib_baseline_gives_the_same_answers(store_path):
    ox_store, rdf_store = open_store(store_path), RdflibStore()
    for s in (ox_store, rdf_store):
        s.replace_graphs({URIRef(EX + "g"): _graph("g", 4), URIRef(EX + "h"): _graph("h", 2)})
    # the same triple in two named graphs counts once: queries use DISTINCT, since
    # Oxigraph's union default graph keeps one solution per graph
    q = f"SELECT ?s (COUNT(DISTINCT ?o) AS ?n) WHERE {{ ?s <{EX}p> ?o }} GROUP BY ?s ORDER BY ?s"
    assert ox_store.query(q).rows == rdf_store.query(q).rows
    assert len(ox_store) == len(rdf_store) == 6
    assert ox_store.graph_names() == rdf_store.graph_names()


def test_each_generation_has_its_own_cache_folder_removed_with_it(store_path):
    store = open_store(store_path)
    assert store.cache_dir() is None  # nothing built yet
    store.replace_graphs({URIRef(EX + "g"): _graph("g", 1)})
    first = store.cache_dir()
    assert first == store_path / "cache" / (store_path / "CURRENT").read_text().strip()
    first.mkdir(parents=True, exist_ok=True)
    following = first.parent / f"gen-{int(first.name[4:]) + 1:06d}"
    (following / "stale").mkdir(parents=True)  # left by a store deleted and rebuilt, say
    store.replace_graphs({URIRef(EX + "g"): _graph("g", 2)})
    assert store.cache_dir() == following and not (following / "stale").exists()
    for n in range(3, 6):
        store.replace_graphs({URIRef(EX + "g"): _graph("g", n)})
    assert not first.exists()  # pruned with its generation
    assert open_store(memory=True).cache_dir() is None


def test_answers_read_from_oxigraph_text_are_the_terms_of_each_solution():
    """kg.oxterms.solutions (Oxigraph writes TSV, each distinct cell parsed once) gives the
    same rdflib terms as converting every solution term by term, for awkward values too."""
    import pyoxigraph as ox

    from kg.oxterms import solutions

    xsd = "http://www.w3.org/2001/XMLSchema#"
    values = [ox.Literal(""), ox.Literal("a\tb\nc\rd\"e\\f é 😀 \x01\x7f \u2028"),
              ox.Literal("x", language="en-GB"), ox.Literal("y", language="fr"),
              ox.Literal("<http://not-an-iri>"), ox.Literal("_:not-a-blank-node")]
    values += [ox.Literal(v, datatype=ox.NamedNode(xsd + t)) for v, t in [
        ("5", "integer"), ("-07", "integer"), ("1.50", "decimal"), ("true", "boolean"), ("1e3", "double"),
        ("2024-01", "gYearMonth"), ("2025-11-02", "date"), ("bad", "integer"), ("0.95", "decimal")]]
    values += [ox.BlankNode("b1"), ox.NamedNode(EX + "x#y"), ox.NamedNode(EX + "é")]
    store = ox.Store()
    for i, value in enumerate(values):
        store.add(ox.Quad(ox.NamedNode(f"{EX}s{i}"), ox.NamedNode(EX + "p"), value))
    store.add(ox.Quad(ox.NamedNode(EX + "s0"), ox.NamedNode(EX + "q"), ox.BlankNode("b2")))
    text = f"SELECT ?s ?o ?u WHERE {{ ?s <{EX}p> ?o OPTIONAL {{ ?s <{EX}q> ?u }} }}"
    names, rows = solutions(store.query(text))
    expected = [{n: from_ox(sol[n]) for n in names} for sol in store.query(text)]
    assert names == ["s", "o", "u"] and len(rows) == len(values)
    assert rows == expected
    for got, want in zip(rows, expected, strict=True):
        for n in names:
            assert type(got[n]) is type(want[n])
            if isinstance(want[n], Literal):
                assert (got[n].datatype, got[n].language) == (want[n].datatype, want[n].language)
    assert sum(r["u"] is None for r in rows) == len(values) - 1
    assert solutions(store.query("SELECT ?o WHERE { ?s ?p ?o FILTER(false) }")) == (["o"], [])


def test_publishing_keeps_the_whole_graph_answers(mini_dir, store_path, monkeypatch):
    """A large write (a build of at least COMPACT_FROM statements), or any write with
    KG_KEEP_ANSWERS=1, evaluates the parameter-less whole-graph queries on the generation it
    publishes and keeps their answers: the first request reads them (same rows)."""
    import kg.store
    from kg import queries, query_cache
    from kg.build import build
    from kg.query_keep import PUBLISH_ANSWERS

    def kept_answers() -> None:
        folder = store.cache_dir()
        _wait_for_kept_answers(store_path, folder)
        for name in PUBLISH_ANSWERS:
            q = queries.get_query(name)
            kept = query_cache.read(folder / query_cache.key(q.text, {}))
            assert kept is not None, name
            assert kept.rows == queries.run(store, name, cache=False).rows, name
        assert any(query_cache.read(folder / query_cache.key(queries.get_query(n).text, {})).rows
                   for n in PUBLISH_ANSWERS)

    monkeypatch.delenv("KG_KEEP_ANSWERS", raising=False)
    store = open_store(store_path)
    build([mini_dir], store=store, shacl=False)
    assert not store.cache_dir().exists()  # a small write: the first reader evaluates
    monkeypatch.setattr(kg.store, "COMPACT_FROM", 100)  # the mini sheet's 160 statements count as large
    build([mini_dir], store=store, shacl=False)
    kept_answers()
    monkeypatch.setattr(kg.store, "COMPACT_FROM", 50_000)
    monkeypatch.setenv("KG_KEEP_ANSWERS", "1")
    build([mini_dir], store=store, shacl=False)
    kept_answers()
    monkeypatch.setenv("KG_KEEP_ANSWERS", "0")
    monkeypatch.setattr(kg.store, "COMPACT_FROM", 100)
    build([mini_dir], store=store, shacl=False)
    assert store.cache_dir() is not None and not store.cache_dir().exists()


def test_the_scoped_answers_of_busy_actors_and_issues_are_kept(store_path, monkeypatch):
    """After the whole-graph answers, the keeping process keeps the scoped queries' answers for
    every actor and issue holding at least HOT_STANCES stances, and for no other: their first
    request reads the kept rows, the same rows as evaluating anew."""
    import kg.query_keep
    from kg import queries, query_cache
    from kg.build import build
    from kg.query_keep import SCOPED_ANSWERS, hot_values, stance_counts

    corpus = Path(__file__).resolve().parents[1] / "data" / "corpus" / "dev"
    store = open_store(store_path)
    build([corpus], store=store, shacl=False)
    counts = {kind: dict(stance_counts(store, kind)) for kind in SCOPED_ANSWERS}
    least = sorted(counts["actor"].values())[-1]  # only the busiest actor(s) qualify
    assert least > min(counts["actor"].values())
    monkeypatch.setattr(kg.query_keep, "HOT_STANCES", least)
    monkeypatch.setenv("KG_KEEP_ANSWERS", "1")
    build([corpus], store=store, shacl=False)
    folder = store.cache_dir()
    for kind, names in SCOPED_ANSWERS.items():
        hot = hot_values(store, kind)
        assert hot and [v.strip("<>") for v in hot] == [v for v, n in counts[kind].items() if n >= least]
        for value in {f"<{v}>" for v in counts[kind]}:
            for name in names:
                bindings = queries.bind(queries.get_query(name), {kind: value})
                kept = query_cache.read(folder / query_cache.key(queries.get_query(name).text, bindings))
                if value in hot:
                    assert kept is not None and kept.rows, (name, value)
                    assert kept.rows == queries.run(store, name, {kind: value}, cache=False).rows
                else:
                    assert kept is None, (name, value)


def test_after_a_small_write_a_background_process_keeps_the_answers(mini_dir, store_path, monkeypatch):
    """A small write (an ingest) into a store whose previous generation had kept answers returns
    at once; a background process keeps the answers of the generation it published, so the
    first page asked for afterwards reads kept rows (the same rows as evaluating anew)."""
    from kg import queries, query_cache
    from kg.build import build

    monkeypatch.setenv("KG_KEEP_ANSWERS", "1")
    store = open_store(store_path)
    build([mini_dir], store=store, shacl=False)
    first = store.cache_dir()
    monkeypatch.delenv("KG_KEEP_ANSWERS")
    store.replace_graphs({URIRef(EX + "late"): _graph("late", 5)})
    folder = store.cache_dir()
    assert folder != first
    for name, path in _wait_for_kept_answers(store_path, folder).items():
        assert query_cache.read(path).rows == queries.run(store, name, cache=False).rows, name


def _wait_for_kept_answers(store_path, folder) -> dict:
    """The files of the kept whole-graph answers in ``folder``, once a background process
    has written them all and is done (at most two minutes)."""
    import fcntl
    import time

    from kg import queries, query_cache
    from kg.query_keep import PUBLISH_ANSWERS

    paths = {name: folder / query_cache.key(queries.get_query(name).text, {}) for name in PUBLISH_ANSWERS}
    deadline = time.monotonic() + 120
    while not all(p.exists() for p in paths.values()):
        assert time.monotonic() < deadline, "the background process kept no answers"
        time.sleep(0.1)
    with open(store_path / "cache" / ".keep.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # the background process is done
    return paths


def _table_files(store_path) -> int:
    current = (store_path / "CURRENT").read_text().strip()
    return len(list((store_path / current).glob("*.sst")))


def _write_graphs(store_path, rounds: int) -> None:
    store = open_store(store_path)
    for r in range(rounds):
        store.replace_graphs({URIRef(f"{EX}g{r}-{k}"): _graph(f"g{r}-{k}", 40) for k in range(3)})


def test_large_writes_are_compacted_before_publishing(tmp_path, monkeypatch):
    """Bulk loads add table files that every lookup seeks in; a compacted generation has
    fewer of them and holds the same statements."""
    import kg.store

    monkeypatch.setattr(kg.store, "COMPACT_FILES", 10_000)
    monkeypatch.setattr(kg.store, "COMPACT_FROM", 10_000)
    _write_graphs(tmp_path / "plain", 4)
    monkeypatch.setattr(kg.store, "COMPACT_FROM", 1)  # every write counts as large
    _write_graphs(tmp_path / "compacted", 4)
    assert _table_files(tmp_path / "compacted") < _table_files(tmp_path / "plain")
    rows = [open_store(tmp_path / name).query("SELECT ?g ?s ?o { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g ?s ?o").rows
            for name in ("plain", "compacted")]
    assert rows[0] == rows[1] and len(rows[0]) == 4 * 3 * 40 + 1  # and the data version marker


def test_many_small_writes_are_compacted_once_the_files_pile_up(tmp_path, monkeypatch):
    import kg.store

    monkeypatch.setattr(kg.store, "COMPACT_FROM", 10_000)
    monkeypatch.setattr(kg.store, "COMPACT_FILES", 10_000)
    _write_graphs(tmp_path / "plain", 4)
    piled = _table_files(tmp_path / "plain")
    monkeypatch.setattr(kg.store, "COMPACT_FILES", piled // 2)
    _write_graphs(tmp_path / "capped", 4)
    assert _table_files(tmp_path / "capped") < piled
    assert len(open_store(tmp_path / "capped")) == 4 * 3 * 40
