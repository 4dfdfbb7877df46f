"""``kg render`` and ``kg analyze``: the network views as an offline HTML page or a report.

Both commands read the store, project one view (see :mod:`kg.network.projections`),
apply the same filters, and import networkx, pyvis and the layout code only when run.
"""

from __future__ import annotations

import enum
from pathlib import Path
from typing import Annotated

import typer

from kg.cli.common import EndpointOption, StoreOption, open_from_options, user_errors


class View(enum.StrEnum):
    """The network views."""

    positions = "positions"
    agreement = "agreement"
    conflict = "conflict"
    full = "full"


class Normalize(enum.StrEnum):
    """Weights of the one-mode (agreement/conflict) networks."""

    count = "count"
    jaccard = "jaccard"
    cosine = "cosine"


class ReportFormat(enum.StrEnum):
    """Output of ``kg analyze``."""

    table = "table"
    json = "json"


ViewOption = Annotated[View, typer.Option("--view", help="Which network: actor->position "
                                          "stances, actor agreement, actor conflict, or full.")]
IssueOption = Annotated[list[str] | None, typer.Option(
    "--issue", help="Only stances/items on this issue code (repeatable).", show_default=False)]
ActorOption = Annotated[list[str] | None, typer.Option(
    "--actor", help="Only these actors and their neighbours (repeatable).", show_default=False)]
SinceOption = Annotated[str | None, typer.Option(
    "--since", help="Only items dated on or after DATE (YYYY[-MM[-DD]]).", show_default=False)]
UntilOption = Annotated[str | None, typer.Option(
    "--until", help="Only items dated on or before DATE (YYYY[-MM[-DD]]).", show_default=False)]
ArticleOption = Annotated[list[str] | None, typer.Option(
    "--article", help="Only items coded from this article id (repeatable).", show_default=False)]
PublisherOption = Annotated[list[str] | None, typer.Option(
    "--publisher", help="Only items from articles of this publisher (label or id; repeatable).",
    show_default=False)]
NormalizeOption = Annotated[Normalize, typer.Option(
    "--normalize", help="Agreement/conflict edge weights: raw counts or DNA-style jaccard/cosine.")]


def _view_data(store: Path | None, endpoint: str | None, view: View, issue: list[str] | None,
               actor: list[str] | None, since: str | None, until: str | None,
               article: list[str] | None, publisher: list[str] | None):  # noqa: ANN202
    from kg.network.filters import Filters
    from kg.network.rows import fetch, fetch_stances

    filters = Filters.parse(issues=issue or (), actors=actor or (), since=since, until=until,
                            articles=article or (), publishers=publisher or ())
    target = open_from_options(store, endpoint)
    data = fetch(target) if view is View.full else fetch_stances(target)
    return data, filters


def _title(view: View, issue: list[str] | None, actor: list[str] | None, since: str | None,
           until: str | None) -> str:
    names = {"positions": "Who takes which position", "agreement": "Who agrees with whom",
             "conflict": "Who clashes with whom", "full": "Actors, positions, issues and events"}
    parts = [names[view.value]]
    if issue:
        parts.append("on " + ", ".join(issue))
    if actor:
        parts.append("around " + ", ".join(actor))
    if since or until:
        parts.append(f"{since or '...'} to {until or '...'}")
    return " \u2014 ".join(parts)


def render(
    view: ViewOption = View.positions,
    issue: IssueOption = None,
    actor: ActorOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    article: ArticleOption = None,
    publisher: PublisherOption = None,
    normalize: NormalizeOption = Normalize.count,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="HTML file to write "
                   "[default: kg-VIEW.html].", show_default=False)] = None,
    max_nodes: Annotated[int, typer.Option("--max-nodes", min=1, help="Refuse (exit 1) to "
                         "write a page with more nodes than this.")] = 5000,
    title: Annotated[str | None, typer.Option("--title", help="Page title.",
                     show_default=False)] = None,
    store: StoreOption = None,
    endpoint: EndpointOption = None,
) -> None:
    """Write ONE self-contained, offline HTML page of a network view and print its path."""
    with user_errors():
        from kg.network.projections import build_view, shown_stances
        from kg.render.html import write_html

        data, filters = _view_data(store, endpoint, view, issue, actor, since, until, article,
                                   publisher)
        graph = build_view(data, view.value, filters, normalize.value)
        path = write_html(graph, out or Path(f"kg-{view.value}.html"),
                          title=title or _title(view, issue, actor, since, until),
                          stances=shown_stances(data, graph, filters) if view is View.positions else None,
                          max_nodes=max_nodes)
    typer.echo(str(path))


def analyze(
    view: ViewOption = View.positions,
    issue: IssueOption = None,
    actor: ActorOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    article: ArticleOption = None,
    publisher: PublisherOption = None,
    normalize: NormalizeOption = Normalize.count,
    top: Annotated[int, typer.Option("--top", min=1, help="Rows per table.")] = 10,
    fmt: Annotated[ReportFormat, typer.Option("--format", "-f", help="Output format.")]
    = ReportFormat.table,
    store: StoreOption = None,
    endpoint: EndpointOption = None,
) -> None:
    """Centrality (brokers), coalitions, structural balance and sticking points."""
    with user_errors():
        from kg.network.analysis import analyze as run_analysis

        data, filters = _view_data(store, endpoint, view, issue, actor, since, until, article,
                                   publisher)
        report = run_analysis(data, view.value, filters, normalize.value, top)
    if fmt is ReportFormat.json:
        import json

        typer.echo(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        from kg.network.report import format_report

        typer.echo(format_report(report))
