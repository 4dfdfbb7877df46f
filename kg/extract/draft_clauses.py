"""Clauses of a reported draft: what a draft, a plan or an offer would do, told in a sentence of
its own with the document as subject ("The text caps the levy at 2 percent", "It would cap
the catch"), is a `support` of whoever drafted it (coding guide, session 10: each clause of a
reported draft or proposal is a support of the drafter; session 9, a reported act of proposing).

The drafter is the document's own owner ("the ministry's draft", "the Ruritanian plan") or the
actors who presented, tabled, circulated or initialled it within the two sentences before it
("The minister presented the draft budget on Monday. The draft keeps ...").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kg.extract.actors import Actor, ActorTable
from kg.extract.segment import Sentence
from kg.extract.statements import Statement
from kg.extract.syntax import conjuncts

# Documents whose clauses are what their drafters propose.
DRAFT_NOUNS = frozenset({"draft", "text", "proposal", "plan", "paper", "framework", "compromise",
                         "offer", "counterproposal", "counteroffer", "package", "blueprint",
                         "accord", "agreement", "deal", "budget", "bill"})
# Acts by which a party lays a document before the others or makes it its own.
_DRAFTING = frozenset({"present", "table", "circulate", "submit", "unveil", "propose", "publish",
                       "draft", "initial", "send", "hand", "release", "sign", "put", "issue"})
# Verbs telling the fate of the document itself, not its content.
_NO_CLAUSE = frozenset({"be", "have", "remain", "run", "expire", "stall", "collapse", "fail",
                        "come", "go", "face", "need", "lack", "seem", "appear", "look", "take",
                        "die", "survive", "stand", "sit", "say", "mention", "reach", "get"})
_DEFINITE = frozenset({"the", "this", "that"})
_REACH = 2  # sentences a drafter is remembered for


@dataclass
class _Drafted:
    """The last document whose drafters are known, and the sentence that named them."""

    drafters: tuple[Actor, ...]
    sentence: int


def _verb_of(tok: Any) -> Any:
    """The verb a statement's subject (or, for a joint act, the verb itself) belongs to."""
    return tok if tok.pos_ in {"VERB", "AUX"} else tok.head


def _names_draft(verb: Any) -> bool:
    """Whether a drafting verb has a draft as its object ("tabled a new bid",
    "presented the draft budget", "initialled a framework accord")."""
    if verb.lemma_.lower() not in _DRAFTING:
        return False
    for obj in verb.children:
        if obj.dep_ in {"dobj", "nsubjpass"} and (obj.lemma_.lower() in DRAFT_NOUNS or any(
                c.dep_ in {"compound", "amod"} and c.lemma_.lower() in DRAFT_NOUNS
                for c in obj.children)):
            return True
    return False


def _clause_verb(sent: Sentence) -> tuple[Any, Any] | None:
    """The main verb of a sentence that tells what a document would do, and its subject:
    present or future, affirmed, the subject a definite document or "it"."""
    for verb in sent.tokens:
        if verb.dep_ != "ROOT" or verb.pos_ != "VERB" or verb.lemma_.lower() in _NO_CLAUSE:
            continue
        aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
        if any(c.dep_ == "neg" for c in verb.children) or not (
                verb.tag_ in {"VBZ", "VBP"} or (verb.tag_ == "VB" and aux & {"would", "will"})):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        if subject.lower_ == "it" or (subject.lemma_.lower() in DRAFT_NOUNS and
                                      subject.tag_ == "NN" and any(
                c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE)
                for c in subject.children)):
            return verb, subject
    return None


def demonym_state(table: ActorTable, tok: Any) -> Actor | None:
    """The state a demonym names ("the Ruritanian draft"), when the article names it."""
    found = table.gazetteer.lookup(tok.text)
    if found is None or found[1] != "demonym":
        return None
    return table.actors.get(found[0].id)


class Drafts:
    """Remembers who drafted the last document named and finds its clauses' statements."""

    def __init__(self, resolve: Callable[[Sentence, Any], tuple[Actor | None, bool]],
                 table: ActorTable) -> None:
        self.resolve = resolve
        self.table = table
        self.last: _Drafted | None = None

    def note(self, sent: Sentence, found: list[Statement]) -> None:
        """Remember who lays a document before the other parties in ``sent``: the holders of its
        statements that do so, else the named subjects of such an act ("X and Y initialled a
        framework accord"), else the owner of a document the sentence is about ("The
        Ruritanian paper reached every delegation")."""
        if sent.span is None:
            return
        doc = sent.span.doc
        drafters = tuple({st.holder.id: st.holder for st in found if st.subject_i >= 0 and
                          _names_draft(_verb_of(doc[st.subject_i]))}.values())
        for verb in sent.tokens:
            if drafters:
                break
            subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is None:
                continue
            if subject.lemma_.lower() in DRAFT_NOUNS and subject.tag_ == "NN":
                drafters = self._owners(sent, subject)
            elif _names_draft(verb):
                named = (self.resolve(sent, t)[0] for t in conjuncts(subject))
                drafters = tuple({a.id: self.table.holder_of(a)[0] for a in named
                                  if a is not None}.values())
        if drafters:
            self.last = _Drafted(drafters, sent.index)

    def _owners(self, sent: Sentence, subject: Any) -> tuple[Actor, ...]:
        """The document's own drafter: its possessor or a name or demonym before it."""
        for child in subject.children:
            if child.pos_ != "PRON" and (child.dep_ == "poss" or (
                    child.dep_ in {"compound", "amod"} and child.text[:1].isupper())):
                actor = self.resolve(sent, child)[0] or demonym_state(self.table, child)
                if actor is not None:
                    return (actor,)
        return ()

    def clauses(self, sent: Sentence) -> list[Statement]:
        """One `support` statement per drafter for a sentence telling what the document
        would do; none when the sentence names no such clause or no drafter is known."""
        found = _clause_verb(sent) if sent.span is not None else None
        if found is None:
            return []
        verb, subject = found
        drafters = self._owners(sent, subject) if subject.lower_ != "it" else ()
        fresh = self.last is not None and sent.index - self.last.sentence <= _REACH
        if not drafters and fresh and self.last is not None:
            drafters = self.last.drafters
        if not drafters:
            return []
        self.last = _Drafted(drafters, sent.index)
        clause = sent.span.doc[verb.left_edge.i:verb.right_edge.i + 1]
        out = []
        for drafter in drafters:
            holder, voice = self.table.holder_of(drafter)
            out.append(Statement(sent, holder, voice, clause.text, sent.base + clause.start_char,
                                 sent.base + clause.end_char, 0.6, "nominal:proposal",
                                 subject.i))
        return out
