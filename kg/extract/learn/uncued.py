"""The learned decision for attributed statements that no stance cue word values.

The rules drop a statement whose content has no cue word ("A freeze costs nothing and buys
time," she said) or value it only by :func:`kg.extract.stance.default_value` (obligation,
refusal, intention). Such *uncued* statements get features of what they say, not of which
article they are in: the lower-cased words of the content and of the quotation in the
sentence (only words that occur in at least three training sets are kept, so no article's
vocabulary is learnt), the polarity of evaluative words (VADER's lexicon, when the optional
``vaderSentiment`` package is installed), and the cue classes the rules compute (negation,
modality, first person, condition, contrast, question, hedge, quotation, speech verb, the
default value's verdict) and what the rules found the same holder saying elsewhere in the
article. A multinomial model over ``none`` and the stance values decides: a statement
becomes a stance with its most probable value when that value's probability reaches the
threshold, and that probability is its confidence.

During training (:class:`Recorder`), every uncued statement becomes a candidate item whose
value is decided later by each cross-validation fold's model.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Protocol

from kg.extract.lexicon import words
from kg.extract.stance import StanceValue

WORD_PREFIX = "w="
VERB_PREFIX = "verb="
CANDIDATE_CUE = "uncued candidate"
LEARNED_CUE = "learned: uncued statement"
NONE = "none"
_TOKEN_RE = re.compile(r"[a-z][a-z'-]*[a-z]|[a-z]")
_QUOTED_RE = re.compile(r"[\"\u201c]([^\"\u201c\u201d]{3,})[\"\u201d]")
_NEGATION_RE = re.compile(r"\b(?:not|never|no|nothing|nobody|cannot|no longer|without)\b|n't\b")
_MODAL_RE = re.compile(r"\b(?:would|could|might|may|should|must|can|will|shall)\b|'ll\b")
_DEONTIC_RE = re.compile(r"\b(?:must|should|need to|needs to|have to|has to|ought to)\b")
_CONDITION_RE = re.compile(r"\b(?:if|unless|provided|as long as|only when|once|until)\b")
FIRST_PERSON_RE = re.compile(r"\b(?:we|our|us|i|my|me)\b")
_CONTRAST_RE = re.compile(r"\b(?:but|however|although|though|yet|while|whereas)\b")
_HEDGE_RE = re.compile(r"\b(?:perhaps|possibly|maybe|likely|unlikely|appears?|seems?|only)\b")
_FUTURE_RE = re.compile(r"\b(?:will|would|going to|later|soon|next)\b|'ll\b")
_NEGATORS = frozenset({"not", "never", "no", "nothing", "cannot", "without", "nobody"})


@lru_cache(maxsize=1)
def valence_lexicon() -> dict[str, float]:
    """VADER's word valences (-4..4) from the ``vaderSentiment`` wheel; empty when that
    optional package is not installed (the polarity features are then 0)."""
    from importlib import resources

    try:
        source = resources.files("vaderSentiment").joinpath("vader_lexicon.txt")
        text = source.read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return {}
    out: dict[str, float] = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].isalpha():
            try:
                out[parts[0].lower()] = float(parts[1])
            except ValueError:
                continue
    return out


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens (apostrophes folded, possessive 's cut).

    >>> tokens("A freeze \u201ccosts nothing\u201d, it's Europe's call.")
    ['a', 'freeze', 'costs', 'nothing', "it's", 'europe', 'call']
    """
    low = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    return [t[:-2] if t.endswith("'s") and t != "it's" else t for t in _TOKEN_RE.findall(low)]


def polarity(toks: list[str]) -> tuple[float, float]:
    """Summed positive and negative valence of ``toks`` (a negator within the three words
    before a word flips it), each squashed to 0..1."""
    lexicon = valence_lexicon()
    pos = neg = 0.0
    for k, tok in enumerate(toks):
        v = lexicon.get(tok)
        if v is None:
            continue
        if _NEGATORS & set(toks[max(0, k - 3):k]):
            v = -0.7 * v
        if v > 0:
            pos += v
        else:
            neg -= v
    return math.tanh(pos / 4), math.tanh(neg / 4)


def holder_features(index: int, others: list[tuple[int, str]]) -> dict[str, float]:
    """What the rules found the same holder saying elsewhere in the article (``others``:
    sentence index and value of each cued stance of the holder): an actor's attitude is
    mostly consistent within one article, so its other stances hint at this one's value.

    >>> f = holder_features(5, [(1, "oppose"), (4, "oppose"), (9, "support")])
    >>> f["holder_oppose"], f["near_oppose"], f["near_support"]
    (0.667, 1.0, 0.0)
    """
    n = len(others)
    out = {"holder_cued": math.log1p(n)}
    near = [v for k, v in others if abs(k - index) <= 2]
    for value in ("support", "oppose", "conditional"):
        out[f"holder_{value}"] = round(sum(v == value for _, v in others) / n, 3) if n else 0.0
        out[f"near_{value}"] = float(value in near)
    return out


