"""Print the inter-coder agreement tables of a second coding (Markdown).

The first coder's sheets (``data/corpus/<set>``) and the second coder's sheets
(``data/corpus/second-coding/<set>``) are scored against each other with kg's own
scorer (``kg.evaluate.score``, coding guide section 7), for the articles that both
coded, in both directions: first coder as gold (``A->C``: C's sheet is the
prediction) and second coder as gold (``C->A``). F1 is the same both ways for the
set metrics; precision and recall swap. A second coding may cover only some of a
set's articles: only those are scored, and the tables' first line says how many of
the set's articles that is.

One code path serves every second-coded set (``blind2``, ``blind7``, ``blind9``, ...): the set
is the name of a folder under ``second-coding/`` and of its original under
``data/corpus/``.

``--diff`` prints, per article, what the scorer sees differently: actors only one
coder lists, (sentence, speaker) pairs only one coding has, and the (holder, value)
and (holder, issue, value) items only one coding has (``A only`` / ``C only``), in
the first coder's actor ids. It is the starting point for classifying the
disagreements by hand.

Usage: python data/corpus/second-coding/tools/agreement.py [SET] [--diff]
       (SET defaults to blind2)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.annotations import load_annotation
from kg.evaluate import METRICS, ArticleScore, actor_mapping, micro, same_sentence, score

ROOT = Path(__file__).resolve().parents[4]
CORPUS = ROOT / "data" / "corpus"
SECOND_CODING = CORPUS / "second-coding"
DEFAULT_SET = "blind2"


def folders(name: str = DEFAULT_SET) -> tuple[Path, Path]:
    """(first coder's folder, second coder's folder) of a second-coded set."""
    return CORPUS / name, SECOND_CODING / name


def coverage(name: str = DEFAULT_SET) -> tuple[int, int]:
    """(articles second-coded, articles in the first coder's set) of a set."""
    first_dir, second_dir = folders(name)
    return len(list(second_dir.glob("*.yaml"))), len(list(first_dir.glob("*.yaml")))


def pairs(name: str = DEFAULT_SET) -> list[tuple[dict, dict]]:
    """(first coder's sheet, second coder's sheet) for every second-coded article of a set."""
    first_dir, second_dir = folders(name)
    out = []
    for path in sorted(second_dir.glob("*.yaml")):
        second = load_annotation(path).data
        first = load_annotation(first_dir / f"{second['article']['id']}.yaml").data
        out.append((first, second))
    if not out:
        raise SystemExit(f"{second_dir}: no second-coding sheets found")
    return out


def scores(name: str = DEFAULT_SET, *, first_is_gold: bool = True) -> list[ArticleScore]:
    """Per-article scores, with the first (default) or the second coder as gold."""
    return [score(a, c) if first_is_gold else score(c, a) for a, c in pairs(name)]


def markdown(name: str = DEFAULT_SET) -> str:
    """The per-article F1 table and the overall P/R/F1 tables of both directions."""
    forward = scores(name, first_is_gold=True)
    coded, total_articles = coverage(name)
    scope = "all" if coded == total_articles else "only the second-coded"
    lines = [f"{name}: {coded} of {total_articles} articles second-coded; {scope} articles are scored.",
             "", "| article | " + " | ".join(METRICS) + " |", "|---" * (len(METRICS) + 1) + "|"]
    for s in forward:
        lines.append(f"| {s.article} | " + " | ".join(f"{s.counts[k].f1:.3f}" for k in METRICS) + " |")
    for label, first_is_gold in (("first coder as gold (A->C)", True),
                                 ("second coder as gold (C->A)", False)):
        total = micro(scores(name, first_is_gold=first_is_gold))
        lines += ["", f"Overall, {label}:", "", "| metric | P | R | F1 |", "|---|---|---|---|"]
        lines += [f"| {k} | {total[k].precision:.3f} | {total[k].recall:.3f} | {total[k].f1:.3f} |"
                  for k in METRICS]
    return "\n".join(lines)


def _items(sheet: dict, mapping: dict[str, str]) -> tuple[set, set]:
    """(holder, value) and (holder, issue, value) sets of a sheet, holders mapped to A's ids."""
    def m(actor_id: str) -> str:
        return mapping.get(actor_id, actor_id)

    hv, hiv = set(), set()
    for s in sheet.get("stances") or []:
        issues = s["issue"] if isinstance(s["issue"], list) else [s["issue"]]
        hv.add((m(s["holder"]), s["value"]))
        hiv.update((m(s["holder"]), i, s["value"]) for i in issues)
    return hv, hiv


def _speaker_pairs(sheet: dict, mapping: dict[str, str]) -> list[tuple[tuple[int, int], str, str]]:
    """(evidence offsets, speaker, evidence text) of every stance, speakers mapped to A's ids."""
    out = []
    for s in sheet.get("stances") or []:
        for ev in (s.get("evidence") or [])[:1]:
            speaker = s.get("voiced_by") or s["holder"]
            out.append(((int(ev["start"]), int(ev["end"])), mapping.get(speaker, speaker), ev["text"]))
    return out


def _unmatched(mine: list, theirs: list) -> list[str]:
    """Speaker pairs of ``mine`` with no pair of ``theirs`` in the same sentence (scorer's test)."""
    return [f"{speaker}: {text[:70]!r}" for ev, speaker, text in dict.fromkeys(mine)
            if not any(sp == speaker and same_sentence(ev, other) for other, sp, _ in theirs)]


def diff(name: str = DEFAULT_SET) -> str:
    """Per article, the actors and stance items that only one of the two codings has."""
    lines = []
    for a, c in pairs(name):
        mapping = actor_mapping(a.get("actors") or [], c.get("actors") or [])
        a_ids = {x["id"] for x in a.get("actors") or []}
        c_only_actors = sorted(x["id"] for x in c.get("actors") or [] if x["id"] not in mapping)
        a_only_actors = sorted(a_ids - set(mapping.values()))
        (a_hv, a_hiv), (c_hv, c_hiv) = _items(a, {}), _items(c, mapping)
        a_sp, c_sp = _speaker_pairs(a, {}), _speaker_pairs(c, mapping)
        lines.append(f"## {a['article']['id']}")
        for label, only in (("actors A only", a_only_actors), ("actors C only", c_only_actors),
                            ("speaker A only", _unmatched(a_sp, c_sp)),
                            ("speaker C only", _unmatched(c_sp, a_sp)),
                            ("holder_value A only", sorted(a_hv - c_hv)),
                            ("holder_value C only", sorted(c_hv - a_hv)),
                            ("holder_issue_value A only", sorted(a_hiv - c_hiv)),
                            ("holder_issue_value C only", sorted(c_hiv - a_hiv))):
            if only:
                lines.append(f"- {label}: " + "; ".join(
                    x if isinstance(x, str) else ", ".join(x) for x in only))
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    """Print the agreement tables (or, with ``--diff``, the items only one coding has)."""
    parser = argparse.ArgumentParser(
        prog="agreement.py",
        description="Agreement of a set's first coding (data/corpus/SET) with its second "
        "coding (data/corpus/second-coding/SET), scored with kg's own scorer.")
    parser.add_argument("set", nargs="?", default=DEFAULT_SET, metavar="SET",
                        help=f"a folder under second-coding/ (default {DEFAULT_SET})")
    parser.add_argument("--diff", action="store_true",
                        help="print, per article, what only one coding has")
    args = parser.parse_args(argv)
    print(diff(args.set) if args.diff else markdown(args.set))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
