"""Statements: one attributed attitude in one sentence; attitudes named by a noun with an
owner; how the statements of a sentence are reconciled (a speech verb with the attitude
it reports; one actor's claim about another's attitude); two clause filters."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kg.extract.actors import Actor
from kg.extract.issue_context import TARGET_NOUNS
from kg.extract.segment import Sentence
from kg.extract.stated_positions import stated_position
from kg.extract.syntax import subject_of

if TYPE_CHECKING:
    from kg.extract.actors import ActorTable

# Nouns naming an attitude; with an owner ("Berlin's rejection", "a warning from Moscow")
# they make a statement.
_NOMINAL_CUES = {"rejection", "refusal", "opposition", "veto", "objection", "support", "backing",
                 "approval", "acceptance", "endorsement", "demand", "insistence", "offer",
                 "proposal", "call", "condemnation", "criticism", "suggestion", "request",
                 "initiative", "bid", "push", "warning", "pledge", "promise", "assurance"}
_VERDICTS = {"verdict", "review", "reception", "response", "reaction"}
_SPOKEN = {"warning", "call", "demand", "pledge", "promise", "assurance", "criticism",
           "condemnation", "request", "insistence", "rejection", "refusal"}


@dataclass
class Statement:
    """One attributed statement in one sentence."""

    sentence: Sentence
    holder: Actor
    voiced_by: Actor | None
    content: str  # the text whose cues give the stance value
    content_start: int  # offsets into the original text
    content_end: int
    confidence: float
    verb: str
    subject_i: int = -1  # token index of the grammatical subject (-1: none)
    own: bool = False  # another actor's attitude standing on its own inside a report
    joint_report: bool = False  # "..., according to both sides": what the parties report


def stance_preposition(tok: Any) -> bool:
    """A position stated with "be" and a preposition: "The union is strongly against any
    referral", "The council is firmly in favour of arbitration" (the token "against" or
    "in")."""
    if tok.dep_ != "prep" or tok.head.lemma_ != "be" or tok.head.pos_ not in {"AUX", "VERB"}:
        return False
    if tok.lower_ == "against":
        return True
    return tok.lower_ == "in" and any(c.dep_ == "pobj" and c.lower_ in {"favour", "favor"}
                                      for c in tok.children)


# Words that name an attitude as held back (coding guide, session 10: "was more guarded" is
# neutral); "less" turns the second kind into one ("was less forthcoming").
_RESERVED = {"guarded", "cautious", "careful", "circumspect", "reticent"}
_RESERVED_LESS = {"forthcoming", "categorical"}
_MATTER_PREPS = {"on", "about", "over", "regarding"}


def reserved_on_matter(tok: Any) -> bool:
    """A narration that names the holder's attitude on a named matter as held back: "was
    more cautious over quotas", "On tolls she was less forthcoming", "was more guarded
    on that point" (also when the parse takes "guarded" for a passive participle). Without
    the matter ("X was more cautious") the target is vague; "careful to say" or "careful not
    to take sides" is speech or keeping out, no such narration."""
    lower = tok.lower_
    if lower in _RESERVED_LESS:
        if not any(c.dep_ == "advmod" and c.lower_ == "less" for c in tok.children):
            return False
    elif lower not in _RESERVED:
        return False
    if tok.dep_ == "acomp":
        head = tok.head
    elif tok.dep_ == "ROOT" and tok.tag_ == "VBN" and any(
            c.dep_ == "auxpass" and c.lemma_ == "be" for c in tok.children):
        head = tok
    else:
        return False
    if any(c.dep_ in {"xcomp", "ccomp"} for c in tok.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ in _MATTER_PREPS
               for c in (*tok.children, *head.children))


# Predicative adjectives that appraise a named matter ("was sceptical of the plan", "was
# cooler on the clause", "is unconvinced by the offer"), and a bare negated "impressed"
# ("the union is not impressed"): narration of the holder's attitude without a speech verb.
_APPRAISING = {"sceptical", "skeptical", "unconvinced", "unimpressed", "cool", "cooler"}
_APPRAISED_PREPS = {"of", "about", "by", "on", "over", "to", "toward", "towards", "with"}


def appraises_matter(tok: Any) -> bool:
    """A predicative adjective of appraisal with the matter it appraises ("Abuja was cooler
    on the consent clause"), or "not impressed" ("The federation is not impressed"); not
    without the matter ("Kyiv is unconvinced": the target is vague), nor after another verb
    than "be" ("appears cool to it")."""
    if tok.dep_ != "acomp" or tok.head.lemma_ != "be":
        return False
    if tok.lower_ == "impressed":
        return any(c.dep_ == "neg" for c in (*tok.children, *tok.head.children))
    return tok.lower_ in _APPRAISING and any(
        c.dep_ in {"prep", "agent"} and c.lower_ in _APPRAISED_PREPS for c in tok.children)


