"""The Python API for analysts: open a graph, build it, query it as tables, look at it.

Everything goes through the same parts as the ``kg`` command: coding sheets are
built with :func:`kg.build.build`, queries run with :func:`kg.queries.run`
(parameters bound as RDF terms, never pasted into the query text), networks
come from :mod:`kg.network` and pages from :mod:`kg.render`. pandas, IPython
and the network code are imported only when a method needs them.

>>> import kg, pathlib, tempfile
>>> sheet = pathlib.Path(tempfile.mkdtemp()) / "a1.yaml"
>>> _ = sheet.write_text('''
... format: kg-annotation/1
... article: {id: a1, title: Talks, publisher: Example Wire, url: "https://example.org/a1",
...           date: 2025-12-03}
... actors: [{id: ruritania, type: state, label: Ruritania}]
... positions: [{id: truce, label: A truce, issue: ceasefire}]
... stances:
...   - {id: s1, holder: ruritania, target: truce, issue: ceasefire, value: oppose,
...      date: 2025-12-02, evidence: [{start: 0, end: 3, text: "No."}]}
... ''')
>>> g = kg.open(memory=True)
>>> g.build(sheet).articles
['a1']
>>> df = g.stances(actor="ruritania")
>>> df[["holder", "target_label", "value_label"]].values.tolist()
[['kgr:actor/ruritania', 'A truce', 'oppose']]
>>> df["date"].dtype.kind          # typed xsd:date values become datetimes
'M'
>>> g.query("SELECT ?a ?label WHERE { ?a rdfs:label ?label }", a="kgr:actor/ruritania")["label"].tolist()
['Ruritania']
"""

from __future__ import annotations

import datetime as dt
import decimal
import html
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import XSD, Literal, URIRef
from rdflib.term import Node

from kg import results
from kg.errors import QueryError, StoreError
from kg.namespace import PREFIXES
from kg.review import compare_stances

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd
    from IPython.display import HTML

    from kg.build import BuildReport
    from kg.ingest import IngestReport
    from kg.migrate import UpgradeReport
    from kg.network.filters import Filters
    from kg.network.records import GraphData
    from kg.store import QueryResult, Store

__all__ = ["KG", "Networks", "compare_stances", "open", "to_frame"]

DEFAULT_HEIGHT = 620
_DATETIME_TYPES = (XSD.date, XSD.dateTime)
_FILTER_KEYS = {"issue": "issues", "actor": "actors", "article": "articles",
                "publisher": "publishers"}


# --- query results as tables -----------------------------------------------------------

def cell(term: Node | None, *, short: bool = True) -> Any:
    """A result term as a Python value: IRIs as (short) strings, literals as their value.

    Numbers become ``int``/``float``, booleans ``bool``, ``xsd:date`` a
    :class:`datetime.date`; partial dates (``xsd:gYearMonth``, ``xsd:gYear``) and
    text stay strings.

    >>> cell(URIRef("https://w3id.org/kg-negotiation/id/actor/russia"))
    'kgr:actor/russia'
    >>> cell(Literal("2025-12-03", datatype=XSD.date)), cell(Literal("0.85", datatype=XSD.decimal))
    (datetime.date(2025, 12, 3), 0.85)
    >>> cell(Literal("2025-11", datatype=XSD.gYearMonth))
    '2025-11'
    """
    if term is None:
        return None
    if isinstance(term, URIRef):
        return results.short(term) if short else str(term)
    if isinstance(term, Literal) and term.datatype is not None:
        value = term.toPython()
        if isinstance(value, decimal.Decimal):
            return float(value)
        if isinstance(value, bool | int | float | dt.date):
            return value
    return str(term)


def to_frame(result: QueryResult, *, short: bool = True) -> pd.DataFrame:
    """A SELECT result as a :class:`pandas.DataFrame` (columns = result variables).

    A column whose values are all ``xsd:date``/``xsd:dateTime`` becomes a
    datetime column; an ASK answer is one row with the column ``answer``.

    >>> from kg.store import QueryResult
    >>> r = QueryResult(vars=["d"], rows=[{"d": Literal("2025-12-03", datatype=XSD.date)},
    ...                                   {"d": None}])
    >>> to_frame(r)["d"].dtype.kind
    'M'
    """
    import pandas as pd

    if result.boolean is not None:
        return pd.DataFrame({"answer": [result.boolean]})
    if result.graph is not None:
        raise QueryError("this is a CONSTRUCT/DESCRIBE query: use KG.raw() to get the graph")
    frame = pd.DataFrame([[cell(row.get(v), short=short) for v in result.vars]
                          for row in result.rows], columns=list(result.vars), dtype=object)
    for var in result.vars:
        typed = [row[var] for row in result.rows if row.get(var) is not None]
        if typed and all(isinstance(t, Literal) and t.datatype in _DATETIME_TYPES for t in typed):
            frame[var] = pd.to_datetime(frame[var])
        elif typed and all(isinstance(t, Literal) and isinstance(cell(t), int | float)
                           and not isinstance(cell(t), bool) for t in typed):
            frame[var] = pd.to_numeric(frame[var])
    return frame


