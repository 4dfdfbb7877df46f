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
    r"|announced|declared|emphasi[sz]ed|reiterated|confirmed|described|called(?! for))\b[ ,:]*)?"
    r"(?:on \w+ |last week |\w+day )?(?:that )?(?:the |a |an )?",
    re.IGNORECASE,
)


_CONNECTIVE_RE = re.compile(r"^(?:(?:but|and|though|although|while|whereas|yet|that)\b[ ,]*)+",
                            re.IGNORECASE)
# A stance verb opening the statement ("rejected the fee", "welcomed the section on
# finance"): the target is its object, the outcome, not the act of rejecting it.
_STANCE_VERB_RE = re.compile(
    r"^(?:(?:also|however|again|firmly|flatly|strongly|broadly|publicly|repeatedly)[ ,]+)*"
    r"(?:welcomed|welcomes|rejected|rejects|backed|backs|supported|supports|opposed|opposes"
    r"|endorsed|endorses|accepted|accepts|refused|refuses|dismissed|dismisses|critici[sz]ed"
    r"|critici[sz]es|condemned|condemns|ruled out|rules out|called for|calls for|demanded"
    r"|demands|proposed|proposes|praised|praises)\b[ ,]*(?:however[ ,]+)?",
    re.IGNORECASE)
# Framing before the content: "for its part,", "in a statement that", "In his view,".
_FRAME_RE = re.compile(
    r"^(?:for (?:its|his|her|their|our) part|in (?:his|her|their|its|our) view"
    r"|in a (?:statement|letter|post|interview)(?: on \w+)?(?: that)?|however|meanwhile)[ ,]+",
    re.IGNORECASE)
# A target named by a pronoun or a bare definite description ("rejected it", "backed the
# plan") is the one named before it: the article's previous target, or the last one whose
# label has the same head noun.
_ANAPHOR_RE = re.compile(r"^(?:it|this|that|them|these|those)$", re.IGNORECASE)
_DEFINITE_RE = re.compile(r"^(?:the|this|that|its|their|his|her)\s+(?:\w+\s+)?(\w+)$",
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
    text = _FRAME_RE.sub("", text, count=1)
    text = _CONNECTIVE_RE.sub("", text)
    text = _STANCE_VERB_RE.sub("", text, count=1)
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
        """The id of the position for ``content`` (created on first use); a pronoun or a
        bare definite description refers back to an earlier target (:meth:`antecedent`)."""
        label = label_for(content)
        key = name_key(label)
        if key in self._by_key:
            return self._by_key[key]
        earlier = self.antecedent(label)
        if earlier is not None:
            return earlier
        pid = position_id(label)
        base, n = pid, 2
        while pid in self.items:
            pid, n = f"{base}-{n}", n + 1
        self.items[pid] = {"id": pid, "label": label,
                           "issue": issues[0] if len(issues) == 1 else list(issues)}
        self._by_key[key] = pid
        return pid

    def antecedent(self, label: str) -> str | None:
        """The earlier position a label refers back to: a pronoun ("it") the latest one,
        a definite description ("the plan", "the revised offer") the latest one whose label
        has its head noun; ``None`` when there is none.

        >>> ps = Positions()
        >>> first = ps.get("proposed a ten-point plan for the port", ["trade_tariffs"])
        >>> _ = ps.get("wants a deal on tariffs", ["trade_tariffs"])
        >>> ps.antecedent("the plan") == first, ps.antecedent("the fund")
        (True, None)
        """
        if not self.items:
            return None
        if _ANAPHOR_RE.match(label):
            return next(reversed(self.items))
        m = _DEFINITE_RE.match(label)
        if m:
            head = m.group(1).lower().rstrip("s")
            for pid in reversed(self.items):
                words = {w.lower().rstrip("s") for w in str(self.items[pid]["label"]).split()}
                if head in words:
                    return pid
        return None
