"""Features of the learned component, computed from the rule pipeline's own outputs.

Every feature describes *where* the evidence lies or *which class* of cue the rules
found, never which words: a concept's cue score in the stance's clause, its sentence,
the previous sentence, the headlines and the whole article; whether the rules chose it;
the statement's cue classes (negation, condition, modal, first person, speech verb,
quotation, question). Nothing here is keyed to names or sentences of any corpus.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from kg.extract.issues import FALLBACK, IssueScheme
from kg.extract.lexicon import words
from kg.extract.segment import Sentence

LEXICAL_PREFIX = "code="  # the one lexical feature: which concept (a prior per concept)
LEAD_SENTENCES = 3  # the lede: the first body sentences name the article's topic
VALUES = ("support", "oppose", "conditional", "mixed", "neutral")
HOLDER_TYPES = ("person", "organization", "state", "group")
_NEGATION_RE = re.compile(r"\b(?:not|never|no|cannot|no longer|without)\b|n't\b", re.IGNORECASE)
_MODAL_RE = re.compile(r"\b(?:would|could|might|may|should|must|can|will)\b", re.IGNORECASE)
_CONDITION_RE = re.compile(r"\b(?:if|unless|provided|as long as|only when|on condition)\b",
                           re.IGNORECASE)
_FIRST_PERSON_RE = re.compile(r"\b(?:we|our|us|i|my)\b", re.IGNORECASE)
_WORD_RE = re.compile(r"[\w'-]+")
_HEDGE_RE = re.compile(r"\b(?:perhaps|possibly|maybe|likely|unlikely|appears?|seems?)\b",
                       re.IGNORECASE)


@dataclass
class ArticleContext:
    """What the features of one article's items need: its sentences and issue evidence."""

    sentences: list[Sentence]
    scheme: IssueScheme
    dominant: str | None
    headline: Counter[str] = field(default_factory=Counter)
    counts: Counter[str] = field(default_factory=Counter)
    lead: Counter[str] = field(default_factory=Counter)
    headline_text: str = ""

    @classmethod
    def build(cls, sentences: list[Sentence], scheme: IssueScheme,
              dominant: str | None) -> ArticleContext:
        """The context of one article (article-wide issue counts computed once)."""
        body = [s.text for s in sentences if not s.heading]
        headline: Counter[str] = Counter()
        for sent in sentences:
            if sent.heading:
                headline.update(scheme.scores(_sentence_case(sent.text)))
        counts: Counter[str] = Counter()
        lead: Counter[str] = Counter()
        for k, text in enumerate(body):
            found = scheme.scores(text)
            counts.update(found)
            if k < LEAD_SENTENCES:
                lead.update(found)
        heads = " ".join(_sentence_case(s.text) for s in sentences if s.heading)
        return cls(sentences, scheme, dominant, headline, counts, lead, heads)

    def previous(self, index: int) -> str:
        """The text of the nearest body sentence before sentence ``index`` ('' if none)."""
        for sent in reversed(self.sentences[:index]):
            if not sent.heading:
                return sent.text
        return ""


def _sentence_case(headline: str) -> str:
    """A headline in title case lower-cased, so that its capitalised cue words are not
    taken for parts of a name ("Dmitriev Says Sanctions Relief Inevitable").

    >>> _sentence_case("Envoy Says Sanctions Relief Is Near")
    'envoy says sanctions relief is near'
    >>> _sentence_case("EU weighs sanctions on Minsk")
    'EU weighs sanctions on Minsk'
    """
    found = [w for w in _WORD_RE.findall(headline) if len(w) > 3]
    if found and sum(w[:1].isupper() for w in found) >= 0.6 * len(found):
        return headline.lower()
    return headline


@dataclass
class ItemRow:
    """The features of one stance item and of each of its candidate issues, the issues
    the rules chose (their order), for an uncued statement's item the features the
    uncued model decides on (:mod:`kg.extract.learn.uncued`), and the texts the lexical
    models read (:func:`item_texts`)."""

    features: dict[str, float]
    issues: dict[str, dict[str, float]]
    rule: list[str] = field(default_factory=list)
    uncued: dict[str, float] | None = None
    text: dict[str, str] = field(default_factory=dict)


def _cue_stats(scheme: IssueScheme, text: str) -> dict[str, tuple[float, float, float, int]]:
    """Per code: (longest cue in words, any ambiguous cue, only weak cues, first position)."""
    out: dict[str, tuple[float, float, float, int]] = {}
    for rank, (phrase, code, _) in enumerate(scheme.located(text)):
        length = float(len(phrase.split()))
        sense = float(phrase in scheme.senses)
        weak = float(phrase in scheme.weak or phrase in scheme.process)
        if code in out:
            old = out[code]
            out[code] = (max(old[0], length), max(old[1], sense), min(old[2], weak), old[3])
        else:
            out[code] = (length, sense, weak, rank)
    return out


