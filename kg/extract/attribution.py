"""Who said what: statements found with the dependency parse.

A statement is a speech verb ("said", "told reporters", "warned") or an
attitude verb ("rejected", "backed", "is prepared to") with its subject, or
"according to X", or a quotation continuing the previous speaker's words.
Subjects are resolved to actors by :mod:`kg.extract.referents`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from functools import partial
from typing import Any

from kg.extract.actors import Actor, ActorTable
from kg.extract.bodies import possessor_fits
from kg.extract.clean import time_stamped
from kg.extract.colon_statements import introduced_quote, told_plainly
from kg.extract.draft_clauses import Drafts
from kg.extract.expectations import EXPECT
from kg.extract.groups import Groups
from kg.extract.interview import answers, body_sentences
from kg.extract.lexicon import words
from kg.extract.mentions import Mentions
from kg.extract.officetitles import bound_elsewhere, government_office
from kg.extract.quotes import closing_speaker, in_quote, lead_in, quoted_tokens
from kg.extract.referents import BODY_NOUNS, Resolver
from kg.extract.segment import Sentence
from kg.extract.speakers import (
    PERSON_PRONOUNS,
    after_quote,
    anonymous_report,
    before_comma,
    closing_source,
    framing_colon,
    fronted_name,
    name_before,
    named_later,
    nested_speaker,
    trailing_attribution,
    view_frame,
)
from kg.extract.statements import (
    Statement,
    appraises_matter,
    has_clause,
    merge_attributions,
    nominal_statements,
    non_answer,
    presents_proposal,
    reason_clause,
    reserved_on_matter,
    stance_preposition,
    unsaid_clause,
)
from kg.extract.syntax import (
    antecedent,
    appositive_act,
    by_depth,
    contrast_clause,
    dating_clause,
    hypothetical,
    inserted_clause,
    inserted_question,
    passive_agent,
    past_position,
    phrasal_exit,
    phrasal_lemma,
    subject_tokens,
    text_of,
)

_CONTENT_DEPS = {"ccomp", "xcomp", "dobj", "oprd", "attr", "acomp", "prep", "advcl", "npadvmod"}


def _demand(clause: Any) -> bool:
    """A reported clause that demands of its subject ("insisted that China extend the
    pause", "said Russia must withdraw"): the speaker's own attitude, not a claim about
    the subject's."""
    aux = {c.lower_ for c in clause.children if c.dep_ == "aux"}
    return bool(aux & {"must", "should"}) or (clause.tag_ == "VB" and not aux)


def _top_two(counts: Counter[str]) -> tuple[str, ...]:
    """The two most counted, each at least twice and the second not tied with a third."""
    top = [(aid, n) for aid, n in counts.most_common(3) if n >= 2]
    if len(top) < 2 or (len(top) == 3 and top[2][1] == top[1][1]):
        return ()
    return tuple(aid for aid, _ in top[:2])


class Attributor(Resolver):
    """Finds statements sentence by sentence, keeping track of who spoke last."""

    def __init__(self, table: ActorTable, mentions: Mentions) -> None:
        super().__init__(table, mentions)
        self.groups = Groups(self._party, self._main_parties)
        self.holders: Counter[str] = Counter()  # statements so far per collective holder
        self.body_start = 0  # where the body starts, after headline and standfirst
        self.drafts = Drafts(self.resolve, table)

    # -- statements -----------------------------------------------------------------
    def _content(self, sent: Sentence, verb: Any, subject: Any | None) -> tuple[str, int, int]:
        doc = verb.doc
        parts = [c for c in verb.children if c.dep_ in _CONTENT_DEPS and not contrast_clause(c)]
        modifiers = [c.i for c in verb.children if c.dep_ in {"neg", "aux", "auxpass", "advmod"}]
        if not parts:
            span, tokens = sent.span, sent.tokens
        else:
            lo = min(min(p.left_edge.i for p in parts), verb.i, *modifiers)
            hi = max(p.right_edge.i for p in parts) + 1
            span = tokens = doc[lo:hi]
        skip = subject_tokens(subject, verb) if subject is not None else set()
        return text_of(tokens, skip), sent.base + span.start_char, sent.base + span.end_char

    def _named_or_titled(self, sent: Sentence, tok: Any) -> Actor | None:
        """The actor a token names, or the named person a definite title refers back to
        ("the president had told him ...")."""
        found = self._actor_of(sent, tok)
        if found is None and tok.pos_ == "NOUN" and any(c.lower_ == "the" for c in tok.children):
            found = self._title(sent, tok)[0]
        return found

    def _inner_clause(self, sent: Sentence, verb: Any) -> tuple[Actor, Any, Any] | None:
        """The named state or organisation that is the subject of the reported clause, with
        that clause's verb and the token naming it."""
        for child in verb.children:
            if child.dep_ == "ccomp":
                inner = self._subject(child)
                if inner is None:
                    continue
                for tok in [inner, *(c for c in inner.children
                                     if c.dep_ in {"amod", "compound", "poss"})]:
                    found = self._actor_of(sent, tok)
                    if found is not None and found.type != "person":
                        return found, child, tok
        return None

    def _inner_collective(self, sent: Sentence, verb: Any) -> Actor | None:
        """The named state or organisation that is the subject of the reported clause."""
        found = self._inner_clause(sent, verb)
        return found[0] if found else None

    def _voices_inner(self, sent: Sentence, verb: Any, speaker: Actor,
                      quoted: set[int]) -> Actor | None:
        """The collective an office-holder speaks for when he reports, in his own words,
        what it wants: "A ministry spokeswoman, X, said Ruritania would not pay", "Finance
        Minister Y said Oslandia could accept it" (rule 3.9 is about another's attitude, and
        a role that names no other body leaves the reported one his own); ``None`` for a
        quotation, a report of what someone else told him, a body named by a common noun
        ("the coalition's members"), an analyst, or a role tied to another body."""
        found = self._inner_clause(sent, verb)
        if found is None or found[2].pos_ != "PROPN" or \
                found[1].lemma_.lower() in words("speech", "speech") or \
                found[1].i in quoted or any(t.i in quoted for t in self._subject(found[1]).subtree):
            return None
        own = self._subject(verb)
        if own is not None and found[2] in own.subtree:  # the parse reads his own role
            return None
        return found[0] if self._office_free_for(speaker, found[0]) else None

    def _office_free_for(self, speaker: Actor, body: Actor) -> bool:
        """Whether a person holds an office whose role ties him to no body other than
        ``body`` (see :func:`bound_elsewhere`); an unnamed possessor ``body`` can be ("the
        party's group", "the ministry's undersecretary") ties him to none."""
        if speaker.type != "person" or not speaker.role:
            return False
        named = [(m.start, m.end, m.entry.id) for m in self.table.gazetteer.scan(speaker.role)]
        return not bound_elsewhere(speaker.role, named, body.id, partial(possessor_fits, body))

    def _voiced_report(self, speech: Statement, attitude: Statement, quoted: set[int]) -> bool:
        """Whether an office-holder reports, in his own words, what a named state or
        organisation wants, the parse setting his verb aside ("Ruritania, the deputy
        minister said, would not object"): he voices it, as in :meth:`_voices_inner`."""
        span = attitude.sentence.span
        return speech.voiced_by is not None and attitude.holder.type != "person" and \
            attitude.subject_i >= 0 and attitude.subject_i not in quoted and \
            span.doc[attitude.subject_i].pos_ == "PROPN" and \
            self._office_free_for(speech.voiced_by, attitude.holder)

    def _main_parties(self, reporters: frozenset[str], whole: bool) -> tuple[Actor, ...]:
        """The two collectives other than ``reporters`` that have made most statements so
        far, each at least twice: what "both sides" means when no pair was named together
        just before; failing that, when ``whole``, the two named in most sentences of the
        article ("Omani and Swiss mediators reported that both sides had agreed ...")."""
        counts = Counter({aid: n for aid, n in self.holders.items() if aid not in reporters})
        top = _top_two(counts)
        if not top and whole:
            top = _top_two(Counter(aid for _, aid in {
                (sent, aid) for (sent, _), aid in self.mentions.by_token.items()
                if aid not in reporters and aid in self.table.actors
                and self.table.actors[aid].type != "person"}))
        return tuple(self.table.actors[aid] for aid in top)

    def _claims_other(self, sent: Sentence, verb: Any, holder: Actor, voice: Actor | None) -> bool:
        """Rule 3.9: "X said Y would never accept" is not a stance of X or Y; nor is "X said
        the commissioner had told her that ..." (a report of another's words). A statement
        that also reports the holder's own attitude ("X said Russia was holding thousands and
        that Kyiv wanted them back") is the holder's."""
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        clauses += [v for c in clauses for v in c.children if v.dep_ == "conj"]
        if any(self._subject(c) is not None and self._actor_of(sent, self._subject(c)) is holder
               for c in clauses[1:]):
            return False
        for child in verb.children:
            if child.dep_ != "ccomp" or _demand(child):
                continue
            inner = self._subject(child)
            if inner is None or inner.pos_ == "PRON":
                continue
            other = self._actor_of(sent, inner)
            if other is None and child.lemma_.lower() in words("speech", "speech") and \
                    child.lemma_.lower() != EXPECT and any(  # "expected X to": a demand
                    c.dep_ == "ccomp" for c in child.children):  # "had told her that ..."
                other = self.resolve(sent, inner)[0] or inner  # a title, or nobody named
            if other is not None and other is not holder and other is not voice and (
                not isinstance(other, Actor) or other.type != "person"
                or other.speaks_for != holder.id):
                return True
        return False

    def sentence(self, sent: Sentence) -> list[Statement]:
        """Statements in one parsed sentence (updates who spoke last)."""
        if sent.paragraph != self.ctx.last_paragraph and sent.paragraph > self.ctx.last_paragraph + 1:
            self.ctx.last_speaker = None
        if sent.paragraph != self.ctx.last_paragraph:
            self.ctx.quote_open = False
            if time_stamped(sent.text):  # a live blog's entry: no pronoun reaches before it
                self.ctx = replace(self.ctx, last_speaker=None, last_person=None,
                                   last_collective=None, unnamed=None,
                                   entry=sent.start)
        if sent.paragraph != self.ctx.last_paragraph:
            self.ctx.topic, self.ctx.topic_at = self._topic_state(sent), sent.index
        self.ctx.last_paragraph = sent.paragraph
        self.groups.sentence = sent.index
        span = sent.span
        quoted, self.ctx.quote_open = quoted_tokens(sent.tokens, self.ctx.quote_open)
        out: list[Statement] = []
        seen: set[tuple[str, int]] = set()
        speech, attitude = words("speech", "speech"), words("speech", "attitude")
        adjectives = words("speech", "attitude_adjectives")
        inside_content: set[int] = set()
        objects: set[int] = set()  # what a found statement is about ("welcomed X's plan")
        contrasts = {t.i for v in sent.tokens if contrast_clause(v) for t in v.subtree}
        unsaid = {t.i for v in sent.tokens if non_answer(v) for t in unsaid_clause(v)}
        inside_content.update(anonymous_report(sent.tokens))  # "people familiar with it said ..."
        for tok in by_depth(sent.tokens):
            phrasal = phrasal_lemma(tok) if tok.pos_ in {"VERB", "AUX"} else None
            lemma = phrasal or tok.lemma_.lower()
            is_verb = tok.pos_ in {"VERB", "AUX"} and (lemma in speech or lemma in attitude)
            # "The union is strongly against it"; "was more guarded", also when the parse takes
            # the predicative adjective for a participle
            is_adj = (tok.pos_ == "ADJ" and lemma in adjectives and tok.dep_ in {"acomp", "amod"}
                      or tok.dep_ == "acomp" and tok.lower_ in adjectives
                      or stance_preposition(tok) or reserved_on_matter(tok)
                      or appraises_matter(tok))
            according = tok.lower_ == "according" and tok.nbor(1).lower_ == "to" if (
                tok.i + 1 < len(tok.doc)) else False
            late = according and tok.i in inside_content and closing_source(sent, tok)
            if is_verb and non_answer(tok):  # "declined to comment on the plan"
                inside_content.update(t.i for t in tok.subtree)
                continue
            if not (is_verb or is_adj or according) or tok.i in quoted or inserted_question(tok) or (
                    tok.i in inside_content and not self._own_clause(sent, tok) and not late):
                continue
            if according:
                pobj = next((c for c in tok.nbor(1).children if c.dep_ == "pobj"), None)
                subject, anchor = pobj, tok.head if tok.head.pos_ in {"VERB", "AUX"} else tok
                lemma = "according"
            elif is_adj:
                anchor = tok.head if tok.dep_ in {"acomp", "prep"} else tok
                if tok.dep_ == "prep":  # "is against it": as "its opposition to it"
                    lemma = "nominal:opposition" if tok.lower_ == "against" else "nominal:support"
                subject = self._subject(anchor)
            else:
                subject, anchor = self._subject(tok) or fronted_name(sent, tok, self._actor_of), tok
                if subject is None and lemma in speech:
                    subject = after_quote(sent, tok, self._actor_of) or before_comma(
                        sent, tok, self._actor_of)
                named = name_before(sent, tok, self._actor_of) if lemma in speech else None
                if named is not None and (subject is None or (
                        named.i not in {t.i for t in subject.subtree} and
                        getattr(self._actor_of(sent, subject), "type", "") != "person")):
                    subject = named  # "..., Deputy Minister of Trade Ana Ruiz said": the parse
                    # gave the verb the subject of another clause
                if lemma == "quote":
                    subject = next((c for c in tok.children if c.dep_ == "dobj"), subject)
                agent = passive_agent(tok)  # "the plan was rejected by Denmark"
                if agent is None and subject is not None and subject.dep_ == "nsubjpass" and \
                        subject.head.i == tok.i and tok.lower_ not in adjectives:
                    subject = None  # "It was agreed that ...", "the union was offered ..."
                subject = agent or subject
            if subject is None or (phrasal_exit(tok) and not phrasal) or \
                    past_position(tok, lemma in attitude) or dating_clause(tok) or (
                    hypothetical(tok)) or (
                    lemma in words("speech", "needs_clause") and not has_clause(tok, sent.text)) or (
                    lemma in words("speech", "needs_proposal") and not presents_proposal(tok)) or (
                    subject.pos_ == "PRON" and reason_clause(tok)):
                continue
            own_clauses = [c for c in anchor.children if c.dep_ == "conj" and (
                c.lemma_.lower() in speech or c.lemma_.lower() in attitude) and
                not hypothetical(c)]  # "..., but only if X asked for it": its condition
            reported = {t.i for c in tok.children if (c.dep_ in {"ccomp", "xcomp"} or (
                c.dep_ == "conj" and c not in own_clauses)) and not trailing_attribution(
                c, speech) and not contrast_clause(c) for t in c.subtree}
            skip_own = {t.i for c in own_clauses for t in c.subtree}
            joint = self.groups.joint_act(sent, tok) if lemma in speech else None
            if joint is not None:  # "X and Y agreed to a truce, mediators said"
                out.extend(self.joint_statements(sent, *joint, seen))
                inside_content.update(reported)
            for subj, member in self.groups.speakers(sent, subject, according):
                speaker, may_voice = ((member, member.type == "person") if member
                                      else self.resolve(sent, subj))
                if speaker is None and subj.dep_ == "conj":
                    speaker, may_voice = self._party(sent, subj), False
                inner = self._inner_collective(sent, tok)
                if speaker is None and subj.lower_ in BODY_NOUNS and inner is not None:
                    speaker, may_voice = inner, False
                if speaker is None and (lemma in speech or lemma in attitude) and \
                        not sent.standfirst:  # a wire lede: "their union said", "the
                    # largest union of pilots rejected the offer"
                    speaker = named_later(sent, subj, list(self.table.actors.values()),
                                          self.body_start)
                if speaker is None:
                    if subj.tag_ == "NNS" and (lemma in speech or according):
                        self.ctx.sources = sent.index  # "officials said": "they" are them
                    if lemma in speech and subj.lemma_.lower() in words("roles", "non_office"):
                        inside_content.update(reported)  # "analysts said China wanted ...":
                        # a commentator's reading of another's attitude is no stance (3.9)
                    continue
                if inner is not None and speaker.type == "person" and not speaker.speaks_for \
                        and speaker.role and government_office(speaker.role):
                    speaker.speaks_for = speaker.affiliation = inner.id
                holder, voice = self.table.holder_of(speaker)
                if not may_voice:
                    holder, voice = speaker, None
                voiced = self._voices_inner(sent, tok, speaker, quoted) if (
                    is_verb and lemma in speech and inner is not None and inner is not holder) \
                    else None
                if voiced is not None:
                    holder, voice = voiced, speaker
                nested = nested_speaker(sent, tok, self._subject, self._named_or_titled,
                                        acts=voice is None)
                if nested is not None and self.table.holder_of(nested)[0] is holder is not nested:
                    voice = nested  # the spokesman reports what the President said
                if speaker.type != "person" and subj.pos_ == "NOUN" and subj.tag_ != "NNS" and \
                        not any(c.lower_ in {"the", "this", "that"} for c in subj.children):
                    self.ctx.unnamed = (subj.lemma_.lower(), holder, sent.index)  # "an official";
                    # no "he" or "she" refers back to "officials"
                inside_content.update(reported)
                if according and self.groups.reported_joint(sent, anchor):
                    self._note_speaker(speaker)  # the source of a joint act only reports it
                    continue
                if joint is not None and holder not in joint[1]:
                    self._note_speaker(speaker)  # the reporter of a joint act only reports
                    continue
                if is_verb and lemma in speech and self._claims_other(sent, tok, holder, voice):
                    self._note_speaker(speaker)
                    continue
                ours = self.groups.first_person_joint(tok, holder) if joint is None and \
                    lemma in speech else None
                if ours is not None:  # "'We agreed to ...,' the Russian negotiator said"
                    out.extend(self.joint_statements(sent, *ours, seen))
                key = (holder.id, tok.i if tok.dep_ == "conj" else -1)
                if late and key not in seen:
                    continue  # only names who voiced a statement found in the sentence
                if key in seen:
                    earlier = next(x for x in out if x.holder is holder)
                    if earlier.voiced_by is None and voice is not None:
                        earlier.voiced_by = voice
                    continue
                seen.add(key)
                content, c_start, c_end = self._content(sent, anchor, subject)
                aside = tok.dep_ == "relcl" and appositive_act(tok, subj)  # ", a plan X backed"
                if contrast_clause(tok) or tok.i in inside_content or aside:  # its own clause only
                    head = tok.head if tok.dep_ in {"acl", "relcl"} else tok
                    clause = span.doc[head.left_edge.i:tok.right_edge.i + 1]
                    content = text_of(clause, subject_tokens(subject, tok))
                    c_start, c_end = sent.base + clause.start_char, sent.base + clause.end_char
                elif lemma in speech:
                    content = text_of(sent.tokens, subject_tokens(subject, tok) | skip_own |
                                      contrasts | unsaid | inserted_clause(tok, span))
                confidence = 0.8 if self._actor_of(sent, subj) is not None else 0.65
                out.append(Statement(sent, holder, voice, content, c_start, c_end, confidence,
                                     lemma, subj.i, own=antecedent(subj) is not None or
                                     tok.i in inside_content or contrast_clause(tok) or aside,
                                     joint_report=according and bool(
                                         self.groups.joint(subj, reported=True))))
                objects.update(t.i for c in tok.children if c.dep_ == "dobj" for t in c.subtree)
                self._note_speaker(speaker)
        if not out:
            out.extend(introduced_quote(self, sent, quoted))
        elif any(framing_colon(t) is not None for t in sent.tokens if t.text == ":"):
            out = told_plainly(self, sent, quoted, out)
        out = merge_attributions(out, speech, partial(self._voiced_report, quoted=quoted))
        self.holders.update(st.holder.id for st in out if st.holder.type != "person")
        self._note_statement(sent, [st.holder for st in out])
        out.extend(nominal_statements(sent, {st.holder.id for st in out},
                                      inside_content | objects, self.resolve, self.table))
        if not out:  # "The text caps the levy": a clause of a draft, its drafter's
            out = self.drafts.clauses(sent)
        self.drafts.note(sent, out)
        self._note_root_subject(sent)
        self.groups.note(sent)
        self.groups.note_documents(sent, [st.holder for st in out])
        return out

    def _own_clause(self, sent: Sentence, verb: Any) -> bool:
        """A clause inside another's statement that is a statement of its own: a relative
        clause on a named actor ("X said Y, which has offered to host, ...") or a named
        actor's words in one ("a levy, which Albers called 'a tax'"), a contrast
        ("..., while a Chinese spokeswoman said ...") or a named agent ("a committee, as
        proposed by Sudan")."""
        if contrast_clause(verb):
            return True
        if verb.dep_ in {"acl", "advcl"} and passive_agent(verb) is not None:
            return self._actor_of(sent, passive_agent(verb)) is not None
        subject = self._subject(verb)
        if verb.dep_ != "relcl" or subject is None:
            return False
        if appositive_act(verb, subject):
            return self.resolve(sent, subject)[0] is not None
        if subject.pos_ == "PROPN" and self._actor_of(sent, subject) is not None and \
                verb.lemma_.lower() in words("speech", "speech"):
            return True  # "a proposal ... which Albers called 'a tax on jobs'" (his words)
        return (antecedent(subject) is not None or any(
            c.lower_ == "whose" for c in subject.children)) and \
            self._actor_of(sent, verb.head) is not None

    def joint_statements(self, sent: Sentence, act: Any, parties: tuple[Actor, ...],
                         seen: set[tuple[str, int]] | None = None) -> list[Statement]:
        """One statement per party of a reported joint act, whoever reports it (``seen``:
        the (holder, verb) pairs the sentence already has)."""
        clause = sent.span.doc[act.left_edge.i:act.right_edge.i + 1]
        out, seen = [], set() if seen is None else seen
        for party in parties:
            holder, voice = self.table.holder_of(party)
            if (holder.id, act.i) in seen:
                continue
            seen.add((holder.id, act.i))
            out.append(Statement(sent, holder, voice, text_of(clause, set()),
                                 sent.base + clause.start_char, sent.base + clause.end_char,
                                 0.7, f"joint:{act.lemma_.lower()}", act.i, own=True))
        return out

    def quoted(self, sent: Sentence, speaker: Actor | None, confidence: float) -> Statement | None:
        """A sentence of a quotation attributed elsewhere ("...," he said. "...")."""
        if speaker is None:
            return None
        holder, voice = self.table.holder_of(speaker)
        return Statement(sent, holder, voice, text_of(sent.tokens, set()), sent.start, sent.end,
                         confidence, "quote")


def attribute(sentences: list[Sentence], table: ActorTable, mentions: Mentions) -> list[Statement]:
    """All statements of an article, in order (parsed, non-heading sentences only)."""
    attributor = Attributor(table, mentions)
    statements: list[Statement] = []
    body = body_sentences(sentences)
    attributor.body_start = next((s.start for s in body if not s.standfirst), 0)
    found: list[list[Statement]] = []
    before: list[Actor | None] = []  # who spoke last, as of each sentence
    subjects: list[Actor | None] = []  # the named person each sentence is about
    for sent in body:
        found.append(attributor.sentence(sent))
        before.append(attributor.ctx.last_speaker)
        subjects.append(attributor.subject_person)
    answers(attributor, body, found, next((s.text for s in sentences if s.heading), ""))
    for k, (sent, out) in enumerate(zip(body, found, strict=True)):
        if not out and in_quote(body, k):
            closing = closing_speaker(body, found, k)
            st = attributor.quoted(sent, closing or lead_in(body, found, subjects, k) or before[k],
                                   0.6)
            out = [st] if st is not None else []
        elif view_frame(sent) and k and before[k - 1] is not None and (
                view_frame(sent) in PERSON_PRONOUNS) == (before[k - 1].type == "person"):
            out = [attributor.quoted(sent, before[k - 1], 0.6)]  # "In his view, X should ..."
        if not sent.standfirst:  # it restates the body
            statements.extend(out)
    return statements
