"""Named SPARQL queries (``kg/queries/*.rq``), their parameters, and running them.

Each ``.rq`` file starts with a header::

    # Question: Which stances does each actor take?
    # Parameters:
    #   actor (optional, actor -> holder): only stances held by this actor
    #   issue (optional, issue): only stances on this issue

A parameter value is turned into an RDF term of its kind and bound to the
variable *before* evaluation by the engine itself; it is never pasted into the
query text.

>>> q = get_query("stances")
>>> [p.name for p in q.params]
['actor', 'issue']
>>> to_term("actor", "russia")
rdflib.term.URIRef('https://w3id.org/kg-negotiation/id/actor/russia')
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from rdflib import XSD, Literal, URIRef
from rdflib.term import Node

from kg import iri, query_cache, query_labels, query_order, query_plans
from kg.errors import QueryError
from kg.namespace import PREFIXES
from kg.store import OxigraphStore, QueryResult, Store

KINDS = ("actor", "issue", "stance", "position", "proposal", "target", "event", "article",
         "iri", "string", "date")
_PARAM = re.compile(
    r"^#\s+(?P<name>[a-z_][a-z0-9_]*)\s+\((?P<opt>optional|required),\s*(?P<kind>[a-z]+)"
    r"(?:\s*->\s*(?P<var>[a-z_][a-z0-9_]*))?\)\s*:?\s*(?P<doc>.*)$")
_ABSOLUTE_IRI = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|\\^`]*$")


@dataclass(frozen=True)
class Param:
    """One declared parameter of a named query."""

    name: str
    kind: str
    required: bool
    variable: str
    doc: str


@dataclass(frozen=True)
class NamedQuery:
    """A parsed ``.rq`` file."""

    name: str
    question: str
    params: tuple[Param, ...]
    text: str
    path: str
    labels: tuple[query_labels.LabelSpec, ...] = ()  # label columns (see kg.query_labels)

    def param(self, name: str) -> Param:
        for p in self.params:
            if p.name == name:
                return p
        known = ", ".join(p.name for p in self.params) or "none"
        raise QueryError(f"query '{self.name}' has no parameter '{name}' (parameters: {known})")


def parse_query(text: str, *, name: str, path: str = "") -> NamedQuery:
    """Parse the header of a named query.

    >>> q = parse_query("# Question: Who?\\n# Parameters: none\\nSELECT * {}", name="who")
    >>> q.question, q.params
    ('Who?', ())
    """
    question = ""
    params: list[Param] = []
    labels: list[query_labels.LabelSpec] = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        if (label := query_labels.parse_line(line)) is not None:
            labels.append(label)
        elif line.startswith("# Question:"):
            question = line.split(":", 1)[1].strip()
        elif m := _PARAM.match(line):
            if m["kind"] not in KINDS:
                raise QueryError(f"{path or name}: parameter '{m['name']}' has unknown kind "
                                 f"'{m['kind']}' (kinds: {', '.join(KINDS)})")
            params.append(Param(m["name"], m["kind"], m["opt"] == "required",
                                m["var"] or m["name"], m["doc"].strip()))
    if not question:
        raise QueryError(f"{path or name}: the header has no '# Question:' line")
    return NamedQuery(name, question, tuple(params), text, path, tuple(labels))


def _query_dir() -> Path:
    return Path(str(resources.files("kg") / "queries"))


def list_queries() -> list[NamedQuery]:
    """Every named query shipped with kg, by name."""
    return [get_query(p.stem) for p in sorted(_query_dir().glob("*.rq"))]


def get_query(name_or_path: str) -> NamedQuery:
    """A named query by name (``stances``) or a ``.rq`` file by path."""
    if name_or_path.endswith(".rq"):
        path = Path(name_or_path)
        if not path.is_file():
            raise QueryError(f"no such query file: {name_or_path}")
    else:
        if not re.fullmatch(r"[a-z0-9_-]+", name_or_path):
            raise QueryError(f"no named query '{name_or_path}'")
        path = _query_dir() / f"{name_or_path}.rq"
        if not path.is_file():
            names = ", ".join(p.stem for p in sorted(_query_dir().glob("*.rq")))
            raise QueryError(f"no named query '{name_or_path}' (named queries: {names})")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryError(f"cannot read {path}: {exc}") from None
    return parse_query(text, name=path.stem, path=str(path))


def _expand(value: str) -> URIRef | None:
    """A full IRI in angle brackets or a prefixed name, else None."""
    if value.startswith("<") and value.endswith(">"):
        inner = value[1:-1]
        if not _ABSOLUTE_IRI.match(inner):
            raise QueryError(f"not a valid IRI: {value}")
        return URIRef(inner)
    prefix, sep, local = value.partition(":")
    if sep and prefix in PREFIXES and re.fullmatch(r"[A-Za-z0-9_./#-]*", local):
        return URIRef(PREFIXES[prefix] + local)
    return None


_MINTERS = {
    "actor": iri.actor_iri, "position": iri.position_iri, "proposal": iri.proposal_iri,
    "event": iri.event_iri, "article": iri.article_iri,
}


def to_term(kind: str, value: str) -> Node:
    """The RDF term for a parameter value of ``kind``.

    A bare value is minted safely into the kind's namespace, so a value crafted to
    break out of a query is only ever an IRI or a literal that matches nothing.

    >>> to_term("issue", "territory")
    rdflib.term.URIRef('https://w3id.org/kg-negotiation/issue/territory')
    >>> to_term("actor", '"} ; DROP ALL ; #').startswith("https://w3id.org/kg-negotiation/id/actor/")
    True
    >>> to_term("string", "x").datatype is None
    True
    """
    if kind == "string":
        return Literal(value)
    if kind == "date":
        try:
            return Literal(dt.date.fromisoformat(value).isoformat(), datatype=XSD.date)
        except ValueError:
            raise QueryError(f"not a date (YYYY-MM-DD): {value!r}") from None
    expanded = _expand(value)
    if expanded is not None:
        return expanded
    if kind == "iri":
        raise QueryError(f"expected an IRI in <...> or a prefixed name such as kgr:actor/x: {value!r}")
    if kind == "issue":
        code = value if re.fullmatch(r"[a-z][a-z0-9_]*", value) else iri.slugify(value).replace("-", "_")
        return iri.issue_iri(code)
    if kind == "stance":
        article, sep, stance = value.partition("/")
        if sep:
            return iri.stance_iri(iri.slugify(article), iri.slugify(stance))
        raise QueryError(f"a stance is ARTICLE-ID/STANCE-ID or an IRI, not {value!r}")
    if kind == "target":
        raise QueryError(f"a target is a prefixed name (kgr:position/x, kgr:proposal/x) or an "
                         f"IRI, not {value!r}")
    return _MINTERS[kind](value if iri.is_slug(value) else iri.slugify(value))


def bind(query: NamedQuery, params: dict[str, str]) -> dict[str, Node]:
    """Check the given parameters against the query's header and make RDF terms of them."""
    bindings: dict[str, Node] = {}
    for name, value in params.items():
        p = query.param(name)
        bindings[p.variable] = to_term(p.kind, value)
    missing = [p.name for p in query.params if p.required and p.name not in params]
    if missing:
        raise QueryError(f"query '{query.name}' needs parameter '{missing[0]}'")
    return bindings


