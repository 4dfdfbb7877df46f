"""A restrictive "only" on the manner, place or terms of the holder's own act.

"would attend only in another capital", "will bargain only on the terms of the old map",
"could only be ratified by an elected council", "would reopen only as quickly as repairs
allow": the holder accepts the act on a condition the "only" sets (coding guide 3, value
table, `conditional`; session 10, preconditions set on a venue). A date or a time ("only in
March", "only on Monday", "only by next spring") is no condition (coding guide 3.4,
clarifications of session 4).

>>> [(c.cue, c.start) for c in restricted_acts("we would meet only in another capital")]
[('only in/on/by/as', 14)]
>>> restricted_acts("the vote will be held only in march")
[]
"""

from __future__ import annotations

import re

from kg.extract.conditions import TIME_WORDS, Condition

RESTRICTED = "only in/on/by/as"
_RESTRICTED_RE = re.compile(
    r"\b(?:would|will|could|can|shall)\s+(?:[\w'-]+\s+){0,3}?(?=only\s+(?:be\s+[\w'-]+\s+)?"
    r"(?:in|on|by|as)\s+(?!" + TIME_WORDS + r"|(?:the\s+)?(?:a\s+)?(?:last|first|next)\b))")


def restricted_acts(low: str) -> list[Condition]:
    """The restrictive "only" conditions of lower-cased ``low`` (their text starts at "only")."""
    if "only " not in low:
        return []
    return [Condition(RESTRICTED, m.end()) for m in _RESTRICTED_RE.finditer(low)]
