"""Cues that name the vehicle or the moment of a statement's matter, not the matter itself.

"Protections written into any peace agreement" asks for protections, "cannot wait for a peace
deal", "three weeks after a regional election" and "will answer at the next round" date something
else: the cue of the agreement, the deal, the election or the meeting is dropped from what the
statement is about (:mod:`kg.extract.issues`).

>>> text = "talks resumed since last year's election"
>>> vehicle_or_moment("election", text, text.index("election"))
True
>>> text = "the opposition wants an early election"
>>> vehicle_or_moment("election", text, text.index("election"))
False
"""

from __future__ import annotations

import re

# A document a demand is to be written into or kept out of ("protections written into any
# peace agreement", "no impunity clause in a peace agreement", "lifting the duties as part of a
# settlement"): its cue names the vehicle, not
# the demand (a statement that names nothing else takes its sentence's or article's issue).
_CONTAINERS = frozenset({"agreement", "deal", "treaty", "accord", "text", "document", "plan",
                         "package", "framework", "budget", "bill", "law", "settlement"})
_CONTAINER_RE = re.compile(r"\b(?:in|into|from|out\s+of|under|as\s+(?:a\s+)?part\s+of)\s+"
                           r"(?:(?:the|a|an|any|its|their|this|that|such|every)\s+)?"
                           r"(?:(?:final|future|eventual|wider|broader|overall|interim)\s+)?$")


# A settlement or a truce as the moment something else is to happen ("cannot wait for a peace
# deal", "with or without a peace deal", "within thirty days of a ceasefire"): its cue dates the
# statement's matter, it is not the matter.
_MOMENTS = _CONTAINERS | {"ceasefire", "truce", "peace"}
_MOMENT_OF_RE = re.compile(r"\b(?:wait(?:s|ed|ing)?\s+for|with\s+or\s+without|within\s+(?:[\w-]+\s+){1,3}of"
                           r"|from\s+the\s+(?:first\s+)?day\s+of)\s+(?:(?:the|a|an|any)\s+)?"
                           r"(?:(?:final|future|eventual|overall|lasting|full)\s+)?$")


# A vote as the moment something else happened or is to happen ("three weeks after a regional
# election", "since last year's election", "before the spring elections"): its cue dates
# the statement's matter, it is not the matter.
_BALLOTS = frozenset({"election", "vote", "poll"})
_DATED_BY_RE = re.compile(r"\b(?:after|since|before|ahead\s+of|until|following)\s+"
                          r"(?:(?:the|a|an|its|their|this|next|last|[a-z]+'s)\s+)?"
                          r"(?:[\w'-]+\s+){0,2}$")


# A meeting as the moment something else is to happen ("will answer at the next round",
# "after a second round of talks", "before the summit"): it dates the statement's matter.
_MEETINGS = frozenset({"round", "talk", "meeting", "summit"})
_MET_AT_RE = re.compile(r"\b(?:at|during|after|since|before|ahead\s+of|until|following)\s+"
                        r"(?:(?:the|a|an|its|their|this|next|last|[a-z]+'s)\s+)?"
                        r"(?:[\w'-]+\s+){0,2}$")


def vehicle_or_moment(phrase: str, low: str, start: int) -> bool:
    """Whether the cue ``phrase`` found at ``start`` of the lower-cased text ``low`` names
    only the document a demand is written into, or the moment (a settlement, a truce, a vote,
    a meeting) something else happens at."""
    head = phrase.rsplit(" ", 1)[-1].rstrip("s")
    return bool(
        (head in _CONTAINERS and _CONTAINER_RE.search(low, max(0, start - 30), start))
        or (head in _MOMENTS and _MOMENT_OF_RE.search(low, max(0, start - 40), start))
        or (head in _BALLOTS and _DATED_BY_RE.search(low, max(0, start - 40), start))
        or (head in _MEETINGS and _MET_AT_RE.search(low, max(0, start - 40), start)))


# A condition that is a moment or a state of affairs ("once a ceasefire has held"), not a
# demand: the statement does not link its issue to the condition's (coding guide, rule 4).
_MOMENT_RE = re.compile(r"\W*(?:once|as\s+soon\s+as|the\s+moment|when|whenever|after)\b",
                        re.IGNORECASE)


def condition_moment(clause: str, condition: str) -> bool:
    """Whether ``condition`` is a moment ("once a ceasefire has held"), not a demand (an
    "only" just before it makes it one: "would only be eased once a ceasefire holds").

    >>> condition_moment("sanctions would be eased once a ceasefire has held",
    ...                  "once a ceasefire has held")
    True
    >>> condition_moment("sanctions would only be eased once a ceasefire has held",
    ...                  "once a ceasefire has held")
    False
    """
    if not _MOMENT_RE.match(condition):
        return False
    at = clause.find(condition)
    return at < 0 or not re.search(r"\bonly\b[^,;:]{0,40}$", clause[:at], re.IGNORECASE)
