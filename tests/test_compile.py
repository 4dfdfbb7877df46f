"""kg.compile: the fast path (N-Triples statements) makes exactly the reference graph.

The reference is the same compiler writing rdflib nodes into an rdflib graph (what every
build stored before the fast path); the fast path writes N-Triples text that Oxigraph
loads itself. Both run on real sheets: the seed coding, every corpus sheet, the mini
fixture, and a sheet with awkward text.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib.compare import isomorphic

from kg import iri
from kg.annotations import Annotation, load_annotation
from kg.build import build, issue_codes
from kg.compile import Registry, compile_annotation, compile_statements
from kg.errors import AnnotationError
from kg.namespace import NEG, OA
from kg.shapes import ontology_graph
from kg.store import Format, open_store, to_ox
from tests.conftest import MINI, ROOT, SEED_ANNOTATION
from tests.sheets import copy_sheet, edit, line_of

CORPUS = sorted((ROOT / "data" / "corpus").glob("*/*.yaml"))
POSITION_WITHDRAWAL = iri.position_iri("sylvanian-withdrawal-from-valley")


def _registry(anns: list[Annotation]) -> Registry:
    registry = Registry(issues=issue_codes())
    for ann in anns:
        registry.add(ann)
    return registry


def _statements(graph: Graph) -> set[str]:
    """The reference graph's triples written the way Oxigraph writes N-Triples."""
    return {f"{to_ox(s)} {to_ox(p)} {to_ox(o)}" for s, p, o in graph}


def _same_output(path: Path) -> None:
    ann = load_annotation(path)
    registry = _registry([ann])
    reference = compile_annotation(ann, registry)
    fast = compile_statements(ann, registry)
    assert fast.name == reference.identifier
    assert len(fast) == len(reference) > 0
    assert set(fast.statements) == _statements(reference)
    assert isomorphic(fast.graph(), reference)


def test_corpus_is_there():
    assert len(CORPUS) >= 10


@pytest.mark.parametrize("path", [SEED_ANNOTATION, MINI / "mini-talks.yaml", *CORPUS],
                         ids=lambda p: p.stem)
def test_fast_path_makes_the_reference_graph(path):
    _same_output(path)


def test_awkward_text_and_normalised_literals(mini_dir):
    """Quotes, backslashes, line breaks, control and non-ASCII characters in text, and
    literals rdflib normalises (an xsd:duration of 90 minutes is PT1H30M)."""
    (mini_dir / "mini-talks.txt").unlink()
    sheet = copy_sheet(
        mini_dir / "mini-talks.yaml", mini_dir / "odd.yaml",
        ("  text_file: mini-talks.txt\n", ""),
        ("    label: Sylvania\n",
         '    label: "Syl\\"va\\\\nia \\u00e9\\u2028 \\t tab\\r\\n line \\x01 \\x7f"\n'),
        ("  - id: 2025-05-04-geneva-round-three\n", "  - id: 2025-05-04-geneva-round-three\n    duration: PT90M\n"),
    )
    ann = load_annotation(sheet)
    assert "\x01" in ann.items("actors")[1]["label"]
    _same_output(sheet)
    assert any('"PT1H30M"^^' in s for s in compile_statements(ann, _registry([ann])).statements)


def test_store_holds_the_same_quads_as_the_reference_path(tmp_path):
    """A build (fast path) stores exactly what the reference graphs give through
    ``replace_graphs`` (named graphs and the merged default graph)."""
    sheets = [SEED_ANNOTATION, *CORPUS[:6]]
    fast = open_store(tmp_path / "fast")
    build(sheets, store=fast, shacl=False)
    anns = [load_annotation(p) for p in sheets]
    registry = _registry(anns)
    graphs: dict[URIRef, Graph | None] = {}
    for ann in anns:
        g = compile_annotation(ann, registry)
        graphs[g.identifier] = g
        graphs[iri.graph_iri(ann.article_id, machine=True)] = None
    ontology = Graph(identifier=iri.ONTOLOGY_GRAPH)
    for triple in ontology_graph():
        ontology.add(triple)
    graphs[iri.ONTOLOGY_GRAPH] = ontology
    reference = open_store(tmp_path / "reference")
    reference.replace_graphs(graphs)
    assert len(fast) == len(reference)
    assert _without_blank_nodes(fast) == _without_blank_nodes(reference)
    merged = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert fast.query(merged).rows == reference.query(merged).rows


def _without_blank_nodes(store) -> set[bytes]:
    """Every stored quad (the ontology's blank nodes get new labels on each load)."""
    lines = set(store.export(Format.NQUADS).splitlines())
    return {line for line in lines if b"_:" not in line}


