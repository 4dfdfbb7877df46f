"""Sending people back is a handover of people: the returns of migrants or refugees.

The coding guide puts every handover of people from one party's custody or territory to
another's (an exchange, a release, a deportation or return) under `prisoners_humanitarian`,
and with it the terms of the handover (its pace, the people's consent). News names such a
handover by its people ("the return of the displaced families", "returns of rejected asylum
seekers"), by its pace ("two hundred returns a month", "speedier returns") or by a state
taking its own people back ("agreed to take back its nationals"). The bare noun is left
alone: "returns" are also what an investment yields, and "a return to talks" is no handover.

>>> [label for p, label, _, _ in RETURN_CONSTRUCTIONS if p.search("wants speedier returns")]
['return of people']
>>> [label for p, label, _, _ in RETURN_CONSTRUCTIONS if p.search("the expected returns")]
[]
"""

from __future__ import annotations

import re

# Whom a party sends or takes back (people, not goods, property or firms).
_RETURNED = (r"(?:migrants|refugees|nationals|citizens|foreigners|children|villagers|families"
             r"|residents|displaced(?:\s+(?:people|persons|families))?|people|persons|deportees"
             r"|asylum[\s-]seekers|civilians|evacuees|exiles|returnees|minors|orphans|fishermen"
             r"|crews?|sailors|soldiers|prisoners|detainees|captives|the\s+missing|bodies|remains)")
_DETERMINERS = (r"(?:(?:the|their|its|our|his|her|all|any|some|more|most|those|these|[\d,]+"
                r"|several|dozens|hundreds|thousands|tens\s+of\s+thousands)\s+(?:of\s+)?)*")
RETURN_CONSTRUCTIONS: tuple[tuple[re.Pattern[str], str, str | None, tuple[str, ...]], ...] = (
    (re.compile(r"\b(?:(?:returns?|repatriations?|readmissions?)\s+of\s+" + _DETERMINERS
                + r"(?:[\w'-]+\s+){0,2}?" + _RETURNED + r"\b"
                r"|\b(?:faster|quicker|speedier|swifter|forced|voluntary|safe|more|fewer)\s+returns\b"
                r"|\b[\d,]+\s+returns\s+(?:a|per|each)\s+(?:day|week|month|year)\b"
                r"|\btak(?:e|es|ing|en|ook)\s+back\s+" + _DETERMINERS + r"(?:own\s+)?"
                + _RETURNED + r"\b)", re.IGNORECASE),
     "return of people", "prisoners_humanitarian", ("return", "repatriation", "readmission",
                                                     "back")),
)
