"""Verdicts on a target that give a value whatever their words' own polarity.

A verdict that a target lacking something is worthless supports what is missing; a change
for the worse the target would bring, a continuation with no limit, or a denial that the
target is needed opposes it (coding guide 3; the clarifications named at each pattern).

>>> worthless_without("a freeze without compensation changes nothing")
[9]
>>> verdicts_against("the tariffs will remain in place", False)
['will stay']
>>> verdicts_against("it would turn the port into a car park", False)
['would turn ... into']
>>> verdicts_against("we do not see a role for the league", False)
['no need for']
"""

from __future__ import annotations

import re
from typing import Any

# A change for the worse the target would bring ("would turn the regulation into a rubber
# stamp", "would turn a thriving port into an idle one"): an argument against the
# target's merits, so oppose (coding guide 3.3, quotes that argue; like "would damage").
_TURN_INTO_RE = re.compile(r"\b(?:would|will|could)\s+(?:only\s+|simply\s+|just\s+)?turn\s+"
                           r"(?!out\b|up\b|back\b|down\b|to\b)[^.;:!?]{1,60}?\binto\b")
# A continuation with no limit ("the tariffs will remain in place", "the island is ours and
# will stay ours", "the money will remain in the fund"): the holder refuses the end of what
# it names, which the other side seeks (coding guide 3, session-11 clarifications,
# "Continuation against an end the article defines": `oppose` when it sets no limit; a
# limit, "for as long as Y" or "until Y", is a condition and is read as one). Not an offer
# kept open ("stays on the table", "remains open") nor a thing kept out ("will stay out").
_CONTINUATION_RE = re.compile(
    r"\b(?:will|would|shall)\s+(?:always\s+|still\s+|simply\s+)?(?:stay|remain)\b(?!\s+(?:out\b"
    r"|open\b|on\s+the\s+table\b|available\b|ready\b|willing\b|committed\b|engaged\b"
    r"|in\s+(?:touch|contact|talks)\b|calm\b|focused\b|neutral\b|silent\b|to\b|for\b))")
# Denying that the target is needed ("there is no need to hold a second ballot", "we do not see a
# role for Beijing", "saw no case for a special role", "not something I see any need for"):
# the speaker argues against its necessity, so oppose (coding guide 3.3, quotes that argue:
# for or against the target's "merits, costs or necessity"); not "no reason to doubt".
_NEED_NOUN = r"(?:need|reason|grounds?|case|role|justification|rationale)"
_NO_NEED_RE = re.compile(
    r"\b(?:there\s+(?:is|was|will\s+be|would\s+be)|sees?|saw|seeing)\s+(?:no|little)\s+" + _NEED_NOUN +
    r"\b(?!\s+to\s+(?:doubt|believe|think|expect|assume|suppose|fear|worry|panic|be\s+concerned)\b)"
    r"|\b(?:do|does|did)(?:\s+not|n't)\s+see\s+(?:a|any|the|much)\s+" + _NEED_NOUN +
    r"\b(?!\s+to\s+(?:doubt|believe|think|expect|assume|suppose|fear|worry|panic)\b)"
    r"|\bnot\s+(?:something|anything)\s+(?:we|i|they|he|she|it)\s+(?:\w+\s+)?see\s+(?:a|any)\s+need\b")
# A verdict that a target lacking something is worthless ("a freeze without compensation
# changes nothing", "a truce with no monitors is paper", "the deal means nothing without
# guarantees"): the speaker wants what is missing, or the full target (coding guide 3,
# session-13 clarifications, "X without Y changes nothing"): support, not oppose.
_EMPTY_ACHIEVEMENT = (r"(?:(?:changes?|solves?|fixes?|achieves?|reforms?|means?|buys?|helps?|settles?)"
                      r"|(?:will|would|can|could|does|do)(?:\s+not|n't)?\s+(?:change|solve|fix|achieve"
                      r"|help|mean|settle|buy))\s+(?:nothing|little|no\s?one|nobody)\b"
                      r"|(?:is|are|was|were|would\s+be|will\s+be)\s+(?:(?:just|only|mere)\s+)?"
                      r"(?:worthless|meaningless|useless|pointless|paper|a\s+dead\s+letter)\b")
_EMPTY_WITHOUT_RE = re.compile(
    rf"\b(?:without|with\s+no)\b[^.;:]{{1,100}}?[\"\u201c]?(?:{_EMPTY_ACHIEVEMENT})"
    rf"|(?:{_EMPTY_ACHIEVEMENT})\s+(?:[\w'-]+\s+){{0,3}}?without\b")


