"""Leave-one-set-out cross-validation of the learned model, scored by ``kg eval``'s scorer.

Each fold trains on every curated set but one and scores the held-out set's machine
sheets (rules only, and with the fold's model applied) with :func:`kg.evaluate.score`,
so the numbers are the (holder, value) and (holder, issue, value) F1 of ``kg eval``.
Calibration of the keep probability (the items' confidence) is measured on held-out
items: Brier score and a five-bin reliability table, against the rules' confidences.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from kg.evaluate import micro, score
from kg.extract.learn.dataset import ArticleData, align
from kg.extract.learn.model import LearnedModel
from kg.extract.learn.train import ISSUE_RERANK, SHIPPED, Config, fit
from kg.extract.learn.uncued_train import with_uncued

METRICS = ("holder_value", "holder_issue_value")
CONFIGS = (  # the candidates compared in the README; SHIPPED (confidence only) is kept
    Config(issue=True, keep=False),
    Config(issue=True, keep=False, lexical=True),
    Config(issue=True, keep=False, lexical=True, margin=0.1),
    Config(issue=True, keep=False, lexical=True, pairwise=True, margin=0.1),
    Config(issue=True, keep=False, lexical=True, margin=0.1, second=0.6),
    Config(issue=False, keep=False, value=True, value_margin=0.0),
    Config(issue=False, keep=False, value=True, value_margin=0.3),
    Config(issue=False, keep=False, value=True, value_margin=0.1, value_text=True,
           value_text_c=0.3),
    Config(issue=True, keep=False, lexical=True, issue_text=True, issue_text_c=0.3),
    Config(issue=True, keep=False, lexical=True, margin=1.0, second=0.7),  # add, never replace
    Config(issue=False, keep=True, drop_below=0.2),
    Config(issue=False, keep=True, drop_below=0.3),
    Config(issue=True, keep=True, lexical=True, margin=0.1, drop_below=0.3),
    ISSUE_RERANK,
    SHIPPED,
    replace(SHIPPED, uncued=True, uncued_c=0.1, uncued_threshold=0.5),
    replace(SHIPPED, uncued=True, uncued_c=0.02, uncued_threshold=0.4),
    replace(SHIPPED, uncued=True, uncued_c=0.05, uncued_threshold=0.5, override_default=True),
)


def fold_scores(data: list[ArticleData], model: LearnedModel | None) -> dict[str, float]:
    """Micro F1 of ``data``'s sheets, rule-only (``model`` None) or with the model."""
    scores = []
    for article in data:
        pred = copy.deepcopy(article.pred)
        if model is not None:
            items, rows = pred["stances"], article.rows
            if model.uncued is not None:
                items, rows = with_uncued(model.uncued, article, items, rows)
            pred["stances"] = model.apply(items, rows)
        scores.append(score(article.gold, pred, group=article.group))
    total = micro(scores)
    return {k: total[k].f1 for k in METRICS}


def groups(data: list[ArticleData]) -> list[str]:
    """The set names in order of first appearance."""
    return list(dict.fromkeys(a.group for a in data))


def cross_validate(data: list[ArticleData], configs: Sequence[Config] = CONFIGS
                   ) -> dict[str, dict[str, dict[str, float]]]:
    """config label ("rules" first) -> held-out set -> metric -> F1."""
    out: dict[str, dict[str, dict[str, float]]] = {"rules": {}}
    for held in groups(data):
        train = [a for a in data if a.group != held]
        test = [a for a in data if a.group == held]
        out["rules"][held] = fold_scores(test, None)
        for config in configs:
            out.setdefault(config.label(), {})[held] = fold_scores(test, fit(train, config))
    return out


NESTED_CHOICES = tuple(Config(issue=True, keep=False, lexical=lexical, margin=margin)
                       for lexical in (False, True) for margin in (0.0, 0.1, 0.2))


UNCUED_CHOICES = tuple(replace(SHIPPED, uncued=True, uncued_c=c, uncued_threshold=t,
                               min_sets=sets)
                       for sets in (3, 99) for c in (0.02, 0.1) for t in (0.3, 0.4, 0.5))


def nested(data: list[ArticleData], choices: Sequence[Config] = NESTED_CHOICES,
           criterion: Sequence[str] = METRICS[1:]
           ) -> dict[str, tuple[str, dict[str, float], dict[str, float]]]:
    """An honest estimate of a model: for each held-out set, the configuration is chosen
    by leave-one-set-out on the other sets only (best mean of the ``criterion`` F1s over
    the inner folds, rules-only included as a choice), then fitted on them and scored on
    the held-out set. Held-out set -> (chosen label, rules-only F1s, chosen F1s)."""
    out = {}
    for held in groups(data):
        rest = [a for a in data if a.group != held]
        inner = cross_validate(rest, choices)
        means = {label: sum(r[m] for r in per.values() for m in criterion) / len(per)
                 for label, per in inner.items()}
        best = max(means, key=lambda label: (means[label], label == "rules"))
        test = [a for a in data if a.group == held]
        config = next((c for c in choices if c.label() == best), None)
        chosen = fold_scores(test, fit(rest, config) if config else None)
        out[held] = (best, fold_scores(test, None), chosen)
    return out


