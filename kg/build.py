"""Build: check coding sheets, compile them, validate the result, write it to a store.

A build is all or nothing: every sheet is loaded, checked, compiled and
validated before the store is touched, and the store then replaces every
affected named graph in one transaction.

>>> import tempfile, pathlib
>>> from kg.store import open_store
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a.yaml").write_text('''
... format: kg-annotation/1
... article: {id: a1, title: T, publisher: P, url: "https://example.org/a1", date: 2025-01-02}
... actors: [{id: x, type: state, label: X}]
... ''')
>>> report = build([d], store=open_store(memory=True))
>>> report.articles
['a1']
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import SKOS
from rdflib.term import Node

from kg import iri
from kg.annotations import Annotation, iter_annotation_files, load_annotation
from kg.compile import Registry, compile_annotation
from kg.errors import AnnotationError, ValidationError
from kg.shapes import Origin, check, ontology_graph
from kg.store import Store

_SECTION_IRI = {
    "actors": lambda aid, i: iri.actor_iri(i), "positions": lambda aid, i: iri.position_iri(i),
    "proposals": lambda aid, i: iri.proposal_iri(i), "events": lambda aid, i: iri.event_iri(i),
    "stances": iri.stance_iri,
}


@dataclass
class BuildReport:
    """What a build did."""

    articles: list[str] = field(default_factory=list)
    machine_skipped: list[str] = field(default_factory=list)
    triples: int = 0
    store_triples: int = 0


def issue_codes() -> frozenset[str]:
    """The ``skos:notation`` of every concept in the issue scheme."""
    return frozenset(str(n) for n in ontology_graph().objects(None, SKOS.notation)
                     if str(n).islower())


def load_all(paths: Sequence[str | Path]) -> list[Annotation]:
    """Load and check every coding sheet named or found below ``paths``."""
    files = list(iter_annotation_files([Path(p) for p in paths]))
    for f in files:
        if not f.exists():
            raise AnnotationError(f, "no such file or directory")
    if not files:
        raise AnnotationError(", ".join(map(str, paths)), "no annotation files (*.yaml) found")
    anns = [load_annotation(f) for f in files]
    seen: dict[tuple[str, str], Path] = {}
    for ann in anns:
        key = (ann.article_id, ann.status)
        if key in seen:
            raise ann.error(f"article id '{ann.article_id}' is also coded ({ann.status}) in "
                            f"{seen[key]}", "article", "id")
        seen[key] = ann.path
    return anns


def origins_of(ann: Annotation) -> dict[Node, Origin]:
    """The IRI of every coded item, with the file and line it comes from."""
    out: dict[Node, Origin] = {
        iri.article_iri(ann.article_id): Origin(str(ann.path), ann.line_of("article"),
                                                f"article '{ann.article_id}'")}
    for section, mint in _SECTION_IRI.items():
        for i, item in enumerate(ann.items(section)):
            node = mint(ann.article_id, item["id"])
            out[node] = Origin(str(ann.path), ann.line_of(section, i), f"{section[:-1]} '{item['id']}'")
    return out


def compile_all(anns: Sequence[Annotation], *, existing: Sequence[URIRef] = ()) -> tuple[
        dict[URIRef, Graph | None], dict[Node, Origin], list[str]]:
    """Compile sheets into named graphs.

    A curated sheet takes precedence over a machine draft of the same article: the
    draft is skipped (and its graph dropped) when a curated coding is in this build
    or already in the store (``existing`` graph names). Returns the graphs to write
    (``None`` = drop), where each item comes from, and the skipped drafts.
    """
    registry = Registry(issues=issue_codes())
    curated = {a.article_id for a in anns if a.status == "curated"}
    for name in existing:
        parsed = iri.parse_graph_iri(str(name))
        if parsed and not parsed[1]:
            curated.add(parsed[0])
    active = [a for a in anns if a.status == "curated" or a.article_id not in curated]
    skipped = sorted(a.article_id for a in anns if a not in active)
    for ann in active:
        registry.add(ann)
    graphs: dict[URIRef, Graph | None] = {}
    origins: dict[Node, Origin] = {}
    for ann in active:
        g = compile_annotation(ann, registry)
        graphs[g.identifier] = g
        origins.update(origins_of(ann))
        if ann.status == "curated":
            graphs.setdefault(iri.graph_iri(ann.article_id, machine=True), None)
    return graphs, origins, skipped


def validate(paths: Sequence[str | Path], *, shacl: bool = True) -> list[Annotation]:
    """Check format, references and (optionally) SHACL shapes without writing anything."""
    anns = load_all(paths)
    graphs, origins, _ = compile_all(anns)
    if shacl:
        problems = check([g for g in graphs.values() if g is not None], origins)
        if problems:
            raise ValidationError(problems)
    return anns


def build(paths: Sequence[str | Path], *, store: Store, shacl: bool = True) -> BuildReport:
    """Validate the sheets, then replace their articles' named graphs in ``store`` at once."""
    anns = load_all(paths)
    graphs, origins, skipped = compile_all(anns, existing=store.graph_names())
    live = [g for g in graphs.values() if g is not None]
    if shacl:
        problems = check(live, origins)
        if problems:
            raise ValidationError(problems)
    ontology = Graph(identifier=iri.ONTOLOGY_GRAPH)
    for triple in ontology_graph():
        ontology.add(triple)
    graphs[iri.ONTOLOGY_GRAPH] = ontology
    store.replace_graphs(graphs)
    return BuildReport(
        articles=sorted({a.article_id for a in anns} - set(skipped)),
        machine_skipped=skipped,
        triples=sum(len(g) for g in live),
        store_triples=len(store),
    )
