"""``kg build``, ``validate``, ``query``, ``stats`` and ``export``."""

from __future__ import annotations

import enum
from pathlib import Path
from typing import Annotated

import typer

from kg.cli.common import EndpointOption, StoreOption, open_from_options, user_errors, write_output

DEFAULT_ANNOTATIONS = Path("data/annotations")

PathsArg = Annotated[
    list[Path] | None,
    typer.Argument(help="Annotation files or folders [default: data/annotations].",
                   show_default=False),
]


class QueryFormat(enum.StrEnum):
    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"


class ExportFormat(enum.StrEnum):
    turtle = "turtle"
    trig = "trig"
    nquads = "nquads"
    ntriples = "ntriples"
    jsonld = "jsonld"
    graphml = "graphml"
    gexf = "gexf"
    csv = "csv"


def build(
    paths: PathsArg = None,
    store: StoreOption = None,
    endpoint: EndpointOption = None,
    shacl: Annotated[bool, typer.Option(help="Check SHACL shapes before writing.")] = True,
) -> None:
    """Validate coding sheets, then compile them into the store (all or nothing).

    Each article becomes one named graph; rebuilding an article replaces it.
    """
    from kg.build import build as run_build

    with user_errors():
        target = open_from_options(store, endpoint)
        report = run_build(paths or [DEFAULT_ANNOTATIONS], store=target, shacl=shacl)
    n = len(report.articles)
    typer.echo(f"Built {n} article{'s' if n != 1 else ''} ({report.triples} triples); "
               f"the store now holds {report.store_triples} triples.")
    for aid in report.machine_skipped:
        typer.echo(f"Skipped the machine draft of {aid}: a curated coding takes precedence.")


def validate(
    paths: PathsArg = None,
    shacl: Annotated[bool, typer.Option(help="Also check SHACL shapes.")] = True,
    engine: Annotated[str, typer.Option(
        help="SHACL engine: oxigraph (the shapes as SPARQL queries) or pyshacl (the reference, "
             "much slower).")] = "oxigraph",
) -> None:
    """Check coding sheets (format, references, offsets, SHACL) without writing anything."""
    from kg.build import validate as run_validate

    with user_errors():
        anns = run_validate(paths or [DEFAULT_ANNOTATIONS], shacl=shacl, engine=engine)
    for ann in anns:
        checked = "offsets checked" if ann.text is not None else "text not found, offsets not checked"
        typer.echo(f"{ann.path}: ok ({checked})")


def _parse_params(values: list[str]) -> dict[str, str]:
    params: dict[str, str] = {}
    for item in values:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise typer.BadParameter(f"expected name=value, got {item!r}", param_hint="--param")
        params[name.strip()] = value
    return params


def query(
    name: Annotated[str | None, typer.Argument(
        help="A named query (see --list) or a .rq file.", show_default=False)] = None,
    sparql: Annotated[str | None, typer.Option("--sparql", help="SPARQL text to run.")] = None,
    param: Annotated[list[str] | None, typer.Option(
        "--param", "-p", help="name=value, bound as an RDF term (repeatable).")] = None,
    fmt: Annotated[QueryFormat, typer.Option("--format", "-f", help="Output format.")] = QueryFormat.table,
    limit: Annotated[int | None, typer.Option(help="At most this many rows.", min=0)] = None,
    offset: Annotated[int | None, typer.Option(help="Skip this many rows.", min=0)] = None,
    list_: Annotated[bool, typer.Option("--list", help="List the named queries.")] = False,
    store: StoreOption = None,
    endpoint: EndpointOption = None,
) -> None:
    """Run a named query, a .rq file or SPARQL text.

    Formats: table (readable), csv and tsv (W3C SPARQL 1.1 CSV/TSV), json (W3C SPARQL 1.1
    Query Results JSON).
    """
    from kg import queries
    from kg.results import ResultFormat, render

    with user_errors():
        if list_:
            for q in queries.list_queries():
                params = ", ".join(p.name for p in q.params) or "-"
                typer.echo(f"{q.name:<16} {q.question}  [parameters: {params}]")
            return
        if (name is None) == (sparql is None):
            raise typer.BadParameter("give a query NAME or FILE.rq, or --sparql TEXT (one of them)")
        params = _parse_params(param or [])
        target = open_from_options(store, endpoint)
        result = queries.run(target, sparql if sparql is not None else name, params,
                             limit=limit, offset=offset)
        write_output(render(result, ResultFormat(fmt.value)), None)


def stats(store: StoreOption = None, endpoint: EndpointOption = None) -> None:
    """Counts by class, the articles, and the date range of stances."""
    from kg import queries
    from kg.results import short

    with user_errors():
        target = open_from_options(store, endpoint)
        result = queries.run(target, "stats")
    if not result.rows:
        typer.echo("The store is empty: run kg build first.")
        return
    for row in result.rows:
        typer.echo(f"{short(row['what']):<28} {short(row['value'])}")


def export(
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="Output format.")] = ExportFormat.turtle,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Output file (or folder "
                   "for csv) [default: standard output].", show_default=False)] = None,
    store: StoreOption = None,
    endpoint: EndpointOption = None,
) -> None:
    """Export the graph as RDF (turtle, trig, nquads, ntriples, jsonld), or the stance network
    for Gephi and visone (graphml, gexf, csv node and edge lists)."""
    from kg.store import Format

    with user_errors():
        target = open_from_options(store, endpoint)
        if fmt.value in ("graphml", "gexf", "csv"):
            from kg.network.export import export_store

            if out is None:
                raise typer.BadParameter(f"--format {fmt.value} needs --out", param_hint="--out")
            written = export_store(target, out, fmt.value)
            typer.echo(f"Wrote {', '.join(map(str, written))}")
            return
        write_output(target.export(Format(fmt.value)), out)
    if out is not None:
        typer.echo(f"Wrote {out}")
