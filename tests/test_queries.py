"""The named queries (kg/queries/*.rq) answer the competency questions on the seed.

The seed coding sheet is built into a real embedded store with kg.build (the
``seed_store`` fixture); each query is run through kg.queries.run with its
parameters bound by the engine, and the answers are checked against what the
article says. The same queries are also run on the plain rdflib baseline store
and must give the same rows.
"""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal

import pytest
from conftest import SEED_ANNOTATION, SEED_TEXT
from rdflib import XSD, Literal, URIRef

from kg import iri, queries
from kg.build import build
from kg.store import RdflibStore, open_store

pytestmark = pytest.mark.skipif(not SEED_TEXT.is_file(), reason="seed article not available")

AID = "moscow-times-2025-12-03-kremlin-talks"
OURS = ("stances", "actors", "contested", "agreement", "conditions", "spokespeople", "events",
        "linkages", "timeline", "provenance")
# a value of each parameter kind that the seed contains
SAMPLE = {
    "actor": "russia", "issue": "territory", "event": "2025-12-02-kremlin-meeting",
    "target": "kgr:position/russia-controls-all-donbas",
    "stance": f"{AID}/russia-conditional-ceasefire",
}
SAMPLE_FOR = {("spokespeople", "person"): "yury-ushakov",
              ("linkages", "target"): "kgr:position/putin-trump-summit",
              ("agreement", "target"): "kgr:position/continue-negotiations",
              ("agreement", "issue"): "summit",
              ("stances", "actor"): "ukraine"}


def actor(ident: str) -> URIRef:
    return iri.actor_iri(ident)


def run(store, name: str, **params: str) -> list[dict]:
    return queries.run(store, name, params).rows


def local(term) -> str | None:
    """The id at the end of an IRI (``.../actor/russia`` -> ``russia``)."""
    return None if term is None else str(term).rstrip("/").rsplit("/", 1)[-1]


# --- headers and parameters --------------------------------------------------------------


def test_every_named_query_has_a_parsable_header():
    names = {q.name for q in queries.list_queries()}
    assert set(OURS) <= names
    for q in queries.list_queries():
        assert q.question, q.name
        assert re.search(r"^# Parameters:", q.text, re.M), q.name
    for name in OURS:
        assert queries.get_query(name).question.endswith("?"), name
        header = queries.get_query(name).text.split("\nPREFIX", 1)[0]
        assert re.search(r"^# Returns: \S", header, re.M), name


@pytest.mark.parametrize("name", OURS)
def test_each_parameter_binds_a_projected_variable_and_narrows_the_answer(seed_store, name):
    q = queries.get_query(name)
    everything = queries.run(seed_store, name)
    assert everything.rows, f"{name} finds nothing in the seed"
    for p in q.params:
        value = SAMPLE_FOR.get((name, p.name), SAMPLE[p.kind])
        res = queries.run(seed_store, name, {p.name: value})
        assert res.vars == everything.vars
        term = queries.to_term(p.kind, value)
        assert res.rows, f"{name} with {p.name}={value} finds nothing"
        assert all(row[p.variable] == term for row in res.rows)
        assert Counter(map(_key, res.rows)) <= Counter(map(_key, everything.rows))


def _key(row: dict) -> tuple:
    """A row as a hashable, engine-neutral value (numbers by value, not lexical form)."""
    def norm(v):
        if isinstance(v, Literal) and isinstance(v.toPython(), int | float | Decimal):
            return float(v.toPython())
        if isinstance(v, Literal) and ";" in str(v):
            return tuple(sorted(str(v).split("; ")))  # GROUP_CONCAT order is the engine's
        return None if v is None else str(v)
    return tuple(sorted((k, norm(v)) for k, v in row.items()))


def test_a_hostile_parameter_value_matches_nothing_and_breaks_nothing(seed_store):
    assert run(seed_store, "stances", actor='russia> } ; DROP ALL ; #') == []
    assert run(seed_store, "timeline", actor='"} UNION { ?s ?p ?o }') == []


def test_rdflib_baseline_gives_the_same_rows():
    baseline = RdflibStore()
    build([SEED_ANNOTATION], store=baseline, shacl=False)
    oxigraph = open_store(memory=True)
    build([SEED_ANNOTATION], store=oxigraph, shacl=False)
    for name in OURS:
        ox_rows = queries.run(oxigraph, name).rows
        rdflib_rows = queries.run(baseline, name).rows
        assert Counter(map(_key, ox_rows)) == Counter(map(_key, rdflib_rows)), name