def reason_clause(verb: Any) -> bool:
    """A clause giving the reason of a statement ("..., because it could not predict ..."):
    with a pronoun subject it belongs to the statement it explains."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in {
        "because", "since", "as", "although", "though", "so"} for c in verb.children)


_UNSAID = {"say", "comment", "elaborate", "specify", "disclose", "respond", "reply", "confirm"}
_NO_REPLY = {"comment", "respond", "reply", "confirm"}  # negated, always a non-answer
_OPEN_QUESTION = {"whether", "if"}
_WH = {"which", "what", "when", "how", "who", "whom", "where", "why"}


def non_answer(verb: Any) -> bool:
    """A speech verb that reports words not said, so no attitude (coding guide, session 10:
    non-answers): "declined to comment on the draft", "did not comment", "did not respond to
    questions about the levy", "would not confirm it" (a report it neither confirms nor
    denies), "declined to say which cities", "stopped short of saying how it would
    respond", "did not say whether the fee would apply" (the writer notes what was left
    out). Only "declined to say / would not say / declined to comment on whether X" holds a
    decision open (`neutral`), unless X is already done (:func:`_past_question`), and a bare
    "declined to say" may answer a question asked before it ("Asked whether ..., she
    declined to say")."""
    if verb.lemma_.lower() not in _UNSAID:
        return False
    declined = (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in {"decline", "refuse"}) or (
        verb.dep_ == "pcomp" and verb.head.lower_ == "of" and verb.head.i > 0 and
        verb.doc[verb.head.i - 1].lower_ == "short")
    negated = any(c.dep_ == "neg" for c in verb.children)
    if not (declined or negated):
        return False
    after = [t.lower_ for t in verb.subtree if t.i > verb.i and not t.is_punct]
    if not after:
        return verb.lemma_.lower() in _NO_REPLY
    lead = after[1:] if after[0] == "on" else after  # "comment on whether"
    lead = lead[2:] if len(lead) > 2 and lead[0] in _WH and lead[1] == "or" else lead
    if lead and lead[0] in _OPEN_QUESTION:  # "whether", "when, or whether"
        return negated and not declined and any(
            c.dep_ == "aux" and c.lower_ in {"did", "does", "do", "has", "have"}
            for c in verb.children) or _past_question(verb)
    return verb.lemma_.lower() in _NO_REPLY or after[0] in _WH


def _past_question(verb: Any) -> bool:
    """Whether the "whether" clause after a non-answer asks about something already done
    ("would not say if the memo had reached the board", "declined to say if he has raised
    it"): a fact left unconfirmed, no decision held open."""
    mark = next((t for t in verb.subtree if t.i > verb.i and t.lower_ in _OPEN_QUESTION), None)
    if mark is None or mark.dep_ != "mark":
        return False
    return any(c.dep_ == "aux" and c.lower_ in {"had", "has", "have"} for c in mark.head.children)


def unsaid_clause(verb: Any) -> list[Any]:
    """The tokens of a non-answer (:func:`non_answer`) coordinated with a statement ("said
    the plan was fair but declined to say when talks resume": "but declined to say when
    talks resume"), left out of that statement's content; empty when the non-answer is
    not such a clause."""
    head = verb.head if verb.dep_ == "xcomp" and verb.head.i != verb.i else verb
    if head.dep_ != "conj":
        return []
    before = verb.doc[head.left_edge.i - 1] if head.left_edge.i > 0 else None
    return [*head.subtree, *([before] if before is not None and before.dep_ == "cc" else [])]


def has_clause(verb: Any, sentence: str) -> bool:
    """Whether a verb that is speech only with a content ("posted that ...", "wrote: '...'")
    has one: a clause or a quotation in its ``sentence`` ("posted a profit" has none; the
    sentence, not the parser's, which may end a quotation at its "!" or "?": '"Stop the
    war now!" he wrote'). A passive infinitive is no statement: "an official who asked not
    to be named"."""
    if any(c.dep_ == "xcomp" and any(g.dep_ == "auxpass" for g in c.children)
           for c in verb.children):
        return False
    return any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children) or '"' in sentence


# What a proposal verb lays before the others ("tabled a draft", "presented its budget").
_PROPOSAL_NOUNS = frozenset(TARGET_NOUNS) | {"budget", "paper", "memo", "figure", "contract",
                                             "version", "counterproposal", "counteroffer",
                                             "treaty", "resolution", "motion"}


