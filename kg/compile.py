"""Compile checked coding sheets into RDF: one named graph per article.

References between items are resolved across all sheets of a build, so an
actor coded in one article has the same IRI in every other article.

>>> from kg.compile import Registry
>>> Registry().kind_of("russia") is None
True
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Protocol

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef, namespace
from rdflib.term import Node

from kg import iri
from kg import namespace as kg_namespace
from kg.annotations import Annotation
from kg.errors import AnnotationError
from kg.iri import slugify
from kg.namespace import bind_prefixes


class _Terms:
    """A namespace's terms, each looked up once: rdflib's closed namespaces check every
    attribute access, which costs microseconds a triple in a large build."""

    def __init__(self, ns: Any) -> None:
        self._ns = ns

    def __getattr__(self, name: str) -> URIRef:
        term = getattr(self._ns, name)
        setattr(self, name, term)
        return term


RDF, RDFS, XSD = _Terms(namespace.RDF), _Terms(namespace.RDFS), _Terms(namespace.XSD)
DCTERMS, ORG, PROV = _Terms(namespace.DCTERMS), _Terms(namespace.ORG), _Terms(namespace.PROV)
SKOS, TIME = _Terms(namespace.SKOS), _Terms(namespace.TIME)
NEG, OA, SCHEMA = _Terms(kg_namespace.NEG), _Terms(kg_namespace.OA), _Terms(kg_namespace.SCHEMA)
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
# the direct ("truthy") statement a stance implies: holder -> target, one property per value
DIRECT = {"support": NEG.supports, "oppose": NEG.opposes, "conditional": NEG.supportsConditionally,
          "mixed": NEG.hasMixedViewOn, "neutral": NEG.isNeutralOn}
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


_DATE_TYPES = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}


def typed_date(value: str) -> Literal:
    """A date literal typed by its precision.

    >>> typed_date("2025-10").datatype == XSD.gYearMonth
    True
    """
    return Literal(value, datatype=_DATE_TYPES[len(value)])


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


class Terms(Protocol):
    """How compiled triples are written down: as rdflib nodes or as N-Triples text."""

    def iri(self, value: str) -> Any: ...

    def literal(self, value: str | int, datatype: URIRef | None = None) -> Any: ...

    def add(self, s: Any, p: Any, o: Any) -> None: ...


class RdflibTerms:
    """rdflib nodes added to an rdflib graph: the reference output."""

    def __init__(self, name: URIRef) -> None:
        self.graph = bind_prefixes(Graph(identifier=name))

    @staticmethod
    def iri(value: str) -> URIRef:
        return value if isinstance(value, URIRef) else URIRef(value)

    @staticmethod
    def literal(value: str | int, datatype: URIRef | None = None) -> Literal:
        return Literal(value, datatype=datatype)

    def add(self, s: URIRef, p: URIRef, o: URIRef | Literal) -> None:
        self.graph.add((s, p, o))


# N-Triples string escapes, the same as Oxigraph writes them
_ESCAPES = {i: f"\\u{i:04X}" for i in (*range(0x20), 0x7F)}
_ESCAPES.update({ord("\\"): "\\\\", ord('"'): '\\"', ord("\n"): "\\n", ord("\r"): "\\r",
                 ord("\t"): "\\t", ord("\b"): "\\b", ord("\f"): "\\f"})


@lru_cache(maxsize=65536)
def _lexical(value: str, datatype: URIRef) -> str:
    """The lexical form rdflib gives a typed literal (it normalises some, e.g. PT90M -> PT1H30M)."""
    return str(Literal(value, datatype=datatype))


class NTriplesTerms:
    """N-Triples text: each triple one statement ``<s> <p> o`` (without the final dot), kept
    once. The fast path of a build: no rdflib nodes, and the store loads the text as it is.

    >>> t = NTriplesTerms()
    >>> t.add(t.iri("https://e.org/s"), t.iri("https://e.org/p"), t.literal('say "hi"\\n'))
    >>> list(t.statements)
    ['<https://e.org/s> <https://e.org/p> "say \\\\"hi\\\\"\\\\n"']
    """

    def __init__(self, name: URIRef | None = None) -> None:
        self.statements: dict[str, None] = {}

    @staticmethod
    def iri(value: str) -> str:
        return f"<{value}>"

    @staticmethod
    def literal(value: str | int, datatype: URIRef | None = None) -> str:
        if datatype is None:
            return f'"{value.translate(_ESCAPES)}"'  # type: ignore[union-attr]
        lexical = str(value) if isinstance(value, int) else _lexical(value, datatype)
        return f'"{lexical.translate(_ESCAPES)}"^^<{datatype}>'

    def add(self, s: str, p: str, o: str) -> None:
        self.statements[f"{s} {p} {o}"] = None


@dataclass
class Compiled:
    """One article's named graph as N-Triples statements (each triple once)."""

    name: URIRef
    statements: list[str]

    def __len__(self) -> int:
        return len(self.statements)

    def graph(self) -> Graph:
        """The same triples as an rdflib graph."""
        g = bind_prefixes(Graph(identifier=self.name))
        for triple in rdflib_triples(self.statements):
            g.add(triple)
        return g


