"""Loading named graphs into an Oxigraph store while keeping its default graph equal to
the RDF merge of the named graphs (see :mod:`kg.store`: Oxigraph 0.5's own union default
graph is a bag).

>>> import pyoxigraph as ox
>>> from rdflib import Graph, Literal, URIRef
>>> g = Graph(identifier=URIRef("https://example.org/g"))
>>> _ = g.add((URIRef("https://example.org/a"), URIRef("https://example.org/p"), Literal("x")))
>>> store = ox.Store()
>>> load_graphs(store, {g.identifier: g})
>>> len(store)  # the named graph and the merge
2
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable, Iterator, Mapping, Sequence
from typing import Any

import pyoxigraph as ox
from rdflib import Graph, URIRef

from kg.errors import StoreError
from kg.oxterms import to_ox


def _quads(graphs: Mapping[URIRef, Graph | None]) -> Iterator[Any]:
    """The quads of rdflib graphs, as Oxigraph quads in their named graphs."""
    for name, graph in graphs.items():
        if graph is None:
            continue
        g = ox.NamedNode(str(name))
        for s, p, o in graph:
            yield ox.Quad(to_ox(s), to_ox(p), to_ox(o), g)


def _replace(store: Any, names: Iterable[URIRef], load: Callable[[], None],
             written: Callable[[], Container[str]]) -> None:
    """Drop the named graphs ``names``, ``load`` their new content (named graphs and the
    merge), then drop from the default graph each dropped triple that no named graph holds
    any more. ``written()``: the triples just loaded, in N-Triples, which are kept anyway
    (asked for only when graphs with content were dropped)."""
    default = ox.DefaultGraph()
    try:
        dropped: set[str] = set()
        for name in names:
            g = ox.NamedNode(str(name))
            dropped.update(str(ox.Triple(q.subject, q.predicate, q.object))
                           for q in store.quads_for_pattern(None, None, None, g))
            store.remove_graph(g)
        load()
        kept = written() if dropped else ()
        gone = "".join(f"{t} .\n" for t in dropped if t not in kept)
        for t in ox.parse(gone, format=ox.RdfFormat.N_TRIPLES):  # still merged if a graph has it
            where = store.quads_for_pattern(t.subject, t.predicate, t.object)
            if all(isinstance(q.graph_name, ox.DefaultGraph) for q in where):
                store.remove(ox.Quad(t.subject, t.predicate, t.object, default))
    except OSError as exc:
        raise StoreError(f"cannot write the store: {exc}") from None


def load_graphs(store: Any, graphs: Mapping[URIRef, Graph | Sequence[str] | None], *,
                bulk: bool = False) -> None:
    """Replace the named graphs and keep the default graph equal to their RDF merge.

    Oxigraph 0.5's union default graph is a bag: a triple coded in k articles
    matches k times, and joins over shared actors multiply (oxigraph#1919). So
    the merge (a set) is kept in the default graph, which queries read.

    A graph is an rdflib graph, or N-Triples statements (``<s> <p> o`` without the
    final dot, as :mod:`kg.compile` makes them and without blank nodes), which
    Oxigraph parses itself: no Python term per triple. Statements go to the bulk
    loader leniently (IRIs not checked again: kg.compile mints IRIs from validated
    ids and checks the one IRI a sheet gives, the article URL).

    ``bulk`` uses Oxigraph's bulk loader (about three times faster, not transactional);
    it is only safe on a generation that is not published yet.
    """
    default = ox.DefaultGraph()
    rdf = {name: g for name, g in graphs.items() if isinstance(g, Graph)}
    texts = [(name, sts) for name, sts in graphs.items() if sts and not isinstance(sts, Graph)]
    quads = list(_quads(rdf))  # terms of their own: blank nodes keep their labels
    triples = {ox.Triple(q.subject, q.predicate, q.object) for q in quads}
    named = "".join(f" <{name}> .\n".join(sts) + f" <{name}> .\n" for name, sts in texts)
    # each statement once: 22 % of a synthetic corpus's statements repeat others (an actor's
    # label in every article naming it), and the loader would encode and sort them again
    merged = "".join(f"{st} .\n" for st in dict.fromkeys(st for _, sts in texts for st in sts))

    def load() -> None:
        (store.bulk_extend if bulk else store.extend)(
            quads + [ox.Quad(t.subject, t.predicate, t.object, default) for t in triples])
        try:
            for document, fmt in ((named, ox.RdfFormat.N_QUADS), (merged, ox.RdfFormat.N_TRIPLES)):
                if bulk:
                    store.bulk_load(document.encode("utf-8"), format=fmt, lenient=True, to_graph=default)
                else:
                    store.load(document.encode("utf-8"), format=fmt, to_graph=default)
        except SyntaxError as exc:
            raise StoreError(f"cannot store the compiled graphs: {exc}") from None

    def written() -> set[str]:
        return {str(t) for t in triples} | {st for _, sts in texts for st in sts}
    _replace(store, graphs, load, written)
