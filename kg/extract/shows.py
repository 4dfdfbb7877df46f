"""Meetings refused as mere show: acceptance that waits on substance.

"We will not hold a summit just for the cameras", "talks for the sake of talks make no
sense", "no use to anyone, a round held as a photo opportunity": the holder refuses the
meeting only as an empty one; it would meet once the meeting can produce something, so
the statement is ``conditional`` toward the meeting (coding guide 3.4, a firm statement
with a condition; the condition is a result worth meeting for), not a refusal of it.

>>> for_show("we will not hold a summit just for the cameras") is not None
True
>>> for_show("the minister refused to meet the envoy") is None
True
"""

from __future__ import annotations

import re

_FOR_SHOW_RE = re.compile(
    r"\b(?:meetings?|summits?|talks|negotiations|sessions?|rounds?|visits?|handshakes?)\b"
    r"(?:\s+[\w'-]+){0,3}?\s+(?:just\s+|only\s+|merely\s+|simply\s+)?(?:for\s+the\s+sake\s+of"
    r"|for\s+(?:the|a|some)\s+(?:cameras?|photo(?:graph)?s?|photo[\s-]op(?:portunit(?:y|ies))?|pictures?)"
    r"|for\s+show)\b")


def for_show(low: str) -> re.Match[str] | None:
    """The phrase of lower-cased ``low`` that calls a meeting an empty show, or ``None``."""
    return _FOR_SHOW_RE.search(low)
