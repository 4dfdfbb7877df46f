"""Build: check coding sheets, compile them, validate the result, write it to a store.

A build is all or nothing: every sheet is loaded, checked, compiled and
validated before the store is touched, and the store then replaces every
affected named graph in one transaction.

>>> import tempfile, pathlib
>>> from kg.store import open_store
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a.yaml").write_text('''
... format: kg-annotation/1
... article: {id: a1, title: T, publisher: P, url: "https://example.org/a1", date: 2025-01-02}
... actors: [{id: x, type: state, label: X}]
... ''')
>>> report = build([d], store=open_store(memory=True))
>>> report.articles
['a1']
"""

from __future__ import annotations

import contextlib
import itertools
import multiprocessing as mp
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TypeVar

from rdflib import Graph, URIRef
from rdflib.namespace import SKOS
from rdflib.term import Node

from kg import iri
from kg.annotations import Annotation, iter_annotation_files, load_annotation
from kg.compile import Compiled, Registry, compile_statements
from kg.errors import AnnotationError, ValidationError
from kg.shapes import Origin, encode_statements, ontology_graph, report_problems, validate_encoded, validate_statements
from kg.store import OxigraphStore, Store

T = TypeVar("T")
R = TypeVar("R")
_SECTION_IRI = {
    "actors": lambda aid, i: iri.actor_iri(i), "positions": lambda aid, i: iri.position_iri(i),
    "proposals": lambda aid, i: iri.proposal_iri(i), "events": lambda aid, i: iri.event_iri(i),
    "stances": iri.stance_iri,
}


@dataclass
class BuildReport:
    """What a build did."""

    articles: list[str] = field(default_factory=list)
    machine_skipped: list[str] = field(default_factory=list)
    triples: int = 0
    store_triples: int = 0


def issue_codes() -> frozenset[str]:
    """The ``skos:notation`` of every concept in the issue scheme."""
    return frozenset(str(n) for n in ontology_graph().objects(None, SKOS.notation)
                     if str(n).islower())


def load_all(paths: Sequence[str | Path], *, pool: Executor | None = None) -> list[Annotation]:
    """Load and check every coding sheet named or found below ``paths`` (in ``pool``'s
    worker processes if given; the first bad sheet in file order is reported either way)."""
    files = list(iter_annotation_files([Path(p) for p in paths]))
    for f in files:
        if not f.exists():
            raise AnnotationError(f, "no such file or directory")
    if not files:
        raise AnnotationError(", ".join(map(str, paths)), "no annotation files (*.yaml) found")
    anns: list[Annotation] = _in_order(_load_chunk, files, pool)
    seen: dict[tuple[str, str], Path] = {}
    for ann in anns:
        key = (ann.article_id, ann.status)
        if key in seen:
            raise ann.error(f"article id '{ann.article_id}' is also coded ({ann.status}) in "
                            f"{seen[key]}", "article", "id")
        seen[key] = ann.path
    return anns


def origins_of(ann: Annotation) -> dict[Node, Origin]:
    """The IRI of every coded item, with the file and line it comes from."""
    out: dict[Node, Origin] = {
        iri.article_iri(ann.article_id): Origin(str(ann.path), ann.line_of("article"),
                                                f"article '{ann.article_id}'")}
    for section, mint in _SECTION_IRI.items():
        for i, item in enumerate(ann.items(section)):
            node = mint(ann.article_id, item["id"])
            out[node] = Origin(str(ann.path), ann.line_of(section, i), f"{section[:-1]} '{item['id']}'")
    return out


def origins(anns: Sequence[Annotation]) -> dict[Node, Origin]:
    """Where every coded item of ``anns`` comes from (looked up only to report problems)."""
    out: dict[Node, Origin] = {}
    for ann in anns:
        out.update(origins_of(ann))
    return out


def compile_all(anns: Sequence[Annotation], *, existing: Sequence[URIRef] = (),
                pool: Executor | None = None, encoded: list[bytes] | None = None) -> tuple[
        dict[URIRef, Compiled | None], list[Annotation], list[str]]:
    """Compile sheets into named graphs (N-Triples statements, see :mod:`kg.compile`).

    A curated sheet takes precedence over a machine draft of the same article: the
    draft is skipped (and its graph dropped) when a curated coding is in this build
    or already in the store (``existing`` graph names). Returns the graphs to write
    (``None`` = drop), the sheets compiled, and the skipped drafts. With a ``pool``, the
    sheets are compiled in its worker processes; given an ``encoded`` list, they also
    encode the graphs for SHACL validation (:func:`kg.shapes.encode_statements`) into it.
    """
    registry = Registry(issues=issue_codes())
    curated = {a.article_id for a in anns if a.status == "curated"}
    for name in existing:
        parsed = iri.parse_graph_iri(str(name))
        if parsed and not parsed[1]:
            curated.add(parsed[0])
    active = [a for a in anns if a.status == "curated" or a.article_id not in curated]
    skipped = sorted(a.article_id for a in anns if a.status == "machine" and a.article_id in curated)
    for ann in active:
        registry.add(ann)
    graphs: dict[URIRef, Compiled | None] = {}
    work = partial(_compile_chunk, registry, encoded is not None)
    for ann, (compiled, data) in zip(active, _in_order(work, active, pool), strict=True):
        graphs[compiled.name] = compiled
        if encoded is not None:
            encoded.append(data)
        if ann.status == "curated":
            graphs.setdefault(iri.graph_iri(ann.article_id, machine=True), None)
    return graphs, active, skipped


