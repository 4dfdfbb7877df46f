"""Lexical models: what the words of a stance's own text say about its value and issue.

Two multinomial text classifiers read bags of lower-cased words:

- the *value* model reads the stance's clause: its words, with the words in the scope of
  a negation marked (``not_support`` in "will not support the plan"), and its adjacent word
  pairs (``no_deal``), and gives P(value) for the five stance values;
- the *issue* model reads the clause, the sentence, the previous body sentence and the
  headlines (each a separate bag, so "tariff" in the headline and in the clause are two
  features) and gives P(concept) for the issue concepts.

Their probabilities are *features* of the learned value and issue models
(:mod:`kg.extract.learn.model`), stacked: at training time an item's text probabilities
come from a text model fitted without the item's own set (:mod:`kg.extract.learn.stack`).

Nothing is keyed to an article: a word (or pair) is in a model's vocabulary only when it is
found in the items of at least ``min_sets`` training sets and ``min_articles`` articles,
so names, places and one article's topic words are not learnt; what stays is the ordinary
language of news reports of negotiations ("reject", "not_accept", "talks", "tariff").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from kg.errors import KgError

_TOKEN_RE = re.compile(r"[a-z][a-z'-]*[a-z]|[a-z]|[,.;:!?]")
_NEGATORS = frozenset({"not", "never", "no", "nothing", "nobody", "cannot", "neither", "nor",
                       "without", "n't", "none"})
_SCOPE_ENDS = frozenset({",", ".", ";", ":", "!", "?", "but", "however", "although", "though",
                         "while", "whereas", "because", "unless", "if"})
SCOPE = 4  # a negation covers at most this many following words
VALUE_PREFIX, ISSUE_PREFIXES = "v:", {"clause": "c:", "sentence": "s:", "previous": "p:",
                                      "headline": "h:"}


def words(text: str) -> list[str]:
    """Lower-cased word tokens and punctuation; "n't" split off, possessive 's cut.

    >>> words("They won't sign Europe's plan, she said.")
    ['they', 'will', "n't", 'sign', 'europe', 'plan', ',', 'she', 'said', '.']
    """
    low = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    low = re.sub(r"\bwon't\b", "will n't", low)
    low = re.sub(r"\bcan't\b", "can n't", low)
    low = re.sub(r"n't\b", " n't", low)
    out = []
    for tok in _TOKEN_RE.findall(low.replace(" n't", " n't ")):
        if tok.endswith("'s"):
            tok = tok[:-2]
        out.append(tok)
    return [t for t in out if t]


def negation_scoped(toks: list[str]) -> list[str]:
    """The words with those in a negation's scope prefixed ``not_`` (the scope ends at a
    punctuation mark, a contrast or condition word, or after :data:`SCOPE` words).

    >>> negation_scoped(words("We do not accept the offer, but we will talk."))
    ['we', 'do', 'not', 'not_accept', 'not_the', 'not_offer', ',', 'but', 'we', 'will', 'talk', '.']
    """
    out, left = [], 0
    for tok in toks:
        if tok in _SCOPE_ENDS:
            left = 0
            out.append(tok)
        elif tok in _NEGATORS:
            left = SCOPE
            out.append("not")
        elif left:
            left -= 1
            out.append(f"not_{tok}")
        else:
            out.append(tok)
    return out


def value_bag(clause: str) -> dict[str, float]:
    """The value model's features of one clause: negation-scoped words and word pairs.

    >>> sorted(value_bag("They reject it."))
    ['v:it', 'v:reject', 'v:reject_it', 'v:they', 'v:they_reject']
    """
    toks = [t for t in negation_scoped(words(clause)) if t[-1].isalpha()]
    bag = {f"{VALUE_PREFIX}{t}": 1.0 for t in toks}
    bag.update({f"{VALUE_PREFIX}{a}_{b}": 1.0 for a, b in zip(toks, toks[1:], strict=False)})
    return bag


def issue_bag(texts: dict[str, str]) -> dict[str, float]:
    """The issue model's features: the words of the clause, sentence, previous sentence
    and headlines, one bag per place.

    >>> sorted(issue_bag({"clause": "tariffs", "headline": "Trade talks"}))
    ['c:tariffs', 'h:talks', 'h:trade']
    """
    bag: dict[str, float] = {}
    for place, prefix in ISSUE_PREFIXES.items():
        for tok in words(texts.get(place, "")):
            if tok[-1].isalpha() and tok != "n't":
                bag[f"{prefix}{tok}"] = 1.0
    return bag


@dataclass(frozen=True)
class TextModel:
    """A multinomial logistic model over sparse binary word features: the vocabulary, the
    classes, one weight row per class (over the vocabulary) and the intercepts."""

    vocabulary: tuple[str, ...]
    classes: tuple[str, ...]
    coef: tuple[tuple[float, ...], ...]
    intercept: tuple[float, ...]

    @cached_property
    def _index(self) -> dict[str, int]:
        return {w: k for k, w in enumerate(self.vocabulary)}

    @cached_property
    def _columns(self) -> Any:
        import numpy as np

        return np.asarray(self.coef, dtype=float).T.copy()

    def probabilities(self, bag: dict[str, float]) -> dict[str, float]:
        """P(class) of one bag of words (words outside the vocabulary are ignored)."""
        import numpy as np

        z = np.asarray(self.intercept, dtype=float).copy()
        index = self._index
        for word in bag:
            k = index.get(word)
            if k is not None:
                z += self._columns[k]
        e = np.exp(z - z.max())
        return dict(zip(self.classes, (e / e.sum()).tolist(), strict=True))

    def as_dict(self) -> dict[str, Any]:
        """The JSON form."""
        return {"vocabulary": list(self.vocabulary), "classes": list(self.classes),
                "coef": [[round(c, 5) for c in row] for row in self.coef],
                "intercept": [round(b, 5) for b in self.intercept]}

    @classmethod
    def from_dict(cls, data: Any, where: str) -> TextModel:
        """Read the JSON form; a malformed one raises :class:`LexicalError` naming ``where``."""
        return cls(*read_multinomial(data, "vocabulary", where, LexicalError))


def read_multinomial(data: Any, names_key: str, where: str, error: type[KgError]
                     ) -> tuple[tuple[str, ...], tuple[str, ...],
                                tuple[tuple[float, ...], ...], tuple[float, ...]]:
    """The names (under ``names_key``), classes, weight rows and intercepts of a
    multinomial model's JSON form; ``error`` (one line naming ``where``) when malformed."""
    try:
        names = tuple(str(w) for w in data[names_key])
        classes = tuple(str(c) for c in data["classes"])
        coef = tuple(tuple(float(c) for c in row) for row in data["coef"])
        intercept = tuple(float(b) for b in data["intercept"])
    except (KeyError, TypeError, ValueError) as exc:
        raise error(f"{where}: malformed multinomial model ({exc!r})") from None
    if len(coef) != len(classes) or len(intercept) != len(classes) or any(
            len(row) != len(names) for row in coef):
        raise error(f"{where}: the coefficients do not fit {len(classes)} classes "
                    f"and {len(names)} {names_key}")
    return names, classes, coef, intercept


class LexicalError(KgError):
    """A lexical model cannot be read or fitted."""


def value_features(model: TextModel, clause: str) -> dict[str, float]:
    """The value model's probabilities as features ``text_<value>`` of the value Softmax."""
    return {f"text_{c}": p for c, p in model.probabilities(value_bag(clause)).items()}


def issue_candidate_features(probs: dict[str, float], code: str) -> dict[str, float]:
    """The issue model's verdict on one candidate: its probability and whether it is the
    model's first choice (features of the issue ranker)."""
    best = max(probs, key=lambda c: (probs[c], c)) if probs else None
    return {"text_p": probs.get(code, 0.0), "text_best": float(code == best)}
