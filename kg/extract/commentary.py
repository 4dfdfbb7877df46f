"""Commentators' forecasts and descriptions of others: an analyst, an academic or another
speaker without an office who forecasts the talks ("said he expected Ankara to stall until
spring", "said the truce would probably hold") or tells what another actor wants or believes
("Moscow wants the money first"), or what another actor or both parties do or are, as the
subject of what he says ("the Greens have threatened to quit twice", "both sides are running
out of time"), states no attitude, unless he also says what he wants
himself (coding guide, section 6: predictions and assessments of likelihood are not coded,
"unless they also state what they want"; rule 3.9: one actor's description of another's
attitude is not a stance)."""

from __future__ import annotations

import re
from typing import Any

from kg.extract.actors import Actor
from kg.extract.learn.uncued import tokens
from kg.extract.lexicon import words
from kg.extract.statements import Statement

# The parties together as a subject: "both sides", "the two governments", "both capitals".
_JOINT_NOUNS = frozenset({"sides", "governments", "countries", "capitals", "parties", "delegations",
                          "states", "camps"})
_JOINT_WORDS = frozenset({"both", "two", "each", "neither"})
# A generic negative subject: "nobody", "none", "no one", or "no" with a noun that acts ("no
# serious investor will touch it"); not one that is judged ("no deal is better than a bad one").
_NOBODY_WORDS = frozenset({"nobody", "none"})

# A forecast: an expectation, a doubt, a likelihood, a bet, a course predicted.
_FORECAST_RE = re.compile(
    r"\b(?:expect\w*|doubt\w*|predict\w*|forecast\w*|probabl[ey]|likel[yi]\w*|unlikely|guess"
    r"|bet|surprised?|chances?|odds)\b"
    # or how things will go ("the talks could stall", "the coalition would struggle to pass a
    # budget", "the refusal could soften", "the capital will never give up its quay")
    r"|\b(?:would|will|could|may|might)\s+(?:\w+\s+)?(?:struggle|soften|slip|fail|collapse|stall"
    r"|survive|succeed|backfire|falter|unravel)\b|\b(?:will|would)\s+never\b"
    # or a description of what another actor wants, needs or believes ("Moscow wants the
    # money first", "both sides need the deal", "both capitals believe time is on their
    # side"): rule 3.9, not his own stance
    r"|\b(?:wants?|wanted|needs?|needed|believes?|believed|insists?|insisted|insistence)\b")
# The signs of the speaker's own attitude: the first person ("I think", "I would take
# it"), a prescription ("both capitals should accept it", "has to give up"), an own view
# named as such ("her own view", "speaking for herself", "personally"), or the speaker as
# the subject of what is reported, unless it is a belief, an expectation or a forecast
# ("said she welcomed the truce", "told the radio that he wanted a deal", not "said he expected
# the Kremlin to wait").
_OWN_VIEW_RE = re.compile(
    r"\b(?:i|my|me|myself|herself|himself|personally|own (?:view|preference|opinion))\b"
    r"|\b(?:should|must|ought to|has to|have to|need to|needs to)\b"
    r"|\b(?:said|says|added|argued|wrote|told\s+(?:[\w'-]+\s+){1,6}?that) (?:that )?(?:she|he) "
    r"(?!(?:expect|believ|think|thought|doubt|assum|suspect|predict|guess|had|has|was|is|would"
    r"|will|could|might)\w*)")
# A comparison with another actor's want ("a fixed date, as Washington wants"): the standard of
# the speaker's own proposal, not a description of that actor.
_AS_WANTS_RE = re.compile(r"\bas\s+(?:[\w'-]+\s+){1,3}?(?:wants?|wanted|needs?|needed)\b")
# A forecast proper, the likelihood of a later event: "the signing would probably stall", "the
# court will likely want a year", "the walls are likely to crack", "she expects the
# regulator to settle", "he expected a swap of berths"; not a negated or given-up expectation
# ("did not expect", "no longer expects"), nor a likelihood of a present state ("the
# quota is probably set too low"), which judges the target.
_LIKELIHOOD_RE = re.compile(
    r"\b(?:would|will|could)\s+(?:probably|likely)\b|\bprobably\s+(?:would|will)\b"
    r"|\b(?:un)?likely\s+to\s+\w+"
    r"|(?<!not )(?<!n't )(?<!never )(?<!longer )\bexpect(?:s|ed|ing)?\b(?!\s+to\b)")
# Verbs of forecasting that carry a statement of their own ("She expects the board to ...").
_FORECAST_VERBS = frozenset({"expect", "predict", "forecast", "doubt"})
# Speech verbs that only report; a directive one ("urged", "called for", "insisted")
# states what the speaker wants.
_DIRECTIVES = frozenset({"urge", "call", "insist", "recommend", "pledge", "promise", "vow"})