def holder_kind(actor: Any) -> dict[str, float]:
    """The holder's type, and whether it holds an office or speaks for a body: analysts,
    academics and other roles without an office comment rather than take positions."""
    role = set(tokens(actor.role or "")) | set(actor.descriptors)
    out = {f"holder_{t}": float(actor.type == t) for t in ("person", "organization", "state")}
    out.update({"holder_role": float(bool(actor.role)),
                "holder_represents": float(bool(actor.speaks_for or actor.affiliation)),
                "holder_non_office": float(bool(role & words("roles", "non_office")))})
    return out


def uncued_features(st: Any, default: StanceValue | None,
                    others: list[tuple[int, str]] | None = None) -> dict[str, float]:
    """The features of one uncued statement (``default``: the rules' default value;
    ``others``: the holder's cued stances in the article, see :func:`holder_features`)."""
    content = st.content
    low = content.lower().replace("\u2019", "'")
    sentence = st.sentence.text
    quoted = " ".join(_QUOTED_RE.findall(sentence))
    toks = tokens(content)
    bag = set(toks) | set(tokens(quoted))
    pos, neg = polarity(toks or tokens(quoted))
    negated = bool(_NEGATION_RE.search(low))
    verb = st.verb.split(":", 1)[0]
    speech = words("speech", "speech") | {"according", "quote"}
    feats: dict[str, float] = {f"{WORD_PREFIX}{w}": 1.0 for w in bag}
    feats.update({
        f"{VERB_PREFIX}{verb}": 1.0,
        "speech_verb": float(st.verb in speech),
        "nominal": float(st.verb.startswith("nominal:")),
        "quote_verb": float(st.verb == "quote"),
        "quoted": float(bool(quoted)),
        "content_quoted": float(bool(quoted) and quoted.strip()[:20] in content),
        "negation": float(negated),
        "modal": float(bool(_MODAL_RE.search(low))),
        "deontic": float(bool(_DEONTIC_RE.search(low))),
        "condition": float(bool(_CONDITION_RE.search(low))),
        "first_person": float(bool(FIRST_PERSON_RE.search(low))),
        "contrast": float(bool(_CONTRAST_RE.search(low))),
        "hedge": float(bool(_HEDGE_RE.search(low))),
        "future": float(bool(_FUTURE_RE.search(low))),
        "question": float("?" in sentence),
        "words": math.log1p(len(toks)),
        "positive": pos,
        "negative": neg,
        "polar": pos - neg,
        "voiced": float(st.voiced_by is not None and st.voiced_by.id != st.holder.id),
        **holder_kind(st.holder),
        "holder_confidence": float(st.holder.confidence),
        "statement_confidence": float(st.confidence),
        "own": float(st.own),
    })
    verdict = default.value if default is not None else NONE
    feats[f"default_{verdict}"] = 1.0
    feats.update(holder_features(st.sentence.index, others or []))
    feats.update(_gate_features(content, st.verb))
    return feats


def _gate_features(content: str, verb: str) -> dict[str, float]:
    """The uncued gate's signals (imported here: the signals module uses this one's
    lexicon helpers)."""
    from kg.extract.uncued_signals import gate_features, signals, value_of

    found = signals(content, verb)
    return gate_features(found, value_of(content, verb, found))


class Decider(Protocol):
    """What :func:`kg.extract.coding.stance_items` asks about an uncued statement."""

    records: bool
    override_default: bool

    def decide(self, features: dict[str, float]) -> StanceValue | None:
        """The statement's stance value, or ``None`` (no stance)."""


@dataclass(frozen=True)
class Recorder:
    """The training-time decider: every uncued statement becomes a candidate item (value
    ``support`` as a placeholder, cue :data:`CANDIDATE_CUE`), and statements the rules
    value by default keep their rule item too."""

    records: bool = True
    override_default: bool = True

    def decide(self, features: dict[str, float]) -> StanceValue | None:
        """A placeholder value that marks the item as a candidate."""
        return StanceValue("support", None, 0.5, (CANDIDATE_CUE,))


def decider(learned: Any, keep_features: bool) -> Decider | None:
    """The decider of an extractor: a :class:`Recorder` when it keeps features for
    training, else the learned model's uncued component, else (with a learned model)
    the shipped uncued gate (:mod:`kg.extract.learn.uncued_gate`); ``None``: rules only."""
    if keep_features:
        return Recorder()
    if learned is None:
        return None
    if getattr(learned, "uncued", None) is not None:
        return learned.uncued
    from kg.extract.learn.uncued_gate import shipped_gate

    return shipped_gate()
