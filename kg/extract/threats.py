"""Threat words of a statement that are the holder's own threat (coding guide 3.5).

A threat word inside the condition clause is what the other side does ("would
walk out if they strike"), and one after a verb of calling something off is no
threat ("would suspend the strike if ..."); the rest are the holder's threats.

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
