"""SHACL checks of compiled graphs, reported for people.

The shapes of ``ontology/shapes.ttl`` are compiled into SPARQL queries once per
process and run by Oxigraph over the statements (:mod:`kg.shacl`); pyshacl, the
reference the tests compare with, can still be asked for (``engine="pyshacl"``).

Each violation becomes one line naming the file, the line and the item it is
about, and what is wrong, e.g.::

    data/annotations/a.yaml:40: stance 's1': A stance needs exactly one holder (neg:holder)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import SH, SKOS
from rdflib.term import Node

from kg.errors import KgError
from kg.namespace import NEG
from kg.results import short
from kg.shacl import Check, Result, compile_shapes, predicates_used, run_checks
from kg.shacl_sparql import encode_data


@dataclass(frozen=True)
class Origin:
    """Where an item of the graph was coded."""

    path: str
    line: int | None
    what: str


def ontology_file(name: str) -> str:
    """Path of a file shipped in ``kg/ontology`` (``negotiation.ttl``, ``issues.ttl``, ...)."""
    return str(resources.files("kg") / "ontology" / name)


@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    """The ontology and the issue scheme, parsed once per process.

    Oxigraph's Turtle parser does the parsing (about ten times faster than rdflib's,
    which matters for CLI start-up); the result is an ordinary rdflib graph.
    """
    g = Graph()
    for name in ("negotiation.ttl", "issues.ttl"):
        g += _parsed(name)
    return g


def _parsed(name: str) -> Graph:
    """A Turtle file of ``kg/ontology`` parsed by Oxigraph into an rdflib graph."""
    import pyoxigraph as ox

    from kg.store import from_ox

    g = Graph()
    for t in ox.parse(path=ontology_file(name), format=ox.RdfFormat.TURTLE):
        g.add((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)))
    return g


@lru_cache(maxsize=1)
def hierarchy_graph() -> Graph:
    """The class hierarchy, the issue scheme's concepts and the stance values: the part of
    the ontology that the shapes look at."""
    g = Graph()
    onto = ontology_graph()
    for triple in onto.triples((None, RDFS.subClassOf, None)):
        g.add(triple)
    for concept in onto.subjects(RDF.type, SKOS.Concept):
        for triple in onto.triples((concept, None, None)):
            g.add(triple)
    for individual, cls in onto.subject_objects(RDF.type):
        if cls in (NEG.StanceValue, NEG.CodingStatus):
            g.add((individual, RDF.type, cls))
    return g


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    """``ontology/shapes.ttl``, parsed once per process (by Oxigraph, as the ontology)."""
    return _parsed("shapes.ttl")


@lru_cache(maxsize=1)
def compiled_checks() -> list[Check]:
    """The SPARQL checks of ``ontology/shapes.ttl``, compiled once per process."""
    return compile_shapes(shapes_graph())


@lru_cache(maxsize=1)
def used_predicates() -> frozenset[str]:
    """The predicates ``ontology/shapes.ttl`` can look at (see :func:`kg.shacl.predicates_used`)."""
    return predicates_used(shapes_graph())


def encode_statements(statements: Iterable[str]) -> bytes:
    """Statements as loaded for validation: only those the shapes can look at, literals
    kept as written (:func:`kg.shacl_sparql.encode_data`)."""
    return encode_data(statements, used_predicates())


@lru_cache(maxsize=1)
def _hierarchy_ntriples() -> bytes:
    return encode_data(f"{s.n3()} {p.n3()} {o.n3()}" for s, p, o in hierarchy_graph())


PARALLEL_FROM_BYTES = 20_000_000
"""Data this large (about 700 articles) is checked by forked processes, each running a
share of the queries over the store they inherit."""
_forked_store: list[Any] = []


def validate_encoded(chunks: Iterable[bytes], *, workers: int = 1) -> list[Result]:
    """Every SHACL result for the union of statements encoded by :func:`encode_statements`
    (with the class hierarchy and the issue scheme), by the shapes compiled into SPARQL;
    in ``workers`` processes when the data is large and the platform can fork."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    import pyoxigraph as ox

    data = b"".join(chunks)
    store = ox.Store()
    store.load(data + _hierarchy_ntriples(), format=ox.RdfFormat.N_TRIPLES)  # cheaper than bulk_load
    checks = compiled_checks()
    if workers <= 1 or len(data) < PARALLEL_FROM_BYTES or "fork" not in mp.get_all_start_methods():
        return run_checks(store, checks)
    _forked_store.append(store)
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=mp.get_context("fork")) as pool:
            shares = pool.map(_run_share, [(i, workers) for i in range(workers)])
            return [result for share in shares for result in share]
    finally:
        _forked_store.clear()


