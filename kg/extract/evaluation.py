"""Evaluative predicates: a statement with no stance cue that appraises a negotiated thing.

"The new draft was a real improvement", "this is a plan with no timetable", "called the
text too vague to deter anyone", "a trade deal is not the place to settle that": the
speaker evaluates a target without a verb of stance (coding guide 3.3, quotes that argue).
The words are a small lexicon of appraisal (data/lexicons/evaluation.yaml), not a general
sentiment lexicon: words that are merely unpleasant (war, attack, crisis) are no
evaluation of a proposal, and a statement with no appraisal must stay without a stance. An
evaluation counts only

- in the predicate of a copula ("is", "was", "remains", ...) whose subject is a
  negotiated thing ("the offer", "the draft") or an anaphor ("this", "it"), not a
  person ("we are strong");
- after a verb of calling ("called the mitigation section weak", "described it as");
- as "too" + an adjective of excess or shortfall ("too vague", "too narrow");
- as a privative description ("a plan with no money");
- in a negated predicate of fitness ("is not the place", "is not the answer");
- as a tautological negation ("a moratorium with holes in it is not a moratorium"): the
  speaker rejects the restricted variant and demands the real thing, so it supports the
  thing named (coding guide 3, clarifications of session 8: "an X that P is not an X");
- or as "deserves support", "a strong case for".

A negation in the predicate turns the evaluation over ("is not a real improvement").

>>> evaluate('the new draft was "a real improvement"').value
'support'
>>> evaluate("this is a plan with no timetable, no money and no end date").value
'oppose'
>>> evaluate("we are strong") is None
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from kg.extract.lexicon import words

_TOKEN_RE = re.compile(r"[a-z0-9][\w'-]*|[,;.!?:]")
_COPULAS = {"is", "was", "are", "were", "be", "been", "remains", "remained", "seems", "seemed",
            "looks", "looked", "isn't", "wasn't", "aren't", "weren't", "it's", "that's"}
_CALLING = {"called", "calls", "calling", "described", "describes", "describing", "branded",
            "brands", "labelled", "labeled", "termed", "deemed", "found"}
_ANAPHORS = {"this", "that", "it", "these", "those", "it's", "that's"}
_PERSONS = {"i", "we", "you", "he", "she", "they", "who"}
_NEGATIONS = {"not", "never", "no", "longer", "isn't", "wasn't", "aren't", "weren't", "hardly"}
_SUBJECT_WORDS = 6
_PREDICATE_WORDS = 9
_CALLED_WORDS = 14
_TAUTOLOGY_RE = re.compile(
    r"\b([a-z][\w-]{3,})\b[^.;!?]{0,60}?\b(?:is|are|was|were|would be|will be) (?:not|no longer)"
    r" (?:really |even |truly |just )?(?:a |an |the )?(?:[\w-]+ )?\1(?=\s*[,.;!?\"\u201d]|\s*$)")
# "we were told this was the best we would get": what the speaker heard, not his appraisal.
_HEARSAY_RE = re.compile(r"\b(?:was|were|been|being|get|got) told\b")
# A predicate singling its subject out as the sole or best choice ("the levy is the only tool
# that works", "arbitration was the one route left", "a freeze is the best outcome for all",
# "a slower phase-out was the least costly path"): the speaker backs it. Not after a person ("we
# are the only party"), not negated ("is not the only way"), and not a ranking of a person,
# a place or an occasion ("the only country", "the first time"); "the most X" only with a
# word of praise, "the least X" not with one ("the most tedious chapter" is no choice).
_SOLE_RE = re.compile(
    r"(?<!\bwe )(?<!\bi )(?<!\bthey )(?<!\bhe )(?<!\bshe )(?<!\bwho )(?<!\bthere )(?<!\byou )"
    r"\b(?:is|was|are|were|remains|remained)\s+(?:still\s+|also\s+|now\s+|simply\s+)?[\"\u201c]?"
    r"(?P<cue>(?:the|our)\s+(?:only|one|single|best|(?P<degree>most|least)\s+(?P<adj>[a-z]+)))\s+"
    r"(?!(?:one|ones|person|people|man|woman|country|countries|state|states|nation|member|members"
    r"|party|parties|company|companies|time|times|place|city|who|that|which|of|in|to|and|or)\b)"
    r"[a-z]")


def _sole_choice(low: str, positive: frozenset[str]) -> str | None:
    """The words singling out a choice in lower-cased ``low`` (:data:`_SOLE_RE`), or ``None``.

    >>> _sole_choice("a levy is the only tool that works", frozenset())
    'the only'
    >>> _sole_choice("it is the most tedious chapter", frozenset({"fair"})) is None
    True
    """
    for m in _SOLE_RE.finditer(low):
        praised = m.group("adj") in positive
        if m.group("degree") is None or praised == (m.group("degree") == "most"):
            return m.group("cue")
    return None


# A predicate judging its subject a fit or unfit course whatever the subject names ("a ferry
# was the wrong call", "a toll is the right step"), or the speaker's own figure as a
# concession made ("ten days is already a compromise"): the speaker backs or rejects that
# course. Not after a person ("we are the right partner" ranks no course).
_FIT_RE = re.compile(
    r"(?<!\bwe )(?<!\bi )(?<!\bthey )(?<!\bhe )(?<!\bshe )(?<!\bwho )(?<!\byou )"
    r"\b(?:is|was|are|were|be|remains)\s+(?:still\s+|simply\s+|clearly\s+|just\s+|already\s+)?[\"\u201c]?"
    r"(?:(?:the|a)\s+(?P<fit>right|wrong)\s+(?:choice|call|step|move|answer|approach|decision|path"
    r"|kind|idea|way)\b"
    r"|(?P<given>a\s+compromise)\b(?=\s*[,.;:!?\"\u201d]|\s*$))")


def _fitness(low: str) -> Evaluation | None:
    """The judged fitness of a course in lower-cased ``low`` (:data:`_FIT_RE`), or ``None``.

    >>> _fitness("a ferry was the wrong answer for an island this size").value
    'oppose'
    >>> _fitness("we are the right partner") is None
    True
    """
    m = _FIT_RE.search(low)
    if m is None:
        return None
    if m.group("given") is not None:  # "already a compromise": the speaker's own offer
        return Evaluation("support", "already a compromise") if "already" in m.group(0) else None
    return Evaluation("support" if m.group("fit") == "right" else "oppose", m.group("fit"))


_DESERVES_RE = re.compile(r"\b(?:deserves?|deserved|merits?|merited) (?:\w+ )?support\b"
                          r"|\ba (?:strong|good|compelling|clear|powerful) case for\b",
                          re.IGNORECASE)


@dataclass(frozen=True)
class Evaluation:
    """An appraisal found in a statement: "support" or "oppose", and its words."""

    value: str
    cue: str


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, frozenset[str]]:
    return {key: words("evaluation", key)
            for key in ("positive", "negative", "too", "fit", "artefacts")}


def _polarity(tokens: list[str], lex: dict[str, frozenset[str]]) -> tuple[str, str] | None:
    """The appraisal in a predicate's words: (value, cue) or ``None``."""
    negated = False
    for k, word in enumerate(tokens):
        pair = f"{word} {tokens[k + 1]}" if k + 1 < len(tokens) else ""
        if word in _NEGATIONS and not (k > 0 and tokens[k - 1] == "with"):
            negated = True
            continue
        if word == "with" and pair == "with no":
            return "oppose", "with no"
        if word == "too" and k + 1 < len(tokens) and tokens[k + 1] in lex["too"]:
            return "oppose", pair
        if negated and word in lex["fit"]:
            return "oppose", f"not the {word}"
        for phrase in (pair, word):
            if phrase in lex["positive"]:
                return ("oppose" if negated else "support"), phrase
            if phrase in lex["negative"]:
                return ("support" if negated else "oppose"), phrase
    return None


