"""How a named entity is used in its sentence, and recording it as a mention.

Predicates over entity spans: a place ("talks in Geneva") or an actor (a
subject, a possessor, qualifying an office), a person ("X, who ...", "Kremlin
spokesman X") or a speaking organisation. :func:`mark` records a span as a
mention of an actor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kg.extract.actors import Actor, ActorTable
from kg.extract.lexicon import words
from kg.extract.orgnames import acronym, descriptors, org_like
from kg.extract.rolespans import clock_time, role_phrase
from kg.extract.segment import Sentence

if TYPE_CHECKING:
    from kg.extract.mentions import Mentions

LOCATIVE_PREPS = {"in", "at", "to", "from", "near", "outside", "into", "across", "via",
                  "through", "inside", "around", "toward", "towards"}
_KIN = {"brother", "sister", "son", "daughter", "wife", "husband", "father", "mother",
        "family", "parent", "child", "relative", "cousin", "uncle", "aunt", "nephew", "niece",
        "grandson", "granddaughter", "partner", "fiance", "widow"}


def preposition_of(root: Any) -> Any | None:
    """The preposition whose object the token is, also as a later conjunct ("in the United
    States, Brazil and Guyana"), or None."""
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root.head if root.dep_ == "pobj" else None


def is_locative(span: Any) -> bool:
    """A place, not an actor: "talks in Geneva", "a Nairobi-based group"."""
    root = span.root
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].text == "-" and doc[span.end + 1].lower_ in {
            "based", "born", "headquartered"}:
        return True
    prep = preposition_of(root)
    if prep is None:
        return False
    if prep.lower_ == "from" and (prep.head.lemma_.lower() in words("roles", "collective") or
                                  prep.head.lemma_.lower() in words("roles", "office")):
        return False  # "negotiators from Egypt, Ethiopia and Sudan": theirs, not a place
    return prep.lower_ in LOCATIVE_PREPS or (
        prep.lower_ == "of" and prep.head.lemma_.lower() in words("roles", "geographic_nouns"))


def qualifies_collective(span: Any) -> bool:
    """A demonym/state token modifying an official or collective noun (also the second of
    two: "Qatari and Egyptian mediators")."""
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    head = root.head
    return root.dep_ in {"amod", "compound", "nmod", "poss"} and (
        head.lower_ in words("roles", "collective") or head.lower_ in words("roles", "office")
        or head.lemma_.lower() in words("roles", "office")
    )


def person_like(table: ActorTable, text: str) -> bool:
    """Whether an ORG entity is really a person (a known name, or a gazetteer person)."""
    found = table.gazetteer.lookup(text)
    return (found is not None and found[0].type == "person") or table.find_person(text) is not None


def speaks(span: Any) -> bool:
    """A name that is the subject of a speech or attitude verb ("Islamic Jihad said")."""
    root = span.root
    verbs = words("speech", "speech") | words("speech", "attitude")
    roles = words("roles", "office") | words("roles", "non_office")
    described = any(c.dep_ == "appos" and any(t.lower_ in roles for t in c.subtree)
                    for c in root.children)  # "Sofia Brandt, a trade economist, said"
    first_name = span.start > 0 and span.doc[span.start - 1].pos_ == "PROPN" and \
        span.doc[span.start - 1].dep_ == "compound"  # "said Ana Tuilagi" tagged ORG
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in verbs and not (
        described or first_name or titled(span))


def personal(span: Any) -> bool:
    """A name taking a personal relative clause: "X, who ..." or "X, whose brother ..."."""
    for child in span.root.children:
        if child.dep_ != "relcl":
            continue
        first = child.left_edge
        if first.lower_ in {"who", "whom"} or (first.lower_ == "whose" and
                                               first.head.lemma_.lower() in _KIN):
            return True
    return False


def role_apposed(span: Any) -> bool:
    """A name with a role in apposition after it ("X, Russia's human rights commissioner"),
    or a personal name in apposition after a singular role ("A spokesperson for the fund,
    X, said"; "the leader of the city council, X,"): the role says it is a person."""
    roles = words("roles", "office") | words("roles", "non_office")
    root = span.root
    if any(c.dep_ == "appos" and c.i > root.i and c.lower_ in roles for c in root.children):
        return True
    return root.dep_ == "appos" and role_phrase(root.head) and len(span) > 1 and \
        not org_like(span.text) and not acronym(span.text) and span.start > 0 and \
        span.doc[span.start - 1].text == ","


