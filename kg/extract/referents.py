"""Who a subject refers to: the resolution half of attribution.

Subjects of speech are resolved to actors: names and metonyms directly,
"he"/"she" to the last person speaking, titles ("the Kremlin official") to
the named person they refer back to, "Ukrainian officials" to Ukraine, "its
embassy" to its owner. :class:`Resolver` keeps the discourse context (who
spoke last, the last person and collective, an unnamed official) that these
references need.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from typing import Any

from kg.extract.actors import Actor, ActorTable
from kg.extract.gender import person_gender
from kg.extract.lexicon import words
from kg.extract.mentions import Mentions
from kg.extract.officetitles import government_office
from kg.extract.quotes import quoted_spans
from kg.extract.segment import Sentence
from kg.extract.speakers import COLLECTIVE_PRONOUNS, PERSON_PRONOUNS, reporter, told_by
from kg.extract.statebodies import (
    acting_members,
    legislature,
    names_state_body,
    portfolio_body,
)
from kg.extract.syntax import antecedent, members_of, own_tokens, posted_place, subject_of

BODY_NOUNS = {"department", "ministry", "office", "spokesperson", "spokesman", "spokeswoman",
              "statement", "government", "delegation", "team", "aides", "aide", "embassy",
              "mission", "camp", "campaign", "secretariat", "cabinet", "administration",
              "leadership", "management"}
# Organs and agents of an organisation that act for it when its owner is named ("the
# union's bargaining committee rejected the offer", "the federation's lawyer told us").
_ORGANS = {"board", "committee", "executive", "council", "lawyer", "lawyers", "negotiator",
           "negotiators"}
_STATE_BODIES = {"government", "ministry", "department", "cabinet", "treasury", "administration",
                 "military", "army", "junta"}


@dataclass
class _Context:
    last_speaker: Actor | None = None
    last_person: Actor | None = None
    last_collective: Actor | None = None
    last_paragraph: int = -1
    quote_open: bool = False  # a quotation opened earlier in the paragraph is still open
    unnamed: tuple[str, Actor | None, int] | None = None  # "an official": noun, body, sentence
    sources: int = -2  # the last sentence citing unnamed people ("according to two officials")
    entry: int = 0  # where the live blog's current time-stamped entry starts (0: no blog)
    introduced: tuple[int, dict[str, Actor]] = (-2, {})  # a sentence's unnamed office-holders
    described: dict[str, Actor] = field(default_factory=dict)  # "senior u.s. official": theirs
    topic: Actor | None = None  # the state the paragraph's first sentence has as subject
    topic_at: int = -2  # that sentence
    statement: Actor | None = None  # who issued the statement the text mentioned last


def _described(noun: Any) -> str:
    """A title noun with its modifiers before it, lower-cased, without its determiner: "a
    senior U.S. official" -> "senior u.s. official"."""
    return " ".join(t.lower_ for t in own_tokens(noun) if t.i <= noun.i and t.dep_ not in {
        "det", "poss", "punct"})


