"""How :mod:`kg.shacl` writes data, terms and value tests for Oxigraph.

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

import re
from collections.abc import Callable, Iterable

from rdflib import RDF, RDFS, XSD, Literal, URIRef
from rdflib.term import Node

from kg.errors import KgError

SURROGATE = "urn:kg:shacl:xsd#"
"""Stands for the XSD namespace in the datatypes of the loaded data."""
_TYPED_AT_END = re.compile(r'"\^\^<http://www\.w3\.org/2001/XMLSchema#(?!string>)([A-Za-z]+)> \.$',
                           re.MULTILINE)
CAST = {XSD.boolean, XSD.integer, XSD.decimal, XSD.float, XSD.double, XSD.date, XSD.dateTime,
        XSD.time, XSD.duration}
"""Datatypes rdflib parses (so pyshacl rejects an ill-formed lexical form) and Oxigraph casts."""
INTEGER_RANGES: dict[URIRef, tuple[int | None, int | None]] = {
    XSD.nonNegativeInteger: (0, None), XSD.positiveInteger: (1, None),
    XSD.nonPositiveInteger: (None, 0), XSD.negativeInteger: (None, -1),
    XSD.long: (-2**63, 2**63 - 1), XSD.int: (-2**31, 2**31 - 1), XSD.short: (-2**15, 2**15 - 1),
    XSD.byte: (-128, 127), XSD.unsignedLong: (0, 2**64 - 1), XSD.unsignedInt: (0, 2**32 - 1),
    XSD.unsignedShort: (0, 2**16 - 1), XSD.unsignedByte: (0, 255),
}


class UnsupportedShapeError(KgError):
    """The shapes graph uses a SHACL feature the SPARQL validator does not implement."""


def encode_data(statements: Iterable[str]) -> bytes:
    """N-Triples statements (without their final dots, see :mod:`kg.compile`) as an
    N-Triples document to load for validation, XSD datatypes renamed (a typed literal
    always ends its statement, so the match at the line end cannot be inside a text)."""
    text = "".join(f"{st} .\n" for st in statements)
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


def less_than(a: str, b: str) -> str:
    """pyshacl's sh:lessThan: IRIs and strings compare as text, other literals by value."""
    def text(v: str) -> str:
        return (f"(isIRI({v}) || (isLiteral({v}) && (sameTerm(datatype({v}), {term(XSD.string)}) || "
                f"sameTerm(datatype({v}), {term(RDF.langString)}))))")
    return (f"COALESCE(IF({text(a)} || {text(b)}, {text(a)} && {text(b)} && STR({a}) < STR({b}), "
            f"{real(a)} < {real(b)}), false)")


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
