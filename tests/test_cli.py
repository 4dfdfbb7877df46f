"""The kg command line: help, exit codes, exact messages, output formats, injection."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from kg.cli import app
from tests.conftest import ROOT

runner = CliRunner()


def kg(*args: str, env: dict[str, str] | None = None):
    return runner.invoke(app, list(args), env=env)


def _commands() -> list[str]:
    import typer.main

    return sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


def test_every_command_has_help_and_is_in_the_readme():
    readme = (ROOT / "README.md").read_text()
    for name in _commands():
        result = kg(name, "--help")
        assert result.exit_code == 0, name
        assert "Usage:" in result.output
        assert f"kg {name}" in readme, f"kg {name} is not documented in README.md"


def test_python_m_kg_runs():
    out = subprocess.run([sys.executable, "-m", "kg", "--help"], capture_output=True, text=True, check=True)
    assert "build" in out.stdout


def test_build_then_query(mini_dir, store_path):
    result = kg("build", str(mini_dir), "--store", str(store_path))
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Built 1 article (160 triples); the store now holds ")
    result = kg("query", "stances", "--param", "actor=sylvania", "--store", str(store_path), "-f", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [(r["holder_label"], r["value_label"], r["target_label"]) for r in rows] == [
        ("Sylvania", "oppose", "Sylvanian troops withdraw from the valley")]


def test_store_from_environment(mini_dir, store_path):
    assert kg("build", str(mini_dir), env={"KG_STORE": str(store_path)}).exit_code == 0
    assert (store_path / "CURRENT").exists()


def test_json_is_w3c_sparql_results(mini_dir, store_path):
    kg("build", str(mini_dir), "--store", str(store_path))
    result = kg("query", "--sparql", "SELECT ?s WHERE { ?s a <https://w3id.org/kg-negotiation/ontology#State> } "
                "ORDER BY ?s", "--format", "json", "--store", str(store_path))
    data = json.loads(result.output)
    assert data["head"] == {"vars": ["s"]}
    assert data["results"]["bindings"][0] == {
        "s": {"type": "uri", "value": "https://w3id.org/kg-negotiation/id/actor/freedonia"}}


def test_tsv_uses_turtle_terms(mini_dir, store_path):
    kg("build", str(mini_dir), "--store", str(store_path))
    result = kg("query", "--sparql", "SELECT ?l WHERE { <https://w3id.org/kg-negotiation/id/actor/sylvania> "
                "<http://www.w3.org/2000/01/rdf-schema#label> ?l }", "-f", "tsv", "--store", str(store_path))
    assert result.output == '?l\n"Sylvania"\n'


def test_sparql_parameters_are_bound_not_pasted(mini_dir, store_path):
    kg("build", str(mini_dir), "--store", str(store_path))
    q = "SELECT ?s ?label WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label }"
    ok = kg("query", "--sparql", q, "-p", "label=Sylvania", "-f", "csv", "--store", str(store_path))
    assert ok.output.splitlines()[1:] == ["https://w3id.org/kg-negotiation/id/actor/sylvania,Sylvania"]
    q = "SELECT ?s WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label }"
    bad = kg("query", "--sparql", q, "-p", "label=Sylvania", "--store", str(store_path))
    assert bad.exit_code == 1
    assert bad.output.startswith("Error: a parameter must name a variable the query selects (bound: label)")


@pytest.mark.parametrize("evil", [
    'sylvania> } ; DROP ALL ; #',
    'x" . } DELETE WHERE { ?s ?p ?o } #',
    "<https://example.org/x> } UNION { ?holder ?p ?o",
])
def test_crafted_parameter_returns_nothing_and_changes_nothing(mini_dir, store_path, evil):
    kg("build", str(mini_dir), "--store", str(store_path))
    before = kg("export", "-f", "nquads", "--store", str(store_path)).output
    result = kg("query", "stances", "-p", f"actor={evil}", "-f", "json", "--store", str(store_path))
    if result.exit_code == 0:
        assert json.loads(result.output)["results"]["bindings"] == []
    else:
        assert result.exit_code == 1 and result.output.startswith("Error: not a valid IRI")
    assert kg("export", "-f", "nquads", "--store", str(store_path)).output == before


def test_user_errors_exit_1_with_one_line(mini_dir, store_path):
    path = mini_dir / "mini-talks.yaml"
    path.write_text(path.read_text().replace("    holder: sylvania\n", "    holder: atlantis\n"))
    result = kg("build", str(mini_dir), "--store", str(store_path))
    assert result.exit_code == 1
    line = next(i for i, t in enumerate(path.read_text().splitlines(), 1) if "holder: atlantis" in t)
    assert result.output == f"Error: {path}:{line}: field 'stances.1.holder': unknown actor 'atlantis'\n"
    assert not (store_path / "CURRENT").exists()


def test_unknown_query_and_parameter(store_path):
    result = kg("query", "nope", "--store", str(store_path))
    assert result.exit_code == 1
    assert result.output.startswith("Error: no named query 'nope' (named queries: ")
    result = kg("query", "stances", "-p", "colour=red", "--store", str(store_path))
    assert result.exit_code == 1
    assert result.output == "Error: query 'stances' has no parameter 'colour' (parameters: actor, issue)\n"


def test_usage_errors_exit_2(store_path):
    assert kg("query", "--format", "xml", "--store", str(store_path)).exit_code == 2
    assert kg("nosuchcommand").exit_code == 2
    assert kg("query", "stances", "-p", "novalue", "--store", str(store_path)).exit_code == 2


def test_validate_reports_each_file(mini_dir):
    result = kg("validate", str(mini_dir))
    assert result.exit_code == 0
    assert result.output == f"{mini_dir / 'mini-talks.yaml'}: ok (offsets checked)\n"


def test_stats(mini_dir, store_path):
    kg("build", str(mini_dir), "--store", str(store_path))
    out = kg("stats", "--store", str(store_path)).output
    assert re.search(r"^neg:Stance\s+2$", out, re.M)
    assert re.search(r"^schema:NewsArticle\s+1$", out, re.M)
    assert re.search(r"^first stance date\s+2025-05-04$", out, re.M)
    # the ontology and the article graph; the store's metadata graph is not counted
    assert re.search(r"^named graphs\s+2$", out, re.M)


def test_export_to_file_is_atomic_and_parses(mini_dir, store_path, tmp_path):
    from rdflib import Graph

    kg("build", str(mini_dir), "--store", str(store_path))
    out = tmp_path / "g.ttl"
    result = kg("export", "-f", "turtle", "-o", str(out), "--store", str(store_path))
    assert result.exit_code == 0 and result.output == f"Wrote {out}\n"
    assert len(Graph().parse(out)) > 100
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".g.ttl")] == []


def test_help_is_fast_without_heavy_imports():
    code = ("import sys, kg.cli; heavy = [m for m in ('rdflib', 'pyshacl', 'pyoxigraph', 'pyvis', 'spacy', "
            "'pandas', 'networkx') if m in sys.modules]; print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
