"""Keeping the answers of the whole-graph named queries when the embedded store publishes a
generation, so that their first request and first page read rows (:mod:`kg.query_cache`)
instead of evaluating the whole graph.

After a large write (a build of at least :data:`kg.store.COMPACT_FROM` statements), and after
a small one (``kg ingest`` of a few articles) into a store whose previous generation had kept
answers (a store someone reads), a background process evaluates them for the new generation
(:func:`spawn`; about 5 s CPU at 1M triples): the write returns as soon as the generation is
published, and the first page asked for after the background process is done reads kept rows
(one asked for earlier evaluates the query itself, as before). One background process works
at a time (a lock in the store's ``cache`` folder); a later one waits and then keeps the
answers of the generation current by then, if they are not kept already.
``KG_KEEP_ANSWERS=1`` keeps them in the writing process, before it returns, after every write;
``KG_KEEP_ANSWERS=0`` never.

The same process then keeps the answers of the scoped queries (:data:`SCOPED_ANSWERS`) for
each actor and issue holding at least :data:`HOT_STANCES` stances: their answers are the
largest (at 1M triples an issue's take 0.1–1.3 s to evaluate, an actor's about 1 ms per stance
held for ``provenance``), and the queries of every other value stay within the 50 ms of a
scoped query. About 60–70 s CPU at 1M triples (15 issues, about 100 of 300 actors).
It stops as soon as a newer generation is published (a later process keeps that one).

Run as ``python -m kg.query_keep STORE_DIR`` (what :func:`spawn` starts).
"""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import QueryError, StoreError

if TYPE_CHECKING:
    from kg.store import OxigraphStore

# named whole-graph queries whose parameter-less answers are kept when a generation is published
PUBLISH_ANSWERS = ("contested", "agreement", "events", "linkages")
# named queries whose answers are kept for the actors and issues with many stances, by parameter
SCOPED_ANSWERS = {
    "actor": ("stances", "timeline", "provenance", "conditions"),
    "issue": ("stances", "timeline", "contested", "agreement"),
}
HOT_STANCES = 40  # an actor or issue holding at least this many stances has its answers kept
KEEP_ANSWERS_ENV = "KG_KEEP_ANSWERS"
_COUNTS = {  # stances per actor and per issue, most stances first
    kind: "PREFIX neg: <https://w3id.org/kg-negotiation/ontology#>\n"
          f"SELECT ?v (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s neg:{prop} ?v }} GROUP BY ?v "
          "ORDER BY DESC(?n) ?v"
    for kind, prop in (("actor", "holder"), ("issue", "onIssue"))
}


def stance_counts(store: OxigraphStore, kind: str) -> list[tuple[str, int]]:
    """Each actor or issue (``kind``) holding a stance, as (IRI, stances), most stances first."""
    return [(str(row["v"]), int(row["n"])) for row in store.query(_COUNTS[kind]).rows]  # type: ignore[arg-type]


def hot_values(store: OxigraphStore, kind: str, *, least: int | None = None) -> list[str]:
    """The IRIs (as ``<...>`` parameter values) of the actors or issues (``kind``) holding at
    least ``least`` (default :data:`HOT_STANCES`) stances, most stances first."""
    least = HOT_STANCES if least is None else least
    return [f"<{iri}>" for iri, n in stance_counts(store, kind) if n >= least]


def keep(store: OxigraphStore) -> None:
    """Evaluate :data:`PUBLISH_ANSWERS` on the store's current generation and keep their
    answers, then :data:`SCOPED_ANSWERS` for the values :func:`hot_values` names (answers
    already kept are only read). It stops when a newer generation is published, or at a query
    that fails (left to its first reader, who then gets the error)."""
    from kg import queries

    generation = store.cache_dir()
    if generation is None:
        return
    try:
        for name in PUBLISH_ANSWERS:
            queries.run(store, name)
        for kind, names in SCOPED_ANSWERS.items():
            for value in hot_values(store, kind):
                for name in names:
                    if store.cache_dir() != generation:
                        return
                    queries.run(store, name, {kind: value})
    except (StoreError, QueryError):
        return


def was_kept(cache: Path) -> bool:
    """Whether a generation's cache folder holds any kept answer."""
    return cache.is_dir() and any(cache.glob("*.jsonl"))


def after_write(store: OxigraphStore, *, large: bool, previous: str | None) -> None:
    """Keep the answers for the generation ``store`` just published (see the module
    docstring); ``previous``: the generation it replaced."""
    setting = os.environ.get(KEEP_ANSWERS_ENV, "")
    if setting == "0" or store.path is None:
        return
    if setting == "1":
        keep(store)
    elif large or (previous is not None and was_kept(store.path / "cache" / previous)):
        spawn(store.path)


def spawn(path: Path) -> subprocess.Popen[bytes]:
    """Start a background process keeping the answers of the store at ``path`` (detached: it
    outlives the writing process, and its output goes nowhere)."""
    return subprocess.Popen([sys.executable, "-m", "kg.query_keep", str(path)], stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
                            close_fds=True)


def main(argv: list[str]) -> int:
    """Keep the answers of the store at ``argv[0]``'s current generation, one process at a time."""
    from kg.store import OxigraphStore

    path = Path(argv[0])
    os.nice(10)  # background work: readers of the store come first
    (path / "cache").mkdir(parents=True, exist_ok=True)
    with open(path / "cache" / ".keep.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        keep(OxigraphStore(path))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
