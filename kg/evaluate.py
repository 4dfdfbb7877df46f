"""``kg eval``: score machine coding sheets against curated ones (coding guide, section 7).

Per article: actors (matched by id, or by label/alias equality after
normalisation), speaker attribution (per gold stance, the pair evidence
sentence + speaker), the set of (holder, value) pairs and the set of
(holder, issue, value) triples. Totals are micro-averaged over articles.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import KgError
from kg.text import normalise

METRICS = ("actors", "speaker", "holder_value", "holder_issue_value")


def norm_name(name: str) -> str:
    """NFKC, straight quotes, case-folded, whitespace collapsed, leading "the " removed.

    >>> norm_name("The  Kremlin"), norm_name("U.S.\u00a0Trade")
    ('kremlin', 'u.s. trade')
    """
    text = " ".join(normalise(unicodedata.normalize("NFKC", name)).casefold().split())
    return re.sub(r"^the ", "", text)


@dataclass
class Counts:
    """True positives and the sizes of the predicted and gold sets."""

    tp_pred: int = 0
    tp_gold: int = 0
    n_pred: int = 0
    n_gold: int = 0

    def add(self, other: Counts) -> None:
        """Accumulate another article's counts (micro-averaging)."""
        self.tp_pred += other.tp_pred
        self.tp_gold += other.tp_gold
        self.n_pred += other.n_pred
        self.n_gold += other.n_gold

    @property
    def precision(self) -> float:
        return self.tp_pred / self.n_pred if self.n_pred else (1.0 if not self.n_gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp_gold / self.n_gold if self.n_gold else (1.0 if not self.n_pred else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 3), "recall": round(self.recall, 3),
                "f1": round(self.f1, 3), "n_pred": self.n_pred, "n_gold": self.n_gold}


@dataclass
class ArticleScore:
    """Scores of one article."""

    article: str
    group: str
    counts: dict[str, Counts] = field(default_factory=dict)


def _names(actor: dict[str, Any]) -> set[str]:
    return {norm_name(n) for n in [actor.get("label", ""), *(actor.get("aliases") or [])] if n}