def _checked(paths: Sequence[str | Path], *, shacl: bool, engine: str, workers: int | None,
             existing: Sequence[URIRef] = ()) -> tuple[
        list[Annotation], dict[URIRef, Compiled | None], list[str]]:
    """Load, compile and (if ``shacl``) validate the sheets: the sheets, the graphs to write
    and the skipped drafts (see :func:`compile_all`); a :class:`ValidationError` lists
    every SHACL problem. The workers that compile also encode the graphs for the
    ``"oxigraph"`` engine, whose queries are then shared by ``workers`` processes when
    there is much data (default: one per CPU)."""
    encoded: list[bytes] | None = [] if shacl and engine == "oxigraph" else None
    with _pool(paths, workers) as pool:
        anns = load_all(paths, pool=pool)
        graphs, active, skipped = compile_all(anns, existing=existing, pool=pool, encoded=encoded)
    if shacl:
        if encoded is not None:
            results = validate_encoded(encoded, workers=workers or len(os.sched_getaffinity(0)))
        else:
            results = validate_statements(
                (st for g in graphs.values() if g is not None for st in g.statements), engine=engine)
        problems = report_problems(results, lambda: origins(active))
        if problems:
            raise ValidationError(problems)
    return anns, graphs, skipped


def validate(paths: Sequence[str | Path], *, shacl: bool = True, engine: str = "oxigraph",
             workers: int | None = None) -> list[Annotation]:
    """Check format, references and (optionally) SHACL shapes without writing anything;
    ``engine``: see :func:`kg.shapes.validate_statements`."""
    return _checked(paths, shacl=shacl, engine=engine, workers=workers)[0]


def build(paths: Sequence[str | Path], *, store: Store, shacl: bool = True,
          engine: str = "oxigraph", workers: int | None = None) -> BuildReport:
    """Validate the sheets, then replace their articles' named graphs in ``store`` at once.

    Many sheets are loaded and compiled in ``workers`` processes (default: one per CPU
    when there are at least :data:`PARALLEL_FROM` sheets; ``workers=1``: none). SHACL
    ``engine``: see :func:`kg.shapes.validate_statements`.
    """
    anns, graphs, skipped = _checked(paths, shacl=shacl, engine=engine, workers=workers,
                                     existing=store.graph_names())
    triples = sum(len(g) for g in graphs.values() if g is not None)
    # the embedded store loads the statements as they are; other stores take rdflib graphs
    fast = isinstance(store, OxigraphStore)
    writes: dict[URIRef, Graph | Sequence[str] | None] = {
        name: None if g is None else g.statements if fast else g.graph() for name, g in graphs.items()}
    writes[iri.ONTOLOGY_GRAPH] = ontology_graph()
    store.replace_graphs(writes)  # type: ignore[arg-type]
    return BuildReport(
        articles=sorted({a.article_id for a in anns} - set(skipped)),
        machine_skipped=skipped,
        triples=triples,
        store_triples=len(store),
    )


# --- worker processes ------------------------------------------------------------------

PARALLEL_FROM = 300
"""Fewer sheets than this are loaded in the calling process: starting workers costs more."""
_CHUNK = 100


@dataclass(frozen=True)
class _Failure:
    """An :class:`AnnotationError` as it crosses from a worker process (exceptions with
    their own constructor arguments do not survive pickling)."""

    path: str
    message: str
    line: int | None

    def error(self) -> AnnotationError:
        return AnnotationError(self.path, self.message, line=self.line)


def _load_chunk(files: Sequence[Path]) -> list[Annotation | _Failure]:
    out: list[Annotation | _Failure] = []
    for f in files:
        try:
            out.append(load_annotation(f))
        except AnnotationError as exc:
            return [*out, _Failure(exc.path, exc.message, exc.line)]
    return out


def _compile_chunk(registry: Registry, encode: bool, anns: Sequence[Annotation]
                   ) -> list[tuple[Compiled, bytes] | _Failure]:
    """Compile ``anns``, each with its statements encoded for validation if ``encode``
    (in the worker, which has the CPU time to spare while the main process waits)."""
    out: list[tuple[Compiled, bytes] | _Failure] = []
    for ann in anns:
        try:
            compiled = compile_statements(ann, registry)
        except AnnotationError as exc:
            return [*out, _Failure(exc.path, exc.message, exc.line)]
        out.append((compiled, encode_statements(compiled.statements) if encode else b""))
    return out


def _in_order(work: Callable[[Sequence[T]], list[R | _Failure]], items: Sequence[T],
              pool: Executor | None) -> list[R]:
    """``work`` on chunks of ``items`` (in ``pool`` if given), results in order; the first
    failure in order is raised, as a run in one process would raise it."""
    chunks = [items[i:i + _CHUNK] for i in range(0, len(items), _CHUNK)]
    out: list[R] = []
    for results in (pool.map(work, chunks) if pool else map(work, chunks)):
        for result in results:
            if isinstance(result, _Failure):
                raise result.error()
            out.append(result)
    return out


@contextlib.contextmanager
def _pool(paths: Sequence[str | Path], workers: int | None) -> Iterator[Executor | None]:
    """Worker processes for a build of ``paths``, or None when one process is better."""
    if workers is None:
        many = sum(1 for _ in itertools.islice(iter_annotation_files([Path(p) for p in paths]),
                                               PARALLEL_FROM)) >= PARALLEL_FROM
        workers = len(os.sched_getaffinity(0)) if many else 1
    if workers <= 1:
        yield None
        return
    # fork: the workers need nothing from the caller's main module (spawn would import it
    # again, which breaks scripts without a main guard) and only parse and compile
    method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
    with ProcessPoolExecutor(max_workers=workers, mp_context=mp.get_context(method)) as pool:
        yield pool
