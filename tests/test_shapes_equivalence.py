"""The SPARQL validator (kg.shacl) against pyshacl, the reference, on the same graphs.

Every graph is validated by both engines and the sets of results must be equal:
(focus node, path, value, source shape, constraint component, severity, message).
The graphs are every SHACL fixture of the repository (the ontology examples, the
golden graph, the compiled seed and test sheets) and many graphs mutated from them at
random (seeded): triples deleted, duplicated with other values, values replaced by
IRIs of other classes or by literals of other datatypes and ill-formed lexical forms,
types added and removed. A coverage test asserts that the mutated graphs make every
compiled check of ``ontology/shapes.ttl`` fire, so agreement is not agreement on
nothing.
"""

from __future__ import annotations

import logging
import random
from collections import Counter
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH
from rdflib.term import Node

from kg.build import compile_all, load_all
from kg.compile import rdflib_triples
from kg.namespace import NEG
from kg.shacl import Result
from kg.shapes import compiled_checks, hierarchy_graph, shapes_graph, validate_statements

ROOT = Path(__file__).resolve().parent.parent
SHEETS = [ROOT / "data" / "annotations", ROOT / "tests" / "fixtures" / "mini" / "mini-talks.yaml",
          ROOT / "tests" / "fixtures" / "ingest" / "gold" / "slovakia-water-talks.yaml",
          ROOT / "tests" / "fixtures" / "network"]
TURTLE = [*sorted((ROOT / "ontology" / "examples").glob("*.ttl")),
          ROOT / "tests" / "fixtures" / "golden" / "mini-talks.ttl"]
Key = tuple[Node, object, Node | None, Node, Node, Node, str | None]


def statement(s: Node, p: Node, o: Node) -> str:
    """One N-Triples statement without its final dot, as kg.compile writes them."""
    return f"{s.n3()} {p.n3()} {o.n3()}"


@cache
def compiled(sheet: Path) -> tuple[str, ...]:
    """The statements of the graphs compiled from one sheet (or folder of sheets)."""
    graphs, _active, _skipped = compile_all(load_all([sheet]))
    return tuple(st for g in graphs.values() if g is not None for st in g.statements)


@cache
def turtle(path: Path) -> tuple[str, ...]:
    return tuple(statement(*t) for t in Graph().parse(path, format="turtle"))


def path_key(path: Node | None) -> object:
    """A path comparable across graphs: an IRI, or the nested structure of a complex path."""
    if path is None or isinstance(path, URIRef):
        return path
    g = shapes_graph()
    if (path, RDF.first, None) in g:
        return ("seq", *(path_key(step) for step in Collection(g, path)))
    return tuple((str(p), path_key(o)) for p, o in sorted(g.predicate_objects(path)))


def key(r: Result) -> Key:
    return (r.focus, path_key(r.path), r.value, r.shape, r.component, r.severity, r.message)


def compare(statements: Iterable[str]) -> set[Key]:
    """Validate with both engines; assert the same results; return them."""
    statements = list(statements)
    fast = {key(r) for r in validate_statements(statements)}
    reference = {key(r) for r in validate_statements(statements, engine="pyshacl")}
    missing, extra = reference - fast, fast - reference
    assert not missing and not extra, (
        f"only pyshacl: {sorted(map(str, missing))[:5]}\nonly kg.shacl: {sorted(map(str, extra))[:5]}")
    return fast


@pytest.mark.parametrize("sheet", SHEETS, ids=lambda p: p.name)
def test_compiled_sheets_agree(sheet: Path) -> None:
    assert compare(compiled(sheet)) == set()


@pytest.mark.parametrize("path", TURTLE, ids=lambda p: p.name)
def test_turtle_fixtures_agree(path: Path) -> None:
    results = compare(turtle(path))
    # the examples named after a problem must show it; the others must conform
    assert bool(results) == (path.stem not in ("example-stance", "mini-talks")), results


# --- random mutations ------------------------------------------------------------------

