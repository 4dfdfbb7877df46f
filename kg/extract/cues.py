"""Cue phrases of data/lexicons/stance.yaml as patterns, and the case folding they match on.

A cue list becomes one trie-shaped pattern; a cue's words may be separated by quotation
marks, and a verb and its particle by an intensifier ("argued strongly against").

>>> [m.group(0) for m in finds("oppose", 'they "flatly rejected" it')]
['rejected']
>>> fold("The EU said NO to the U.S. plan")  # all-capital words keep their case
'the EU said NO to the U.S. plan'
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.lexicon import words
from kg.extract.phrases import trie_pattern

# Adverbs that may stand inside a cue phrase ("pushed hard for", "ruled it firmly out" is
# not matched, but "argued strongly against" is).
_INTENSIFIERS = ("(?:hard|strongly|firmly|flatly|again|also|repeatedly|openly|publicly|fiercely"
                 "|vigorously|actively|quietly)")
_PARTICLES = {"for", "against", "on", "behind", "to", "with", "out"}
# Adverbial particles that a pronoun object must precede ("ruled it out", "turned them down",
# "called it off", "gave it up": English puts an unstressed pronoun between a phrasal verb
# and its particle, never after it). Not "back", whose split form is mostly a postponement
# ("pushed it back to March").
_SEPARABLE = {"out", "off", "down", "up", "away", "over"}
_PRONOUN_OBJECT = "(?:it|them|this|that)"


_GAP = "[\\s\"\u201c\u201d]+"


def phrase_atoms(phrase: str) -> list[str]:
    """A cue phrase as regex atoms: its words separated by spaces or quotation marks
    (would "study the invitation"); a verb and its particle may have an intensifier
    between them ("pushed hard for", "argued strongly against"), and a separable particle
    a pronoun object ("ruled it out", :data:`_SEPARABLE`)."""
    split = phrase.split()
    atoms: list[str] = []
    for k, word in enumerate(split):
        if k:
            atoms.append(_GAP)
            if len(split) == 2 and word in _PARTICLES:
                atoms.append(f"(?:{_INTENSIFIERS}{_GAP})?")
            if len(split) == 2 and word in _SEPARABLE:
                atoms.append(f"(?:{_PRONOUN_OBJECT}{_GAP})?")
        atoms.extend(re.escape(c) for c in word)
    return atoms


@lru_cache(maxsize=16)
def pattern(key: str) -> re.Pattern[str]:
    """One pattern for a cue list (see :func:`phrase_atoms`), built as a trie."""
    body = trie_pattern(phrase_atoms(p) for p in sorted(words("stance", key)))
    return re.compile(rf"(?<![\w'-])(?:{body})(?![\w'-])")


def finds(key: str, low: str) -> list[re.Match[str]]:
    """Every match of the stance cue list ``key`` in lower-cased ``low``."""
    return list(pattern(key).finditer(low))


_CAPITALS_RE = re.compile(r"\S*[^\W\d_a-z]\S*[^\W\d_a-z]\S*")  # words with two capitals


def fold(text: str) -> str:
    """Lower-case ``text`` except all-capital words (cue nouns masked by the caller)."""
    text = text.replace("\u2019", "'")
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is longer: word by word
        return re.sub(r"\S+", lambda m: m.group(0) if _all_capitals(m.group(0))
                      else m.group(0).lower(), text)
    for m in _CAPITALS_RE.finditer(text):
        if _all_capitals(m.group(0)):
            low = low[:m.start()] + m.group(0) + low[m.end():]
    return low


def _all_capitals(word: str) -> bool:
    return word.isupper() and sum(c.isalpha() for c in word) >= 2