def commentator(actor: Actor | None) -> bool:
    """A person who speaks for no body and whose role is no office ("a political analyst
    in Riga", "a fellow at a policy institute") or is not named at all ("X, who follows
    the industry for a newsletter"): nothing makes him speak but for himself."""
    if actor is None or actor.type != "person" or actor.speaks_for:
        return False
    return actor.role is None or bool(set(tokens(actor.role)) & words("roles", "non_office"))


def _reports(verb: str) -> bool:
    return verb in {"according", "quote"} or (verb in words("speech", "speech") and
                                              verb not in _DIRECTIVES)


def _subject_of_content(st: Statement) -> Any:
    """The grammatical subject of the top clause of what ``st`` reports (the clause of its
    content whose verb hangs on a word outside it, or the clause a speech verb there
    reports), or ``None``."""
    span = st.sentence.span
    start, end = st.content_start - st.sentence.base, st.content_end - st.sentence.base
    inside = [t for t in span if start <= t.idx < end]
    ids = {t.i for t in inside}
    top = next((t for t in inside if t.pos_ in {"VERB", "AUX"} and (t.head.i not in ids
                                                                     or t.head.i == t.i)), None)
    if top is None:
        return None
    said = next((c for c in top.children if c.dep_ == "ccomp"), None) \
        if top.lemma_.lower() in words("speech", "speech") else None
    top = said if said is not None else top  # '"...," said X' or 'X said that ...'
    return next((c for c in top.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def describes_others(st: Statement, speaker: Actor, by_token: dict[tuple[int, int], str]) -> bool:
    """Whether what a commentator reports has another actor ("Beijing has little appetite for
    it"), the parties together ("both sides are running out of time") or, for one named by
    his trade (an analyst, a researcher), nobody ("nobody there wants a deal",
    :func:`_nobody`) as its subject: a description of others, no attitude of his own (coding
    guide 3.9). A speaker with no role (a resident, a worker) may be one of the "nobody"."""
    if st.sentence.span is None:
        return False
    subject = _subject_of_content(st)
    if subject is None:
        return False
    actor = by_token.get((st.sentence.index, subject.i))
    if actor is not None:
        return actor not in {speaker.id, speaker.affiliation}
    return (subject.lower_ in _JOINT_NOUNS and any(c.lower_ in _JOINT_WORDS
                                                    for c in subject.children)) or (
        speaker.role is not None and _nobody(subject))


def _nobody(subject: Any) -> bool:
    """Whether ``subject`` (a token) is a generic negative one that acts ("Nobody in the
    capital wants to talk", "no serious lender will touch it"): what others do or want."""
    if subject.lower_ in _NOBODY_WORDS:
        return True
    return any(c.lower_ == "no" and c.dep_ == "det" for c in subject.children) and \
        subject.head.lemma_ != "be"


def without_forecasts(statements: list[Statement], answers: frozenset[int] = frozenset(),
                      by_token: dict[tuple[int, int], str] | None = None) -> list[Statement]:
    """``statements`` without a commentator's forecasts that state no attitude of his own.
    Kept: the commentator's own act ("the economist urged both sides to ..."), a sentence
    that follows his own attitude in the sentence before and so restates it (coding guide
    3.3) unless it forecasts a later event (:data:`_LIKELIHOOD_RE`), and the sentences
    (indices) in ``answers``, an interview's answers, which were asked for his views.
    ``by_token`` (the article's actor mentions, sentence and token -> actor id) finds a
    reported clause whose subject is another actor (:func:`describes_others`)."""
    kept: list[Statement] = []
    own_at: dict[str, int] = {}  # a commentator's id -> the sentence of his last own view
    for st in statements:
        speaker = st.voiced_by or st.holder
        index = st.sentence.index
        if not commentator(speaker) or index in answers:
            kept.append(st)
            continue
        low = st.sentence.text.lower()
        if _LIKELIHOOD_RE.search(low) and not _OWN_VIEW_RE.search(low) and (
                _reports(st.verb) or st.verb in _FORECAST_VERBS):
            continue  # a forecast proper, also right after the commentator's own view
        if by_token is not None and _reports(st.verb) and not _OWN_VIEW_RE.search(low) and \
                describes_others(st, speaker, by_token):
            continue  # what another actor or both parties do: a description (3.9)
        if not _FORECAST_RE.search(_AS_WANTS_RE.sub(" ", low)) or not _reports(st.verb) \
                or _OWN_VIEW_RE.search(low) or own_at.get(speaker.id) in {index - 1, index}:
            own_at[speaker.id] = index
            kept.append(st)
    return kept
