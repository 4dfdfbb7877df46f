"""Print the inter-coder agreement tables of the second coding of blind2 (Markdown).

The first coder's sheets (``data/corpus/blind2``) and the second coder's sheets
(``data/corpus/second-coding/blind2``) are scored against each other with kg's own
scorer (``kg.evaluate.score``, coding guide section 7), for the articles that both
coded, in both directions: first coder as gold (``A->C``: C's sheet is the
prediction) and second coder as gold (``C->A``). F1 is the same both ways;
precision and recall swap.

Usage: python data/corpus/second-coding/tools/agreement.py
"""

from __future__ import annotations

from pathlib import Path

from kg.annotations import load_annotation
from kg.evaluate import METRICS, ArticleScore, micro, score

ROOT = Path(__file__).resolve().parents[4]
FIRST = ROOT / "data" / "corpus" / "blind2"
SECOND = ROOT / "data" / "corpus" / "second-coding" / "blind2"


def pairs() -> list[tuple[dict, dict]]:
    """(first coder's sheet, second coder's sheet) for every second-coded article."""
    out = []
    for path in sorted(SECOND.glob("*.yaml")):
        second = load_annotation(path).data
        first = load_annotation(FIRST / f"{second['article']['id']}.yaml").data
        out.append((first, second))
    if not out:
        raise SystemExit(f"{SECOND}: no second-coding sheets found")
    return out


def scores(*, first_is_gold: bool = True) -> list[ArticleScore]:
    """Per-article scores, with the first (default) or the second coder as gold."""
    return [score(a, c) if first_is_gold else score(c, a) for a, c in pairs()]


def markdown() -> str:
    """The per-article F1 table and the overall P/R/F1 tables of both directions."""
    forward = scores(first_is_gold=True)
    lines = ["| article | " + " | ".join(METRICS) + " |", "|---" * (len(METRICS) + 1) + "|"]
    for s in forward:
        lines.append(f"| {s.article} | " + " | ".join(f"{s.counts[k].f1:.3f}" for k in METRICS) + " |")
    for name, first_is_gold in (("first coder as gold (A->C)", True),
                                ("second coder as gold (C->A)", False)):
        total = micro(scores(first_is_gold=first_is_gold))
        lines += ["", f"Overall, {name}:", "", "| metric | P | R | F1 |", "|---|---|---|---|"]
        lines += [f"| {k} | {total[k].precision:.3f} | {total[k].recall:.3f} | {total[k].f1:.3f} |"
                  for k in METRICS]
    return "\n".join(lines)


if __name__ == "__main__":
    print(markdown())