class Resolver:
    """Resolves subjects to actors sentence by sentence, keeping track of who spoke last."""

    def __init__(self, table: ActorTable, mentions: Mentions) -> None:
        self.table = table
        self.mentions = mentions
        self.ctx = _Context()
        self.gender: dict[str, str] = {}
        self.subject_person: Actor | None = None  # the last sentence's named person subject

    _subject = staticmethod(subject_of)

    def _actor_of(self, sent: Sentence, tok: Any) -> Actor | None:
        actor_id = self.mentions.actor_at(sent.index, tok.i)
        return self.table.actors.get(actor_id) if actor_id else None

    def _pronoun(self, lower: str, pos: int = 10**9, since: int = 10**9,
                 quoted: tuple[tuple[int, int], ...] = ()) -> Actor | None:
        """The referent of a pronoun at ``pos``: a person named earlier in the same sentence
        (from offset ``since``; not inside a quotation, ``quoted``: '"The Lind plan is
        best," he said' is not Lind speaking), else the last person speaking, else the
        most recent one."""
        if lower in PERSON_PRONOUNS:
            gender = "f" if lower in {"she", "her", "hers"} else "m"
            before = [p for p in self.table.persons_before(pos)  # not across a blog entry
                      if max(m for m in p.mentions if m < pos) >= self.ctx.entry]
            here = [p for p in before if any(since <= m < pos and not any(
                a <= m < b for a, b in quoted) for m in p.mentions)]
            candidates = here + ([self.ctx.last_person] if self.ctx.last_person else [])
            candidates += before
            for person in candidates:
                if self._gender(person) in {gender, None}:
                    self.gender[person.id] = gender
                    return person
            last = self.ctx.last_person
            return last if last is None or self._gender(last) in {gender, None} else None
        if lower in COLLECTIVE_PRONOUNS:
            return self.ctx.last_collective or self.ctx.last_speaker
        return None

    def _represented(self, sent: Sentence, tok: Any) -> Actor | None:
        """The organisation a collective subject speaks for ("Chile, speaking for the
        Andean Group, said", "Chile, on behalf of the caucus, backed ..."): the holder
        (coding guide, session 11: a state speaking for a bloc)."""
        verb = tok.head
        if tok.dep_ not in {"nsubj", "nsubjpass"} or verb.i < tok.i:
            return None
        between = sent.span.doc[tok.i + 1:verb.i]
        cue = next((t for t in between if (t.lower_ == "for" and t.head.lemma_ == "speak") or (
            t.lower_ == "of" and t.head.lower_ == "behalf")), None)
        if cue is None or any(a.dep_ == "relcl" for a in cue.ancestors if a.i > tok.i):
            return None  # "the association, which negotiates on behalf of X, said": its own
        found = [self._actor_of(sent, t) for t in between if t.i > cue.i]
        bloc = next((a for a in found if a is not None), None)
        return bloc if bloc is not None and bloc.type == "organization" else None

    def _gender(self, person: Actor) -> str | None:
        """What "he"/"she" said of the person so far, else the role noun or first name."""
        if person.id not in self.gender:
            found = person_gender(person.label, person.role)
            if found is None:
                return None
            self.gender[person.id] = found
        return self.gender[person.id]

    def resolve(self, sent: Sentence, tok: Any) -> tuple[Actor | None, bool]:
        """(actor, may_voice): may_voice is False for "his office"-like subjects."""
        direct = self._actor_of(sent, tok)
        if direct is not None:
            bloc = self._represented(sent, tok) if direct.type != "person" else None
            return bloc or direct, True
        lower = tok.lower_
        noun = antecedent(tok)
        if noun is not None:  # "Singapore, which has offered to host"
            found = self.resolve(sent, noun)
            if lower in {"who", "whom"} and found[0] is not None and found[0].type != "person":
                person = next((a for a in map(partial(self._actor_of, sent), noun.ancestors)
                               if a is not None and a.type == "person"), None)
                if person is not None:  # "said Ana Ruiz, a lecturer at X University, who"
                    return person, True
            return found
        if tok.pos_ == "PRON":
            if lower == "they" and self.ctx.sources in {sent.index - 1, sent.index}:
                return None, True  # "..., according to two officials. They said ..."
            bound = reporter(sent, tok, self._subject, self._actor_of)
            if bound is not None:
                return bound, True
            teller = told_by(tok, self._subject)  # "The port authority said it wanted
            if teller is not None and lower == "it":  # ...": the authority's, an actor or not
                found = self.resolve(sent, teller)[0]
                return (found if found is None or found.type != "person" else None), True
            unnamed = self._unnamed_speaker(sent, lower)
            if unnamed is not None:
                return unnamed, False
            return self._pronoun(lower, sent.base + tok.idx, sent.start, quoted_spans(sent)), True
        for child in tok.subtree:
            if child.dep_ == "appos" and child.i > tok.i:
                found = self._actor_of(sent, child)
                if found is not None and (found.type == "person" or (
                        child.head.i == tok.i and child.left_edge.lower_ != "whose")):
                    return found, True  # "The third partner, the Greens, said"
        possessor = next((c for c in tok.children if c.dep_ == "poss"), None)
        if possessor is not None and possessor.lower_ in PERSON_PRONOUNS | COLLECTIVE_PRONOUNS:
            referent = self._pronoun(possessor.lower_)
            topic = self.table.actors.get(self.mentions.subjects.get(sent.index - 1, "")) or (
                self.ctx.topic if self.ctx.topic_at == sent.index - 1 else None)
            if possessor.lower_ in COLLECTIVE_PRONOUNS and topic is not None and \
                    topic.type != "person":
                referent = topic  # "Japan was more guarded. Its delegate said ..."
            if referent is not None and referent.type == "person":
                holder, _ = self.table.holder_of(referent)
                return (holder if holder is not referent else None), False
            return referent, False
        if possessor is not None and possessor.lower_ == "whose" and \
                antecedent(possessor) is not None and tok.lemma_.lower() in BODY_NOUNS:
            owner, _ = self.resolve(sent, antecedent(possessor))  # "Peru, whose government"
            return owner, False
        if acting_members(tok):  # "The Verkhovna Rada went further. Lawmakers adopted ..."
            body = self._legislature(sent.base + tok.idx)
            if body is not None:
                return body, False
        members = members_of(tok)
        if members is not None and self._actor_of(sent, members) is not None:
            owner = self._actor_of(sent, members)  # "hardliners in the Freedom Caucus"
            if owner is not None and owner.type != "person":
                return owner, False
        if tok.lemma_.lower() in BODY_NOUNS or (possessor is not None and (
                tok.lemma_.lower() in _ORGANS)):  # "Iran's embassy", "the union's board"
            owner = self._actor_of(sent, possessor) if possessor is not None else next(
                (a for a in (self._actor_of(sent, t) for t in own_tokens(tok) if t.i < tok.i)
                 if a is not None and a.type != "person"), None)
            if owner is not None and possessor is None:  # "a Treasury spokesperson"
                owner = self._topic_body(sent, tok, own_tokens(tok), owner)
            if owner is None and possessor is not None:
                owner = self._office_owner(sent, possessor)
            if owner is None and possessor is not None and possessor.pos_ == "NOUN" and any(
                    c.lower_ == "the" for c in possessor.children):  # "the church's leadership"
                owner = self.table.recent_collective(possessor.lemma_, sent.base + possessor.idx)
            if owner is None:
                owner = self._seat_owner(sent, tok)
            if owner is not None:
                return (self.table.holder_of(owner)[0] if owner.type == "person" else owner,
                        False)
        if lower == "statement" and self.ctx.statement is not None and [
                c.lower_ for c in tok.children if c.i < tok.i] == ["the"]:  # "In a statement,
            return self.ctx.statement, False  # X said ... The statement called it ...": X's
        pos = sent.base + tok.idx
        definite = any(c.dep_ == "poss" or c.lower_ == "the" for c in tok.children
                       if c.dep_ in {"det", "poss"}) and tok.tag_ not in {"NNS", "NNPS"}
        if tok.pos_ == "NOUN" and any(c.lower_ == "the" for c in tok.children):
            found = self.table.described(tok.lemma_, pos)  # "the rebels": "the M23 rebel group"
            if found is not None:
                return found, True
        if lower == "bloc" and "european-union" in self.table.actors:
            return self.table.actors["european-union"], True
        if lower == "administration" and "united-states" in self.table.actors:
            return self.table.actors["united-states"], True
        if tok.pos_ == "NOUN" and definite:
            if lower in _STATE_BODIES and not any(c.dep_ in {"amod", "compound", "poss"}
                                                  and c.lower_ not in {"its", "their"}
                                                  for c in tok.children):
                return self.table.recent_state(pos, lower), True
            if lower not in words("roles", "office"):
                found = self.table.recent_collective(tok.lemma_, pos)
                if found is not None:
                    return found, True
        return self._title(sent, tok)

    def _legislature(self, pos: int) -> Actor | None:
        """The legislature named last before ``pos``."""
        named = [(max(m for m in a.mentions if m < pos), a) for a in self.table.actors.values()
                 if a.type == "organization" and legislature(a.label) and
                 any(m < pos for m in a.mentions)]
        return max(named, key=lambda n: n[0])[1] if named else None

    def _unnamed_speaker(self, sent: Sentence, pronoun: str) -> Actor | None:
        """The body of an unnamed speaker who spoke in the sentence before ("A spokeswoman
        for the ministry said ... '...,' she said"), when "he"/"she" fits the noun."""
        unnamed = self.ctx.unnamed
        if pronoun not in {"he", "she"} or unnamed is None or unnamed[1] is None or \
                sent.index - unnamed[2] != 1 or self.ctx.last_speaker is not unnamed[1] or \
                unnamed[0] not in words("roles", "office"):  # "Her ministry said ...": no "she"
            return None
        female, male = unnamed[0].endswith("woman"), unnamed[0].endswith("man")
        fits = not male or (female if pronoun == "she" else not female)
        return unnamed[1] if fits else None

    def _office_owner(self, sent: Sentence, title: Any) -> Actor | None:
        """Whose is "the prime minister's office", "the president's office": the named
        holder of that government title, else the state the article is about."""
        phrase = " ".join(t.text for t in own_tokens(title) if t.i <= title.i)
        if title.pos_ != "NOUN" or not government_office(phrase):
            return None
        person, _ = self._title(sent, title)
        if person is not None:
            return person
        return self.table.recent_state(sent.base + title.idx)

    def _seat_owner(self, sent: Sentence, body: Any) -> Actor | None:
        """The state of "the presidential office in Seoul", "the ministry in Kyiv" (a
        capital or state named as its seat), or of "the presidential office" (the state
        the article is about)."""
        for prep in (c for c in body.children if c.dep_ == "prep" and c.lower_ == "in"):
            for place in (c for c in prep.children if c.dep_ == "pobj"):
                name = sent.span.doc[place.left_edge.i:place.i + 1].text
                found = self.table.gazetteer.lookup(name)
                if found is not None and found[0].type == "state":
                    pos = sent.base + place.idx
                    return self.table.collective(found[0], "", pos, pos, evidence=False)
        if portfolio_body(body):  # "Lithuania closed the border. The foreign ministry said"
            topic = self.table.actors.get(self.mentions.subjects.get(sent.index - 1, ""))
            if topic is not None and topic.type == "state":
                return topic
        if names_state_body(body):  # "the presidential office", "the defence ministry"
            return self.table.recent_state(sent.base + body.idx)
        return None

    def _title(self, sent: Sentence, tok: Any) -> tuple[Actor | None, bool]:
        lemma = tok.lemma_.lower()
        is_office = lemma in words("roles", "office") or tok.lower_ in words("roles", "office")
        is_collective = tok.lower_ in words("roles", "collective")
        if not (is_office or is_collective):
            return None, True
        subtree = own_tokens(tok)  # not "The chancellor, whose party leads ..."
        cue = self._title_cue(sent, tok, subtree)
        definite = any(c.lower_ == "the" or c.dep_ == "poss" for c in tok.children
                       if c.dep_ in {"det", "poss"})
        plural = tok.tag_ in {"NNS", "NNPS"}
        if cue is None and any(t.lower_ == "bloc" for t in subtree):
            cue = self.table.actors.get("european-union")
        unnamed = self.ctx.unnamed
        if definite and not plural and unnamed is not None and unnamed[0] == lemma and \
                sent.index - unnamed[2] <= 2:
            self.ctx.unnamed = (lemma, unnamed[1], sent.index)  # each mention renews it
            return unnamed[1], False  # "A senior official said ... The official added ..."
        if not definite and is_office and not plural:  # "officials said": no "he" is theirs
            self.ctx.unnamed = (lemma, cue, sent.index)
        if definite and not plural and is_office:
            introduced = self._introduced(sent, tok.i)
            if self.ctx.introduced[0] == sent.index - 1:
                introduced = {**self.ctx.introduced[1], **introduced}
            if lemma in introduced:  # "A senior official in the president's office drew a
                return introduced[lemma], False  # distinction. ..., the official said"
            if _described(tok) in self.ctx.described:  # "the senior U.S. official" after "a
                return self.ctx.described[_described(tok)], False  # senior U.S. official"
            phrase = " ".join(t.text for t in subtree if t.i <= tok.i)
            person = self.table.resolve_title(phrase, sent.base + tok.idx, cue,
                                              prefer=self.ctx.last_speaker)
            if person is not None:
                return person, True
        return cue, False

    def _introduced(self, sent: Sentence, before: int = 10**9) -> dict[str, Actor]:
        """The unnamed office-holders that ``sent`` brings in before token ``before``, by
        noun, with the collective each speaks for ("a senior State Department official":
        the United States): a later "the official" is that person, not a named office-holder
        (coding guide section 1, unnamed people tied to a named actor)."""
        out: dict[str, Actor] = {}
        for tok in sent.tokens:
            lemma = tok.lemma_.lower()
            if tok.i >= before or tok.pos_ != "NOUN" or tok.tag_ != "NN" or \
                    lemma not in words("roles", "office") or not any(
                    c.lower_ in {"a", "an"} and c.dep_ == "det" for c in tok.children) or any(
                    c.dep_ == "appos" and c.pos_ == "PROPN" for c in tok.children):
                continue
            cue = self._title_cue(sent, tok, own_tokens(tok))
            if cue is not None and cue.type != "person":
                out[lemma] = cue
                if " " in _described(tok):
                    self.ctx.described[_described(tok)] = cue
        return out

    def _title_cue(self, sent: Sentence, tok: Any, subtree: list[Any]) -> Actor | None:
        """The collective an unnamed office-holder speaks for: named in the phrase ("an EU
        official"), the body of a person named there ("a spokesman for Karimi's ministry"),
        a body referred back to ("a spokesman for the committee"), or the state of a
        government body ("a government spokesman", "a Treasury spokeswoman")."""
        posted = posted_place(tok)
        found = [a for a in (self._actor_of(sent, t) for t in subtree
                             if t.i != tok.i and t.i not in posted) if a]
        collectives = [a for a in found if a.type != "person"]
        if collectives:
            return self._topic_body(sent, tok, subtree, collectives[0])
        bodies = [self.table.actors.get(a.speaks_for or "") for a in found]
        if any(bodies):
            return next(b for b in bodies if b)
        pos = sent.base + tok.idx
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"for", "of"}):
            for noun in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"):
                if any(d.lower_ in {"the", "its", "their"} for d in noun.children):
                    return self.table.recent_collective(noun.lemma_, pos)
        if any(c.dep_ == "compound" and c.lower_ == "administration" for c in tok.children) \
                and "united-states" in self.table.actors:
            return self.table.actors["united-states"]  # "an administration official" (section 1)
        if any(c.dep_ in {"compound", "amod"} and c.lower_ in _STATE_BODIES | {"treasury"}
               for c in tok.children):
            return self.table.recent_state(pos)
        return None

    def _topic_body(self, sent: Sentence, tok: Any, subtree: list[Any], found: Actor) -> Actor:
        """Whose is the body an unnamed office-holder's title names by a word many states
        use ("a Treasury spokesperson", "a government official"), which the article's
        most named state was taken for: the state the paragraph opened with as subject
        ("Washington was cautious. A Treasury spokeswoman said ..."), else ``found``."""
        topic = self.ctx.topic
        words_for = [t for t in subtree if t.i != tok.i and self._actor_of(sent, t) is found]
        if topic is None or found.type != "state" or topic is found or not words_for or \
                any(t.lower_ not in _STATE_BODIES | {"treasury"} for t in words_for):
            return found
        return topic

    def _topic_state(self, sent: Sentence) -> Actor | None:
        """The state a sentence's main subject names or qualifies ("Washington was
        cautious.", "The U.S. government held back."), else ``None``."""
        subject = self._subject(sent.span.root)
        if subject is None:
            return None
        for tok in [subject, *(c for c in subject.children
                               if c.dep_ in {"poss", "compound", "amod"})]:
            actor = self._actor_of(sent, tok)
            if actor is not None and actor.type == "state":
                return actor
        return None

    def _party(self, sent: Sentence, tok: Any) -> Actor | None:
        """The collective actor a noun phrase names: itself, or its owner ("Sudan's army")."""
        found = self._actor_of(sent, tok)
        if found is not None:
            return found
        for child in own_tokens(tok):
            owner = self._actor_of(sent, child)
            if owner is not None and owner.type != "person":
                return owner
        return None

    def _note_statement(self, sent: Sentence, holders: list[Actor]) -> None:
        """Who issued the statement a sentence mentions ("In a statement, X said ...",
        "..., according to a statement from X"): the holder of its first statement, for a
        later "the statement"."""
        if holders and any(t.lemma_.lower() == "statement" and any(
                c.lower_ in {"a", "an"} for c in t.children) for t in sent.tokens):
            self.ctx.statement = holders[0]

    def _note_speaker(self, actor: Actor) -> None:
        self.ctx.last_speaker = actor
        if actor.type == "person":
            self.ctx.last_person = actor
        else:
            self.ctx.last_collective = actor

    def _note_root_subject(self, sent: Sentence) -> None:
        """A named person as the main subject becomes the referent of a later "he"/"she", a
        named collective that of a later "it"/"they"."""
        self.subject_person = None
        roots = [t for t in sent.tokens if t.dep_ == "ROOT"]  # several where fragments were
        # joined ("Chancellor" + "Ana Ruiz has been firm.")
        subject = next((s for s in map(self._subject, roots) if s is not None), None)
        if subject is not None and subject.pos_ != "PRON":
            actor = self._actor_of(sent, subject)
            if actor is None:
                actor = next((self._actor_of(sent, c) for c in subject.children
                              if c.dep_ == "appos" and self._actor_of(sent, c)), None)
            if actor is not None and actor.type == "person":
                self.ctx.last_person = self.subject_person = actor
            elif actor is not None:  # "The Red Cross has seen the detainees. It said ...": the
                self.ctx.last_collective = actor  # collective the sentence before was about
        self.ctx.introduced = (sent.index, self._introduced(sent))
        self._note_unnamed_source(sent)

    def _note_unnamed_source(self, sent: Sentence) -> None:
        """An unnamed office-holder tied to a collective, brought in outside a speech clause
        in a sentence that names no person and quotes nobody ("The account given by a senior
        ministry official was different."): a "he said" in the next sentence is his, so the collective's
        (coding guide section 1, unnamed people tied to a named actor)."""
        if quoted_spans(sent) or self.ctx.quote_open or (
                self.ctx.unnamed is not None and self.ctx.unnamed[2] == sent.index) or any(
                self._actor_of(sent, t) is not None and self._actor_of(sent, t).type == "person"
                for t in sent.tokens):
            return
        for tok in sent.tokens:
            lemma = tok.lemma_.lower()
            if tok.pos_ != "NOUN" or tok.tag_ != "NN" or lemma not in words("roles", "office") \
                    or not any(c.lower_ in {"a", "an"} and c.dep_ == "det" for c in tok.children):
                continue
            cue = self._title_cue(sent, tok, own_tokens(tok))
            if cue is not None and cue.type != "person":
                self.ctx.unnamed = (lemma, cue, sent.index)
                self.ctx.last_speaker = cue
                return
