"""Resolving date expressions against the article date.

>>> from datetime import date
>>> d = date(2025, 12, 3)  # a Wednesday
>>> resolve("on Tuesday", d), resolve("Wednesday", d), resolve("last week", d)
('2025-12-02', '2025-12-03', '2025-11')
>>> resolve("in October", d), resolve("next Monday", d), resolve("March 4", d)
('2025-10', '2025-12-08', '2025-03-04')
>>> resolve("on Friday", d, future=True), resolve("last year", d), resolve("nothing", d)
('2025-12-05', '2024', None)
>>> resolve("in August of last year", d), resolve("in March next year", d)
('2024-08', '2026-03')
"""

from __future__ import annotations

import re
from datetime import date, timedelta

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}

_MONTH_RE = r"(january|february|march|april|may|june|july|august|september|october|november" \
            r"|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    ("month_day", re.compile(rf"\b{_MONTH_RE} (\d{{1,2}})(?:st|nd|rd|th)?(?:,? (\d{{4}}))?\b")),
    ("day_month", re.compile(rf"\b(\d{{1,2}}) {_MONTH_RE}(?: (\d{{4}}))?\b")),
    ("relday", re.compile(r"\b(today|tonight|this morning|this afternoon|yesterday|tomorrow)\b")),
    ("weekday", re.compile(r"\b(last |next |this )?(monday|tuesday|wednesday|thursday|friday"
                           r"|saturday|sunday)\b")),
    ("weekend", re.compile(r"\b(over|at|during) the weekend\b|\bthis weekend\b|\blast weekend\b")),
    ("relweek", re.compile(r"\b(last|this|next|later this|earlier this) week\b")),
    ("relmonth", re.compile(r"\b(last|this|next|later this|earlier this) month\b")),
    ("month", re.compile(rf"\b(?:in|since|by|until|for|last|next|this|early|late|mid-)\s*{_MONTH_RE}"
                         rf"(?: (\d{{4}}))?\b")),
    ("relyear", re.compile(r"\b(last|this|next) year\b")),
    ("year", re.compile(r"\b(?:in|since|by|until) (\d{4})\b")),
]


_OF_YEAR_RE = re.compile(r",? (?:of )?(last|next) year\b")


def _month_num(name: str) -> int:
    return _MONTH_ABBR[name.lower().rstrip(".")[:4] if name.lower().startswith("sept")
                       else name.lower()[:3]]


def _infer_year(month: int, day: int | None, ref: date, future: bool) -> int:
    candidate = date(ref.year, month, min(day or 1, 28))
    if future and candidate < ref.replace(day=1) and (ref.month - month) > 6:
        return ref.year + 1
    if not future and candidate > ref and (month - ref.month) > 1:
        return ref.year - 1
    return ref.year


def _weekday(prefix: str, name: str, ref: date, future: bool) -> date:
    target = WEEKDAYS.index(name)
    if prefix == "next" or (future and prefix != "last"):
        delta = (target - ref.weekday()) % 7 or 7
        return ref + timedelta(days=delta)
    delta = (ref.weekday() - target) % 7
    if prefix == "last" and delta == 0:
        delta = 7
    return ref - timedelta(days=delta)


def resolve(text: str, ref: date, *, future: bool = False) -> str | None:
    """The first date expression in ``text`` as YYYY-MM-DD, YYYY-MM or YYYY."""
    low = text.lower()
    found = [(m.start(), kind, m) for kind, p in _PATTERNS for m in [p.search(low)] if m]
    if not found:
        return None
    _, kind, m = min(found, key=lambda x: x[0])
    if kind == "iso":
        return m.group(0)
    if kind in {"month_day", "day_month"}:
        month_name, day = (m.group(1), m.group(2)) if kind == "month_day" else (m.group(2),
                                                                                 m.group(1))
        month, day_n = _month_num(month_name), int(day)
        if not 1 <= day_n <= 31:
            return None
        year = int(m.group(3)) if m.group(3) else _infer_year(month, day_n, ref, future)
        try:
            return date(year, month, day_n).isoformat()
        except ValueError:
            return None
    if kind == "relday":
        shift = {"yesterday": -1, "tomorrow": 1}.get(m.group(1), 0)
        return (ref + timedelta(days=shift)).isoformat()
    if kind == "weekday":
        return _weekday((m.group(1) or "").strip(), m.group(2), ref, future).isoformat()
    if kind == "weekend":
        return _weekday("last", "saturday", ref, False).strftime("%Y-%m")
    if kind == "relweek":
        shift = {"last": -7, "next": 7}.get(m.group(1), 0)
        return (ref + timedelta(days=shift)).strftime("%Y-%m")
    if kind == "relmonth":
        first = ref.replace(day=1)
        if m.group(1) == "last":
            first = (first - timedelta(days=1)).replace(day=1)
        elif m.group(1) == "next":
            first = (first + timedelta(days=32)).replace(day=1)
        return first.strftime("%Y-%m")
    if kind == "month":
        month = _month_num(m.group(1))
        year = int(m.group(2)) if m.group(2) else _infer_year(month, None, ref, future)
        shift = _OF_YEAR_RE.match(low, m.end())
        if shift and not m.group(2):  # "in August of last year", "in March next year"
            year = ref.year + (-1 if shift.group(1) == "last" else 1)
        return f"{year:04d}-{month:02d}"
    if kind == "relyear":
        return str(ref.year + {"last": -1, "next": 1}.get(m.group(1), 0))
    return m.group(1)