def titled(span: Any) -> bool:
    """A name after a title ("Kremlin spokesman Pavel Orlov"): a person, whatever the tag."""
    roles = words("roles", "office") | words("roles", "non_office")
    return any(c.i < span.start and c.dep_ in {"compound", "amod"} and c.lower_ in roles
               for c in span.root.children)


def acts(span: Any, partners: bool = True) -> bool:
    """A place name used as an actor: a subject, a possessor, or qualifying an office. A
    state named otherwise ("lagged behind Chile") is an actor only if a stance or an event
    uses it. ``partners``: "talks with X", "between X and Y" count (for known states; an
    unknown place "between Sanaa and Marib" is a place)."""
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "Britain, France and Germany said"
    return root.dep_ in {"nsubj", "nsubjpass", "poss"} or qualifies_collective(span) or (
        root.dep_ == "pobj" and (root.head.dep_ == "agent" or root.head.lower_ == "by" or (
            partners and root.head.lower_ in {"with", "between", "against"})))


def _described_name(doc: Any, i: int) -> bool:
    """A lowercase word the model took into a name before a capitalised one ("the liberal
    Union of ..."), not a name's particle ("al-", "van", "de")."""
    return doc[i].is_alpha and doc[i].text.islower() and len(doc[i]) > 3 and \
        doc[i + 1].text[:1].isupper()


def clip(span: Any) -> Any:
    """Drop a leading determiner, a live blog's time stamp ("09:40 The Farmers' Union",
    "14:05 Berg") and a trailing possessive from an entity span; from an organisation's,
    also a lowercase description ("the centrist Alliance of ...", even when tagged as a name),
    the lowercase words the model ran the name on with ("... years ago", "... convention";
    not an organisation noun: "the Congress party") and an unclosed bracket the model cut
    ("the Union of Growers (UG": its acronym)."""
    start, end = span.start, span.end
    doc = span.doc
    if start < end - 1 and clock_time(doc[start]):
        start += 1
    if span.label_ == "ORG":
        end = next((t.i for t in doc[start + 1:end] if t.text == "(" and ")" not in
                    doc[t.i:end].text), end)
    if start < end and (doc[start].lower_ == "the" or (
            doc[start].lower_ in {"a", "an"} and doc[start].dep_ == "det" and
            not span.start <= doc[start].head.i < end)):  # "an IMF mission": a det of "mission"
        start += 1
    while span.label_ == "ORG" and start < end - 1 and doc[start].text[:1].islower() and \
            (doc[start].pos_ == "ADJ" or _described_name(doc, start)):
        start += 1  # "bicommunal Committee on ...": a description, not part of the name
    while span.label_ == "ORG" and end - 1 > start and doc[end - 1].is_alpha and \
            doc[end - 1].text.islower() and doc[end - 1].lower_ not in \
            words("roles", "organization_heads") | words("roles", "organization_nouns"):
        end -= 1  # "the Court of Arbitration months ago", "the Congress on board": no name words
    if end - 1 > start and doc[end - 1].tag_ == "POS":
        end -= 1
    return doc[start:end]


def mark(mentions: Mentions, sent: Sentence, span: Any, actor: Actor) -> None:
    """Record ``span`` as a mention of ``actor``; an acronym in brackets right after an
    organisation's name ("the National Liberation Army (ELN)") becomes its alias."""
    for tok in span:
        mentions.by_token[(sent.index, tok.i)] = actor.id
    if actor.type == "person":
        return
    actor.descriptors |= descriptors(span)
    doc = span.doc
    if span.end + 2 < len(doc) and doc[span.end].text == "(" and doc[span.end + 2].text == ")" \
            and acronym(doc[span.end + 1].text) and len(span) > 1:
        actor.add_alias(doc[span.end + 1].text)
        mentions.by_token[(sent.index, span.end + 1)] = actor.id


def short_form(table: ActorTable, mentions: Mentions, sent: Sentence, name: Any) -> bool:
    """Mark a lone name that abbreviates a known organisation ("Hanbit said")."""
    org = table.short_form(name.text) if (sent.index, name.start) not in mentions.by_token \
        else None
    if org is None:
        return False
    start = sent.base + name.start_char
    table.touch(org, start, start + len(name.text), False)
    org.add_alias(name.text)
    mark(mentions, sent, name, org)
    return True
