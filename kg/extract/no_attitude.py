"""Statements without a cue word that state no attitude, whatever their words: a report that
no date is set (:func:`kg.extract.uncued_signals.undated`), a refusal to take the matter up in
public, keeping out of a question, a view disclaimed, a past event in the pluperfect, the
speaker's own role told by a correction, the speaker's own conduct in the talks ("we will be
there"), his own forecast, a non-answer, his mandate, a report that nothing is signed yet, a
body's power in the procedure, a denial, an agreement on something left unnamed, the reason
given for a past act dated in a past year, a report of how the talks went or will go.
:func:`no_attitude` gathers them; such a statement gets no default or learned value
(:func:`kg.extract.coding.stance_items`)."""

from __future__ import annotations

import re

from kg.extract.masks import (
    DECLINED_RE,
    DEFERRAL_RE,
    DENIAL_RE,
    MANDATE_RE,
    NO_VIEW_RE,
    PAST_REASON_RE,
    POWER_RE,
    SILENCE_RE,
    UNCOMMITTED_RE,
    UNSIGNED_RE,
    VAGUE_AGREEMENT_RE,
    VAGUE_OUTCOME_RE,
)
from kg.extract.uncued_signals import NEGATION_RE, only_negation, undated

# A refusal to take the matter up in public: "we do not negotiate through the press", "she
# will not haggle over it in the newspapers", "does not bargain in the media".
_IN_PUBLIC_RE = re.compile(
    r"\b(?:not|never)\s+(?:[\w'-]+\s+){0,6}?(?:through|in|via)\s+the\s+(?:media|press"
    r"|newspapers|papers)\b|n't\s+(?:[\w'-]+\s+){0,6}?(?:through|in|via)\s+the\s+(?:media|press"
    r"|newspapers|papers)\b")


def off_stage(content: str) -> bool:
    """Whether the only negation of a statement refuses to take the matter up in public
    ("they will not negotiate through the papers"): the holder keeps the question
    out of the press, no attitude toward it (coding guide, "Staying out is no stance").

    >>> off_stage("the guild hears every offer and will not negotiate through the press")
    True
    >>> off_stage("we will not sign the deal, and we said so in the press")
    False
    """
    return only_negation(_IN_PUBLIC_RE, content)


# Keeping out of a question: "the commission does not take sides in the quarrel", "has no view on
# the route", "is not a party to this process", "said it was a matter for both capitals", "is for the
# regions to decide", "that is for the two firms to work out". Not "not for the Danes to settle" (a
# refusal of another's say).
_KEPT_OUT_RE = re.compile(
    r"\b(?:(?:do|does|did|will|would)\s+not|don't|doesn't|didn't|won't|wouldn't|never)\s+take\s+sides\b"
    r"|\b(?:no|not\s+take\s+a)\s+(?:view|position)[\"\u201d]?\s+(?:on|about)\b"
    r"|\bnot\s+a\s+party\s+to\s+(?:these|the|this|those|any)\s+(?:[\w-]+\s+)?(?:talks|negotiations"
    r"|process)\b"
    r"|\b(?<!not )(?:a|an|entirely\s+a|purely\s+a)\s+(?:\w+\s+)?(?:matter|question|issue)\s+for\b"
    r"|(?<!not )\bfor\s+(?:the\s+)?(?:[\w-]+\s+){1,4}?to\s+(?:decide|settle|say|judge"
    r"|(?:work|sort|thrash|hammer)\s+out)\b")

# What, left beside keeping out, still states an attitude: a contrast or a demand.
_KEPT_OUT_OTHER_RE = re.compile(r"\b(?:but|need|needs|want|wants|must|should)\b")


def kept_out(content: str) -> bool:
    """Whether a statement only keeps out of a question (:data:`_KEPT_OUT_RE`), with no
    other negation, no contrast ("a matter for the board, but we will not fund it") and no
    demand ("we need the quota restored, and that is a matter for ministers"): no
    attitude toward it (coding guide, "Staying out is no stance").

    >>> kept_out("the tariff was a matter for the river authority")
    True
    >>> kept_out("the tariff was a matter for the river authority, but we will not fund it")
    False
    """
    return only_negation(_KEPT_OUT_RE, content, nor=_KEPT_OUT_OTHER_RE)


