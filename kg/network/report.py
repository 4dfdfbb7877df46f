"""Plain-text tables for the analysis report of :func:`kg.network.analysis.analyze`.

>>> print(table(["name", "n"], [["a", 1], ["bb", 22]]))
name  n
----  --
a     1
bb    22
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def table(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """Left-aligned columns separated by two spaces, with a dashed rule under the header."""
    cells = [[str(h) for h in header]] + [["" if c is None else str(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()
             for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def format_report(report: dict[str, Any]) -> str:
    """The whole analysis report as readable text.

    >>> from kg.network.analysis import analyze
    >>> from kg.network.records import GraphData, StanceRecord
    >>> text = format_report(analyze(GraphData(stances=[StanceRecord("1", "a", "p", "support")])))
    >>> text.splitlines()[0]
    'positions view: 2 nodes, 1 edges, 1 stances (weights: count)'
    """
    out = [f"{report['view']} view: {report['nodes']} nodes, {report['edges']} edges, "
           f"{report['stances']} stances (weights: {report['normalize']})", ""]
    out += ["Centrality (brokers first)",
            table(["node", "kind", "degree", "weighted", "betweenness"],
                  [[r["label"], r["kind"], r["degree"], r["weighted_degree"], r["betweenness"]]
                   for r in report["centrality"]]), ""]
    coal = report["coalitions"]
    out.append(f"Coalitions ({coal['method']}, seed {coal['seed']}, "
               f"modularity {coal['modularity']})")
    out.append(table(["#", "size", "members"],
                     [[i + 1, len(m), ", ".join(m)] for i, m in enumerate(coal["labels"])]))
    bal = report["balance"]
    fraction = "n/a" if bal["balanced_fraction"] is None else bal["balanced_fraction"]
    out += ["", "Structural balance (signed actor network)",
            f"signed edges {bal['signed_edges']} ({bal['negative_edges']} negative), "
            f"triangles {bal['triangles']}, balanced {bal['balanced_triangles']} "
            f"(fraction {fraction}), frustration index {bal['frustration']} "
            f"({bal['frustration_method']})", ""]
    out.append("Sticking points (most polarised first)")
    out.append(table(["target", "polarisation", "support", "oppose", "conditional", "mixed"],
                     [[s["label"], s["polarisation"], ", ".join(s["support"]),
                       ", ".join(s["oppose"]), ", ".join(s["conditional"]),
                       ", ".join(s["mixed"])] for s in report["sticking_points"]])
               if report["sticking_points"] else "none")
    return "\n".join(out)
