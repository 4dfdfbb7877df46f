"""Tests of kg.extract.learn: features, the JSON model, alignment with gold sheets."""

from __future__ import annotations

import doctest
import json
import math
from pathlib import Path

import pytest

import kg.extract.learn.crossval as crossval
import kg.extract.learn.features as features
from kg.extract.issues import load_scheme
from kg.extract.learn.dataset import ArticleData, align
from kg.extract.learn.features import ArticleContext, ItemRow, issue_features
from kg.extract.learn.model import LearnedModel, Linear, ModelError, Softmax, load_model
from kg.extract.segment import Sentence


def test_doctests() -> None:
    assert doctest.testmod(features).failed == 0
    assert doctest.testmod(crossval).failed == 0


def _sentences(texts: list[str], heading: int = 0) -> list[Sentence]:
    out, pos = [], 0
    for k, text in enumerate(texts):
        out.append(Sentence(k, pos, pos + len(text), text, k, k < heading))
        pos += len(text) + 1
    return out


def test_issue_features_say_where_each_candidate_is_cued() -> None:
    scheme = load_scheme()
    sents = _sentences(["Geneva Talks Stall Over Steel Tariffs",
                        "The two sides discussed tariffs on steel.",
                        "Tariffs on cars were also raised.",
                        "The minister said a ceasefire must come first."], heading=1)
    ctx = ArticleContext.build(sents, scheme, "trade_tariffs")
    clause = "a ceasefire must come first"
    found = issue_features(ctx, clause, sents[3].text, ctx.previous(3), None, ["ceasefire"])
    assert set(found) >= {"ceasefire", "trade_tariffs"}
    cease, tariffs = found["ceasefire"], found["trade_tariffs"]
    assert cease["clause"] > 0 and cease["rule_first"] == 1 and cease["first_cue"] == 1
    assert tariffs["clause"] == 0 and tariffs["previous"] > 0 and tariffs["dominant"] == 1
    # the title-case headline's cue counts (it is not taken for a name)
    assert tariffs["headline"] > 0 and cease["headline"] == 0
    assert tariffs["article_share"] > cease["article_share"] > 0
    assert tariffs["silent_article_share"] == 0  # the clause names an issue
    assert found["trade_tariffs"]["code=trade_tariffs"] == 1


def test_previous_skips_headings() -> None:
    ctx = ArticleContext.build(_sentences(["Head", "First.", "Second."], heading=1),
                               load_scheme(), None)
    assert ctx.previous(1) == "" and ctx.previous(2) == "First."


def _linear(threshold: float | None = None, margin: float = 0.0) -> Linear:
    return Linear(("a", "b"), (2.0, -1.0), 0.5, threshold, margin)


def test_linear_probability_is_the_logistic_of_the_raw_features() -> None:
    model = _linear()
    assert model.probability({"a": 1.0, "b": 3.0}) == pytest.approx(1 / (1 + math.exp(0.5)))
    assert model.probability({}) == pytest.approx(1 / (1 + math.exp(-0.5)))
    assert Linear.from_dict(model.as_dict(), "x") == model


def test_softmax_probabilities() -> None:
    soft = Softmax(("a",), ("oppose", "support"), ((1.0,), (-1.0,)), (0.0, 0.0), 0.1)
    prob = soft.probabilities({"a": 1.0})
    assert prob["oppose"] == pytest.approx(math.exp(1) / (math.exp(1) + math.exp(-1)))
    assert sum(prob.values()) == pytest.approx(1.0)
    assert Softmax.from_dict(soft.as_dict(), "x") == soft


def _row(rule: list[str], **scores: float) -> ItemRow:
    return ItemRow({"a": 1.0}, {code: {"a": s} for code, s in scores.items()}, rule)