@cache
def literals() -> list[Literal]:
    """Literals of many datatypes, some ill-formed (rdflib's warnings about those muted)."""
    logger = logging.getLogger("rdflib.term")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        return [
            Literal("x"), Literal(""), Literal("x", lang="en"), Literal(5), Literal(-1), Literal(0),
            Literal("05", datatype=XSD.integer), Literal("abc", datatype=XSD.integer),
            Literal("1.5", datatype=XSD.decimal), Literal("0.800", datatype=XSD.decimal),
            Literal("-0.5", datatype=XSD.decimal), Literal("0.5", datatype=XSD.double),
            Literal("2", datatype=XSD.float), Literal("true", datatype=XSD.boolean),
            Literal("2025-01-02", datatype=XSD.date), Literal("2025-02-30", datatype=XSD.date),
            Literal("soon", datatype=XSD.date), Literal("2025-01-02T10:00:00", datatype=XSD.dateTime),
            Literal("2025", datatype=XSD.gYear), Literal("2025-11", datatype=XSD.gYearMonth),
            Literal("PT5H", datatype=XSD.duration), Literal("5H", datatype=XSD.duration),
            Literal("-3", datatype=XSD.nonNegativeInteger), Literal("7", datatype=XSD.nonNegativeInteger),
            Literal("a" * 64), Literal("ABC" * 21 + "D"),
        ]
    finally:
        logger.setLevel(level)


SPECIAL_IRIS = [NEG.support, NEG.curated, NEG.machine, NEG.Meeting, NEG.Summit, NEG.Stance,
                URIRef("https://w3id.org/kg-negotiation/issue/scheme"),
                URIRef("https://schema.org/EventScheduled"), URIRef("http://example.org/elsewhere")]


def mutate(base: list[str], rng: random.Random, n: int) -> list[str]:
    """``n`` random edits of the statements ``base``."""
    triples = sorted(rdflib_triples(base))
    nodes = sorted({t[0] for t in triples} | {t[2] for t in triples if isinstance(t[2], URIRef)})
    classes = sorted({t[2] for t in triples if t[1] == RDF.type})
    others: list[Node] = [*literals(), *SPECIAL_IRIS]
    pool: list[Node] = [*nodes, *others]
    for _ in range(n):
        if not triples:
            break
        i = rng.randrange(len(triples))
        s, p, o = triples[i]
        move = rng.choice(("delete", "delete", "add", "add", "replace", "replace", "type", "untype"))
        if move == "delete":
            triples.pop(i)
        elif move == "add":
            triples.append((s, p, rng.choice(pool)))
        elif move == "replace":
            triples[i] = (s, p, rng.choice(pool))
        elif move == "type":
            triples.append((rng.choice(nodes), RDF.type, rng.choice(classes)))
        else:
            typed = [j for j, t in enumerate(triples) if t[1] == RDF.type]
            if typed:
                triples.pop(rng.choice(typed))
    return sorted({statement(*t) for t in triples if not isinstance(t[0], Literal)})


def scope(shape: Node) -> tuple[set[Node], list[tuple[URIRef, bool]], list[URIRef]]:
    """What a shape looks at: the classes of its focus nodes, the predicates that make
    focus nodes (with True for subjects, False for objects), the predicates on its path."""
    g = shapes_graph()
    owners = [shape, *g.subjects(SH.property, shape)]
    classes = {c for o in owners for c in g.objects(o, SH.targetClass)}
    makers = sorted({(p, True) for o in owners for p in g.objects(o, SH.targetSubjectsOf)}
                    | {(p, False) for o in owners for p in g.objects(o, SH.targetObjectsOf)})
    path = g.value(shape, SH.path)
    if path is None:
        steps = [RDF.type]
    elif isinstance(path, URIRef):
        steps = [path]
    else:
        steps = [step for step in Collection(g, path) if isinstance(step, URIRef)]
    return classes, makers, steps


