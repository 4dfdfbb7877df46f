"""The ``kg`` command line: a thin layer over the library.

Library errors (:class:`kg.errors.KgError`) become ``Error: ...`` and exit 1;
usage errors exit 2. Heavy libraries are imported inside the commands so that
``kg --help`` starts fast.
"""

from __future__ import annotations

import typer

from kg.cli import core, ingest, network, serve, upgrade

app = typer.Typer(
    name="kg",
    help="Turn news about negotiations into a knowledge graph of who wants what.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

app.command("build")(core.build)
app.command("validate")(core.validate)
app.command("query")(core.query)
app.command("stats")(core.stats)
app.command("export")(core.export)
app.command("ingest")(ingest.ingest)
app.command("eval")(ingest.eval_)
app.command("train")(ingest.train)
app.command("render")(network.render)
app.command("analyze")(network.analyze)
app.command("serve")(serve.serve)
app.command("upgrade")(upgrade.upgrade)


def main() -> None:
    """Entry point of the ``kg`` console script."""
    app()
