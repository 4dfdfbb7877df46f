"""Stance values from cue words: support, oppose, conditional, mixed, neutral.

Works on the plain text of a statement, so it runs with or without a
parser. Negation flips a cue ("will not accept" → oppose, "did not reject"
→ neutral); hedges ("could consider", "would not rule out") give neutral;
conditions ("only if", "provided that", "depends on") give conditional;
support and oppose cues joined by a contrast ("but", "though") give mixed.

>>> classify("We will not accept any deal that rewards aggression.").value
'oppose'
>>> classify("Berlin backed the plan.").value
'support'
>>> classify("She is ready to sign, provided that the tariffs go.").value
'conditional'
>>> classify("Some ideas are acceptable, but some wording doesn't work for us.").value
'mixed'
>>> classify("The ministry could consider the offer.").value
'neutral'
>>> classify("The port handles nine million containers a year.") is None
True
>>> classify("We will retaliate if the controls take effect.").value
'oppose'
>>> classify("The union would suspend the strike if jobs were guaranteed.").value
'conditional'

An attributed statement without a cue word still reports an attitude when it
is evaluative (a modal, a negation, first-person words, a quotation):
:func:`default_value` gives it the clause's polarity, with low confidence.

>>> default_value("we will not hand over the keys").value
'oppose'
>>> default_value("the talks began in 2023") is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.extract.lexicon import words

_NEGATION_RE = re.compile(
    r"\b(not|never|no longer|cannot|can't|won't|wouldn't|don't|doesn't|didn't|isn't|aren't"
    r"|wasn't|weren't|hasn't|haven't|shouldn't|refuse[sd]? to|refusing to)\s+(\w+\s+){0,2}$"
)
_WOULD_IF_RE = re.compile(r"\b(would|will|could|can|is ready to|are ready to)\b[^.;]{0,80}\bif\b")
_FIRM_NO = {"ruled out", "rules out", "rule out", "rejected", "rejects", "reject", "refused",
            "refuses", "refuse", "unacceptable", "non-starter", "not up for negotiation"}
_CLAUSE_END_RE = re.compile(r"[,;.!?\"]")
# Default polarity of a cue-less attributed statement (coding guide 3.3, 3.6, 3.7).
_CLAUSE_NEGATION_RE = re.compile(
    r"\b(not|never|no|nobody|nothing|none|neither|nor|without|cannot|no longer)\b|n't\b")
# Negation of the speaker's own clause; "nobody wins", "nothing changed" are generic.
_OWN_NEGATION_RE = re.compile(r"\b(not|never|no|without|cannot|no longer)\b|n't\b")
_DEONTIC_RE = re.compile(r"\b(must|should|need to|needs to|have to|has to|ought to|insist\w*)\b")
_FIRST_PERSON_RE = re.compile(r"\b(we|our|i|my)\b|\blet's\b")
_VOLITION_RE = re.compile(r"\b(will|would|want|wants|shall|can|cannot|going to|ready)\b|'ll\b|n't\b")


@dataclass(frozen=True)
class StanceValue:
    """A classified statement: value, optional condition text, confidence, cue words."""

    value: str
    condition: str | None
    confidence: float
    cues: tuple[str, ...]


@lru_cache(maxsize=8)
def _pattern(key: str) -> re.Pattern[str]:
    phrases = sorted(words("stance", key), key=len, reverse=True)
    body = "|".join(re.escape(p) for p in phrases)
    return re.compile(rf"(?<![\w'-])(?:{body})(?![\w'-])")


def _finds(key: str, low: str) -> list[re.Match[str]]:
    return list(_pattern(key).finditer(low))


def _fold(text: str) -> str:
    """Lower-case ``text`` except all-capital words (cue nouns masked by the caller)."""
    def fold(m: re.Match[str]) -> str:
        word = m.group(0)
        return word if word.isupper() and sum(c.isalpha() for c in word) >= 2 else word.lower()

    return re.sub(r"\S+", fold, text.replace("\u2019", "'"))


def _negated(low: str, start: int) -> bool:
    return bool(_NEGATION_RE.search(low[max(0, start - 40):start]))


def _condition_text(text: str, start: int) -> str:
    rest = text[start:]
    end = _CLAUSE_END_RE.search(rest, 3)
    return rest[: end.start() if end else len(rest)].strip()


def _mid_contrast(low: str) -> int | None:
    """Where a contrast word ("but", "though") joins two clauses of the statement; a
    contrast opening the statement ("But nobody can sign ...") links it to the previous
    sentence and joins nothing inside it."""
    for m in _finds("contrast", low):
        if re.search(r"\w", low[:m.start()]):
            return m.start()
    return None


def _rejecting(clause: str) -> bool:
    """A clause after a contrast that negates or rejects something."""
    body = re.sub(r"^\W*\w+", "", clause)  # drop the contrast word itself
    if _finds("support", body) or _finds("weak_support", body):
        return False  # "but hoped they would not ...": the negation is what is hoped for
    return bool(_CLAUSE_NEGATION_RE.search(body)) or bool(_finds("oppose", body))


_NOMINAL_OPPOSE = {"rejection", "refusal", "opposition", "veto", "objection", "condemnation",
                   "criticism"}


def nominal_value(noun: str, text: str) -> StanceValue:
    """The value of an attitude named by a noun ("Berlin's rejection of the levy"): the
    noun's own polarity, unless the phrase carries a condition or a contrast."""
    found = classify(text)
    if found is not None and found.value in {"conditional", "mixed"}:
        return found
    value = "oppose" if noun in _NOMINAL_OPPOSE else "support"
    return StanceValue(value, None, 0.55, (noun,))


