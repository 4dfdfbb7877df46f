"""Whether a cue word found in a text counts as a cue where it stands: a cue word is no
topic inside a proper name ("the Global Shipping Federation"), nor inside the title of an office
that speaks or acts (:func:`office_title`: "the energy ministry said")."""

from __future__ import annotations

import re

_WORD_RE = re.compile(r"[\w'-]+")


def in_name(text: str, start: int, end: int) -> bool:
    """Whether the cue at ``text[start:end]`` is part of a proper name: its words are
    capitalised and so is a neighbouring word ("the Global Shipping Federation", "Center
    for Nuclear Restraint"). Names are not topics; the first word of a sentence is not
    taken for a name.

    >>> in_name("The Global Shipping Federation urged it.", 11, 19)
    True
    >>> in_name("Shipping rates rose.", 0, 8)
    False
    """
    if not text[start:start + 1].isupper():
        return False
    if not all(w[:1].isupper() for w in _WORD_RE.findall(text[start:end])):
        return False
    before = _WORD_RE.findall(text[max(0, start - 30):start])
    after = _WORD_RE.findall(text[end:end + 30])
    prev = before[-1] if before else ""
    nxt = after[0] if after else ""
    opening = not text[:start].strip() or text[:start].rstrip()[-1:] in ".!?\"\u201c:"
    if prev in {"of", "for", "and"} and len(before) >= 2:
        prev = before[-2]
    return prev[:1].isupper() or (nxt[:1].isupper() and not opening)


# An office named after a matter ("the energy ministry", "the trade minister"), and an office a
# party may claim that here speaks or acts ("finance ministry officials", "the finance
# ministry's figures", "the finance ministry said").
_OFFICE_AFTER_RE = re.compile(r"\s+(?:ministry|ministries|minister|ministers|department"
                              r"|departments)\b")
_ACTING_AFTER_RE = re.compile(r"(?:'s\b|\s+(?:officials?|spokes(?:man|woman|person)|said|says"
                              r"|told|has|had|was|is|would|will|figures|data|statement)\b)")
_OFFICES = frozenset({"ministry", "ministries"})


def office_title(phrase: str, low: str, end: int) -> bool:
    """Whether the cue ``phrase`` ending at ``end`` of the lower-cased text ``low`` only names
    an office: a matter word before "ministry" or "minister" ("the energy ministry said"), or
    a ministry a party may claim that is here the one speaking or acting ("finance ministry
    officials"): who acts, not what the statement is about.

    >>> text = "the energy ministry said the plan was late"
    >>> office_title("energy", text, text.index("energy") + 6)
    True
    >>> text = "the liberals want the finance ministry"
    >>> office_title("finance ministry", text, len(text))
    False
    """
    if phrase.split()[-1] in _OFFICES:
        return _ACTING_AFTER_RE.match(low, end) is not None
    return _OFFICE_AFTER_RE.match(low, end) is not None


# "pay" as a verb: after a modal or a negation ("would pay", "cannot pay a bill"), or before
# "for"/"into" unless a determiner or an adjective makes it a noun ("full pay for overtime").
_VERB_BEFORE = frozenset({"will", "would", "must", "should", "shall", "can", "cannot", "could",
                          "may", "might", "not", "never", "to"})
_NOUN_BEFORE = frozenset({"the", "a", "their", "our", "its", "his", "her", "my", "your", "full",
                          "half", "equal", "extra", "better", "higher", "lower", "more", "less",
                          "fair", "decent", "basic", "base", "overtime", "sick", "holiday",
                          "same", "current", "no", "any", "of", "on", "over", "about", "in",
                          "and", "or", "with", "without"})


def _verb_pay(phrase: str, low: str, start: int) -> bool:
    """Whether the cue ``phrase`` at ``start`` of the lower-cased text ``low`` is used in a
    sense that names no issue: "pay" as a verb (a party that will "pay for" something or
    "cannot pay" a bill is not bargaining over wages).

    >>> text = "the donors will pay for the new bridge"
    >>> other_sense("pay", text, text.index("pay"))
    True
    >>> text = "the staff want equal pay for each night shift"
    >>> other_sense("pay", text, text.index("pay"))
    False
    """
    if phrase not in {"pay", "pays"}:
        return False
    before = _WORD_RE.findall(low[max(0, start - 30):start])
    after = _WORD_RE.findall(low[start + len(phrase):start + len(phrase) + 20])
    prev = before[-1] if before else ""
    nxt = after[0] if after else ""
    if phrase == "pays" or prev in _VERB_BEFORE - {"to"} or prev.endswith("n't"):
        return True
    if prev == "to" and nxt not in {"", "and", "or"}:
        return True
    return nxt in {"for", "into"} and prev not in _NOUN_BEFORE


def other_sense(phrase: str, low: str, start: int) -> bool:
    """Whether the cue ``phrase`` at ``start`` of the lower-cased text ``low`` says nothing of
    what its statement is about: the title of an office that speaks or acts
    (:func:`office_title`), or "pay" as a verb (:func:`_verb_pay`)."""
    return office_title(phrase, low, start + len(phrase)) or _verb_pay(phrase, low, start)
