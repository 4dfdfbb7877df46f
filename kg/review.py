"""Reviewing a machine draft: its stances beside the curated coding of the same article.

Re-exported as :func:`kg.compare_stances` (and :func:`kg.api.compare_stances`); pandas is
imported only when a table is made.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["compare_stances"]


def _overlap(a: Mapping[str, Any], b: Mapping[str, Any]) -> int:
    """The longest overlap, in characters, of an evidence span of ``a`` with one of ``b``."""
    spans = [[(int(e["start"]), int(e["end"])) for e in s.get("evidence") or []
              if e.get("start") is not None and e.get("end") is not None] for s in (a, b)]
    return max((min(x[1], y[1]) - max(x[0], y[0]) for x, y in itertools.product(*spans)),
               default=0)


def _first_quote(stance: Mapping[str, Any]) -> str | None:
    return (stance.get("evidence") or [{}])[0].get("text")


def compare_stances(draft: Mapping[str, Any], curated: Mapping[str, Any]) -> pd.DataFrame:
    """Curated and machine stances of one article side by side.

    Each curated stance is paired with the machine stance whose evidence overlaps
    it most (each machine stance used once); machine actors are mapped to curated
    ones as :mod:`kg.evaluate` does. Unpaired machine stances come last.
    ``agree`` says whether holder and value are the same.

    >>> gold = {"actors": [{"id": "ru", "label": "Russia"}], "stances": [
    ...     {"id": "g", "holder": "ru", "target": "p", "value": "oppose",
    ...      "evidence": [{"start": 0, "end": 10, "text": "No deal yet"}]}]}
    >>> pred = {"actors": [{"id": "russia", "label": "Russia"}], "stances": [
    ...     {"id": "m", "holder": "russia", "target": "q", "value": "support",
    ...      "evidence": [{"start": 2, "end": 12, "text": "deal yet"}]}]}
    >>> compare_stances(pred, gold)[["curated_value", "machine_value", "agree"]].values.tolist()
    [['oppose', 'support', False]]
    """
    import pandas as pd

    from kg.evaluate import actor_mapping

    mapping = actor_mapping(list(curated.get("actors") or []), list(draft.get("actors") or []))
    machine = list(draft.get("stances") or [])
    used: set[int] = set()
    rows = []

    def side(prefix: str, s: Mapping[str, Any] | None, holder: str | None) -> dict[str, Any]:
        s = s or {}
        return {f"{prefix}_holder": holder, **{f"{prefix}_{k}": s.get(k)
                                              for k in ("target", "value", "confidence")}}

    for gold in curated.get("stances") or []:
        scored = [(_overlap(gold, m), i) for i, m in enumerate(machine) if i not in used]
        best = max(scored, default=(0, -1))
        match = machine[best[1]] if best[0] > 0 else None
        if match is not None:
            used.add(best[1])
        mapped = mapping.get(match["holder"], match["holder"]) if match else None
        rows.append({"evidence": _first_quote(gold), **side("curated", gold, gold["holder"]),
                     **side("machine", match, mapped), "agree": bool(match)
                     and mapped == gold["holder"] and match.get("value") == gold.get("value")})
    rows += [{"evidence": _first_quote(m), **side("curated", None, None),
              **side("machine", m, mapping.get(m["holder"], m["holder"])), "agree": False}
             for i, m in enumerate(machine) if i not in used]
    return pd.DataFrame(rows).drop(columns=["curated_confidence"])