def with_prefixes(query: str) -> str:
    """SPARQL text with kg's prefixes declared where it does not declare them itself;
    query names and ``.rq`` paths are returned as they are.

    >>> print(with_prefixes("SELECT * { ?s neg:holder/rdfs:label ?o }"))
    PREFIX neg: <https://w3id.org/kg-negotiation/ontology#>
    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    SELECT * { ?s neg:holder/rdfs:label ?o }
    >>> with_prefixes('SELECT * { ?s ?p "owl: not a prefix" } # xsd: neither') .startswith("SELECT")
    True
    >>> with_prefixes("stances")
    'stances'
    """
    if query.endswith(".rq") or re.fullmatch(r"[a-z0-9_-]+", query):
        return query
    declared = {m.lower() for m in re.findall(r"(?im)^\s*PREFIX\s+([A-Za-z][\w-]*)?:", query)}
    code = re.sub(r"<[^<>\s]*>|\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'|#[^\n]*", " ", query)
    used = set(re.findall(r"(?<![\w:.-])([A-Za-z][\w-]*):", code))
    lines = [f"PREFIX {p}: <{ns}>" for p, ns in sorted(PREFIXES.items())
             if p in used and p.lower() not in declared]
    return "\n".join([*lines, query])


def _as_text(value: Any) -> str:
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def _given(**params: str | None) -> dict[str, str]:
    return {k: v for k, v in params.items() if v is not None}


def _listify(value: str | Iterable[str] | None) -> list[str]:
    return [] if value is None else [value] if isinstance(value, str) else [str(v) for v in value]


def make_filters(**filters: str | Iterable[str] | None) -> Filters:
    """Network filters from keywords: ``issue(s)``, ``actor(s)``, ``article(s)``,
    ``publisher(s)`` (one value or a list), ``since`` and ``until`` (partial dates).

    >>> make_filters(issue="territory", since="2025-12").issues
    ('https://w3id.org/kg-negotiation/issue/territory',)
    >>> make_filters(colour="red")
    Traceback (most recent call last):
    ...
    kg.errors.QueryError: unknown filter 'colour' (filters: issue, actor, article, publisher, since, until)
    """
    from kg.network.filters import Filters

    lists: dict[str, list[str]] = {k: [] for k in _FILTER_KEYS.values()}
    dates: dict[str, str | None] = {"since": None, "until": None}
    for key, value in filters.items():
        if key in dates:
            dates[key] = None if value is None else _as_text(value)
        elif key in _FILTER_KEYS or key in lists:
            lists[_FILTER_KEYS.get(key, key)] += _listify(value)  # type: ignore[arg-type]
        else:
            names = ", ".join([*_FILTER_KEYS, "since", "until"])
            raise QueryError(f"unknown filter '{key}' (filters: {names})")
    return Filters.parse(**lists, **dates)


# --- the graph ---------------------------------------------------------------------------

