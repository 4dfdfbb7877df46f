"""Negotiation frames: talks whose definition takes in matters that other concepts name.

Coalition talks test a government on its budget ("budgets as a coalition test",
ontology/issues.ttl), whose items other concepts name (teachers' pay, defence spending);
climate talks take in the money and the energy deals of a climate plan (economic
cooperation is "not ... climate finance", coding guide 5). ``frames`` in
data/lexicons/issues.yaml lists each frame with the concepts it absorbs. A frame named
nearly as often as the concept it absorbs is the article's topic, though that concept's
words are more frequent; in an article whose topic is the frame, a statement whose words
point to a concept the frame absorbs is about the frame, except for the frames listed in
``frame_prior_only`` (coding guide 3: policy measures in coalition or budget talks keep
their own code), which are only the article's prior.

>>> frames = Frames({"coalition_government": frozenset({"labour_wages"})})
>>> frames.topic(Counter({"labour_wages": 20, "coalition_government": 18}), "labour_wages")
'coalition_government'
>>> frames.topic(Counter({"labour_wages": 20, "coalition_government": 9}), "labour_wages")
'labour_wages'
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

FRAMES_KEY = "frames"  # frame code -> the codes it absorbs (data/lexicons/issues.yaml)
PRIOR_ONLY_KEY = "frame_prior_only"  # frames that absorb nothing in a statement
FRAME_SHARE = 0.75  # a frame named this share as often as what it absorbs is the topic


@dataclass(frozen=True)
class Frames:
    """Each frame's absorbed concepts, and the frames that are only an article's prior."""

    absorbs: dict[str, frozenset[str]] = field(default_factory=dict)
    prior_only: frozenset[str] = frozenset()

    def topic(self, counts: Counter[str], code: str) -> str:
        """The article's topic when ``code`` is its most-named issue (``counts``: mentions per
        issue): a frame that absorbs ``code`` and is named at least ``FRAME_SHARE`` as often,
        else ``code``. A frame that is only a prior gives way in turn to a matter it does not
        absorb named at least ``FRAME_SHARE`` as often as the frame: coalition talks over a
        coal exit are about the coal exit (coding guide 3: the measure keeps its own code).

        >>> frames = Frames({"coalition_government": frozenset({"labour_wages"})},
        ...                 frozenset({"coalition_government"}))
        >>> frames.topic(Counter({"coalition_government": 13, "climate_emissions": 11}),
        ...              "coalition_government")
        'climate_emissions'
        """
        for frame, absorbed in self.absorbs.items():
            if code in absorbed and counts[frame] > 0 and counts[frame] >= FRAME_SHARE * counts[code]:
                code = frame
                break
        if code in self.prior_only:
            for rival, count in counts.most_common():
                if rival != code and rival not in self.absorbs[code] \
                        and count >= FRAME_SHARE * counts[code]:
                    return rival
        return code

    def statement(self, best: str, topic: str | None) -> str:
        """A statement's issue: ``best``, the issue its words point to, unless the article's
        ``topic`` is a frame that absorbs it in statements.

        >>> Frames({"climate_emissions": frozenset({"economic_cooperation"})}).statement(
        ...     "economic_cooperation", "climate_emissions")
        'climate_emissions'
        """
        if topic and topic not in self.prior_only and best in self.absorbs.get(topic, ()):
            return topic
        return best


def read_frames(data: dict[str, Any], codes: set[str], error: type[Exception],
                where: str) -> Frames:
    """The frames of the issue lexicon ``data`` (its ``frames`` and ``frame_prior_only``
    entries, taken out of ``data``), checked against the scheme's ``codes``."""
    raw = data.pop(FRAMES_KEY, None) or {}
    prior_only = data.pop(PRIOR_ONLY_KEY, None) or []
    if not isinstance(raw, dict) or not isinstance(prior_only, list):
        raise error(f"{where}: {FRAMES_KEY}: expected a mapping of frame -> codes, "
                    f"{PRIOR_ONLY_KEY}: a list of frames")
    absorbs: dict[str, frozenset[str]] = {}
    for frame, absorbed in raw.items():
        if not isinstance(absorbed, list):
            raise error(f"{where}: {FRAMES_KEY}: {frame}: expected a list of codes")
        unknown = [c for c in [frame, *absorbed] if str(c) not in codes]
        if unknown:
            raise error(f"{where}: {FRAMES_KEY}: {frame}: unknown issue code {unknown[0]!r}")
        absorbs[str(frame)] = frozenset(str(c) for c in absorbed)
    unknown = [f for f in prior_only if str(f) not in absorbs]
    if unknown:
        raise error(f"{where}: {PRIOR_ONLY_KEY}: {unknown[0]!r} is no frame")
    return Frames(absorbs, frozenset(str(f) for f in prior_only))
