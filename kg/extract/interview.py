"""Question-and-answer interviews: who answers, and which sentences are his answers.

The turns themselves ("Q: ..." paragraphs, marked or plain answers) are found by
:func:`kg.extract.quotes.interview_turns`; this module finds the interviewee in the
introduction and makes every sentence of an answer his statement.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from kg.extract.entityspans import mark
from kg.extract.lexicon import words
from kg.extract.quotes import first_person, interview_turns, turn_label
from kg.extract.roles import read_role
from kg.extract.segment import Sentence

if TYPE_CHECKING:
    from kg.extract.actors import Actor, ActorTable
    from kg.extract.attribution import Attributor
    from kg.extract.statements import Statement

# A bare refusal as a whole answer ("A: No.", "Marsh: Absolutely not."), and the yes-or-no
# question it can answer ("Would Kyiv accept that?"): the refusal is the answerer's
# opposition to what the question proposes.
_BARE_NO_RE = re.compile(r"^(?:[^\W\d][\w.' -]{0,40}:\s*)?(?:no|absolutely not|certainly not"
                         r"|of course not|definitely not|not at all|never"
                         r"|not in (?:that|this|its present|its current) form)[.!]?$", re.IGNORECASE)
# A bare yes ("Yes.", "It is.") or a bare "partly" answering a yes-no question: the
# answerer takes the question's own words (coding guide, session 10: one-word answers; a
# yes to a conditional question keeps its condition), or accepts part of what it names.
_BARE_YES_RE = re.compile(r"^(?:[^\W\d][\w.' -]{0,40}:\s*)?(?:yes|yes,\s+(?:absolutely|certainly"
                          r"|of course|definitely)|absolutely|certainly|of course|definitely"
                          r"|it is|we would|we will|i would|i will)[.!]?$",
                          re.IGNORECASE)
_BARE_PARTLY_RE = re.compile(r"^(?:[^\W\d][\w.' -]{0,40}:\s*)?(?:partly|in part|partially)[.!]?$",
                             re.IGNORECASE)
_YES_NO_RE = re.compile(r"^(?:[^\W\d][\w.' -]{0,40}:\s*)?(?:will|would|do|does|did|is|are|can"
                        r"|could|should|shall|has|have|may|might|must)\b[^?]*\?$", re.IGNORECASE)
# A yes-no question whether something is wrong with the matter, over, or objected to ("Is that
# a problem?", "Is that the end of it?", "Would you object?"): a "No" denies the trouble, the
# end or the objection, so it accepts the matter the question speaks of (coding guide, session
# 10: one-word answers take the question's words; session 8: "has no objection to X" supports).
_TROUBLE_QUESTION_RE = re.compile(
    r"\b(?:an?\s+(?:real\s+|big\s+|serious\s+)?(?:problem|obstacle|setback|worry|concern|threat"
    r"|difficulty|stumbling\s+block)|(?:is|was|be|mean|means)\s+(?:(?:this|that|it)\s+)?the\s+end\s+of"
    r"|object|objections?|mind)\b[^?]*\?$", re.IGNORECASE)


def trouble_question(question: str) -> bool:
    """Whether a yes-no question asks if something is wrong with its matter, over, or
    objected to, so that a bare "No" to it accepts the matter.

    >>> trouble_question("Is that a problem for your drivers?"), trouble_question("Would you object?")
    (True, True)
    >>> trouble_question("Will you accept the quota?")
    False
    """
    last = re.split(r"(?<=[.!])\s+", question.strip())[-1]  # the question after a report
    return _YES_NO_RE.match(last) is not None and _TROUBLE_QUESTION_RE.search(last) is not None


# A headline that names whom the interviewee works for ("Norway's fisheries negotiator on
# the quota", "Interview: Ruritania's deputy minister"): the owner and the role.
_HEADLINE_ROLE_RE = re.compile(r"(?:^|[:\u2014\u2013]\s*|\bsays\s+)([A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3})"
                               r"['\u2019]s ((?:[\w-]+ ){0,4}[\w-]+)(?: on\b|\s*:|$)")
INTERVIEW_VERBS = {"speak", "talk", "interview", "ask", "question", "sit"}
_CONVERSE_VERBS = {"speak", "talk", "sit"}  # "X spoke to <outlet>": X is interviewed


def _unnamed_name(attributor: Attributor, sent: Sentence, tok: Any) -> Actor | None:
    """The person a proper name of two or more words names, made an actor when the name
    tagger missed it ("Ilse Varnholm, an economist, spoke to the Gazette")."""
    names = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"
             and c.i < tok.i] + [tok]
    if tok.pos_ != "PROPN" or len(names) < 2 or names[-1].i - names[0].i != len(names) - 1 or \
            not all(t.is_alpha and t.text[:1].isupper() for t in names) or \
            tok.ent_type_ in {"ORG", "NORP", "FAC"} or any(c.dep_ == "det" for c in tok.children):
        return None
    span = sent.span.doc[names[0].i:tok.i + 1]
    start = sent.base + span.start_char
    table = attributor.table
    actor = table.person(span.text, start, start + len(span.text))
    mark(attributor.mentions, sent, span, actor)
    read_role(table, actor, span, sent, attributor.mentions)
    return actor


def _last_person(attributor: Attributor, sentences: list[Sentence]) -> Actor | None:
    """The last person named in ``sentences`` (what "her" in "spoke to her" refers to)."""
    for sent in reversed(sentences):
        named = [a for tok in sent.tokens if (a := attributor._actor_of(sent, tok)) is not None
                 and a.type == "person"]
        if named:
            return named[-1]
    return None


def _interviewed(attributor: Attributor, before: list[Sentence], j: int) -> Actor | None:
    """The person sentence ``before[j]`` says was interviewed: the object of "spoke to",
    "interviewed", "talked with" (a pronoun refers back to the last person named), or the
    subject of "spoke to / talked with" (the outlet is the object)."""
    sent = before[j]
    for tok in sent.tokens:
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        if tok.dep_ in {"pobj", "dobj"} and verb.lemma_.lower() in INTERVIEW_VERBS:
            if tok.pos_ == "PRON" and tok.lower_ in {"her", "him"}:
                return _last_person(attributor, before[:j + 1])
            found = attributor._actor_of(sent, tok)
            if found is not None and found.type == "person":
                return found
        if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _CONVERSE_VERBS and any(
                c.dep_ == "prep" and c.lower_ in {"to", "with"} for c in tok.head.children):
            found = attributor._actor_of(sent, tok) or _unnamed_name(attributor, sent, tok)
            if found is not None and found.type == "person":
                return found
    return None


def interviewee(attributor: Attributor, before: list[Sentence]) -> Actor | None:
    """Who answers in a question-and-answer interview: the person the sentences before
    the first question say was interviewed ("spoke to", "interviewed", "talked with"),
    else the first person named in the nearest of the three sentences before it that
    names one."""
    for j in reversed(range(max(0, len(before) - 4), len(before))):
        found = _interviewed(attributor, before, j)
        if found is not None:
            return found
    persons = []
    for sent in reversed(before[-3:]):
        persons.extend(a for tok in sent.tokens if (a := attributor._actor_of(sent, tok))
                       is not None and a.type == "person")
        if persons:
            return persons[0]
    return None


def headline_office(table: ActorTable, headline: str, person: Actor) -> None:
    """Give an interviewee without an office the one the headline names ("Norway's chief
    negotiator on the herring quota"): the owner, a state or organisation already named,
    is whom he speaks for when the role is an office (coding guide 2) or the owner's body
    the headline calls him ("Norway's fisheries regulator")."""
    match = _HEADLINE_ROLE_RE.search(headline.strip())
    if person.speaks_for is not None or match is None:
        return
    owner = table.find_collective(match.group(1))
    if owner is None:
        entry = next((m.entry for m in table.gazetteer.scan(match.group(1))
                      if m.start == 0 and m.end == len(match.group(1))), None)
        owner = table.actors.get(entry.id) if entry is not None else None
    if owner is None or owner.type == "person":
        return
    table.set_role(person, f"{match.group(1)}'s {match.group(2)}", owner)
    if person.speaks_for is None and match.group(2).split()[-1].lower() in words(
            "roles", "organization_nouns"):  # "Ruritania's nuclear regulator on ...": the
        person.speaks_for = owner.id         # body's voice, as its head


def body_sentences(sentences: list[Sentence]) -> list[Sentence]:
    """The parsed sentences of an article's body: what statements are looked for in (no
    headline or subheading, none the parser skipped)."""
    return [s for s in sentences if s.span is not None and not s.heading]


def answer_indices(sentences: list[Sentence]) -> frozenset[int]:
    """The indices of the sentences that are an interview's answers (none in an article that
    is no question-and-answer interview)."""
    body = body_sentences(sentences)
    return frozenset(body[k].index for k, turn in interview_turns(body).items() if turn == "A")


def labelled_answerers(attributor: Attributor, body: list[Sentence],
                       turns: dict[int, str]) -> dict[int, Actor]:
    """Answer sentence -> the person its paragraph opens with as a label, when the label is
    a person the article names ("Okafor: We never ..." after "Amara Okafor, the union's
    leader, ..."): the label names who answers, however the introduction words it."""
    out: dict[int, Actor] = {}
    paragraph, who = -1, None
    for k in sorted(turns):
        if body[k].paragraph != paragraph:
            paragraph = body[k].paragraph
            label = turn_label(body[k].text) if turns[k] == "A" else ""
            who = attributor.table.find_person(label) if label else None
        if who is not None:
            out[k] = who
    return out


def answers(attributor: Attributor, body: list[Sentence],
            found: list[list[Statement]], headline: str = "") -> None:
    """A question-and-answer interview: every sentence of an answer is the interviewee's
    statement (what the answer says of others is his account of them, coding guide 3.9,
    but a joint act of the parties it tells is theirs, and so are the words of another
    party it relays: :func:`_relayed`);
    a question is no statement of his, but keeps what it reports of others ("Q: Moscow
    says sanctions must go first."). ``headline``, the article's, may name the office of
    an interviewee the introduction gives none (:func:`headline_office`)."""
    turns = interview_turns(body)
    if not turns:
        return
    interviewed = interviewee(attributor, body[:min(turns)])
    if interviewed is not None:
        headline_office(attributor.table, headline, interviewed)
    labelled = labelled_answerers(attributor, body, turns)
    for k, turn in turns.items():
        speaker = labelled.get(k, interviewed)
        own = [st for st in found[k] if speaker is not None and (
            st.holder is speaker or st.voiced_by is speaker)]
        told = attributor.groups.told_joint(body[k]) if turn == "A" and not own else None
        joint = attributor.joint_statements(body[k], *told) if told is not None else []
        for st in joint:  # the answerer's own side: voiced by him
            if speaker is not None and st.holder is attributor.table.holder_of(speaker)[0]:
                st.voiced_by = speaker
        others = _relayed(attributor, body[k], found[k], speaker) if turn == "A" and not own \
            and not joint else []
        answer = attributor.quoted(body[k], speaker, 0.7) if turn == "A" and not own and not (
            joint and not first_person(body[k].text)) and (not others or own_words(body[k])) \
            else None  # "X has offered ..., and we welcome that": X's act and his own words
        if answer is not None and k - 1 in turns and _YES_NO_RE.match(body[k - 1].text.strip()):
            bare = body[k].text.strip()
            kind = "no" if _BARE_NO_RE.match(bare) else "yes" if _BARE_YES_RE.match(bare) \
                else "partly" if _BARE_PARTLY_RE.match(bare) else None
            if kind is not None:
                answer = replace(answer, content=body[k - 1].text, verb=f"answer:{kind}")
        if turn == "A":  # a question keeps what it reports of others ("Q: Moscow says ...");
            # an answer that tells a joint act ("Both sides agreed to ...") gives each party's
            # (coding guide rule 12), the answerer's own only when he speaks of his part in it
            found[k] = own + joint + others + ([answer] if answer is not None else [])
        elif body[k].text.rstrip().endswith("?"):
            found[k] = []


def _relayed(attributor: Attributor, sent: Sentence, found: list[Statement],
             speaker: Actor | None) -> list[Statement]:
    """The statements of an answer sentence whose main clause relays what another state or
    organisation, named by its name, a pronoun or a possessive, said or told the answerer
    ("Oslandia's envoys told me after the vote that the tolls stay", "They have said
    the tolls stay"): its words, so its stance (coding guide, session 14: the author of relayed
    words holds them, also when someone else relays them), not the interviewee's; none when
    the answerer speaks for himself in the sentence too ("They said so, but I doubt it").
    Likewise an offer or commitment it tells the other party made ("Oslandia has offered to
    host the round", "the government promised the money"): that party's act, kept beside
    his own words when he adds them (:func:`_told_act`)."""
    mine = attributor.table.holder_of(speaker)[0] if speaker is not None else None
    out = []
    for st in found:
        subject = sent.span.doc[st.subject_i] if st.subject_i >= 0 else None
        if subject is not None and subject.dep_ in {"nsubj", "nsubjpass"} and \
                _main_clause(subject.head) and (_named(subject) or _state_organ(subject, st, mine)) and \
                ((st.verb in words("speech", "speech") and not own_words(sent)) or
                 _told_act(subject.head, st.verb)) and \
                st.holder.type != "person" and st.holder is not mine and st.voiced_by is None:
            out.append(st)
    return out


def own_words(sent: Sentence) -> bool:
    """Whether the answerer speaks for himself in the sentence ("... and we welcome that")."""
    return any(t.lower_ in {"i", "we"} and t.dep_ in {"nsubj", "nsubjpass"} for t in sent.tokens)


# Acts by which a party makes its own offer or commitment ("Oslandia has offered to host
# the round", "the government promised the money"): told by the answerer, they are that
# party's acts, coded as its stance (coding guide rule 9: a reported act, unlike a claim about
# another's attitude; section 3: "proposed", "agreed to" are support).
_ACTS = {"offer", "propose", "promise", "agree", "pledge", "commit"}


def _told_act(verb: Any, lemma: str) -> bool:
    """Whether the answer reports an act the other party has done ("has offered", "promised"),
    not what it will or would do ("will never agree"): a past or perfect act verb."""
    return lemma in _ACTS and verb.tag_ in {"VBD", "VBN"} and not any(
        c.dep_ == "aux" and c.lower_ in {"will", "would", "could", "might", "may"}
        for c in verb.children)


def _state_organ(subject: Any, st: Statement, mine: Actor | None) -> bool:
    """A subject that names a state by its government ("the government has agreed",
    "the ministry promised") in the answer of a party that is no state (a rebel movement, a
    union): the state it deals with; from a state's own official it may be his own."""
    return st.holder.type == "state" and (mine is None or mine.type != "state") and \
        subject.lemma_.lower() in words("roles", "state_bodies")


def _main_clause(verb: Any) -> bool:
    """The sentence's main verb, also after an answer's speaker label the parse made the root
    ("Ruiz: The ministry promised ...")."""
    root = verb.head
    return verb.dep_ == "ROOT" or (verb.dep_ == "ccomp" and root.dep_ == "ROOT" and
                                   root.i + 1 < verb.i and root.nbor(1).text == ":")


def _named(subject: Any) -> bool:
    """Whether a subject names its actor ("Oslandia", "the Oslandian side", "their
    envoys", "they"), not only by a common noun the reader resolves ("the government")."""
    return subject.pos_ in {"PROPN", "PRON"} or any(
        c.dep_ in {"poss", "compound", "amod"} for c in subject.children)