def test_an_iri_oxigraph_cannot_store_is_an_error_with_a_line(mini_dir):
    sheet = copy_sheet(mini_dir / "mini-talks.yaml", mini_dir / "bad-url.yaml",
                       ("  url: https://example.org/mini-talks\n", "  url: https://example.org/a%zz\n"))
    ann = load_annotation(sheet)
    with pytest.raises(AnnotationError) as err:
        compile_statements(ann, _registry([ann]))
    line = line_of(sheet, "a%zz")
    assert str(err.value).startswith(f"{sheet}:{line}: field 'article.url': "
                                     "'https://example.org/a%zz' is not a valid IRI")


def test_rebuilds_keep_the_default_graph_equal_to_the_merge(mini_dir, tmp_path):
    """Statements replace graphs like rdflib graphs do: a rebuild leaves the merged default
    graph as it was (the ontology's blank nodes included), and a label changed in a sheet
    leaves the default graph with the new label only."""
    store = open_store(tmp_path / "store")
    copy_sheet(mini_dir / "mini-talks.yaml", mini_dir / "second.yaml",
               ("  id: mini-talks\n", "  id: mini-talks-again\n"))
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    build([mini_dir], store=store, shacl=False)
    first = (store.query(count).rows, len(store))
    build([mini_dir], store=store, shacl=False)
    assert (store.query(count).rows, len(store)) == first
    for sheet in ("mini-talks.yaml", "second.yaml"):
        edit(mini_dir / sheet, "    label: Sylvania\n", "    label: Republic of Sylvania\n")
    build([mini_dir], store=store, shacl=False)
    labels = {str(r["l"]) for r in store.query(
        f"SELECT ?l WHERE {{ <{iri.actor_iri('sylvania')}> <{RDFS.label}> ?l }}").rows}
    assert labels == {"Republic of Sylvania"}
    assert store.query(count).rows == first[0]


# --- direct statements derived from stances (neg:supports, neg:opposes, ...) -----------------

_DIRECT_CHECK = """
PREFIX neg: <https://w3id.org/kg-negotiation/ontology#>
SELECT ?holder ?direct ?target WHERE {
  VALUES (?direct ?value) { (neg:supports neg:support) (neg:opposes neg:oppose)
    (neg:supportsConditionally neg:conditional) (neg:hasMixedViewOn neg:mixed) (neg:isNeutralOn neg:neutral) }
  { ?holder ?direct ?target } UNION { ?stance neg:holder ?holder ; neg:target ?target ; neg:stanceValue ?value }
}"""


def _direct_and_implied(store) -> tuple[set, set]:
    """The direct triples in the store's default graph, and the ones its stances imply."""
    implied_q = _DIRECT_CHECK.replace("{ ?holder ?direct ?target } UNION ", "")
    direct_q = _DIRECT_CHECK.replace(" UNION { ?stance neg:holder ?holder ; neg:target ?target ; "
                                     "neg:stanceValue ?value }", "")
    return tuple({(r["holder"], r["direct"], r["target"]) for r in store.query(q).rows}
                 for q in (direct_q, implied_q))


def test_each_stance_adds_exactly_its_direct_statement():
    from kg.compile import DIRECT, VALUE

    ann = load_annotation(SEED_ANNOTATION)
    graph = compile_annotation(ann, _registry([ann]))
    stances = [(s, graph.value(s, NEG.holder), graph.value(s, NEG.stanceValue), graph.value(s, NEG.target))
               for s in graph.subjects(RDF.type, NEG.Stance)]
    assert len(stances) >= 5
    by_value = {VALUE[v]: DIRECT[v] for v in VALUE}
    implied = {(h, by_value[v], t) for _, h, v, t in stances}
    direct = {(s, p, o) for p in DIRECT.values() for s, o in graph.subject_objects(p)}
    assert direct == implied
    assert len({by_value[v] for _, _, v, _ in stances}) >= 2  # the seed has several values


