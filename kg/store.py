"""Where the graph lives: the embedded Oxigraph store (default), an in-memory one,
or a plain rdflib dataset (the baseline the benchmarks compare against).

Every store answers SPARQL over the union of its named graphs and replaces whole
named graphs in one all-or-nothing step.

The embedded store on disk keeps *generations*: a write copies the current
generation (a RocksDB checkpoint, made of hard links, so it is cheap), changes
the copy and then publishes it by atomically renaming a pointer file. A write
that fails leaves the published generation untouched, and readers that opened
it keep reading it while a build runs.

Every write records the version of kg's derived statements in the store's metadata graph
(:mod:`kg.data_version`); a store on disk of another version is refused by every read and
write until ``kg upgrade`` (:meth:`OxigraphStore.upgrade`, :mod:`kg.migrate`).

>>> from rdflib import Graph, URIRef, Literal
>>> store = open_store(memory=True)
>>> g = Graph(identifier=URIRef("https://example.org/g"))
>>> _ = g.add((URIRef("https://example.org/a"), URIRef("https://example.org/p"), Literal("x")))
>>> store.replace_graphs({g.identifier: g})
>>> store.query("SELECT ?o WHERE { ?s ?p ?o }").rows[0]["o"]
rdflib.term.Literal('x')
"""

from __future__ import annotations

import contextlib
import enum
import fcntl
import gc
import os
import shutil
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import pyoxigraph as ox
from pyparsing import ParseException
from rdflib import BNode, Dataset, Graph, URIRef
from rdflib.term import Node, Variable

from kg import data_version, query_keep
from kg.errors import StoreError
from kg.namespace import PREFIXES, bind_prefixes
from kg.oxterms import from_ox, solutions, to_ox
from kg.store_load import load_graphs

STORE_ENV = "KG_STORE"
KEEP_GENERATIONS = 3
# a write of at least this many statements compacts the generation before publishing it, and so
# does any write once the generation has more than COMPACT_FILES table files (see OxigraphStore._write)
COMPACT_FROM = 50_000
COMPACT_FILES = 80


class Format(enum.Enum):
    """RDF serialisation formats for export."""

    TURTLE = "turtle"
    TRIG = "trig"
    NQUADS = "nquads"
    NTRIPLES = "ntriples"
    JSONLD = "jsonld"


def default_store_path() -> Path:
    """``$KG_STORE``, else ``$XDG_DATA_HOME/kg/store`` (``~/.local/share/kg/store``)."""
    if os.environ.get(STORE_ENV):
        return Path(os.environ[STORE_ENV])
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "kg" / "store"


@dataclass
class QueryResult:
    """A SELECT result (``vars`` and ``rows``), an ASK answer or a CONSTRUCT graph."""

    vars: list[str] = field(default_factory=list)
    rows: list[dict[str, Node | None]] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None


class Store(Protocol):
    """What kg needs of a store."""

    def query(self, sparql: str, *, bindings: Mapping[str, Node] | None = None) -> QueryResult: ...

    def replace_graphs(self, graphs: Mapping[URIRef, Graph | None]) -> None: ...

    def graph_names(self) -> list[URIRef]: ...

    def __len__(self) -> int: ...

    def export(self, fmt: Format) -> bytes: ...


def _ox_result(result: Any) -> QueryResult:
    if isinstance(result, ox.QueryBoolean):
        return QueryResult(boolean=bool(result))
    if isinstance(result, ox.QueryTriples):
        graph = bind_prefixes(Graph())
        for t in result:
            graph.add((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)))
        return QueryResult(graph=graph)
    names, rows = solutions(result)
    return QueryResult(vars=names, rows=rows)


# --- the embedded Oxigraph store -------------------------------------------------------

