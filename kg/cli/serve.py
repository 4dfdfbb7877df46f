"""``kg serve``: a read-only SPARQL endpoint and query page over the embedded store."""

from __future__ import annotations

from typing import Annotated

import typer

from kg.cli.common import StoreOption, user_errors


def serve(
    store: StoreOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on; keep 127.0.0.1 unless the "
                                      "network in front is trusted.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.", min=0, max=65535)] = 7878,
    allow_updates: Annotated[bool, typer.Option("--allow-updates", help="Accept SPARQL Update "
                                                "requests (refused with 403 otherwise).")] = False,
    timeout: Annotated[float, typer.Option(help="Seconds a query may run before it is stopped "
                                           "(the client gets 503).", min=0.1)] = 10.0,
    workers: Annotated[int, typer.Option(help="Query processes (queries run in parallel).",
                                         min=1, max=64)] = 2,
) -> None:
    """Serve the store as a SPARQL 1.1 endpoint (/sparql) with a query page at /.

    Results come as SPARQL JSON, CSV or TSV (by Accept or ?format=), graphs as Turtle or
    N-Triples. A new build is served from the next request on.
    """
    from kg.serve import make_server
    from kg.store import default_store_path

    path = store or default_store_path()
    with user_errors():
        from kg.store import OxigraphStore

        OxigraphStore(path).check_version()  # refused before serving, not on every request
        try:
            server, pool = make_server(path, host=host, port=port, allow_updates=allow_updates,
                                       timeout=timeout, workers=workers)
        except OSError as exc:
            from kg.errors import StoreError

            raise StoreError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    bound_host, bound_port = server.server_address[:2]
    url = f"http://{bound_host}:{bound_port}"
    if host not in ("127.0.0.1", "localhost", "::1"):
        typer.echo(f"Warning: listening on {host}: anyone who can reach it can query the store.", err=True)
    typer.echo(f"Serving {path} at {url}/ (SPARQL endpoint {url}/sparql"
               f"{', updates allowed' if allow_updates else ', read-only'}); press Ctrl-C to stop.",
               err=False)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        pool.close()
