"""How :mod:`kg.shacl` writes data, terms and value tests for Oxigraph, and the
comparisons of pyshacl it replays in Python where SPARQL's differ.

Oxigraph stores a valid number, boolean or duration in canonical form and every
integer type as ``xsd:integer`` ("05"^^xsd:nonNegativeInteger comes back as
"5"^^xsd:integer). SHACL needs the literal as written (``sh:datatype``, ``sh:in``,
the value reported), so the data is loaded with every XSD datatype except
``xsd:string`` renamed into :data:`SURROGATE` (which Oxigraph leaves alone), terms of
the shapes graph are written the same way, and a comparison turns both sides back
into real XSD values first (:func:`real`).

>>> encode_data(['<https://e.org/a> <https://e.org/p> "05"^^<http://www.w3.org/2001/XMLSchema#integer>'])
b'<https://e.org/a> <https://e.org/p> "05"^^<urn:kg:shacl:xsd#integer> .\\n'
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterable

from rdflib import RDFS, XSD, BNode, Literal, URIRef
from rdflib.namespace import SH
from rdflib.term import Node

from kg.errors import KgError

SURROGATE = "urn:kg:shacl:xsd#"
"""Stands for the XSD namespace in the datatypes of the loaded data."""
_TYPED_AT_END = re.compile(r'"\^\^<http://www\.w3\.org/2001/XMLSchema#(?!string>)([A-Za-z]+)> \.$',
                           re.MULTILINE)
CAST = {XSD.boolean, XSD.integer, XSD.decimal, XSD.float, XSD.double, XSD.date, XSD.dateTime,
        XSD.time, XSD.duration}
"""Datatypes rdflib parses (so pyshacl rejects an ill-formed lexical form) and Oxigraph casts."""
NUMBERS = (XSD.integer, XSD.decimal, XSD.double, XSD.float, XSD.nonNegativeInteger, XSD.positiveInteger,
           XSD.nonPositiveInteger, XSD.negativeInteger, XSD.long, XSD.int, XSD.short, XSD.byte,
           XSD.unsignedLong, XSD.unsignedInt, XSD.unsignedShort, XSD.unsignedByte)
"""The numeric datatypes rdflib compares by value."""
INTEGER_RANGES: dict[URIRef, tuple[int | None, int | None]] = {
    XSD.nonNegativeInteger: (0, None), XSD.positiveInteger: (1, None),
    XSD.nonPositiveInteger: (None, 0), XSD.negativeInteger: (None, -1),
    XSD.long: (-2**63, 2**63 - 1), XSD.int: (-2**31, 2**31 - 1), XSD.short: (-2**15, 2**15 - 1),
    XSD.byte: (-128, 127), XSD.unsignedLong: (0, 2**64 - 1), XSD.unsignedInt: (0, 2**32 - 1),
    XSD.unsignedShort: (0, 2**16 - 1), XSD.unsignedByte: (0, 255),
}


class UnsupportedShapeError(KgError):
    """The shapes graph uses a SHACL feature the SPARQL validator does not implement."""


def encode_data(statements: Iterable[str], predicates: frozenset[str] | None = None) -> bytes:
    """N-Triples statements (without their final dots, see :mod:`kg.compile`) as an
    N-Triples document to load for validation, XSD datatypes renamed (a typed literal
    always ends its statement, so the match at the line end cannot be inside a text).
    With ``predicates`` (written ``<iri>``), only the statements with one of them."""
    if predicates is None:
        text = "".join(f"{st} .\n" for st in statements)
    else:
        text = "".join(f"{st} .\n" for st in statements
                       if st[(i := st.index(" ") + 1):st.index(" ", i)] in predicates)
    return _TYPED_AT_END.sub(f'"^^<{SURROGATE}\\1> .', text).encode()


def decode(node: Node | None) -> Node | None:
    """A term read back from the validation store, with its real XSD datatype."""
    if isinstance(node, Literal) and node.datatype and str(node.datatype).startswith(SURROGATE):
        return Literal(str(node), datatype=XSD[str(node.datatype)[len(SURROGATE):]])
    return node


def _encoded_datatype(datatype: URIRef) -> URIRef:
    if str(datatype).startswith(str(XSD)) and datatype != XSD.string:
        return URIRef(SURROGATE + str(datatype)[len(str(XSD)):])
    return datatype


def term(node: Node, *, encoded: bool = True) -> str:
    """An IRI or literal of the shapes graph written as SPARQL (escaped, never pasted); a
    literal as stored for validation unless ``encoded`` is false."""
    if isinstance(node, URIRef):
        text = str(node)
        if any(c in text for c in '<>"{}|^`\\') or any(ord(c) <= 0x20 for c in text):
            raise UnsupportedShapeError(f"shapes graph: IRI <{text}> cannot be written in SPARQL")
        return f"<{text}>"
    if isinstance(node, Literal):
        lexical = (str(node).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
                   .replace("\r", "\\r"))
        if node.language:
            return f'"{lexical}"@{node.language}'
        if not node.datatype or node.datatype == XSD.string:
            return f'"{lexical}"'
        return f'"{lexical}"^^{term(_encoded_datatype(node.datatype) if encoded else node.datatype)}'
    raise UnsupportedShapeError(f"shapes graph: a blank node ({node}) where SHACL needs an IRI or a literal")


def braced(node: Node, *, encoded: bool = True) -> str:
    """:func:`term`, with braces doubled for :func:`template`."""
    return term(node, encoded=encoded).replace("{", "{{").replace("}", "}}")


def template(text: str, fresh: Callable[[], str] | None = None) -> Callable[[str], str]:
    """A test or pattern for a variable ``{x}`` (and a fresh helper variable ``{y}``); the
    IRIs and literals in ``text`` are already written by :func:`braced`."""
    return lambda x: text.format(x=x, y=fresh() if fresh else "")


def real(x: str) -> str:
    """The value in variable ``x`` with its real XSD datatype, for comparisons and casts."""
    datatype = f"STR(DATATYPE({x}))"
    return (f'IF(isLiteral({x}) && STRSTARTS({datatype}, "{SURROGATE}"), '
            f'STRDT(STR({x}), IRI(CONCAT("{XSD}", STRAFTER({datatype}, "{SURROGATE}")))), {x})')


def compare(x: str, op: str, bound: Node) -> str:
    """``x op bound`` by value (sh:minInclusive and the like); false when incomparable."""
    return f"COALESCE(isLiteral({x}) && {real(x)} {op} {term(bound, encoded=False)}, false)"


def _number(x: str) -> str:
    return "(" + " || ".join(datatype_test(x, d) for d in NUMBERS) + ")"


def surely_compare(x: str, op: str, bound: Node) -> str:
    """``x`` is a well-formed number and ``x op bound`` for a numeric ``bound`` (where
    rdflib, and so pyshacl, agrees; other values are left to
    :func:`kg.shacl.pyshacl_in_range`)."""
    if not isinstance(bound, Literal) or bound.datatype not in NUMBERS:
        return "false"
    return f"COALESCE({_number(x)} && {real(x)} {op} {term(bound, encoded=False)}, false)"


def surely_less(a: str, b: str) -> str:
    """``a`` and ``b`` are well-formed numbers and ``a < b`` (where rdflib, and so
    pyshacl, agrees; other pairs are left to :func:`kg.shacl.pyshacl_less_than`)."""
    return f"COALESCE({_number(a)} && {_number(b)} && {real(a)} < {real(b)}, false)"


def datatype_test(x: str, datatype: URIRef) -> str:
    """``x`` is a literal of ``datatype`` that pyshacl (rdflib) deems well-formed."""
    if datatype == RDFS.Literal:
        return f"isLiteral({x})"
    test = f"isLiteral({x}) && sameTerm(datatype({x}), {term(_encoded_datatype(datatype))})"
    if datatype in CAST:
        test += f" && sameTerm(datatype({term(datatype)}({real(x)})), {term(datatype)})"
    elif datatype in INTEGER_RANGES:
        low, high = INTEGER_RANGES[datatype]
        number = f"{term(XSD.integer)}(STR({x}))"
        test += "".join(f" && {number} {op} {bound}" for op, bound in ((">=", low), ("<=", high))
                        if bound is not None)
    return f"COALESCE({test}, false)"


# --- pyshacl's comparisons, for the rows SPARQL leaves open ----------------------------

def range_component(parameter: URIRef) -> URIRef:
    """sh:minInclusive -> sh:MinInclusiveConstraintComponent, and so on."""
    return SH[parameter.fragment[0].upper() + parameter.fragment[1:] + "ConstraintComponent"]


def pyshacl_in_range(value: Node | None, _other: Node | None, *, op: str, bound: Node) -> bool:
    """``value op bound`` as pyshacl's sh:minInclusive and the like decide it (with
    rdflib's comparison of literals, quirks included)."""
    if not isinstance(value, Literal) or not isinstance(bound, Literal):
        return False
    if isinstance(value.value, str) != isinstance(bound.value, str):
        return False
    try:
        if value.eq(bound):
            order = 0
        elif isinstance(value.value, (datetime.datetime, datetime.time)):
            order = 0 if value.value == bound.value else 1 if value.value > bound.value else -1
        else:
            order = 1 if value > bound else -1
    except (TypeError, NotImplementedError):
        return False
    return {">": order > 0, ">=": order >= 0, "<": order < 0, "<=": order <= 0}[op]


def pyshacl_less_than(value: Node | None, other: Node | None) -> bool:
    """``value < other`` as pyshacl's sh:lessThan decides it: IRIs and strings as text,
    other literals by rdflib's ordering; anything else (blank nodes, text against a
    number, incomparable values) is not less."""
    def text(node: Node | None) -> str | None:
        if isinstance(node, URIRef) or (isinstance(node, Literal) and isinstance(node.value, str)):
            return str(node)
        return None

    if value is None or other is None or isinstance(value, BNode) or isinstance(other, BNode):
        return False
    if text(value) is not None or text(other) is not None:
        a, b = text(value), text(other)
        return a is not None and b is not None and a < b
    try:
        return bool(value < other)
    except TypeError:
        return False
