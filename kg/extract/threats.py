"""Threat words of a statement that are the holder's own threat (coding guide 3.5).

A threat word inside the condition clause is what the other side does ("would
walk out if they strike"), and one after a verb of calling something off is no
threat ("would suspend the strike if ..."); the rest are the holder's threats. A
condition that the talks fail (:func:`failed_talks`) makes what the holder would do then
its announced fallback, not a condition of acceptance.

>>> from kg.extract.conditions import find_conditions
>>> low = "we will strike on monday if the bonus is not restored"
>>> threats(low, find_conditions(low), low.index(" if "))
['strike']
>>> low = "the union would suspend the strike if jobs were guaranteed"
>>> threats(low, find_conditions(low), low.index(" if "))
[]
"""

from __future__ import annotations

import re

from kg.extract.conditions import Condition
from kg.extract.cues import finds as _finds

# What is called off is no threat ("would suspend the strike if ...").
_DEESCALATE_RE = re.compile(r"\b(?:suspend|call off|end|halt|drop|lift|stop|cancel|postpone"
                            r"|delay|avert|avoid)\w*\s+(?:\w+\s+)?$")


def threats(low: str, conditions: list[Condition], where: int) -> list[str]:
    """Threat words outside the condition clause and not calling something off."""
    return [m.group(0) for m in _finds("threat", low)
            if not in_condition(low, conditions, where, m.start())
            and not _DEESCALATE_RE.search(low[max(0, m.start() - 25):m.start()])]


def in_condition(low: str, conditions: list[Condition], where: int, at: int) -> bool:
    """Whether offset ``at`` lies inside the condition clause (from its "if" or cue to the
    next comma): a threat word there is what the other side does ("if they strike")."""
    ifs = [m.start() for m in re.finditer(r"\bif\b", low[:where + 120])]
    start = conditions[0].start if conditions else max(ifs, default=where)
    end = low.find(",", start)
    return start <= at < (end if end > 0 else len(low))


# A condition that the talks fail ("if no settlement is agreed", "if nothing has been signed",
# "if the accord is not ratified", "if the pledge is not honoured"): what the holder would
# do then is its fallback, announced as an act of its own, not an acceptance subject to the
# condition (coding guide 3, session-9 clarifications: an action announced for the case that
# no deal is reached is `support` toward the action, and 3.5: a threat stays a threat).
_FAILED_TALKS_RE = re.compile(
    r"if\s+(?:(?:no|nothing)\b[^,;.]{0,50}?\b(?:is|was|were|are|has\s+been|had\s+been|gets?|got)\s+"
    r"(?:\w+\s+)?(?:reached|agreed|signed|struck|ratified|settled|approved|concluded)\b"
    r"|there\s+(?:is|was)\s+no\s+(?:deal|agreement|accord|settlement|consensus)\b"
    r"|(?:the\s+)?(?:talks|negotiations)\s+(?:fail|collapse|break\s+down)"
    r"|[^,;.]{1,60}?\b(?:is|was|were|are|has|had|have)\s+(?:not|never)\s+(?:been\s+|yet\s+)?"
    r"(?:agreed|ratified|honou?red|signed|reached|approved|settled)\b)")


def failed_talks(low: str, at: int) -> bool:
    """Whether the "if" at ``at`` of lower-cased ``low`` is a condition that the talks fail
    (:data:`_FAILED_TALKS_RE`).

    >>> failed_talks("we would lock the gates if no settlement is agreed", 24)
    True
    >>> failed_talks("we would sign if the clause is dropped", 15)
    False
    """
    return bool(_FAILED_TALKS_RE.match(low, at))
