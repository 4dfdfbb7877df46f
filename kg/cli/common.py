"""What every command shares: store options and turning domain errors into ``Error:`` lines."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from kg.store import Store

StoreOption = Annotated[
    Path | None,
    typer.Option("--store", envvar="KG_STORE", help="Embedded store directory "
                 "[default: $XDG_DATA_HOME/kg/store, i.e. ~/.local/share/kg/store].",
                 show_default=False),
]
EndpointOption = Annotated[
    str | None,
    typer.Option("--endpoint", envvar="KG_ENDPOINT", help="A SPARQL 1.1 endpoint URL to use "
                 "instead of the embedded store (query URL; updates go to URL/update or "
                 "$KG_UPDATE_ENDPOINT).", show_default=False),
]


@contextlib.contextmanager
def user_errors() -> Iterator[None]:
    """Print a domain error as ``Error: ...`` (one line per problem) and exit 1."""
    from kg.errors import KgError, ValidationError

    try:
        yield
    except ValidationError as exc:
        n = len(exc.problems)
        typer.echo(f"Error: {n} problem{'s' if n != 1 else ''} found:", err=True)
        for line in exc.problems:
            typer.echo(f"  {line}", err=True)
        raise typer.Exit(1) from None
    except KgError as exc:
        typer.echo(f"Error: {exc}", err=True)
        raise typer.Exit(1) from None


def open_from_options(store: Path | None, endpoint: str | None, *, any_version: bool = False) -> Store:
    """The store named by ``--store``/``--endpoint`` (or their environment variables), refused
    at once if its data is of another data version than this kg's (unless ``any_version``:
    ``kg upgrade``), before a command spends time on anything else."""
    from kg.remote import RemoteStore
    from kg.store import OxigraphStore, open_store

    target = open_store(store, endpoint=endpoint)
    if not any_version and isinstance(target, OxigraphStore | RemoteStore):
        target.check_version()
    return target


def write_output(data: str | bytes, out: Path | None) -> None:
    """Write to ``out`` atomically, or to standard output."""
    if out is None:
        if isinstance(data, bytes):
            typer.echo(data.decode("utf-8"), nl=False)
        else:
            typer.echo(data, nl=not data.endswith("\n"))
        return
    from kg.files import atomic_write

    atomic_write(out, data)
