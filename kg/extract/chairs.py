"""A state official who chairs an organisation's body speaks for the organisation (coding
guide section 3, session 9 "Chairs of boards and councils"): "X, the deputy minister of
Y's finance ministry, who chairs the board, said ..." names two offices; the relative
clause of chairing says in which capacity he acts, so ``speaks_for`` is the organisation
and ``affiliation`` stays his state. Only a statement that makes him speak for his state
("X said Y was open to ...") is the state's; that is read per statement, not here.
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