# --- the competency questions --------------------------------------------------------------


# The foundation's fourteen variables, plus the coding status that `kg ingest` added so that
# machine drafts and curated codings are listed alike, each with its status.
STANCE_VARS = ["holder", "holder_label", "voiced_by", "voiced_by_label", "issue", "issue_label",
               "target", "target_label", "value", "value_label", "condition", "date", "article",
               "evidence", "status"]


def test_stances_columns_and_ukraine_opposes_handing_over_territory(seed_store):
    res = queries.run(seed_store, "stances", {"actor": "ukraine"})
    assert res.vars == STANCE_VARS
    got = {(local(r["target"]), local(r["value"]).rsplit("#")[-1]) for r in res.rows}
    assert got == {("ukraine-cedes-controlled-territory", "oppose"),
                   ("russia-controls-all-donbas", "oppose")}
    for row in res.rows:
        assert row["holder_label"] == Literal("Ukraine")
        assert row["issue_label"] == Literal("Territory", lang="en")
        assert row["article"] == iri.article_iri(AID)
        assert "not willing to hand over territory" in str(row["evidence"])


def test_stances_by_issue_and_russias_mixed_view_of_the_revised_plan(seed_store):
    rows = run(seed_store, "stances", issue="territory")
    assert {local(r["holder"]) for r in rows} == {"russia", "ukraine"}
    rows = run(seed_store, "stances", actor="russia", issue="peace_plan")
    revised = [r for r in rows if local(r["target"]) == "us-revised-peace-plan"]
    assert {str(r["value_label"]) for r in revised} == {"mixed"}
    assert {local(r["voiced_by"]) for r in revised} == {"yury-ushakov"}
    assert all(r["date"] == Literal("2025-12-03", datatype=XSD.date) for r in revised)


def test_conditions_russias_ceasefire_and_summit_stances(seed_store):
    rows = {local(r["target"]): r for r in run(seed_store, "conditions", actor="russia")}
    ceasefire = rows["ceasefire-in-ukraine"]
    assert str(ceasefire["value_label"]) == "conditional"
    assert local(ceasefire["voiced_by"]) == "vladimir-putin"
    assert local(ceasefire["condition_position"]) == "ukraine-accepts-russian-ceasefire-conditions"
    assert "ceasefire" in str(ceasefire["condition"])
    summit = rows["putin-trump-summit"]
    assert str(summit["value_label"]) == "conditional"
    assert "progress" in str(summit["condition"])
    # the ceasefire stance also sits on military operations (Russia's advance)
    issues = {local(r["issue"]) for r in run(seed_store, "stances", actor="russia")
              if local(r["target"]) == "ceasefire-in-ukraine"}
    assert issues == {"ceasefire", "military_operations"}


def test_events_the_kremlin_meeting_and_the_others(seed_store):
    rows = {local(r["event"]): r for r in run(seed_store, "events")}
    meeting = rows["2025-12-02-kremlin-meeting"]
    assert str(meeting["type"]) == "meeting"
    assert meeting["date"] == Literal("2025-12-02", datatype=XSD.date)
    assert meeting["duration"] == Literal("PT5H", datatype=XSD.duration)
    assert str(meeting["place"]) == "Moscow" and str(meeting["status"]) == "held"
    assert {"Vladimir Putin", "Steve Witkoff", "Jared Kushner"} <= set(
        str(meeting["participants"]).split("; "))
    assert str(rows["witkoff-kushner-kyiv-trip"]["status"]) == "scheduled"
    hungary = rows["2025-10-putin-trump-summit-hungary"]
    assert (str(hungary["status"]), str(hungary["date"]), str(hungary["place"])) == (
        "cancelled", "2025-10", "Hungary")
    assert hungary["date"].datatype == XSD.gYearMonth
    assert str(rows["2025-11-pokrovsk-capture"]["status"]) == "reported"
    dates = [str(r["date"]) for r in run(seed_store, "events")]
    assert dates == sorted(dates)


