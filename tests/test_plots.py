"""kg.plots: charts drawn with the Agg backend into PNG files and checked for content."""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest

pd = pytest.importorskip("pandas")
mpl = pytest.importorskip("matplotlib")
mpl.use("Agg")

import matplotlib.image as mpimg  # noqa: E402
import numpy as np  # noqa: E402

import kg  # noqa: E402
from kg import plots  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "data" / "annotations", ROOT / "data" / "articles"]


@pytest.fixture(scope="module")
def graph() -> kg.KG:
    g = kg.open(memory=True)
    g.build(SOURCES)
    return g


def _png(fig, path: Path) -> np.ndarray:
    fig.savefig(path, dpi=60)
    image = mpimg.imread(path)
    assert path.stat().st_size > 5000
    assert image[..., :3].std() > 0.05, "the image is (nearly) blank"
    return image


def test_doctests_pass():
    result = doctest.testmod(plots)
    assert result.attempted > 0 and result.failed == 0


def test_stance_matrix_has_one_row_per_actor_and_one_column_per_target(graph, tmp_path):
    df = graph.stances()
    fig = plots.stance_matrix(df)
    ax = fig.axes[0]
    grid = ax.images[0].get_array()
    assert grid.shape == (df["holder_label"].nunique(), df["target_label"].nunique())
    assert [t.get_text() for t in ax.get_yticklabels()] == sorted(df["holder_label"].unique())
    filled = int((~grid.mask).sum())
    assert filled == len(df.drop_duplicates(["holder_label", "target_label"]))
    assert len(ax.texts) == filled                    # every filled cell carries its letter(s)
    _png(fig, tmp_path / "matrix.png")


def test_stance_matrix_cell_is_the_latest_stance(graph):
    df = graph.stances(actor="russia")
    rows, cols, cells = plots.cell_values(df, "holder_label", "target_label")
    # Russia on the revised U.S. proposal: mixed (12-03), oppose (12-05), conditional (12-08)
    assert cells["Russia", "Revised U.S. peace proposal"] == (0.5, "C")
    fig = plots.stance_matrix(df)
    grid = fig.axes[0].images[0].get_array()
    assert grid[rows.index("Russia"), cols.index("Revised U.S. peace proposal")] == 0.5


def test_stance_matrix_by_outlet(graph, tmp_path):
    df = graph.query("""SELECT ?outlet ?target ?value WHERE {
        ?s neg:holder <https://w3id.org/kg-negotiation/id/actor/russia> ; neg:target ?t ;
           neg:stanceValue ?value ; dcterms:source/dcterms:publisher/rdfs:label ?outlet .
        ?t rdfs:label ?target }""")
    fig = plots.stance_matrix(df, rows="outlet", cols="target")
    assert fig.axes[0].images[0].get_array().shape == (4, df["target"].nunique())
    _png(fig, tmp_path / "outlets.png")


def test_stance_timeline_draws_every_dated_stance_once(graph, tmp_path):
    df = graph.timeline()
    fig = plots.stance_timeline(df)
    ax = fig.axes[0]
    drawn = sum(len(c.get_offsets()) for c in ax.collections)
    assert drawn == df["stance"].nunique()
    assert [t.get_text() for t in ax.get_yticklabels()] == sorted(df["holder_label"].unique(),
                                                                  reverse=True)
    assert {t.get_text() for t in ax.get_legend().get_texts()} == set(df["value_label"])
    _png(fig, tmp_path / "timeline.png")


def test_stance_timeline_leaves_out_undated_and_says_so():
    df = pd.DataFrame({"holder_label": ["A", "B"], "value": ["support", "oppose"],
                       "date": ["2025-12-01", None]})
    ax = plots.stance_timeline(df).axes[0]
    assert sum(len(c.get_offsets()) for c in ax.collections) == 1
    assert "1 undated" in ax.get_title()


def test_network_summary(graph, tmp_path):
    agreement = graph.networks.agreement()
    fig = plots.network_summary(agreement)
    degrees, sizes = fig.axes
    assert sum(p.get_height() for p in degrees.patches) == agreement.number_of_nodes()
    assert sum(p.get_width() for p in sizes.patches) == agreement.number_of_nodes()
    _png(fig, tmp_path / "network.png")


def test_coalition_sizes_names_members():
    fig = plots.coalition_sizes([["A", "B", "C", "D", "E"], ["F"]], max_names=2)
    ax = fig.axes[0]
    at = {t.get_text(): y for t, y in zip(ax.get_yticklabels(), ax.get_yticks(), strict=True)}
    assert set(at) == {"#1: A, B +3", "#2: F"} and at["#1: A, B +3"] > at["#2: F"]  # largest on top
    assert sorted(p.get_width() for p in ax.patches) == [1, 5]


def test_bad_tables_are_domain_errors():
    with pytest.raises(plots.PlotError, match="no column 'holder_label'"):
        plots.stance_matrix(pd.DataFrame({"x": [1]}))
    with pytest.raises(plots.PlotError, match="empty"):
        plots.stance_matrix(pd.DataFrame(columns=["holder_label", "target_label", "value"]))
    with pytest.raises(plots.PlotError, match="not a date"):
        plots.stance_timeline(pd.DataFrame({"holder_label": ["A"], "value": ["support"],
                                            "date": ["soon"]}))
