"""The namespaces kg uses, with our own vocabulary as a closed DefinedNamespace.

>>> from kg.namespace import NEG, ISSUE
>>> str(NEG.Stance)
'https://w3id.org/kg-negotiation/ontology#Stance'
>>> str(ISSUE.territory)
'https://w3id.org/kg-negotiation/issue/territory'
"""

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SH, SKOS, TIME, XSD, DefinedNamespace

NEG_IRI = "https://w3id.org/kg-negotiation/ontology#"
ISSUE_IRI = "https://w3id.org/kg-negotiation/issue/"
KGR_IRI = "https://w3id.org/kg-negotiation/id/"


class NEG(DefinedNamespace):
    """The kg negotiation vocabulary (ontology/negotiation.ttl)."""

    _NS = Namespace(NEG_IRI)
    _fail = True

    # classes
    Actor: URIRef
    Person: URIRef
    State: URIRef
    Organization: URIRef
    Position: URIRef
    Proposal: URIRef
    Stance: URIRef
    StanceValue: URIRef
    Evidence: URIRef
    Event: URIRef
    Meeting: URIRef
    Summit: URIRef
    PhoneCall: URIRef
    Visit: URIRef
    MilitaryDevelopment: URIRef
    Announcement: URIRef
    Deadline: URIRef
    OtherEvent: URIRef
    Place: URIRef
    CodingStatus: URIRef
    RelationClaim: URIRef
    # individuals
    support: URIRef
    oppose: URIRef
    conditional: URIRef
    mixed: URIRef
    neutral: URIRef
    curated: URIRef
    machine: URIRef
    EventHeld: URIRef
    EventReported: URIRef
    # properties
    speaksFor: URIRef
    advises: URIRef
    negotiatesWith: URIRef
    mediates: URIRef
    onIssue: URIRef
    includesPosition: URIRef
    conflictsWith: URIRef
    compatibleWith: URIRef
    conditionalOn: URIRef
    linkedTo: URIRef
    holder: URIRef
    voicedBy: URIRef
    target: URIRef
    stanceValue: URIRef
    condition: URIRef
    conditionPosition: URIRef
    hasEvidence: URIRef
    confidence: URIRef
    codingStatus: URIRef
    textSha256: URIRef
    discussed: URIRef
    assertedBy: URIRef
    # direct statements derived from stances (holder -> target, one property per value)
    supports: URIRef
    opposes: URIRef
    supportsConditionally: URIRef
    hasMixedViewOn: URIRef
    isNeutralOn: URIRef
    # derived: the exact text of each evidence span of a stance, on the stance itself
    evidenceText: URIRef


ISSUE = Namespace(ISSUE_IRI)
KGR = Namespace(KGR_IRI)
SCHEMA = Namespace("https://schema.org/")
OA = Namespace("http://www.w3.org/ns/oa#")

PREFIXES: dict[str, str] = {
    "neg": NEG_IRI,
    "issue": ISSUE_IRI,
    "kgr": KGR_IRI,
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "dcterms": str(DCTERMS),
    "prov": str(PROV),
    "schema": str(SCHEMA),
    "org": str(ORG),
    "oa": str(OA),
    "time": str(TIME),
    "sh": str(SH),
}


def bind_prefixes(graph: Graph) -> Graph:
    """Bind kg's prefixes explicitly on ``graph`` and return it.

    >>> g = bind_prefixes(Graph())
    >>> dict(g.namespaces())["neg"] == URIRef(NEG_IRI)
    True
    """
    for prefix, iri in PREFIXES.items():
        graph.bind(prefix, iri, override=True, replace=True)
    return graph
