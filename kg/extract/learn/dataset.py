"""Training data: the rule pipeline's stance items on curated articles, aligned with gold.

A machine item is aligned with the gold stances whose evidence lies in the same sentence
and whose holder is the item's holder under the evaluation's actor matching
(:func:`kg.evaluate.actor_mapping`, :func:`kg.evaluate.same_sentence`): the same
matching ``kg eval`` scores with. Labels: the item's (holder, value) is right there; and
per candidate issue, whether the aligned gold stances code it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.evaluate import _evidence, _gold_sheets, _group_name, actor_mapping, extract_sheets, issues_of, same_sentence
from kg.extract.learn.features import ItemRow


@dataclass
class ArticleData:
    """One curated article: its gold sheet, the rule sheet and the rule items' features,
    and the candidate items of uncued statements (value undecided) with their rows."""

    group: str
    gold: dict[str, Any]
    pred: dict[str, Any]
    rows: list[ItemRow]
    candidates: list[tuple[dict[str, Any], ItemRow]] = field(default_factory=list)


@dataclass
class Alignment:
    """Labels of one machine item: holder found in gold there, value right, gold issues,
    and the value gold gives that holder there (the item's own when right)."""

    holder_found: bool
    value_right: bool
    gold_issues: set[str]
    gold_value: str | None = None


def sheets_sha256(paths: list[Path]) -> str:
    """SHA-256 over the curated sheets under ``paths`` (sorted names and bytes), so a model
    can tell whether it was trained on the sheets it ships with."""
    from kg.annotations import iter_annotation_files

    digest = hashlib.sha256()
    for path in paths:
        for f in sorted(iter_annotation_files([path])):
            digest.update(f"{_group_name(path)}/{f.name}\n".encode())
            digest.update(f.read_bytes())
    return digest.hexdigest()


def training_parser(prog: str) -> Any:
    """The arguments every fitting command takes: ``--gold`` (repeated), ``--out``,
    ``--cv`` and ``--recent`` (sets pooled apart in the cross-validation table)."""
    import argparse

    parser = argparse.ArgumentParser(prog=prog)
    parser.add_argument("--gold", action="append", required=True, type=Path)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--cv", action="store_true")
    parser.add_argument("--recent", action="append", default=[])
    return parser


def training_meta(paths: list[Path], data: list[ArticleData]) -> dict[str, Any]:
    """The provenance a fitted model records: kg's version, the training sets, their
    number of articles and the SHA-256 of their sheets (:func:`sheets_sha256`)."""
    from kg import __version__

    return {"kg_version": __version__, "training_sets": [p.as_posix() for p in paths],
            "training_articles": len(data), "training_sha256": sheets_sha256(paths)}


def build(paths: list[Path], *, use_spacy: bool = True) -> list[ArticleData]:
    """Run the rule pipeline (no learned model) on every curated sheet under ``paths``;
    the items of uncued statements are set apart as candidates."""
    from kg.extract import Extractor

    extractor = Extractor(use_spacy=use_spacy, use_learned=False, keep_features=True)
    out: list[ArticleData] = []
    for path in paths:
        sheets = _gold_sheets(path)
        preds = extract_sheets(extractor, sheets)
        for (gold, _), pred in zip(sheets, preds, strict=True):
            rows = extractor.features[gold["article"]["id"]]
            items = pred.get("stances") or []
            pred["stances"] = [i for i, r in zip(items, rows, strict=True) if r.uncued is None]
            rule_rows = [r for r in rows if r.uncued is None]
            candidates = [(i, r) for i, r in zip(items, rows, strict=True) if r.uncued is not None]
            out.append(ArticleData(_group_name(path), gold, pred, rule_rows, candidates))
    return out


def align(article: ArticleData) -> list[Alignment]:
    """The labels of every machine item of one article (parallel to its stances)."""
    gold, pred = article.gold, article.pred
    mapping = actor_mapping(gold.get("actors") or [], pred.get("actors") or [])
    gold_st = [(s, _evidence(s)[:1]) for s in gold.get("stances") or []]
    out = []
    for item in pred.get("stances") or []:
        ev = _evidence(item)[:1]
        holder = mapping.get(item["holder"])
        here = [s for s, gev in gold_st
                if ev and gev and holder == s["holder"] and same_sentence(ev[0], gev[0])]
        same_value = [s for s in here if s["value"] == item["value"]]
        issues = {i for s in (same_value or here) for i in issues_of(s)}
        gold_value = item["value"] if same_value else (here[0]["value"] if here else None)
        out.append(Alignment(bool(here), bool(same_value), issues, gold_value))
    return out


def candidate_labels(article: ArticleData) -> list[str]:
    """Gold's label of every uncued candidate of one article: the value of the gold stance
    in the same sentence with the same (mapped) holder, the most frequent one if several
    (ties: the first), else ``none``."""
    from collections import Counter

    from kg.extract.learn.uncued import NONE

    gold, pred = article.gold, article.pred
    mapping = actor_mapping(gold.get("actors") or [], pred.get("actors") or [])
    gold_st = [(s, _evidence(s)[:1]) for s in gold.get("stances") or []]
    out = []
    for item, _ in article.candidates:
        ev = _evidence(item)[:1]
        holder = mapping.get(item["holder"])
        here = [s["value"] for s, gev in gold_st
                if ev and gev and holder == s["holder"] and same_sentence(ev[0], gev[0])]
        out.append(Counter(here).most_common(1)[0][0] if here else NONE)
    return out