def _run_share(share: tuple[int, int]) -> list[Result]:
    """In a forked process: the results of every ``n``-th check from the ``i``-th."""
    i, n = share
    return run_checks(_forked_store[-1], compiled_checks()[i::n])


def validate_statements(statements: Iterable[str], *, engine: str = "oxigraph") -> list[Result]:
    """Every SHACL result for the union of compiled graphs (N-Triples statements without
    their final dots, see :mod:`kg.compile`) with the class hierarchy and the issue scheme.

    ``engine``: ``"oxigraph"`` (the shapes compiled into SPARQL, :mod:`kg.shacl`) or
    ``"pyshacl"`` (the reference implementation, much slower)."""
    if engine == "pyshacl":
        return _pyshacl_results(statements)
    if engine != "oxigraph":
        raise KgError(f"unknown SHACL engine '{engine}': use 'oxigraph' or 'pyshacl'")
    return validate_encoded([encode_statements(statements)])


def _pyshacl_results(statements: Iterable[str]) -> list[Result]:
    import pyshacl  # heavy: imported only when asked for

    from kg.compile import rdflib_triples

    data = Graph()
    for triple in rdflib_triples(statements):
        data.add(triple)
    # The class hierarchy and the issue scheme are all the ontology SHACL needs here;
    # pyshacl's own ont_graph mixing copies the whole ontology and is several times slower.
    for triple in hierarchy_graph():
        data.add(triple)
    shapes = shapes_graph()
    _conforms, report, _text = pyshacl.validate(
        data, shacl_graph=shapes, inference="none", allow_warnings=True)
    return report_results(report, shapes)


def report_results(report: Graph, shapes: Graph) -> list[Result]:
    """The results of a pyshacl validation report. A path that is not a plain property is
    given as the ``sh:path`` node of the shapes graph (the report holds a copy of it)."""
    results = []
    # the results the report lists (not the sh:detail results nested in them)
    for result in report.objects(None, SH.result):
        shape = report.value(result, SH.sourceShape)
        path = report.value(result, SH.resultPath)
        if path is not None and not isinstance(path, URIRef):
            path = shapes.value(shape, SH.path)
        message = report.value(result, SH.resultMessage)
        results.append(Result(
            focus=report.value(result, SH.focusNode), path=path, value=report.value(result, SH.value),
            shape=shape, component=report.value(result, SH.sourceConstraintComponent),
            severity=report.value(result, SH.resultSeverity),
            message=None if message is None else str(message)))
    return results


def check_statements(statements: Iterable[str],
                     origins: Callable[[], Mapping[Node, Origin]], *,
                     engine: str = "oxigraph") -> list[str]:
    """Validate the union of compiled graphs (N-Triples statements, see :mod:`kg.compile`)
    against ``ontology/shapes.ttl``; one line per problem (see :func:`report_problems`)."""
    return report_problems(validate_statements(statements, engine=engine), origins)


def report_problems(results: list[Result], origins: Callable[[], Mapping[Node, Origin]]) -> list[str]:
    """One line per problem, naming where the item was coded (``origins`` is called only
    when there are problems); none when no result is a violation (warnings are reported
    only along with a violation)."""
    if not any(r.severity == SH.Violation for r in results):
        return []
    where_from = origins()
    problems = []
    for result in results:
        text = result.message if result.message else f"violates {short(result.shape)}"
        if isinstance(result.path, URIRef) and short(result.path) not in text:
            text += f" ({short(result.path)})"
        origin = where_from.get(result.focus)
        if origin:
            where = f"{origin.path}:{origin.line}" if origin.line else origin.path
            problems.append(f"{where}: {origin.what}: {text}")
        else:
            problems.append(f"{short(result.focus)}: {text}")
    return sorted(set(problems))
