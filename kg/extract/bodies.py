"""Which organisation a word in a person's role refers to: whether a body noun ("the
party", "the company") can name an organisation, what a definite body noun subject refers
back to, whether a one-word name that owns an office is a new body, whether the head
of a think tank speaks for it, and which state a ruling movement's government is (coding
guide sections 1 and 3). Used by :mod:`kg.extract.roles`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kg.extract.actors import KIND_HEADS, Actor, ActorTable
from kg.extract.lexicon import words
from kg.extract.rolespans import role_word
from kg.extract.segment import Sentence

if TYPE_CHECKING:
    from kg.extract.mentions import Mentions


def kind_fits(actor: Actor, noun: str) -> bool:
    """Whether an organisation can be what ``noun`` ("party", "union", "company") calls it:
    its name ends in a word of that kind, or in no organisation word at all.

    >>> kind_fits(Actor("a", "organization", "Labour Alliance"), "party")
    True
    >>> kind_fits(Actor("b", "organization", "Steel Workers Union"), "company")
    False
    """
    heads = actor.label_words & (
        words("roles", "organization_heads") | {h for hs in KIND_HEADS.values() for h in hs})
    if not heads:
        return True
    if noun in KIND_HEADS:
        return bool(heads & KIND_HEADS[noun])
    if noun in {"company", "firm", "employer", "operator", "carrier", "maker",
                "manufacturer", "producer"}:
        return not heads & (KIND_HEADS["party"] | KIND_HEADS["union"]) or noun in heads
    return True


# State organs a possessive can name an office by ("the ministry's spokesman"): the state's.
_STATE_ORGAN_NOUNS = {"ministry", "government", "cabinet", "administration", "presidency"}


def possessor_fits(body: Actor, noun: str) -> bool:
    """Whether the unnamed possessor of an office ("the party's", "the ministry's", from
    :func:`kg.extract.officetitles.bound_elsewhere`) can be ``body``: a body noun of its kind
    for an organisation, a state organ for a state.

    >>> possessor_fits(Actor("a", "organization", "Green Alliance"), "party")
    True
    >>> possessor_fits(Actor("b", "state", "Oslandia"), "union")
    False
    """
    if body.type == "state":
        return noun in _STATE_ORGAN_NOUNS
    return body.type == "organization" and noun in words("roles", "organization_nouns") and \
        kind_fits(body, noun)


def body_noun_referent(table: ActorTable, tok: Any, sent: Sentence,
                       prefer: Actor | None = None) -> Actor | None:
    """The organisation a definite body noun ("the party", "the union") refers back to, if
    one of its kind was named before it; ``prefer`` (the subject of the sentence before:
    "Corvex sees it otherwise. The company says ...") wins if it fits."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or lemma not in words("roles", "organization_nouns") or not any(
            c.lower_ == "the" and c.dep_ == "det" for c in tok.children):
        return None
    found = table.recent_collective(lemma, sent.base + tok.idx, prefer=prefer)
    return found if found is not None and found.type == "organization" and \
        kind_fits(found, lemma) else None


def for_the_body(tokens: Any, sent: Sentence, name: Any) -> bool:
    """Whether the head of a think tank or research centre speaks for it (coding guide
    section 3, session 8): on its work ("X, who directs the centre, said her centre had
    found ...") or after it took a position ("The institute called the plan a fig leaf.
    Its director, X, said ..."), not for his own assessment ("X, director of the institute,
    said the deal was a mistake")."""
    if any(t.lower_ in {"its", "their"} and t.dep_ == "poss" for t in tokens):
        return True
    return any(t.lower_ in {"her", "his", "our"} and t.dep_ == "poss" and
               t.head.lemma_.lower() in words("roles", "organization_nouns") | _RESEARCH_NOUNS
               for t in sent.span.doc[name.end:sent.span.end])


_RESEARCH_NOUNS = {"centre", "center", "institute", "think", "team", "unit", "programme",
                   "program", "network"}


def organisation_named_like(table: ActorTable, person: Actor) -> bool:
    """A one-word "person" that an organisation of the article is also called ("Velmora,
    the grid company, ...": the model tagged the name a person elsewhere)."""
    if " " in person.label:
        return False
    found = table.find_collective(person.label)
    return found is not None and found.type == "organization"


