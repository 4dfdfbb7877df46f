"""Conditions that limit a hedge of considering ("could look at a longer deal if the cap
goes", "would look at it only if they leave"): which condition limits the openness, and
whether a restrictive one ("only if", "only once") makes the statement conditional rather
than neutral (coding guide 3.6, session-8 "Hedges with a condition").
"""

from __future__ import annotations

import re

from kg.extract.conditions import Condition

# a bare "if" after a hedge; not one whose subject is the target itself ("if it respected the
# principle", "if that helped"): a property of the target, no act of another party
_HEDGE_IF_RE = re.compile(r"(?<!even )(?<!as )\bif\b(?!\s+(?:it|that|this|so)\b)")


def hedge_condition(low: str, conditions: list[Condition], hedges: list[re.Match[str]]
                    ) -> Condition | None:
    """The condition that limits a hedge of considering ("could look at a longer deal if the
    cap goes", "ready to discuss it as long as ..."): the first condition after the ``hedges``
    (cue matches in ``low``), or else a bare "if" (cue ``"if ...,"``); ``None`` when there is
    none or a hedge is no verb of considering ("would decide", "did not rule out"). Its demand
    is paired like any other (coding guide 3, session-8 "Hedges with a condition").

    >>> low = "we could look at a longer deal if the cap goes"
    >>> hedge_condition(low, [], [re.search("could look at", low)])
    Condition(cue='if ...,', start=31)
    """
    if not all(_CONSIDERING_RE.search(h.group(0)) for h in hedges):
        return None
    later = [c for c in conditions if c.start >= hedges[-1].end()]
    if later:
        return later[0]
    m = _HEDGE_IF_RE.search(low, hedges[-1].end())
    return Condition("if ...,", m.start()) if m else None


# Verbs of considering (coding guide 3.6, session-8 "Hedges with a condition"), and a
# condition that is only a sequence ("only after the vote").
_CONSIDERING_RE = re.compile(r"\b(?:consider|considering|look|looking|discuss|discussing|study"
                             r"|studying|examine|examining|explore|exploring|review|imagine|talk)\b")
_SEQUENCE_RE = re.compile(r"only\s+(?:[^\s.;]+\s+){0,8}?after\b")


def restricted_hedge(low: str, conditions: list[Condition], hedges: list[str]) -> bool:
    """Whether openness ("would look at X", the ``hedges`` cue words) is limited by a
    restrictive condition ("only if", "only once"), which rules the target out unless the
    condition is met: a firm statement with an explicit condition, conditional (coding guide
    3.6, session-8 "Hedges with a condition"). A plain "if" only limits the openness
    (neutral), and so does "only after" (a sequence); a cue that is no verb of considering
    ("would decide only after the vote") stays undecided.

    >>> low = "we would look at it only if they leave"
    >>> restricted_hedge(low, [Condition("only if", low.find("only"))], ["would look at"])
    True
    >>> low = "we would look at it only after they leave"
    >>> restricted_hedge(low, [Condition("only after", low.find("only"))], ["would look at"])
    False
    """
    return bool(hedges) and all(_CONSIDERING_RE.search(h) for h in hedges) and any(
        c.cue.startswith("only") and not _SEQUENCE_RE.match(low, c.start) for c in conditions)
