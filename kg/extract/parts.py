"""Statements that split one target into parts and judge the parts differently.

"The draft contains some things we can sign and some we cannot", "there are things in the
paper we can build on, and there are things that are simply not acceptable", "some of its
provisions suit us, while others cannot be accepted": the first part is accepted, the
second rejected (often by an elided verb: "some we cannot"), so the statement is ``mixed``
toward the one target (coding guide 3.8: parts that are not targets of their own).

>>> partitioned("it has some things we can sign and some we cannot")
True
>>> partitioned("some of them want a deal and some want a vote")
False
>>> partitioned("it has elements we can work with, and elements that are not realistic")
True
>>> partitioned("some of the text we can live with, some of it we cannot")
True
"""

from __future__ import annotations

import re

from kg.extract.cues import finds

# The first part ("some", "some of", "there are things", "parts of", "certain elements").
_FIRST_RE = re.compile(r"\b(?:some|certain|parts?|elements?|there are (?:some )?(?:things|ideas"
                       r"|elements|points|parts))\b")
# The join and the second part ("and some", "but others", "while there are also things").
# The join may be a bare comma or semicolon before a repeated "some" ("some of it we can
# keep, some of it we will not"), and the second part a bare plural noun ("ideas we can
# back and ideas we will never back").
_SECOND_RE = re.compile(r"(?:(?:,\s*|\s+)(?:and|but|while|whereas|yet)\s+|[,;]\s*(?=some\b))"
                        r"(?:that\s+)?(?:some|others"
                        r"|other (?:parts|elements|things|ideas|points)|the rest|there are (?:also )?"
                        r"(?:other )?(?:things|ideas|elements|points|parts)|elements|parts|points"
                        r"|things|ideas|provisions|clauses)\b")
_NEGATIVE_RE = re.compile(r"\b(?:not|never|no|cannot|unacceptable|reject\w*|refuse\w*)\b|n't\b")


def partitioned(low: str) -> bool:
    """Whether the lower-cased statement names two parts of its target, one judged with a
    negation or rejection (an oppose cue) and the other without."""
    first = _FIRST_RE.search(low)
    if first is None:
        return False
    second = _SECOND_RE.search(low, first.end())
    if second is None:
        return False
    head, tail = low[first.start():second.start()], low[second.end():]
    return _negative(head) != _negative(tail)


def _negative(part: str) -> bool:
    """A part judged with a negation or a rejection ("some we cannot", "elements that are
    unworkable")."""
    return bool(_NEGATIVE_RE.search(part)) or bool(finds("oppose", part))
