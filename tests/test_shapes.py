"""kg.shacl on shapes beyond ontology/shapes.ttl: every SHACL Core feature it implements
(compared with pyshacl on random data), the ones it refuses, and how it writes terms."""

from __future__ import annotations

import random

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef

from kg.errors import KgError
from kg.shacl import Result, UnsupportedShapeError, compile_shapes, run_checks
from kg.shacl_sparql import encode_data, term

PREFIXES = """
@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <https://e.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
"""
SHAPES = PREFIXES + """
ex:Thing a rdfs:Class, sh:NodeShape ;
    sh:property [ sh:path ex:name ; sh:maxLength 5 ; sh:pattern "^a" ; sh:flags "i" ;
                  sh:message "name" ] ;
    sh:property [ sh:path [ sh:alternativePath ( ex:p ex:q ) ] ; sh:minCount 2 ; sh:maxCount 3 ] ;
    sh:property [ sh:path [ sh:inversePath ex:p ] ; sh:nodeKind sh:BlankNodeOrIRI ] ;
    sh:property [ sh:path ( ex:p ex:q ) ; sh:minExclusive 1 ; sh:maxExclusive 10 ] ;
    sh:property [ sh:path [ sh:oneOrMorePath ex:next ] ; sh:not [ sh:class ex:Thing ] ] .
ex:Sub rdfs:subClassOf ex:Thing .
ex:Fixed a sh:NodeShape ; sh:targetNode ex:a, ex:b ;
    sh:xone ( [ sh:class ex:Thing ] [ sh:hasValue ex:b ] ) ;
    sh:node ex:HasTwo .
ex:HasTwo a sh:NodeShape ;
    sh:property [ sh:path ex:p ; sh:minCount 2 ] ;
    sh:property [ sh:path ex:q ; sh:maxCount 1 ; sh:datatype xsd:integer ] .
ex:Counted a sh:NodeShape ; sh:targetSubjectsOf ex:q ;
    sh:property [ sh:path ex:q ; sh:qualifiedValueShape [ sh:datatype xsd:integer ; sh:minInclusive 3 ] ;
                  sh:qualifiedMinCount 1 ; sh:qualifiedMaxCount 1 ] ;
    sh:property [ sh:path ex:q ; sh:in ( 1 2 "two" ex:a ) ; sh:severity sh:Warning ] .
ex:Off a sh:NodeShape ; sh:targetSubjectsOf ex:p ; sh:deactivated true ; sh:class ex:Nothing .
ex:Values a sh:NodeShape ; sh:targetObjectsOf ex:next ;
    sh:or ( [ sh:nodeKind sh:Literal ] [ sh:and ( [ sh:class ex:Thing ]
            [ sh:path ex:name ; sh:minCount 1 ; sh:maxCount 2 ] ) ] ) .
"""
NODES = [URIRef(f"https://e.org/{n}") for n in ("a", "b", "c", "d", "Thing", "Sub")]
PREDICATES = [URIRef(f"https://e.org/{n}") for n in ("p", "q", "name", "next")]
RDF_TYPE = URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
VALUES = [*NODES, Literal("abc"), Literal("Abcdef"), Literal("b"), Literal(""), Literal(2), Literal(5),
          Literal(12), Literal(7), Literal("two"), Literal("3", datatype=URIRef("http://www.w3.org/2001/XMLSchema#decimal")),
          Literal("x", lang="en")]


def engines(shapes: Graph, statements: list[str]) -> tuple[set[tuple], set[tuple]]:
    """(kg.shacl's results, pyshacl's results) as comparable tuples."""
    import pyshacl

    from kg.shapes import report_results

    store = ox.Store()
    store.bulk_load(encode_data(statements), format=ox.RdfFormat.N_TRIPLES)

    def key(r: Result) -> tuple:
        return (r.focus, r.value, r.shape, r.component, r.severity)

    fast = {key(r) for r in run_checks(store, compile_shapes(shapes))}
    data = Graph().parse(data="\n".join(f"{st} ." for st in statements), format="nt")
    _conforms, report, _text = pyshacl.validate(data, shacl_graph=shapes, inference="none")
    return fast, {key(r) for r in report_results(report, shapes)}


