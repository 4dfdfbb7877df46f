"""SHACL Core validation compiled into SPARQL and run by Oxigraph.

Every constraint of a shapes graph becomes one SPARQL ``SELECT`` whose rows are its
violations (focus node, value node), ODK/TopBraid style; :func:`compile_shapes` does
this once per shapes graph and :func:`run_checks` runs the queries over an Oxigraph
store holding the data. A shape nested in ``sh:or``, ``sh:and``, ``sh:not``,
``sh:xone``, ``sh:node`` or ``sh:qualifiedValueShape`` becomes a SPARQL boolean
expression ("the node conforms") inside the query of the outer constraint.

The results are meant to be those of pyshacl (the reference, see
``tests/test_shapes_equivalence.py``), including its notion of a well-formed literal
for ``sh:datatype``: a value whose datatype rdflib does not parse (``xsd:gYear``, ...)
passes whatever its lexical form. A shapes graph using a SHACL feature this module
does not implement raises :class:`UnsupportedShapeError` naming it, never a silent pass.

>>> from rdflib import Graph
>>> shapes = Graph().parse(data='''
...   @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <https://e.org/> .
...   ex:S a sh:NodeShape ; sh:targetClass ex:C ;
...       sh:property [ sh:path ex:p ; sh:minCount 1 ; sh:message "needs ex:p" ] .
... ''', format="turtle")
>>> import pyoxigraph as ox
>>> store = ox.Store()
>>> store.load("<https://e.org/a> a <https://e.org/C> .", format=ox.RdfFormat.TURTLE)
>>> [(str(r.focus), r.message) for r in run_checks(store, compile_shapes(shapes))]
[('https://e.org/a', 'needs ex:p')]
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rdflib.namespace import SH
from rdflib.term import Node, URIRef

from kg.shacl_compile import Check, compile_shapes, predicates_used
from kg.shacl_sparql import UnsupportedShapeError, decode

__all__ = ["Check", "Result", "UnsupportedShapeError", "compile_shapes", "predicates_used", "run_checks"]


@dataclass(frozen=True)
class Result:
    """One validation result, as pyshacl would report it."""

    focus: Node
    path: Node | None
    value: Node | None
    shape: Node
    component: URIRef
    severity: URIRef
    message: str | None


def run_checks(store: Any, checks: list[Check]) -> list[Result]:
    """Run compiled ``checks`` over the default graph of a ``pyoxigraph.Store``."""
    from kg.oxterms import from_ox

    results = []
    for check in checks:
        pairs = check.component == SH.LessThanConstraintComponent
        for row in store.query(check.sparql):
            focus, value = decode(from_ox(row["this"])), decode(from_ox(row["value"]))
            assert focus is not None  # every query binds ?this
            if check.refine and check.refine(value, decode(from_ox(row["other"])) if pairs else None):
                continue
            results.append(Result(focus, check.path, value, check.shape,
                                  check.component, check.severity, check.message))
    return results