def test_spokespeople_ushakov_speaks_for_russia(seed_store):
    pairs = {(local(r["person"]), local(r["actor"])) for r in run(seed_store, "spokespeople")}
    assert {("yury-ushakov", "russia"), ("vladimir-putin", "russia"),
            ("donald-trump", "united-states"), ("steve-witkoff", "united-states")} <= pairs
    (ushakov,) = run(seed_store, "spokespeople", person="yury-ushakov")
    assert str(ushakov["role"]) == "Kremlin foreign policy adviser"
    assert int(ushakov["stances"]) >= 5


def test_contested_donbas_russia_supports_ukraine_opposes(seed_store):
    rows = run(seed_store, "contested")
    found = {(local(r["target"]), local(r["supporter"]), local(r["opponent"]),
              str(r["opponent_value_label"])) for r in rows}
    assert ("russia-controls-all-donbas", "russia", "ukraine", "oppose") in found
    assert ("us-revised-peace-plan", "united-states", "russia", "mixed") in found
    assert all(r["supporter"] != r["opponent"] for r in rows)
    assert {local(r["target"]) for r in run(seed_store, "contested", issue="territory")} == {
        "russia-controls-all-donbas"}


def test_agreement_russia_and_us_both_want_talks_to_continue(seed_store):
    rows = run(seed_store, "agreement")
    pairs = [(local(r["actor_a"]), local(r["actor_b"]), local(r["target"]), str(r["value_label"]))
             for r in rows]
    assert ("russia", "united-states", "continue-negotiations", "support") in pairs
    unordered = [(frozenset(p[:2]), *p[2:]) for p in pairs]
    assert len(unordered) == len(set(unordered)), "a pair is listed twice"


def test_linkages_economic_cooperation_tied_to_peace_by_russia(seed_store):
    rows = run(seed_store, "linkages")
    link = [r for r in rows if str(r["relation"]) == "linked_to"
            and local(r["subject"]) == "us-russia-economic-cooperation"]
    assert [local(r["object"]) for r in link] == ["ukraine-peace-settlement"]
    assert local(link[0]["asserted_by"]) == "russia"
    assert "link business deals" in str(link[0]["evidence"])
    conditional = {(local(r["subject"]), local(r["object"])) for r in rows
                   if str(r["relation"]) == "conditional_on"}
    assert ("putin-trump-summit", "progress-in-working-level-talks") in conditional


def test_timeline_is_in_date_order_and_shows_trumps_retreat(seed_store):
    rows = run(seed_store, "timeline")
    dates = [str(r["date"]) for r in rows]
    assert dates == sorted(dates) and len(set(dates)) >= 3
    us = [r for r in run(seed_store, "timeline", actor="united-states")
          if local(r["target"]) == "ukraine-accepts-us-plan-by-thanksgiving"]
    assert [str(r["value_label"]) for r in us] == ["support", "neutral"]
    assert {str(r["voiced_by_label"]) for r in us} == {"Donald Trump"}


def test_provenance_spans_are_the_article_text(seed_store):
    text = SEED_TEXT.read_text(encoding="utf-8")
    rows = run(seed_store, "provenance", actor="russia")
    assert len(rows) >= 10
    for row in rows:
        start, end = int(row["start"]), int(row["end"])
        assert text[start:end] == str(row["exact"])
        assert str(row["publisher"]) == "The Moscow Times"
        assert str(row["status"]) == "curated"
        assert row["article_date"] == Literal("2025-12-03", datatype=XSD.date)
        assert str(row["url"]).startswith("https://www.themoscowtimes.com/2025/12/03/")
    (one,) = run(seed_store, "provenance", stance=f"{AID}/russia-conditional-ceasefire")
    assert "conditions for a ceasefire" in str(one["exact"])


def test_actors_kinds_aliases_and_affiliations(seed_store):
    rows = {local(r["actor"]): r for r in run(seed_store, "actors")}
    assert str(rows["yury-ushakov"]["type"]) == "person"
    assert {"Ushakov", "Yuri Ushakov"} <= set(str(rows["yury-ushakov"]["aliases"]).split("; "))
    assert local(rows["yury-ushakov"]["affiliation"]) == "russia"
    assert str(rows["russia"]["type"]) == "state"
    assert {"Moscow", "the Kremlin"} <= set(str(rows["russia"]["aliases"]).split("; "))
    assert str(rows["russian-armed-forces"]["type"]) == "organization"
    assert not {"moscow", "kremlin", "kyiv", "washington"} & set(rows)


# --- the embedded store's own ordering, paging and kept answers ------------------------------


ALL = tuple(q.name for q in queries.list_queries())