class OxigraphStore:
    """Oxigraph, in memory (``path=None``) or on disk with atomic generations."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self._store: Any = None
        self._generation: str | None = None
        self._version: int | None = None  # of the generation open (None: no data)
        self._pinned = False  # inside pinned(): keep reading the generation open
        if path is None:
            self._store = ox.Store()

    # generations on disk
    def _current(self) -> str | None:
        assert self.path is not None
        try:
            name = (self.path / "CURRENT").read_text().strip()
        except FileNotFoundError:
            return None
        return name if (self.path / name).is_dir() else None

    def _open(self) -> Any:
        """The current generation, opened (and its data version read) once per generation."""
        if self.path is None or (self._pinned and self._generation is not None):
            return self._store
        current = self._current()
        if current is None:
            self._store, self._generation, self._version = ox.Store(), None, None  # nothing built yet
        elif current != self._generation:
            try:
                self._store = ox.Store.read_only(str(self.path / current))
                self._version = data_version.read_embedded(self._store, str(self.path))
            except OSError as exc:
                raise StoreError(f"cannot open the store at {self.path}: {exc}") from None
            self._generation = current
        return self._store

    @contextlib.contextmanager
    def pinned(self) -> Iterator[None]:
        """Read one generation throughout: a generation published meanwhile is opened only
        after the block (several queries that make one answer see the same data)."""
        outer, self._pinned = self._pinned, True
        try:
            yield
        finally:
            self._pinned = outer

    def _reader(self) -> Any:
        """The current generation, refused (:class:`kg.data_version.OutdatedStoreError`) when
        its derived statements are of another data version than this kg's."""
        store = self._open()
        data_version.check(str(self.path), self._version)
        return store

    def check_version(self) -> None:
        """Refuse (:class:`kg.data_version.OutdatedStoreError`) a store of another data version."""
        self._reader()

    def data_version(self) -> int | None:
        """The data version of the contents (:mod:`kg.data_version`): None without data, 0 for
        data written before kg recorded versions."""
        self._open()
        return self._version

    def cache_dir(self) -> Path | None:
        """A folder for results derived from the generation being read (``kg.query_cache``),
        or None for an in-memory or empty store. Generations never change once published."""
        self._reader()
        if self.path is None or self._generation is None:
            return None
        return self.path / "cache" / self._generation

    def query(self, sparql: str, *, bindings: Mapping[str, Node] | None = None) -> QueryResult:
        subs = {ox.Variable(k): to_ox(v) for k, v in (bindings or {}).items()}
        try:
            result = self._reader().query(sparql, substitutions=subs or None)
            return _ox_result(result)
        except SyntaxError as exc:
            raise StoreError(f"SPARQL syntax error: {exc}") from None
        except RuntimeError as exc:
            if "in its SELECT projection" in str(exc):
                names = ", ".join(sorted(subs and (v.value for v in subs)))
                raise StoreError(f"a parameter must name a variable the query selects (bound: {names}): "
                                 f"{exc}") from None
            raise StoreError(f"query failed: {exc}") from None
        except OSError as exc:
            raise StoreError(f"query failed: {exc}") from None

    def objects(self, pairs: Iterable[tuple[Node, URIRef]]) -> dict[tuple[Node, URIRef], list[Node]]:
        """The values of each (subject, predicate) pair in the default graph (the merge), in the
        store's order; pairs without any are left out, literal subjects are skipped.

        IRI subjects are looked up by one query with the pairs in a ``VALUES`` block, written
        with N-Triples escaping (:func:`kg.remote.nt_term`, which refuses anything that is not
        one IRI): a thousand lookups cost a few milliseconds this way, against 60 µs each
        through ``quads_for_pattern`` and Python terms."""
        from kg.remote import nt_term  # kg.remote builds on this module

        pairs = set(pairs)
        found: dict[tuple[Node, URIRef], list[Node]] = {}
        iris = sorted((s, p) for s, p in pairs if isinstance(s, URIRef))
        if iris:
            block = " ".join(f"({nt_term(s)} {nt_term(p)})" for s, p in iris)
            answer = self.query(f"SELECT ?s ?p ?o WHERE {{ VALUES (?s ?p) {{ {block} }} ?s ?p ?o }}")
            for row in answer.rows:
                found.setdefault((row["s"], row["p"]), []).append(row["o"])  # type: ignore[arg-type]
        reader, default = self._reader(), ox.DefaultGraph()
        try:
            for subject, predicate in pairs:
                if isinstance(subject, BNode):
                    values = [from_ox(q.object) for q in reader.quads_for_pattern(
                        to_ox(subject), ox.NamedNode(str(predicate)), None, default)]
                    if values:
                        found[(subject, predicate)] = values  # type: ignore[assignment]
        except OSError as exc:
            raise StoreError(f"cannot read the store: {exc}") from None
        return found

    def graph_names(self) -> list[URIRef]:
        """The named graphs holding data (the store's metadata graph left out)."""
        return sorted(URIRef(g.value) for g in self._reader().named_graphs()
                      if isinstance(g, ox.NamedNode) and g.value != data_version.METADATA_GRAPH)

    def __len__(self) -> int:
        """The number of quads in the named graphs (the merged default graph and the store's
        metadata graph not counted)."""
        store = self._reader()
        result = store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        meta = store.quads_for_pattern(None, None, None, ox.NamedNode(data_version.METADATA_GRAPH))
        return int(next(iter(result))["n"].value) - sum(1 for _ in meta)

    def replace_graphs(self, graphs: Mapping[URIRef, Graph | Sequence[str] | None]) -> None:
        """Drop each named graph and load its new content, all or nothing. A graph may
        also be given as N-Triples statements (see :func:`kg.store_load.load_graphs`)."""
        size = sum(len(g) for g in graphs.values() if g is not None)
        self._write(lambda store: load_graphs(store, graphs, bulk=self.path is not None),
                    compact=size >= COMPACT_FROM)

    def update(self, sparql_update: str) -> None:
        """Run a SPARQL Update on the named graphs, all or nothing, then recompute the merged
        default graph (so triples an update writes to the default graph itself are dropped)."""
        def run(store: Any) -> None:
            try:
                store.update(sparql_update)
            except SyntaxError as exc:
                raise StoreError(f"SPARQL syntax error: {exc}") from None
            except (OSError, RuntimeError) as exc:
                raise StoreError(f"update failed: {exc}") from None
            store.remove_graph(ox.DefaultGraph())
            meta = ox.NamedNode(data_version.METADATA_GRAPH)
            merged = [ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph())
                      for q in store.quads_for_pattern(None, None, None, None) if q.graph_name != meta]
            store.extend(merged)
        self._write(run)

    def upgrade(self, recompute: Callable[[Any], None], graphs: Mapping[URIRef, Graph]) -> None:
        """Publish the store with ``graphs`` replaced (the ontology), its derived statements
        recomputed by ``recompute`` (given the new generation, writable; :mod:`kg.migrate`)
        and this kg's data version recorded, all or nothing."""
        def apply(store: Any) -> None:
            load_graphs(store, graphs)
            recompute(store)
        self._write(apply, upgrading=True)

    def _write(self, apply: Callable[[Any], None], *, compact: bool = False,
               upgrading: bool = False) -> None:
        """Apply a change to a copy of the current generation and publish it.

        The generation is compacted (RocksDB's full compaction, ``Store.optimize``) before
        it is published when ``compact`` (a large write) or when it has more than
        :data:`COMPACT_FILES` table files (many small writes). Bulk loads add table files
        that overlap the ones already there, and every index lookup of a query seeks in each
        of them: at 1M triples a fresh build answers scoped queries about 1.5x faster once
        compacted (about 2 s CPU once per build). A small write into a large generation is
        not compacted at once: that rewrites the whole generation (about 6 s at 1M).

        The current generation's data version is checked under the write lock (another kg's
        store is refused unless ``upgrading``) and this kg's is recorded in the new one."""
        if self.path is None:
            apply(self._store)
            return
        self.path.mkdir(parents=True, exist_ok=True)
        with _write_lock(self.path):
            current = self._current()
            number = 1 + max((int(p.name[4:]) for p in self.path.glob("gen-*")
                              if p.name[4:].isdigit()), default=0)
            new = self.path / f"gen-{number:06d}"
            writer = None
            try:
                if current is not None:
                    source = ox.Store.read_only(str(self.path / current))
                    if not upgrading:
                        data_version.check(str(self.path), data_version.read_embedded(source, str(self.path)))
                    source.backup(str(new))
                    source = None
                writer = ox.Store(str(new))
                apply(writer)
                data_version.mark_embedded(writer)
                writer.flush()
                if compact or sum(1 for _ in new.glob("*.sst")) > COMPACT_FILES:
                    writer.optimize()
                writer = None  # closes the database before it is published
                shutil.rmtree(self.path / "cache" / new.name, ignore_errors=True)  # a stale one
                pointer = self.path / "CURRENT.tmp"
                pointer.write_text(new.name + "\n")
                os.replace(pointer, self.path / "CURRENT")
            except BaseException:
                writer = None  # close it first, or RocksDB writes into the folder again
                gc.collect()
                shutil.rmtree(new, ignore_errors=True)
                raise
            self._prune(keep={new.name, current})
        query_keep.after_write(self, large=compact, previous=current)

    def _prune(self, keep: set[str | None]) -> None:
        assert self.path is not None
        generations = sorted(p for p in self.path.glob("gen-*") if p.is_dir())
        for old in generations[:-KEEP_GENERATIONS]:
            if old.name not in keep:
                shutil.rmtree(old, ignore_errors=True)
                shutil.rmtree(self.path / "cache" / old.name, ignore_errors=True)

    def export(self, fmt: Format) -> bytes:
        store = self._reader()
        prefixes = dict(PREFIXES)
        meta = ox.NamedNode(data_version.METADATA_GRAPH)
        named = (q for q in store.quads_for_pattern(None, None, None, None)
                 if not isinstance(q.graph_name, ox.DefaultGraph) and q.graph_name != meta)
        if fmt is Format.NQUADS:
            return ox.serialize(named, format=ox.RdfFormat.N_QUADS)
        if fmt is Format.TRIG:
            return ox.serialize(named, format=ox.RdfFormat.TRIG, prefixes=prefixes)
        graph = bind_prefixes(Graph())
        for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph()):
            graph.add((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)))
        rdflib_format = {Format.TURTLE: "turtle", Format.NTRIPLES: "nt", Format.JSONLD: "json-ld"}[fmt]
        return graph.serialize(format=rdflib_format, encoding="utf-8")