def no_view(content: str) -> bool:
    """Whether a statement without a cue word disclaims a view of the holder's own
    (:data:`kg.extract.masks.NO_VIEW_RE`: "has no view on ferry routes", "took no position over
    the merger"; coding guide, "Staying out is no stance"). Unlike the rest of keeping out, it
    holds whatever else the statement says without a cue word ("..., and we will not invent
    one"; "said prices would fall, but took no position either way").

    >>> no_view("The board took no position over the merger, but said prices would fall.")
    True
    >>> no_view("We have no quarrel with the merger.")
    False
    """
    return bool(NO_VIEW_RE.search(content.lower()))


# A past event reported in the pluperfect as the statement's first predicate ("had carried out
# a strike", "two mills had already shut their gates", "exports had dropped by half"); not a
# message or an instruction, which carries its content ("had made clear that", "had sent
# amendments", "had instructed him to").
_PAST_EVENT_RE = re.compile(
    r"^\W*(?:[\w'-]+\s+){0,6}?had\s+(?:already\s+|just\s+|since\s+|now\s+)?"
    r"(?!been\b|to\b|no\b|not\b|never\b|(?:sent|instructed|advised|told|made|asked|urged|warned"
    r"|assured|informed|signall?ed|indicated|written|offered|promised|proposed|suggested|demanded"
    r"|called|insisted|agreed|accepted|rejected|refused)\b)[a-z]+(?:ed|en|un|wn|ght|de|ft|lt|nt)\b")


def past_event(content: str) -> bool:
    """Whether a statement without a cue word only reports a past event in the pluperfect
    (:data:`_PAST_EVENT_RE`), with no negation ("had fished there for years and would not pay
    the fine" refuses): background, no attitude (coding guide section 6).

    >>> past_event("the ministry had carried out a strike on the depots")
    True
    >>> past_event("we will not sign until the ministry had carried out its review")
    False
    >>> past_event("the crew had fished there for years and would not pay the fine")
    False
    """
    low = content.lower()
    return bool(_PAST_EVENT_RE.match(low)) and not NEGATION_RE.search(low)


# The speaker's own role told by a correction: "I am a surveyor, not a prophet", "my
# task is to audit the books, not to write them", "we are a regulator, not a party".
_OWN_ROLE_RE = re.compile(
    r"^\W*(?:[\w'-]+:\s*)?(?:i\s+am|i'm|we\s+are|we're|(?:my|our)\s+(?:job|role|task)\s+is)\s+"
    r"(?:a|an|to|the)\b[^,;.]*,\s*(?:and\s+|but\s+)?not\s+(?:a|an|to|the)\b[^,;]*[.!?\"\u201d]*"
    r"(?:,?\s*[\"\u201d]?\s*(?:[\w'-]+\s+){0,4}?(?:said|says|added|told\s+[\w'-]+)\W*)?$")


def own_role(content: str) -> bool:
    """Whether a statement without a cue word only tells the speaker's own role by a correction
    (:data:`_OWN_ROLE_RE`): no attitude toward a target; its "not" refuses nothing.

    >>> own_role("I am a surveyor, not a prophet."), own_role("My task is to audit, not to spend, she said.")
    (True, True)
    >>> own_role("We want a full treaty, not a stopgap.")
    False
    """
    return bool(_OWN_ROLE_RE.match(content.lower().replace("\u2019", "'")))


# The speaker's own conduct in the talks, told in the first person: "we will sit at the table",
# "we will be there", "then we will meet again in January", "we will make our case in the
# open", "I will leave the verdict to the voters"; and a limit on what the speaker says now
# ("that is as far as I will go today"). A quote about the speaker, not about a target, is no
# stance (coding guide, session 4, quotes that argue; session 10, staying out).
_OWN_CONDUCT_RE = re.compile(
    r"\b(?:we|i)\s+(?:will|shall|'ll)\s+(?:also\s+|first\s+|then\s+|again\s+)?(?:(?:go|come"
    r"|meet|sit|listen|announce)\b|(?:be\s+(?:there|at|present)|make\s+(?:our|my)\s+case"
    r"|leave\s+(?:[\w'-]+\s+){1,3}?to)\b)")
_FIRST_PERSON_ACT_RE = re.compile(r"\b(?:we|i)\s+(?:will|shall|'ll)\b")
_AS_FAR_RE = re.compile(r"\bas\s+far\s+as\s+(?:i|we)\s+(?:will|can|am\s+going\s+to)\s+go\b")
# What, beside the speaker's conduct, still states an attitude: a condition or a demand.
_CONDUCT_OTHER_RE = re.compile(r"\b(?:if|unless|provided|only|but|need|needs|want|wants|must"
                               r"|should)\b")


