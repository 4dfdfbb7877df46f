"""Targets of stances: a short position label derived from the statement, with a stable id.

>>> label_for("said that the EU would not rule out countermeasures if duties rise")
'EU would not rule out countermeasures if duties rise'
>>> position_id("EU would not rule out countermeasures")
'eu-would-not-rule-out-countermeasures'
"""

from __future__ import annotations

import re

from kg.extract.gazetteer import name_key
from kg.iri import slugify

MAX_WORDS = 12
_LEAD_RE = re.compile(
    r"^(?:(?:also |then |later |had |has |have |would |will )?(?:said|says|told \w+|added|warned"
    r"|insisted|argued|stressed|noted|indicated|hinted|claimed|stated|explained|suggested"
    r"|announced|declared|emphasi[sz]ed|reiterated|confirmed|described|called)\b[ ,:]*)?"
    r"(?:on \w+ |last week |\w+day )?(?:that )?(?:the |a |an )?",
    re.IGNORECASE,
)


_CONNECTIVE_RE = re.compile(r"^(?:(?:but|and|though|although|while|whereas|yet|that)\b[ ,]*)+",
                            re.IGNORECASE)


def label_for(content: str) -> str:
    """A short label (at most 12 words) for a statement's content clause, without its
    opening connective ("but", "and that") and speech verb.

    >>> label_for("but would not sign any deal that limited its water rights upstream")
    'would not sign any deal that limited its water rights upstream'
    >>> label_for(", and that it would accept monitors only if asked")
    'it would accept monitors only if asked'
    """
    text = " ".join(content.replace('"', "").replace("\u201c", "").replace("\u201d", "").split())
    text = _CONNECTIVE_RE.sub("", text.strip(" ,;:"))
    text = _LEAD_RE.sub("", text, count=1).strip(" ,.;:")
    text = _CONNECTIVE_RE.sub("", text)
    words = text.split()
    label = " ".join(words[:MAX_WORDS]).rstrip(" ,;:")
    return label or "unspecified position"


def position_id(label: str) -> str:
    """A stable slug id for a position label (at most 60 characters)."""
    return slugify(label, max_length=60)


class Positions:
    """Positions of one article, reused when the same normalised label recurs."""

    def __init__(self) -> None:
        self.items: dict[str, dict[str, object]] = {}
        self._by_key: dict[str, str] = {}

    def get(self, content: str, issues: list[str]) -> str:
        """The id of the position for ``content`` (created on first use)."""
        label = label_for(content)
        key = name_key(label)
        if key in self._by_key:
            return self._by_key[key]
        pid = position_id(label)
        base, n = pid, 2
        while pid in self.items:
            pid, n = f"{base}-{n}", n + 1
        self.items[pid] = {"id": pid, "label": label,
                           "issue": issues[0] if len(issues) == 1 else list(issues)}
        self._by_key[key] = pid
        return pid
