"""Phrase lists as one regular expression built as a trie of their characters.

Cue lists have hundreds of phrases. Python's ``re`` tries the branches of an
alternation one by one at every position, so "a|b|c|..." over 300 phrases is slow;
the same phrases folded into a trie ("back(?:s|ed|ing)?|...") share their common
beginnings and fail fast. Greedy optional tails keep the longest phrase that fits, as a
longest-first alternation does.

>>> import re
>>> pattern = re.compile(trie_pattern([["b", "a", "c", "k"], ["b", "a", "c", "k", "s"],
...                                    ["b", "i", "d"]]))
>>> pattern.pattern
'b(?:ack(?:s)?|id)'
>>> [m.group(0) for m in pattern.finditer("backs bid back")]
['backs', 'bid', 'back']
"""

from __future__ import annotations

from collections.abc import Iterable


def trie_pattern(phrases: Iterable[list[str]]) -> str:
    """One pattern matching any of ``phrases``, each given as a list of regex atoms
    (an escaped character, or a piece such as a gap between words)."""
    root: dict[str, dict] = {}
    end = ""  # key marking the end of a phrase (no atom is empty)
    for atoms in phrases:
        node = root
        for atom in atoms:
            node = node.setdefault(atom, {})
        node[end] = {}
    return _emit(root, end)


def _emit(node: dict[str, dict], end: str) -> str:
    branches = [atom + _emit(child, end) for atom, child in node.items() if atom != end]
    if not branches:
        return ""
    if end in node:
        return "(?:" + "|".join(branches) + ")?"
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
