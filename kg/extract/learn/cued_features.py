"""Features of the cued gate: the form of a stance the rules drafted from a cue word.

The cued gate (:mod:`kg.extract.learn.cued_gate`) decides whether to keep such a stance.
It reads only what describes the statement's *form*, so the same numbers come out for any
article with the same construction, whatever its topic, names or words:

- the rules' record of the item (:func:`kg.extract.learn.features.item_features`, the names
  in :data:`ITEM_FEATURES`): the value and its cue class (default value, demanded
  condition, number of cues, the value's and the statement's confidence), the speech
  verb (a reporting verb or a noun), quote or reported speech, negation, condition, hedge,
  modality, first person, a question, the holder's kind (person, organization, state,
  group), whether the holder is named in the sentence or inferred from an earlier one,
  a voice other than the holder, where the sentence stands in the article, how many
  statements the sentence has, whether the clause is a part of the sentence;
- the article around it (:func:`article_features`): whether the same (holder, value) or
  (holder, issue, value) is drafted elsewhere in the article, another stance of the same
  speaker in the same sentence, how many stances the holder and the article have;
- the uncued signals of the clause (:func:`kg.extract.uncued_signals.signals`): quotation,
  schedule, a statement that says nothing, belief, non-committal answers, the strength of
  evaluative words, and whether the value the uncued rules would give agrees with the cue
  word's.

Every feature is a count, a share or an indicator over these classes; the names are the
fixed set :data:`NAMES`, none of them a word, a name or a concept of the issue scheme.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Any

from kg.extract.learn.features import ItemRow

ITEM_FEATURES = (
    "value_support", "value_oppose", "value_conditional", "value_mixed", "value_neutral",
    "holder_person", "holder_organization", "holder_state", "holder_group",
    "rule_confidence", "statement_confidence", "value_confidence", "nominal", "speech_verb",
    "default_value", "demanded", "cues", "has_condition", "condition_marker", "quote",
    "question", "negation", "modal", "first_person", "hedge", "voiced", "holder_named_here",
    "holder_mentions", "holder_confidence", "own", "position", "same_sentence", "words",
    "clause_split", "issue_fallback")
ARTICLE_FEATURES = ("dup_holder_value", "dup_holder_issue_value", "dup_speaker_sentence",
                    "holder_items", "article_items")
SIGNAL_FEATURES = ("s_quoted", "s_schedule", "s_says_nothing", "s_belief", "s_non_committal",
                   "s_evaluative_words", "s_strength", "s_valence", "s_agrees", "s_disagrees")
NAMES = ITEM_FEATURES + ARTICLE_FEATURES + SIGNAL_FEATURES


def _issues(item: dict[str, Any]) -> list[str]:
    issue = item.get("issue")
    return list(issue) if isinstance(issue, list) else [issue] if issue else []


def _sentence_key(item: dict[str, Any], row: ItemRow) -> tuple[str, float]:
    """The item's speaker and sentence (its position in the article identifies it)."""
    return (item.get("voiced_by") or item["holder"], row.features.get("position", 0.0))


def article_features(items: list[dict[str, Any]], rows: list[ItemRow]
                     ) -> list[dict[str, float]]:
    """Per item: how often the article drafts the same thing again (the other items with
    its (holder, value), with its holder, value and one of its issues, with its speaker in
    its sentence), and how many items its holder and the article have.

    >>> items = [{"holder": "a", "value": "oppose", "issue": "x"},
    ...          {"holder": "a", "value": "oppose", "issue": "y"},
    ...          {"holder": "b", "value": "support", "issue": "x"}]
    >>> rows = [ItemRow({"position": p}, {}) for p in (0.1, 0.5, 0.5)]
    >>> [f["dup_holder_value"] for f in article_features(items, rows)]
    [1.0, 1.0, 0.0]
    >>> [f["dup_holder_issue_value"] for f in article_features(items, rows)]
    [0.0, 0.0, 0.0]
    """
    hv = Counter((i["holder"], i["value"]) for i in items)
    hiv = Counter((i["holder"], c, i["value"]) for i in items for c in _issues(i))
    speaker = Counter(_sentence_key(i, r) for i, r in zip(items, rows, strict=True))
    holders = Counter(i["holder"] for i in items)
    out = []
    for item, row in zip(items, rows, strict=True):
        again = max((hiv[(item["holder"], c, item["value"])] - 1 for c in _issues(item)),
                    default=0)
        out.append({
            "dup_holder_value": float(hv[(item["holder"], item["value"])] > 1),
            "dup_holder_issue_value": float(again > 0),
            "dup_speaker_sentence": float(speaker[_sentence_key(item, row)] > 1),
            "holder_items": math.log1p(holders[item["holder"]] - 1),
            "article_items": math.log1p(len(items)),
        })
    return out


def signal_features(clause: str, value: str) -> dict[str, float]:
    """The uncued signals of the stance's clause (prefixed ``s_``) and whether the value the
    uncued rules give it agrees with the cue word's value (``s_agrees``) or is the other
    polarity (``s_disagrees``)."""
    from kg.extract.uncued_signals import signals, value_of

    found = signals(clause, "say")
    other = value_of(clause, "say", found)
    polar = {"support", "oppose"}
    return {
        "s_quoted": float(found.quoted),
        "s_schedule": float(found.schedule),
        "s_says_nothing": float(found.says_nothing),
        "s_belief": float(found.belief),
        "s_non_committal": float(found.non_committal),
        "s_evaluative_words": float(found.evaluative_words),
        "s_strength": math.tanh((found.positive + found.negative) / 4),
        "s_valence": math.tanh(found.valence / 4),
        "s_agrees": float(other == value),
        "s_disagrees": float(value in polar and other in polar and other != value),
    }


def cued_features(items: list[dict[str, Any]], rows: list[ItemRow]
                  ) -> list[dict[str, float]]:
    """The gate's features (:data:`NAMES`) of every item of one article (``rows``
    parallel to ``items``; the features of uncued items are computed too, the gate
    leaves those items to the uncued gate)."""
    out = []
    for item, row, around in zip(items, rows, article_features(items, rows), strict=True):
        feats = {name: float(row.features.get(name, 0.0)) for name in ITEM_FEATURES}
        feats.update(around)
        feats.update(signal_features(row.text.get("clause", ""), item["value"]))
        out.append(feats)
    return out
