"""Fitting the lexical models (:mod:`kg.extract.learn.lexical`) and stacking them.

The value and issue text models are fitted on the items the rules found in curated
articles (labels from :func:`kg.extract.learn.dataset.align`: the value gold gives the
item's holder in that sentence, the issues gold codes there). Their probabilities become
features of the value Softmax and of the issue ranker; so that those models learn how far
the text models can be trusted on *unseen* text, an item's text features at training time
come from a text model fitted without the item's own set (out of fold; with fewer than
three sets, without the item's own fifth of the articles).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any

from kg.extract.learn.dataset import ArticleData, align
from kg.extract.learn.features import ItemRow
from kg.extract.learn.lexical import (
    TextModel,
    issue_bag,
    issue_candidate_features,
    value_bag,
    value_features,
)

Example = tuple[dict[str, float], str, float, str, str]  # bag, label, weight, set, article
TextFeatures = dict[int, dict[str, Any]]  # id(row) -> text features of that item


def value_text_examples(data: list[ArticleData]) -> list[Example]:
    """One example per item whose holder gold codes there: its clause and gold's value."""
    out = []
    for article in data:
        aid = article.gold["article"]["id"]
        for row, al in zip(article.rows, align(article), strict=True):
            if al.gold_value is not None:
                out.append((value_bag(row.text.get("clause", "")), al.gold_value, 1.0,
                            article.group, aid))
    return out


def issue_text_examples(data: list[ArticleData]) -> list[Example]:
    """One example per gold issue of every item whose holder gold codes there (weight 1
    over the item's gold issues): its texts and the issue."""
    out = []
    for article in data:
        aid = article.gold["article"]["id"]
        for row, al in zip(article.rows, align(article), strict=True):
            if al.holder_found and al.gold_issues:
                bag = issue_bag(row.text)
                for code in sorted(al.gold_issues):
                    out.append((bag, code, 1.0 / len(al.gold_issues), article.group, aid))
    return out


def vocabulary(examples: Sequence[Example], min_sets: int, min_articles: int) -> list[str]:
    """The words found in the examples of at least ``min_sets`` sets and ``min_articles``
    articles (sorted)."""
    sets: dict[str, set[str]] = defaultdict(set)
    articles: dict[str, set[str]] = defaultdict(set)
    for bag, _, _, group, aid in examples:
        for word in bag:
            sets[word].add(group)
            articles[word].add(f"{group}/{aid}")
    return sorted(w for w in sets if len(sets[w]) >= min_sets
                  and len(articles[w]) >= min_articles)


def fit_text(examples: Sequence[Example], c: float, min_sets: int, min_articles: int
             ) -> TextModel | None:
    """A multinomial L2 logistic regression over the examples' words (lbfgs:
    deterministic); ``None`` when fewer than two labels or no word qualifies."""
    import numpy as np
    from scipy.sparse import csr_matrix

    from kg.extract.learn.train import _logistic

    labels = sorted({label for _, label, *_ in examples})
    vocab = vocabulary(examples, min_sets, min_articles)
    if len(labels) < 2 or not vocab:
        return None
    index = {w: k for k, w in enumerate(vocab)}
    rows, cols = [], []
    for n, (bag, *_) in enumerate(examples):
        for word in sorted(bag):
            if word in index:
                rows.append(n)
                cols.append(index[word])
    matrix = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(examples), len(vocab)))
    model = _logistic(c)
    model.fit(matrix, [label for _, label, *_ in examples],
              sample_weight=np.array([w for _, _, w, *_ in examples]))
    coef = model.coef_
    intercept = model.intercept_
    if len(model.classes_) == 2:  # scikit-learn gives one row for two classes
        coef = np.vstack([-coef[0] / 2, coef[0] / 2])
        intercept = np.array([-intercept[0] / 2, intercept[0] / 2])
    return TextModel(tuple(vocab), tuple(str(k) for k in model.classes_),
                     tuple(tuple(round(float(w), 5) for w in row) for row in coef),
                     tuple(round(float(b), 5) for b in intercept))


def _folds(data: list[ArticleData]) -> list[list[ArticleData]]:
    """The held-out parts for out-of-fold features: the sets, or five slices of the
    articles when there are fewer than three sets."""
    sets = list(dict.fromkeys(a.group for a in data))
    if len(sets) >= 3:
        return [[a for a in data if a.group == s] for s in sets]
    return [data[k::5] for k in range(min(5, len(data)))]


def row_text_features(row: ItemRow, value: TextModel | None, issue: TextModel | None
                      ) -> dict[str, Any]:
    """The text features of one item: ``value`` (features of the value Softmax) and
    ``issues`` (code -> features of the issue ranker)."""
    out: dict[str, Any] = {"value": {}, "issues": {}}
    if value is not None:
        out["value"] = value_features(value, row.text.get("clause", ""))
    if issue is not None:
        probs = issue.probabilities(issue_bag(row.text))
        out["issues"] = {code: issue_candidate_features(probs, code) for code in row.issues}
    return out


def out_of_fold(data: list[ArticleData], fit_value: Callable[[list[ArticleData]], Any],
                fit_issue: Callable[[list[ArticleData]], Any]) -> TextFeatures:
    """Every item's text features from text models fitted without its fold."""
    out: TextFeatures = {}
    for part in _folds(data):
        held = {id(a) for a in part}
        rest = [a for a in data if id(a) not in held]
        value, issue = fit_value(rest), fit_issue(rest)
        for article in part:
            for row in article.rows:
                out[id(row)] = row_text_features(row, value, issue)
    return out


def fitters(config: Any) -> tuple[Callable[[list[ArticleData]], Any],
                                  Callable[[list[ArticleData]], Any]]:
    """The value and issue text-model fitters of a training configuration (each returns
    ``None`` when the configuration does not use it)."""
    def fit_value(data: list[ArticleData]) -> TextModel | None:
        if not config.value_text:
            return None
        return _fit_or_none(value_text_examples(data), config.value_text_c, config)

    def fit_issue(data: list[ArticleData]) -> TextModel | None:
        if not config.issue_text:
            return None
        return _fit_or_none(issue_text_examples(data), config.issue_text_c, config)

    return fit_value, fit_issue


def _fit_or_none(examples: list[Example], c: float, config: Any) -> TextModel | None:
    return fit_text(examples, c, config.text_min_sets, config.text_min_articles)
