"""Drop page furniture from plain article text without re-indexing it.

News pages saved as text carry captions, photo credits, newsletter boxes,
"Read more" links and donation appeals. :func:`furniture_ranges` finds them
line by line; :func:`blank` overwrites them with spaces (newlines are kept),
so every offset into the cleaned text is still an offset into the original.

>>> text = "Talks resumed.\\nSign up for our free weekly newsletter\\nThey ended."
>>> cleaned = blank(text, furniture_ranges(text))
>>> cleaned.split("\\n")[1].strip() == "" and len(cleaned) == len(text)
True
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.text import normalise

# A line matching one of these is furniture wherever it appears.
_LINE_PATTERNS = [
    r"^(sign up|subscribe)\b.*",
    r".*\bnewsletter\b.*\b(sign up|subscribe|inbox|mailbox|weekly|daily)\b.*",
    r".*\b(sign up|subscribe)\b.*\bnewsletter\b.*",
    r".*\bagree to (the|our) (privacy policy|terms)\b.*",
    r"^(read more|related|see also|also read|more on this|recommended|advertisement"
    r"|share this( article| story)?|share on \w+|click here|follow us|listen to this article"
    r"|most read|top stories|trending|comments?)\b[: ]*.{0,120}$",
    r"^support (the |our )?[A-Z]?.{0,60}!?$",
    r"^(photo|photograph|image|picture|credit|video|caption|file photo)s?( by)?\s*[:|].*",
    r".*\((left|right|centre|center|middle|l|r|c|pictured|file|photo|reuters|ap|afp)\).*"
    r"(/|\b(reuters|afp|ap|getty images|tass|epa|photo)\b).*",
    r".*\b(getty images|shutterstock|ap photo|afp photo|reuters/|/ reuters|/ tass|/ afp"
    r"|/ ap|/ epa|via reuters|photo by)\b.*",
    r".*\b(photo|photograph|picture|image|credit|illustration)s?\s*:\s*\S.{0,80}$",
    r"^not ready to (support|donate).*",
    r"^remind me later.*",
    r"^(dear readers?|a message from\b).*",
    r".*\b(donate|donation|contribution)s?\b.*\b(journalism|newsroom|monthly|reader)s?\b.*",
    r".*\bsupport (us|our (work|journalism|newsroom)|independent journalism)\b.*",
    r".*\bplease support us\b.*",
    r"^(all rights reserved|copyright|©).*",
    r"^(this (article|story) (was|has been) (updated|corrected)).*",
    r"^(we use cookies|accept (all )?cookies).*",
    r"^by [A-Z][\w'-]+( [A-Z][\w'-]+){0,3}((,| and) [A-Z][\w'-]+( [A-Z][\w'-]+){0,3})*\.?$",
    r"^\(?(reporting|writing|editing|additional reporting) by\b.*",
    r"^enter your email.*",
]
_LINE_RE = re.compile("|".join(f"(?:{p})" for p in _LINE_PATTERNS), re.IGNORECASE)

# A line matching one of these, in the second half of the text, starts a
# trailing block (donation appeal, related stories) that is dropped to the end.
_TAIL_START_RE = re.compile(
    r"^(a message from\b|dear readers?\b|support (our|independent) journalism"
    r"|we need your (help|support)|related (articles|stories)|more (from|stories)\b)",
    re.IGNORECASE,
)
# These start a trailing block only when no article prose follows them: a newsletter
# box or "Read more" link is also put in the middle of an article, between paragraphs.
_WEAK_TAIL_START_RE = re.compile(
    r"^(sign up for\b.*newsletter|subscribe to\b|read more\b)", re.IGNORECASE)
_PROSE_MIN_WORDS = 12

# A dateline ("BRUSSELS, March 4 (Agency) - ", "DUBAI/VIENNA, Oct 7 - ") opening a paragraph;
# after the comma a date, a weekday or a country ("PARIS, Friday (Agency) - ", "LIMA, Peru - ").
_DATELINE_RE = re.compile(
    r"^[A-Z][A-Z.'/ -]{2,40}(?:, [A-Z][a-z]{2,11}\.?(?: \d{1,2}| [A-Z][a-z]+){0,2}){0,2}"
    r"(?: \([^)\n]{1,40}\))? ?[-\u2013\u2014]+ "
)

# The place of a dateline, however the rest of it is written ("PARIS, Friday (Agency) - ",
# "NEW DELHI - "): capitals before a comma, a parenthesis or a dash.
_DATELINE_PLACE_RE = re.compile(r"^([A-Z][A-Z.' ]{2,30}[A-Z.])(?:,| \(| [-\u2013\u2014] )")
# The country after a dateline's place ("RUSE, Bulgaria (Agency) - "): capitalised words,
# "and" between them, right before the agency or the dash; not a weekday ("PARIS, Friday").
_DATELINE_COUNTRY_RE = re.compile(
    r", ((?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z][a-z]+(?: (?:and )?[A-Z][a-z]+){0,3})"
    r"(?= \(| ?[-\u2013\u2014])")
_DATELINE_LINES = 6

# The time stamp opening a live blog's entry ("14:05 The minister told reporters ...",
# "09.30 GMT - ...", "10:20 CST ...", "2:15pm: ..."); its zone (an abbreviation in capitals
# ending in "T": PT, CET, AEDT) and dash (group 1) are furniture, as they would otherwise join
# the name that follows ("GMT - Romania", "CST Harlan Axle").
_STAMP_RE = re.compile(r"^\d{1,2}[:.]\d{2}((?:\s?(?:am|pm|a\.m\.|p\.m\.))?(?:\s?(?:GMT|UTC|MSK"
                       r"|(?-i:[A-Z]{1,4}T)|local(?: time)?)\b)?\s*[-\u2013\u2014:]?)\s+(?=\S)",
                       re.IGNORECASE)
_TERMINAL = (".", "!", "?", '"', "'", ":", ")", ";")
_BUTTON_MAX_WORDS = 2
_FURNITURE_MAX = 350  # furniture lines are short; a long paragraph is article text


def _lines(text: str) -> Iterator[tuple[int, int, str]]:
    """Yield (start, end, line) for each line, end excluding the newline."""
    start = 0
    for line in text.split("\n"):
        yield start, start + len(line), line
        start += len(line) + 1


def _is_button(line: str) -> bool:
    """A very short line without sentence punctuation: a UI label such as "Monthly"."""
    words = line.split()
    return 0 < len(words) <= _BUTTON_MAX_WORDS and not line.rstrip().endswith(_TERMINAL) and (
        len(words) == 1 or all(w[:1].isupper() or not w[:1].isalpha() for w in words)
    )


def _prose_after(text: str, pos: int) -> bool:
    """Whether article prose follows ``pos`` before the next trailing block: a line of
    at least twelve words that is not furniture itself."""
    for _, _, raw in _lines(text[pos:]):
        line = raw.strip()
        if _TAIL_START_RE.match(line):
            return False
        if len(line.split()) >= _PROSE_MIN_WORDS and not (
                len(line) <= _FURNITURE_MAX and _LINE_RE.fullmatch(line)):
            return True
    return False


def furniture_ranges(text: str) -> list[tuple[int, int]]:
    """Return sorted, non-overlapping (start, end) ranges of furniture in ``text``."""
    norm = normalise(text)
    ranges: list[tuple[int, int]] = []
    half = len(norm) // 2
    for start, _end, raw in _lines(norm):
        line = raw.strip()
        if not line:
            continue
        lead = start + (len(raw) - len(raw.lstrip()))
        stop = lead + len(line)
        if start >= half and (_TAIL_START_RE.match(line) or (
                _WEAK_TAIL_START_RE.match(line) and not _prose_after(norm, stop))):
            ranges.append((lead, len(norm.rstrip())))
            break
        if (len(line) <= _FURNITURE_MAX and _LINE_RE.fullmatch(line)) or _is_button(line):
            ranges.append((lead, stop))
            continue
        dateline = _DATELINE_RE.match(line)
        if dateline:
            ranges.append((lead, lead + dateline.end()))
        stamp = _STAMP_RE.match(line)
        if stamp and stamp.group(1):
            ranges.append((lead + stamp.start(1), lead + stamp.end(1)))
    return ranges


def time_stamped(text: str) -> bool:
    """Whether a paragraph opens a live blog's time-stamped entry.

    >>> time_stamped("14:05 Minister Berg told reporters the plan was sound.")
    True
    >>> time_stamped("09:30 GMT - Talks resumed.")
    True
    >>> time_stamped("3.5 percent was offered.")
    False
    """
    return _STAMP_RE.match(text) is not None


def blank(text: str, ranges: list[tuple[int, int]]) -> str:
    """Replace every character in ``ranges`` by a space, keeping newlines; same length."""
    chars = list(text)
    for start, end in ranges:
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def clean(text: str) -> str:
    """Normalise ``text`` and blank its furniture; the result has the same length."""
    return blank(normalise(text), furniture_ranges(text))


def dateline(text: str) -> str | None:
    """The place a dateline in the first lines of ``text`` names, in title case ("NEW
    DELHI - India's government ..." -> "New Delhi"), with the country written after it
    ("RUSE, Bulgaria (Wire) - ..." -> "Ruse, Bulgaria"); ``None`` if none opens a
    paragraph there or it names two places ("DUBAI/VIENNA").

    >>> dateline("Headline\\nNEW DELHI - India's government said ...")
    'New Delhi'
    >>> dateline("Headline\\nPARIS, Friday (Wire) - France's largest union ...")
    'Paris'
    >>> dateline("Headline\\nThe UN said on Friday ...") is None
    True
    """
    for _, _, raw in list(_lines(normalise(text)))[:_DATELINE_LINES]:
        found = _DATELINE_PLACE_RE.match(raw.strip())
        if found and found.group(1) == found.group(1).upper():
            country = _DATELINE_COUNTRY_RE.match(raw.strip(), found.end(1))
            return found.group(1).title() + (f", {country.group(1)}" if country else "")
    return None
