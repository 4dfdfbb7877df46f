"""A state official who chairs an organisation's body speaks for the organisation (coding
guide section 3, session 9 "Chairs of boards and councils"): "X, the deputy minister of
Y's finance ministry, who chairs the board, said ..." names two offices; the relative
clause of chairing says in which capacity he acts, so ``speaks_for`` is the organisation
and ``affiliation`` stays his state. Only a statement that makes him speak for his state
("X said Y was open to ...") is the state's; that is read per statement, not here.

A delegate whose own sentence says he speaks for a bloc ("Speaking for the Andean Group,
Peru's delegate, X, said ...", "X, speaking on behalf of the caucus, said ...") speaks for
the bloc in the same way (coding guide, session 11: a state speaking for a bloc).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kg.extract.actors import Actor, ActorTable
from kg.extract.segment import Sentence

if TYPE_CHECKING:
    from kg.extract.mentions import Mentions

_CHAIR_VERBS = {"chair", "preside", "co-chair"}
# Bodies of an organisation that a chair presides over: "the board" is the board of the
# organisation named last before it.
_BODY_NOUNS = {"board", "council", "commission", "committee", "assembly", "group"}


def _chair_verb(tok: Any) -> Any:
    """The verb of chairing at ``tok``: the token itself, or "chairs" of "co-chairs", which
    the tokenizer splits into "co", "-", "chairs" and whose parse hangs the relative clause
    on "co" and the object on "chairs"."""
    if tok.lemma_.lower() in _CHAIR_VERBS:
        return tok
    doc = tok.doc
    if tok.lower_ == "co" and tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and \
            doc[tok.i + 2].lemma_.lower() in _CHAIR_VERBS:
        return doc[tok.i + 2]
    return None


def _chair_clause(name: Any) -> Any:
    """The verb of "who chairs ..." on the name or on an office noun in apposition with it
    ("the minister, X, who chairs the talks", "X, the minister, who co-chairs the board")."""
    owners = [name.root] + ([name.root.head] if name.root.dep_ == "appos" else []) + [
        c for c in name.root.children if c.dep_ == "appos"]
    for owner in owners:  # the parse may hang "who chairs" on the role's last noun
        for tok in owner.subtree:
            verb = _chair_verb(tok) if tok.dep_ == "relcl" else None
            if verb is not None and any(c.lower_ == "who" for c in tok.children) and (
                    tok.head.i == owner.i or owner.i != name.root.i):
                return verb
    return None


def chaired_organisation(table: ActorTable, name: Any, sent: Sentence, mentions: Mentions,
                         cue: Actor | None) -> Actor | None:
    """The organisation whose body a person with no office or a state office (``cue``)
    chairs, from a relative clause of chairing: an organisation named in it ("who chairs
    the talks under the Council presidency"), else the organisation named last before a
    definite body noun ("who chairs the board")."""
    verb = _chair_clause(name) if cue is None or cue.type == "state" else None
    if verb is None:
        return None
    for tok in verb.subtree:
        actor = table.actors.get(mentions.actor_at(sent.index, tok.i) or "")
        if actor is not None and actor.type == "organization":
            return actor
    obj = next((c for g in [verb, *[p for p in verb.children if p.dep_ == "prep"]]
                for c in g.children if c.dep_ in {"dobj", "pobj"}), None)
    if obj is None or obj.lemma_.lower() not in _BODY_NOUNS or not any(
            c.lower_ in {"the", "its"} for c in obj.children):
        return None
    return next(iter(table.mentioned_before(sent.base + obj.idx, "organization")), None)


_SELF_WORDS = {"herself", "himself", "myself", "themselves", "itself", "ourselves"}


def _speaking_for(doc: Any, at: int) -> tuple[int, int] | None:
    """The token range of the body in "speaking for X" / "speaking on behalf of X" that
    starts at ``at``, up to the next comma; ``None`` for other words."""
    words_at = [t.lower_ for t in doc[at:at + 4]]
    if words_at[:2] == ["speaking", "for"]:
        start = at + 2
    elif words_at[:4] == ["speaking", "on", "behalf", "of"]:
        start = at + 4
    else:
        return None
    end = next((t.i for t in doc[start:] if t.is_punct), len(doc))
    return (start, end) if end > start else None


def spoken_for_bloc(table: ActorTable, name: Any, sent: Sentence,
                    mentions: Mentions) -> Actor | None:
    """The bloc a person's own sentence says he speaks for: a phrase "speaking for X" set
    off by commas right after the name, or opening the sentence before the person's
    subject phrase ("Speaking for the group, Namibia's delegate, X, said"). X is an
    organisation named in it, or a definite noun of its kind ("the group") that refers back
    to one; never "speaking for herself"."""
    doc, span = name.doc, sent.span
    found = None
    if name.end + 1 < span.end and doc[name.end].text == ",":
        found = _speaking_for(doc, name.end + 1)
    first = span.start + (1 if span.start < span.end and doc[span.start].is_punct else 0)
    if found is None and name.start > first:
        found = _speaking_for(doc, first)
        if found is not None and not all(t.ent_type_ != "PERSON" and not t.pos_ == "VERB"
                                         for t in doc[found[1]:name.start]):
            found = None  # another person or a verb between: not this name's phrase
    if found is None or any(t.lower_ in _SELF_WORDS for t in doc[found[0]:found[1]]):
        return None
    for tok in doc[found[0]:found[1]]:
        actor = table.actors.get(mentions.actor_at(sent.index, tok.i) or "")
        if actor is not None:
            return actor if actor.type == "organization" else None
    head = doc[found[1] - 1]
    if head.pos_ != "NOUN" or doc[found[0]].lower_ != "the":
        return None
    bloc = table.recent_collective(head.lemma_, sent.base + head.idx)
    return bloc if bloc is not None and bloc.type == "organization" else None
