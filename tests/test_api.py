"""The Python API (kg.api): a real in-memory store built from the seed and the sample articles."""

from __future__ import annotations

import doctest
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

pd = pytest.importorskip("pandas")

import kg  # noqa: E402
import kg.api  # noqa: E402
from kg.errors import QueryError  # noqa: E402
from kg.queries import run  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "annotations"
ARTICLES = ROOT / "data" / "articles"
HARBOUR = ARTICLES / "harbour-ledger-2025-12-04-kyiv-briefing.yaml"
HEAVY = ("pandas", "matplotlib", "IPython", "pyoxigraph", "networkx", "pyvis", "kg.api")


@pytest.fixture(scope="module")
def graph() -> kg.KG:
    g = kg.open(memory=True)
    g.build([SEED, ARTICLES])
    return g


def test_doctests_of_the_api_pass():
    import kg.review

    for module in (kg, kg.api, kg.review):
        result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
        assert result.attempted > 0 and result.failed == 0, module.__name__


def test_import_kg_is_light_and_the_api_loads_on_demand():
    code = (f"import sys, kg; print(sorted(m for m in {HEAVY!r} if m in sys.modules)); "
            f"kg.open; print(sorted(m for m in {HEAVY!r} if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.splitlines()
    assert out[0] == "[]"
    assert "kg.api" in out[1] and "pandas" not in out[1] and "matplotlib" not in out[1]
    plots = subprocess.run([sys.executable, "-c", "import sys, kg.plots; print('matplotlib' in "
                            "sys.modules, 'pandas' in sys.modules, 'numpy' in sys.modules)"],
                           capture_output=True, text=True, check=True).stdout.strip()
    assert plots == "False False False"


def test_stances_table_matches_the_query_rows(graph):
    df = graph.stances(actor="ukraine")
    rows = run(graph.store, "stances", {"actor": "ukraine"}).rows
    assert len(df) == len(rows) > 0
    assert list(df.columns) == run(graph.store, "stances").vars
    assert set(df["holder"]) == {"kgr:actor/ukraine"}
    assert set(df["value_label"]) <= {"oppose", "conditional", "support"}
    assert "oppose" in set(df["value_label"])


def test_full_iris_on_request_and_python_values(graph):
    df = graph.query("stances", short=False, actor="russia", issue="territory")
    assert set(df["holder"]) == {"https://w3id.org/kg-negotiation/id/actor/russia"}
    counts = graph.query("SELECT ?h (COUNT(?s) AS ?n) WHERE { ?s neg:holder ?h } GROUP BY ?h")
    coded = sum(len(_sheet(f)["stances"]) for f in [*SEED.glob("*.yaml"), *ARTICLES.glob("*.yaml")])
    assert counts["n"].dtype.kind == "i" and counts["n"].sum() == coded   # xsd:integer -> int
    typed = graph.query("SELECT ?a ?d WHERE { ?a a schema:NewsArticle ; dcterms:date ?d }")
    assert typed["d"].dtype.kind == "M" and len(typed) == 4


def test_partial_dates_stay_strings(graph):
    dates = graph.stances(actor="russia")["date"].tolist()
    assert "2025-11" in dates                         # xsd:gYearMonth is not a day
    assert any(hasattr(d, "year") for d in dates)


def test_sparql_parameters_are_bound_not_pasted(graph):
    before = len(graph)
    hostile = '"} ; DROP ALL ; INSERT DATA { <x:a> <x:b> "c" } #'
    df = graph.query("SELECT ?label ?x WHERE { ?x rdfs:label ?label }", label=hostile)
    assert df.empty and len(graph) == before
    found = graph.query("SELECT DISTINCT ?label ?x WHERE { ?x rdfs:label ?label }",
                        label="European Union")
    assert found["x"].tolist() == ["kgr:actor/european-union"]


def test_named_query_parameter_errors_are_domain_errors(graph):
    with pytest.raises(QueryError, match="no parameter 'colour'"):
        graph.query("stances", colour="red")
    with pytest.raises(QueryError, match="unknown filter"):
        graph.networks.positions(colour="red")


def test_ask_and_construct(graph):
    ask = graph.query("ASK { ?s neg:holder <https://w3id.org/kg-negotiation/id/actor/hungary> }")
    assert ask["answer"].tolist() == [True]
    with pytest.raises(QueryError, match="CONSTRUCT"):
        graph.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 1")


def test_network_accessors(graph):
    stance_iris = set(graph.query("SELECT ?s WHERE { ?s a neg:Stance }", short=False)["s"])
    two_mode = graph.networks.two_mode()
    assert {k for *_, k in two_mode.edges(keys=True)} == stance_iris
    agree = graph.networks.congruence()
    eu, ua, ru = (f"https://w3id.org/kg-negotiation/id/actor/{a}"
                  for a in ("european-union", "ukraine", "russia"))
    assert agree.has_edge(eu, ua) and not agree.has_edge(eu, ru)
    clash = graph.networks.conflict()
    assert "Russia gains total control of the Donbas region" in clash.edges[ru, ua]["target_labels"]
    only_harbour = graph.networks.positions(publisher="Harbour Ledger")
    assert only_harbour.number_of_edges() == 9     # the nine stances of that article
    assert graph.networks.full().number_of_nodes() > two_mode.number_of_nodes()


def test_coalitions_cover_the_agreement_network(graph):
    table = graph.networks.coalitions()
    agree = graph.networks.agreement()
    assert len(table) == agree.number_of_nodes()
    assert table.groupby("coalition")["size"].first().sum() == len(table)
    same = table.set_index("actor")["coalition"]
    assert same["kgr:actor/european-union"] == same["kgr:actor/ukraine"]
    assert "modularity" in table.attrs


def test_sticking_points_and_centrality(graph):
    points = graph.networks.sticking_points()
    assert "Russia gains total control of the Donbas region" in set(points["label"])
    central = graph.networks.centrality("positions")
    assert central["betweenness"].is_monotonic_decreasing


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def test_show_is_one_sandboxed_iframe_holding_the_whole_page(graph):
    shown = graph.show("agreement", height=400)
    page = graph.html("agreement")
    parser = _Tags()
    parser.feed(shown.data)
    assert [t for t, _ in parser.tags] == ["div", "iframe"]
    attrs = parser.tags[1][1]
    assert attrs["sandbox"] == "allow-scripts" and attrs["height"] == "400"
    assert attrs["srcdoc"] == page
    assert page.startswith("<!DOCTYPE html>") or page.lstrip().lower().startswith("<!doctype html")


HOSTILE_SHEET = """
format: kg-annotation/1
article: {id: hostile, title: 'Talks </iframe><script>alert(1)</script>', publisher: Example Wire,
          url: "https://example.org/hostile", date: 2025-12-03}
actors: [{id: quoter, type: organization, label: 'Q" onload="alert(1)'}]
positions: [{id: plan, label: "</iframe><script>alert(2)</script> & plan", issue: other}]
stances:
  - {id: s1, holder: quoter, target: plan, issue: other, value: oppose,
     evidence: [{start: 0, end: 3, text: "No."}]}
"""


def test_show_escapes_hostile_labels(tmp_path):
    sheet = tmp_path / "hostile.yaml"
    sheet.write_text(HOSTILE_SHEET, encoding="utf-8")
    g = kg.open(memory=True)
    g.build(sheet)
    shown = g.show("positions", title='x" onload="alert(3)').data
    parser = _Tags()
    parser.feed(shown)
    assert [t for t, _ in parser.tags] == ["div", "iframe"]   # nothing escaped the attribute
    assert set(parser.tags[1][1]) == {"srcdoc", "sandbox", "title", "width", "height", "style"}
    assert "</iframe><script>" not in shown
    assert "alert(2)" in parser.tags[1][1]["srcdoc"]          # the label travels, as data


def _sheet(path: Path) -> dict:
    from kg.annotations import load_annotation

    return load_annotation(path).data


def test_compare_stances_pairs_by_evidence_and_flags_disagreement():
    import copy

    gold = _sheet(HARBOUR)
    same = kg.compare_stances(copy.deepcopy(gold), gold)
    assert len(same) == len(gold["stances"]) and same["agree"].all()
    changed = copy.deepcopy(gold)
    changed["stances"][0]["value"] = "support"
    del changed["stances"][1]
    review = kg.compare_stances(changed, gold)
    assert review["agree"].tolist() == [False, False] + [True] * (len(gold["stances"]) - 2)
    assert review.loc[0, "machine_value"] == "support" and review.loc[0, "curated_value"] == "oppose"
    assert pd.isna(review.loc[1, "machine_value"])


def test_compare_stances_maps_machine_actor_ids_by_name():
    gold = _sheet(HARBOUR)
    draft = {"actors": [{"id": "eu", "label": "European Union"}],
             "stances": [{"id": "m", "holder": "eu", "target": "x", "value": "oppose",
                          "evidence": [gold["stances"][5]["evidence"][0]]},
                         {"id": "n", "holder": "eu", "target": "y", "value": "support",
                          "evidence": [{"start": 0, "end": 5, "text": "U.S. "}]}]}
    review = kg.compare_stances(draft, gold)
    row = review[review["curated_holder"] == "european-union"].iloc[0]
    assert row["machine_holder"] == "european-union" and row["agree"]
    assert pd.isna(review.iloc[-1]["curated_holder"]) and review.iloc[-1]["machine_target"] == "y"


def test_network_records_are_refetched_after_a_build():
    g = kg.open(memory=True)
    g.build(SEED)
    before = g.networks.positions().number_of_edges()
    assert g.records(full=False) is g.records(full=False)        # fetched once, reused
    g.build([SEED, HARBOUR])
    assert g.networks.positions().number_of_edges() == before + len(_sheet(HARBOUR)["stances"])
    other = kg.KG(g.store)                                        # a second handle on the store
    other.build([SEED, ARTICLES])
    assert g.networks.positions().number_of_edges() == other.networks.positions().number_of_edges()


def test_upgrade_brings_a_store_of_an_older_kg_to_this_version(tmp_path):
    from kg.data_version import DATA_VERSION, OutdatedStoreError
    from tests.test_migrate import fresh, make_old

    make_old(tmp_path / "old")
    g = kg.open(tmp_path / "old")
    with pytest.raises(OutdatedStoreError):
        g.stances()
    report = g.upgrade()
    assert (report.found, report.upgraded, g.store.data_version()) == (0, True, DATA_VERSION)
    reference = kg.open(fresh(tmp_path / "fresh").path)
    assert g.stances().equals(reference.stances()) and len(g.stances()) > 0
    assert g.upgrade().upgraded is False