def run(store: Store, query: str | NamedQuery, params: dict[str, str] | None = None, *,
        limit: int | None = None, offset: int | None = None, cache: bool = True) -> QueryResult:
    """Run a named query, a ``.rq`` file or SPARQL text with bound parameters.

    Parameters of SPARQL text (no header) bind the variable of the same name to a
    literal, or to an IRI when the value is ``<...>`` or a prefixed name.

    On the embedded store a final ``ORDER BY`` is applied in Python (same order), and
    the answers of named queries are kept per store generation, so that repeating a
    query or asking for another page reads the kept rows (``cache=False`` evaluates
    anew). Other stores run the text as it is, with ``LIMIT``/``OFFSET`` appended.
    """
    params = params or {}
    if isinstance(query, NamedQuery):
        named = query
    elif query.endswith(".rq") or re.fullmatch(r"[a-z0-9_-]+", query):
        named = get_query(query)
    else:
        named = NamedQuery("sparql", "", tuple(Param(k, "iri" if _expand(v) else "string", False, k, "")
                                               for k, v in params.items()), query, "")
    bindings = bind(named, params)
    if isinstance(store, OxigraphStore):
        return _run_embedded(store, named, bindings, limit=limit, offset=offset, cache=cache)
    text = named.text
    if limit is not None or offset is not None:
        text = _page(text, limit, offset)
    return store.query(text, bindings=bindings)


