"""A remote SPARQL 1.1 store: any server that speaks the SPARQL 1.1 Protocol for Query
and Update (Oxigraph server, Apache Jena Fuseki, GraphDB, Virtuoso, Amazon Neptune).

Only the standard library talks to the server (``urllib``), with timeouts; an
unreachable server or an error answer becomes a :class:`~kg.errors.StoreError`
that names the URL and quotes the server's message.

Parameters are *terms*, not text. The SPARQL protocol has no way to send
bindings next to a query, so each bound RDF term is serialised with N-Triples
escaping (:func:`nt_term`) into a ``VALUES`` block placed at the start of the
outermost ``WHERE`` group. An IRI that contains a character IRIs may not contain
is refused, and every character of a literal that could end it is escaped, so a
crafted value stays one term:

>>> from rdflib import Literal
>>> print(nt_term(Literal('x" } ; DROP ALL ; #')))
"x\\" } ; DROP ALL ; #"
>>> print(inject_values("SELECT * WHERE { ?s ?p ?o }", {"s": Literal("a")}))
SELECT * WHERE { VALUES (?s) { ("a") } ?s ?p ?o }
"""

from __future__ import annotations

import json
import os
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator, Mapping, Sequence

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from kg import data_version
from kg.errors import QueryError, StoreError
from kg.namespace import bind_prefixes
from kg.store import Format, QueryResult

UPDATE_ENV = "KG_UPDATE_ENDPOINT"
DEFAULT_TIMEOUT = 60.0
MAX_REQUEST_BYTES = 32 * 1024 * 1024
TRIPLES_PER_INSERT = 10_000
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_BAD_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_LANG = re.compile(r"^[a-zA-Z]+(-[a-zA-Z0-9]+)*$")
_NOT_META = f"FILTER (?g != <{data_version.METADATA_GRAPH}>)"
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


# --- terms as N-Triples text -------------------------------------------------------------

def _iri(value: str) -> str:
    if _BAD_IRI.search(value):
        raise QueryError(f"not a valid IRI (it contains a space, quote, brace, angle bracket or "
                         f"backslash): {value!r}")
    return f"<{value}>"


def _escape(text: str) -> str:
    return "".join(_ESCAPES.get(c) or (f"\\u{ord(c):04X}" if ord(c) < 0x20 or ord(c) == 0x7F else c)
                   for c in text)


def nt_term(term: Node) -> str:
    """An IRI or literal in N-Triples syntax, escaped so that it is exactly one term.

    >>> nt_term(URIRef("https://example.org/a"))
    '<https://example.org/a>'
    >>> nt_term(Literal("line\\nbreak", lang="en"))
    '"line\\\\nbreak"@en'
    """
    if isinstance(term, URIRef):
        return _iri(str(term))
    if isinstance(term, Literal):
        body = f'"{_escape(str(term))}"'
        if term.language:
            if not _LANG.match(term.language):
                raise QueryError(f"not a valid language tag: {term.language!r}")
            return f"{body}@{term.language}"
        if term.datatype and str(term.datatype) != _XSD_STRING:
            return f"{body}^^{_iri(str(term.datatype))}"
        return body
    if isinstance(term, BNode):
        return f"_:b{re.sub(r'[^A-Za-z0-9]', '', str(term))}"
    raise QueryError(f"cannot send {term!r} to a SPARQL endpoint")


# --- finding the outermost WHERE group ---------------------------------------------------

_TOKEN = re.compile(r"""
    (?P<comment>\#[^\n]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
              |'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<open>\{) | (?P<close>\})
  | (?P<other>.)
""", re.VERBOSE | re.DOTALL)


def _tokens(sparql: str) -> Iterator[tuple[str, str, int]]:
    for m in _TOKEN.finditer(sparql):
        kind = m.lastgroup or "other"
        if kind != "comment":
            yield kind, m.group(), m.start()