def worthless_without(low: str) -> list[int]:
    """Where a verdict that a target lacking something is worthless starts in lower-cased
    ``low`` ("a freeze without compensation changes nothing": support)."""
    if "without" not in low and "with no" not in low:
        return []
    return [m.start() for m in _EMPTY_WITHOUT_RE.finditer(low)]


def verdicts_against(low: str, has_support: bool) -> list[str]:
    """The oppose cues of lower-cased ``low``'s verdicts against its target: a continuation
    with no limit, a change for the worse, and, unless the statement carries a support cue
    (``has_support``: "endorsed the text and saw no reason to revisit it" only restates the
    want), a denial that the target is needed."""
    cues = []
    if "stay" in low or "remain" in low:
        cues += ["will stay" for _ in _CONTINUATION_RE.finditer(low)]
    if not has_support and (" see" in low or " saw" in low or "there " in low):
        cues += ["no need for" for _ in _NO_NEED_RE.finditer(low)]
    if "turn" in low:
        cues += ["would turn ... into" for _ in _TURN_INTO_RE.finditer(low)]
    return cues


# A verdict on a restricted variant: a subject with the indefinite article and a restriction of
# its own ("a truce that lets the shelling go on ...", "a fund with no auditor ...", "a pledge
# which nobody can check ...") before the statement's predicate ("is", "would be", "will not",
# "cannot", "means"). What the speaker judges is the variant, not the target: he wants the full
# target or what the variant lacks (coding guide 3, session-8 clarifications, "an X that P is not
# an X": `support` toward X unless the article defines the variant; session-13 "X without Y
# changes nothing": the omission names what is wanted). Not "any X that ..." (a refused variant,
# session 8) nor a person ("a farmer who ...").
_RESTRICTED_SUBJECT_RE = re.compile(
    r"^\W*an?\s+(?:[\w'-]+\s+){0,3}?(?!(?:of|in|at|on|for|to|by|from|like|about)\s)[\w'-]+\s+"
    r"(?:that|which|whose|with|without|in\s+which)\s+"
    r"[^,;:.!?\"\u201d]{3,100}?\s(?P<verb>is|are|was|were|would\s+be|will\s+be|becomes|means|cannot"
    r"|can't|will\s+not|won't|would\s+not|does\s+not|doesn't)\b", re.IGNORECASE)


# A refusal in the predicate's own words ("... shall never be accepted", "is no option", "and the
# council has said no"): the speaker refuses the variant outright, as a refused variant reads.
_OUTRIGHT_RE = re.compile(r"\b(?:not|never|n't)\s+(?:\w+\s+){0,2}?(?:accept|accepted|support|sign|back"
                          r"|agree\s+to|approve|approved|endorse)\b|\bno(?:t\s+an)?\s+option\b"
                          r"|\bsaid\s+no\b|\b(?:reject|rejected|rejects|unacceptable|ruled?\s+out)\b")


def restricted_variant(low: str) -> bool:
    """Whether lower-cased ``low`` opens with a verdict on a restricted variant of a target
    (:data:`_RESTRICTED_SUBJECT_RE`), which supports the full target whatever the verdict's
    own words, unless its predicate refuses the variant outright (:data:`_OUTRIGHT_RE`).

    >>> restricted_variant("a quota that nobody polices is a slogan.")
    True
    >>> restricted_variant("any quota that rewards the trawlers is a scandal.")
    False
    >>> restricted_variant("a levy of that scale is a scandal.")
    False
    """
    m = _RESTRICTED_SUBJECT_RE.match(low)
    return m is not None and not _OUTRIGHT_RE.search(low, m.start("verb"))


_COMPLEMENTS = {"oprd", "xcomp", "ccomp", "acomp", "attr"}
_RELATIVES = {"what", "which", "that", "whom"}


def named_verdict(verb: Any) -> str | None:
    """The verdict of a judgment named with "call", the target its object and the verdict
    after it ("called the levy 'a tax on jobs'", "called the notice premature"): the
    holder's evaluation of the target's merit (coding guide 3.3, quotes that argue; session
    10, evaluations are stances); ``None`` for "called a strike", "called for" or a name given
    in a relative clause ("what the two camps dubbed a last chance")."""
    if verb.lemma_.lower() != "call" or verb.pos_ != "VERB":
        return None
    target = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if target is None or target.lower_ in _RELATIVES:
        return None
    verdict = next((c for c in verb.children if c.dep_ in _COMPLEMENTS and c.i > target.i), None)
    if verdict is None:
        return None
    return verb.doc[verdict.left_edge.i:verdict.right_edge.i + 1].text
