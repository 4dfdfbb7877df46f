"""The value of a classified statement (:class:`StanceValue`), shared by the modules that
give one: cue words (:mod:`kg.extract.stance`), refused variants
(:mod:`kg.extract.variants`), the learned components (:mod:`kg.extract.learn`)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class StanceValue:
    """A classified statement: value, optional condition text, confidence, cue words, and
    an outcome it demands besides its value (``demand``: a threat's negative condition,
    "will strike if the bonus is not restored" demands the bonus; coding guide 3, session-9
    clarifications, "A threat with a negative condition"), and the clause a threat is aimed
    at (``aim``: "we will retaliate if the controls take effect" opposes the controls, rule
    3.5), whose matter is the stance's issue."""

    value: str
    condition: str | None
    confidence: float
    cues: tuple[str, ...]
    demand: str | None = None
    aim: str | None = None