def default_value(text: str) -> StanceValue | None:
    """The value of an attributed statement that has no cue word (low confidence).

    Only evaluative statements count: an obligation ("must", "should"), a refusal (a
    negated modal or first-person clause: "will not", "we cannot"), or a first-person
    intention ("we will"). Background, negated descriptions ("1992 is not today") and
    predictions ("the talks could take months") give ``None``. A negation gives oppose
    (mixed when a contrast joins it to an affirmative clause), anything else support.
    """
    low = _fold(text).lower()
    negated = _OWN_NEGATION_RE.search(low)
    volition = bool(_FIRST_PERSON_RE.search(low) and _VOLITION_RE.search(low))
    committed = bool(_FIRST_PERSON_RE.search(low) or _VOLITION_RE.search(low))
    if not ((negated and committed) or volition or _DEONTIC_RE.search(low)):
        return None
    contrast = _mid_contrast(low)
    if contrast is not None and negated and bool(negated.start() < contrast) != bool(
            _OWN_NEGATION_RE.search(low[contrast:])):
        return StanceValue("mixed", None, 0.35, ("default: contrast",))
    if negated:
        return StanceValue("oppose", None, 0.4, ("default: negation",))
    return StanceValue("support", None, 0.4, ("default: affirmative",))


def classify(text: str) -> StanceValue | None:
    """Classify one statement; ``None`` when it carries no attitude cue."""
    low = _fold(text)
    hedged = any(_finds("hedges", low))
    penalty = 0.1 if hedged else 0.0
    neutral = _finds("neutral", low)
    if neutral:
        return StanceValue("neutral", None, 0.6 - penalty, tuple(m.group(0) for m in neutral))
    support: list[str] = []
    oppose: list[str] = []
    neutral_flips: list[str] = []
    neutral_spans = [(m.start(), m.end()) for m in neutral]
    for m in _finds("support", low):
        (oppose if _negated(low, m.start()) else support).append(m.group(0))
    for m in _finds("oppose", low):
        if any(s <= m.start() < e for s, e in neutral_spans):
            continue
        (neutral_flips if _negated(low, m.start()) and m.group(0) != "never" else oppose).append(
            m.group(0))
    conditions = _finds("conditional", low)
    if_then = re.search(r"\bif\b[^.]*?,\s*then\b", low) or _WOULD_IF_RE.search(low)
    threat = [m.group(0) for m in _finds("threat", low)]
    if (conditions or if_then) and threat and not support:
        return StanceValue("oppose", None, 0.6 - penalty, tuple(threat))
    firm_no = [c for c in oppose if c in _FIRM_NO]
    if (conditions or if_then) and firm_no and not support:
        return StanceValue("oppose", None, 0.65 - penalty, tuple(firm_no))
    if conditions or if_then:
        where = conditions[0].start() if conditions else if_then.start()  # type: ignore[union-attr]
        cues = tuple(m.group(0) for m in conditions) or ("would ... if",)
        return StanceValue("conditional", _condition_text(text, where), 0.7 - penalty, cues)
    if neutral_flips and not support and not oppose:
        return StanceValue("neutral", None, 0.55 - penalty, tuple(neutral_flips))
    weak = _finds("weak_support", low)
    contrast = _mid_contrast(low)
    if support and not oppose and contrast is not None and _rejecting(low[contrast:]):
        return StanceValue("mixed", None, 0.5 - penalty, (*support, "but ... not"))
    if oppose and weak and not support and contrast is not None:
        return StanceValue("mixed", None, 0.5 - penalty, tuple(oppose + [m.group(0) for m in weak]))
    if support and oppose:
        if contrast is not None:
            return StanceValue("mixed", None, 0.6 - penalty, tuple(support + oppose))
        # "rejected the offer": the refusal governs the thing it names
        return StanceValue("oppose", None, 0.55 - penalty, tuple(support + oppose))
    if oppose:
        return StanceValue("oppose", None, 0.75 - penalty, tuple(oppose))
    if support:
        return StanceValue("support", None, 0.75 - penalty, tuple(support))
    if weak:
        negated = [m for m in weak if _negated(low, m.start())]
        value = "oppose" if negated else "support"
        return StanceValue(value, None, 0.5 - penalty, tuple(m.group(0) for m in weak))
    return None
