"""The cued gate: which stances the rules drafted from a cue word to keep.

Every statement with a stance cue word becomes a stance item; many of them are not coded
by a human (a cue word in a sentence that reports no position of the holder, a wrong
holder, a statement that only describes). The gate is a logistic model over the form of
the item (:mod:`kg.extract.learn.cued_features`: cue class, speech construction, quote or
reported speech, negation, condition, hedge, the holder's kind and how it was found, the
sentence's place and crowding, repeats in the article, the uncued signals of the clause;
no words, names or issue concepts): it drops an item whose probability of being coded is
below the gate's threshold. Items of uncued statements are left to the uncued gate
(:mod:`kg.extract.learn.uncued_gate`).

The label, the regularisation and the threshold are chosen by leave-one-set-out on the
training sets, and the whole choice is validated one level out (nested leave-one-set-out:
``python -m kg.extract.learn.cued_train --cv``); the file records the training sets and the
SHA-256 of their sheets. The file is plain JSON applied with numpy; scikit-learn is needed
only to fit it. No gate is shipped at present: held out, it did not raise every measure
on the least-tuned sets (:mod:`kg.extract.learn.cued_train`); without the file, and
without the learned model (``--no-model``), extraction keeps every cued stance.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from kg.extract.learn.cued_features import NAMES, cued_features
from kg.extract.learn.features import ItemRow
from kg.extract.learn.model import ModelError, read_json

FORMAT = "kg-cued-gate/1"
SHIPPED_CUED_GATE = Path(__file__).resolve().parents[2] / "data" / "models" / "cued-gate.json"


@dataclass(frozen=True)
class CuedGate:
    """A logistic model over :data:`~kg.extract.learn.cued_features.NAMES` (weights on raw
    features), the threshold below which an item is dropped, the label it was fitted to
    (``speaker``, ``useful`` or ``holder_value``: what "coded" means, see
    :mod:`kg.extract.learn.cued_train`), how much higher the threshold is for an item
    whose (holder, value) the article drafts only once (``solo``: dropping it removes the
    pair from the article, a loss when the pair is right), and its provenance."""

    names: tuple[str, ...]
    coef: tuple[float, ...]
    intercept: float
    threshold: float
    label: str = "speaker"
    c: float = 0.1
    solo: float = 0.0
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def probabilities(self, features: list[dict[str, float]]) -> list[float]:
        """P(coded) of each item's features (absent features count 0)."""
        import numpy as np

        if not features:
            return []
        x = np.array([[f.get(n, 0.0) for n in self.names] for f in features], dtype=float)
        z = np.clip(x @ np.asarray(self.coef) + self.intercept, -30.0, 30.0)
        return (1.0 / (1.0 + np.exp(-z))).tolist()

    def keep(self, items: list[dict[str, Any]], rows: list[ItemRow]) -> list[bool]:
        """Which items to keep: every uncued one, and each cued one whose probability
        reaches the threshold."""
        features = cued_features(items, rows)
        kept = passes(self.probabilities(features), features, self.threshold, self.solo)
        return [row.uncued is not None or k for row, k in zip(rows, kept, strict=True)]

    def apply(self, items: list[dict[str, Any]], rows: list[ItemRow]
              ) -> tuple[list[dict[str, Any]], list[ItemRow]]:
        """The items (and their rows) the gate keeps."""
        kept = self.keep(items, rows)
        return ([i for i, k in zip(items, kept, strict=True) if k],
                [r for r, k in zip(rows, kept, strict=True) if k])

    def as_dict(self) -> dict[str, Any]:
        """The JSON form."""
        return {"format": FORMAT, "features": list(self.names),
                "coef": [round(c, 6) for c in self.coef], "intercept": round(self.intercept, 6),
                "threshold": self.threshold, "label": self.label, "c": self.c,
                "solo": self.solo, "meta": dict(self.meta)}

    @classmethod
    def from_dict(cls, data: Any, where: str) -> CuedGate:
        """Read the JSON form; a malformed one raises :class:`ModelError` naming ``where``."""
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ModelError(f"{where}: format: expected {FORMAT!r}")
        try:
            names = tuple(str(n) for n in data["features"])
            coef = tuple(float(c) for c in data["coef"])
            gate = cls(names, coef, float(data["intercept"]), float(data["threshold"]),
                       str(data["label"]), float(data["c"]), float(data.get("solo", 0.0)),
                       dict(data.get("meta") or {}))
        except (KeyError, TypeError, ValueError) as exc:
            raise ModelError(f"{where}: malformed cued gate ({exc!r})") from None
        if len(names) != len(coef):
            raise ModelError(f"{where}: {len(names)} features but {len(coef)} coefficients")
        unknown = sorted(set(names) - set(NAMES))
        if unknown:
            raise ModelError(f"{where}: features this kg does not compute: {unknown}")
        return gate


def passes(probs: list[float], features: list[dict[str, float]], threshold: float,
           solo: float) -> list[bool]:
    """Whether each item's probability reaches its threshold: ``threshold``, plus ``solo``
    when its (holder, value) is drafted only once in the article.

    >>> passes([0.5, 0.5], [{"dup_holder_value": 1.0}, {"dup_holder_value": 0.0}], 0.4, 0.2)
    [True, False]
    """
    return [p >= threshold + solo * (1.0 - f.get("dup_holder_value", 0.0))
            for p, f in zip(probs, features, strict=True)]


def load_cued_gate(path: Path) -> CuedGate:
    """Read a cued gate file; :class:`ModelError` (one line) when unreadable or malformed."""
    return CuedGate.from_dict(read_json(path, "the cued gate"), str(path))


@lru_cache(maxsize=1)
def shipped_cued_gate() -> CuedGate | None:
    """The cued gate shipped with kg; ``None`` when the package has none, or when VADER's
    lexicon (the optional ``vaderSentiment`` package) is missing: the gate was fitted with
    the clause's evaluative signals, which would be others without it."""
    from kg.extract.learn.uncued import valence_lexicon

    if not SHIPPED_CUED_GATE.is_file() or not valence_lexicon():
        return None
    return load_cued_gate(SHIPPED_CUED_GATE)


def gate_cued(items: list[dict[str, Any]], rows: list[ItemRow]
              ) -> tuple[list[dict[str, Any]], list[ItemRow]]:
    """The items (and rows) the shipped cued gate keeps; all of them without a gate."""
    gate = shipped_cued_gate()
    return (items, rows) if gate is None else gate.apply(items, rows)
