"""SHACL checks of compiled graphs with pyshacl, reported for people.

Each violation becomes one line naming the file, the line and the item it is
about, and what is wrong, e.g.::

    data/annotations/a.yaml:40: stance 's1': A stance needs exactly one holder (neg:holder)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import SH, SKOS
from rdflib.term import Node

from kg.namespace import NEG
from kg.results import short


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
    import pyoxigraph as ox

    from kg.store import from_ox

    g = Graph()
    for name in ("negotiation.ttl", "issues.ttl"):
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
    return Graph().parse(ontology_file("shapes.ttl"), format="turtle")


def check_statements(statements: Iterable[str],
                     origins: Callable[[], Mapping[Node, Origin]]) -> list[str]:
    """Validate the union of compiled graphs (N-Triples statements, see :mod:`kg.compile`)
    against ``ontology/shapes.ttl``; one line per problem, naming where the item was coded
    (``origins`` is called only when there are problems)."""
    import pyshacl  # heavy: imported only when validating

    from kg.compile import rdflib_triples

    data = Graph()
    for triple in rdflib_triples(statements):
        data.add(triple)
    # The class hierarchy and the issue scheme are all the ontology SHACL needs here;
    # pyshacl's own ont_graph mixing copies the whole ontology and is several times slower.
    for triple in hierarchy_graph():
        data.add(triple)
    conforms, report, _text = pyshacl.validate(
        data, shacl_graph=shapes_graph(), inference="none", allow_warnings=True)
    if conforms:
        return []
    where_from = origins()
    problems = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(result, SH.focusNode)
        message = report.value(result, SH.resultMessage)
        path = report.value(result, SH.resultPath)
        text = str(message) if message else f"violates {short(report.value(result, SH.sourceShape))}"
        if path is not None and isinstance(path, URIRef) and short(path) not in text:
            text += f" ({short(path)})"
        origin = where_from.get(focus)
        if origin:
            where = f"{origin.path}:{origin.line}" if origin.line else origin.path
            problems.append(f"{where}: {origin.what}: {text}")
        else:
            problems.append(f"{short(focus)}: {text}")
    return sorted(set(problems))
