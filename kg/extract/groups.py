"""Actors named together and the joint subjects that refer back to them.

"Armenia and Azerbaijan ... The two sides agreed": "the two sides", "both parties" and
"both" stand for the last actors coordinated in one phrase (if named recently), else for
the two collectives that have spoken most in the article;
"Saudi and US mediators ... The mediators said" for the actors that qualified the noun.
A reported joint act ("the two sides agreed to a truce, mediators said", "according to
the mediators, they agreed ...") is a stance of each party, whoever reports it (coding
guide, rules 3.9 and 3.12); "they" as the subject of a joint act stands for the pair
named, or meant by a joint subject, in the sentence before.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from kg.extract.actors import Actor
from kg.extract.segment import Sentence
from kg.extract.syntax import DOCUMENT_NOUNS, conjuncts

GROUP_REACH = 3  # sentences over which "the two sides" refers back to actors named together
_GROUP_NOUNS = {"sides", "parties", "countries", "governments", "delegations", "leaders",
                "rivals", "neighbours", "neighbors", "camps", "presidents", "ministers",
                "premiers", "envoys", "negotiators"}
_JOINT_VERBS = {"agree", "commit"}
_LEADING_VERBS = {"lead", "head", "spearhead"}  # "a coalition led by X"
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5}
# Documents that "say" what their authors say ("X and Y sent a letter urging ...
# 'Every month counts,' the letter said"); "the statement" is a body noun of attribution.
_DOCUMENT_NOUNS = DOCUMENT_NOUNS - {"statement"}


def _joint_subject(tok: Any) -> bool:
    """Whether ``tok`` is a joint subject: "both", "the two sides", "both delegations",
    "the parties", or a bare definite group noun that agrees ("the ministers agreed to a
    further round", "the envoys committed to ..."): an agreement takes two parties, so the
    ministers or envoys who reach one are those of the parties, not of one side."""
    lower, kids = tok.lower_, {c.lower_ for c in tok.children}
    return lower == "both" and tok.dep_ in {"nsubj", "nsubjpass"} or (
        lower in _GROUP_NOUNS and tok.pos_ != "PROPN" and (
            any(k in _NUMBERS for k in kids) or "both" in kids or (
                lower in {"parties", "sides"} and "the" in kids) or (
                told_joint_act(tok) and [c.lower_ for c in tok.children] == ["the"])))


def joint_verb(subject: Any) -> bool:
    """Whether ``subject`` is the subject of a joint act ("they agreed", "had committed")."""
    return subject.dep_ == "nsubj" and subject.head.lemma_.lower() in _JOINT_VERBS


def told_joint_act(subject: Any) -> bool:
    """Whether ``subject`` is the subject of a joint act the sentence itself tells as done
    ("The ministers agreed on a date"), not one it awaits or qualifies ("as soon as the
    two sides agree", "whatever price the governments agreed")."""
    head = subject.head
    return joint_verb(subject) and head.tag_ in {"VBD", "VBN"} and head.dep_ in {"ROOT", "conj"}


class Groups:
    """Remembers coordinated actors sentence by sentence; ``party`` names a phrase's actor."""

    def __init__(self, party: Callable[[Sentence, Any], Actor | None],
                 main_parties: Callable[[frozenset[str], bool], tuple[Actor, ...]]) -> None:
        self.party = party
        self.main_parties = main_parties  # "both sides" when no pair was named just before
        self.last: tuple[Actor, ...] = ()  # the last actors named together ("X and Y")
        self.nouns: dict[str, tuple[Actor, ...]] = {}  # "the mediators" -> who qualified it
        self.named_at = -10**6  # the sentence where ``last`` was named
        self.named: list[tuple[Actor, ...]] = []  # every group named together so far
        self.sentence = 0  # the sentence being read
        self.documents: dict[str, tuple[Actor, ...]] = {}  # "letter" -> who sent it
        self.pairs: Counter[tuple[str, str]] = Counter()  # two collectives named together
        self.paired: dict[tuple[str, str], tuple[Actor, ...]] = {}
        self.pair_subject: tuple[tuple[Actor, ...], int] = ((), -10**6)  # "the two sides
        # agreed": the parties a joint subject stood for, and the sentence

    def joint(self, tok: Any, reporters: frozenset[str] = frozenset(),
              reported: bool = False) -> tuple[Actor, ...]:
        """The parties a joint subject stands for ("the two sides", "both parties",
        "both"): the last actors named together, unless they are ``reporters`` (the ids of
        who reports the joint act: "Saudi and US mediators said the two sides had agreed"),
        else the main parties (when the joint subject's act is ``reported`` or it is the
        source, "according to both sides", also the two named most in the article); a
        numbered one ("the three sides", "the two ministers") that none of these fits in
        size stands for the last group of that many named together, however long ago
        (coding guide 3.12); empty when ``tok`` is no such subject."""
        lower = tok.lower_
        kids = {c.lower_ for c in tok.children}
        count = next((_NUMBERS[k] for k in kids if k in _NUMBERS), 0)
        joint = _joint_subject(tok)
        if lower == "they" and joint_verb(tok):  # "X and Y met ... They agreed to ...":
            if self.sentence - self.named_at <= 1:
                return self.last
            return self.pair_subject[0] if self.sentence - self.pair_subject[1] <= 1 else ()
        if joint:  # a group named long ago is no safe antecedent
            fresh = self.sentence - self.named_at <= GROUP_REACH
            found = self.last if fresh else ()
            if not found or reporters & {a.id for a in found}:  # not the mediators who report it
                found = self.main_parties(reporters, reported)
            if count and len(found) != count:  # "the three sides": the last three named
                found = next((g for g in reversed(self.named) if len(g) == count and not
                              reporters & {a.id for a in g}), ())  # together, however long ago
            return found if not count or len(found) == count else ()  # "all three countries"
        if tok.lemma_.lower() in _DOCUMENT_NOUNS and kids & {"the", "this", "that"}:
            return self.documents.get(tok.lemma_.lower(), ())  # "the letter said"
        definite = "the" in kids and tok.tag_ in {"NNS", "NNPS"}
        return self.nouns.get(tok.lemma_.lower(), ()) if definite else ()

    def note_documents(self, sent: Sentence, holders: list[Actor]) -> None:
        """Remember who wrote a document named where they made statements ("X and Y sent a
        letter urging ..."), for a later "the letter said"."""
        authors = tuple({a.id: a for a in holders}.values())
        for tok in sent.tokens:
            lemma = tok.lemma_.lower()
            if authors and lemma in _DOCUMENT_NOUNS and tok.dep_ in {"dobj", "pobj"}:
                self.documents[lemma] = authors

    def qualified(self, sent: Sentence, tok: Any) -> tuple[Actor, ...]:
        """Actors qualifying a plural noun together ("Saudi and US mediators") or named
        together in apposition to it ("the unions, X and Y, want ...")."""
        if tok.tag_ not in {"NNS", "NNPS"}:
            return ()
        for child in tok.children:
            if child.dep_ in {"amod", "compound", "nmod", "appos"} and any(
                    c.dep_ == "conj" for c in child.children):
                members = {a.id: a for a in (self.party(sent, t) for t in conjuncts(child)) if a}
                if len(members) > 1:
                    self.nouns[tok.lemma_.lower()] = tuple(members.values())
                    return tuple(members.values())
        return ()

    def note(self, sent: Sentence) -> None:
        """Remember actors coordinated in one phrase ("Iran and the IAEA", "between X and Y")."""
        groups: list[tuple[bool, tuple[Actor, ...]]] = []
        for tok in sent.tokens:
            if tok.dep_ != "conj" or tok.head.dep_ == "conj":
                continue
            members = [self.party(sent, t) for t in conjuncts(tok.head)]
            unique = {a.id: a for a in members if a is not None}
            if len(unique) > 1:
                groups.append((tok.head.dep_ in {"nsubj", "nsubjpass"}, tuple(unique.values())))
        for tok in sent.tokens:  # "both cabinets agreed on one point. That point was ..."
            parties = self.joint(tok, reported=True) if tok.dep_ == "nsubj" and \
                tok.lower_ != "they" else ()
            if len(parties) > 1:
                self.pair_subject = (parties, sent.index)
        for _, group in groups:
            if len(group) == 2 and all(a.type != "person" for a in group):
                key = (min(a.id for a in group), max(a.id for a in group))
                self.pairs[key] += 1
                self.paired.setdefault(key, group)
        self.named.extend(group for _, group in groups)
        if groups:  # the subjects of the sentence first ("X and Y agreed, A and B said")
            self.last = max(groups, key=lambda g: g[0])[1]
            self.named_at = sent.index

    def joint_act(self, sent: Sentence, verb: Any) -> tuple[Any, tuple[Actor, ...]] | None:
        """A joint act reported by a speech verb: "X and Y have agreed to a truce, mediators
        said", "the two sides had committed to ...": (the clause's verb, the parties)."""
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        clauses += [d for c in clauses for d in c.children if d.dep_ == "conj"]  # "and that"
        reporter = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        reporters = self._ids(sent, reporter) if reporter is not None else frozenset()
        for child in clauses:
            if child.lemma_.lower() not in _JOINT_VERBS:
                continue
            subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
            if subject is None:
                continue
            outside = reporters if len(reporters) > 1 else frozenset()  # mediators, not a side
            parties = self._parties(sent, subject, outside)
            if len(parties) > 1:
                return child, parties
        return None

    def told_joint(self, sent: Sentence) -> tuple[Any, tuple[Actor, ...]] | None:
        """A joint act a sentence tells in the past with a joint subject in a main or
        reported clause ("Both sides agreed to a truce", "the two delegations have agreed
        to meet again"), as an interviewee's answer does, read once the whole article is:
        (its verb, the parties: the two collectives the article names together most often,
        the first on a tie, else the main two); ``None`` if there is none."""
        for tok in sent.tokens:
            if joint_verb(tok) and _joint_subject(tok) and tok.head.tag_ in {"VBD", "VBN"} \
                    and tok.head.dep_ in {"ROOT", "ccomp", "conj"}:  # not "a list both sides
                # agree on", "the only point the two sides have settled on"
                paired = self.pairs.most_common(1)
                parties = self.paired[paired[0][0]] if paired else \
                    self.main_parties(frozenset(), True)
                if len(parties) == 2:
                    return tok.head, parties
        return None

    def reported_joint(self, sent: Sentence, verb: Any) -> bool:
        """Whether the clause ``verb`` that an "according to" source reports is a joint act
        of two or more parties ("according to the mediators, the two sides agreed", "they
        agreed ..., according to a U.S. official"): the source only reports it."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or not joint_verb(subject):
            return False
        return len(self._parties(sent, subject)) > 1

    def _parties(self, sent: Sentence, subject: Any,
                 outside: frozenset[str] = frozenset()) -> tuple[Actor, ...]:
        """The parties of a joint act's subject: a joint subject's (not ``outside``'s, the
        mediators who report it), else each conjunct's actor."""
        return self.joint(subject, outside, True) or tuple({a.id: a for a in (
            self._member(sent, t) for t in conjuncts(subject)) if a is not None}.values())

    def _member(self, sent: Sentence, tok: Any) -> Actor | None:
        """The actor a conjoined subject names, else the one collective named inside its
        own phrase ("the armed group known as the X Front", "a rebel alliance, the Y")."""
        found = self.party(sent, tok)
        if found is not None:
            return found
        own = [t for c in tok.children if c.dep_ not in {"conj", "cc"} for t in c.subtree]
        inner = {a.id: a for a in (self.party(sent, t) for t in own)
                 if a is not None and a.type != "person"}
        return next(iter(inner.values())) if len(inner) == 1 else None

    def _ids(self, sent: Sentence, subject: Any) -> frozenset[str]:
        """The actors a subject names (a person as the collective it speaks for)."""
        found = [a for a in (self.party(sent, t) for t in conjuncts(subject)) if a is not None]
        found += self.qualified(sent, subject)
        return frozenset((a.speaks_for or a.id) for a in found)

    def first_person_joint(self, verb: Any, speaker: Actor) -> tuple[Any, tuple[Actor, ...]] | None:
        """ "'We agreed to exchange prisoners,' the head of the Russian delegation said": a
        joint act the speaker's side reports in the first person binds the other party
        too (the actors named together with it just before, else the other of the two
        main parties): (the clause's verb, the other parties)."""
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        if verb.sent.root.i != verb.i:
            clauses.append(verb.sent.root)  # the parse may make the quotation the main clause
        for child in clauses:
            subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
            if child.lemma_.lower() not in _JOINT_VERBS or subject is None or \
                    subject.lower_ != "we":
                continue
            fresh = self.sentence - self.named_at <= GROUP_REACH
            for group in ((self.last,) if fresh else ()) + (self.main_parties(frozenset(), False),):
                if speaker in group and len(group) > 1:
                    return child, tuple(a for a in group if a is not speaker)
        return None

    def _leaders(self, sent: Sentence, tok: Any) -> tuple[Actor, ...]:
        """The collectives named as leading a group noun or its "of" members: "a coalition
        led by X and Y", "a group of countries headed by X"."""
        nouns = [tok] + [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj"]
        for noun in nouns:
            for verb in noun.children:
                if verb.dep_ != "acl" or verb.lemma_.lower() not in _LEADING_VERBS:
                    continue
                agent = next((c for c in verb.children if c.dep_ == "agent"), None)
                pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) \
                    if agent is not None else None
                if pobj is None:
                    continue
                found = {a.id: a for a in (self.party(sent, t) for t in conjuncts(pobj))
                         if a is not None and a.type != "person"}
                return tuple(found.values())
        return ()

    def speakers(self, sent: Sentence, subject: Any,
                 source: bool = False) -> list[tuple[Any, Actor | None]]:
        """(subject token, party) pairs: conjoined subjects one by one, a joint subject
        ("the two sides", "Saudi and US mediators") as each of its parties, and a group
        with named members ("Several delegations, including Brazil and Argentina") as
        each member. ``source``: the subject is an "according to" source. The joint
        subject of a told joint act ("Both delegations agreed on a date") stands, as a
        reported one does, for the two named most in the article when neither a pair named
        just before nor two frequent holders fit: an agreement is the parties' own act."""
        out: list[tuple[Any, Actor | None]] = []
        for subj in conjuncts(subject):
            members = self.joint(subj, reported=source or told_joint_act(subj)) or \
                self.qualified(sent, subj) or self.included(sent, subj)
            out.extend([(subj, m) for m in members] or [(subj, None)])
        return out

    def included(self, sent: Sentence, tok: Any) -> tuple[Actor, ...]:
        """The named members of a plural group noun ("several delegations, including those
        of Brazil and Argentina", "countries such as Chile"), or the named leaders of a
        group ("a group of eight countries led by France and Kenya"); empty if none is
        named."""
        leaders = self._leaders(sent, tok)
        if leaders:
            return leaders
        if tok.tag_ not in {"NNS", "NNPS"}:
            return ()
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ not in {"including", "like", "as"}:
                continue
            found = {a.id: a for t in prep.subtree if t.i != prep.i
                     for a in [self.party(sent, t)] if a is not None}
            if found:
                return tuple(found.values())
        return ()