@pytest.mark.parametrize("name", ALL)
def test_python_ordering_gives_the_engines_rows_in_the_engines_order(seed_store, name):
    q = queries.get_query(name)
    engine = seed_store.query(q.text)  # Oxigraph evaluates the ORDER BY itself
    ours = queries.run(seed_store, name, cache=False)
    assert ours.vars == engine.vars
    assert ours.rows == engine.rows, name


def test_mixed_literal_kinds_are_left_to_the_engine():
    store = open_store(memory=True)
    store.update('INSERT DATA { GRAPH <https://example.org/g> { '
                 '<https://example.org/a> <https://example.org/p> "b" . '
                 '<https://example.org/b> <https://example.org/p> 7 . '
                 '<https://example.org/c> <https://example.org/p> "a"@en . } }')
    text = "SELECT ?s ?o WHERE { ?s <https://example.org/p> ?o }\nORDER BY ?o ?s"
    assert queries.query_order.sort_rows(store.query(text).rows, queries.query_order.split(text)[1]) is None
    assert queries.run(store, text).rows == store.query(text).rows
    desc = "SELECT ?s WHERE { ?s <https://example.org/p> ?o }\nORDER BY DESC(STR(?s))"
    assert [local(r["s"]) for r in queries.run(store, desc).rows] == ["c", "b", "a"]


def test_python_ordering_of_ties_descending_keys_unbound_and_blank_nodes_is_the_engines():
    store = open_store(memory=True)
    triples = " ".join(f"<https://example.org/{s}> <https://example.org/{p}> {o} ." for s, p, o in [
        ("a", "n", "10"), ("b", "n", "9"), ("c", "n", "10"), ("d", "n", "-3"), ("e", "m", "1"),
        ("a", "l", '"beta"'), ("b", "l", '"Alpha"'), ("c", "l", '"alpha"'), ("d", "l", '"beta"'),
        ("e", "r", "_:x"), ("a", "r", "<https://example.org/y>"), ("b", "r", "<https://example.org/z>")])
    store.update(f"INSERT DATA {{ GRAPH <https://example.org/g> {{ {triples} }} }}")
    for keys in ("DESC(?n) ?s", "?l DESC(STR(?s))", "?r ?n ?s", "DESC(?r) DESC(?l) ?s", "STR(?l) DESC(?n) ?s"):
        text = ("SELECT ?s ?n ?l ?r WHERE { ?s ?any ?v OPTIONAL { ?s <https://example.org/n> ?n } "
                "OPTIONAL { ?s <https://example.org/l> ?l } OPTIONAL { ?s <https://example.org/r> ?r } "
                f"FILTER (?any = <https://example.org/l> || ?any = <https://example.org/m>) }}\nORDER BY {keys}")
        ours = queries.query_order.sort_rows(store.query(text).rows, queries.query_order.split(text)[1])
        assert ours is not None
        assert [r["s"] for r in ours] == [r["s"] for r in store.query(text).rows], keys