def query_form(sparql: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE (the first such keyword outside strings/IRIs).

    >>> query_form("PREFIX a: <http://x/select#> ask { ?s ?p ?o }")
    'ASK'
    """
    for kind, text, _ in _tokens(sparql):
        if kind == "word" and text.upper() in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE"):
            return text.upper()
    raise QueryError("not a SPARQL query (no SELECT, ASK, CONSTRUCT or DESCRIBE)")


def _where_brace(sparql: str) -> int:
    """The offset of the ``{`` that opens the outermost WHERE group."""
    form = query_form(sparql)
    depth, seen_where, groups = 0, False, 0
    for kind, text, pos in _tokens(sparql):
        if kind == "word" and depth == 0 and text.upper() == "WHERE":
            seen_where = True
        elif kind == "open":
            if depth == 0 and (seen_where or (form != "CONSTRUCT" and groups == 0)):
                return pos
            depth += 1
        elif kind == "close":
            depth -= 1
            if depth == 0:
                groups += 1
    raise QueryError("cannot bind parameters: the query has no WHERE group")


def inject_values(sparql: str, bindings: Mapping[str, Node]) -> str:
    """The query with a ``VALUES`` block of the bound terms at the start of its WHERE group."""
    if not bindings:
        return sparql
    names = list(bindings)
    for name in names:
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise QueryError(f"not a SPARQL variable name: {name!r}")
    block = (f" VALUES ({' '.join('?' + n for n in names)}) "
             f"{{ ({' '.join(nt_term(bindings[n]) for n in names)}) }}")
    at = _where_brace(sparql) + 1
    return sparql[:at] + block + sparql[at:]


# --- results -----------------------------------------------------------------------------

def _json_term(cell: Mapping[str, str]) -> Node:
    kind, value = cell.get("type"), cell.get("value", "")
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    if kind in ("literal", "typed-literal"):
        if cell.get("xml:lang"):
            return Literal(value, lang=cell["xml:lang"])
        datatype = cell.get("datatype")
        return Literal(value, datatype=URIRef(datatype) if datatype and datatype != _XSD_STRING else None)
    raise StoreError(f"the endpoint sent a term of unknown type {kind!r}")


def parse_json_results(body: bytes) -> QueryResult:
    """A W3C SPARQL 1.1 Query Results JSON document as a :class:`QueryResult`."""
    try:
        doc = json.loads(body)
        if "boolean" in doc:
            return QueryResult(boolean=bool(doc["boolean"]))
        names = list(doc["head"].get("vars", []))
        rows = [{n: _json_term(b[n]) if n in b else None for n in names}
                for b in doc["results"]["bindings"]]
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise StoreError(f"the endpoint's answer is not SPARQL JSON results: {exc}") from None
    return QueryResult(vars=names, rows=rows)


# --- the store ---------------------------------------------------------------------------

def update_url(endpoint: str) -> str:
    """Where updates go: ``$KG_UPDATE_ENDPOINT``, else the sibling ``/update`` of a query URL
    ending in ``/query`` or ``/sparql`` (Oxigraph, Fuseki), else ``endpoint + '/update'``.

    >>> update_url("http://127.0.0.1:7878/query")
    'http://127.0.0.1:7878/update'
    """
    if os.environ.get(UPDATE_ENV):
        return os.environ[UPDATE_ENV]
    base = endpoint.rstrip("/")
    for suffix in ("/query", "/sparql"):
        if base.endswith(suffix):
            return base[: -len(suffix)] + "/update"
    return base + "/update"


class RemoteStore:
    """The kg store contract over the SPARQL 1.1 Protocol.

    Queries see the union of the named graphs only if the server is set up so
    (Oxigraph ``--union-default-graph``, Fuseki ``tdb2:unionDefaultGraph``; GraphDB,
    Virtuoso and Neptune do it by default); see ``docs/scale.md``.

    The data version of the server's contents (:mod:`kg.data_version`) is read once, by the
    first use of the store, which is refused if it is another than this kg's.
    """

    def __init__(self, endpoint: str, *, update_endpoint: str | None = None,
                 timeout: float = DEFAULT_TIMEOUT, max_request_bytes: int = MAX_REQUEST_BYTES) -> None:
        if not re.match(r"^https?://", endpoint):
            raise StoreError(f"a SPARQL endpoint is an http:// or https:// URL, not {endpoint!r}")
        self.endpoint = endpoint
        self.update_endpoint = update_endpoint or update_url(endpoint)
        self.timeout = timeout
        self.max_request_bytes = max_request_bytes
        self._version_checked = False

    def _post(self, url: str, field: str, text: str, accept: str) -> tuple[bytes, str]:
        data = urllib.parse.urlencode({field: text}).encode("utf-8")
        request = urllib.request.Request(url, data=data, method="POST", headers={
            "Content-Type": "application/x-www-form-urlencoded; charset=utf-8", "Accept": accept,
            "User-Agent": "kg (SPARQL 1.1 protocol client)"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.read(), response.headers.get_content_type()
        except urllib.error.HTTPError as exc:
            detail = " ".join(exc.read(400).decode("utf-8", "replace").split())
            raise StoreError(f"the SPARQL endpoint {url} answered {exc.code} {exc.reason}"
                             f"{': ' + detail if detail else ''}") from None
        except urllib.error.URLError as exc:
            raise StoreError(f"cannot reach the SPARQL endpoint {url}: {exc.reason}") from None
        except TimeoutError:
            raise StoreError(f"the SPARQL endpoint {url} did not answer within "
                             f"{self.timeout:g} s") from None
        except OSError as exc:
            raise StoreError(f"cannot talk to the SPARQL endpoint {url}: {exc}") from None

    def data_version(self) -> int | None:
        """The data version of the server's contents: None when it holds no data, 0 when it
        holds data written before kg recorded versions (two small queries)."""
        accept = "application/sparql-results+json"
        found = parse_json_results(self._post(self.endpoint, "query", data_version.READ_QUERY, accept)[0])
        values = [str(r["v"]) for r in found.rows if r["v"] is not None]
        has_data = not values and bool(parse_json_results(
            self._post(self.endpoint, "query", data_version.HAS_DATA_QUERY, accept)[0]).boolean)
        return data_version.parse(values, has_data=has_data, where=self.endpoint)

    def check_version(self) -> None:
        """Refuse (:class:`kg.data_version.OutdatedStoreError`) a server whose data is of
        another data version; asked of the server once."""
        if not self._version_checked:
            data_version.check(self.endpoint, self.data_version())
            self._version_checked = True

    def upgrade(self, sparql_update: str, graphs: Mapping[URIRef, Graph]) -> None:
        """Replace ``graphs`` (the ontology), run ``sparql_update`` (:mod:`kg.migrate`'s
        recomputation of the derived statements) and record this kg's data version: in one
        request (one transaction) when it fits in ``max_request_bytes``, else split like a
        build. The recomputation and the version go last, in one request together, so a
        server that fails half-way still holds the old version and is still refused (run
        ``kg upgrade`` again)."""
        for request in list(self._update_requests(graphs, then=[sparql_update])):
            self.update(request)
        self._version_checked = False

    def query(self, sparql: str, *, bindings: Mapping[str, Node] | None = None,
              any_version: bool = False) -> QueryResult:
        """Run a query; bound terms go into a VALUES block (see :func:`inject_values`).
        ``any_version``: also on data of another data version (for ``kg upgrade``)."""
        if not any_version:
            self.check_version()
        form = query_form(sparql)
        text = inject_values(sparql, bindings or {})
        if form in ("CONSTRUCT", "DESCRIBE"):
            body, ctype = self._post(self.endpoint, "query", text,
                                     "application/n-triples, text/turtle;q=0.9")
            graph = bind_prefixes(Graph())
            fmt = "turtle" if ctype == "text/turtle" else "nt"
            try:
                graph.parse(data=body.decode("utf-8"), format=fmt)
            except (ValueError, SyntaxError) as exc:
                raise StoreError(f"the endpoint's graph answer does not parse as {fmt}: {exc}") from None
            return QueryResult(graph=graph)
        body, _ = self._post(self.endpoint, "query", text, "application/sparql-results+json")
        return parse_json_results(body)

    def update(self, sparql_update: str) -> None:
        """Send one SPARQL Update request (the server applies it as one transaction)."""
        self._post(self.update_endpoint, "update", sparql_update, "*/*")

    def _update_requests(self, graphs: Mapping[URIRef, Graph | None], *,
                         then: Sequence[str] = ()) -> Iterator[str]:
        """DROP SILENT + INSERT DATA per graph, packed into as few requests as fit the size cap.
        This kg's data version is recorded by the first request; with ``then`` (operations to
        run after the graphs are written) by the last one instead, which holds ``then`` and
        the version together whatever their size."""
        units: list[list[str]] = [] if then else [[data_version.MARK_UPDATE]]
        for name, graph in graphs.items():
            units.append([f"DROP SILENT GRAPH {_iri(str(name))}"])
            if graph is not None:
                triples = [f"{nt_term(s)} {nt_term(p)} {nt_term(o)} ." for s, p, o in graph]
                for i in range(0, len(triples), TRIPLES_PER_INSERT):
                    chunk = "\n".join(triples[i:i + TRIPLES_PER_INSERT])
                    units.append([f"INSERT DATA {{ GRAPH {_iri(str(name))} {{\n{chunk}\n}} }}"])
        if then:
            units.append([*then, data_version.MARK_UPDATE])
        parts: list[str] = []
        size = 0
        for unit in units:
            grow = sum(len(op.encode("utf-8")) + 3 for op in unit)
            if parts and size + grow > self.max_request_bytes:
                yield " ;\n".join(parts)
                parts, size = [], 0
            parts.extend(unit)
            size += grow
        if parts:
            yield " ;\n".join(parts)

    def replace_graphs(self, graphs: Mapping[URIRef, Graph | None]) -> None:
        """Replace named graphs in one update request (one transaction) when it fits in
        ``max_request_bytes``; bigger writes go in several requests, each atomic. A server
        holding data of another data version is refused."""
        self.check_version()
        for request in list(self._update_requests(graphs)):  # serialise all before sending any
            self.update(request)

    def graph_names(self) -> list[URIRef]:
        """The named graphs holding data (the store's metadata graph left out)."""
        result = self.query(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {_NOT_META} }}")
        return sorted(r["g"] for r in result.rows if isinstance(r["g"], URIRef))

    def __len__(self) -> int:
        result = self.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {_NOT_META} }}")
        return int(result.rows[0]["n"]) if result.rows else 0

    def export(self, fmt: Format) -> bytes:
        """Every quad of the named graphs (the store's metadata graph left out), fetched with
        one SELECT and serialised locally."""
        result = self.query(f"SELECT ?g ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {_NOT_META} }}")
        if fmt in (Format.NQUADS, Format.TRIG):
            dataset = Dataset()
            bind_prefixes(dataset)
            for r in result.rows:
                dataset.graph(r["g"]).add((r["s"], r["p"], r["o"]))
            return dataset.serialize(format="nquads" if fmt is Format.NQUADS else "trig", encoding="utf-8")
        graph = bind_prefixes(Graph())
        for r in result.rows:
            graph.add((r["s"], r["p"], r["o"]))
        rdflib_format = {Format.TURTLE: "turtle", Format.NTRIPLES: "nt", Format.JSONLD: "json-ld"}[fmt]
        return graph.serialize(format=rdflib_format, encoding="utf-8")
