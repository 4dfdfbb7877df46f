"""Compile checked coding sheets into RDF: one rdflib graph per article.

References between items are resolved across all sheets of a build, so an
actor coded in one article has the same IRI in every other article.

>>> from kg.compile import Registry
>>> Registry().kind_of("russia") is None
True
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, SKOS, TIME

from kg import iri
from kg.annotations import Annotation
from kg.errors import AnnotationError
from kg.iri import slugify
from kg.namespace import NEG, OA, SCHEMA, bind_prefixes

ACTOR_CLASS = {"person": NEG.Person, "state": NEG.State, "organization": NEG.Organization}
EVENT_CLASS = {
    "meeting": NEG.Meeting, "summit": NEG.Summit, "call": NEG.PhoneCall, "visit": NEG.Visit,
    "military": NEG.MilitaryDevelopment, "announcement": NEG.Announcement,
    "deadline": NEG.Deadline, "other": NEG.OtherEvent,
}
EVENT_STATUS = {
    "held": NEG.EventHeld, "reported": NEG.EventReported,
    "scheduled": SCHEMA.EventScheduled, "cancelled": SCHEMA.EventCancelled,
    "postponed": SCHEMA.EventPostponed,
}
VALUE = {v: getattr(NEG, v) for v in ("support", "oppose", "conditional", "mixed", "neutral")}
# relation -> (predicate, subject kinds, object kinds, symmetric)
_ACTOR = ("actor",)
_TARGET = ("position", "proposal")
RELATION = {
    "conflicts_with": (NEG.conflictsWith, _TARGET, _TARGET, True),
    "compatible_with": (NEG.compatibleWith, _TARGET, _TARGET, True),
    "conditional_on": (NEG.conditionalOn, _TARGET, (*_TARGET, "issue"), False),
    "linked_to": (NEG.linkedTo, (*_TARGET, "issue"), (*_TARGET, "issue"), False),
    "revision_of": (PROV.wasRevisionOf, ("proposal",), ("proposal",), False),
    "advises": (NEG.advises, _ACTOR, _ACTOR, False),
    "member_of": (ORG.memberOf, _ACTOR, _ACTOR, False),
    "speaks_for": (NEG.speaksFor, ("actor",), _ACTOR, False),
    "negotiates_with": (NEG.negotiatesWith, _ACTOR, _ACTOR, True),
    "mediates": (NEG.mediates, _ACTOR, _ACTOR, False),
}
_MINT = {
    "actor": iri.actor_iri, "position": iri.position_iri, "proposal": iri.proposal_iri,
    "event": iri.event_iri, "issue": iri.issue_iri,
}


def typed_date(value: str) -> Literal:
    """A date literal typed by its precision.

    >>> typed_date("2025-10").datatype == XSD.gYearMonth
    True
    """
    datatype = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}[len(value)]
    return Literal(value, datatype=datatype)


@dataclass
class Registry:
    """Every id defined by the sheets of one build, with its kind and where it is defined."""

    kinds: dict[str, str] = field(default_factory=dict)
    actor_types: dict[str, str] = field(default_factory=dict)
    origin: dict[str, str] = field(default_factory=dict)
    issues: frozenset[str] = frozenset()

    def kind_of(self, ident: str) -> str | None:
        if ident in self.kinds:
            return self.kinds[ident]
        return "issue" if ident in self.issues else None

    def add(self, ann: Annotation) -> None:
        kinds = {"actors": "actor", "positions": "position", "proposals": "proposal",
                 "events": "event"}
        for section, kind in kinds.items():
            for i, item in enumerate(ann.items(section)):
                ident = item["id"]
                known = self.kinds.get(ident)
                if known and known != kind:
                    raise ann.error(f"id '{ident}' is a {kind} here but a {known} in "
                                    f"{self.origin[ident]}", section, i, "id")
                self.kinds[ident] = kind
                self.origin.setdefault(ident, str(ann.path))
                if kind == "actor":
                    self.actor_types.setdefault(ident, item["type"])

    def ref(self, ann: Annotation, ident: str, kinds: tuple[str, ...], *where: Any) -> URIRef:
        """The IRI of ``ident``, which must be of one of ``kinds``."""
        kind = self.kind_of(ident)
        field_name = ".".join(str(w) for w in where)
        if kind is None:
            wanted = " or ".join(kinds)
            what = "issue code" if kinds == ("issue",) else wanted
            raise ann.error(f"field '{field_name}': unknown {what} '{ident}'", *where)
        if kind not in kinds:
            raise ann.error(f"field '{field_name}': '{ident}' is a {kind}, "
                            f"expected a {' or '.join(kinds)}", *where)
        return _MINT[kind](ident)


class _Compiler:
    """Turns one annotation into triples; one instance per article."""

    def __init__(self, ann: Annotation, registry: Registry) -> None:
        self.ann = ann
        self.reg = registry
        self.aid = ann.article_id
        self.article = iri.article_iri(self.aid)
        self.status = NEG.machine if ann.status == "machine" else NEG.curated
        coding = ann.data.get("coding", {})
        self.coder = iri.agent_iri(coding.get("coder") or "unknown coder")
        self.g = bind_prefixes(Graph(identifier=iri.graph_iri(self.aid, machine=ann.status == "machine")))

    def add(self, s: URIRef, p: URIRef, o: Any) -> None:
        if o is not None:
            self.g.add((s, p, o if isinstance(o, URIRef | Literal) else Literal(o)))

    def common(self, node: URIRef, item: dict[str, Any]) -> None:
        """Confidence, the coder's note and the evidence, which every item may have."""
        self.add(node, NEG.confidence, _decimal(item.get("confidence")))
        self.add(node, RDFS.comment, item.get("note"))
        for ev in item.get("evidence") or []:
            self.evidence(node, ev)

    def evidence(self, item: URIRef, ev: dict[str, Any]) -> None:
        node = iri.evidence_iri(self.aid, str(item), ev["start"], ev["end"])
        target, pos, quote = (URIRef(f"{node}#{p}") for p in ("target", "position", "quote"))
        exact = self.ann.text[ev["start"]:ev["end"]] if self.ann.text else ev["text"]
        g = self.g
        g.add((item, NEG.hasEvidence, node))
        g.add((node, RDF.type, NEG.Evidence))
        g.add((node, OA.hasBody, item))
        g.add((node, OA.motivatedBy, OA.classifying))
        g.add((node, OA.hasTarget, target))
        g.add((node, PROV.wasDerivedFrom, self.article))
        g.add((node, PROV.wasAttributedTo, self.coder))
        g.add((target, RDF.type, OA.SpecificResource))
        g.add((target, OA.hasSource, self.article))
        g.add((target, OA.hasSelector, pos))
        g.add((target, OA.hasSelector, quote))
        g.add((pos, RDF.type, OA.TextPositionSelector))
        g.add((pos, OA.start, Literal(ev["start"], datatype=XSD.nonNegativeInteger)))
        g.add((pos, OA.end, Literal(ev["end"], datatype=XSD.nonNegativeInteger)))
        g.add((quote, RDF.type, OA.TextQuoteSelector))
        g.add((quote, OA.exact, Literal(exact)))

    def issues(self, node: URIRef, codes: list[str] | None, *where: Any) -> None:
        for i, code in enumerate(codes or []):
            self.add(node, NEG.onIssue, self.reg.ref(self.ann, code, ("issue",), *where, i))

    def compile(self) -> Graph:
        self.article_node()
        for name in ("actors", "positions", "proposals", "stances", "events", "relations"):
            for i, item in enumerate(self.ann.items(name)):
                getattr(self, name[:-1])(item, i)
        return self.g

    def article_node(self) -> None:
        a, art, g = self.article, self.ann.data["article"], self.g
        publisher = iri.actor_iri(slugify(art["publisher"]))
        g.add((a, RDF.type, SCHEMA.NewsArticle))
        self.add(a, DCTERMS.title, art["title"])
        self.add(a, DCTERMS.publisher, publisher)
        if slugify(art["publisher"]) not in self.reg.kinds:
            g.add((publisher, RDF.type, NEG.Organization))
            self.add(publisher, RDFS.label, art["publisher"])
        self.add(a, SCHEMA.url, URIRef(art["url"]))
        self.add(a, DCTERMS.date, Literal(art["date"], datatype=XSD.date))
        self.add(a, DCTERMS.language, art.get("language", "en"))
        self.add(a, NEG.textSha256, art.get("sha256"))
        self.add(a, NEG.codingStatus, self.status)
        coding = self.ann.data.get("coding", {})
        agent_type = PROV.SoftwareAgent if self.status == NEG.machine else PROV.Agent
        g.add((self.coder, RDF.type, agent_type))
        self.add(self.coder, RDFS.label, coding.get("coder") or "unknown coder")

    def actor(self, item: dict[str, Any], i: int) -> None:
        node = iri.actor_iri(item["id"])
        self.g.add((node, RDF.type, ACTOR_CLASS[item["type"]]))
        self.add(node, RDFS.label, item["label"])
        for alias in item.get("aliases", []):
            self.add(node, SKOS.altLabel, alias)
        self.add(node, SCHEMA.jobTitle, item.get("role"))
        for key, pred in (("affiliation", SCHEMA.affiliation), ("speaks_for", NEG.speaksFor)):
            if item.get(key):
                self.add(node, pred, self.reg.ref(self.ann, item[key], _ACTOR, "actors", i, key))
        self.common(node, item)

    def position(self, item: dict[str, Any], i: int) -> None:
        node = iri.position_iri(item["id"])
        self.g.add((node, RDF.type, NEG.Position))
        self.add(node, RDFS.label, item["label"])
        self.add(node, DCTERMS.description, item.get("description"))
        self.issues(node, item["issue"], "positions", i, "issue")
        self.common(node, item)

    def proposal(self, item: dict[str, Any], i: int) -> None:
        node = iri.proposal_iri(item["id"])
        self.g.add((node, RDF.type, NEG.Proposal))
        self.add(node, RDFS.label, item["label"])
        self.add(node, DCTERMS.description, item.get("description"))
        self.issues(node, item.get("issue"), "proposals", i, "issue")
        for k, ident in enumerate(item.get("includes", [])):
            ref = self.reg.ref(self.ann, ident, ("position",), "proposals", i, "includes", k)
            self.add(node, NEG.includesPosition, ref)
        if item.get("revision_of"):
            ref = self.reg.ref(self.ann, item["revision_of"], ("proposal",), "proposals", i, "revision_of")
            self.add(node, PROV.wasRevisionOf, ref)
        for k, ident in enumerate(item.get("drafted_by", [])):
            ref = self.reg.ref(self.ann, ident, _ACTOR, "proposals", i, "drafted_by", k)
            self.add(node, PROV.wasAttributedTo, ref)
        if item.get("date"):
            self.add(node, DCTERMS.date, typed_date(item["date"]))
        self.common(node, item)

    def stance(self, item: dict[str, Any], i: int) -> None:
        node = iri.stance_iri(self.aid, item["id"])
        ref = self.reg.ref
        self.g.add((node, RDF.type, NEG.Stance))
        self.add(node, NEG.holder, ref(self.ann, item["holder"], _ACTOR, "stances", i, "holder"))
        if item.get("voiced_by"):
            voice = ref(self.ann, item["voiced_by"], _ACTOR, "stances", i, "voiced_by")
            if self.reg.actor_types.get(item["voiced_by"]) != "person":
                raise self.ann.error(f"field 'stances.{i}.voiced_by': '{item['voiced_by']}' is not "
                                     "a person", "stances", i, "voiced_by")
            self.add(node, NEG.voicedBy, voice)
        self.add(node, NEG.target, ref(self.ann, item["target"], _TARGET, "stances", i, "target"))
        self.issues(node, item["issue"], "stances", i, "issue")
        self.add(node, NEG.stanceValue, VALUE[item["value"]])
        self.add(node, NEG.condition, item.get("condition"))
        if item.get("condition_position"):
            cond = ref(self.ann, item["condition_position"], ("position",), "stances", i,
                       "condition_position")
            self.add(node, NEG.conditionPosition, cond)
        stated = item.get("date") or self.ann.data["article"]["date"]
        self.add(node, DCTERMS.date, typed_date(stated))
        self.add(node, NEG.codingStatus, self.status)
        self.add(node, DCTERMS.source, self.article)
        self.common(node, item)

    def event(self, item: dict[str, Any], i: int) -> None:
        node = iri.event_iri(item["id"])
        self.g.add((node, RDF.type, EVENT_CLASS[item["type"]]))
        self.add(node, RDFS.label, item["label"])
        if item.get("date"):
            self.add(node, DCTERMS.date, typed_date(item["date"]))
        if item.get("duration"):
            self.add(node, TIME.hasXSDDuration, Literal(item["duration"], datatype=XSD.duration))
        if item.get("place"):
            place = iri.place_iri(item["place"])
            self.g.add((place, RDF.type, NEG.Place))
            self.add(place, RDFS.label, item["place"])
            self.add(node, SCHEMA.location, place)
        if item.get("status"):
            self.add(node, SCHEMA.eventStatus, EVENT_STATUS[item["status"]])
        for k, ident in enumerate(item.get("participants", [])):
            self.add(node, SCHEMA.attendee, self.reg.ref(self.ann, ident, _ACTOR, "events", i,
                                                         "participants", k))
        self.issues(node, item.get("issues"), "events", i, "issues")
        for k, ident in enumerate(item.get("discussed", [])):
            self.add(node, NEG.discussed, self.reg.ref(self.ann, ident, _TARGET, "events", i,
                                                       "discussed", k))
        self.add(node, DCTERMS.source, self.article)
        self.common(node, item)

    def relation(self, item: dict[str, Any], i: int) -> None:
        pred, subject_kinds, object_kinds, symmetric = RELATION[item["predicate"]]
        s = self.reg.ref(self.ann, item["subject"], subject_kinds, "relations", i, "subject")
        o = self.reg.ref(self.ann, item["object"], object_kinds, "relations", i, "object")
        if item["predicate"] == "speaks_for" and self.reg.actor_types.get(item["subject"]) != "person":
            raise self.ann.error(f"field 'relations.{i}.subject': only a person speaks for "
                                 "another actor", "relations", i, "subject")
        self.g.add((s, pred, o))
        if symmetric:
            self.g.add((o, pred, s))
        if item.get("evidence") or item.get("asserted_by"):
            node = iri.relation_iri(self.aid, item["subject"], item["predicate"], item["object"])
            self.g.add((node, RDF.type, NEG.RelationClaim))
            self.g.add((node, RDF.subject, s))
            self.g.add((node, RDF.predicate, pred))
            self.g.add((node, RDF.object, o))
            if item.get("asserted_by"):
                who = self.reg.ref(self.ann, item["asserted_by"], _ACTOR, "relations", i, "asserted_by")
                self.add(node, NEG.assertedBy, who)
            self.add(node, DCTERMS.source, self.article)
            self.add(node, NEG.codingStatus, self.status)
            self.common(node, item)


def _decimal(value: float | None) -> Literal | None:
    return None if value is None else Literal(f"{value:.3f}", datatype=XSD.decimal)


def compile_annotation(ann: Annotation, registry: Registry) -> Graph:
    """The named graph of one article.

    Raises :class:`AnnotationError` for a reference to an unknown or wrong-kind id.
    """
    try:
        return _Compiler(ann, registry).compile()
    except ValueError as exc:  # an id that could not be minted
        raise AnnotationError(ann.path, str(exc)) from None
