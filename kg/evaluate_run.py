"""Running an evaluation: load curated sheets, get machine sheets, score them.

Kept apart from :mod:`kg.evaluate` (pure scoring) because it needs the
annotation loader and, unless predictions are given, the extractor.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kg.errors import KgError
from kg.evaluate import ArticleScore, score


def _gold_sheets(path: Path) -> list[tuple[dict[str, Any], str]]:
    from kg.annotations import iter_annotation_files, load_annotation

    out = []
    for f in iter_annotation_files([path]):
        ann = load_annotation(f)
        if ann.status != "curated":
            continue
        if ann.text is None:
            raise KgError(f"{f}: the article text is not found (needed to extract it)")
        out.append((ann.data, ann.text))
    if not out:
        raise KgError(f"{path}: no curated coding sheets found")
    return out


def _group_name(path: Path) -> str:
    return path.name if path.is_dir() else path.stem


def evaluate_groups(gold_paths: list[Path], *, pred: Path | None = None) -> list[ArticleScore]:
    """Scores for every curated sheet under ``gold_paths`` (one group per path)."""
    from kg.annotations import load_annotation

    groups = [(_group_name(p), _gold_sheets(p)) for p in gold_paths]
    scores: list[ArticleScore] = []
    extractor = None
    for name, sheets in groups:
        if pred is not None:
            preds = []
            for data, _ in sheets:
                f = pred / f"{data['article']['id']}.yaml"
                if not f.is_file():
                    raise KgError(f"{f}: no machine sheet for article {data['article']['id']}")
                preds.append(load_annotation(f, check_text=False).data)
        else:
            from kg.extract import Article, Extractor

            extractor = extractor or Extractor()
            articles = [Article(d["article"]["id"], text,
                                {k: d["article"].get(k) for k in
                                 ("title", "publisher", "url", "date", "language")})
                        for d, text in sheets]
            preds = extractor.extract_many(articles)
        for (data, _), p in zip(sheets, preds, strict=True):
            scores.append(score(data, p, group=name))
    return scores