def own_conduct(content: str) -> bool:
    """Whether a statement without a cue word only tells the speaker's own conduct in the
    talks (:data:`_OWN_CONDUCT_RE`: every first-person "we will" of it goes, meets, sits,
    listens, is there, makes its case) or where the speaker stops ("that is as far as I
    will go"), with no negation, condition or demand: no attitude toward a target.

    >>> own_conduct("We will sit at the table, and we will also be at the gate.")
    True
    >>> own_conduct("We will sign the treaty and then we will meet again.")
    False
    >>> own_conduct("We will go to the capital only if the ban is lifted.")
    False
    """
    low = content.lower().replace("\u2019", "'")
    if NEGATION_RE.search(low) or _CONDUCT_OTHER_RE.search(low):
        return False
    if _AS_FAR_RE.search(low):
        return True
    acts = _FIRST_PERSON_ACT_RE.findall(low)
    return bool(acts) and len(_OWN_CONDUCT_RE.findall(low)) == len(acts)


# The speaker's own forecast: "my guess is that a compromise will be found", "I expect that we
# will be ready", "I am confident we will settle it", "I would be surprised if ...". A
# prediction states no attitude, even by a named actor (coding guide section 6), unless the
# statement also says what the speaker wants.
_OWN_FORECAST_RE = re.compile(
    r"\b(?:my\s+(?:guess|bet|sense|expectation|prediction)\s+is\b"
    r"|(?:i|we)\s+(?:expect|suspect|predict|bet|guess|reckon)\b"
    r"|(?:i|we)\s+(?:am|are|'m|'re)\s+(?:confident|certain)\b"
    r"|(?:i|we)\s+(?:would|'d)\s+(?:not\s+)?be\s+surprised\b)")
_WISH_RE = re.compile(r"\b(?:want|wants|need|needs|must|should|has\s+to|have\s+to|insist\w*"
                      r"|demand\w*|hope\w*)\b")


def own_forecast(content: str) -> bool:
    """Whether a statement without a cue word is the speaker's own forecast
    (:data:`_OWN_FORECAST_RE`) and says nothing of what he wants.

    >>> own_forecast("My guess is that a compromise emerges before the summer.")
    True
    >>> own_forecast("I expect the board to back it, and we need it to.")
    False
    """
    low = content.lower().replace("\u2019", "'")
    return bool(_OWN_FORECAST_RE.search(low)) and not _WISH_RE.search(low)


# A non-answer: "would not comment on the notification", "would not be drawn on it", "there is
# nothing more to say", "I would not say more on that", "I am not going to speculate", "I am
# not going to answer that", "I do not speak for the lenders", "has nothing to add", "has taken
# note of the letter" (an acknowledgement with no view; a deliberation said beside it, "and is
# studying it", is a neutral cue of its own), and a question referred to another party ("you
# must ask the ministry", :data:`kg.extract.masks.DEFERRAL_RE`) or declined politely
# ("we'd rather not elaborate", :data:`kg.extract.masks.DECLINED_RE`), and a forecast or a
# commitment declined ("we wouldn't bet on that", :data:`kg.extract.masks.UNCOMMITTED_RE`); the
# clause it heads is what was not said (coding guide, session 10: non-answers are not coded;
# staying out is no stance).
_NON_ANSWER_RE = re.compile(
    r"\b(?:(?:did|does|do|would|will|could)\s+not|didn't|doesn't|don't|wouldn't|won't"
    r"|(?:am|is|are)\s+not\s+going\s+to|'m\s+not\s+going\s+to)\s+"
    r"(?:be\s+drawn|comment|elaborate|say\s+more|speculate|speak\s+for|answer(?!\s+to\b))\b[^,;.]*"
    r"|\bnothing\s+(?:more|further|else)\s+to\s+say\b[^,;.]*"
    r"|\bnothing\s+(?:(?:more|further|else)\s+)?to\s+add\b[^,;.]*"
    r"|\b(?:take|takes|took|taken|taking)\s+note\b[^,;.]*|" + DEFERRAL_RE.pattern + "|"
    + DECLINED_RE.pattern + "|" + UNCOMMITTED_RE.pattern)


