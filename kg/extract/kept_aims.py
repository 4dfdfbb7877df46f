"""A refused handover that keeps the holder's own aim ("will not trade away the budget
target", "we will never give up"): refusing to hand over one of its own aims holds on to it
(support; coding guide 3.7), where refusing any other handover opposes it.
"""

from __future__ import annotations

import re

from kg.extract.cues import finds as _finds

# A refused handover that keeps the holder's own aim: its object ("will not trade away the
# budget target") or the noun it qualifies ("the one promise she will not give up").
_AIM_AFTER_RE = re.compile(r"\s+(?:[\w'-]+\s+){0,3}?$")
_NO_OBJECT_RE = re.compile(r"[\s\"\u201c\u201d']*(?:[.,;:!?)]|$)")
_AIM_BEFORE_RE = re.compile(r"\s+(?:that\s+|which\s+)?(?:[\w'-]+\s+){1,4}$")


def kept_aim(low: str, m: re.Match[str]) -> bool:
    """Whether a handover verb's object, or the noun before its relative clause, is one of
    the holder's own aims (a target, a promise, a demand: the ``kept_aims`` list), or the
    verb has no object ("we will not give up", "the pledge she will not trade away" cut at
    its relative clause), so that refusing to hand it over holds on to it (support) rather
    than refusing a handover."""
    after = low[m.end():m.end() + 50]
    if _NO_OBJECT_RE.match(after):  # "we will never give up": no handover named
        return True
    aims = _finds("kept_aims", after)
    if any(_AIM_AFTER_RE.fullmatch(after[:a.start()]) for a in aims):
        return True
    before = low[max(0, m.start() - 60):m.start()]
    return any(_AIM_BEFORE_RE.fullmatch(before[a.end():]) for a in _finds("kept_aims", before))