def actor_mapping(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> dict[str, str]:
    """Predicted actor id → gold actor id, one to one (id first, then names)."""
    mapping: dict[str, str] = {}
    gold_ids = {g["id"] for g in gold}
    used: set[str] = set()
    for p in pred:
        if p["id"] in gold_ids and p["id"] not in used:
            mapping[p["id"]] = p["id"]
            used.add(p["id"])
    for p in pred:
        if p["id"] in mapping:
            continue
        names = _names(p)
        for g in gold:
            if g["id"] not in used and names & _names(g):
                mapping[p["id"]] = g["id"]
                used.add(g["id"])
                break
    return mapping


def _set_counts(pred: set[Any], gold: set[Any]) -> Counts:
    tp = len(pred & gold)
    return Counts(tp, tp, len(pred), len(gold))


def same_sentence(a: tuple[int, int], b: tuple[int, int]) -> bool:
    overlap = min(a[1], b[1]) - max(a[0], b[0])
    return overlap > 0 and overlap >= 0.5 * min(a[1] - a[0], b[1] - b[0])


def issues_of(stance: dict[str, Any]) -> list[str]:
    issue = stance.get("issue")
    return list(issue) if isinstance(issue, list) else [issue]


def _evidence(stance: dict[str, Any]) -> list[tuple[int, int]]:
    return [(int(e["start"]), int(e["end"])) for e in stance.get("evidence") or []]


def score(gold: dict[str, Any], pred: dict[str, Any], *, group: str = "") -> ArticleScore:
    """Score one predicted sheet against the gold sheet of the same article."""
    gold_actors, pred_actors = gold.get("actors") or [], pred.get("actors") or []
    mapping = actor_mapping(gold_actors, pred_actors)
    out = ArticleScore(gold["article"]["id"], group)
    out.counts["actors"] = Counts(len(mapping), len(mapping), len(pred_actors), len(gold_actors))

    def m(actor_id: str | None) -> str | None:
        return mapping.get(actor_id, f"pred:{actor_id}") if actor_id else None

    gold_st, pred_st = gold.get("stances") or [], pred.get("stances") or []
    gold_pairs = [(ev, s.get("voiced_by") or s["holder"]) for s in gold_st for ev in _evidence(s)[:1]]
    pred_pairs = list(dict.fromkeys(
        (ev, m(s.get("voiced_by") or s["holder"])) for s in pred_st for ev in _evidence(s)[:1]))
    hit_gold = sum(any(sp == gs and same_sentence(ev, gev) for ev, sp in pred_pairs)
                   for gev, gs in gold_pairs)
    hit_pred = sum(any(sp == gs and same_sentence(ev, gev) for gev, gs in gold_pairs)
                   for ev, sp in pred_pairs)
    out.counts["speaker"] = Counts(hit_pred, hit_gold, len(pred_pairs), len(gold_pairs))
    out.counts["holder_value"] = _set_counts({(m(s["holder"]), s["value"]) for s in pred_st},
                                             {(s["holder"], s["value"]) for s in gold_st})
    out.counts["holder_issue_value"] = _set_counts(
        {(m(s["holder"]), i, s["value"]) for s in pred_st for i in issues_of(s)},
        {(s["holder"], i, s["value"]) for s in gold_st for i in issues_of(s)})
    return out


def micro(scores: Iterable[ArticleScore]) -> dict[str, Counts]:
    """Micro-averaged counts over articles."""
    total = {k: Counts() for k in METRICS}
    for s in scores:
        for k in METRICS:
            total[k].add(s.counts[k])
    return total


def table(scores: list[ArticleScore]) -> str:
    """A plain-text table: one row per article, then the micro average per group and overall."""
    header = f"{'article':<44} " + " ".join(f"{k:>18}" for k in METRICS)
    lines = [header, f"{'':<44} " + " ".join(f"{'P/R/F1':>18}" for _ in METRICS)]

    def row(name: str, counts: dict[str, Counts]) -> str:
        cells = [f"{c.precision:.2f}/{c.recall:.2f}/{c.f1:.2f}" for c in
                 (counts[k] for k in METRICS)]
        return f"{name[:44]:<44} " + " ".join(f"{c:>18}" for c in cells)

    groups = list(dict.fromkeys(s.group for s in scores))
    for g in groups:
        members = [s for s in scores if s.group == g]
        for s in members:
            lines.append(row(s.article, s.counts))
        lines.append(row(f"== {g} (micro, {len(members)} articles)", micro(members)))
    if len(groups) > 1:
        lines.append(row(f"== all (micro, {len(scores)} articles)", micro(scores)))
    return "\n".join(lines)


def as_json(scores: list[ArticleScore]) -> dict[str, Any]:
    """Per-article, per-group and overall scores as plain data."""
    groups = list(dict.fromkeys(s.group for s in scores))
    return {
        "articles": [{"article": s.article, "group": s.group,
                      **{k: s.counts[k].as_dict() for k in METRICS}} for s in scores],
        "groups": {g: {k: c.as_dict() for k, c in micro(s for s in scores if s.group == g).items()}
                   for g in groups},
        "all": {k: c.as_dict() for k, c in micro(scores).items()},
    }


# -- running an evaluation: curated sheets, machine sheets, scores ------------------------


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


def extract_sheets(extractor: Any, sheets: list[tuple[dict[str, Any], str]]) -> list[dict[str, Any]]:
    """Machine sheets for the articles of curated ``sheets`` (their text and metadata), in order."""
    from kg.extract import Article

    articles = [Article(d["article"]["id"], text,
                        {k: d["article"].get(k) for k in ("title", "publisher", "url", "date", "language")})
                for d, text in sheets]
    return extractor.extract_many(articles)


def sheet_pairs(gold_paths: list[Path], *, pred: Path | None = None, use_spacy: bool = True,
                extractor: Any = None) -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
    """(group, curated sheet, machine sheet) for every curated sheet under ``gold_paths``
    (one group per path); the machine sheets are read from ``pred`` or extracted now with
    ``extractor`` (default: a new :class:`kg.extract.Extractor`)."""
    from kg.annotations import load_annotation

    groups = [(_group_name(p), _gold_sheets(p)) for p in gold_paths]
    out: list[tuple[str, dict[str, Any], dict[str, Any]]] = []
    for name, sheets in groups:
        if pred is not None:
            preds = []
            for data, _ in sheets:
                f = pred / f"{data['article']['id']}.yaml"
                if not f.is_file():
                    raise KgError(f"{f}: no machine sheet for article {data['article']['id']}")
                preds.append(load_annotation(f, check_text=False).data)
        else:
            from kg.extract import Extractor

            preds = extract_sheets(extractor or Extractor(use_spacy=use_spacy), sheets)
        out += [(name, data, p) for (data, _), p in zip(sheets, preds, strict=True)]
    return out


def evaluate_groups(gold_paths: list[Path], *, pred: Path | None = None,
                    use_spacy: bool = True, extractor: Any = None) -> list[ArticleScore]:
    """Scores for every curated sheet under ``gold_paths`` (one group per path);
    ``extractor``: the :class:`kg.extract.Extractor` to use (default: a new one)."""
    return [score(data, p, group=name) for name, data, p in
            sheet_pairs(gold_paths, pred=pred, use_spacy=use_spacy, extractor=extractor)]