def _run_embedded(store: OxigraphStore, named: NamedQuery, bindings: dict[str, Node], *,
                  limit: int | None, offset: int | None, cache: bool) -> QueryResult:
    """Run on the embedded store: sort in Python (:mod:`kg.query_order`) and, for named
    queries on disk, keep the sorted answer for the generation (:mod:`kg.query_cache`)."""
    if limit is not None or offset is not None:
        _page(named.text, limit, offset)  # checks the paging arguments and the query text
    with store.pinned():  # the answer and the folder it is kept in are of one generation
        folder = store.cache_dir() if cache and named.name != "sparql" else None
        path = folder / query_cache.key(named.text, bindings) if folder is not None else None
        if path is not None and (hit := query_cache.read(path, offset=offset, limit=limit)) is not None:
            return hit
        result = _evaluate(store, named, bindings)
    if result.graph is not None or result.boolean is not None:
        return result
    if path is not None:
        query_cache.write(path, result)
    start = offset or 0
    end = None if limit is None else start + limit
    return QueryResult(vars=result.vars, rows=result.rows[start:end])


def _evaluate(store: OxigraphStore, named: NamedQuery, bindings: dict[str, Node]) -> QueryResult:
    """The whole answer on the embedded store: the query without its final ``ORDER BY``
    (and without its label lookups, :mod:`kg.query_labels`; or in parts joined in Python,
    :mod:`kg.query_plans`), labels filled and rows sorted in Python; the engine evaluates the
    query as written when the order is not one Python can apply."""
    text = query_labels.core(named.text) if named.labels else named.text
    if (split := query_order.split(text)) is not None:
        body, keys = split
        planned = query_plans.plan(named.name, named.path, named.text, bindings)
        unsorted = planned(store) if planned is not None else store.query(body, bindings=bindings)
        if unsorted.graph is not None or unsorted.boolean is not None:
            return unsorted  # ASK and CONSTRUCT answers have no rows to order
        if all(k.var in unsorted.vars for k in keys):
            rows = unsorted.rows
            if named.labels:
                rows = query_labels.fill(rows, unsorted.vars, named.labels, store.objects)
            if (ordered := query_order.sort_rows(rows, keys)) is not None:
                return QueryResult(vars=unsorted.vars, rows=ordered)
    return store.query(named.text, bindings=bindings)  # no ORDER BY, or one the engine applies


def _page(text: str, limit: int | None, offset: int | None) -> str:
    """Append LIMIT/OFFSET (integers only) to a query that has none of its own.

    >>> _page("SELECT * { ?s ?p ?o } ORDER BY ?s", 10, 20)
    'SELECT * { ?s ?p ?o } ORDER BY ?s\\nLIMIT 10 OFFSET 20'
    """
    if (limit is not None and limit < 0) or (offset is not None and offset < 0):
        raise QueryError("--limit and --offset must not be negative")
    code = re.sub(r"(?m)^\s*#.*$", "", text)  # header comments; '#' inside IRIs stays
    if re.search(r"\b(LIMIT|OFFSET)\s+\d+\s*$", code.strip(), re.IGNORECASE):
        raise QueryError("this query pages itself (it ends with LIMIT/OFFSET)")
    paging = " ".join(part for part in (
        f"LIMIT {int(limit)}" if limit is not None else "",
        f"OFFSET {int(offset)}" if offset is not None else "") if part)
    return text.rstrip() + "\n" + paging
