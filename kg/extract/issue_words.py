"""Whether a cue word found in a text counts as a cue where it stands: a cue word is no
topic inside a proper name ("the Global Shipping Federation")."""

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