class KG:
    """A knowledge graph in a store (embedded, in memory or a remote endpoint).

    Make one with :func:`kg.open`.
    """

    def __init__(self, store: Store, *, where: str = "") -> None:
        self.store = store
        self.where = where
        self._records: dict[bool, tuple[tuple[Any, ...], GraphData]] = {}

    def records(self, *, full: bool = True) -> GraphData:
        """The stance (and, with ``full``, item and link) records the network views are
        built from. They are fetched once and reused until this object builds or
        ingests, or the store's size or named graphs change."""
        from kg.network.rows import fetch, fetch_stances

        key = (len(self.store), tuple(self.store.graph_names()))
        cached = self._records.get(full) or (self._records.get(True) if not full else None)
        if cached is not None and cached[0] == key:
            return cached[1]
        data = fetch(self.store) if full else fetch_stances(self.store)
        self._records[full] = (key, data)
        return data

    def __repr__(self) -> str:
        try:
            return f"<kg.KG {self.where}: {len(self)} triples>"
        except StoreError as exc:
            return f"<kg.KG {self.where}: {exc}>"

    def __len__(self) -> int:
        return len(self.store)

    def build(self, paths: str | Path | Sequence[str | Path], *, shacl: bool = True) -> BuildReport:
        """Check coding sheets (files or folders of ``*.yaml``) and write them to the store,
        all or nothing (see :func:`kg.build.build`)."""
        from kg.build import build

        targets = [paths] if isinstance(paths, str | Path) else list(paths)
        self._records.clear()
        return build(targets, store=self.store, shacl=shacl)

    def upgrade(self) -> UpgradeReport:
        """Bring a store written by an older kg to this kg's data version in place, all or
        nothing (:func:`kg.migrate.upgrade`; ``upgraded`` is False if there was nothing to do)."""
        from kg.migrate import upgrade

        self._records.clear()
        return upgrade(self.store)

    def ingest(self, sources: str | Sequence[str], *, drafts_dir: str | Path,
               extractor: Any = None, **metadata: str) -> IngestReport:
        """Extract machine coding sheets from article files or URLs into ``drafts_dir``
        and build them into this graph (see :func:`kg.ingest.ingest`). Keywords
        (``title``, ``publisher``, ``url``, ``date``...) fill metadata a source lacks."""
        from kg.ingest import ingest

        self._records.clear()
        return ingest(_listify(sources), store=self.store, drafts_dir=Path(drafts_dir),
                      metadata_overrides=metadata or None, extractor=extractor)

    def raw(self, name_or_sparql: str, **params: Any) -> QueryResult:
        """The result of a named query, ``.rq`` file or SPARQL text as rdflib terms.

        SPARQL text may use kg's prefixes (``neg:``, ``kgr:``, ``rdfs:``...) without
        declaring them.
        """
        from kg.queries import run

        return run(self.store, with_prefixes(name_or_sparql),
                   {k: _as_text(v) for k, v in params.items()})

    def query(self, name_or_sparql: str, *, short: bool = True, **params: Any) -> pd.DataFrame:
        """Run a named query (``"stances"``), a ``.rq`` file or SPARQL text as a table.

        Keyword parameters are bound as RDF terms by the engine: for a named
        query by its header's kinds (``actor="russia"``), for SPARQL text to the
        variable of the same name (an IRI when given as ``<...>`` or a prefixed
        name, else a plain literal). ``short=False`` keeps full IRIs.
        """
        return to_frame(self.raw(name_or_sparql, **params), short=short)

    def queries(self) -> pd.DataFrame:
        """The named queries shipped with kg: name, question and parameters.

        >>> "stances" in open(memory=True).queries()["name"].tolist()
        True
        """
        import pandas as pd

        from kg.queries import list_queries

        return pd.DataFrame(
            [{"name": q.name, "question": q.question,
              "parameters": ", ".join(f"{p.name} ({p.kind}{'' if p.required else ', optional'})"
                                      for p in q.params)} for q in list_queries()])

    def stances(self, actor: str | None = None, issue: str | None = None) -> pd.DataFrame:
        """Stances (named query ``stances``), optionally of one actor and/or on one issue."""
        return self.query("stances", **_given(actor=actor, issue=issue))

    def timeline(self, actor: str | None = None, issue: str | None = None) -> pd.DataFrame:
        """Stances in date order (named query ``timeline``)."""
        return self.query("timeline", **_given(actor=actor, issue=issue))

    @property
    def networks(self) -> Networks:
        """The network views (two-mode, agreement, conflict, full) and their analysis."""
        return Networks(self)

    def html(self, view: str = "positions", *, title: str | None = None,
             normalize: str = "count", **filters: Any) -> str:
        """The self-contained interactive page of a view (see :mod:`kg.render.html`)."""
        from kg.network.projections import build_view, shown_stances
        from kg.render.html import render_html

        f = make_filters(**filters)
        data = self.networks.data(full=view == "full")
        graph = build_view(data, view, f, normalize)
        stances = shown_stances(data, graph, f) if view == "positions" else None
        return render_html(graph, title=title or f"kg: {view} view", stances=stances)

    def show(self, view: str = "positions", *, height: int = DEFAULT_HEIGHT,
             title: str | None = None, normalize: str = "count", **filters: Any) -> HTML:
        """The interactive graph inline in Jupyter (JupyterLab and the classic notebook).

        The page goes into an ``<iframe srcdoc>`` (attribute-escaped, scripts
        allowed, nothing else), so it runs in its own document with its own
        Content-Security-Policy.
        """
        from IPython.display import HTML

        frame = iframe(self.html(view, title=title, normalize=normalize, **filters),
                       height=height, title=title or f"kg {view} view")
        return HTML(f'<div class="kg-view">{frame}</div>')


