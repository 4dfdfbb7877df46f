"""A mediator named as the source or the channel of a statement is not its matter.

Whether and in what format the parties meet, and who mediates, is the summit matter (coding
guide 5), so "mediator" counts fully in a statement ("does not need a mediator"). But news
also names the mediators as where a report comes from ("according to the mediators",
"a communiqué from the facilitators") or as the channel a message or a list goes
through ("lists sent through the mediators", "in touch with the mediators", "handed to
the facilitator"): there the statement is about what the report or the message says, and the
mediator is no cue (a statement that names nothing else takes its sentence's or its article's
issue).

>>> [code for p, _, code, _ in CHANNEL_CONSTRUCTIONS if p.search("according to the mediators")]
[None]
>>> [code for p, _, code, _ in CHANNEL_CONSTRUCTIONS if p.search("they want a mediator")]
[]
"""

from __future__ import annotations

import re

_MEDIATOR = r"(?:mediators?|facilitators?)(?:['\u2019]s?)?"
CHANNEL_CONSTRUCTIONS: tuple[tuple[re.Pattern[str], str, str | None, tuple[str, ...]], ...] = (
    (re.compile(r"\b(?:through|via|according\s+to|(?:contact|touch)\s+with|handed\s+(?:\w+\s+)?to"
                r"|(?:statement|communiqu[eé]|report|note)\s+(?:(?:issued|released|published)\s+)?"
                r"(?:by|from|of))\s+(?:(?:a|the|its|their|both|two|three)\s+)?(?:[\w'-]+\s+){0,2}?"
                + _MEDIATOR + r"(?!\w)", re.IGNORECASE),
     "", None, ("mediator", "facilitator")),
)
