"""Checks of the second, independent coding of blind2 (data/corpus/second-coding).

Every second-coding sheet must load with ``kg.annotations``, point at the blind2 text of
the same article (same sha256), and have evidence offsets that slice exactly its spans. The
agreement figures published in ``data/corpus/second-coding/README.md`` are recomputed here
with ``kg.evaluate.score`` (first coder's sheet as gold, second coder's as prediction, and the
reverse) and must match the README to three decimals, so the figure cannot drift silently
when either coding or the scorer changes.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from kg.annotations import load_annotation
from kg.evaluate import METRICS, ArticleScore, micro, score
from kg.text import normalise

ROOT = Path(__file__).resolve().parents[1]
BLIND2 = ROOT / "data" / "corpus" / "blind2"
SECOND = ROOT / "data" / "corpus" / "second-coding"
SHEETS = sorted((SECOND / "blind2").glob("*.yaml"))
README = SECOND / "README.md"
SECTIONS = ("actors", "stances", "events", "relations")


def test_there_are_second_codings() -> None:
    """At least six blind2 articles are second-coded, each of them a blind2 article."""
    assert len(SHEETS) >= 6
    assert all((BLIND2 / p.name).is_file() for p in SHEETS), [p.name for p in SHEETS]


@pytest.mark.parametrize("path", SHEETS, ids=lambda p: p.stem)
def test_sheet_loads_on_the_blind2_text(path: Path) -> None:
    """Curated by the second coder, same article id, the blind2 text, offsets exact."""
    ann = load_annotation(path)
    article, coding = ann.data["article"], ann.data["coding"]
    assert article["id"] == path.stem
    assert coding["status"] == "curated"
    assert coding["coder"] == "kg corpus (second coder)"
    text_path = (path.parent / article["text_file"]).resolve()
    assert text_path == (BLIND2 / f"{path.stem}.txt").resolve()
    blob = text_path.read_bytes()
    assert article["sha256"] == hashlib.sha256(blob).hexdigest()
    assert ann.text == blob.decode("utf-8")
    first = load_annotation(BLIND2 / path.name).data["article"]
    assert article["sha256"] == first["sha256"]
    spans = [span for section in SECTIONS for item in ann.data.get(section) or []
             for span in item.get("evidence") or []]
    assert spans and ann.data["stances"]
    for span in spans:
        exact = ann.text[span["start"]:span["end"]]
        assert normalise(exact) == normalise(span["text"]), span


def _scores(*, first_is_gold: bool) -> list[ArticleScore]:
    out = []
    for path in SHEETS:
        second = load_annotation(path).data
        first = load_annotation(BLIND2 / path.name).data
        out.append(score(first, second) if first_is_gold else score(second, first))
    return out


def _readme_overall() -> dict[str, dict[str, tuple[float, float, float]]]:
    """The README's two overall tables: direction -> metric -> (P, R, F1)."""
    text = README.read_text(encoding="utf-8")
    tables: dict[str, dict[str, tuple[float, float, float]]] = {}
    for direction in ("A->C", "C->A"):
        block = text.split(f"({direction}):", 1)[1].split("\n\n", 2)[1]
        rows = re.findall(r"^\| (\w+) \| ([01]\.\d{3}) \| ([01]\.\d{3}) \| ([01]\.\d{3}) \|$",
                          block, flags=re.M)
        tables[direction] = {m: (float(p), float(r), float(f)) for m, p, r, f in rows}
    return tables


def test_readme_overall_figures_match_the_scorer() -> None:
    """Both overall P/R/F1 tables of the README are what kg.evaluate computes now."""
    published = _readme_overall()
    for direction, first_is_gold in (("A->C", True), ("C->A", False)):
        total = micro(_scores(first_is_gold=first_is_gold))
        assert set(published[direction]) == set(METRICS), published[direction]
        for metric in METRICS:
            counts = total[metric]
            assert counts.n_gold > 0 and counts.n_pred > 0, metric
            computed = (round(counts.precision, 3), round(counts.recall, 3), round(counts.f1, 3))
            assert published[direction][metric] == computed, (direction, metric)


def test_readme_article_figures_match_the_scorer() -> None:
    """The README's per-article F1 rows cover exactly the coded articles and are current."""
    text = README.read_text(encoding="utf-8")
    rows = {m[0]: tuple(float(x) for x in m[1:]) for m in re.findall(
        r"^\| ([a-z0-9-]+) \| ([01]\.\d{3}) \| ([01]\.\d{3}) \| ([01]\.\d{3}) \| ([01]\.\d{3}) \|$",
        text, flags=re.M)}
    forward = {s.article: s for s in _scores(first_is_gold=True)}
    assert set(rows) == set(forward)
    for article, s in forward.items():
        assert rows[article] == tuple(round(s.counts[k].f1, 3) for k in METRICS), article


def test_agreement_is_symmetric() -> None:
    """Swapping gold and prediction swaps precision and recall and keeps F1 of the set metrics.

    The speaker metric is symmetric only nearly: its predicted (sentence, speaker) pairs are
    de-duplicated and its gold pairs are not, so a double-coded sentence counts once as
    prediction and twice as gold.
    """
    forward, reverse = micro(_scores(first_is_gold=True)), micro(_scores(first_is_gold=False))
    for metric in ("actors", "holder_value", "holder_issue_value"):
        assert forward[metric].f1 == pytest.approx(reverse[metric].f1)
        assert forward[metric].precision == pytest.approx(reverse[metric].recall)
    assert forward["speaker"].f1 == pytest.approx(reverse["speaker"].f1, abs=0.005)
