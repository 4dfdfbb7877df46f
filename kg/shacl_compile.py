"""The compiler of :mod:`kg.shacl`: a SHACL shapes graph into SPARQL checks.

Each constraint of a targeted shape becomes one query over the validation store whose
rows (``?this``, ``?value``) are its violations; a nested shape becomes a boolean
expression (does the node conform?) or, where it can, a pattern of the conforming
nodes (used with ``MINUS``, which Oxigraph evaluates much faster than ``EXISTS``).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import partial

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH
from rdflib.term import Node

from kg.shacl_sparql import (
    UnsupportedShapeError,
    braced,
    compare,
    datatype_test,
    pyshacl_in_range,
    pyshacl_less_than,
    range_component,
    surely_compare,
    surely_less,
    template,
    term,
)

Focus = Callable[[str], str]
"""A SPARQL group pattern binding the given variable to every focus node."""
ValueTest = tuple[URIRef, Callable[[str], str], Callable[[str], str] | None]
"""(constraint component, test expression, pattern of the conforming nodes), see
:meth:`_Compiler.value_tests`."""
Link = Callable[[str, str], str]
"""A SPARQL pattern linking a node (first variable) to a value node of a path (second)."""

_CONTEXT = {SH.name, SH.description, SH.message, SH.severity, SH.path, SH.targetClass,
            SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.deactivated, SH.order,
            SH.group, SH.defaultValue, SH.flags, SH.qualifiedMinCount, SH.qualifiedMaxCount,
            SH.qualifiedValueShapesDisjoint}
"""sh: predicates of a shape that are not constraints of their own."""
_NODE_KINDS = {
    SH.IRI: "isIRI({x})", SH.BlankNode: "isBlank({x})", SH.Literal: "isLiteral({x})",
    SH.BlankNodeOrIRI: "(isBlank({x}) || isIRI({x}))",
    SH.BlankNodeOrLiteral: "(isBlank({x}) || isLiteral({x}))",
    SH.IRIOrLiteral: "(isIRI({x}) || isLiteral({x}))",
}
_COMPARISONS = {SH.minInclusive: ">=", SH.maxInclusive: "<=", SH.minExclusive: ">",
                SH.maxExclusive: "<"}
_TYPE_PATH = f"<{RDF.type}>/<{RDFS.subClassOf}>*"
_NESTED_COUNT_LIMIT = 8


@dataclass(frozen=True)
class Check:
    """One compiled constraint: a query whose rows (``?this``, ``?value``) are violations."""

    sparql: str
    shape: Node
    component: URIRef
    path: Node | None
    severity: URIRef
    message: str | None
    refine: Callable[[Node | None, Node | None], bool] | None = None
    """Given a row's ``?value`` and ``?other``, True if the row is no violation after all."""


def compile_shapes(shapes: Graph) -> list[Check]:
    """The checks of every targeted shape of ``shapes`` (a shape without targets is checked
    only where another shape refers to it)."""
    return _Compiler(shapes).compile()


def predicates_used(shapes: Graph) -> frozenset[str]:
    """Every predicate (written ``<iri>``) a check of ``shapes`` can look at: those on
    paths, in targets and in sh:lessThan, rdf:type and rdfs:subClassOf. Statements with
    other predicates cannot change a result and need not be loaded."""
    used = {RDF.type, RDFS.subClassOf}
    for parameter in (SH.targetSubjectsOf, SH.targetObjectsOf, SH.lessThan):
        used |= set(shapes.objects(None, parameter))
    todo = list(shapes.objects(None, SH.path))
    while todo:
        node = todo.pop()
        if isinstance(node, URIRef):
            used.add(node)
        elif (node, RDF.first, None) in shapes:
            todo += list(Collection(shapes, node))
        else:
            todo += [o for p, o in shapes.predicate_objects(node) if p != RDF.type]
    return frozenset(term(p) for p in used if isinstance(p, URIRef))