def non_answer(content: str) -> bool:
    """Whether a statement without a cue word is a non-answer whose only negation is the
    non-answer's (:data:`_NON_ANSWER_RE`), or a report of silence with no other negation
    (:data:`kg.extract.masks.SILENCE_RE`: "has yet to say who would foot the bill").

    >>> non_answer("the ministry would not comment on the notification")
    True
    >>> non_answer("we would not comment, and we will not sign it")
    False
    >>> non_answer("the ministry has yet to say how the ferry will be paid for")
    True
    >>> non_answer("the consulate says it took note of the petition")
    True
    """
    return only_negation(_NON_ANSWER_RE, content) or only_negation(SILENCE_RE, content)


# What others want, need or know, told of a generic or joint subject: "both sides want the
# summit", "each party needs a win for its members", "no one wants to be the one who
# blinks", "both parties know that ...": a description of others' attitudes, no attitude of
# the speaker (coding guide 3.9), to the end of its clause.
_OTHERS_WANT_RE = re.compile(
    r"\b(?:both|each|neither|either|no\s+one|nobody|everyone|everybody|somebody|someone)"
    r"(?:\s+(?:of\s+them|sides?|parties|party|governments?|countries|capitals|camps?))?"
    r"(?:\s+(?:in|here)\b[^,;.]{0,30}?)?\s+(?:wants?|needs?|knows?|believes?|will\s+have\s+to)"
    r"\b[^,;.]*")
_OTHERS_WANT_I_RE = re.compile(_OTHERS_WANT_RE.pattern, re.IGNORECASE)
# The same told of a named actor, in the original case: "the Greens need a result to take home",
# "Ankara believes the clock works for it", "the Liberals cannot afford to fold".
_NAMED_WANT_RE = re.compile(
    r"\b[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*\s+(?:wants|needs|believes|knows|cannot\s+afford"
    r"|can't\s+afford)\b[^,;.]*")
_OWN_RE = re.compile(r"\b(?:i|we|my|our|us|me|should|must|has to|have to|ought to)\b")


def others_described(content: str) -> bool:
    """Whether a statement without a cue word only tells what others want, need or know
    (:data:`_OTHERS_WANT_RE`, :data:`_NAMED_WANT_RE`), with no negation, first person or
    prescription left beside it.
    For a speaker who holds for himself (a commentator): an official's "nobody in the
    capital wants X" may speak for his side.

    >>> others_described("Both sides want the meeting, though for different reasons.")
    True
    >>> others_described("Both sides want the meeting, and we will host it.")
    False
    >>> others_described("Ankara believes the clock works for it, and Athens cannot afford to wait.")
    True
    >>> others_described("Nobody in Oslo wants to talk about the quota.")
    True
    """
    text = content.replace("\u2019", "'")
    generic = _OTHERS_WANT_I_RE.sub(" ", text)  # first: "nobody in Rome wants" is no "Rome wants"
    rest = _NAMED_WANT_RE.sub(" ", generic)
    if rest == text:
        return False
    rest = rest.lower()
    return not NEGATION_RE.search(rest) and not _OWN_RE.search(rest)


def mandate_only(content: str) -> bool:
    """Whether a statement's only negation tells what the speaker's mandate was not for
    (:data:`kg.extract.masks.MANDATE_RE`: "we did not enter this cabinet to repaint the
    hallways"): a quote about the speaker and his voters, no attitude toward a target.

    >>> mandate_only("We did not join this coalition to count paper clips.")
    True
    >>> mandate_only("We did not join this coalition to count paper clips, and we will not sign.")
    False
    """
    return only_negation(MANDATE_RE, content)


def unsigned_only(content: str) -> bool:
    """Whether a statement's only negation reports that nothing is signed or agreed yet
    (:data:`kg.extract.masks.UNSIGNED_RE`): the state of the text, no attitude.

    >>> unsigned_only("Nothing is signed yet.")
    True
    >>> unsigned_only("Nothing is signed, and we will not sign this text.")
    False
    """
    return only_negation(UNSIGNED_RE, content)


def power_only(content: str) -> bool:
    """Whether a statement only tells the holder's power in the procedure, with no negation
    beside it (:data:`kg.extract.masks.POWER_RE`): capacity, no attitude.

    >>> power_only("must approve any amendment to the levy before it takes effect")
    True
    >>> power_only("said the board must approve the levy")
    False
    """
    return only_negation(POWER_RE, content)


