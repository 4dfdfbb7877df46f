"""Plain records the network views are built from, made from query rows.

A *row* is a dict of variable name to value, as :func:`kg.queries.run` returns
(rdflib terms or ``None``) or as a test writes it (plain strings). Rows are
grouped into one :class:`StanceRecord` per stance (a stance has one row per
issue x evidence span), one :class:`NodeRecord` per item and one
:class:`LinkRecord` per typed link.

>>> rows = [{"stance": "s1", "holder": "https://w3id.org/kg-negotiation/id/actor/russia",
...          "target": "https://w3id.org/kg-negotiation/id/position/ceasefire",
...          "value": "support", "issue": "https://w3id.org/kg-negotiation/issue/ceasefire"}]
>>> s = stances_from_rows(rows)[0]
>>> s.holder_label, s.value, s.sign, s.target_kind
('russia', 'support', 1.0, 'position')
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from rdflib import URIRef

from kg.namespace import NEG_IRI, PREFIXES

STANCE_VALUES = ("support", "oppose", "conditional", "mixed", "neutral")
SIGN = {"support": 1.0, "oppose": -1.0, "conditional": 0.5, "mixed": 0.0, "neutral": 0.0}
"""The signed weight of each stance value: conditional is half support, mixed/neutral none."""

ACTOR_KINDS = ("person", "state", "organization", "actor")
EVENT_KINDS = ("meeting", "summit", "phonecall", "visit", "militarydevelopment",
               "announcement", "deadline", "otherevent")
_CLASS_KIND = {
    "Person": "person", "State": "state", "Organization": "organization",
    "Position": "position", "Proposal": "proposal", "Concept": "issue",
    "NewsArticle": "article", "Meeting": "meeting", "Summit": "summit",
    "PhoneCall": "phonecall", "Visit": "visit", "MilitaryDevelopment": "militarydevelopment",
    "Announcement": "announcement", "Deadline": "deadline", "OtherEvent": "otherevent",
}
_PREDICATE_NAMES = {
    "onIssue": "on_issue", "includesPosition": "includes", "wasRevisionOf": "revision_of",
    "wasAttributedTo": "drafted_by", "conflictsWith": "conflicts_with",
    "compatibleWith": "compatible_with", "conditionalOn": "conditional_on",
    "linkedTo": "linked_to", "speaksFor": "speaks_for", "advises": "advises",
    "memberOf": "member_of", "negotiatesWith": "negotiates_with", "mediates": "mediates",
    "affiliation": "affiliation", "attendee": "attendee", "discussed": "discussed",
    "source": "source", "publisher": "publisher",
}


def text(value: Any) -> str | None:
    """The lexical form of a term (IRI string or literal text), ``None`` stays ``None``.

    >>> from rdflib import Literal
    >>> text(Literal("2025-12-03")), text(None)
    ('2025-12-03', None)
    """
    return None if value is None else str(value)


def local_name(iri: str) -> str:
    """The last segment of an IRI (after ``#`` or ``/``).

    >>> local_name("https://w3id.org/kg-negotiation/ontology#support")
    'support'
    """
    return iri.rstrip("/").rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def short_id(iri: str) -> str:
    """A prefixed name for an IRI in one of kg's namespaces, else the IRI itself.

    >>> short_id("https://w3id.org/kg-negotiation/id/actor/russia")
    'kgr:actor/russia'
    """
    for prefix in ("kgr", "issue", "neg"):
        base = PREFIXES[prefix]
        if iri.startswith(base):
            return f"{prefix}:{iri[len(base):]}"
    return iri


def stance_value(value: Any) -> str:
    """``neg:support`` (IRI or local name) to ``support``; unknown values pass through.

    >>> stance_value("https://w3id.org/kg-negotiation/ontology#oppose"), stance_value("mixed")
    ('oppose', 'mixed')
    """
    name = text(value) or "neutral"
    return name[len(NEG_IRI):] if name.startswith(NEG_IRI) else local_name(name)


def kind_of(iri: str | None, default: str) -> str:
    """The node kind (``person``, ``position``, ``meeting``...) of a class IRI or name.

    >>> kind_of("https://schema.org/NewsArticle", "other"), kind_of(None, "actor")
    ('article', 'actor')
    """
    return _CLASS_KIND.get(local_name(iri), default) if iri else default


def predicate_name(iri: str) -> str:
    """A short snake_case name for a link predicate IRI.

    >>> predicate_name("https://w3id.org/kg-negotiation/ontology#onIssue")
    'on_issue'
    """
    name = local_name(iri)
    return _PREDICATE_NAMES.get(name, name)


@dataclass(frozen=True)
class EvidenceSpan:
    """A cited span of an article: the exact text and its code-point offsets."""

    text: str
    start: int | None = None
    end: int | None = None


@dataclass
class StanceRecord:
    """One stance, with everything a view, a tooltip or a filter needs."""

    id: str
    holder: str
    target: str
    value: str
    holder_label: str = ""
    holder_kind: str = "actor"
    voiced_by: str | None = None
    voiced_by_label: str | None = None
    target_label: str = ""
    target_kind: str = "position"
    issues: list[str] = field(default_factory=list)
    issue_labels: dict[str, str] = field(default_factory=dict)
    condition: str | None = None
    date: str | None = None
    article: str | None = None
    article_title: str | None = None
    publisher: str | None = None
    publisher_label: str | None = None
    url: str | None = None
    evidence: list[EvidenceSpan] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.holder_label = self.holder_label or local_name(self.holder)
        self.target_label = self.target_label or local_name(self.target)

    @property
    def sign(self) -> float:
        """The signed weight of the value (support +1, conditional +0.5, oppose -1, else 0)."""
        return SIGN.get(self.value, 0.0)


@dataclass
class NodeRecord:
    """An item of the full view: actor, position, proposal, issue, event or article."""

    id: str
    kind: str
    label: str
    date: str | None = None
    status: str | None = None
    article: str | None = None
    url: str | None = None
    publisher: str | None = None
    publisher_label: str | None = None


@dataclass(frozen=True)
class LinkRecord:
    """A typed link between two items (``predicate`` is a short name such as ``on_issue``)."""

    source: str
    predicate: str
    target: str


@dataclass
class GraphData:
    """Everything the views are projected from."""

    stances: list[StanceRecord] = field(default_factory=list)
    nodes: list[NodeRecord] = field(default_factory=list)
    links: list[LinkRecord] = field(default_factory=list)


def _int(value: Any) -> int | None:
    return None if value is None else int(str(value))


def _target_kind(row: Mapping[str, Any], target: str) -> str:
    if row.get("target_kind") is not None:
        return kind_of(text(row["target_kind"]), "position")
    return "proposal" if "/proposal/" in target else "position"


def _new_stance(row: Mapping[str, Any]) -> StanceRecord:
    holder = text(row["holder"]) or ""
    target = text(row["target"]) or ""
    key = text(row.get("stance")) or "|".join(
        text(row.get(k)) or "" for k in ("holder", "target", "value", "date", "article"))
    return StanceRecord(
        id=key, holder=holder, target=target, value=stance_value(row.get("value")),
        holder_label=text(row.get("holder_label")) or local_name(holder),
        holder_kind=kind_of(text(row.get("holder_kind")), "actor"),
        voiced_by=text(row.get("voiced_by")),
        voiced_by_label=text(row.get("voiced_by_label")) or (
            local_name(text(row["voiced_by"]) or "") if row.get("voiced_by") else None),
        target_label=text(row.get("target_label")) or local_name(target),
        target_kind=_target_kind(row, target),
        condition=text(row.get("condition")),
        date=text(row.get("date")) or text(row.get("article_date")),
        article=text(row.get("article")), article_title=text(row.get("article_title")),
        publisher=text(row.get("publisher")), publisher_label=text(row.get("publisher_label")),
        url=text(row.get("url")),
    )


def _evidence_of(row: Mapping[str, Any]) -> EvidenceSpan | None:
    quote = text(row.get("evidence_text"))
    if quote is None and row.get("evidence") is not None and not _is_iri(row["evidence"]):
        quote = text(row["evidence"])
    if quote is None:
        return None
    return EvidenceSpan(quote, _int(row.get("evidence_start")), _int(row.get("evidence_end")))


def _is_iri(value: Any) -> bool:
    return isinstance(value, URIRef) or str(value).startswith(("http://", "https://"))


def stances_from_rows(rows: Iterable[Mapping[str, Any]]) -> list[StanceRecord]:
    """Group query rows into stances (one row per stance x issue x evidence span).

    Rows without a ``stance`` variable (e.g. from the named ``stances`` query) are
    keyed by holder, target, value, date and article.

    >>> rows = [{"stance": "s", "holder": "a", "target": "p", "value": "oppose",
    ...          "issue": "i1", "evidence_text": "No.", "evidence_start": 3, "evidence_end": 6},
    ...         {"stance": "s", "holder": "a", "target": "p", "value": "oppose",
    ...          "issue": "i2", "evidence_text": "No.", "evidence_start": 3, "evidence_end": 6}]
    >>> s = stances_from_rows(rows)[0]
    >>> s.issues, s.evidence
    (['i1', 'i2'], [EvidenceSpan(text='No.', start=3, end=6)])
    """
    by_id: dict[str, StanceRecord] = {}
    for row in rows:
        record = _new_stance(row)
        stance = by_id.setdefault(record.id, record)
        issue = text(row.get("issue"))
        if issue and issue not in stance.issues:
            stance.issues.append(issue)
            stance.issue_labels[issue] = text(row.get("issue_label")) or local_name(issue)
        span = _evidence_of(row)
        if span is not None and span not in stance.evidence:
            stance.evidence.append(span)
    return list(by_id.values())


def nodes_from_rows(rows: Iterable[Mapping[str, Any]]) -> list[NodeRecord]:
    """One record per item; an item typed twice (e.g. a person) keeps its first kind.

    >>> nodes_from_rows([{"node": "https://w3id.org/kg-negotiation/id/actor/russia",
    ...                   "kind": "https://w3id.org/kg-negotiation/ontology#State"}])[0].kind
    'state'
    """
    by_id: dict[str, NodeRecord] = {}
    for row in rows:
        node = text(row["node"]) or ""
        if node in by_id:
            continue
        by_id[node] = NodeRecord(
            id=node, kind=kind_of(text(row.get("kind")), "other"),
            label=text(row.get("label")) or local_name(node), date=text(row.get("date")),
            status=local_name(text(row["status"]) or "") if row.get("status") else None,
            article=text(row.get("article")), url=text(row.get("url")),
            publisher=text(row.get("publisher")),
            publisher_label=text(row.get("publisher_label")))
    return list(by_id.values())


def links_from_rows(rows: Iterable[Mapping[str, Any]]) -> list[LinkRecord]:
    """Typed links with short predicate names, without duplicates.

    >>> links_from_rows([{"source": "e", "predicate": "http://purl.org/dc/terms/source",
    ...                   "target": "a"}])
    [LinkRecord(source='e', predicate='source', target='a')]
    """
    seen: dict[LinkRecord, None] = {}
    for row in rows:
        link = LinkRecord(text(row["source"]) or "", predicate_name(text(row["predicate"]) or ""),
                          text(row["target"]) or "")
        seen.setdefault(link, None)
    return list(seen)