class _Compiler:
    """Turns the shapes of one shapes graph into SPARQL."""

    def __init__(self, shapes: Graph) -> None:
        self.g = shapes
        self.counter = itertools.count()

    def fresh(self) -> str:
        return f"?v{next(self.counter)}"

    def name(self, shape: Node) -> str:
        return shape.n3(self.g.namespace_manager) if isinstance(shape, URIRef) else "a blank-node shape"

    def one(self, shape: Node, parameter: URIRef) -> Node | None:
        values = list(self.g.objects(shape, parameter))
        if len(values) > 1:
            raise UnsupportedShapeError(f"shapes graph: {self.name(shape)} has {len(values)} values "
                                        f"of {parameter.n3(self.g.namespace_manager)}, SHACL allows one")
        return values[0] if values else None

    def integer(self, shape: Node, parameter: URIRef) -> int:
        value = self.one(shape, parameter)
        if not isinstance(value, Literal) or not isinstance(value.toPython(), int):
            raise UnsupportedShapeError(f"shapes graph: {parameter.n3(self.g.namespace_manager)} of "
                                        f"{self.name(shape)} must be an integer, not {value}")
        return int(value.toPython())

    def members(self, shape: Node, parameter: URIRef) -> list[Node]:
        lists = list(self.g.objects(shape, parameter))
        return [m for head in lists for m in Collection(self.g, head)]

    def deactivated(self, shape: Node) -> bool:
        return self.one(shape, SH.deactivated) == Literal(True)

    # --- targets and paths -------------------------------------------------------------

    def compile(self) -> list[Check]:
        checks: list[Check] = []
        targeted = {s for p in (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)
                    for s in self.g.subjects(p, None)}
        targeted |= {s for s in self.g.subjects(RDF.type, RDFS.Class)
                     if (s, RDF.type, SH.NodeShape) in self.g or (s, RDF.type, SH.PropertyShape) in self.g}
        for unknown in (SH.target, SH.sparql, SH.rule):
            for shape in self.g.subjects(unknown, None):
                raise UnsupportedShapeError(f"shapes graph: {self.name(shape)} uses "
                                            f"{unknown.n3(self.g.namespace_manager)}, which kg's "
                                            "validator does not implement")
        for shape in sorted(targeted, key=str):
            if not self.deactivated(shape):
                checks.extend(self.shape_checks(shape, self.targets(shape), 0))
        return checks

    def targets(self, shape: Node) -> Focus:
        parts: list[Callable[[str], str]] = []
        classes = list(self.g.objects(shape, SH.targetClass))
        if (shape, RDF.type, RDFS.Class) in self.g:
            classes.append(shape)
        for cls in classes:
            parts.append(template("{{ {y} <" + str(RDFS.subClassOf) + ">* " + braced(cls) + " . {x} <"
                                   + str(RDF.type) + "> {y} }}", self.fresh))
        nodes = " ".join(braced(n) for n in self.g.objects(shape, SH.targetNode))
        if nodes:
            parts.append(template("{{ VALUES {x} {{ " + nodes + " }} }}"))
        for p in self.g.objects(shape, SH.targetSubjectsOf):
            parts.append(template("{{ {x} " + braced(p) + " {y} }}", self.fresh))
        for p in self.g.objects(shape, SH.targetObjectsOf):
            parts.append(template("{{ {y} " + braced(p) + " {x} }}", self.fresh))
        return lambda v: (f"{{ SELECT DISTINCT {v} WHERE {{ "
                          f"{' UNION '.join(part(v) for part in parts)} }} }}")

    def path(self, node: Node) -> str:
        """A SHACL property path as a SPARQL property path."""
        if isinstance(node, URIRef):
            return term(node)
        if (node, RDF.first, None) in self.g:
            return "(" + "/".join(self.path(step) for step in Collection(self.g, node)) + ")"
        for parameter, write in ((SH.inversePath, "^{}"), (SH.zeroOrMorePath, "{}*"),
                                 (SH.oneOrMorePath, "{}+"), (SH.zeroOrOnePath, "{}?")):
            inner = self.one(node, parameter)
            if inner is not None:
                return "(" + write.format(self.path(inner)) + ")"
        alternatives = self.members(node, SH.alternativePath)
        if alternatives:
            return "(" + "|".join(self.path(a) for a in alternatives) + ")"
        raise UnsupportedShapeError(f"shapes graph: cannot read the property path {node}")

    def link(self, node: Node) -> Link:
        """A SHACL property path as triple patterns from one variable to another: sequences
        and inverses as plain triples (Oxigraph evaluates those much faster than the same
        property path inside EXISTS), repetitions as SPARQL property paths."""
        if isinstance(node, URIRef):
            predicate = term(node)
            return lambda s, o: f"{s} {predicate} {o}"
        if (node, RDF.first, None) in self.g:
            steps = [self.link(step) for step in Collection(self.g, node)]

            def chain(s: str, o: str) -> str:
                ends = [s, *(self.fresh() for _ in steps[1:]), o]
                return " . ".join(step(a, b) for step, a, b in zip(steps, ends, ends[1:], strict=False))
            return chain
        inverse = self.one(node, SH.inversePath)
        if inverse is not None:
            forward = self.link(inverse)
            return lambda s, o: forward(o, s)
        alternatives = [self.link(a) for a in self.members(node, SH.alternativePath)]
        if alternatives:
            return lambda s, o: "{ " + " UNION ".join(f"{{ {a(s, o)} }}" for a in alternatives) + " }"
        text = self.path(node)
        return lambda s, o: f"{s} {text} {o}"

    # --- top-level checks -------------------------------------------------------------

    def shape_checks(self, shape: Node, focus: Focus, depth: int) -> Iterator[Check]:
        """The checks of ``shape`` for the focus nodes ``focus`` binds, with the shapes it
        names in ``sh:property``."""
        if depth > 20:
            raise UnsupportedShapeError(f"shapes graph: sh:property nests too deep at {self.name(shape)}")
        path_node = self.one(shape, SH.path)
        path = self.link(path_node) if path_node is not None else None
        severity = self.one(shape, SH.severity) or SH.Violation
        messages = sorted(self.g.objects(shape, SH.message),
                          key=lambda m: (getattr(m, "language", None) not in (None, "en"), str(m)))
        message = str(messages[0]) if messages else None

        def check(component: URIRef, sparql: str) -> Check:
            return Check(sparql, shape, component, path_node, severity, message)  # type: ignore[arg-type]

        value = "?value" if path else "?this"
        pattern = f"{path('?this', '?value')} ." if path else ""
        select = "SELECT DISTINCT ?this ?value" if path else "SELECT DISTINCT ?this (?this AS ?value)"
        ranges = {range_component(p): (op, b) for p, op in _COMPARISONS.items()
                  if (b := self.one(shape, p)) is not None}
        for component, test, conforming in self.value_tests(shape, path is not None):
            # MINUS the set of conforming nodes where there is one: much faster in Oxigraph
            # than an EXISTS test for each value
            rest = f"MINUS {{ {conforming(value)} }}" if conforming else f"FILTER(!({test(value)}))"
            refine = None
            if component in ranges:
                # values SPARQL cannot clear go to Python, which compares them as pyshacl does
                op, bound = ranges[component]
                rest = f"FILTER(!({surely_compare(value, op, bound)}))"
                refine = partial(pyshacl_in_range, op=op, bound=bound)
            yield replace(check(component, f"{select} WHERE {{ {focus('?this')} {pattern} {rest} }}"),
                          refine=refine)
        if path is None:
            for child in self.g.objects(shape, SH.property):
                if not self.deactivated(child):
                    yield from self.shape_checks(child, focus, depth + 1)
            return
        for c, q in self.count_checks(shape, path, focus):
            yield replace(check(c, q), refine=pyshacl_less_than if c == SH.LessThanConstraintComponent else None)
        for child in self.g.objects(shape, SH.property):
            if not self.deactivated(child):
                yield from self.shape_checks(
                    child, lambda v, p=path: (f"{{ SELECT DISTINCT {v} WHERE {{ {focus('?parent')} "
                                              f"{p('?parent', v)} }} }}"), depth + 1)

    def count_checks(self, shape: Node, path: Link, focus: Focus) -> Iterator[tuple[URIRef, str]]:
        """Checks of a property shape about its values together, not one by one."""
        qualified = self.one(shape, SH.qualifiedValueShape)
        if qualified is not None and self.one(shape, SH.qualifiedValueShapesDisjoint) not in (
                None, Literal(False)):
            raise UnsupportedShapeError(f"shapes graph: {self.name(shape)} uses "
                                        "sh:qualifiedValueShapesDisjoint, which kg's validator "
                                        "does not implement")
        for parameter, component, condition, at_least in (
                (SH.minCount, SH.MinCountConstraintComponent, None, True),
                (SH.maxCount, SH.MaxCountConstraintComponent, None, False),
                (SH.qualifiedMinCount, SH.QualifiedMinCountConstraintComponent, qualified, True),
                (SH.qualifiedMaxCount, SH.QualifiedMaxCountConstraintComponent, qualified, False)):
            if self.one(shape, parameter) is None:
                continue
            if condition is None and parameter in (SH.qualifiedMinCount, SH.qualifiedMaxCount):
                raise UnsupportedShapeError(f"shapes graph: {self.name(shape)} has "
                                            f"{parameter.n3(self.g.namespace_manager)} "
                                            "without sh:qualifiedValueShape")
            n = self.integer(shape, parameter)
            if n + 1 < _NESTED_COUNT_LIMIT:
                # joins and MINUS, not FILTER (NOT) EXISTS: Oxigraph evaluates a pattern of
                # several triples inside EXISTS without the focus node bound, very slowly
                if at_least and n <= 0:
                    continue
                enough = self.at_least("?this", path, n if at_least else n + 1, condition, 0)
                yield component, (f"SELECT DISTINCT ?this WHERE {{ {focus('?this')} "
                                  f"{'MINUS {' if at_least else ''} {enough} {'}' if at_least else ''} }}")
                continue
            match = path("?this", "?value")
            if condition is not None:
                match += f" FILTER({self.conforms(condition, '?value', 0)})"
            if at_least:
                match = f"OPTIONAL {{ {match} }}"
            yield component, (f"SELECT ?this WHERE {{ {focus('?this')} {match} }} GROUP BY ?this "
                              f"HAVING (COUNT(DISTINCT ?value) {'<' if at_least else '>'} {n})")
        has_value = self.one(shape, SH.hasValue)
        if has_value is not None:
            yield SH.HasValueConstraintComponent, (
                f"SELECT DISTINCT ?this WHERE {{ {focus('?this')} "
                f"MINUS {{ {path('?this', term(has_value))} }} }}")
        for other in self.g.objects(shape, SH.lessThan):
            # rows SPARQL cannot clear (not two well-formed numbers in order) go to Python,
            # which compares them as pyshacl does (rdflib's ordering of literals)
            yield SH.LessThanConstraintComponent, (
                f"SELECT ?this ?value ?other WHERE {{ {focus('?this')} {path('?this', '?value')} . "
                f"?this {term(other)} ?other FILTER(!({surely_less('?value', '?other')})) }}")

    # --- one value at a time ----------------------------------------------------------

    def value_tests(self, shape: Node, has_path: bool, depth: int = 0) -> Iterator[ValueTest]:
        """(component, test, conforming) for each constraint of ``shape`` that each value node
        must pass on its own: ``test`` maps a SPARQL variable to a boolean expression (never
        an error), ``conforming`` (if not None) to a pattern binding it to every node that
        passes."""
        for predicate in sorted(set(self.g.predicates(shape, None)), key=str):
            if str(predicate).startswith(str(SH)) and predicate not in _CONTEXT and predicate not in (
                    SH["class"], SH.datatype, SH.nodeKind, SH["in"], SH.minLength, SH.maxLength,
                    SH.pattern, SH["or"], SH["and"], SH["not"], SH.xone, SH.node, SH.hasValue,
                    SH.minCount, SH.maxCount, SH.qualifiedValueShape, SH.lessThan, SH.property,
                    *_COMPARISONS):
                raise UnsupportedShapeError(
                    f"shapes graph: {self.name(shape)} uses {predicate.n3(self.g.namespace_manager)}, "
                    "which kg's validator does not implement")
        for cls in self.g.objects(shape, SH["class"]):
            yield (SH.ClassConstraintComponent,
                   template("EXISTS {{ {x} " + _TYPE_PATH + " " + braced(cls) + " }}"),
                   template("{y} <" + str(RDFS.subClassOf) + ">* " + braced(cls) + " . {x} <"
                             + str(RDF.type) + "> {y}", self.fresh))
        datatype = self.one(shape, SH.datatype)
        if datatype is not None:
            if not isinstance(datatype, URIRef):
                raise UnsupportedShapeError(f"shapes graph: sh:datatype of {self.name(shape)} must be an IRI")
            yield SH.DatatypeConstraintComponent, lambda x: datatype_test(x, datatype), None
        kind = self.one(shape, SH.nodeKind)
        if kind is not None:
            if kind not in _NODE_KINDS:
                raise UnsupportedShapeError(f"shapes graph: unknown sh:nodeKind {kind} in {self.name(shape)}")
            yield SH.NodeKindConstraintComponent, lambda x: _NODE_KINDS[kind].format(x=x), None  # type: ignore[index]
        if (shape, SH["in"], None) in self.g:
            allowed = [term(m) for m in self.members(shape, SH["in"])]
            yield SH.InConstraintComponent, lambda x: (
                "(" + " || ".join(f"sameTerm({x}, {a})" for a in allowed) + ")" if allowed else "false"), None
        for parameter, op in _COMPARISONS.items():
            bound = self.one(shape, parameter)
            if bound is not None:
                yield range_component(parameter), lambda x, op=op, bound=bound: compare(x, op, bound), None
        for parameter, op in ((SH.minLength, ">="), (SH.maxLength, "<=")):
            if self.one(shape, parameter) is not None:
                n = self.integer(shape, parameter)
                component = SH.MinLengthConstraintComponent if op == ">=" else SH.MaxLengthConstraintComponent
                yield component, lambda x, n=n, op=op: f"COALESCE(STRLEN(STR({x})) {op} {n}, false)", None
        pattern = self.one(shape, SH.pattern)
        if pattern is not None:
            flags = self.one(shape, SH.flags)
            args = term(Literal(str(pattern))) + (f", {term(Literal(str(flags)))}" if flags else "")
            yield (SH.PatternConstraintComponent,
                   lambda x: f"COALESCE(!isBlank({x}) && REGEX(STR({x}), {args}), false)", None)
        yield from self.logical_tests(shape, depth)
        if not has_path:
            value = self.one(shape, SH.hasValue)
            if value is not None:
                yield (SH.HasValueConstraintComponent, template("sameTerm({x}, " + braced(value) + ")"),
                       template("VALUES {x} {{ " + braced(value) + " }}"))

    def logical_tests(self, shape: Node, depth: int) -> Iterator[ValueTest]:
        """sh:or, sh:and, sh:xone, sh:not and sh:node: tests made of nested shapes."""
        for parameter, component, joiner in ((SH["or"], SH.OrConstraintComponent, " || "),
                                             (SH["and"], SH.AndConstraintComponent, " && ")):
            for head in self.g.objects(shape, parameter):
                shapes = list(Collection(self.g, head))
                yield component, lambda x, shapes=shapes, j=joiner: (
                    "(" + j.join(self.conforms(s, x, depth + 1) for s in shapes) + ")"
                    if shapes else ("false" if j == " || " else "true")), self.combined(
                        shapes, " UNION " if parameter == SH["or"] else " . ", depth)
        for head in self.g.objects(shape, SH.xone):
            shapes = list(Collection(self.g, head))
            yield SH.XoneConstraintComponent, lambda x, shapes=shapes: (
                "(" + " + ".join(f"IF({self.conforms(s, x, depth + 1)}, 1, 0)" for s in shapes) + " = 1)"
                if shapes else "false"), None
        for negated in self.g.objects(shape, SH["not"]):
            yield SH.NotConstraintComponent, lambda x, s=negated: f"!({self.conforms(s, x, depth + 1)})", None
        for node in self.g.objects(shape, SH.node):
            yield (SH.NodeConstraintComponent, lambda x, s=node: self.conforms(s, x, depth + 1),
                   self.combined([node], "", depth))

    def combined(self, shapes: list[Node], joiner: str, depth: int) -> Callable[[str], str] | None:
        """A pattern of the nodes conforming to ``shapes`` (joined by ``" UNION "``: to any of
        them; by ``" . "``: to all), or None when a shape has no such pattern."""
        parts = [self.conforming(s, depth + 1) for s in shapes]
        if not parts or any(p is None for p in parts):
            return None
        return lambda x: joiner.join(f"{{ {p(x)} }}" for p in parts if p)

    def conforming(self, shape: Node, depth: int) -> Callable[[str], str] | None:
        """A pattern binding a variable to every node that conforms to ``shape``, if its
        constraints all have one (a class, a value, a nested sh:or/sh:and of those, a path
        with sh:hasValue); else None."""
        if depth > 20 or self.deactivated(shape):
            return None
        parts: list[Callable[[str], str]] = []
        path_node = self.one(shape, SH.path)
        allowed = {SH.hasValue} if path_node is not None else {
            SH["class"], SH["or"], SH["and"], SH.node, SH.hasValue}
        for predicate in self.g.predicates(shape, None):
            if str(predicate).startswith(str(SH)) and predicate not in _CONTEXT | allowed:
                return None
        if path_node is not None:
            link, value = self.link(path_node), self.one(shape, SH.hasValue)
            if value is None:
                return None
            return lambda x: link(x, term(value))
        for _c, _test, pattern in self.value_tests(shape, False, depth):
            if pattern is None:
                return None
            parts.append(pattern)
        if not parts:
            return None
        return lambda x: " . ".join(f"{{ {p(x)} }}" for p in parts)

    def conforms(self, shape: Node, x: str, depth: int) -> str:
        """A SPARQL expression: does the node in variable ``x`` conform to ``shape``?"""
        if depth > 20:
            raise UnsupportedShapeError(f"shapes graph: shapes nest too deep (or recursively) at {self.name(shape)}")
        if self.deactivated(shape):
            return "true"
        path_node = self.one(shape, SH.path)
        parts: list[str] = []
        if path_node is None:
            parts += [test(x) for _c, test, _p in self.value_tests(shape, False, depth)]
            parts += [self.conforms(child, x, depth + 1) for child in self.g.objects(shape, SH.property)]
            return "(" + " && ".join(parts) + ")" if parts else "true"
        path = self.link(path_node)
        for _c, test, _p in self.value_tests(shape, True, depth):
            w = self.fresh()
            parts.append(f"NOT EXISTS {{ {path(x, w)} FILTER(!({test(w)})) }}")
        for child in self.g.objects(shape, SH.property):
            w = self.fresh()
            parts.append(f"NOT EXISTS {{ {path(x, w)} FILTER(!({self.conforms(child, w, depth + 1)})) }}")
        value = self.one(shape, SH.hasValue)
        if value is not None:
            parts.append(f"EXISTS {{ {path(x, term(value))} }}")
        if (shape, SH.lessThan, None) in self.g:
            raise UnsupportedShapeError(f"shapes graph: {self.name(shape)} uses sh:lessThan in a "
                                        "nested shape, which kg's validator does not implement")
        qualified = self.one(shape, SH.qualifiedValueShape)
        for parameter, at_least, condition in (
                (SH.minCount, True, None), (SH.maxCount, False, None),
                (SH.qualifiedMinCount, True, qualified), (SH.qualifiedMaxCount, False, qualified)):
            if self.one(shape, parameter) is not None:
                n = self.integer(shape, parameter)
                parts.append(self.count_test(x, path, n, condition, depth) if at_least
                             else f"!{self.count_test(x, path, n + 1, condition, depth)}")
        return "(" + " && ".join(parts) + ")" if parts else "true"

    def count_test(self, x: str, path: Link, n: int, condition: Node | None, depth: int) -> str:
        """EXISTS: the node in ``x`` has at least ``n`` distinct values (meeting ``condition``)."""
        if n <= 0:
            return "true"
        if n > _NESTED_COUNT_LIMIT:
            raise UnsupportedShapeError(f"shapes graph: a count above {_NESTED_COUNT_LIMIT - 1} in a "
                                        "nested shape is not implemented")
        return f"EXISTS {{ {self.at_least(x, path, n, condition, depth)} }}"

    def at_least(self, x: str, path: Link, n: int, condition: Node | None, depth: int) -> str:
        """A pattern matching when the node in ``x`` has ``n`` > 0 distinct values (that
        conform to ``condition``)."""
        names = [self.fresh() for _ in range(n)]
        body = " . ".join(path(x, w) for w in names)
        filters = [f"!sameTerm({a}, {b})" for a, b in itertools.combinations(names, 2)]
        if condition is not None:
            conforming = self.conforming(condition, depth + 1)
            if conforming:
                body += " . " + " . ".join(f"{{ {conforming(w)} }}" for w in names)
            else:
                filters += [self.conforms(condition, w, depth + 1) for w in names]
        return f"{body} {'FILTER(' + ' && '.join(filters) + ')' if filters else ''}"
