"""Static matplotlib charts of stances and networks for notebooks and reports.

Every function takes a table from :mod:`kg.api` (or a networkx graph) and an
optional matplotlib ``Axes`` to draw on, and returns the ``Figure``.

Colours: stance values run along the ColorBrewer ``RdBu`` diverging scale
(oppose red, mixed/neutral pale, conditional light blue, support blue), which
stays readable with the common forms of colour blindness; every cell and point
is also marked with a letter or shape, so colour is never the only cue.

>>> import pandas as pd
>>> df = pd.DataFrame({"holder_label": ["A", "B", "A"], "target_label": ["p", "p", "q"],
...                    "value_label": ["support", "oppose", "mixed"],
...                    "date": pd.to_datetime(["2025-12-01", "2025-12-02", "2025-12-03"])})
>>> fig = stance_matrix(df)
>>> fig.axes[0].images[0].get_array().shape
(2, 2)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from kg.errors import KgError

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

SIGN = {"support": 1.0, "conditional": 0.5, "mixed": 0.0, "neutral": 0.0, "oppose": -1.0}
"""Signed weight of each stance value (the same scale as :mod:`kg.network.records`)."""
LETTER = {"support": "S", "conditional": "C", "mixed": "M", "neutral": "N", "oppose": "O"}
MARKER = {"support": "o", "conditional": "D", "mixed": "s", "neutral": "X", "oppose": "v"}
CMAP = "RdBu"
LABEL_CHARS = 38


class PlotError(KgError):
    """A table lacks the columns a chart needs, or holds nothing to draw."""


def _clip(text: Any, limit: int = LABEL_CHARS) -> str:
    text = str(text)
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def _value(raw: Any) -> str:
    """``neg:support``, ``support`` or a full IRI to ``support``.

    >>> _value("neg:conditional"), _value("https://w3id.org/kg-negotiation/ontology#oppose")
    ('conditional', 'oppose')
    """
    text = str(raw)
    return text.rsplit("#", 1)[-1].rsplit(":", 1)[-1]


def _need(df: pd.DataFrame, columns: Sequence[str], chart: str) -> None:
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise PlotError(f"{chart}: the table has no column '{missing[0]}' "
                        f"(columns: {', '.join(map(str, df.columns))})")
    if df.empty:
        raise PlotError(f"{chart}: the table is empty, nothing to draw")


def _value_column(df: pd.DataFrame) -> str:
    for name in ("value_label", "value"):
        if name in df.columns:
            return name
    raise PlotError("the table has no 'value_label' or 'value' column")


def _figure(ax: Axes | None, size: tuple[float, float]) -> tuple[Figure, Axes]:
    if ax is not None:
        return ax.figure, ax  # type: ignore[return-value]
    from matplotlib.figure import Figure

    fig = Figure(figsize=size, layout="constrained")
    return fig, fig.add_subplot()


def to_time(value: Any) -> dt.datetime | None:
    """A (possibly partial) date as the first moment of its period; ``None`` if undated.

    >>> to_time("2025-11"), to_time(dt.date(2025, 12, 3)), to_time(None)
    (datetime.datetime(2025, 11, 1, 0, 0), datetime.datetime(2025, 12, 3, 0, 0), None)
    """
    if value is None or value != value:  # None or NaN/NaT
        return None
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    parts = str(value)[:10].split("-")
    try:
        numbers = [int(p) for p in parts] + [1] * (3 - len(parts))
        return dt.datetime(*numbers[:3])
    except ValueError:
        raise PlotError(f"not a date: {value!r}") from None


def cell_values(df: pd.DataFrame, rows: str, cols: str) -> tuple[list[str], list[str], dict[
        tuple[str, str], tuple[float, str]]]:
    """Per (row, column): the mean sign of the latest stances and their letters.

    Only the stances of the latest date in a cell count (an actor's later word
    replaces its earlier one); undated stances count as the oldest.

    >>> import pandas as pd
    >>> df = pd.DataFrame({"h": ["A", "A", "A"], "t": ["p", "p", "p"],
    ...                    "value": ["oppose", "support", "conditional"],
    ...                    "date": ["2025-01-01", "2025-02-01", "2025-02-01"]})
    >>> cell_values(df, "h", "t")[2]
    {('A', 'p'): (0.75, 'C/S')}
    """
    value_col = _value_column(df)
    latest: dict[tuple[str, str], tuple[dt.datetime, list[str]]] = {}
    dates = df["date"] if "date" in df.columns else [None] * len(df)
    for r, c, v, d in zip(df[rows], df[cols], df[value_col], dates, strict=True):
        key, when = (str(r), str(c)), to_time(d) or dt.datetime.min
        value = _value(v)
        if key not in latest or when > latest[key][0]:
            latest[key] = (when, [value])
        elif when == latest[key][0] and value not in latest[key][1]:
            latest[key][1].append(value)
    cells = {k: (sum(SIGN.get(v, 0.0) for v in vs) / len(vs),
                 "/".join(sorted(LETTER.get(v, "?") for v in vs))) for k, (_, vs) in latest.items()}
    row_names = sorted({k[0] for k in cells})
    col_names = sorted({k[1] for k in cells})
    return row_names, col_names, cells


def stance_matrix(df: pd.DataFrame, *, rows: str = "holder_label", cols: str = "target_label",
                  ax: Axes | None = None, title: str | None = None) -> Figure:
    """Heatmap of actors (``rows``) x positions/proposals (``cols``) coloured by stance.

    ``df`` is a stances table (:meth:`kg.api.KG.stances`, ``timeline`` or any table
    with the two columns, a ``value_label``/``value`` column and optionally
    ``date``). Empty cells (no stance) stay blank; each cell is marked with the
    letter(s) of its value(s): S support, C conditional, M mixed, N neutral, O oppose.
    """
    import numpy as np

    _need(df, [rows, cols], "stance_matrix")
    row_names, col_names, cells = cell_values(df, rows, cols)
    grid = np.full((len(row_names), len(col_names)), np.nan)
    for (r, c), (sign, _) in cells.items():
        grid[row_names.index(r), col_names.index(c)] = sign
    fig, ax = _figure(ax, (1.2 + 0.55 * len(col_names), 2.2 + 0.4 * len(row_names)))
    image = ax.imshow(np.ma.masked_invalid(grid), cmap=CMAP, vmin=-1, vmax=1, aspect="auto")
    for (r, c), (sign, letters) in cells.items():
        ax.text(col_names.index(c), row_names.index(r), letters, ha="center", va="center",
                fontsize=8, color="white" if abs(sign) > 0.6 else "black")
    ax.set_xticks(range(len(col_names)), [_clip(c) for c in col_names], rotation=60, ha="right",
                  fontsize=8)
    ax.set_yticks(range(len(row_names)), [_clip(r) for r in row_names], fontsize=9)
    ax.set_xticks(np.arange(-0.5, len(col_names)), minor=True)
    ax.set_yticks(np.arange(-0.5, len(row_names)), minor=True)
    ax.grid(which="minor", color="#dddddd", linewidth=0.5)
    ax.tick_params(which="minor", length=0)
    bar = fig.colorbar(image, ax=ax, ticks=[-1, -0.5, 0, 0.5, 1], shrink=0.8)
    bar.ax.set_yticklabels(["oppose", "", "mixed / neutral", "conditional", "support"], fontsize=8)
    ax.set_title(title or "Stances (latest per cell)", fontsize=11)
    return fig


def _spread(points: list[tuple[Any, str, str]], actors: list[str]) -> list[float]:
    """Row positions, with points of one actor on one day fanned out around the row.

    >>> _spread([(1, "a", "x"), (1, "a", "y"), (2, "a", "x")], ["a"])
    [-0.1, 0.1, 0.0]
    """
    same: dict[tuple[Any, str], int] = {}
    for t, a, _ in points:
        same[t, a] = same.get((t, a), 0) + 1
    seen: dict[tuple[Any, str], int] = {}
    out = []
    for t, a, _ in points:
        k = seen[t, a] = seen.get((t, a), -1) + 1
        step = min(0.2, 0.7 / same[t, a])
        out.append(round(actors.index(a) + (k - (same[t, a] - 1) / 2) * step, 4))
    return out


def stance_timeline(df: pd.DataFrame, *, actor: str = "holder_label", ax: Axes | None = None,
                    title: str | None = None) -> Figure:
    """Each dated stance as a point: time across, one row per actor, colour and shape by value.

    Partial dates (``2025-11``) are drawn at the start of their period; undated
    stances are left out (the title says how many).
    """
    import matplotlib as mpl

    _need(df, [actor, "date"], "stance_timeline")
    if "stance" in df.columns:  # the timeline query has one row per stance and issue
        df = df.drop_duplicates("stance")
    value_col = _value_column(df)
    points = [(to_time(d), str(a), _value(v)) for a, d, v in zip(df[actor], df["date"],
                                                                 df[value_col], strict=True)]
    dated = [p for p in points if p[0] is not None]
    if not dated:
        raise PlotError("stance_timeline: no stance has a date")
    actors = sorted({a for _, a, _ in dated}, reverse=True)
    fig, ax = _figure(ax, (9.0, 1.4 + 0.45 * len(actors)))
    cmap = mpl.colormaps[CMAP]
    placed = _spread(dated, actors)
    for value, marker in MARKER.items():
        mine = [(t, y) for (t, _, v), y in zip(dated, placed, strict=True) if v == value]
        if mine:
            xs, ys = zip(*mine, strict=True)
            ax.scatter(xs, ys, marker=marker, s=60, color=cmap((SIGN[value] + 1) / 2),
                       edgecolors="#333333", linewidths=0.6, label=value, zorder=3)
    ax.set_yticks(range(len(actors)), [_clip(a) for a in actors], fontsize=9)
    ax.set_ylim(-0.7, len(actors) - 0.3)
    ax.grid(axis="x", color="#eeeeee")
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, frameon=False)
    fig.autofmt_xdate()
    left_out = len(points) - len(dated)
    ax.set_title((title or "Stances over time") + (f" ({left_out} undated left out)"
                                                   if left_out else ""), fontsize=11)
    return fig


def degree_distribution(g: nx.Graph, *, ax: Axes | None = None,
                        title: str | None = None) -> Figure:
    """Bar chart: how many nodes have each degree (multi-edges collapsed, direction ignored)."""
    from collections import Counter

    from kg.network.analysis import simple_undirected

    if g.number_of_nodes() == 0:
        raise PlotError("degree_distribution: the graph has no nodes")
    h = simple_undirected(g)
    counts = Counter(d for _, d in h.degree())
    fig, ax = _figure(ax, (5.0, 3.2))
    degrees = sorted(counts)
    ax.bar(degrees, [counts[d] for d in degrees], color="#4393c3", edgecolor="#2166ac")
    ax.set_xlabel("degree (distinct neighbours)")
    ax.set_ylabel("nodes")
    ax.set_xticks(degrees)
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.set_title(title or f"Degree distribution ({g.graph.get('view', 'network')})", fontsize=11)
    return fig


def coalition_sizes(communities: Sequence[Sequence[str]], *, ax: Axes | None = None,
                    title: str | None = None, max_names: int = 4) -> Figure:
    """Horizontal bars: the size of each coalition, labelled with (some of) its members.

    ``communities`` is a list of member-label lists, largest first, such as
    ``analyze(...)["coalitions"]["labels"]`` or the groups of
    :meth:`kg.api.Networks.coalitions`.
    """
    if not communities:
        raise PlotError("coalition_sizes: there are no coalitions")
    fig, ax = _figure(ax, (6.5, 1.2 + 0.45 * len(communities)))
    names = []
    for i, members in enumerate(communities):
        shown = ", ".join(_clip(m, 18) for m in list(members)[:max_names])
        extra = len(members) - max_names
        names.append(f"#{i + 1}: {shown}" + (f" +{extra}" if extra > 0 else ""))
    positions = list(range(len(communities)))[::-1]
    ax.barh(positions, [len(m) for m in communities], color="#92c5de", edgecolor="#2166ac")
    ax.set_yticks(positions, names, fontsize=8)
    ax.set_xlabel("members")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_title(title or "Coalitions (Louvain, agreement network)", fontsize=11)
    return fig


def network_summary(g: nx.Graph, communities: Sequence[Sequence[str]] | None = None,
                    *, title: str | None = None) -> Figure:
    """Degree distribution and coalition sizes side by side.

    Without ``communities``, Louvain coalitions of ``g`` itself are used (meant
    for the agreement network).
    """
    from matplotlib.figure import Figure

    from kg.network.analysis import coalitions

    if communities is None:
        communities = coalitions(g)["labels"]
    fig = Figure(figsize=(11.0, 1.8 + 0.45 * max(len(communities), 4)), layout="constrained")
    left, right = fig.subplots(1, 2)
    degree_distribution(g, ax=left)
    coalition_sizes(communities, ax=right)
    if title:
        fig.suptitle(title)
    return fig