@pytest.mark.parametrize("name", ["contested", "stances", "timeline", "provenance", "events"])
def test_pages_put_together_are_the_whole_answer(seed_store, name):
    whole = queries.run(seed_store, name, cache=False).rows
    assert len(whole) >= 2
    size = max(1, len(whole) // 3)
    for cache in (False, True, True):  # evaluated, then written, then read back
        pages = [queries.run(seed_store, name, limit=size, offset=o, cache=cache).rows
                 for o in range(0, len(whole) + size, size)]
        assert [row for page in pages for row in page] == whole
        assert pages[-1] == []
    assert queries.run(seed_store, name, offset=len(whole) - 1).rows == whole[-1:]
    assert queries.run(seed_store, name, limit=0).rows == []


def test_pages_on_the_rdflib_baseline_are_slices_of_its_answer():
    baseline = RdflibStore()
    build([SEED_ANNOTATION], store=baseline, shacl=False)
    whole = queries.run(baseline, "events").rows
    pages = [queries.run(baseline, "events", limit=2, offset=o).rows for o in range(0, len(whole), 2)]
    assert [row for page in pages for row in page] == whole


def test_kept_answers_belong_to_one_generation(tmp_path, monkeypatch):
    monkeypatch.delenv("KG_KEEP_ANSWERS", raising=False)  # only the answers asked for are kept
    store = open_store(tmp_path / "store")
    build([SEED_ANNOTATION], store=store, shacl=False)
    first = queries.run(store, "stances", {"actor": "russia"}).rows
    folder = store.cache_dir()
    assert first and folder is not None and len(list(folder.glob("*.jsonl"))) == 1
    assert queries.run(store, "stances", {"actor": "russia"}).rows == first  # read back
    assert queries.run(store, "stances", {"actor": "ukraine"}).rows != first  # its own entry
    store.replace_graphs({iri.graph_iri(AID): None})  # a new generation without the article
    assert store.cache_dir() != folder
    assert queries.run(store, "stances", {"actor": "russia"}).rows == []
    assert queries.run(store, "stances", {"actor": "russia"}, limit=5, offset=0).rows == []


def test_a_damaged_kept_answer_is_evaluated_again(tmp_path):
    store = open_store(tmp_path / "store")
    build([SEED_ANNOTATION], store=store, shacl=False)
    rows = queries.run(store, "events").rows
    (kept,) = store.cache_dir().glob("*.jsonl")
    kept.write_text('{"format": "kg-result-cache/1", "vars": ["event"], "rows": 1}\n[["x"]]\n')
    assert queries.run(store, "events").rows == rows


def test_construct_with_order_by_gives_the_graph(seed_store):
    text = ("CONSTRUCT { ?s <https://example.org/p> ?o } WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?o }"
            "\nORDER BY ?o")
    graph = queries.run(seed_store, text).graph
    assert graph is not None and len(graph) == len(seed_store.query(text).graph)


# --- label columns filled per item on the embedded store (kg/query_labels.py) ----------------

LABELLED = """# Question: Which items, with their labels?
# Label: thing_label = rdfs:label of thing
# Label (required): kind_label = rdfs:label of kind
# Label: code_label = skos:prefLabel of code else after issue:
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX issue: <https://w3id.org/kg-negotiation/issue/>
PREFIX ex: <https://example.org/>
SELECT ?thing ?thing_label ?kind ?kind_label ?code ?code_label
WHERE {
  ?thing ex:kind ?kind .
  ?thing ex:code ?code .
  OPTIONAL { SELECT ?thing (SAMPLE(?name) AS ?thing_label) WHERE { ?thing rdfs:label ?name } GROUP BY ?thing }  # label
  ?kind rdfs:label ?kind_label .  # label
  OPTIONAL { ?code skos:prefLabel ?code_name }  # label
  BIND (COALESCE(?code_name, STRAFTER(STR(?code), STR(issue:))) AS ?code_label)  # label
}
ORDER BY ?thing_label ?kind_label ?thing ?kind
"""


def test_label_columns_filled_in_python_are_the_engines():
    """No label (unbound or the fallback), two labels of a required item (two rows), a code
    outside the namespace (empty string), a blank node item."""
    store = open_store(memory=True)
    ex, neg_issue = "https://example.org/", "https://w3id.org/kg-negotiation/issue/"
    store.update(f"""PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        INSERT DATA {{ GRAPH <{ex}g> {{
          <{ex}a> <{ex}kind> <{ex}k1> ; rdfs:label "Alpha" ; <{ex}code> <{neg_issue}territory> .
          <{ex}b> <{ex}kind> <{ex}k2> ; <{ex}code> <{neg_issue}summit> .
          <{ex}c> <{ex}kind> <{ex}k1> ; rdfs:label "Gamma" ; <{ex}code> <{ex}elsewhere> .
          <{ex}d> <{ex}kind> <{ex}k3> ; <{ex}code> <{ex}elsewhere> .
          _:e <{ex}kind> <{ex}k2> ; rdfs:label "Blank" ; <{ex}code> <{neg_issue}summit> .
          <{ex}k1> rdfs:label "first kind" .
          <{ex}k2> rdfs:label "second kind", "zweite Art" .
          <{neg_issue}territory> skos:prefLabel "Territory"@en . }} }}""")
    named = queries.parse_query(LABELLED, name="labelled")
    assert [s.column for s in named.labels] == ["thing_label", "kind_label", "code_label"]
    assert queries.query_labels.core(LABELLED).split("SELECT")[1].count("rdfs:label") == 0
    ours = queries.run(store, named)
    engine = store.query(LABELLED)
    assert ours.vars == engine.vars
    key = lambda r: tuple(str(r[v]) if r[v] is not None else "" for v in engine.vars if v != "thing")  # noqa: E731
    assert sorted(map(key, ours.rows)) == sorted(map(key, engine.rows))
    assert len(ours.rows) == 6  # d's kind has no label (required): no row; b and _:e: a row per kind label
    assert queries.query_order.sort_rows(engine.rows, queries.query_order.split(LABELLED)[1]) is not None
    by_thing = {str(r["thing"]): r for r in ours.rows if isinstance(r["thing"], URIRef)}
    assert by_thing[f"{ex}a"]["code_label"] == Literal("Territory", lang="en")
    assert by_thing[f"{ex}c"]["code_label"] == Literal("")  # not in the namespace
    assert by_thing[f"{ex}b"]["thing_label"] is None
    assert {r["code_label"] for r in ours.rows if str(r["thing"]) == f"{ex}b"} == {Literal("summit")}
    assert [r["thing"] for r in ours.rows] == [r["thing"] for r in engine.rows]


@pytest.mark.parametrize("line", [
    "# Label: x = rdfs:label",                       # no source
    "# Label: x = nope:label of y",                  # unknown prefix
    "# Label (required): x = rdfs:label of y else after issue:",  # a required label has no fallback
])
def test_a_malformed_label_declaration_is_one_clear_error(line):
    with pytest.raises(queries.QueryError, match="label"):
        queries.parse_query(f"# Question: Q?\n{line}\nSELECT * {{}}", name="bad")


def test_a_label_of_an_unbound_item_is_refused():
    """SPARQL would bind the item from the label pattern itself (any labelled thing), which
    a lookup per item cannot give: a label's item must be bound in every row."""
    store = open_store(memory=True)
    store.update("INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/a> a <https://example.org/C> } }")
    text = ("# Question: Q?\n# Label: o_label = rdfs:label of o\n"
            "SELECT ?s ?o ?o_label { ?s a ?c OPTIONAL { ?s <https://example.org/p> ?o } }\nORDER BY ?s")
    with pytest.raises(queries.QueryError, match="unbound"):
        queries.run(store, queries.parse_query(text, name="bad"))


def test_a_label_column_the_query_does_not_select_is_refused(seed_store):
    text = "# Question: Q?\n# Label: nothing_label = rdfs:label of nothing\nSELECT ?s { ?s a ?c }\nORDER BY ?s"
    with pytest.raises(queries.QueryError, match="not selected"):
        queries.run(seed_store, queries.parse_query(text, name="bad"), cache=False)


# --- whole-graph queries joined in Python on the embedded store (kg/query_plans.py) ----------


@pytest.fixture(scope="module")
def synthetic_store(tmp_path_factory):
    """A store built from 60 synthetic articles (bench/generate.py): actors coded in many
    articles, the same statement reported again, every stance value."""
    import subprocess
    import sys

    from conftest import ROOT

    folder = tmp_path_factory.mktemp("synthetic")
    subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), "--articles", "60",
                    "--out", str(folder / "sheets"), "--seed", "7"], check=True, capture_output=True, timeout=300)
    store = open_store(folder / "store")
    build([folder / "sheets"], store=store, shacl=False)
    return store