def unknown_body(table: ActorTable, name: Any) -> bool:
    """A name never seen before that owns an office ("Velmora's deputy head", "Junts'
    spokesman"): no person, state or place, so a body (persons are introduced by their
    full names)."""
    return len(name) == 1 and name[0].is_alpha and name[0].ent_type_ in {"", "ORG"} and \
        table.find_person(name.text) is None and table.gazetteer.lookup(name.text) is None \
        and not table.is_excluded(name.text)


def listed_boss_body(table: ActorTable, tokens: Any, sent: Sentence) -> Actor | None:
    """The state or organisation of a listed person (gazetteer) whose office a role names
    before the article has named him as an actor ("one of the deputy heads of the
    president's office"): an aide's office is in the same body."""
    for tok in tokens:
        found = table.gazetteer.lookup(tok.text) if tok.dep_ == "poss" and \
            tok.pos_ == "PROPN" else None
        if found is not None and found[0].type == "person" and \
                found[0].speaks_for in table.gazetteer.entries:
            entry = table.gazetteer.entries[found[0].speaks_for]
            pos = sent.base + tok.idx
            return table.collective(entry, entry.label, pos, pos, evidence=False)
    return None


_GOVERNMENT_NOUNS = {"government", "administration", "authorities", "cabinet"}


def governed_state(table: ActorTable, tokens: Any, sent: Sentence,
                   mentions: Mentions) -> Actor | None:
    """The state a ruling movement's government is ("spokesman of the Taliban government"):
    the state its gazetteer entry ``governs`` (coding guide: a state is its government)."""
    for tok in tokens:
        if tok.lemma_.lower() not in _GOVERNMENT_NOUNS:
            continue
        for child in tok.children:
            entry = table.gazetteer.entries.get(mentions.actor_at(sent.index, child.i) or "")
            state = table.gazetteer.entries.get(entry.governs or "") if entry else None
            if child.dep_ in {"compound", "amod", "poss"} and state is not None:
                pos = sent.base + child.idx
                return table.collective(state, "", pos, pos, evidence=False)
    return None


_SPOKES_NOUNS = {"spokesperson", "spokesman", "spokeswoman"}


def portfolio_owner(table: ActorTable, tokens: Any, boss: Actor) -> bool:
    """ "Sinn Fein's health spokesperson": a name that owns a spokesperson for a portfolio
    ("health", "foreign affairs") is a party, not a person, even when the model took it for
    one; it becomes an organisation. Whether ``boss`` was so turned."""
    for tok in tokens:
        head = tok.head
        if tok.dep_ != "poss" or tok.pos_ != "PROPN" or head.lower_ not in _SPOKES_NOUNS or \
                not any(c.dep_ in {"compound", "amod"} and c.text.islower() and c.i < head.i
                        for c in head.children):
            continue
        if boss.type == "person" and boss.label.endswith(tok.text) and not boss.role and \
                boss.id not in table.gazetteer.entries:
            boss.type, boss.aliases, boss.role = "organization", [], None
            return True
    return False


def possessive_body(table: ActorTable, tokens: Any, sent: Sentence) -> Actor | None:
    """An organisation named in the possessive, untagged, in a role ("the Socialist Left's
    finance spokeswoman"): a name or short name of one already known, or a new one-word
    name (:func:`unknown_body`)."""
    for tok in tokens:
        if tok.dep_ == "poss" and tok.pos_ != "PRON" and (tok.pos_ == "PROPN" or (
                tok.text[:1].isupper() and not tok.is_sent_start)):  # "Junts' spokesman",
            # not "Q: Their leader"
            name = tokens.doc[tok.left_edge.i:tok.i + 1]
            name = name[1:] if name[0].lower_ == "the" else name
            found = table.find_collective(name.text) or table.short_form(name.text)
            if found is not None and found.type == "organization":
                return found
            if found is None and unknown_body(table, name) and role_word(tok.head):
                start = sent.base + name.start_char
                return table.new_collective(name.text, "organization", start,
                                            start + len(name.text))
    return None
