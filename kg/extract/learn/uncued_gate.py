"""The uncued gate: which attributed statements without a stance cue word are stances.

A statement whose content has no cue word (:func:`kg.extract.stance.classify`) and no
default value (obligation, refusal, intention) is dropped by the rules. The gate keeps it
when a logistic model over general signals (:mod:`kg.extract.uncued_signals`: quotation,
negation, modality, first person, evaluative words, schedule, belief, a statement that says
nothing, the holder's kind; no words of any article) gives it a probability of being a
stance at least the gate's threshold. Its value is the rule value of
:func:`kg.extract.uncued_signals.value_of`; its confidence is one number, the share of the
statements a gate keeps whose (holder, value) gold codes, measured held out (leave one set
out): among the statements it keeps, the gate's probability does not rank which are right
(AUC 0.50 held out), so a constant is the calibrated confidence (a low one: a draft for
review, below the cued stances).

Fitted on the curated sets (``python -m kg.extract.learn.uncued_gate --gold DIR ... --out
FILE [--cv]``); the threshold is chosen on the training sets by ``kg eval``'s F1 (speaker +
(holder, stance) + (holder, issue, stance)), and ``--cv`` prints the leave-one-set-out
table with the threshold chosen inside each fold.
"""

from __future__ import annotations

import copy
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from kg.extract.learn.dataset import ArticleData, candidate_labels
from kg.extract.learn.model import ModelError
from kg.extract.learn.uncued import NONE
from kg.extract.stance import StanceValue
from kg.extract.uncued_signals import VALUES

GATE_CUE = "uncued gate"
SHIPPED_GATE = Path(__file__).resolve().parents[2] / "data" / "models" / "uncued-gate.json"
HOLDER_FEATURES = ("holder_non_office", "holder_person", "holder_organization", "holder_role",
                   "holder_represents", "voiced", "speech_verb", "holder_cued", "words")
THRESHOLDS = (0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)
SCORED = ("speaker", "holder_value", "holder_issue_value")


def gate_inputs(features: dict[str, float]) -> dict[str, float]:
    """The features the gate reads, out of an uncued statement's features."""
    return {k: v for k, v in features.items() if k.startswith("g_") or k in HOLDER_FEATURES}