def issue_features(ctx: ArticleContext, clause: str, sentence: str, previous: str,
                   condition: str | None, rule: list[str]) -> dict[str, dict[str, float]]:
    """Candidate issue codes of one stance, each with features of where its evidence is."""
    scheme = ctx.scheme
    clause_s, sent_s, prev_s = scheme.scores(clause), scheme.scores(sentence), \
        scheme.scores(previous)
    head_s = ctx.headline
    cond_s = scheme.scores(condition) if condition else Counter()
    total = sum(ctx.counts.values()) or 1.0
    lead_total = sum(ctx.lead.values()) or 1.0
    ranked = [c for c, _ in ctx.counts.most_common(3)]
    silent = float(not clause_s)
    clause_total = sum(clause_s.values()) or 1.0
    stats = _cue_stats(scheme, clause)
    codes = dict.fromkeys([*rule, *clause_s, *sent_s, *prev_s, *head_s, *ranked,
                           *([ctx.dominant] if ctx.dominant else [])])
    out: dict[str, dict[str, float]] = {}
    for code in codes:
        length, sense, weak, first = stats.get(code, (0.0, 0.0, 0.0, -1))
        share = ctx.counts[code] / total
        out[code] = {
            "clause": math.log1p(clause_s[code]),
            "clause_share": clause_s[code] / clause_total,
            "clause_best": float(bool(clause_s) and clause_s[code] == max(clause_s.values())),
            "sentence": math.log1p(sent_s[code]),
            "sentence_only": float(sent_s[code] > 0 and clause_s[code] == 0),
            "previous": math.log1p(prev_s[code]),
            "headline": math.log1p(head_s[code]),
            "article_share": share,
            "article_best": float(bool(ranked) and code == ranked[0]),
            "lead_share": ctx.lead[code] / lead_total,
            "dominant": float(code == ctx.dominant),
            "top3": float(code in ranked),
            "silent_article_share": silent * share,
            "silent_lead_share": silent * ctx.lead[code] / lead_total,
            "silent_headline": silent * math.log1p(head_s[code]),
            "silent_previous": silent * math.log1p(prev_s[code]),
            "silent_dominant": silent * float(code == ctx.dominant),
            "rule_first": float(bool(rule) and code == rule[0]),
            "rule_other": float(code in rule[1:]),
            "condition": math.log1p(cond_s[code]),
            "cue_length": length,
            "sense": sense,
            "weak_only": weak,
            "first_cue": float(first == 0),
            "fallback": float(code == FALLBACK),
            f"{LEXICAL_PREFIX}{code}": 1.0,
        }
    return out


def item_features(item: dict[str, Any], claim: Any, ctx: ArticleContext,
                  holder_type: str, same_sentence: int) -> dict[str, float]:
    """Cue-class features of one stance item (``claim``: the rule claim behind it)."""
    st, value = claim.st, claim.value
    content, sentence = claim.content, st.sentence.text
    speech = words("speech", "speech") | {"according", "quote"}
    n_sent = max(1, len(ctx.sentences))
    feats = {f"value_{v}": float(value.value == v) for v in VALUES}
    feats.update({f"holder_{t}": float(holder_type == t) for t in HOLDER_TYPES})
    feats.update({
        "rule_confidence": float(item.get("confidence", 0.5)),
        "statement_confidence": float(st.confidence),
        "value_confidence": float(value.confidence),
        "nominal": float(st.verb.startswith("nominal:")),
        "speech_verb": float(st.verb in speech),
        "default_value": float(any(c.startswith("default") for c in value.cues)),
        "demanded": float("demanded condition" in value.cues),
        "cues": math.log1p(len(value.cues)),
        "has_condition": float(bool(value.condition)),
        "condition_marker": float(bool(_CONDITION_RE.search(content))),
        "quote": float(any(q in sentence for q in "\"\u201c\u201d")),
        "question": float("?" in sentence),
        "negation": float(bool(_NEGATION_RE.search(content))),
        "modal": float(bool(_MODAL_RE.search(content))),
        "first_person": float(bool(_FIRST_PERSON_RE.search(content))),
        "hedge": float(bool(_HEDGE_RE.search(content))),
        "voiced": float(st.voiced_by is not None and st.voiced_by.id != st.holder.id),
        "holder_named_here": float(any(st.sentence.start <= m < st.sentence.end
                                       for m in st.holder.mentions)),
        "holder_mentions": math.log1p(len(st.holder.mentions)),
        "holder_confidence": float(st.holder.confidence),
        "own": float(st.own),
        "position": st.sentence.index / n_sent,
        "same_sentence": math.log1p(same_sentence - 1),
        "words": math.log1p(len(content.split())),
        "clause_split": float((claim.start, claim.end) != (st.sentence.start, st.sentence.end)),
        "issue_fallback": float(item.get("issue") == FALLBACK),
    })
    return feats


def item_texts(ctx: ArticleContext, clause: str, sent: Sentence) -> dict[str, str]:
    """The texts of one stance the lexical models (:mod:`kg.extract.learn.lexical`) read:
    its clause, its sentence, the previous body sentence and the headlines."""
    return {"clause": clause, "sentence": sent.text, "previous": ctx.previous(sent.index),
            "headline": ctx.headline_text}


def item_rows(items: list[dict[str, Any]], claims: list[Any], ctx: ArticleContext,
              holder_types: dict[str, str]) -> list[ItemRow]:
    """Features of every stance item of one article (``claims`` parallel to ``items``)."""
    per_sentence = Counter(c.st.sentence.index for c in claims if c.learned is None)
    rows = []
    for item, claim in zip(items, claims, strict=True):
        rule = item["issue"] if isinstance(item["issue"], list) else [item["issue"]]
        sent = claim.st.sentence
        issues = issue_features(ctx, claim.content, sent.text, ctx.previous(sent.index),
                                claim.value.condition, rule)
        feats = item_features(item, claim, ctx, holder_types.get(item["holder"], ""),
                              max(1, per_sentence[sent.index]))
        rows.append(ItemRow(feats, issues, rule, claim.learned,
                            item_texts(ctx, claim.content, sent)))
    return rows
