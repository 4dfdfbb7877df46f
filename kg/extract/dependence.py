"""A dependence that describes a noun is no condition.

"depends on" is a condition cue when the holder's attitude or decision depends on
something ("it depends on their reply", "our support will depend upon its wording": coding guide 3,
value table, `conditional`: acceptance subject to a condition). In a relative clause after
a noun ("a subsidy that depended on rainfall", "a bridge that never depended on
ferries", "towns which depend on a port") the words describe that noun: nothing is accepted
on a condition, and the statement takes the value of its other words.

>>> low = "a grant that depended on rainfall is no grant"
>>> describes_noun(low, "depends on", low.find("depended"))
True
>>> low = "that depends on rainfall"
>>> describes_noun(low, "that depends on", 0)
False
"""

from __future__ import annotations

import re

_DEPEND_RE = re.compile(r"\b(?:depend|hinge)")
# the noun the clause hangs on, opened by a determiner ("a fund that", "the only plan on the
# table that"), or a relative "which" / "who"; then an auxiliary and a negation, if any
_RELATIVE_RE = re.compile(
    r"(?:\b(?:a|an|the|any|every|no|one|our|their|its|his|her|your|my|this|these|those|some"
    r"|such)\s+(?:[\w'-]+\s+){0,5}?that|\b(?:which|who))\s+"
    r"(?:(?:does|do|did|would|will|could|can|may|might|should|must)\s+)?(?:not\s+|never\s+)?$")


def describes_noun(low: str, cue: str, start: int) -> bool:
    """Whether the condition ``cue`` found at ``start`` in lower-cased ``low`` is a "depend"
    (or "hinge") word in a relative clause describing a noun."""
    word = _DEPEND_RE.search(low, start) if _DEPEND_RE.search(cue) else None
    return word is not None and word.start() - start <= 40 and bool(
        _RELATIVE_RE.search(low, max(0, word.start() - 80), word.start()))