@dataclass(frozen=True)
class Gate:
    """A logistic model (names, weights on raw features, intercept), its threshold, the
    accuracy of the rule value on the training stances (for the record) and the
    confidence of every stance it keeps."""

    names: tuple[str, ...]
    coef: tuple[float, ...]
    intercept: float
    threshold: float
    value_accuracy: float
    confidence: float = 0.3
    records: bool = False
    override_default: bool = False
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def probability(self, features: dict[str, float]) -> float:
        """P(stance) of one uncued statement."""
        import math

        z = self.intercept + sum(w * features.get(n, 0.0)
                                 for n, w in zip(self.names, self.coef, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def decide(self, features: dict[str, float]) -> StanceValue | None:
        """The statement's stance (the rule value) when the gate keeps it, else ``None``."""
        p = self.probability(features)
        if p < self.threshold:
            return None
        value = next((v for v in VALUES if features.get(f"g_value_{v}")), "support")
        return StanceValue(value, None, round(min(0.95, max(0.05, self.confidence)), 2),
                           (GATE_CUE,))

    def as_dict(self) -> dict[str, Any]:
        """The JSON form."""
        return {"format": "kg-uncued-gate/1", "features": list(self.names),
                "coef": [round(c, 6) for c in self.coef], "intercept": round(self.intercept, 6),
                "threshold": self.threshold, "value_accuracy": round(self.value_accuracy, 4),
                "confidence": round(self.confidence, 4), "meta": dict(self.meta)}

    @classmethod
    def from_dict(cls, data: Any, where: str) -> Gate:
        """Read the JSON form; a malformed one raises :class:`ModelError` naming ``where``."""
        try:
            names = tuple(str(n) for n in data["features"])
            coef = tuple(float(c) for c in data["coef"])
            gate = cls(names, coef, float(data["intercept"]), float(data["threshold"]),
                       float(data["value_accuracy"]), float(data["confidence"]),
                       meta=dict(data.get("meta") or {}))
        except (KeyError, TypeError, ValueError) as exc:
            raise ModelError(f"{where}: malformed uncued gate ({exc!r})") from None
        if len(names) != len(coef):
            raise ModelError(f"{where}: {len(names)} features but {len(coef)} coefficients")
        return gate


@lru_cache(maxsize=1)
def shipped_gate() -> Gate | None:
    """The gate shipped with kg; ``None`` when the package has no gate file, or when
    VADER's lexicon (the optional ``vaderSentiment`` package) is missing: the gate was
    fitted with it, and its evaluative signals and values would be others without."""
    from kg.extract.learn.uncued import valence_lexicon

    if not SHIPPED_GATE.exists() or not valence_lexicon():
        return None
    try:
        data = json.loads(SHIPPED_GATE.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ModelError(f"{SHIPPED_GATE}: cannot read the uncued gate ({exc})") from None
    return Gate.from_dict(data, str(SHIPPED_GATE))


def examples(data: list[ArticleData]) -> tuple[list[dict[str, float]], list[int], list[str]]:
    """Gate inputs, labels (a gold stance of that holder there) and rule-vs-gold value of
    every candidate the rules drop (no default value)."""
    xs, ys, values = [], [], []
    for article in data:
        for (_, row), label in zip(article.candidates, candidate_labels(article), strict=True):
            assert row.uncued is not None
            if not row.uncued.get(f"default_{NONE}"):
                continue
            xs.append(gate_inputs(row.uncued))
            ys.append(int(label != NONE))
            rule = next((v for v in VALUES if row.uncued.get(f"g_value_{v}")), "support")
            values.append("right" if label == rule else ("wrong" if label != NONE else NONE))
    return xs, ys, values


def apply(gate: Gate | None, article: ArticleData) -> dict[str, Any]:
    """The article's machine sheet with the gate's stances added (rules only: ``None``)."""
    pred = copy.deepcopy(article.pred)
    if gate is None:
        return pred
    for item, row in article.candidates:
        assert row.uncued is not None
        if not row.uncued.get(f"default_{NONE}"):
            continue
        value = gate.decide(row.uncued)
        if value is not None:
            made = copy.deepcopy(item)
            made.update(value=value.value, confidence=value.confidence,
                        note=f"cues: {GATE_CUE}")
            pred["stances"].append(made)
    return pred


def scores(data: list[ArticleData], gate: Gate | None) -> dict[str, Any]:
    """Micro counts (``kg eval``'s scorer) of ``data`` with the gate (or rules only)."""
    from kg.evaluate import micro, score

    return micro([score(a.gold, apply(gate, a), group=a.group) for a in data])


def fit_gate(data: list[ArticleData], *, c: float = 0.3,
             thresholds: Sequence[float] = THRESHOLDS) -> Gate:
    """The gate fitted on ``data``, its threshold the one with the best summed F1 of
    :data:`SCORED` on ``data`` itself."""
    from kg.extract.learn.train import fit_linear

    xs, ys, values = examples(data)
    linear = fit_linear(xs, ys, c, None, lexical=True)
    stances = [v for v in values if v != NONE]
    accuracy = sum(v == "right" for v in stances) / len(stances) if stances else 0.5
    best, best_sum = thresholds[0], -1.0
    for t in thresholds:
        gate = Gate(linear.names, linear.coef, linear.intercept, t, accuracy)
        total = scores(data, gate)
        summed = sum(total[k].f1 for k in SCORED)
        if summed > best_sum:
            best, best_sum = t, summed
    return Gate(linear.names, linear.coef, linear.intercept, best, accuracy)


def held_out_confidence(data: list[ArticleData], c: float = 0.3) -> float:
    """Leave-one-set-out over ``data``'s sets: the share of the statements each fold's
    gate keeps whose (holder, value) gold codes there."""
    right = kept = 0
    for held in dict.fromkeys(a.group for a in data):
        gate = fit_gate([a for a in data if a.group != held], c=c)
        xs, _, values = examples([a for a in data if a.group == held])
        for x, value in zip(xs, values, strict=True):
            if gate.probability(x) >= gate.threshold:
                kept += 1
                right += value == "right"
    return right / kept if kept else 0.3


def cross_validate(data: list[ArticleData], c: float = 0.3) -> dict[str, dict[str, Any]]:
    """Leave-one-set-out: per held-out set, the rules' and the fold gate's micro counts
    (``{"rules": ..., "gate": ..., "threshold": t}``); also ``"B345"``-style pools are
    left to the caller (counts add)."""
    out: dict[str, dict[str, Any]] = {}
    for held in dict.fromkeys(a.group for a in data):
        train = [a for a in data if a.group != held]
        test = [a for a in data if a.group == held]
        gate = fit_gate(train, c=c)
        out[held] = {"rules": scores(test, None), "gate": scores(test, gate),
                     "threshold": gate.threshold}
    return out


def _pooled(folds: dict[str, dict[str, Any]], sets: list[str], which: str) -> dict[str, Any]:
    from kg.evaluate import Counts

    total = {k: Counts() for k in SCORED}
    for s in sets:
        for k in SCORED:
            total[k].add(folds[s][which][k])
    return total


def cv_table(folds: dict[str, dict[str, Any]], recent: Sequence[str] = ()) -> str:
    """The leave-one-set-out table (F1 rules → gate per metric), per set and pooled."""
    rows = ["| held-out set | t | speaker | (holder, stance) | (holder, issue, stance) |",
            "|---|---|---|---|---|"]
    named = list(folds)
    pools = [(s, folds[s]["rules"], folds[s]["gate"], f"{folds[s]['threshold']:.2f}")
             for s in named]
    recent = [s for s in recent if s in folds]
    if recent:
        pools.append((" + ".join(recent), _pooled(folds, recent, "rules"),
                      _pooled(folds, recent, "gate"), ""))
    pools.append(("all, pooled", _pooled(folds, named, "rules"), _pooled(folds, named, "gate"),
                  ""))
    for name, rules, gate, t in pools:
        cells = " | ".join(f"{rules[k].f1:.3f} → {gate[k].f1:.3f}" for k in SCORED)
        rows.append(f"| {name} | {t} | {cells} |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    """Fit the gate on curated sets and write it (``--cv``: print the table first)."""
    from kg.extract.learn.dataset import build, training_meta, training_parser
    from kg.files import atomic_write

    parser = training_parser("python -m kg.extract.learn.uncued_gate")
    parser.add_argument("-c", type=float, default=0.3)
    args = parser.parse_args(argv)
    data = build(args.gold)
    if args.cv:
        print(cv_table(cross_validate(data, args.c), args.recent))
    if args.out:
        meta = {**training_meta(args.gold, data), "c": args.c}
        gate = replace(fit_gate(data, c=args.c), confidence=held_out_confidence(data, args.c),
                       meta=meta)
        atomic_write(args.out, json.dumps(gate.as_dict(), indent=1) + "\n")
        print(f"{args.out}: threshold {gate.threshold}, value accuracy "
              f"{gate.value_accuracy:.3f}, confidence {gate.confidence:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
