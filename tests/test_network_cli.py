"""``kg render`` and ``kg analyze`` through typer, on the fixture store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from kg.cli import network


def _app() -> typer.Typer:
    from kg.cli import app

    names = {c.name for c in app.registered_commands}
    if {"render", "analyze"} <= names:
        return app
    local = typer.Typer()
    local.command("render")(network.render)
    local.command("analyze")(network.analyze)
    return local


@pytest.fixture
def run(talks_store: Path, monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201, F811
    monkeypatch.setenv("KG_STORE", str(talks_store))
    runner = CliRunner()
    return lambda *args: runner.invoke(_app(), list(args))


def test_render_prints_the_path_and_writes_one_file(run, tmp_path: Path) -> None:  # noqa: ANN001
    out = tmp_path / "sub" / "page.html"
    result = run("render", "--view", "conflict", "--issue", "trade_tariffs", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert result.output.strip() == str(out)
    page = out.read_text(encoding="utf-8")
    assert "Who clashes with whom" in page and "Northland" in page
    assert [p.name for p in out.parent.iterdir()] == ["page.html"]


def test_render_refuses_an_unusable_page(run, tmp_path: Path) -> None:  # noqa: ANN001
    out = tmp_path / "big.html"
    result = run("render", "--view", "full", "--max-nodes", "5", "--out", str(out))
    assert result.exit_code == 1
    assert "more than --max-nodes 5" in result.output and "--issue" in result.output
    assert not out.exists()


def test_bad_filter_is_one_clear_line(run, tmp_path: Path) -> None:  # noqa: ANN001
    result = run("render", "--since", "yesterday", "--out", str(tmp_path / "x.html"))
    assert result.exit_code == 1
    assert result.output.strip() == (
        "Error: not a date (YYYY, YYYY-MM or YYYY-MM-DD): 'yesterday'")


def test_analyze_json(run) -> None:  # noqa: ANN001
    result = run("analyze", "--view", "agreement", "--format", "json", "--publisher",
                 "Example Wire")
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["view"] == "agreement" and report["stances"] == 10
    # November only: grain is support (N) / oppose (S) / conditional (E): 1 - |0.5/3|
    assert [(p["label"], p["polarisation"]) for p in report["sticking_points"]][0] == (
        "Lower tariffs on grain", 0.8333)
    assert report["centrality"][0]["label"] == "Southland"


def test_analyze_table(run) -> None:  # noqa: ANN001
    result = run("analyze", "--normalize", "jaccard", "--top", "3")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("positions view: 7 nodes, 12 edges, 12 stances "
                                    "(weights: jaccard)")
    assert "Coalitions (louvain, seed 42" in result.output


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "csv"])
def test_kg_export_writes_the_stance_network(talks_store: Path, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch, fmt: str) -> None:
    import networkx as nx

    from kg.cli import app

    monkeypatch.setenv("KG_STORE", str(talks_store))
    out = tmp_path / ("net" if fmt == "csv" else f"net.{fmt}")
    result = CliRunner().invoke(app, ["export", "--format", fmt, "--out", str(out)])
    assert result.exit_code == 0, result.output
    if fmt == "csv":
        assert (out / "edges.csv").read_text(encoding="utf-8").count("\n") == 13
    else:
        graph = (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(out)
        assert graph.number_of_edges() == 12
