"""Visual encoding of the network page: Okabe-Ito colours, node shapes and edge dashes.

Stance values are told apart by colour *and* line style (so the page still reads
in grey scale or with colour-vision deficiency); node kinds by shape.

>>> edge_style("oppose")["dashes"]
[10, 6]
>>> node_style("state")["shape"]
'dot'
"""

from __future__ import annotations

from typing import Any

OKABE_ITO = {
    "black": "#000000", "orange": "#E69F00", "sky_blue": "#56B4E9", "bluish_green": "#009E73",
    "yellow": "#F0E442", "blue": "#0072B2", "vermillion": "#D55E00", "reddish_purple": "#CC79A7",
    "grey": "#999999",
}

STANCE_STYLE: dict[str, dict[str, Any]] = {
    "support": {"color": OKABE_ITO["bluish_green"], "dashes": False, "line": "solid"},
    "oppose": {"color": OKABE_ITO["vermillion"], "dashes": [10, 6], "line": "dashed"},
    "conditional": {"color": OKABE_ITO["orange"], "dashes": [2, 5], "line": "dotted"},
    "mixed": {"color": OKABE_ITO["reddish_purple"], "dashes": [10, 4, 2, 4], "line": "dash-dot"},
    "neutral": {"color": OKABE_ITO["grey"], "dashes": [1, 8], "line": "sparse dots"},
    "congruence": {"color": OKABE_ITO["bluish_green"], "dashes": False, "line": "solid"},
    "conflict": {"color": OKABE_ITO["vermillion"], "dashes": [10, 6], "line": "dashed"},
}
LINK_STYLE: dict[str, Any] = {"color": "#7F7F7F", "dashes": False, "line": "thin grey"}

NODE_STYLE: dict[str, dict[str, str]] = {
    "state": {"shape": "dot", "color": OKABE_ITO["blue"]},
    "organization": {"shape": "hexagon", "color": OKABE_ITO["blue"]},
    "person": {"shape": "diamond", "color": OKABE_ITO["sky_blue"]},
    "actor": {"shape": "dot", "color": OKABE_ITO["sky_blue"]},
    "position": {"shape": "box", "color": OKABE_ITO["yellow"]},
    "proposal": {"shape": "ellipse", "color": "#F5C96B"},
    "issue": {"shape": "star", "color": "#BBBBBB"},
    "event": {"shape": "triangle", "color": OKABE_ITO["reddish_purple"]},
    "article": {"shape": "square", "color": "#FFFFFF"},
}
KIND_NAMES = {
    "state": "state", "organization": "organization", "person": "person", "actor": "actor",
    "position": "position", "proposal": "proposal", "issue": "issue", "event": "event",
    "article": "article",
}


def node_style(kind: str, group: str | None = None) -> dict[str, str]:
    """Shape and fill colour of a node kind (events share one style).

    >>> node_style("summit", "event")["shape"]
    'triangle'
    """
    return NODE_STYLE.get(kind) or NODE_STYLE.get(group or "", NODE_STYLE["actor"])


def edge_style(value: str) -> dict[str, Any]:
    """Colour, vis.js ``dashes`` and a line-style name for a stance value or link."""
    return STANCE_STYLE.get(value, LINK_STYLE)


def legend(node_kinds: set[str], edge_values: set[str]) -> dict[str, list[dict[str, Any]]]:
    """The legend entries for the kinds and values present on the page.

    >>> [e["name"] for e in legend({"state"}, {"support", "on_issue"})["edges"]]
    ['support', 'link']
    """
    nodes = [{"name": KIND_NAMES[k], **node_style(k)} for k in KIND_NAMES if k in node_kinds]
    edges = [{"name": v, **STANCE_STYLE[v]} for v in STANCE_STYLE if v in edge_values]
    if edge_values - set(STANCE_STYLE):
        edges.append({"name": "link", **LINK_STYLE})
    return {"nodes": nodes, "edges": edges}