def test_issue_choice_keeps_the_rules_unless_the_model_is_clearly_better() -> None:
    issue = Linear(("a",), (1.0,), 0.0, None, 0.1)
    model = LearnedModel(issue, None, {})
    assert model.choose_issues(_row(["x"], x=0.0, y=3.0)) == "y"  # p .50 vs .95
    assert model.choose_issues(_row(["x"], x=0.0, y=0.2)) == "x"  # within the margin
    assert model.choose_issues(_row(["x", "y"], x=0.0, y=3.0)) == ["x", "y"]
    assert model.choose_issues(_row(["x", "z"], x=0.0, y=3.0, z=-1.0)) == ["y", "z"]
    second = LearnedModel(Linear(("a",), (1.0,), 0.0, 0.9, 0.1), None, {})
    assert second.choose_issues(_row(["x"], x=5.0, y=3.0)) == ["x", "y"]


def test_apply_sets_confidence_drops_unlikely_items_and_revises_values() -> None:
    keep = Linear(("k",), (1.0,), 0.0, 0.3)
    value = Softmax(("v",), ("oppose", "support"), ((1.0,), (-1.0,)), (0.0, 0.0), 0.2)
    model = LearnedModel(None, keep, {}, value)
    items = [{"value": "support", "confidence": 0.7, "condition": "if"},
             {"value": "support", "confidence": 0.7}]
    rows = [ItemRow({"k": 2.0, "v": 2.0}, {}), ItemRow({"k": -2.0, "v": 0.0}, {})]
    out = model.apply(items, rows)
    assert len(out) == 1 and out[0]["value"] == "oppose" and "condition" not in out[0]
    assert out[0]["confidence"] == round(1 / (1 + math.exp(-2.0)), 2)


def test_model_file_round_trip_and_errors(tmp_path: Path) -> None:
    model = LearnedModel(_linear(margin=0.1), _linear(0.2), {"training_sets": ["x"]})
    path = tmp_path / "m.json"
    path.write_text(model.to_json())
    assert load_model(path) == model
    bad = tmp_path / "bad.json"
    bad.write_text("{\n  \"format\": ")
    with pytest.raises(ModelError, match=r"bad\.json:2: not JSON"):
        load_model(bad)
    bad.write_text(json.dumps({"format": "other"}))
    with pytest.raises(ModelError, match="format: expected"):
        load_model(bad)
    data = json.loads(model.to_json())
    data["keep"]["coef"] = [1.0]
    bad.write_text(json.dumps(data))
    with pytest.raises(ModelError, match=r"bad\.json: keep: 2 features but 1 coefficients"):
        load_model(bad)
    with pytest.raises(ModelError, match="cannot read the model file"):
        load_model(tmp_path / "missing.json")


def _stance(holder: str, value: str, issue: str | list[str], start: int, end: int) -> dict:
    return {"holder": holder, "value": value, "issue": issue,
            "evidence": [{"start": start, "end": end, "text": ""}]}


def test_align_matches_by_sentence_and_holder_as_kg_eval_does() -> None:
    gold = {"article": {"id": "a"},
            "actors": [{"id": "berlin", "label": "Germany", "aliases": ["Berlin"]}],
            "stances": [_stance("berlin", "oppose", ["trade_tariffs", "sanctions"], 0, 50)]}
    pred = {"article": {"id": "a"}, "actors": [{"id": "germany", "label": "Berlin"}],
            "stances": [_stance("germany", "oppose", "other", 10, 50),  # same sentence
                        _stance("germany", "support", "other", 0, 50),  # value wrong
                        _stance("germany", "oppose", "other", 60, 90),  # another sentence
                        _stance("paris", "oppose", "other", 0, 50)]}  # holder not in gold
    labels = align(ArticleData("g", gold, pred, []))
    assert [(a.holder_found, a.value_right, a.gold_value) for a in labels] == [
        (True, True, "oppose"), (True, False, "oppose"), (False, False, None),
        (False, False, None)]
    assert labels[0].gold_issues == {"trade_tariffs", "sanctions"}