def auc(scores: Sequence[float], labels: Sequence[int]) -> float:
    """Area under the ROC curve (ties count half); 0.5 when one class is absent.

    >>> auc([0.9, 0.8, 0.3, 0.1], [1, 0, 1, 0])
    0.75
    """
    pos = [s for s, y in zip(scores, labels, strict=True) if y]
    neg = [s for s, y in zip(scores, labels, strict=True) if not y]
    if not pos or not neg:
        return 0.5
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def calibration(data: list[ArticleData], config: Config = SHIPPED,
                bins: int = 5) -> dict[str, Any]:
    """Held-out keep probabilities vs labels: Brier (model, rules), reliability rows and
    the AUC of each held-out set (model, rules' confidences)."""
    probs: list[tuple[float, float, int]] = []  # model p, rule confidence, label
    aucs: dict[str, tuple[float, float]] = {}
    for held in groups(data):
        model = fit([a for a in data if a.group != held], config)
        assert model.keep is not None
        mine: list[tuple[float, float, int]] = []
        for article in (a for a in data if a.group == held):
            for item, row, al in zip(article.pred["stances"], article.rows, align(article),
                                     strict=True):
                mine.append((model.keep.probability(row.features),
                             float(item["confidence"]), int(al.value_right)))
        labels = [y for *_, y in mine]
        aucs[held] = (auc([p for p, _, _ in mine], labels), auc([r for _, r, _ in mine], labels))
        probs.extend(mine)
    n = len(probs) or 1
    brier = sum((p - y) ** 2 for p, _, y in probs) / n
    brier_rules = sum((r - y) ** 2 for _, r, y in probs) / n
    base = sum(y for *_, y in probs) / n
    rows = []
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        members = [(p, y) for p, _, y in probs if lo <= p < hi or (b == bins - 1 and p == 1.0)]
        if members:
            rows.append((lo, hi, len(members), sum(p for p, _ in members) / len(members),
                         sum(y for _, y in members) / len(members)))
    return {"n": len(probs), "brier": brier, "brier_rules": brier_rules,
            "brier_base_rate": base * (1 - base), "reliability": rows, "auc": aucs}


def report(data: list[ArticleData], configs: Sequence[Config] = CONFIGS) -> str:
    """The cross-validation table and the calibration numbers as plain text."""
    results = cross_validate(data, configs)
    sets = groups(data)
    lines = []
    for metric, short in zip(METRICS, ("h-s", "h-i-s"), strict=True):
        lines.append(f"F1 {short} (leave-one-set-out)")
        lines.append(f"{'config':<34}" + "".join(f"{s:>8}" for s in sets) + f"{'mean':>8}")
        for label, per_set in results.items():
            vals = [per_set[s][metric] for s in sets]
            lines.append(f"{label:<34}" + "".join(f"{v:>8.3f}" for v in vals)
                         + f"{sum(vals) / len(vals):>8.3f}")
        lines.append("")
    if len(sets) >= 3:
        lines.append("nested (the issue configuration chosen on the other sets only), h-i-s F1")
        honest = nested(data)
        for held, (best, rules, chosen) in honest.items():
            lines.append(f"{held:<10} chose {best:<30} rules {rules[METRICS[1]]:.3f} "
                         f"model {chosen[METRICS[1]]:.3f}")
        rules_mean = sum(r[METRICS[1]] for _, r, _ in honest.values()) / len(honest)
        model_mean = sum(c[METRICS[1]] for _, _, c in honest.values()) / len(honest)
        lines.append(f"mean: rules {rules_mean:.3f}, model {model_mean:.3f}")
        lines.append("")
        lines.append("nested: the uncued decision chosen on the other sets only (by mean "
                     "h-s + h-i-s F1), h-s / h-i-s F1")
        honest = nested(data, UNCUED_CHOICES, criterion=METRICS)
        for held, (best, rules, chosen) in honest.items():
            lines.append(f"{held:<10} chose {best:<52} rules {rules[METRICS[0]]:.3f} / "
                         f"{rules[METRICS[1]]:.3f} model {chosen[METRICS[0]]:.3f} / "
                         f"{chosen[METRICS[1]]:.3f}")
        for metric in METRICS:
            rules_mean = sum(r[metric] for _, r, _ in honest.values()) / len(honest)
            model_mean = sum(c[metric] for _, _, c in honest.values()) / len(honest)
            lines.append(f"mean {metric}: rules {rules_mean:.3f}, model {model_mean:.3f}")
        lines.append("")
    cal = calibration(data)
    lines.append(f"keep probability on held-out items (n={cal['n']}): Brier "
                 f"{cal['brier']:.3f}, rules' confidence {cal['brier_rules']:.3f}, "
                 f"base rate {cal['brier_base_rate']:.3f}")
    lines.append("bin          n  mean p  observed")
    for lo, hi, count, mean_p, observed in cal["reliability"]:
        lines.append(f"{lo:.1f}-{hi:.1f} {count:>6} {mean_p:>7.3f} {observed:>9.3f}")
    model_aucs = [m for m, _ in cal["auc"].values()]
    rule_aucs = [r for _, r in cal["auc"].values()]
    lines.append("AUC per held-out set (model / rules' confidence): " + ", ".join(
        f"{s} {m:.2f}/{r:.2f}" for s, (m, r) in cal["auc"].items())
        + f"; mean {sum(model_aucs) / len(model_aucs):.3f}/{sum(rule_aucs) / len(rule_aucs):.3f}")
    return "\n".join(lines)
