"""Phrase lists as one trie-shaped pattern (kg.extract.phrases)."""

import random
import re

from kg.extract.phrases import trie_pattern
from kg.extract.stance import _fold


def _plain(phrases: list[str]) -> re.Pattern[str]:
    body = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![\w'-])(?:{body})(?![\w'-])")


def _trie(phrases: list[str]) -> re.Pattern[str]:
    body = trie_pattern([re.escape(c) for c in p] for p in phrases)
    return re.compile(rf"(?<![\w'-])(?:{body})(?![\w'-])")


def test_the_trie_finds_what_a_longest_first_alternation_finds():
    rng = random.Random(7)
    vocabulary = ["back", "backs", "backed", "back down", "ban", "bans", "on", "ont", "a", "ab",
                  "call", "call off", "call for", "called", "off", "for"]
    for _ in range(300):
        phrases = rng.sample(vocabulary, rng.randint(1, len(vocabulary)))
        text = " ".join(rng.choice(vocabulary + ["x", "bac", "calls"]) for _ in range(12))
        expected = [(m.start(), m.group(0)) for m in _plain(phrases).finditer(text)]
        found = [(m.start(), m.group(0)) for m in _trie(phrases).finditer(text)]
        assert found == expected, (phrases, text)


def _fold_word_by_word(text: str) -> str:
    def fold(m: re.Match[str]) -> str:
        word = m.group(0)
        return word if word.isupper() and sum(c.isalpha() for c in word) >= 2 else word.lower()

    return re.sub(r"\S+", fold, text.replace("\u2019", "'"))


def test_folding_keeps_all_capital_words_and_offsets():
    text = "The OFFER was ÉTÉ-proof, NATO’s Ünal said; the EU's US-led IAEA team, İstanbul"
    folded = _fold(text)
    assert folded == _fold_word_by_word(text)
    assert "OFFER" in folded and "IAEA" in folded and "the" in folded