def rdflib_triples(statements: Iterable[str]) -> Iterator[tuple[Node, Node, Node]]:
    """N-Triples statements (without their final dots) as rdflib triples."""
    from kg.store import from_ox

    text = "".join(f"{st} .\n" for st in statements)
    for t in ox.parse(text, format=ox.RdfFormat.N_TRIPLES):
        yield from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)


class _Compiler:
    """Turns one annotation into triples; one instance per article."""

    def __init__(self, ann: Annotation, registry: Registry, terms: type[Terms]) -> None:
        self.ann = ann
        self.reg = registry
        self.aid = ann.article_id
        self.article = iri.article_iri(self.aid)
        self.status = NEG.machine if ann.status == "machine" else NEG.curated
        coding = ann.data.get("coding", {})
        self.coder = iri.agent_iri(coding.get("coder") or "unknown coder")
        self.name = iri.graph_iri(self.aid, machine=ann.status == "machine")
        self.t = terms(self.name)

    def link(self, s: URIRef, p: URIRef, o: URIRef) -> None:
        """A triple whose object is an IRI."""
        t = self.t
        t.add(t.iri(s), t.iri(p), t.iri(o))

    def text(self, s: URIRef, p: URIRef, value: str | None) -> None:
        """A triple whose object is plain text, unless ``value`` is None."""
        if value is not None:
            t = self.t
            t.add(t.iri(s), t.iri(p), t.literal(value))

    def typed(self, s: URIRef, p: URIRef, value: str | int | None, datatype: URIRef) -> None:
        """A triple whose object is a typed literal, unless ``value`` is None."""
        if value is not None:
            t = self.t
            t.add(t.iri(s), t.iri(p), t.literal(value, datatype))

    def date(self, s: URIRef, value: str) -> None:
        """``dcterms:date``, typed by its precision (see :func:`typed_date`)."""
        self.typed(s, DCTERMS.date, value, _DATE_TYPES[len(value)])

    def common(self, node: URIRef, item: dict[str, Any]) -> list[str]:
        """Confidence, the coder's note and the evidence, which every item may have; the
        exact texts of the evidence spans."""
        if item.get("confidence") is not None:
            self.typed(node, NEG.confidence, f"{item['confidence']:.3f}", XSD.decimal)
        self.text(node, RDFS.comment, item.get("note"))
        return [self.evidence(node, ev) for ev in item.get("evidence") or []]

    def evidence(self, item: URIRef, ev: dict[str, Any]) -> str:
        """The Web Annotation of one evidence span of ``item``; returns its exact text."""
        node = iri.evidence_iri(self.aid, str(item), ev["start"], ev["end"])
        target, pos, quote = (URIRef(f"{node}#{p}") for p in ("target", "position", "quote"))
        exact = self.ann.text[ev["start"]:ev["end"]] if self.ann.text else ev["text"]
        link = self.link
        link(item, NEG.hasEvidence, node)
        link(node, RDF.type, NEG.Evidence)
        link(node, OA.hasBody, item)
        link(node, OA.motivatedBy, OA.classifying)
        link(node, OA.hasTarget, target)
        link(node, PROV.wasDerivedFrom, self.article)
        link(node, PROV.wasAttributedTo, self.coder)
        link(target, RDF.type, OA.SpecificResource)
        link(target, OA.hasSource, self.article)
        link(target, OA.hasSelector, pos)
        link(target, OA.hasSelector, quote)
        link(pos, RDF.type, OA.TextPositionSelector)
        self.typed(pos, OA.start, ev["start"], XSD.nonNegativeInteger)
        self.typed(pos, OA.end, ev["end"], XSD.nonNegativeInteger)
        link(quote, RDF.type, OA.TextQuoteSelector)
        self.text(quote, OA.exact, exact)
        return exact

    def issues(self, node: URIRef, codes: list[str] | None, *where: Any) -> None:
        for i, code in enumerate(codes or []):
            self.link(node, NEG.onIssue, self.reg.ref(self.ann, code, ("issue",), *where, i))

    def compile(self) -> Any:
        self.article_node()
        for name in ("actors", "positions", "proposals", "stances", "events", "relations"):
            for i, item in enumerate(self.ann.items(name)):
                getattr(self, name[:-1])(item, i)
        return self.t

    def article_node(self) -> None:
        a, art = self.article, self.ann.data["article"]
        publisher = iri.actor_iri(slugify(art["publisher"]))
        self.link(a, RDF.type, SCHEMA.NewsArticle)
        self.text(a, DCTERMS.title, art["title"])
        self.link(a, DCTERMS.publisher, publisher)
        if slugify(art["publisher"]) not in self.reg.kinds:
            self.link(publisher, RDF.type, NEG.Organization)
            self.text(publisher, RDFS.label, art["publisher"])
        try:
            ox.NamedNode(art["url"])
        except ValueError as exc:
            raise self.ann.error(f"field 'article.url': {art['url']!r} is not a valid IRI ({exc})",
                                 "article", "url") from None
        self.link(a, SCHEMA.url, URIRef(art["url"]))
        self.typed(a, DCTERMS.date, art["date"], XSD.date)
        self.text(a, DCTERMS.language, art.get("language", "en"))
        self.text(a, NEG.textSha256, art.get("sha256"))
        self.link(a, NEG.codingStatus, self.status)
        coding = self.ann.data.get("coding", {})
        agent_type = PROV.SoftwareAgent if self.status == NEG.machine else PROV.Agent
        self.link(self.coder, RDF.type, agent_type)
        self.text(self.coder, RDFS.label, coding.get("coder") or "unknown coder")

    def actor(self, item: dict[str, Any], i: int) -> None:
        node = iri.actor_iri(item["id"])
        self.link(node, RDF.type, ACTOR_CLASS[item["type"]])
        self.text(node, RDFS.label, item["label"])
        for alias in item.get("aliases", []):
            self.text(node, SKOS.altLabel, alias)
        self.text(node, SCHEMA.jobTitle, item.get("role"))
        for key, pred in (("affiliation", SCHEMA.affiliation), ("speaks_for", NEG.speaksFor)):
            if item.get(key):
                self.link(node, pred, self.reg.ref(self.ann, item[key], _ACTOR, "actors", i, key))
        self.common(node, item)

    def position(self, item: dict[str, Any], i: int) -> None:
        node = iri.position_iri(item["id"])
        self.link(node, RDF.type, NEG.Position)
        self.text(node, RDFS.label, item["label"])
        self.text(node, DCTERMS.description, item.get("description"))
        self.issues(node, item["issue"], "positions", i, "issue")
        self.common(node, item)

    def proposal(self, item: dict[str, Any], i: int) -> None:
        node = iri.proposal_iri(item["id"])
        self.link(node, RDF.type, NEG.Proposal)
        self.text(node, RDFS.label, item["label"])
        self.text(node, DCTERMS.description, item.get("description"))
        self.issues(node, item.get("issue"), "proposals", i, "issue")
        for k, ident in enumerate(item.get("includes", [])):
            ref = self.reg.ref(self.ann, ident, ("position",), "proposals", i, "includes", k)
            self.link(node, NEG.includesPosition, ref)
        if item.get("revision_of"):
            ref = self.reg.ref(self.ann, item["revision_of"], ("proposal",), "proposals", i, "revision_of")
            self.link(node, PROV.wasRevisionOf, ref)
        for k, ident in enumerate(item.get("drafted_by", [])):
            ref = self.reg.ref(self.ann, ident, _ACTOR, "proposals", i, "drafted_by", k)
            self.link(node, PROV.wasAttributedTo, ref)
        if item.get("date"):
            self.date(node, item["date"])
        self.common(node, item)

    def stance(self, item: dict[str, Any], i: int) -> None:
        node = iri.stance_iri(self.aid, item["id"])
        ref = self.reg.ref
        self.link(node, RDF.type, NEG.Stance)
        holder = ref(self.ann, item["holder"], _ACTOR, "stances", i, "holder")
        self.link(node, NEG.holder, holder)
        if item.get("voiced_by"):
            voice = ref(self.ann, item["voiced_by"], _ACTOR, "stances", i, "voiced_by")
            if self.reg.actor_types.get(item["voiced_by"]) != "person":
                raise self.ann.error(f"field 'stances.{i}.voiced_by': '{item['voiced_by']}' is not "
                                     "a person", "stances", i, "voiced_by")
            self.link(node, NEG.voicedBy, voice)
        target = ref(self.ann, item["target"], _TARGET, "stances", i, "target")
        self.link(node, NEG.target, target)
        self.issues(node, item["issue"], "stances", i, "issue")
        self.link(node, NEG.stanceValue, VALUE[item["value"]])
        self.link(holder, DIRECT[item["value"]], target)  # derived: see docs/design.md
        self.text(node, NEG.condition, item.get("condition"))
        if item.get("condition_position"):
            cond = ref(self.ann, item["condition_position"], ("position",), "stances", i,
                       "condition_position")
            self.link(node, NEG.conditionPosition, cond)
        self.date(node, item.get("date") or self.ann.data["article"]["date"])
        self.link(node, NEG.codingStatus, self.status)
        self.link(node, DCTERMS.source, self.article)
        for exact in self.common(node, item):
            self.text(node, NEG.evidenceText, exact)  # derived: see docs/design.md

    def event(self, item: dict[str, Any], i: int) -> None:
        node = iri.event_iri(item["id"])
        self.link(node, RDF.type, EVENT_CLASS[item["type"]])
        self.text(node, RDFS.label, item["label"])
        if item.get("date"):
            self.date(node, item["date"])
        if item.get("duration"):
            self.typed(node, TIME.hasXSDDuration, item["duration"], XSD.duration)
        if item.get("place"):
            place = iri.place_iri(item["place"])
            self.link(place, RDF.type, NEG.Place)
            self.text(place, RDFS.label, item["place"])
            self.link(node, SCHEMA.location, place)
        if item.get("status"):
            self.link(node, SCHEMA.eventStatus, EVENT_STATUS[item["status"]])
        for k, ident in enumerate(item.get("participants", [])):
            self.link(node, SCHEMA.attendee, self.reg.ref(self.ann, ident, _ACTOR, "events", i,
                                                          "participants", k))
        self.issues(node, item.get("issues"), "events", i, "issues")
        for k, ident in enumerate(item.get("discussed", [])):
            self.link(node, NEG.discussed, self.reg.ref(self.ann, ident, _TARGET, "events", i,
                                                        "discussed", k))
        self.link(node, DCTERMS.source, self.article)
        self.common(node, item)

    def relation(self, item: dict[str, Any], i: int) -> None:
        pred, subject_kinds, object_kinds, symmetric = RELATION[item["predicate"]]
        s = self.reg.ref(self.ann, item["subject"], subject_kinds, "relations", i, "subject")
        o = self.reg.ref(self.ann, item["object"], object_kinds, "relations", i, "object")
        if item["predicate"] == "speaks_for" and self.reg.actor_types.get(item["subject"]) != "person":
            raise self.ann.error(f"field 'relations.{i}.subject': only a person speaks for "
                                 "another actor", "relations", i, "subject")
        self.link(s, pred, o)
        if symmetric:
            self.link(o, pred, s)
        if item.get("evidence") or item.get("asserted_by"):
            node = iri.relation_iri(self.aid, item["subject"], item["predicate"], item["object"])
            self.link(node, RDF.type, NEG.RelationClaim)
            self.link(node, RDF.subject, s)
            self.link(node, RDF.predicate, pred)
            self.link(node, RDF.object, o)
            if item.get("asserted_by"):
                who = self.reg.ref(self.ann, item["asserted_by"], _ACTOR, "relations", i, "asserted_by")
                self.link(node, NEG.assertedBy, who)
            self.link(node, DCTERMS.source, self.article)
            self.link(node, NEG.codingStatus, self.status)
            self.common(node, item)


def _compile(ann: Annotation, registry: Registry, terms: type[Terms]) -> Any:
    try:
        return _Compiler(ann, registry, terms).compile()
    except ValueError as exc:  # an id that could not be minted
        raise AnnotationError(ann.path, str(exc)) from None


def compile_annotation(ann: Annotation, registry: Registry) -> Graph:
    """The named graph of one article, as an rdflib graph (the reference output).

    Raises :class:`AnnotationError` for a reference to an unknown or wrong-kind id.
    """
    return _compile(ann, registry, RdflibTerms).graph


def compile_statements(ann: Annotation, registry: Registry) -> Compiled:
    """The named graph of one article as N-Triples statements: the same triples as
    :func:`compile_annotation`, several times faster to make and to store."""
    terms = _compile(ann, registry, NTriplesTerms)
    return Compiled(iri.graph_iri(ann.article_id, machine=ann.status == "machine"), list(terms.statements))