def denial_only(content: str) -> bool:
    """Whether a statement's only negation denies a report or disowns a demand
    (:data:`kg.extract.masks.DENIAL_RE`): no stance toward what is denied (coding guide 3.7).

    >>> denial_only("denied reports that the guild had hired strikebreakers")
    True
    >>> denial_only("we are not asking for favours, but we will not sign this")
    False
    """
    return only_negation(DENIAL_RE, content)


def past_reason(content: str) -> bool:
    """Whether a statement only gives the reason for a past act dated in a past year, in a
    participle after it (:data:`kg.extract.masks.PAST_REASON_RE`), with no negation beside it:
    history, no attitude now (coding guide section 6).

    >>> past_reason("vetoed the quota in 2021, saying the data were too thin")
    True
    >>> past_reason("vetoed the quota in 2021, saying the data were thin; it will not back it now")
    False
    """
    return only_negation(PAST_REASON_RE, content)


def vague_agreement(content: str) -> bool:
    """Whether a statement only reports an agreement on something left unnamed
    (:data:`kg.extract.masks.VAGUE_AGREEMENT_RE`) or deference to whatever others agree
    (:data:`kg.extract.masks.VAGUE_OUTCOME_RE`), with no negation beside it: a vague target
    (coding guide 3.3).

    >>> vague_agreement("the two ministers did agree on one practical step")
    True
    >>> vague_agreement("the council would honour any pact the two towns settle on")
    True
    >>> vague_agreement("agreed on one point: the ferry will not run")
    False
    """
    return only_negation(VAGUE_AGREEMENT_RE, content) or only_negation(VAGUE_OUTCOME_RE, content)


# Talks told of as the grammatical subject: how a phone call or a round passed ("the phone call
# was long and cordial and touched on fishing", "the delegations went over each annex twice"),
# what it is to be like or to take up ("the round would be technical", "this visit would centre on
# the water annex"). An event (coding guide, section 4), not an attitude toward a target, unless
# a demand or a wish is told of it ("the talks must go on").
_TALKS_REPORT_RE = re.compile(
    r"^\W*(?:(?:said|says|added|adds)\s+|told\s+(?:[\w'-]+\s+){1,4}?)?(?:that\s+)?"
    r"(?:the|their|this|its|his|her|our|every|each|today's|[a-z]+day's)\s+"
    r"(?:[\w'-]+\s+){0,2}?(?:call|talks|meetings?|visit|session|round|discussions?|conversation"
    r"|consultations|negotiations|contacts|delegations|summit)\s+(?:had|has|have|would|will|was"
    r"|were|is|are|lasted|covered|focused|ended|began|went)\b")
_TALKS_OTHER_RE = re.compile(r"\b(?:must|should|need|needs|ought|has\s+to|have\s+to|want\w*|hope\w*"
                             r"|if|unless|only|(?:would|will|could|can|did|does|do|is|are|was|were"
                             r"|has|have|had)\s+(?:not|never)|cannot|n't)\b")


def talks_report(content: str) -> bool:
    """Whether a statement without a cue word only reports how the talks went or will go,
    with the meeting as its subject (:data:`_TALKS_REPORT_RE`), and no demand, wish, condition
    or negated predicate beside it: an event, no attitude toward a target (coding guide
    section 4; section 6, background facts).

    >>> talks_report("the phone call was cordial and touched on fishing and visas")
    True
    >>> talks_report("said the session would take up the annexes first")
    True
    >>> talks_report("the talks must go on until a text is ready")
    False
    >>> talks_report("the round will not reopen while the blockade lasts")
    False
    """
    low = content.lower().replace("\u2019", "'")
    return bool(_TALKS_REPORT_RE.match(low)) and not _TALKS_OTHER_RE.search(low)


def no_attitude(content: str) -> bool:
    """Whether a statement without a cue word states no attitude (see the module docstring).

    >>> no_attitude("no date has been set"), no_attitude("we will not sign the text")
    (True, False)
    """
    return (undated(content) or off_stage(content) or kept_out(content) or no_view(content)
            or past_event(content) or own_role(content) or own_conduct(content) or own_forecast(content)
            or non_answer(content) or mandate_only(content) or unsigned_only(content)
            or power_only(content) or denial_only(content) or vague_agreement(content)
            or past_reason(content) or talks_report(content))