@pytest.mark.parametrize("name", ["contested", "agreement", "stances", "timeline"])
def test_joined_in_python_and_labels_filled_the_rows_are_the_engines(synthetic_store, name):
    """The parts joined in Python (contested, agreement) and the labels filled per item give
    the rows the engine gives for the query as written, in the same order."""
    q = queries.get_query(name)
    engine = synthetic_store.query(q.text)
    assert len(engine.rows) > 40, name  # enough pairs and stances to mean something
    assert queries.query_plans.plan(q.name, q.path, q.text, {}) is not None or name in ("stances", "timeline")
    ours = queries.run(synthetic_store, name, cache=False)
    assert ours.vars == engine.vars and ours.rows == engine.rows, name


def test_a_query_file_that_is_not_the_shipped_one_is_not_joined_in_python(tmp_path):
    q = queries.get_query("contested")
    copy = tmp_path / "contested.rq"
    copy.write_text(q.text.replace("neg:supports ?target }", "neg:opposes ?target }"), encoding="utf-8")
    edited = queries.get_query(str(copy))
    assert edited.name == "contested"
    assert queries.query_plans.plan(edited.name, edited.path, edited.text, {}) is None
    assert queries.query_plans.plan(q.name, q.path, q.text, {"issue": iri.issue_iri("territory")}) is None