def iframe(page: str, *, height: int = DEFAULT_HEIGHT, title: str = "kg view") -> str:
    """An ``<iframe>`` whose ``srcdoc`` holds ``page``, escaped for a double-quoted attribute.

    >>> iframe('<p title="x">a & b</p>', height=100)[:60]
    '<iframe srcdoc="&lt;p title=&quot;x&quot;&gt;a &amp; b&lt;/p'
    """
    return (f'<iframe srcdoc="{html.escape(page, quote=True)}" sandbox="allow-scripts" '
            f'title="{html.escape(title, quote=True)}" width="100%" height="{int(height)}" '
            'style="border: 1px solid #ccc;"></iframe>')


class Networks:
    """Network views of a :class:`KG`, projected by :mod:`kg.network.projections`.

    Every accessor takes the filters of :func:`make_filters` (``issue``,
    ``actor``, ``since``, ``until``, ``article``, ``publisher``).
    """

    def __init__(self, graph: KG) -> None:
        self.kg = graph

    def data(self, *, full: bool = True) -> GraphData:
        """The records the views are built from (see :meth:`KG.records`)."""
        return self.kg.records(full=full)

    def view(self, name: str = "positions", *, normalize: str = "count", **filters: Any) -> nx.Graph:
        """One view by name: ``positions``, ``agreement``, ``conflict`` or ``full``."""
        from kg.network.projections import build_view

        return build_view(self.data(full=name == "full"), name, make_filters(**filters), normalize)

    def positions(self, **filters: Any) -> nx.MultiDiGraph:
        """Two-mode signed network actor -> position/proposal, one edge per stance."""
        return self.view("positions", **filters)

    two_mode = positions

    def agreement(self, normalize: str = "count", **filters: Any) -> nx.Graph:
        """Actor congruence network: same value toward the same target."""
        return self.view("agreement", normalize=normalize, **filters)

    congruence = agreement

    def conflict(self, normalize: str = "count", **filters: Any) -> nx.Graph:
        """Actor conflict network: support/conditional against oppose on the same target."""
        return self.view("conflict", normalize=normalize, **filters)

    def full(self, **filters: Any) -> nx.MultiDiGraph:
        """Actors, positions, proposals, issues, events and articles with all their links."""
        return self.view("full", **filters)

    def analyze(self, view: str = "positions", *, normalize: str = "count", top: int = 10,
                **filters: Any) -> dict[str, Any]:
        """Centrality, coalitions, balance and sticking points (:func:`kg.network.analysis.analyze`)."""
        from kg.network.analysis import analyze

        return analyze(self.data(full=view == "full"), view, make_filters(**filters), normalize, top)

    def coalitions(self, normalize: str = "count", **filters: Any) -> pd.DataFrame:
        """Louvain coalitions of the agreement network, one row per member, largest first."""
        import pandas as pd

        from kg.network.analysis import coalitions

        g = self.agreement(normalize=normalize, **filters)
        found = coalitions(g)
        rows = [{"coalition": i + 1, "size": len(members), "actor": cell(URIRef(str(n))),
                 "label": g.nodes[n].get("label", str(n))}
                for i, members in enumerate(found["communities"]) for n in members]
        frame = pd.DataFrame(rows, columns=["coalition", "size", "actor", "label"])
        frame.attrs["modularity"] = found["modularity"]
        return frame

    def centrality(self, view: str = "positions", **filters: Any) -> pd.DataFrame:
        """Degree, weighted degree and betweenness per node, brokers first."""
        import pandas as pd

        from kg.network.analysis import centrality

        rows = centrality(self.view(view, **filters))
        for r in rows:
            r["id"] = cell(URIRef(str(r["id"])))
        return pd.DataFrame(rows, columns=["id", "label", "kind", "degree", "weighted_degree",
                                           "betweenness"])

    def sticking_points(self, **filters: Any) -> pd.DataFrame:
        """Contested targets, most polarised first (one row per target)."""
        import pandas as pd

        from kg.network.analysis import sticking_points

        f = make_filters(**filters)
        rows = sticking_points(s for s in self.data(full=False).stances if f.keep_stance(s))
        for r in rows:
            r["id"] = cell(URIRef(r["id"]))
            for value in ("support", "oppose", "conditional", "mixed"):
                r[value] = ", ".join(r[value])
        return pd.DataFrame(rows, columns=["id", "label", "kind", "polarisation", "holders",
                                           "support", "oppose", "conditional", "mixed"])


def open(path: str | Path | None = None, *, endpoint: str | None = None,  # noqa: A001
         memory: bool = False) -> KG:
    """Open the graph: the embedded store at ``path`` (default ``$KG_STORE`` or
    ``~/.local/share/kg/store``), an empty in-memory one, or a SPARQL endpoint.

    >>> open(memory=True)
    <kg.KG memory: 0 triples>
    """
    from kg.store import default_store_path, open_store

    where = endpoint or ("memory" if memory else str(path or default_store_path()))
    return KG(open_store(path, endpoint=endpoint, memory=memory), where=where)
