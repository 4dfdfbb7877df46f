"""Tests of the lexical models (kg.extract.learn.lexical) and their stacking (stack)."""

from __future__ import annotations

import doctest
import math

import pytest

import kg.extract.learn.lexical as lexical
from kg.extract.learn.features import ItemRow
from kg.extract.learn.lexical import (
    LexicalError,
    TextModel,
    issue_bag,
    issue_candidate_features,
    negation_scoped,
    value_bag,
    words,
)
from kg.extract.learn.model import LearnedModel, Linear, Softmax
from kg.extract.learn.stack import Example, fit_text, vocabulary


def test_doctests() -> None:
    assert doctest.testmod(lexical).failed == 0


def test_negation_scope_ends_at_a_comma_a_contrast_or_after_four_words() -> None:
    scoped = negation_scoped(words("The ministry never said it would back the motion "
                                   "for a vote"))
    assert scoped[:7] == ["the", "ministry", "not", "not_said", "not_it", "not_would",
                          "not_back"]
    assert scoped[7:] == ["the", "motion", "for", "a", "vote"]
    assert "not_welcomes" not in negation_scoped(words("No comment yet, but she welcomes it"))
    assert "v:not_support" in value_bag("The farmers' union doesn't support the levy")


def test_issue_bag_keeps_the_places_apart() -> None:
    bag = issue_bag({"clause": "cut the levy", "sentence": "They want to cut the levy.",
                     "previous": "Grain prices rose.", "headline": "Farm Levy Row"})
    assert {"c:levy", "s:levy", "h:levy", "p:grain"} <= set(bag)
    assert "c:grain" not in bag and "s:," not in bag


def _model() -> TextModel:
    return TextModel(("v:back", "v:not_back"), ("oppose", "support"),
                     ((-1.0, 2.0), (1.5, -1.0)), (0.0, 0.2))


def test_text_model_probabilities_are_the_softmax_of_the_present_words() -> None:
    prob = _model().probabilities(value_bag("We back it"))
    z = [-1.0, 1.5 + 0.2]
    assert prob["support"] == pytest.approx(math.exp(z[1]) / (math.exp(z[0]) + math.exp(z[1])))
    assert _model().probabilities({"v:unknown": 1.0})["support"] == pytest.approx(
        1 / (1 + math.exp(-0.2)))
    assert TextModel.from_dict(_model().as_dict(), "x") == _model()
    with pytest.raises(LexicalError, match="x: the coefficients"):
        TextModel.from_dict({**_model().as_dict(), "vocabulary": ["v:back"]}, "x")
    with pytest.raises(LexicalError, match="malformed multinomial"):
        TextModel.from_dict({"classes": []}, "x")


def _examples() -> list[Example]:
    """Invented clauses in four sets, three articles each; "harbour" only in one article."""
    out: list[Example] = []
    for s in range(4):
        for a in range(3):
            aid = f"article-{s}-{a}"
            out.append((value_bag("we reject the plan outright"), "oppose", 1.0, f"set{s}", aid))
            out.append((value_bag("we welcome the plan"), "support", 1.0, f"set{s}", aid))
            if s == 0 and a == 0:
                out.append((value_bag("the harbour plan"), "support", 1.0, f"set{s}", aid))
    return out


def test_the_vocabulary_holds_no_word_of_one_article_or_one_set() -> None:
    vocab = vocabulary(_examples(), min_sets=3, min_articles=5)
    assert "v:reject" in vocab and "v:welcome" in vocab
    assert not any("harbour" in w for w in vocab)
    model = fit_text(_examples(), 1.0, 3, 5)
    assert model is not None and not any("harbour" in w for w in model.vocabulary)
    assert set(model.vocabulary) == set(vocab)
    assert model.probabilities(value_bag("they reject the plan"))["oppose"] > 0.5
    assert model.probabilities(value_bag("they welcome the plan"))["support"] > 0.5
    assert vocabulary(_examples(), min_sets=5, min_articles=1) == []
    assert fit_text(_examples(), 1.0, 5, 1) is None


def test_issue_candidates_get_the_text_probability_and_the_best_mark() -> None:
    probs = {"trade": 0.7, "wages": 0.3}
    assert issue_candidate_features(probs, "trade") == {"text_p": 0.7, "text_best": 1.0}
    assert issue_candidate_features(probs, "other") == {"text_p": 0.0, "text_best": 0.0}


def test_the_learned_model_reads_the_text_models_when_it_revises_value_and_issue() -> None:
    value_text = TextModel(("v:reject",), ("oppose", "support"), ((3.0,), (-3.0,)), (0.0, 0.0))
    value = Softmax(("text_oppose",), ("oppose", "support"), ((4.0,), (0.0,)), (0.0, 2.5), 0.1)
    issue_text = TextModel(("c:wage",), ("trade", "wages"), ((-2.0,), (2.0,)), (0.0, 0.0))
    issue = Linear(("text_p",), (6.0,), -3.0, None, 0.1)
    model = LearnedModel(issue, None, {}, value, None, value_text, issue_text)
    row = ItemRow({}, {"trade": {}, "wages": {}}, ["trade"], None,
                  {"clause": "they reject the wage offer"})
    item = {"holder": "x", "value": "support", "issue": "trade"}
    out = model.apply([item], [row])[0]
    assert out["value"] == "oppose" and out["issue"] == "wages"
    calm = ItemRow({}, {"trade": {}, "wages": {}}, ["trade"], None, {"clause": "they talk"})
    item = {"holder": "x", "value": "support", "issue": "trade"}
    assert model.apply([item], [calm])[0] == {"holder": "x", "value": "support",
                                              "issue": "trade"}