def _until_clause_end(tokens: list[str], limit: int) -> list[str]:
    out = []
    for word in tokens[:limit]:
        if word in {",", ";", ".", "!", "?", ":"}:
            break
        out.append(word)
    return out


def evaluate(low: str) -> Evaluation | None:
    """The appraisal a lower-cased statement makes of a negotiated thing, or ``None``
    (none, or both a positive and a negative one)."""
    if _TAUTOLOGY_RE.search(low):
        return Evaluation("support", "X is not an X")
    deserves = _DESERVES_RE.search(low)
    if deserves:
        return Evaluation("support", deserves.group(0).lower())
    lex = _lexicon()
    hearsay = _HEARSAY_RE.search(low)
    own = (low[:hearsay.start()] if hearsay else low).lower()  # the speaker's own words
    sole = _sole_choice(own, lex["positive"])
    if sole is not None:
        return Evaluation("support", sole)
    fit = _fitness(own)
    if fit is not None:
        return fit
    # case-blind: a noun that looks like a cue verb comes upper-cased ("the PROPOSAL")
    tokens = [m.group(0) for m in _TOKEN_RE.finditer(own)]
    found: set[tuple[str, str]] = set()
    for k, word in enumerate(tokens):
        if word in _COPULAS:
            before = list(reversed(_until_clause_end(list(reversed(tokens[max(0, k - _SUBJECT_WORDS):k])),
                                                    _SUBJECT_WORDS)))
            if not word.endswith("'s") and (not before or before[-1] in _PERSONS or not (
                    set(before) & (lex["artefacts"] | _ANAPHORS))):
                continue
            start = [] if not word.endswith("n't") else ["not"]
            hit = _polarity(start + _until_clause_end(tokens[k + 1:], _PREDICATE_WORDS), lex)
        elif word in _CALLING:
            window = [w for w in tokens[k + 1:k + 1 + _CALLED_WORDS] if w not in {";", ".", "!", "?"}]
            at = next((j for j, w in enumerate(window) if w in lex["artefacts"] | _ANAPHORS), None)
            hit = _polarity(window[at + 1:], lex) if at is not None else None
        else:
            continue
        if hit is not None:
            found.add(hit)
    values = {value for value, _ in found}
    if len(values) != 1:
        return None
    value = values.pop()
    return Evaluation(value, ", ".join(sorted(cue for v, cue in found if v == value)))


