"""Tests of the ontology layer: negotiation.ttl, issues.ttl, shapes.ttl and the examples.

Everything runs for real with rdflib and pyshacl: the vocabulary is checked against
kg.namespace.NEG both ways, the issue scheme against the codes the coding sheets use,
and the shapes against a valid example, invalid example files and single-defect
mutations of the valid example.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SH, SKOS, Namespace

from kg.namespace import ISSUE, ISSUE_IRI, KGR, NEG, NEG_IRI, OA, PREFIXES, SCHEMA

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY_DIR = ROOT / "ontology"
EXAMPLES = ONTOLOGY_DIR / "examples"
VALID_EXAMPLE = EXAMPLES / "example-stance.ttl"
ONTOLOGY_IRI = URIRef("https://w3id.org/kg-negotiation/ontology")
NEGSH = Namespace("https://w3id.org/kg-negotiation/shapes#")
VANN = Namespace("http://purl.org/vocab/vann/")
# a plain Namespace: pytest probes module globals, and rdflib's XSD warns on unknown names
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
TIME_NS = Namespace("http://www.w3.org/2006/time#")

ARTICLE = KGR["article/example-daily-2026-01-14-ceasefire"]
STANCE = KGR["article/example-daily-2026-01-14-ceasefire/stance/northland-conditional-ceasefire"]
EVIDENCE = KGR["article/example-daily-2026-01-14-ceasefire/evidence/9b41f7e0"]
POSITION_SELECTOR = URIRef(f"{EVIDENCE}#position")
QUOTE_SELECTOR = URIRef(f"{EVIDENCE}#quote")
NORTHLAND = KGR["actor/northland"]
SOUTHLAND = KGR["actor/southland"]
BERG = KGR["actor/anna-berg"]
PUBLISHER = KGR["actor/example-daily"]
CEASEFIRE_POSITION = KGR["position/ceasefire-along-line-of-contact"]
PRISONER_POSITION = KGR["position/all-for-all-prisoner-exchange"]
MEETING = KGR["event/2026-01-14-geneva-mediation"]

REQUIRED_ISSUES = {
    "territory", "ceasefire", "security_guarantees", "economic_cooperation", "sanctions",
    "peace_plan", "summit", "prisoners_humanitarian", "nuclear_program",
    "military_operations", "trade_tariffs", "governance_elections", "other",
}


# --------------------------------------------------------------------------- helpers


@cache
def _parsed(name: str) -> Graph:
    return Graph().parse(ONTOLOGY_DIR / name, format="turtle")


def ontology() -> Graph:
    """The vocabulary alone (negotiation.ttl)."""
    return _parsed("negotiation.ttl")


def issues() -> Graph:
    """The issue scheme alone (issues.ttl)."""
    return _parsed("issues.ttl")


def shapes() -> Graph:
    """The SHACL shapes graph."""
    return _parsed("shapes.ttl")


@cache
def ontology_and_issues() -> Graph:
    """What kg passes to pyshacl as ont_graph."""
    graph = Graph()
    for triple in ontology():
        graph.add(triple)
    for triple in issues():
        graph.add(triple)
    return graph


def load(path: Path) -> Graph:
    """A fresh copy of an example graph, safe to mutate."""
    return Graph().parse(path, format="turtle")


def violations(data: Graph, inference: str = "none") -> list[tuple[URIRef, URIRef, str]]:
    """(source shape, focus node, message) of every SHACL result for ``data``."""
    import pyshacl

    _conforms, report, _text = pyshacl.validate(
        data,
        shacl_graph=shapes(),
        ont_graph=ontology_and_issues(),
        inference=inference,
    )
    found = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        assert report.value(result, SH.resultSeverity) == SH.Violation
        found.append(
            (
                report.value(result, SH.sourceShape),
                report.value(result, SH.focusNode),
                str(report.value(result, SH.resultMessage)),
            )
        )
    return found


def shape_message(shape: URIRef) -> str:
    """The analyst-facing message a shape declares."""
    message = shapes().value(shape, SH.message)
    assert message is not None, f"{shape} has no sh:message"
    return str(message)


def defined_neg_terms(graph: Graph) -> set[URIRef]:
    """neg: IRIs that are the subject of an rdf:type triple in ``graph``."""
    return {s for s in graph.subjects(RDF.type, None) if str(s).startswith(NEG_IRI)}


def neg_names() -> set[str]:
    """The local names NEG (kg/namespace.py) declares."""
    return set(NEG.__annotations__)


# --------------------------------------------------------------------------- parsing, header


@pytest.mark.parametrize(
    "path", sorted(ONTOLOGY_DIR.glob("*.ttl")) + sorted(EXAMPLES.glob("*.ttl")), ids=str
)
def test_every_turtle_file_parses(path: Path) -> None:
    graph = Graph().parse(path, format="turtle")
    assert len(graph) > 10


def test_ontology_header() -> None:
    g = ontology()
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in g
    assert g.value(ONTOLOGY_IRI, OWL.versionInfo) == Literal("0.1.0")
    assert g.value(ONTOLOGY_IRI, OWL.versionIRI) == URIRef(f"{ONTOLOGY_IRI}/0.1.0")
    for prop in (DCTERMS.title, DCTERMS.description):
        value = g.value(ONTOLOGY_IRI, prop)
        assert isinstance(value, Literal) and value.language == "en" and str(value)
    assert isinstance(g.value(ONTOLOGY_IRI, DCTERMS.license), URIRef)
    assert g.value(ONTOLOGY_IRI, DCTERMS.created).datatype == XSD.date
    assert g.value(ONTOLOGY_IRI, VANN.preferredNamespacePrefix) == Literal("neg")
    assert g.value(ONTOLOGY_IRI, VANN.preferredNamespaceUri) == Literal(NEG_IRI)


def test_package_ships_the_ontology_through_the_symlink() -> None:
    packaged = ROOT / "kg" / "ontology"
    assert packaged.is_symlink()
    for name in ("negotiation.ttl", "issues.ttl", "shapes.ttl"):
        assert (packaged / name).read_bytes() == (ONTOLOGY_DIR / name).read_bytes()


# --------------------------------------------------------------------------- vocabulary


def test_every_neg_term_is_defined_and_every_defined_term_is_in_neg() -> None:
    defined = {str(term)[len(NEG_IRI):] for term in defined_neg_terms(ontology())}
    assert neg_names() - defined == set(), "declared in NEG but not defined in negotiation.ttl"
    assert defined - neg_names() == set(), "defined in negotiation.ttl but missing from NEG"


def test_no_neg_terms_appear_outside_the_vocabulary() -> None:
    used = set()
    for graph in (ontology(), issues(), shapes(), *(load(p) for p in EXAMPLES.glob("*.ttl"))):
        for triple in graph:
            used |= {t for t in triple if isinstance(t, URIRef) and str(t).startswith(NEG_IRI)}
    unknown = {str(t)[len(NEG_IRI):] for t in used} - neg_names()
    assert unknown == set()


@pytest.mark.parametrize("name", sorted(NEG.__annotations__))
def test_neg_term_has_english_label_and_comment(name: str) -> None:
    g = ontology()
    term = NEG[name]
    for prop in (RDFS.label, RDFS.comment):
        values = list(g.objects(term, prop))
        assert len(values) == 1, f"neg:{name} needs exactly one {prop}"
        assert values[0].language == "en" and len(str(values[0])) >= 3


def test_neg_terms_have_the_right_owl_type() -> None:
    g = ontology()
    individuals = {"support", "oppose", "conditional", "mixed", "neutral", "curated", "machine",
                   "EventHeld", "EventReported"}
    datatype_properties = {"condition", "confidence", "textSha256", "evidenceText"}
    symmetric = {"negotiatesWith", "conflictsWith", "compatibleWith"}
    for name in neg_names():
        types = set(g.objects(NEG[name], RDF.type))
        if name in individuals:
            assert OWL.NamedIndividual in types, name
        elif name[0].isupper():
            assert OWL.Class in types, name
        elif name in datatype_properties:
            assert OWL.DatatypeProperty in types, name
        else:
            assert OWL.ObjectProperty in types, name
        assert (OWL.SymmetricProperty in types) == (name in symmetric), name


def test_enumerations_carry_their_coding_sheet_codes() -> None:
    g = ontology()
    cases = {
        NEG.StanceValue: ["support", "oppose", "conditional", "mixed", "neutral"],
        NEG.CodingStatus: ["curated", "machine"],
        SCHEMA.EventStatusType: ["held", "reported"],
    }
    for cls, codes in cases.items():
        members = set(g.subjects(RDF.type, cls))
        assert {str(g.value(m, SKOS.notation)) for m in members} == set(codes), cls
    for cls in (NEG.StanceValue, NEG.CodingStatus):
        listed = list(g.items(g.value(cls, OWL.oneOf)))
        assert set(listed) == set(g.subjects(RDF.type, cls))


@pytest.mark.parametrize(
    ("cls", "parents"),
    [
        (NEG.Actor, {PROV.Agent}),
        (NEG.Person, {NEG.Actor, PROV.Person}),
        (NEG.State, {NEG.Actor}),
        (NEG.Organization, {NEG.Actor, ORG.Organization}),
        (NEG.Position, {PROV.Entity}),
        (NEG.Proposal, {PROV.Entity}),
        (NEG.Stance, {PROV.Entity}),
        (NEG.Evidence, {OA.Annotation}),
        (NEG.Event, {SCHEMA.Event, PROV.Activity}),
        (NEG.Place, {SCHEMA.Place}),
        (NEG.RelationClaim, {RDF.Statement}),
        *[(NEG[e], {NEG.Event}) for e in ("Meeting", "Summit", "PhoneCall", "Visit",
                                          "MilitaryDevelopment", "Announcement", "Deadline",
                                          "OtherEvent")],
    ],
)
def test_class_alignments_follow_the_design(cls: URIRef, parents: set[URIRef]) -> None:
    assert set(ontology().objects(cls, RDFS.subClassOf)) == parents


def _class_set(g: Graph, node: URIRef | BNode | None) -> set[URIRef]:
    if isinstance(node, BNode):
        return set(g.items(g.value(node, OWL.unionOf)))
    return {node} if node is not None else set()


@pytest.mark.parametrize(
    ("prop", "domain", "range_"),
    [
        (NEG.speaksFor, {NEG.Person}, {NEG.Actor}),
        (NEG.advises, {NEG.Actor}, {NEG.Actor}),
        (NEG.negotiatesWith, {NEG.Actor}, {NEG.Actor}),
        (NEG.mediates, {NEG.Actor}, {NEG.Actor}),
        (NEG.holder, {NEG.Stance}, {NEG.Actor}),
        (NEG.voicedBy, {NEG.Stance}, {NEG.Person}),
        (NEG.target, {NEG.Stance}, {NEG.Position, NEG.Proposal}),
        (NEG.stanceValue, {NEG.Stance}, {NEG.StanceValue}),
        (NEG.conditionPosition, {NEG.Stance}, {NEG.Position}),
        (NEG.includesPosition, {NEG.Proposal}, {NEG.Position}),
        (NEG.onIssue, {NEG.Position, NEG.Proposal, NEG.Stance, NEG.Event}, {SKOS.Concept}),
        (NEG.conflictsWith, {NEG.Position, NEG.Proposal}, {NEG.Position, NEG.Proposal}),
        (NEG.linkedTo, {NEG.Position, NEG.Proposal, SKOS.Concept},
         {NEG.Position, NEG.Proposal, SKOS.Concept}),
        (NEG.discussed, {NEG.Event}, {NEG.Position, NEG.Proposal}),
        (NEG.assertedBy, {NEG.RelationClaim}, {NEG.Actor}),
        (NEG.hasEvidence, set(), {NEG.Evidence}),
        (NEG.codingStatus, set(), {NEG.CodingStatus}),
        (NEG.confidence, set(), {XSD.decimal}),
        (NEG.textSha256, {SCHEMA.NewsArticle}, {XSD.string}),
    ],
)
def test_domains_and_ranges_follow_the_design(
    prop: URIRef, domain: set[URIRef], range_: set[URIRef]
) -> None:
    g = ontology()
    assert _class_set(g, g.value(prop, RDFS.domain)) == domain
    assert _class_set(g, g.value(prop, RDFS.range)) == range_


def test_no_twins_of_standard_terms() -> None:
    """neg: terms are never declared equivalent to reused terms, and reused terms are
    never declared (typed) in our vocabulary."""
    g = ontology()
    for prop in (OWL.equivalentClass, OWL.equivalentProperty, OWL.sameAs):
        for s, o in g.subject_objects(prop):
            assert not (str(s).startswith(NEG_IRI) or str(o).startswith(NEG_IRI)), (s, prop, o)
    foreign = {
        s for s in g.subjects(RDF.type, None)
        if isinstance(s, URIRef) and s != ONTOLOGY_IRI and not str(s).startswith(NEG_IRI)
    }
    assert foreign == set()
    reused_local_names = {"jobTitle", "affiliation", "memberOf", "wasRevisionOf", "date",
                          "attendee", "location", "eventStatus", "hasXSDDuration", "title",
                          "publisher", "url", "language", "NewsArticle", "Article", "Concept"}
    assert reused_local_names & neg_names() == set()


def test_namespace_prefixes_match_the_turtle_files() -> None:
    for graph in (ontology(), issues(), shapes()):
        bound = {prefix: str(iri) for prefix, iri in graph.namespaces()}
        for prefix, iri in PREFIXES.items():
            if prefix in bound:
                assert bound[prefix] == iri, prefix


# --------------------------------------------------------------------------- issue scheme


def _concepts() -> dict[str, URIRef]:
    g = issues()
    return {str(g.value(c, SKOS.notation)): c for c in g.subjects(RDF.type, SKOS.Concept)}


def test_issue_scheme_has_the_required_concepts() -> None:
    g = issues()
    scheme = ISSUE.scheme
    assert (scheme, RDF.type, SKOS.ConceptScheme) in g
    concepts = _concepts()
    assert REQUIRED_ISSUES <= set(concepts)
    notations = [g.value(c, SKOS.notation) for c in g.subjects(RDF.type, SKOS.Concept)]
    assert len(notations) == len(set(notations)) == len(concepts)
    for code, concept in concepts.items():
        assert concept == URIRef(ISSUE_IRI + code)
        notation = g.value(concept, SKOS.notation)
        assert notation.datatype is None and notation.language is None
        assert (concept, SKOS.inScheme, scheme) in g
        assert (concept, SKOS.topConceptOf, scheme) in g


@pytest.mark.parametrize("code", sorted(REQUIRED_ISSUES))
def test_issue_concept_is_documented_and_has_cue_phrases(code: str) -> None:
    g = issues()
    concept = ISSUE[code]
    pref = list(g.objects(concept, SKOS.prefLabel))
    assert len(pref) == 1 and pref[0].language == "en"
    definition = g.value(concept, SKOS.definition)
    assert definition is not None and definition.language == "en" and len(definition) > 30
    alt = [a for a in g.objects(concept, SKOS.altLabel) if a.language == "en"]
    assert len(alt) >= (10 if code != "other" else 3)
    assert str(pref[0]).lower() not in {str(a).lower() for a in alt}


def test_alt_labels_are_unique_lowercase_cues_across_the_scheme() -> None:
    g = issues()
    owner: dict[str, URIRef] = {}
    for concept, label in g.subject_objects(SKOS.altLabel):
        text = str(label)
        assert text == text.lower().strip() and text, (concept, text)
        assert owner.setdefault(text, concept) == concept, f"{text!r} on two concepts"
    prefs = [str(p).lower() for p in g.objects(None, SKOS.prefLabel)]
    assert len(prefs) == len(set(prefs))


def test_readme_lists_every_issue_code() -> None:
    readme = (ONTOLOGY_DIR / "README.md").read_text(encoding="utf-8")
    missing = [code for code in _concepts() if f"`{code}`" not in readme]
    assert missing == []


# --------------------------------------------------------------------------- shapes


def test_every_shape_has_a_name_a_message_and_violation_severity() -> None:
    g = shapes()
    named = set(g.subjects(RDF.type, SH.NodeShape)) | set(g.subjects(RDF.type, SH.PropertyShape))
    referenced = set(g.objects(None, SH.property))
    assert referenced <= named, "every property shape is a named, typed shape"
    assert len(named) > 40
    for shape in named:
        assert isinstance(shape, URIRef) and str(shape).startswith(str(NEGSH)), shape
        assert g.value(shape, SH.name) is not None, shape
        message = g.value(shape, SH.message)
        assert message is not None and message.language == "en" and len(message) > 20, shape
        assert g.value(shape, SH.severity) == SH.Violation, shape


def test_shapes_graph_is_valid_shacl() -> None:
    import pyshacl

    conforms, _report, text = pyshacl.validate(
        load(VALID_EXAMPLE),
        shacl_graph=shapes(),
        ont_graph=ontology_and_issues(),
        meta_shacl=True,
    )
    assert conforms, text


@pytest.mark.parametrize("inference", ["none", "rdfs"])
def test_valid_example_conforms(inference: str) -> None:
    assert violations(load(VALID_EXAMPLE), inference) == []


def test_ontology_individuals_and_issue_scheme_conform_on_their_own() -> None:
    assert violations(ontology_and_issues()) == []


INVALID_FILES: dict[str, tuple[URIRef, URIRef]] = {
    "stance-without-holder.ttl": (NEGSH.StanceHolderCount, STANCE),
    "stance-two-values.ttl": (NEGSH.StanceValueCount, STANCE),
    "stance-target-not-position.ttl": (NEGSH.StanceTargetClass, STANCE),
    "stance-unknown-issue.ttl": (NEGSH.IssueShape, ISSUE.ceasfire),
    "article-without-date.ttl": (NEGSH.ArticleDateCount, ARTICLE),
    "evidence-without-selector.ttl": (NEGSH.EvidencePositionSelector, EVIDENCE),
    "selector-reversed-offsets.ttl": (NEGSH.SelectorOrder, POSITION_SELECTOR),
    "event-without-type.ttl": (NEGSH.EventType, KGR["event/2026-01-14-geneva-talks"]),
}


def test_every_invalid_example_has_an_expectation() -> None:
    files = {p.name for p in EXAMPLES.glob("*.ttl") if not p.name.startswith("example-")}
    assert files == set(INVALID_FILES)


@pytest.mark.parametrize("inference", ["none", "rdfs"])
@pytest.mark.parametrize("name", sorted(INVALID_FILES))
def test_invalid_example_reports_exactly_its_problem(name: str, inference: str) -> None:
    shape, focus = INVALID_FILES[name]
    found = violations(load(EXAMPLES / name), inference)
    assert found == [(shape, focus, shape_message(shape))]


def test_invalid_example_messages_read_well() -> None:
    assert shape_message(NEGSH.StanceHolderCount) == "A stance needs exactly one holder (neg:holder)."
    assert "dcterms:date" in shape_message(NEGSH.ArticleDateCount)
    assert "oa:TextPositionSelector" in shape_message(NEGSH.EvidencePositionSelector)


# --------------------------------------------------------------------------- mutations

Mutation = Callable[[Graph], None]


def _replace(s: URIRef, p: URIRef, o: URIRef | Literal) -> Mutation:
    return lambda g: g.set((s, p, o))


def _add(s: URIRef, p: URIRef, o: URIRef | Literal) -> Mutation:
    return lambda g: g.add((s, p, o))


def _drop(s: URIRef, p: URIRef) -> Mutation:
    return lambda g: g.remove((s, p, None))


def _add_person(g: Graph) -> None:
    other = KGR["actor/second-speaker"]
    g.add((other, RDF.type, NEG.Person))
    g.add((other, RDFS.label, Literal("Second Speaker")))
    g.add((STANCE, NEG.voicedBy, other))


def _claim_without_evidence(g: Graph) -> None:
    claim = KGR["article/example-daily-2026-01-14-ceasefire/relation/1"]
    g.add((claim, RDF.type, NEG.RelationClaim))
    g.add((claim, RDF.subject, NORTHLAND))
    g.add((claim, RDF.predicate, NEG.negotiatesWith))
    g.add((claim, RDF.object, SOUTHLAND))


def _claim_unknown_predicate(g: Graph) -> None:
    claim = KGR["article/example-daily-2026-01-14-ceasefire/relation/2"]
    g.add((claim, RDF.type, NEG.RelationClaim))
    g.add((claim, RDF.subject, NORTHLAND))
    g.add((claim, RDF.predicate, SCHEMA.knows))
    g.add((claim, RDF.object, SOUTHLAND))
    g.add((claim, NEG.hasEvidence, EVIDENCE))


PROPOSAL = KGR["proposal/unnamed-plan"]


CLAIM = KGR["article/example-daily-2026-01-14-ceasefire/relation/3"]


def _claim_without(prop: URIRef, extra: tuple[URIRef, URIRef | Literal] | None = None) -> Mutation:
    """A valid relation claim, minus ``prop``, plus an optional extra (predicate, object)."""

    def mutate(g: Graph) -> None:
        g.add((CLAIM, RDF.type, NEG.RelationClaim))
        g.add((CLAIM, RDF.subject, NORTHLAND))
        g.add((CLAIM, RDF.predicate, NEG.negotiatesWith))
        g.add((CLAIM, RDF.object, SOUTHLAND))
        g.add((CLAIM, NEG.hasEvidence, EVIDENCE))
        g.add((CLAIM, NEG.assertedBy, BERG))
        g.remove((CLAIM, prop, None))
        if extra is not None:
            g.add((CLAIM, *extra))

    return mutate


def _proposal_without_label(g: Graph) -> None:
    g.add((PROPOSAL, RDF.type, NEG.Proposal))
    g.add((PROPOSAL, NEG.includesPosition, CEASEFIRE_POSITION))


def _proposal_with(prop: URIRef, obj: URIRef) -> Mutation:
    def mutate(g: Graph) -> None:
        _proposal_without_label(g)
        g.add((PROPOSAL, RDFS.label, Literal("Plan")))
        g.add((PROPOSAL, prop, obj))

    return mutate


MUTATIONS: dict[str, tuple[Mutation, set[tuple[URIRef, URIRef]]]] = {
    "stance without evidence": (
        _drop(STANCE, NEG.hasEvidence), {(NEGSH.StanceEvidenceCount, STANCE)}),
    "stance evidence is an article": (
        _add(STANCE, NEG.hasEvidence, ARTICLE), {(NEGSH.StanceEvidenceClass, STANCE)}),
    "stance without target": (_drop(STANCE, NEG.target), {(NEGSH.StanceTargetCount, STANCE)}),
    "stance without issue": (_drop(STANCE, NEG.onIssue), {(NEGSH.StanceIssueCount, STANCE)}),
    "stance without value": (
        _drop(STANCE, NEG.stanceValue), {(NEGSH.StanceValueCount, STANCE)}),
    "stance with unknown value": (
        _replace(STANCE, NEG.stanceValue, URIRef(NEG_IRI + "lukewarm")),
        {(NEGSH.StanceValueIn, STANCE)}),
    "holder is a position": (
        _replace(STANCE, NEG.holder, PRISONER_POSITION), {(NEGSH.StanceHolderClass, STANCE)}),
    "two holders": (_add(STANCE, NEG.holder, SOUTHLAND), {(NEGSH.StanceHolderCount, STANCE)}),
    "voiced by a state": (
        _replace(STANCE, NEG.voicedBy, SOUTHLAND), {(NEGSH.StanceVoicedByClass, STANCE)}),
    "voiced by two persons": (_add_person, {(NEGSH.StanceVoicedByCount, STANCE)}),
    "confidence above one": (
        _replace(STANCE, NEG.confidence, Literal(Decimal("1.5"))),
        {(NEGSH.StanceConfidence, STANCE)}),
    "confidence as text": (
        _replace(STANCE, NEG.confidence, Literal("high")), {(NEGSH.StanceConfidence, STANCE)}),
    "stance dated to a month is fine": (
        _replace(STANCE, DCTERMS.date, Literal("2026-01", datatype=XSD.gYearMonth)), set()),
    "stance date as text": (
        _replace(STANCE, DCTERMS.date, Literal("14 January 2026")),
        {(NEGSH.StanceDate, STANCE)}),
    "two coding statuses": (
        _add(STANCE, NEG.codingStatus, NEG.machine), {(NEGSH.StanceCodingStatus, STANCE)}),
    "condition position is an actor": (
        _replace(STANCE, NEG.conditionPosition, NORTHLAND),
        {(NEGSH.StanceConditionPosition, STANCE)}),
    "stance source is a position": (
        _replace(STANCE, DCTERMS.source, CEASEFIRE_POSITION), {(NEGSH.StanceSource, STANCE)}),
    "condition is an IRI": (
        _replace(STANCE, NEG.condition, PRISONER_POSITION), {(NEGSH.StanceCondition, STANCE)}),
    "article with two titles": (
        _add(ARTICLE, DCTERMS.title, Literal("Another title")), {(NEGSH.ArticleTitle, ARTICLE)}),
    "article date as text": (
        _replace(ARTICLE, DCTERMS.date, Literal("2026-01-14")),
        {(NEGSH.ArticleDateType, ARTICLE)}),
    "article url as text": (
        _replace(ARTICLE, SCHEMA.url, Literal("https://news.example.org/x")),
        {(NEGSH.ArticleUrl, ARTICLE)}),
    "article without publisher": (
        _drop(ARTICLE, DCTERMS.publisher), {(NEGSH.ArticlePublisher, ARTICLE)}),
    "article with two languages": (
        _add(ARTICLE, DCTERMS.language, Literal("de")), {(NEGSH.ArticleLanguage, ARTICLE)}),
    "article hash in upper case": (
        _replace(ARTICLE, NEG.textSha256, Literal("AB" * 32)), {(NEGSH.ArticleSha256, ARTICLE)}),
    "article with two coding statuses": (
        _add(ARTICLE, NEG.codingStatus, NEG.machine), {(NEGSH.ArticleCodingStatus, ARTICLE)}),
    "evidence source is a position": (
        _replace(URIRef(f"{EVIDENCE}#target"), OA.hasSource, CEASEFIRE_POSITION),
        {(NEGSH.EvidenceSource, EVIDENCE)}),
    "evidence without target": (
        _drop(EVIDENCE, OA.hasTarget),
        {(NEGSH.EvidenceTarget, EVIDENCE), (NEGSH.EvidenceSource, EVIDENCE),
         (NEGSH.EvidencePositionSelector, EVIDENCE), (NEGSH.EvidenceQuoteSelector, EVIDENCE)}),
    "evidence without quote selector": (
        lambda g: g.remove((None, OA.hasSelector, QUOTE_SELECTOR)),
        {(NEGSH.EvidenceQuoteSelector, EVIDENCE)}),
    "evidence derived from an actor": (
        _replace(EVIDENCE, PROV.wasDerivedFrom, NORTHLAND),
        {(NEGSH.EvidenceDerivedFrom, EVIDENCE)}),
    "negative start": (
        _replace(POSITION_SELECTOR, OA.start, Literal(-1)),
        {(NEGSH.SelectorStart, POSITION_SELECTOR)}),
    "end not an integer": (
        _replace(POSITION_SELECTOR, OA.end, Literal(Decimal("74.5"))),
        {(NEGSH.SelectorEnd, POSITION_SELECTOR)}),
    "empty quote": (
        _replace(QUOTE_SELECTOR, OA.exact, Literal("")), {(NEGSH.SelectorExact, QUOTE_SELECTOR)}),
    "actor with two names": (
        _add(NORTHLAND, RDFS.label, Literal("Republic of Northland")),
        {(NEGSH.ActorLabel, NORTHLAND)}),
    "actor of no kind": (
        lambda g: g.set((NORTHLAND, RDF.type, NEG.Actor)), {(NEGSH.ActorShape, NORTHLAND)}),
    "role as an IRI": (
        _replace(BERG, SCHEMA.jobTitle, NORTHLAND), {(NEGSH.ActorJobTitle, BERG)}),
    "affiliated with a position": (
        _replace(BERG, SCHEMA.affiliation, CEASEFIRE_POSITION),
        {(NEGSH.ActorAffiliation, BERG)}),
    "speaks for a position": (
        _replace(BERG, NEG.speaksFor, CEASEFIRE_POSITION), {(NEGSH.ActorSpeaksFor, BERG)}),
    "a state speaks for": (
        _add(SOUTHLAND, NEG.speaksFor, NORTHLAND), {(NEGSH.SpeakerShape, SOUTHLAND)}),
    "advises a position": (
        _add(BERG, NEG.advises, CEASEFIRE_POSITION), {(NEGSH.ActorAdvises, BERG)}),
    "member of a position": (
        _add(NORTHLAND, ORG.memberOf, CEASEFIRE_POSITION), {(NEGSH.ActorMemberOf, NORTHLAND)}),
    "negotiates with a position": (
        _add(NORTHLAND, NEG.negotiatesWith, CEASEFIRE_POSITION),
        {(NEGSH.ActorNegotiatesWith, NORTHLAND)}),
    "mediates a position": (
        _add(SOUTHLAND, NEG.mediates, CEASEFIRE_POSITION), {(NEGSH.ActorMediates, SOUTHLAND)}),
    "position without label": (
        _drop(PRISONER_POSITION, RDFS.label), {(NEGSH.PositionLabel, PRISONER_POSITION)}),
    "position without issue": (
        _drop(PRISONER_POSITION, NEG.onIssue), {(NEGSH.PositionIssue, PRISONER_POSITION)}),
    "proposal without label": (_proposal_without_label, {(NEGSH.ProposalLabel, PROPOSAL)}),
    "proposal includes an actor": (
        _proposal_with(NEG.includesPosition, NORTHLAND), {(NEGSH.ProposalIncludes, PROPOSAL)}),
    "proposal revises a position": (
        _proposal_with(PROV.wasRevisionOf, PRISONER_POSITION),
        {(NEGSH.ProposalRevisionOf, PROPOSAL)}),
    "proposal drafted by a position": (
        _proposal_with(PROV.wasAttributedTo, PRISONER_POSITION),
        {(NEGSH.ProposalDraftedBy, PROPOSAL)}),
    "position conflicts with an actor": (
        _add(CEASEFIRE_POSITION, NEG.conflictsWith, NORTHLAND),
        {(NEGSH.PositionRelationShape, NORTHLAND)}),
    "position linked to an actor": (
        _add(CEASEFIRE_POSITION, NEG.linkedTo, NORTHLAND), {(NEGSH.LinkageShape, NORTHLAND)}),
    "event attended by a position": (
        _add(MEETING, SCHEMA.attendee, PRISONER_POSITION), {(NEGSH.EventAttendee, MEETING)}),
    "event of two types": (
        _add(MEETING, RDF.type, NEG.Summit), {(NEGSH.EventType, MEETING)}),
    "event without label": (_drop(MEETING, RDFS.label), {(NEGSH.EventLabel, MEETING)}),
    "event date as text": (
        _replace(MEETING, DCTERMS.date, Literal("mid-January")), {(NEGSH.EventDate, MEETING)}),
    "event duration as text": (
        _replace(MEETING, TIME_NS.hasXSDDuration, Literal("five hours")),
        {(NEGSH.EventDuration, MEETING)}),
    "event place is a text": (
        _replace(MEETING, SCHEMA.location, Literal("Geneva")), {(NEGSH.EventLocation, MEETING)}),
    "event status outside the list": (
        _replace(MEETING, SCHEMA.eventStatus, SCHEMA.EventMovedOnline),
        {(NEGSH.EventStatus, MEETING)}),
    "event discussed an actor": (
        _add(MEETING, NEG.discussed, NORTHLAND), {(NEGSH.EventDiscussed, MEETING)}),
    "place without name": (
        _drop(KGR["place/geneva"], RDFS.label), {(NEGSH.PlaceLabel, KGR["place/geneva"])}),
    "relation claim without evidence": (
        _claim_without_evidence,
        {(NEGSH.ClaimEvidence, KGR["article/example-daily-2026-01-14-ceasefire/relation/1"])}),
    "relation claim without subject": (
        _claim_without(RDF.subject), {(NEGSH.ClaimSubject, CLAIM)}),
    "relation claim with a literal object": (
        _claim_without(RDF.object, (RDF.object, Literal("Southland"))),
        {(NEGSH.ClaimObject, CLAIM)}),
    "relation claim asserted by a position": (
        _claim_without(NEG.assertedBy, (NEG.assertedBy, PRISONER_POSITION)),
        {(NEGSH.ClaimAssertedBy, CLAIM)}),
    "a complete relation claim is fine": (_claim_without(RDFS.comment), set()),
    "relation claim with unknown predicate": (
        _claim_unknown_predicate,
        {(NEGSH.ClaimPredicate, KGR["article/example-daily-2026-01-14-ceasefire/relation/2"])}),
}


@pytest.mark.parametrize("case", sorted(MUTATIONS))
def test_single_defect_is_reported_with_its_message(case: str) -> None:
    mutate, expected = MUTATIONS[case]
    graph = load(VALID_EXAMPLE)
    mutate(graph)
    found = violations(graph)
    assert {(shape, focus) for shape, focus, _ in found} == expected
    for shape, _focus, message in found:
        assert message == shape_message(shape)


def test_every_constraint_shape_is_exercised_by_a_test() -> None:
    g = shapes()
    container_only = {
        s for s in g.subjects(RDF.type, SH.NodeShape)
        if set(g.predicates(s)) <= {RDF.type, SH.name, SH.message, SH.severity, SH.property,
                                    SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf}
    }
    exercised = {shape for _, expected in MUTATIONS.values() for shape, _ in expected}
    exercised |= {shape for shape, _ in INVALID_FILES.values()}
    constraint_shapes = (
        set(g.subjects(RDF.type, SH.NodeShape)) | set(g.subjects(RDF.type, SH.PropertyShape))
    ) - container_only
    assert constraint_shapes - exercised == set()


# --------------------------------------------------------------------------- competency questions


def _example_with_vocabulary() -> Graph:
    graph = load(VALID_EXAMPLE)
    for triple in ontology_and_issues():
        graph.add(triple)
    return graph


def test_cq_who_holds_the_stance_and_who_voiced_it() -> None:
    rows = list(
        _example_with_vocabulary().query(
            """
            SELECT ?holderName ?voiceName ?role ?value WHERE {
              ?stance a neg:Stance ; neg:holder ?holder ; neg:stanceValue ?v ;
                      neg:target/neg:onIssue issue:ceasefire .
              ?holder rdfs:label ?holderName .
              ?v skos:notation ?value .
              OPTIONAL { ?stance neg:voicedBy ?voice .
                         ?voice rdfs:label ?voiceName ; schema:jobTitle ?role ;
                                neg:speaksFor ?holder . }
            }
            """,
            initNs=PREFIXES,
        )
    )
    assert [tuple(map(str, row)) for row in rows] == [
        ("Northland", "Anna Berg", "Foreign Minister", "conditional")
    ]


def test_cq_what_is_the_condition_and_where_is_it_said() -> None:
    rows = list(
        _example_with_vocabulary().query(
            """
            SELECT ?conditionLabel ?issueCode ?start ?end ?quote WHERE {
              ?stance neg:stanceValue neg:conditional ;
                      neg:conditionPosition ?cp ; neg:hasEvidence ?ev .
              ?cp rdfs:label ?conditionLabel ; neg:onIssue/skos:notation ?issueCode .
              ?ev oa:hasTarget ?t .
              ?t oa:hasSource ?article ; oa:hasSelector ?ps, ?qs .
              ?article a schema:NewsArticle .
              ?ps a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
              ?qs a oa:TextQuoteSelector ; oa:exact ?quote .
            } ORDER BY ?start
            """,
            initNs=PREFIXES,
        )
    )
    assert [(str(r[0]), str(r[1]), int(r[2]), int(r[3])) for r in rows] == [
        ("Exchange of all prisoners of war", "prisoners_humanitarian", 0, 74),
        ("Exchange of all prisoners of war", "prisoners_humanitarian", 122, 174),
    ]
    for row in rows:
        assert len(str(row[4])) == int(row[3]) - int(row[2])


def test_cq_did_the_voice_attend_an_event_where_the_target_was_discussed() -> None:
    graph = _example_with_vocabulary()
    ask = """
        ASK {
          ?stance neg:voicedBy ?person ; neg:target ?target .
          ?event a/rdfs:subClassOf* neg:Event ; schema:attendee ?person ;
                 neg:discussed ?target ; schema:eventStatus neg:EventHeld .
        }
    """
    assert graph.query(ask, initNs=PREFIXES).askAnswer is True
    graph.remove((MEETING, SCHEMA.attendee, BERG))
    assert graph.query(ask, initNs=PREFIXES).askAnswer is False


def test_cq_with_whom_does_southland_negotiate() -> None:
    rows = _example_with_vocabulary().query(
        """
        SELECT ?name WHERE {
          { ?a neg:negotiatesWith ?other } UNION { ?other neg:negotiatesWith ?a }
          ?other rdfs:label ?name .
        }
        """,
        initNs=PREFIXES,
        initBindings={"a": SOUTHLAND},
    )
    assert [str(row[0]) for row in rows] == ["Northland"]
