"""Events: meetings, calls, summits, visits, deadlines and other dated happenings.

A sentence with a trigger word gives at most one event; the participants are
the actors named in it, the place the first place named, the date the first
date expression (resolved against the article date), the status from tense
and cue words. The same event reported twice keeps its first sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from kg.extract.dates import resolve
from kg.iri import slugify

_TRIGGERS: list[tuple[str, re.Pattern[str]]] = [
    ("call", re.compile(r"\b(phone call|video call|telephone call|phone conversation|telephone "
                        r"conversation|spoke by (?:tele)?phone|phoned|call with|held a call|had a call"
                        r"|video conference|videoconference)\b")),
    ("summit", re.compile(r"\bsummit\b")),
    ("deadline", re.compile(r"\b(deadline|ultimatum|due to take effect|expires?|expiry|takes? effect"
                            r"|comes? into force|enters? into force)\b")),
    ("visit", re.compile(r"\b(visit(?:ed|s|ing)?|trip to|travel(?:l?ed|s|ling)? to|arrived in"
                         r"|flew to|will travel|to travel)\b")),
    ("meeting", re.compile(r"\b(meeting|met with|met|meets|meet|talks|negotiating round|round of "
                           r"negotiations|negotiations|(?:next|new|second|third|final|another) round)"
                           r"\b")),
    ("military", re.compile(r"\b(captured|offensive|airstrikes?|missile strikes?|drone attacks?"
                            r"|shelling|bombardment|invaded|advance[sd]?|clashes|drones|ballistic "
                            r"missiles|struck|attacks? on)\b")),
    ("announcement", re.compile(r"\b(announced|unveiled|published|will present|presented|signed"
                                r"|voted)\b")),
]
_STATUS: list[tuple[str, re.Pattern[str]]] = [
    ("cancelled", re.compile(r"\b(cancell?ed|called off|scrapped|abandoned)\b")),
    ("postponed", re.compile(r"\b(postponed|delayed|put off|pushed back)\b")),
    ("reported", re.compile(r"\b(allegedly|reportedly|unconfirmed|claimed to have)\b")),
    ("scheduled", re.compile(r"\b(will|would|is expected to|are expected to|expected to|plans? to"
                             r"|planned|due to|scheduled|set to|next week|later this|upcoming"
                             r"|to travel|to meet|meet again|to hold|to resume|is to|are to"
                             r"|next round|invited|invites|invite)\b")),
]
# An event talked about, not reported: preferred, proposed or ruled out ("favoured holding
# the meeting in Asia", "a visit is not under consideration"). Without a date it is a
# position on the event, not an event.
_HYPOTHETICAL_RE = re.compile(r"\b(prefer\w*|favou?r\w*|suggest\w*|propos\w*|not under consideration"
                              r"|consider\w*|should|could|might|if)\b")
_SPEECH_DATE_RE = re.compile(
    r"\b(?:said|says|told [\w ]{1,20}?|added|announced|stated)\s+(?:on\s+)?(?:monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday|today|yesterday)\b", re.IGNORECASE)
_PLACE_RE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?[A-Z][a-z]+")
_LABELS = {"call": "Call", "summit": "Summit", "deadline": "Deadline", "visit": "Visit",
           "meeting": "Meeting", "military": "Military development",
           "announcement": "Announcement"}


@dataclass
class Event:
    """One event as coded in the sheet."""

    type: str
    status: str
    date: str | None
    place: str | None
    participants: list[str]
    labels: list[str]
    issues: list[str]
    start: int
    end: int
    confidence: float
    discussed: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        """A readable label: type, participants, place."""
        text = _LABELS[self.type]
        if self.labels:
            text += " involving " + ", ".join(self.labels[:4])
        if self.place:
            text += f" in {self.place}"
        return text

    @property
    def id(self) -> str:
        """A stable id: date (or "undated"), type, participants, place."""
        parts = [self.date or "undated", self.type, *self.participants[:3], self.place or ""]
        return slugify("-".join(p for p in parts if p), max_length=90)


def detect(text: str, ref: date | None) -> tuple[str, str, str | None] | None:
    """(type, status, date) for a sentence reporting an event, else ``None``.

    >>> detect("The two ministers held a video call on Monday.", date(2026, 3, 4))
    ('call', 'held', '2026-03-02')
    >>> detect("A summit planned for October was called off.", date(2026, 3, 4))
    ('summit', 'cancelled', '2025-10')
    >>> detect("The two sides remain far apart in negotiations.", date(2026, 3, 4)) is None
    True
    """
    low = text.lower()
    found = next(((k, m) for k, p in _TRIGGERS for m in [p.search(low)] if m), None)
    if found is None:
        return None
    kind, trigger = found
    lo, hi = _clause_of(low, trigger.start(), trigger.end())
    clause = low[lo:hi]
    tense = low if kind == "deadline" else clause  # a deadline lies ahead whatever the clause
    status = next((s for s, p in _STATUS
                   if p.search(tense if s == "scheduled" else low)), "held")
    event_text = _SPEECH_DATE_RE.sub(" ", text)  # "said Wednesday" dates the statement
    own = _SPEECH_DATE_RE.sub(" ", text[lo:hi])
    when = None
    if ref:  # the date in the trigger's own clause first ("..., which meets on July 21")
        when = resolve(own, ref, future=status == "scheduled") or resolve(
            event_text, ref, future=status == "scheduled")
    if kind == "meeting" and when is None and not _PLACE_RE.search(text):
        return None  # "far apart in negotiations" is no dated happening
    if when is None and _HYPOTHETICAL_RE.search(low):
        return None
    if when is None and status == "scheduled":
        when = resolve_horizon(low, ref)
    if status == "held" and when and ref and when > ref.isoformat()[:len(when)]:
        status = "scheduled"  # "the ban takes effect on July 1", said in June
    return kind, status, when


_CLAUSE_BOUNDARY_RE = re.compile(r"[,;:\u2014]|\b(?:that|which|who|whose|after|because|if|unless"
                                 r"|although|though|while|since|said|says|told)\b")


def _clause_of(low: str, start: int, end: int) -> tuple[int, int]:
    """The clause around a trigger word: from the previous clause boundary (punctuation, a
    relative pronoun, a subordinating conjunction or a speech verb) to the next one. Its
    tense is the event's ("met in Paris on Thursday to finalise plans for a force that
    would be deployed" was held).

    >>> _clause_of("leaders met on thursday to plan a force that would deploy", 8, 11)
    (0, 40)
    """
    before = [m.end() for m in _CLAUSE_BOUNDARY_RE.finditer(low, 0, start)]
    after = _CLAUSE_BOUNDARY_RE.search(low, end)
    return (before[-1] if before else 0), (after.start() if after else len(low))


_HORIZON_RE = re.compile(r"\b(?:by|before) the end of (?:the|this) (year|month)\b")


def resolve_horizon(low: str, ref: date | None) -> str | None:
    """"Before the end of the year" as the year (or month) of the article date.

    >>> resolve_horizon("a summit before the end of the year", date(2026, 3, 4))
    '2026'
    """
    m = _HORIZON_RE.search(low)
    if m is None or ref is None:
        return None
    return str(ref.year) if m.group(1) == "year" else ref.strftime("%Y-%m")


def same_event(a: Event, b: Event) -> bool:
    """Whether two events are one event mentioned twice."""
    return a.type == b.type and a.date == b.date and bool(
        set(a.participants) & set(b.participants) or a.place == b.place
    )


_GATHERINGS = {"meeting", "summit", "call"}


def inherited_participants(kind: str, when: str | None, earlier: list[Event]) -> list[str]:
    """The participants of a dated meeting reported without naming anyone ("the two sides
    are due to meet again on Friday", "the next round is scheduled for April"): in a report
    on one negotiation these are the parties of the first meeting, summit or call with two
    or more participants (the lead reports the negotiation the article is about; later
    gatherings are often side meetings); none for other kinds of event or without a date
    ("the talks are being watched closely in Washington" reports no happening).

    >>> talks = Event("meeting", "held", "2026-06-22", "Oslo", ["norway", "eu"], ["Norway",
    ...               "EU"], ["trade_tariffs"], 0, 10, 0.6)
    >>> inherited_participants("meeting", "2026-07", [talks])
    ['norway', 'eu']
    >>> inherited_participants("military", "2026-07", [talks])
    []
    """
    if kind not in _GATHERINGS or when is None:
        return []
    for event in earlier:
        if event.type in _GATHERINGS and len(event.participants) >= 2:
            return list(event.participants)
    return []