def presents_proposal(verb: Any) -> bool:
    """Whether a verb of laying before ("table", "circulate", "present") has a proposal as
    its object, done and affirmed ("tabled a new offer", "the draft was circulated"), and
    is no clause naming a document by its history ("a memo the envoys circulated") or a
    participle after its document ("a plan, circulated by X, ...": see :func:`_drafter`)."""
    if verb.dep_ in {"relcl", "acl"} or verb.tag_ not in {"VBD", "VBN"} or any(
            c.dep_ == "neg" or (c.dep_ == "prep" and c.lower_ == "as") for c in verb.children):
        return False  # "would present it next week", "has not presented it as its own"
    return any(c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in _PROPOSAL_NOUNS
               for c in verb.children)


def merge_attributions(out: list[Statement], speech: frozenset[str],
                       voices: Callable[[Statement, Statement], bool] | None = None
                       ) -> list[Statement]:
    """Reconcile a speech verb with an attitude clause in the same sentence.

    "X is ready to ..., the minister said": the speech verb only attributes the attitude
    of the same holder, so one statement remains, with the speaker and the whole
    sentence. "Moscow will never accept this, the analyst said": one actor's claim about
    another's attitude is neither's stance (coding guide 3.8), so both are dropped, unless
    ``voices(speech, attitude)`` says the speaker voices that actor (an office-holder
    reporting what a named body wants): then the attitude remains, voiced by him.
    """
    def attributes(st: Statement) -> bool:
        return st.verb in speech or st.verb == "according"

    kept: list[Statement] = []
    dropped: set[int] = set()
    for st in out:
        if not attributes(st):
            continue
        for other in out:
            if other is st or attributes(other) or id(other) in dropped:
                continue
            if other.holder is st.holder and other.subject_i != st.subject_i:
                if _span_inside(other, st) or _main_report(st):  # not "The bloc backed X,
                    other.voiced_by = other.voiced_by or st.voiced_by  # which Y said ..."
                clauses = [o for o in out if o.holder is st.holder and not attributes(o)]
                if len(clauses) == 1:
                    other.content = st.content  # the parse may hang the condition on "said"
                dropped.add(id(st))
            elif other.holder is not st.holder and _span_inside(other, st) and not other.own:
                if voices is not None and voices(st, other):
                    other.voiced_by = other.voiced_by or st.voiced_by
                    dropped.add(id(st))
                else:
                    dropped.update({id(st), id(other)})
    kept = [st for st in out if id(st) not in dropped]
    return kept


def _main_report(speech: Statement) -> bool:
    """Whether the speech verb reports the sentence ("X could accept it, the party's
    negotiator, Y, said"), not a relative clause in it ("X backed the plan, which Y said
    ...")."""
    span = speech.sentence.span
    if span is None or speech.subject_i < 0:
        return False
    verb = span.doc[speech.subject_i].head
    return verb.dep_ not in {"relcl", "acl", "advcl"} and not any(
        a.dep_ in {"relcl", "acl"} for a in verb.ancestors)


def _span_inside(attitude: Statement, speech: Statement) -> bool:
    """Whether the attitude clause is what the speech verb reports (same sentence)."""
    return speech.content_start <= attitude.content_start and \
        attitude.content_end <= max(speech.content_end, attitude.content_end)


def _split_verdict(noun: Any) -> bool:
    """A split verdict its giver is the subject of: "The party had a mixed verdict on the
    draft", "Chile gave the text a mixed review" (one mixed stance, session-9
    clarifications)."""
    return noun.lemma_.lower() in _VERDICTS and noun.dep_ == "dobj" and \
        noun.head.lemma_.lower() in {"have", "give"} and \
        any(c.dep_ == "amod" and c.lower_ in {"mixed", "split"} for c in noun.children)