def test_direct_statements_follow_rebuilds_and_a_curated_sheet_replacing_a_draft(mini_dir, store_path):
    draft = copy_sheet(mini_dir / "mini-talks.yaml", mini_dir / "draft.yaml",
                       ("  status: curated\n", "  status: machine\n"),
                       ("    value: oppose\n", "    value: support\n"))
    curated = mini_dir / "mini-talks.yaml"
    parked = curated.rename(mini_dir / "mini-talks.curated")
    store = open_store(store_path)
    build([draft], store=store, shacl=False)
    direct, implied = _direct_and_implied(store)
    assert direct == implied and (iri.actor_iri("sylvania"), NEG.supports, POSITION_WITHDRAWAL) in direct
    parked.rename(curated)
    build([curated], store=store, shacl=False)  # the curated sheet replaces the machine draft
    direct, implied = _direct_and_implied(store)
    assert direct == implied
    assert (iri.actor_iri("sylvania"), NEG.opposes, POSITION_WITHDRAWAL) in direct
    assert (iri.actor_iri("sylvania"), NEG.supports, POSITION_WITHDRAWAL) not in direct
    edit(curated, "    value: oppose\n", "    value: neutral\n")
    build([curated], store=store, shacl=False)
    direct, implied = _direct_and_implied(store)
    assert direct == implied and (iri.actor_iri("sylvania"), NEG.isNeutralOn, POSITION_WITHDRAWAL) in direct
    assert not {t for t in direct if t[1] == NEG.opposes}


def test_direct_statements_are_declared_in_the_ontology():
    from kg.compile import DIRECT

    onto = ontology_graph()
    for prop in DIRECT.values():
        assert (prop, RDF.type, OWL.ObjectProperty) in onto
        assert "Derived" in str(onto.value(prop, RDFS.comment))


# --- the evidence text derived on each stance (neg:evidenceText) ---------------------------

_TEXTS = """PREFIX neg: <https://w3id.org/kg-negotiation/ontology#>
PREFIX oa: <http://www.w3.org/ns/oa#>
SELECT ?stance ?text WHERE { PATTERN }"""
_DERIVED = "?stance neg:evidenceText ?text"
_ANNOTATED = ("?stance a neg:Stance ; neg:hasEvidence ?span . ?span oa:hasTarget ?selection . "
              "?selection oa:hasSelector ?quote . ?quote oa:exact ?text")


def _texts(store) -> tuple[set, set]:
    """(stance, text) pairs in the store's default graph: derived, and implied by the annotations."""
    return tuple({(r["stance"], r["text"]) for r in store.query(_TEXTS.replace("PATTERN", p)).rows}
                 for p in (_DERIVED, _ANNOTATED))


def test_each_stance_carries_exactly_the_text_of_its_evidence_spans(mini_dir):
    for path in (SEED_ANNOTATION, mini_dir / "mini-talks.yaml"):
        ann = load_annotation(path)
        graph = compile_annotation(ann, _registry([ann]))
        stances = set(graph.subjects(RDF.type, NEG.Stance))
        implied = set()
        for s in stances:
            for ev in graph.objects(s, NEG.hasEvidence):
                for selector in graph.objects(graph.value(ev, OA.hasTarget), OA.hasSelector):
                    if (exact := graph.value(selector, OA.exact)) is not None:
                        implied.add((s, exact))
        derived = set(graph.subject_objects(NEG.evidenceText))
        assert derived == implied and len(derived) >= len(stances), path.name
        assert {s for s, _ in derived} == stances  # stances only: events and relations carry none
        assert len(set(compile_statements(ann, _registry([ann])).statements)) == len(graph)


def test_evidence_texts_follow_rebuilds_and_a_curated_sheet_replacing_a_draft(mini_dir, store_path):
    dropped = '      - {start: 277, end: 306, text: "Sylvania rejected the demand."}\n'
    draft = copy_sheet(mini_dir / "mini-talks.yaml", mini_dir / "draft.yaml",
                       ("  status: curated\n", "  status: machine\n"), (dropped, ""))
    curated = mini_dir / "mini-talks.yaml"
    parked = curated.rename(mini_dir / "mini-talks.curated")
    store = open_store(store_path)
    build([draft], store=store, shacl=False)
    derived, implied = _texts(store)
    texts = {str(t) for _, t in derived}
    assert derived == implied and "Sylvania rejected the demand." not in texts and len(derived) == 2
    parked.rename(curated)
    build([curated], store=store, shacl=False)  # the curated sheet replaces the machine draft
    derived, implied = _texts(store)
    assert derived == implied and len(derived) == 3
    assert "Sylvania rejected the demand." in {str(t) for _, t in derived}
    edit(curated, dropped, "")
    build([curated], store=store, shacl=False)
    derived, implied = _texts(store)
    assert derived == implied and "Sylvania rejected the demand." not in {str(t) for _, t in derived}


def test_evidence_text_is_declared_in_the_ontology_as_derived():
    onto = ontology_graph()
    assert (NEG.evidenceText, RDF.type, OWL.DatatypeProperty) in onto
    assert (NEG.evidenceText, RDFS.domain, NEG.Stance) in onto
    assert "Derived" in str(onto.value(NEG.evidenceText, RDFS.comment))
