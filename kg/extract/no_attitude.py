"""Statements without a cue word that state no attitude, whatever their words: a report that
no date is set (:func:`kg.extract.uncued_signals.undated`), a refusal to take the matter up in
public, keeping out of a question, a past event in the pluperfect, the speaker's own role told
by a correction. :func:`no_attitude` gathers them; such a statement gets no default or learned
value (:func:`kg.extract.coding.stance_items`)."""

from __future__ import annotations

import re

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
# the route", "said it was a matter for the two governments", "is for the
# regions to decide". Not "not for Moscow to decide" (a refusal of another's say).
_KEPT_OUT_RE = re.compile(
    r"\b(?:(?:do|does|did|will|would)\s+not|don't|doesn't|didn't|won't|wouldn't|never)\s+take\s+sides\b"
    r"|\b(?:no|not\s+take\s+a)\s+(?:view|position)\s+on\b"
    r"|\b(?<!not )(?:a|an|entirely\s+a|purely\s+a)\s+(?:\w+\s+)?(?:matter|question|issue)\s+for\b"
    r"|(?<!not )\bfor\s+(?:the\s+)?(?:[\w-]+\s+){1,4}?to\s+(?:decide|settle|say|judge)\b")

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


def no_attitude(content: str) -> bool:
    """Whether a statement without a cue word states no attitude (see the module docstring).

    >>> no_attitude("no date has been set"), no_attitude("we will not sign the text")
    (True, False)
    """
    return (undated(content) or off_stage(content) or kept_out(content) or past_event(content)
            or own_role(content))