def shortfall(low: str) -> str | None:
    """"too" and an adjective of excess or shortfall anywhere in lower-cased ``low`` ("the
    rates were far too low"), or ``None``: after a contrast ("welcomed the principle but
    ..."), the part it names falls short whatever the subject.

    >>> shortfall("but that the proposed rates were far too low to change anything")
    'too low'
    """
    tokens = [m.group(0) for m in _TOKEN_RE.finditer(low.lower())]
    too = _lexicon()["too"]
    pairs = zip(tokens, tokens[1:], strict=False)
    return next((f"too {b}" for a, b in pairs if a == "too" and b in too), None)


# Degrees that rank options rather than appraise parts ("the least bad choice, and better
# than a raid"): no split verdict.
_RANKING = frozenset({"better", "best", "worse", "worst"})
_JOINED_RE = re.compile(r"\b(?:and|but|yet|while|whereas)\b")
# A noun phrase that carries its own flaw or merit ("a fair offer with one weak clause",
# "a sound plan stapled to a bad annex"): its head is judged one way and a part named after
# "with" or fastened to it the other way, a split verdict on one target as much as "and"
# joins one (coding guide 3.8).
_ATTACHED_RE = re.compile(r"\b(?:with|stapled|attached|tied|bolted|welded|glued)\b")
# "half a decent offer", "half of a good plan": the praise is granted to half the target only.
_HALF_RE = re.compile(r"\bhalf\s+(?:of\s+)?an?\s+$")


# Appraisals that are stance cues of their own (stance.yaml) but also name a part's worth
# in a split verdict ("useful on A and of no use on B", "welcome, but too small").
_SPLIT_POSITIVE = frozenset({"useful", "fair", "welcome", "helpful"})
_SPLIT_NEGATIVE = frozenset({"impossible", "unacceptable", "unworkable", "inadequate", "clumsy",
                             "reckless", "flawed"})


@lru_cache(maxsize=1)
def _split_words() -> tuple[frozenset[str], frozenset[str]]:
    """The positive and negative appraisal words a split verdict may join (no rankings)."""
    lex = _lexicon()
    return ((lex["positive"] | _SPLIT_POSITIVE) - _RANKING,
            (lex["negative"] | _SPLIT_NEGATIVE) - _RANKING)


def split_appraisal(low: str, oppose: Iterable[str] = ()) -> str | None:
    """A positive and a negative appraisal joined in one clause by "and", "but", "yet",
    "while" or "whereas"
    ("sound on tariffs and weak on quotas", "some sound ideas but a poor annex",
    "welcome, but too small"): the speaker accepts part of the target and rejects part,
    a mixed verdict (coding guide 3.8). Returns the two words, or ``None``, also when an
    ``oppose`` cue of the statement is not itself one of the negative appraisals.

    >>> split_appraisal("the text is strong on ports and weak on wages")
    'strong ... weak'
    >>> split_appraisal("the least bad choice, and better than a raid") is None
    True
    """
    positive, negative = _split_words()
    if not set(oppose) <= negative:
        return None
    too = _lexicon()["too"]
    for m in _TOKEN_RE.finditer(low):
        if m.group(0) in positive and _HALF_RE.search(low, max(0, m.start() - 14), m.start()):
            return f"half ... {m.group(0)}"
    tokens = [m.group(0) for m in _TOKEN_RE.finditer(low)]
    marks: list[tuple[int, str, str]] = []  # (token index, polarity, word)
    for k, word in enumerate(tokens):
        if word == "use" and k and tokens[k - 1] == "no":  # "of no use"
            marks.append((k, "-", "no use"))
            continue
        if k and tokens[k - 1] in {"least", "most", "not", "no", "never"}:
            continue
        if word in positive:
            marks.append((k, "+", word))
        elif word in negative or (word == "too" and k + 1 < len(tokens) and tokens[k + 1] in too):
            marks.append((k, "-", word if word != "too" else f"too {tokens[k + 1]}"))
    for (i, a, first), (j, b, second) in zip(marks, marks[1:], strict=False):
        between = tokens[i + 1:j]
        if a != b and j - i <= 14 and not {".", ";", ":", "!", "?"} & set(between) and any(
                _JOINED_RE.fullmatch(w) or _ATTACHED_RE.fullmatch(w) for w in between):
            return f"{first} ... {second}"
    return None