def test_every_implemented_feature_agrees_with_pyshacl() -> None:
    shapes = Graph().parse(data=SHAPES, format="turtle")
    rng = random.Random(7)
    seen: set[URIRef] = set()
    for _ in range(40):
        triples = {(rng.choice(NODES[:4]), RDF_TYPE, rng.choice(NODES[4:])) for _ in range(3)}
        triples |= {(rng.choice(NODES[:4]), rng.choice(PREDICATES), rng.choice(VALUES))
                    for _ in range(rng.randrange(6, 20))}
        statements = [f"{s.n3()} {p.n3()} {o.n3()}" for s, p, o in triples]
        fast, reference = engines(shapes, statements)
        assert fast == reference, (statements, fast ^ reference)
        seen |= {k[3] for k in fast}
    names = {str(c).rsplit("#", 1)[1] for c in seen}
    assert names >= {"MaxLengthConstraintComponent", "PatternConstraintComponent", "MinCountConstraintComponent",
                     "MaxCountConstraintComponent", "MinExclusiveConstraintComponent", "NotConstraintComponent",
                     "XoneConstraintComponent", "NodeConstraintComponent", "InConstraintComponent",
                     "QualifiedMinCountConstraintComponent", "QualifiedMaxCountConstraintComponent",
                     "OrConstraintComponent"}, names


@pytest.mark.parametrize("extra", [
    "sh:closed true", "sh:equals ex:q", "sh:languageIn ( \"en\" )", "sh:uniqueLang true",
    "sh:sparql [ sh:select \"SELECT $this WHERE {}\" ]",
])
def test_an_unimplemented_component_is_refused_by_name(extra: str) -> None:
    shapes = Graph().parse(data=PREFIXES + f"ex:S a sh:NodeShape ; sh:targetClass ex:C ; {extra} .",
                           format="turtle")
    with pytest.raises(UnsupportedShapeError) as caught:
        compile_shapes(shapes)
    assert extra.split()[0] in str(caught.value) and "ex:S" in str(caught.value)
    assert isinstance(caught.value, KgError)


def test_unsupported_parameter_shapes_are_refused() -> None:
    disjoint = PREFIXES + """ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ;
        sh:qualifiedValueShape [ sh:class ex:D ] ; sh:qualifiedMinCount 1 ; sh:qualifiedValueShapesDisjoint true ] ."""
    with pytest.raises(UnsupportedShapeError, match="qualifiedValueShapesDisjoint"):
        compile_shapes(Graph().parse(data=disjoint, format="turtle"))
    twice = PREFIXES + "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:minCount 1, 2 ] ."
    with pytest.raises(UnsupportedShapeError, match="minCount"):
        compile_shapes(Graph().parse(data=twice, format="turtle"))


def test_terms_are_escaped_never_pasted() -> None:
    assert term(Literal('a"b\\c\nd')) == '"a\\"b\\\\c\\nd"'
    assert term(Literal("x", lang="en")) == '"x"@en'
    with pytest.raises(UnsupportedShapeError):
        term(URIRef("https://e.org/a> } DROP ALL { <b"))


def test_a_shape_whose_value_has_braces_and_quotes_still_checks() -> None:
    shapes = Graph().parse(data=PREFIXES + """ex:S a sh:NodeShape ; sh:targetClass ex:C ;
        sh:property [ sh:path ex:p ; sh:hasValue "{x} \\"}" ] .""", format="turtle")
    fast, reference = engines(shapes, ['<https://e.org/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> '
                                       '<https://e.org/C>'])
    assert fast == reference and len(fast) == 1