@contextlib.contextmanager
def _write_lock(path: Path) -> Iterator[None]:
    with open(path / ".lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


# --- plain rdflib (the baseline) ---------------------------------------------------------

class RdflibStore:
    """A plain rdflib in-memory dataset; slow at scale, kept as the benchmark baseline."""

    def __init__(self) -> None:
        self.dataset = Dataset(default_union=True)

    def query(self, sparql: str, *, bindings: Mapping[str, Node] | None = None) -> QueryResult:
        init = {Variable(k): v for k, v in (bindings or {}).items()}
        try:
            result = self.dataset.query(sparql, initBindings=init)
        except ParseException as exc:
            raise StoreError(f"SPARQL syntax error: {exc}") from None
        if result.type == "ASK":
            return QueryResult(boolean=bool(result.askAnswer))
        if result.type in ("CONSTRUCT", "DESCRIBE"):
            return QueryResult(graph=result.graph)
        names = [str(v) for v in result.vars]
        return QueryResult(vars=names, rows=[{n: row[n] for n in names} for row in result])

    def replace_graphs(self, graphs: Mapping[URIRef, Graph | None]) -> None:
        for name, graph in graphs.items():
            self.dataset.remove_graph(name)
            if graph is not None:
                target = self.dataset.graph(name)
                for triple in graph:
                    target.add(triple)

    def graph_names(self) -> list[URIRef]:
        return sorted(g.identifier for g in self.dataset.graphs()
                      if isinstance(g.identifier, URIRef) and len(g))

    def __len__(self) -> int:
        return sum(len(g) for g in self.dataset.graphs())

    def export(self, fmt: Format) -> bytes:
        fmts = {Format.NQUADS: "nquads", Format.TRIG: "trig", Format.TURTLE: "turtle",
                Format.NTRIPLES: "nt", Format.JSONLD: "json-ld"}
        return self.dataset.serialize(format=fmts[fmt], encoding="utf-8")


def open_store(path: str | Path | None = None, *, endpoint: str | None = None,
               memory: bool = False) -> Store:
    """Open a store: a remote SPARQL endpoint, an in-memory one, or the embedded store at
    ``path`` (default :func:`default_store_path`)."""
    if endpoint:
        from kg.remote import RemoteStore

        return RemoteStore(endpoint)
    if memory:
        return OxigraphStore(None)
    target = Path(path) if path else default_store_path()
    if target.exists() and not target.is_dir():
        raise StoreError(f"{target} is not a store directory")
    return OxigraphStore(target)
