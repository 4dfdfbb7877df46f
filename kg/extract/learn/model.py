"""The shipped learned model: a small JSON file of linear models, applied with numpy.

The file holds, per component, the feature names, coefficients (already divided by
the training scale, so raw features go in), intercepts and decision thresholds, plus
the training sets, the kg version and the SHA-256 of the training sheets. Components:

- ``issue``: a logistic score per candidate issue of a stance; the best candidate is
  the stance's issue, a second one is added when its probability passes ``second``.
- ``value``: a multinomial model over the five values; it replaces the rules' value
  when its best class beats the rules' by ``margin`` in probability.
- ``keep``: the probability that a stance's (holder, value) is right; it becomes the
  item's ``confidence``, and items below ``drop_below`` (if set) are dropped.
- ``uncued``: a multinomial model over ``none`` and the values for statements without a
  cue word (:mod:`kg.extract.learn.uncued`); applied while the sheet is assembled.
- ``value_text`` / ``issue_text``: text models (:mod:`kg.extract.learn.lexical`) whose
  probabilities are features of ``value`` (``text_<value>``) and of ``issue``
  (``text_p``, ``text_best`` per candidate).

No pickle and no scikit-learn here: reading the file is plain JSON.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import KgError
from kg.extract.learn.features import VALUES, ItemRow
from kg.extract.learn.lexical import (
    TextModel,
    issue_bag,
    issue_candidate_features,
    read_multinomial,
    value_features,
)
from kg.extract.learn.uncued import LEARNED_CUE, NONE
from kg.extract.stance import StanceValue

FORMAT = "kg-learned-model/1"
DEFAULT_MODEL = Path(__file__).resolve().parents[2] / "data" / "models" / "extract.json"


class ModelError(KgError):
    """A learned-model file cannot be read or does not fit this kg."""


@dataclass(frozen=True)
class Linear:
    """One logistic model: names, weights (on raw features), intercept, a threshold and
    a margin (how much better than the rules' choice a candidate must be to replace it)."""

    names: tuple[str, ...]
    coef: tuple[float, ...]
    intercept: float
    threshold: float | None = None
    margin: float = 0.0

    def probability(self, features: dict[str, float]) -> float:
        """P(positive) for one feature dict (absent features count 0)."""
        return self.probabilities([features])[0]

    def probabilities(self, rows: list[dict[str, float]]) -> list[float]:
        """P(positive) for several feature dicts at once (one matrix product)."""
        import numpy as np

        x = np.array([[f.get(n, 0.0) for n in self.names] for f in rows], dtype=float)
        z = x @ np.asarray(self.coef) + self.intercept
        return (1.0 / (1.0 + np.exp(-z))).tolist()

    def as_dict(self) -> dict[str, Any]:
        """The JSON form (features with their weights, in order)."""
        return {"features": list(self.names), "coef": [round(c, 6) for c in self.coef],
                "intercept": round(self.intercept, 6), "threshold": self.threshold,
                "margin": self.margin}

    @classmethod
    def from_dict(cls, data: Any, where: str) -> Linear:
        """Read the JSON form; a malformed one raises :class:`ModelError` naming ``where``."""
        try:
            names = tuple(str(n) for n in data["features"])
            coef = tuple(float(c) for c in data["coef"])
            intercept = float(data["intercept"])
            threshold = None if data.get("threshold") is None else float(data["threshold"])
            margin = float(data.get("margin", 0.0))
        except (KeyError, TypeError, ValueError) as exc:
            raise ModelError(f"{where}: malformed linear model ({exc!r})") from None
        if len(names) != len(coef):
            raise ModelError(f"{where}: {len(names)} features but {len(coef)} coefficients")
        return cls(names, coef, intercept, threshold, margin)


@dataclass(frozen=True)
class Softmax:
    """A multinomial logistic model: names, classes, one weight row and intercept per
    class (on raw features), and the margin a class needs over the rules' class."""

    names: tuple[str, ...]
    classes: tuple[str, ...]
    coef: tuple[tuple[float, ...], ...]
    intercept: tuple[float, ...]
    margin: float = 0.0

    def probabilities(self, features: dict[str, float]) -> dict[str, float]:
        """P(class) for one feature dict (absent features count 0)."""
        import numpy as np

        x = np.fromiter((features.get(n, 0.0) for n in self.names), dtype=float,
                        count=len(self.names))
        z = np.asarray(self.coef) @ x + np.asarray(self.intercept)
        e = np.exp(z - z.max())
        return dict(zip(self.classes, (e / e.sum()).tolist(), strict=True))

    def as_dict(self) -> dict[str, Any]:
        """The JSON form."""
        return {"features": list(self.names), "classes": list(self.classes),
                "coef": [[round(c, 6) for c in row] for row in self.coef],
                "intercept": [round(b, 6) for b in self.intercept], "margin": self.margin}

    @classmethod
    def from_dict(cls, data: Any, where: str) -> Softmax:
        """Read the JSON form; a malformed one raises :class:`ModelError` naming ``where``."""
        parts = read_multinomial(data, "features", where, ModelError)
        try:
            margin = float(data.get("margin", 0.0))
        except (TypeError, ValueError) as exc:
            raise ModelError(f"{where}: malformed margin ({exc!r})") from None
        return cls(*parts, margin)


@dataclass(frozen=True)
class UncuedModel:
    """The decision for uncued statements: a stance with the most probable value when that
    value's probability reaches ``threshold`` (a stance adds to F1 when it is right more
    often than about half the F1, so the value's probability, not P(stance), decides);
    its confidence is that probability. ``override_default``: also decide statements the
    rules value by default."""

    model: Softmax
    threshold: float
    override_default: bool = False
    records: bool = False

    def decide(self, features: dict[str, float]) -> StanceValue | None:
        """The stance value of one uncued statement, or ``None``."""
        prob = self.model.probabilities(features)
        best = max((c for c in self.model.classes if c != NONE), key=lambda c: (prob[c], c))
        if prob[best] < self.threshold:
            return None
        return StanceValue(best, None, max(0.01, min(0.99, prob[best])), (LEARNED_CUE,))

    def as_dict(self) -> dict[str, Any]:
        """The JSON form."""
        return {**self.model.as_dict(), "threshold": self.threshold,
                "override_default": self.override_default}

    @classmethod
    def from_dict(cls, data: Any, where: str) -> UncuedModel:
        """Read the JSON form; a malformed one raises :class:`ModelError` naming ``where``."""
        model = Softmax.from_dict(data, where)
        try:
            threshold = float(data["threshold"])
        except (KeyError, TypeError, ValueError) as exc:
            raise ModelError(f"{where}: malformed threshold ({exc!r})") from None
        if NONE not in model.classes:
            raise ModelError(f"{where}: classes must include {NONE!r}")
        return cls(model, threshold, bool(data.get("override_default", False)))


@dataclass(frozen=True)
class LearnedModel:
    """The components of a learned model (each optional) and its provenance."""

    issue: Linear | None
    keep: Linear | None
    meta: dict[str, Any]
    value: Softmax | None = None
    uncued: UncuedModel | None = None
    value_text: TextModel | None = None
    issue_text: TextModel | None = None

    def apply(self, items: list[dict[str, Any]], rows: list[ItemRow]) -> list[dict[str, Any]]:
        """The items with values revised, issues re-ranked, confidences set and unlikely
        ones dropped. Items the uncued model decided keep their value and confidence."""
        out = []
        for item, row in zip(items, rows, strict=True):
            if row.uncued is not None:
                out.append(item)
                continue
            features = row.features
            if self.value is not None:
                if self.value_text is not None:
                    features = {**features,
                                **value_features(self.value_text, row.text.get("clause", ""))}
                features = self.revise_value(item, features)
            if self.issue is not None and row.issues:
                item["issue"] = self.choose_issues(row)
            if self.keep is not None:
                p = self.keep.probability(features)
                if self.keep.threshold is not None and p < self.keep.threshold:
                    continue
                item["confidence"] = round(max(0.01, min(0.99, p)), 2)
            out.append(item)
        return out

    def revise_value(self, item: dict[str, Any], features: dict[str, float]
                     ) -> dict[str, float]:
        """Replace the item's value by the model's when it is ``margin`` more likely than
        the rules'; returns the features with the value indicators of the final value."""
        assert self.value is not None
        prob = self.value.probabilities(features)
        best = max(self.value.classes, key=lambda c: (prob[c], c))
        rule = item["value"]
        if best == rule or prob[best] - prob.get(rule, 0.0) < self.value.margin:
            return features
        item["value"] = best
        if best != "conditional":
            item.pop("condition", None)
        return {**features, **{f"value_{v}": float(v == best) for v in VALUES}}

    def choose_issues(self, row: ItemRow) -> str | list[str]:
        """The rules' issues with the model's best candidate first. When the model prefers a
        candidate the rules did not choose (by at least ``margin`` in probability), it takes
        the place of the rules' first issue; a second candidate the rules did not choose is
        added when its probability passes the threshold."""
        assert self.issue is not None
        codes = list(row.issues)
        candidates = [row.issues[c] for c in codes]
        if self.issue_text is not None:
            text = self.issue_text.probabilities(issue_bag(row.text))
            candidates = [{**f, **issue_candidate_features(text, c)}
                          for c, f in zip(codes, candidates, strict=True)]
        prob = dict(zip(codes, self.issue.probabilities(candidates), strict=True))
        ranked = sorted(prob, key=lambda code: (-prob[code], code))
        rule = row.rule or ranked[:1]
        best = ranked[0]
        if best in rule or prob[best] - prob.get(rule[0], 0.0) < self.issue.margin:
            chosen = list(rule)
        else:
            chosen = [best, *rule[1:]]
        second = self.issue.threshold
        extra = [c for c in ranked if c not in chosen]
        if second is not None and len(chosen) == 1 and extra and prob[extra[0]] >= second:
            chosen.append(extra[0])
        return chosen[0] if len(chosen) == 1 else chosen

    def to_json(self) -> str:
        """The file's text (stable key order, so retraining gives the same bytes)."""
        data = {"format": FORMAT, **self.meta,
                "issue": self.issue.as_dict() if self.issue else None,
                "keep": self.keep.as_dict() if self.keep else None,
                "value": self.value.as_dict() if self.value else None,
                "uncued": self.uncued.as_dict() if self.uncued else None,
                "value_text": self.value_text.as_dict() if self.value_text else None,
                "issue_text": self.issue_text.as_dict() if self.issue_text else None}
        return json.dumps(data, indent=1, sort_keys=True) + "\n"


def read_json(source: Path, what: str) -> Any:
    """The parsed JSON of a model file; :class:`ModelError` (one line naming the file and
    ``what`` it should hold) when it cannot be read or is not JSON."""
    try:
        return json.loads(source.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ModelError(f"{source}: cannot read {what}: {exc.strerror}") from None
    except json.JSONDecodeError as exc:
        raise ModelError(f"{source}:{exc.lineno}: not JSON: {exc.msg}") from None


def load_model(path: Path | str = DEFAULT_MODEL) -> LearnedModel:
    """Read a model file; :class:`ModelError` (one line) when it is missing or malformed."""
    source = Path(path)
    data = read_json(source, "the model file")
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ModelError(f"{source}: format: expected {FORMAT!r}")
    parts = {k: None if data.get(k) is None else Linear.from_dict(data[k], f"{source}: {k}")
             for k in ("issue", "keep")}
    value = None if data.get("value") is None else Softmax.from_dict(data["value"],
                                                                    f"{source}: value")
    uncued = None if data.get("uncued") is None else UncuedModel.from_dict(
        data["uncued"], f"{source}: uncued")
    texts = {k: None if data.get(k) is None else TextModel.from_dict(data[k], f"{source}: {k}")
             for k in ("value_text", "issue_text")}
    meta = {k: v for k, v in data.items()
            if k not in ("format", "issue", "keep", "value", "uncued", "value_text",
                         "issue_text")}
    return LearnedModel(parts["issue"], parts["keep"], meta, value, uncued,
                        texts["value_text"], texts["issue_text"])


def default_model() -> LearnedModel | None:
    """The shipped model, or ``None`` when the package has none (rule-only extraction)."""
    return load_model(DEFAULT_MODEL) if DEFAULT_MODEL.is_file() else None