def _owner(noun: Any) -> Any | None:
    """Who holds an attitude named by a noun: its possessor ("Denmark's rejection"), or
    or the object of "from" after a noun of speaking ("a warning from Moscow that ...";
    not "an offer from the company", which names the offer as a thing)."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None and _split_verdict(noun):
        owner = subject_of(noun.head)
    if owner is None and noun.lemma_.lower() in _SPOKEN:
        prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"), None)
        owner = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    return owner if owner is not None and owner.pos_ != "PRON" else None


def _actor_on(noun: Any, owner: Any) -> Any | None:
    """The subject of another's act whose object is the owned noun ("the nurses rejected
    the company's offer", "Paris turned down Rome's proposal"): the clause is that
    subject's position toward the offer, not a statement of the owner's; ``None`` when the
    noun is no object or the owner is the subject."""
    if noun.dep_ != "dobj" or noun.head.pos_ not in {"VERB", "AUX"}:
        return None
    subject = subject_of(noun.head)
    return subject if subject is not None and subject.i != owner.i else None


# Documents whose clauses are their drafter's proposals (coding guide, session 9: each clause
# of a reported draft is a support of the drafter): "The draft, published by X, proposes ...",
# "The text, which X circulated, would cap ...".
_DRAFT_NOUNS = {"draft", "text", "proposal", "compromise"}
_RELATIVES = {"which", "that", "who", "whom"}


def _drafter(noun: Any) -> Any | None:
    """Who drafted a document that is the subject of what it proposes: the agent of a
    participle ("The draft, published by the presidency, ..."), the subject of a relative
    clause ("The draft, which the envoy handed to ..., ..."), or a demonym ("The American
    draft"); ``None`` when the noun is no such subject or names no drafter."""
    verb = noun.head
    if noun.lemma_.lower() not in _DRAFT_NOUNS or noun.dep_ != "nsubj" or \
            verb.pos_ != "VERB" or verb.lemma_ in {"be", "have"} or \
            any(c.dep_ == "neg" for c in verb.children):
        return None
    for child in noun.children:
        if child.dep_ == "acl" and child.tag_ == "VBN":
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            found = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
            if found is not None:
                return found
        if child.dep_ == "relcl":
            found = next((c for c in child.children if c.dep_ == "nsubj"), None)
            if found is not None and found.lower_ not in _RELATIVES and found.pos_ != "PRON":
                return found
    return next((c for c in noun.children if c.dep_ == "amod" and c.pos_ == "ADJ" and
                 c.text[:1].isupper()), None)


def _stated(sent: Sentence, owner: Any, clause: Any, taken: set[str],
            resolve: Callable[[Sentence, Any], tuple[Actor | None, bool]],
            table: ActorTable) -> list[Statement]:
    """The statement of a stated position (:mod:`kg.extract.stated_positions`): its owner
    says what the "that" clause holds."""
    speaker, may_voice = resolve(sent, owner)
    if speaker is None:
        return []
    holder, voice = table.holder_of(speaker) if may_voice else (speaker, None)
    if holder.id in taken:
        return []
    taken.add(holder.id)
    phrase = sent.span.doc[clause.left_edge.i:clause.right_edge.i + 1]
    return [Statement(sent, holder, voice, phrase.text, sent.base + phrase.start_char,
                      sent.base + phrase.end_char, 0.65, "say", owner.i)]


def nominal_statements(sent: Sentence, taken: set[str], inside: set[int],
                       resolve: Callable[[Sentence, Any], tuple[Actor | None, bool]],
                       table: ActorTable) -> list[Statement]:
    """Attitudes named by a noun with an owner: "Denmark's rejection of the plan", "the
    union's backing for the deal", "a warning from Moscow that ..." (the owner holds the
    attitude). ``resolve`` gives the actor of a token; ``taken``: holders already found."""
    out: list[Statement] = []
    for tok in sent.tokens:
        if tok.pos_ != "NOUN" or tok.i in inside:
            continue
        stated = stated_position(tok)
        if stated is not None:  # "Ruritania's position is that ...": what it says
            out.extend(_stated(sent, *stated, taken, resolve, table))
            continue
        drafter = _drafter(tok)
        if drafter is None and tok.lemma_.lower() not in _NOMINAL_CUES and \
                not _split_verdict(tok):
            continue
        owner = _owner(tok) if drafter is None else drafter
        if owner is None:
            continue
        speaker, may_voice = resolve(sent, owner)
        if speaker is None:
            continue
        other = _actor_on(tok, owner)
        if other is not None and resolve(sent, other)[0] is not speaker:
            continue
        holder, voice = table.holder_of(speaker)
        if not may_voice:
            holder, voice = speaker, None
        if holder.id in taken:
            continue
        taken.add(holder.id)
        phrase = sent.span.doc[tok.left_edge.i if _split_verdict(tok) else tok.i:
                               tok.right_edge.i + 1]
        if drafter is not None:  # what the document proposes: the clause it heads
            phrase = sent.span.doc[tok.head.left_edge.i:tok.head.right_edge.i + 1]
        out.append(Statement(sent, holder, voice, phrase.text, sent.base + phrase.start_char,
                             sent.base + phrase.end_char, 0.65,
                             "nominal:proposal" if drafter is not None else
                             f"nominal:{tok.lemma_.lower()}", owner.i))
    return out
