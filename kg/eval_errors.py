"""Where the machine and a curated sheet disagree, stance by stance (``kg eval --errors``).

The scores of :mod:`kg.evaluate` say how often the machine is wrong; a coder
reviewing drafts, or an engineer improving the rules, needs to see *which*
stances and *how*. Each curated stance is paired with the machine stances whose
first evidence span lies in the same sentence (the speaker rule of the coding
guide, section 7). A curated stance with an exact match there is agreed and not
listed; otherwise it is listed as

- ``missing``: no machine stance in that sentence at all;
- the fields in which the closest machine stance of the sentence differs,
  joined by ``+`` (``holder``, ``issue``, ``value``, e.g. ``issue+value``).

A machine stance with no curated stance in its sentence is ``spurious``.
Holders are compared after the article's actor mapping (machine ids that match
no curated actor keep a ``pred:`` prefix).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from kg.evaluate import actor_mapping, issues_of, same_sentence

FIELDS = ("holder", "issue", "value")
COLUMNS = ("group", "article", "kind", "start", "gold_holder", "gold_issue", "gold_value",
           "machine_holder", "machine_issue", "machine_value", "evidence")


@dataclass(frozen=True)
class Disagreement:
    """One curated stance the machine got wrong, or one machine stance with no curated one."""

    group: str
    article: str
    kind: str
    start: int
    gold: tuple[str, str, str] | None
    machine: tuple[str, str, str] | None
    evidence: str

    def row(self) -> list[str]:
        """The TSV cells, in the order of :data:`COLUMNS`."""
        gold, machine = self.gold or ("", "", ""), self.machine or ("", "", "")
        return [self.group, self.article, self.kind, str(self.start), *gold, *machine,
                " ".join(self.evidence.split())]


@dataclass(frozen=True)
class _Item:
    span: tuple[int, int]
    holder: str
    issues: frozenset[str]
    value: str
    text: str

    def fields(self) -> tuple[str, str, str]:
        return self.holder, "|".join(sorted(self.issues)), self.value

    def differs(self, other: _Item) -> tuple[str, ...]:
        same = (self.holder == other.holder, bool(self.issues & other.issues),
                self.value == other.value)
        return tuple(name for name, ok in zip(FIELDS, same, strict=True) if not ok)


def _items(stances: list[dict[str, Any]], holder_of: Any) -> list[_Item]:
    out = []
    for s in stances:
        evidence = (s.get("evidence") or [None])[0]
        if evidence is None:
            continue
        out.append(_Item((int(evidence["start"]), int(evidence["end"])), holder_of(s["holder"]),
                         frozenset(i for i in issues_of(s) if i), s["value"],
                         evidence.get("text") or ""))
    return out


def disagreements(gold: dict[str, Any], pred: dict[str, Any], *,
                  group: str = "") -> list[Disagreement]:
    """The curated stances of ``gold`` the machine sheet ``pred`` gets wrong, and its spurious ones.

    >>> ev = [{"start": 0, "end": 20, "text": "Oslo backs the deal."}]
    >>> gold = {"article": {"id": "a"}, "actors": [{"id": "norway", "label": "Norway"}],
    ...         "stances": [{"holder": "norway", "issue": "deal", "value": "support",
    ...                      "evidence": ev}]}
    >>> pred = {"actors": [{"id": "no", "label": "Norway"}],
    ...         "stances": [{"holder": "no", "issue": "deal", "value": "oppose", "evidence": ev}]}
    >>> [(d.kind, d.gold[2], d.machine[2]) for d in disagreements(gold, pred)]
    [('value', 'support', 'oppose')]
    """
    mapping = actor_mapping(gold.get("actors") or [], pred.get("actors") or [])
    article = gold["article"]["id"]
    gold_items = _items(gold.get("stances") or [], lambda h: h)
    pred_items = _items(pred.get("stances") or [], lambda h: mapping.get(h, f"pred:{h}"))
    out = []
    for g in gold_items:
        near = [p for p in pred_items if same_sentence(p.span, g.span)]
        if not near:
            out.append(Disagreement(group, article, "missing", g.span[0], g.fields(), None, g.text))
            continue
        best = min(near, key=lambda p: (len(g.differs(p)), p.span))
        if best.differs(g):
            out.append(Disagreement(group, article, "+".join(g.differs(best)), g.span[0],
                                    g.fields(), best.fields(), g.text))
    for p in pred_items:
        if not any(same_sentence(p.span, g.span) for g in gold_items):
            out.append(Disagreement(group, article, "spurious", p.span[0], None, p.fields(),
                                    p.text))
    return sorted(out, key=lambda d: (d.group, d.article, d.start, d.kind))


def as_tsv(rows: list[Disagreement]) -> str:
    """Tab-separated values with a header line (tabs and newlines in evidence become spaces).

    >>> as_tsv([]).strip() == "\\t".join(COLUMNS)
    True
    """
    lines = ["\t".join(COLUMNS)]
    lines += ["\t".join(cell.replace("\t", " ") for cell in d.row()) for d in rows]
    return "\n".join(lines) + "\n"


def summary(rows: list[Disagreement]) -> str:
    """One line counting the disagreements by kind, most frequent first.

    >>> summary([])
    'no disagreements'
    """
    if not rows:
        return "no disagreements"
    counts = Counter(d.kind for d in rows)
    return ", ".join(f"{kind} {n}" for kind, n in
                     sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
