"""Fitting the uncued-statement decision (:mod:`kg.extract.learn.uncued`) and applying a
fitted one to the candidates of a curated article, as the run time would.

The vocabulary is limited to words found in the candidates of at least ``min_sets``
training sets, so that no article's (or one set's) names and topics are learnt; the value
classes may be limited to the frequent ones (examples of the others are left out).
"""

from __future__ import annotations

import copy
from collections import defaultdict
from typing import Any

from kg.extract.learn.dataset import ArticleData, candidate_labels
from kg.extract.learn.model import UncuedModel
from kg.extract.learn.uncued import LEARNED_CUE, NONE, VERB_PREFIX, WORD_PREFIX

LEXICAL = (WORD_PREFIX, VERB_PREFIX)


def uncued_examples(data: list[ArticleData], values: tuple[str, ...]
                    ) -> tuple[list[dict[str, float]], list[str], list[str]]:
    """Features, labels and set names of every candidate whose label is ``none`` or one of
    ``values``."""
    xs, ys, sets = [], [], []
    for article in data:
        for (_, row), label in zip(article.candidates, candidate_labels(article), strict=True):
            if label == NONE or label in values:
                assert row.uncued is not None
                xs.append(row.uncued)
                ys.append(label)
                sets.append(article.group)
    return xs, ys, sets


def vocabulary(xs: list[dict[str, float]], sets: list[str], min_sets: int) -> set[str]:
    """The lexical features found in the examples of at least ``min_sets`` sets."""
    where: dict[str, set[str]] = defaultdict(set)
    for x, group in zip(xs, sets, strict=True):
        for name in x:
            if name.startswith(LEXICAL):
                where[name].add(group)
    return {name for name, found in where.items() if len(found) >= min_sets}


def fit_uncued(data: list[ArticleData], *, c: float, threshold: float, override: bool,
               values: tuple[str, ...], min_sets: int) -> UncuedModel | None:
    """The uncued model fitted on ``data``'s candidates (see the module docstring);
    ``None`` when they hold fewer than two labels (nothing to learn: rules only)."""
    from kg.extract.learn.train import fit_softmax

    xs, ys, sets = uncued_examples(data, values)
    if len(set(ys)) < 2:
        return None
    keep = vocabulary(xs, sets, min_sets)
    xs = [{k: v for k, v in x.items() if not k.startswith(LEXICAL) or k in keep} for x in xs]
    return UncuedModel(fit_softmax(xs, ys, c, 0.0), threshold, override)


def with_uncued(model: UncuedModel, article: ArticleData, items: list[dict[str, Any]],
                rows: list[Any]) -> tuple[list[dict[str, Any]], list[Any]]:
    """The article's rule items and rows (those valued by default left out when the model
    overrides the default) followed by the candidates the model keeps, valued by it."""
    if model.override_default:
        pairs = [(i, r) for i, r in zip(items, rows, strict=True)
                 if not r.features.get("default_value")]
        items, rows = [i for i, _ in pairs], [r for _, r in pairs]
    items, rows = list(items), list(rows)
    for item, row in article.candidates:
        if not model.override_default and row.uncued.get(f"default_{NONE}", 0.0) == 0.0:
            continue
        value = model.decide(row.uncued)
        if value is None:
            continue
        made = copy.deepcopy(item)
        made.update(value=value.value, confidence=round(value.confidence, 2),
                    note=f"cues: {LEARNED_CUE}")
        items.append(made)
        rows.append(row)
    return items, rows
