"""A party member without a party office who speaks about what "the party" or "her party"
will do speaks for the party (coding guide section 2: a party's own course is the
party's). "Senator X of the Y Party said ... her party would back the bill": X holds no
office, but she states the party's course, so the holder is the party, ``voiced_by`` X.

A member quoted on anything else (his own view, the government's conduct) stays the holder
himself: backbench members speaking for themselves have no ``speaks_for``. The rule sets
``speaks_for`` on the actor, as the sheets do (one capacity per person and article).
A person named with no office but as of an organisation ("X of the Y Guild told us") speaks
for it, unless it is a research or academic body.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kg.extract.actors import Actor, ActorTable
from kg.extract.bodies import body_noun_referent, kind_fits
from kg.extract.lexicon import words
from kg.extract.officetitles import research_body, role_head_is_office
from kg.extract.segment import Sentence

if TYPE_CHECKING:
    from kg.extract.mentions import Mentions

# Nouns a member uses for his own party when stating its course.
_PARTY_NOUNS = {"party", "movement"}
_SUBJECTS = {"nsubj", "nsubjpass"}
# Roles of elected members: their organisation is a party even when its name does not say
# so ("Senator X of the Democratic Centre").
_MEMBER_ROLES = {"senator", "lawmaker", "legislator", "mp", "congressman", "congresswoman",
                 "deputy", "councillor", "councilor", "member"}


def _party_subject(sent: Sentence) -> Any:
    """The token "party" in "the party would", "her party will": a definite or possessed
    party noun that is the subject of a clause."""
    for tok in sent.tokens:
        if tok.lemma_.lower() in _PARTY_NOUNS and tok.dep_ in _SUBJECTS and tok.head.pos_ in {
                "VERB", "AUX"} and any(c.lower_ in {"the", "his", "her"} and c.dep_ in {
                    "det", "poss"} for c in tok.children):
            return tok
    return None


def _speakers(sent: Sentence, table: ActorTable, mentions: Mentions, party: Any) -> list[Actor]:
    """Persons who are subjects of another clause of the sentence: a named person ("Senator
    X ... said") or "he"/"she" for the last person named before ("The party, he said, ...")."""
    found: list[Actor] = []
    for tok in sent.tokens:
        if tok.dep_ not in _SUBJECTS or tok.i == party.i or tok.head.i == party.head.i:
            continue
        if tok.lower_ in {"he", "she"}:
            before = table.persons_before(sent.base + tok.idx)
            found.extend(before[:1])
            continue
        ids = {mentions.actor_at(sent.index, t.i) for t in tok.subtree}
        found.extend(a for i in ids if i and (a := table.actors.get(i)) and a.type == "person")
    return found


def _body_subjects(sent: Sentence) -> list[Any]:
    """Definite organisation nouns ("the union", "the company") that are the subject of a
    reported clause: the clause of a speech verb ("X said the union would ...") or one
    with a speech clause aside ("The board would consider it, she said")."""
    found = []
    speech = words("speech", "speech")
    for tok in sent.tokens:
        if tok.dep_ not in _SUBJECTS or tok.tag_ != "NN":
            continue
        verb = tok.head
        if verb.pos_ not in {"VERB", "AUX"} \
                or tok.lemma_.lower() not in words("roles", "organization_nouns") or not any(
                c.lower_ == "the" and c.dep_ == "det" for c in tok.children):
            continue
        if (verb.dep_ == "ccomp" and verb.head.lemma_.lower() in speech) or any(
                t.dep_ == "parataxis" and t.lemma_.lower() in speech for t in verb.subtree):
            found.append(tok)
    return found


def _own_voice(person: Actor) -> bool:
    """Whether the person speaks for nobody yet: no body in his role, no affiliation, and
    no commentator's role ("analyst", "economist")."""
    role = {w.strip(",.").lower() for w in (person.role or "").split()}
    return person.speaks_for is None and person.affiliation is None and \
        not role & words("roles", "non_office")


def _elected(person: Actor) -> bool:
    """Whether the person's role names an elected member ("senator", "one of its MPs")."""
    return bool({w.strip(",.").lower().rstrip("s") for w in (person.role or "").split()} &
                {r.rstrip("s") for r in _MEMBER_ROLES})


# Words of an academic body's name: who is named "of" it speaks for himself.
_ACADEMIC = {"university", "college", "school", "academy"}


def _named_of(sent: Sentence, table: ActorTable, mentions: Mentions) -> list[tuple[Actor, Actor]]:
    """Persons named only as of an organisation ("Ana Ruiz of the Dockers' Union told us"):
    (person, organisation) when the name is followed by "of (the)" and an organisation that
    is no research or academic body."""
    found = []
    doc = sent.span.doc
    for tok in sent.tokens:
        person = table.actors.get(mentions.actor_at(sent.index, tok.i) or "")
        if person is None or person.type != "person" or tok.i + 2 >= sent.span.end or \
                mentions.actor_at(sent.index, tok.i + 1) == person.id or \
                doc[tok.i + 1].lower_ != "of":
            continue
        at = tok.i + 3 if doc[tok.i + 2].lower_ == "the" else tok.i + 2
        org = table.actors.get(mentions.actor_at(sent.index, at) or "") if at < sent.span.end \
            else None
        if org is not None and org.type == "organization" and not research_body(org.label) \
                and not {w.lower() for w in org.label.split()} & _ACADEMIC:
            found.append((person, org))
    return found


def settle_member_voice(sentences: list[Sentence], table: ActorTable,
                        mentions: Mentions) -> None:
    """Give a party member who states "the party"'s course ``speaks_for`` his party, and a
    person named only as of an organisation ("X of the Y Union said") that organisation
    (coding guide section 2: the collective actor he speaks for)."""
    for sent in sentences:
        if sent.span is None:
            continue
        for person, org in _named_of(sent, table, mentions):
            if _own_voice(person) and not _elected(person) and not role_head_is_office(
                    person.role or ""):
                person.speaks_for = person.affiliation = org.id
        party = _party_subject(sent)
        for person in _speakers(sent, table, mentions, party) if party is not None else []:
            org = table.actors.get(person.affiliation or "")
            if person.speaks_for is None and org is not None and \
                    org.type == "organization" and (kind_fits(org, party.lemma_.lower()) or
                                                    _elected(person)):
                person.speaks_for = org.id
        for body_tok in _body_subjects(sent):
            body = body_noun_referent(table, body_tok, sent)
            if body is None:
                continue
            for person in _speakers(sent, table, mentions, body_tok):
                if _own_voice(person):  # "Ana Ruiz said the union would walk out"
                    person.speaks_for = body.id
