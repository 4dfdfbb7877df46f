"""Heads of delegations: who leads a side at the talks speaks for it.

"Chad's delegation is headed by General X", "China's delegation, led by Y, proposed ...",
"talks between delegations headed by Uganda's trade minister, Z, and ...": the person who
leads a state's or an organisation's delegation holds an office in it for these talks, so
what he says of its position is its stance (coding guide section 2: the holder is the
collective actor the speaker speaks for when he holds an office in it). The rule only
fills a person's ``speaks_for`` that nothing else set.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kg.extract.actors import Actor, ActorTable

if TYPE_CHECKING:
    from kg.extract.mentions import Mentions
    from kg.extract.segment import Sentence

_LEAD_VERBS = {"lead", "head"}
_DELEGATION_NOUNS = {"delegation", "side", "team"}
_NAMING_DEPS = {"poss", "amod", "compound"}


def _actor(table: ActorTable, mentions: Mentions, sent: Sentence, tok: Any) -> Actor | None:
    actor_id = mentions.actor_at(sent.index, tok.i)
    return table.actors.get(actor_id) if actor_id else None


def _body(table: ActorTable, mentions: Mentions, sent: Sentence, noun: Any) -> Actor | None:
    """The state or organisation a noun is qualified by ("Niger's delegation", "the Tongan
    side", "Kenya's fisheries secretary")."""
    for child in noun.children:
        if child.dep_ in _NAMING_DEPS:
            found = _actor(table, mentions, sent, child)
            if found is not None and found.type != "person":
                return found
    return None


def delegation_head(table: ActorTable, mentions: Mentions, sent: Sentence,
                    verb: Any) -> tuple[Actor, Actor] | None:
    """(person, body) when ``verb`` says that the person leads the body's delegation:
    the passive "X's delegation is led by NAME" or the participle "X's delegation, led by
    NAME," (the body named on the delegation), or "delegations led by X's TITLE, NAME"
    (the body named on the leader's title); ``None`` otherwise.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> from kg.extract.gazetteer import load_gazetteer
    >>> from kg.extract.mentions import Mentions
    >>> from kg.extract.segment import Sentence
    >>> doc = Doc(spacy.blank("en").vocab, words=["Togo", "'s", "delegation", "is", "led", "by",
    ...           "Kofi", "Amenyo"], heads=[2, 0, 4, 4, 4, 4, 7, 5], deps=["poss", "case",
    ...           "nsubjpass", "auxpass", "ROOT", "agent", "compound", "pobj"],
    ...           lemmas=["Togo", "'s", "delegation", "be", "lead", "by", "Kofi", "Amenyo"],
    ...           tags=["NNP", "POS", "NN", "VBZ", "VBN", "IN", "NNP", "NNP"])
    >>> table, gazetteer = ActorTable(load_gazetteer()), load_gazetteer()
    >>> togo = table.collective(gazetteer.entries["togo"], "Togo", 0, 4)
    >>> kofi = table.person("Kofi Amenyo", 32, 43)
    >>> mentions = Mentions({(0, 0): togo.id, (0, 6): kofi.id, (0, 7): kofi.id})
    >>> sent = Sentence(0, 0, 43, doc.text, 0, False, doc[:])
    >>> person, body = delegation_head(table, mentions, sent, doc[4])
    >>> person.id, body.id
    ('kofi-amenyo', 'togo')
    """
    if verb.lemma_.lower() not in _LEAD_VERBS or verb.tag_ != "VBN":
        return None
    noun = verb.head if verb.dep_ == "acl" else next(
        (c for c in verb.children if c.dep_ == "nsubjpass"), None)
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    leader = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    if noun is None or leader is None or noun.lemma_.lower() not in _DELEGATION_NOUNS:
        return None
    body = _body(table, mentions, sent, noun)
    person = _actor(table, mentions, sent, leader)
    if person is None:  # "led by Kenya's fisheries secretary, Z": the title's body
        named = next((c for c in leader.children if c.dep_ == "appos"), None)
        person = _actor(table, mentions, sent, named) if named is not None else None
        body = _body(table, mentions, sent, leader) or body
    if person is None or person.type != "person" or body is None:
        return None
    return person, body


def settle_delegation_heads(sentences: list[Sentence], table: ActorTable,
                            mentions: Mentions) -> None:
    """Give each person who leads a delegation, and speaks for no one yet, the delegation's
    state or organisation as ``speaks_for`` and ``affiliation`` (:func:`delegation_head`)."""
    for sent in sentences:
        if sent.span is None or sent.heading:
            continue
        for tok in sent.tokens:
            found = delegation_head(table, mentions, sent, tok)
            if found is None:
                continue
            person, body = found
            if person.speaks_for is None:
                person.speaks_for = person.affiliation = body.id
