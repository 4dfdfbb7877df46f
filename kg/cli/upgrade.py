"""``kg upgrade``: add the derived statements a store written by an older kg lacks."""

from __future__ import annotations

import typer

from kg.cli.common import EndpointOption, StoreOption, open_from_options, user_errors


def upgrade(store: StoreOption = None, endpoint: EndpointOption = None) -> None:
    """Upgrade a store written by an older kg to this kg's data version, in place.

    The statements kg derives from the coded ones (neg:supports, neg:opposes, ... and
    neg:evidenceText) are derived again inside the store, in one transaction; every other
    command refuses a store of an older data version until it is upgraded or rebuilt.
    """
    from kg.data_version import DATA_VERSION
    from kg.migrate import upgrade as run_upgrade

    with user_errors():
        report = run_upgrade(open_from_options(store, endpoint, any_version=True))
    if report.found is None:
        typer.echo(f"The store at {report.where} holds no data: nothing to upgrade.")
    elif not report.upgraded:
        typer.echo(f"The store at {report.where} is up to date (data version {DATA_VERSION}).")
    else:
        n = report.graphs
        typer.echo(f"Upgraded the store at {report.where} from data version {report.found} to "
                   f"{DATA_VERSION} ({n} named graph{'s' if n != 1 else ''}).")
