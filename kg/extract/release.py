"""Asking another side to give something up: the speaker's attitude to what is given up.

"Urged the government to drop the demand", "the coalition should drop the index jump": a
request or an obligation that someone else give up a thing opposes that thing; giving up
an objection, a veto or a boycott ("called on India to drop its objection") lets the
target through, so the speaker supports it (coding guide 3.7: the target is what the
sentence names).

>>> [(v, c) for v, c, _ in released("they urged the board to drop the levy", [(24, 28)])]
[('oppose', 'drop')]
>>> [(v, c) for v, c, _ in released("we called on them to drop their veto", [(21, 25)])]
[('support', 'drop')]
>>> released("the union agreed to drop the claim", [(20, 24)])
[]
"""

from __future__ import annotations

import re

# A request or obligation in the same clause right before the verb of giving up.
_ASKED_RE = re.compile(r"\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+on|ask(?:s|ed|ing)?|press"
                       r"(?:es|ed|ing)?|should|must|ought\s+to|need(?:s)?\s+to|ha(?:s|ve)\s+to)\b"
                       r"[^.;:!?]{0,50}$")
# What opposes something: giving it up lets the target through.
_OBSTACLE_RE = re.compile(r"^\W*(?:(?:its|their|his|her|the|your|all|any)\s+)?(?:[\w-]+\s+)?"
                          r"(?:objections?|opposition|vetoe?s?|boycotts?|blockades?|resistance"
                          r"|reservations|block)\b")
REQUEST_CUES = ("urge", "call on", "calls on", "called on", "ask", "press")


def released(low: str, spans: list[tuple[int, int]]) -> list[tuple[str, str, int]]:
    """(value, cue, start) for each verb of giving up at ``spans`` of the lower-cased
    statement that a request or an obligation governs."""
    out = []
    for start, end in spans:
        if _ASKED_RE.search(low[max(0, start - 70):start]) is None:
            continue
        value = "support" if _OBSTACLE_RE.match(low[end:end + 40]) else "oppose"
        out.append((value, low[start:end], start))
    return out
