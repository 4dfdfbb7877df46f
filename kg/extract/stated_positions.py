"""A position stated as a noun with its owner and a clause: "Ruritania's position is that
the quota must stay", "The ministry's line was that ...", "The Oslandian view, as one
envoy put it, is that ...", "Berlin's reply until now has been that ...".

News reports an actor's stance by naming it (its position, line, stance, view, or its
answer to a demand) and giving what it holds in a "that" clause after "be": the owner
holds what the clause says, as if it had said so (coding guide 3.9, narration
attributing a current attitude to an actor).
"""

from __future__ import annotations

from typing import Any

POSITION_NOUNS = frozenset({"position", "line", "stance", "view", "answer", "response",
                            "reply"})
_FIRST_PERSON = {"my", "our"}  # an answerer's own: his words already are his statement


def stated_position(noun: Any) -> tuple[Any, Any] | None:
    """The owner token and the "that" clause of a position stated with ``noun`` as the
    subject of "be"; ``None`` for any other use of the noun ("took a hard line", "the
    position of the border", "the answer is no")."""
    head = noun.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in POSITION_NOUNS or \
            noun.dep_ != "nsubj" or head.lemma_ != "be":
        return None
    clause = next((c for c in head.children if c.dep_ == "ccomp" and c.i > noun.i and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if clause is None:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None) or next(
        (c for c in noun.children if c.dep_ == "amod" and c.pos_ in {"ADJ", "PROPN"}
         and c.text[:1].isupper()), None)  # a demonym: "The American position"
    if owner is None or owner.lower_ in _FIRST_PERSON:
        return None
    return owner, clause