def aimed(base: list[str], rng: random.Random, n: int, shape: Node, *, flood: bool = False,
          fresh: bool = False) -> list[str]:
    """``n`` random edits of ``base`` aimed at what ``shape`` checks: its focus nodes (one
    made if there are none, or always with ``fresh``: a new focus node with nothing on its
    path, so that minimum counts fire) and the values on its path (with ``flood``, first
    every value of the pool that is not a node of ``base``)."""
    classes, makers, steps = scope(shape)
    triples = sorted(rdflib_triples(base))
    hierarchy = hierarchy_graph()
    kinds = {sub for c in classes for sub in hierarchy.transitive_subjects(RDFS.subClassOf, c)}
    focus = sorted({s for s, p, o in triples if p == RDF.type and o in kinds}
                   | {s if subject else o for s, p, o in triples for m, subject in makers if p == m})
    nodes = sorted({t[0] for t in triples} | {t[2] for t in triples if isinstance(t[2], URIRef)})
    if fresh or not focus or rng.random() < 0.2:
        made = URIRef(f"http://example.org/made/{rng.randrange(10**6)}")
        if kinds:
            triples.append((made, RDF.type, rng.choice(sorted(kinds))))
        else:
            maker, subject = rng.choice(makers)
            other = rng.choice(nodes)
            triples.append((made, maker, other) if subject else (other, maker, made))
        focus.append(made)
    others: list[Node] = [*literals(), *SPECIAL_IRIS]
    pool: list[Node] = [*nodes, *others]
    if flood:
        # every kind of literal and special IRI on the path of one focus node
        triples += [(focus[0], steps[0], value) for value in others]
    for _ in range(n):
        on_path = [i for i, t in enumerate(triples) if t[1] in steps]
        move = rng.choice(("drop", "add", "add", "replace", "type", "clone"))
        if move == "drop" and on_path:
            triples.pop(rng.choice(on_path))
        elif move == "clone" and on_path:
            # a second value like an existing one: a copy of its node with all its triples
            s, p, o = triples[rng.choice(on_path)]
            copy = URIRef(f"http://example.org/copy/{rng.randrange(10**6)}")
            triples += [(copy, q, v) for x, q, v in list(triples) if x == o] + [(s, p, copy)]
        elif move == "replace" and on_path:
            i = rng.choice(on_path)
            triples[i] = (triples[i][0], triples[i][1], rng.choice(pool))
        elif move == "type":
            triples.append((rng.choice(rng.choice((nodes, focus))), RDF.type,
                            rng.choice(sorted(kinds | {NEG.Person, NEG.Position, NEG.Evidence}))))
        else:
            # one or two values on the first step from a focus node, or on a later step
            # from a node the path goes through
            middle = [t[2] for t in triples if len(steps) > 1 and t[1] == steps[0]]
            if middle and rng.random() < 0.5:
                start, step = rng.choice(middle), rng.choice(steps[1:])
            else:
                start, step = rng.choice(focus), steps[0]
            for _ in range(rng.choice((1, 2))):
                kind = rng.choice((nodes, others))
                triples.append((start, step, rng.choice(kind)))
    return sorted({statement(*t) for t in triples if not isinstance(t[0], Literal)})


AIM_ATTEMPTS = 12  # further aimed graphs per shape whose checks have not all fired


@cache
def mutated_results() -> tuple[Counter[tuple[Node, Node]], int, int]:
    """Compare both engines on the mutated graphs; how often each (shape, component) fired,
    how many graphs and results were compared."""
    rng = random.Random(20251128)
    bases = [list(compiled(s)) for s in SHEETS[1:]] + [list(turtle(p)) for p in TURTLE]
    fired: Counter[tuple[Node, Node]] = Counter()
    graphs = results = 0

    def run(statements: list[str]) -> None:
        nonlocal graphs, results
        found = compare(statements)
        graphs += 1
        results += len(found)
        fired.update((k[3], k[4]) for k in found)

    for base in bases:
        for _ in range(3):
            run(mutate(base, rng, rng.choice((1, 3, 10, 30))))
    small = [list(compiled(SHEETS[1])), list(turtle(TURTLE[3]))]
    checks = compiled_checks()
    for shape in sorted({c.shape for c in checks}, key=str):
        run(aimed(small[0], rng, 2, shape, flood=True))
        run(aimed(small[1], rng, 6, shape))
        # the edits are random: aim again (a bounded number of times) until each check of
        # the shape has fired, so that coverage does not hang on one seed's luck
        wanted = {(c.shape, c.component) for c in checks if c.shape == shape}
        for attempt in range(AIM_ATTEMPTS):
            if wanted <= fired.keys():
                break
            run(aimed(small[attempt % 2], rng, rng.choice((2, 6)), shape, flood=attempt % 2 == 0,
                      fresh=attempt % 3 == 0))
    return fired, graphs, results


def test_mutated_graphs_agree() -> None:
    _fired, graphs, results = mutated_results()
    assert graphs >= 60 and results > 500, (graphs, results)


def test_mutations_make_every_check_fire() -> None:
    fired, _graphs, _results = mutated_results()
    silent = sorted({(str(c.shape), str(c.component)) for c in compiled_checks()
                     if (c.shape, c.component) not in fired})
    assert not silent, silent
