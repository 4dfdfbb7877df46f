"""The stance a conditional stance brings besides its own: what its condition demands.

"We will sign only if the troops leave" supports the signing on a condition
(:func:`kg.extract.stance.classify`) and, paired with it, supports the troops leaving
(coding guide 3.4): :func:`demanded` finds the outcome a condition demands, :func:`paired`
the second stance (also for the restriction of a refused or accepted variant,
:mod:`kg.extract.variants`).
"""

from __future__ import annotations

import re

from kg.extract.conditions import (
    BARE_IF_CUES,
    DEMAND_CUES,
    WHILE,
    bare_if_demand,
    demanded_outcome,
    while_demand,
)
from kg.extract.stance_value import StanceValue
from kg.extract.variants import ACCEPTED_VARIANT, REFUSED_VARIANT, omitted


def demanded(value: StanceValue) -> str | None:
    """The outcome a conditional stance, or a neutral hedge with a condition ("could look at
    X if Y"), demands (its condition without the cue), or ``None`` when the condition is not
    phrased as a demand.

    >>> from kg.extract.stance import classify
    >>> demanded(classify("We will sign only if the troops leave."))
    'the troops leave'
    >>> demanded(classify("The agency would send monitors if both sides asked.")) is None
    True
    """
    if value.value not in {"conditional", "neutral"} or not value.condition:
        return None
    if WHILE in value.cues:  # "no ceasefire while the town is held": its end is demanded
        return while_demand(value.condition)
    cue = next((c for c in value.cues if c in DEMAND_CUES), None)
    if cue is None and BARE_IF_CUES & set(value.cues):
        return bare_if_demand(value.condition)
    return demanded_outcome(cue, value.condition) if cue else None


# A condition whose own predicate is negated ("provided the money is not spent on Y", "as
# long as nobody is asked to sign", "provided none of it goes to Y"): the paired stance
# opposes what it names (coding guide 3, session-10 clarifications, "Negated conditions and
# refusals name their target"). Only the condition's first clause counts: a negation in a
# complement or a coordinated clause ("guaranteed that no jobs go", "committed not to enrich",
# "is automatic and needs no vote") belongs to what is demanded.
_DEMAND_HEAD_RE = re.compile(r"[,;]|\b(?:and|but|or|that|which|who)\b", re.IGNORECASE)
_NEGATED_DEMAND_RE = re.compile(
    r"^\W*(?:no|none|nobody|nothing|neither)\b|\b(?:is|are|was|were|be|been|do|does|did|will"
    r"|would|can|could|shall|should|must|has|have|had)\s+(?:not|never)\b|n't\b", re.IGNORECASE)


def _negated_demand(demand: str) -> bool:
    return bool(_NEGATED_DEMAND_RE.search(_DEMAND_HEAD_RE.split(demand, maxsplit=1)[0]))


def paired(value: StanceValue) -> tuple[str, str] | None:
    """The second stance a conditional stance brings (coding guide 3.4 and its
    clarifications): support for an outcome it demands ("only if the troops leave"), or,
    for the restriction of a refused variant, opposition to what it would do ("would not
    sign any text that allows bottom trawling" opposes the trawling) and support for what
    it would leave out ("that fails to fund the railway", "that ignores the fishermen": the
    holder wants them served, :func:`kg.extract.variants.omitted`); ``None`` when there is none.

    >>> from kg.extract.stance import classify
    >>> paired(classify("We will sign only if the troops leave."))
    ('the troops leave', 'support')
    >>> paired(classify("We will not sign any text that allows bottom trawling."))
    ('allows bottom trawling', 'oppose')
    >>> paired(classify("We will not sign any text that fails to fund the railway."))
    ('fails to fund the railway', 'support')
    """
    if value.demand is not None:  # "will strike unless the bonus is restored"
        return value.demand, "support"
    if REFUSED_VARIANT in value.cues and value.condition:
        return value.condition, "support" if omitted(value.condition) else "oppose"
    if ACCEPTED_VARIANT in value.cues and value.condition:  # "would support any X that Y"
        return value.condition, "oppose" if omitted(value.condition) else "support"
    demand = demanded(value)
    if demand is not None and _negated_demand(demand):  # "provided none of it goes to Y"
        return demand, "oppose"
    return (demand, "support") if demand is not None else None
