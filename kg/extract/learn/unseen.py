"""Does a learned issue decision transfer to text the rules were not written on?

The rules were written against the development sets, so on those sets the rules' issue is
nearly always right and a model stacked on the rules learns to trust it. The sets no rule
was derived from (held back while the rules were written: the *unseen* sets) show the
rules' error on fresh text. This harness scores each configuration by leave-one-set-out
over the unseen sets, trained either on every other set or on the other unseen sets only,
and counts what it did: items whose first issue it replaced, and codes it added. The
README's "The learned component" reports its session-21 run::

    python -m kg.extract.learn.unseen --gold data/corpus/dev ... --gold data/corpus/blind20 \\
        --unseen blind17 --unseen blind18 --unseen blind19 --unseen blind20

An experiment harness: nothing in the pipeline imports it.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from kg.errors import KgError
from kg.evaluate import micro, score
from kg.extract.learn.crossval import METRICS
from kg.extract.learn.dataset import ArticleData, build
from kg.extract.learn.train import Config, fit, gold_parser, printed

CONFIGS = (
    *(Config(issue=True, keep=False, lexical=lexical, margin=margin)
      for lexical in (False, True) for margin in (0.0, 0.1)),
    *(Config(issue=True, keep=False, lexical=lexical, margin=1.0, second=second)  # add only
      for lexical in (False, True) for second in (0.1, 0.2, 0.3)),
)


class TrainOn(Enum):
    """Which sets a fold's model is fitted on."""

    ALL = "all"  # every set but the held-out one
    UNSEEN = "unseen"  # the other unseen sets only


@dataclass(frozen=True)
class Row:
    """One configuration's pooled F1 over the held-out unseen sets, and its edits."""

    label: str
    f1: dict[str, float]
    replaced: int  # items whose first issue the model changed
    added: int  # issue codes the model added to an item


def _issues(item: dict) -> list[str]:
    issue = item.get("issue")
    return list(issue) if isinstance(issue, list) else [issue]


def transfer(data: list[ArticleData], unseen: Sequence[str],
             configs: Sequence[Config] = CONFIGS, *, train_on: TrainOn = TrainOn.ALL
             ) -> list[Row]:
    """The rules' row, then one row per configuration, each pooled over ``unseen``.

    >>> transfer([], ["blind17"], [])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kg.errors.KgError: no articles of the unseen set(s) blind17
    """
    missing = [s for s in unseen if not any(a.group == s for a in data)]
    if missing:
        raise KgError(f"no articles of the unseen set(s) {', '.join(missing)}")
    rows = []
    for config in (None, *configs):
        scores, replaced, added = [], 0, 0
        for held in unseen:
            pool = [a for a in data if a.group != held
                    and (train_on is TrainOn.ALL or a.group in unseen)]
            model = fit(pool, config) if config is not None else None
            for article in (a for a in data if a.group == held):
                pred = copy.deepcopy(article.pred)
                if model is not None:
                    before = [_issues(i) for i in pred["stances"]]
                    pred["stances"] = model.apply(pred["stances"], article.rows)
                    for old, item in zip(before, pred["stances"], strict=True):
                        new = _issues(item)
                        replaced += new[0] != old[0]
                        added += len(set(new[1:]) - set(old))
                scores.append(score(article.gold, pred, group=article.group))
        total = micro(scores)
        rows.append(Row("rules" if config is None else config.label(),
                        {m: total[m].f1 for m in METRICS}, replaced, added))
    return rows


def table(rows: Sequence[Row]) -> str:
    """Plain text, one line per row."""
    lines = [f"{'config':<44}{'h-s':>8}{'h-i-s':>8}{'replaced':>10}{'added':>8}"]
    lines += [f"{r.label:<44}{r.f1[METRICS[0]]:>8.3f}{r.f1[METRICS[1]]:>8.3f}"
              f"{r.replaced:>10}{r.added:>8}" for r in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """The command (see the module docstring)."""
    parser = gold_parser("python -m kg.extract.learn.unseen",
                         "Issue models scored on rule-unseen sets.")
    parser.add_argument("--unseen", action="append", required=True,
                        help="the name of a set no rule was derived from (repeat)")
    args = parser.parse_args(argv)

    def report() -> str:
        data = build(args.gold, use_spacy=not args.rule_only)
        return "\n".join(f"trained on {train_on.value} other sets\n"
                         + table(transfer(data, args.unseen, train_on=train_on))
                         for train_on in TrainOn)

    return printed(report)


if __name__ == "__main__":
    raise SystemExit(main())
