"""The learned decision for uncued statements: features, the decision, the coding path,
the JSON form and training on candidates (invented sentences only)."""

from __future__ import annotations

import doctest
import json
from datetime import date
from pathlib import Path

import pytest

import kg.extract.learn.uncued as uncued
from kg.extract.actors import Actor
from kg.extract.attribution import Statement
from kg.extract.coding import stance_items
from kg.extract.issues import load_scheme
from kg.extract.learn.dataset import ArticleData
from kg.extract.learn.features import ItemRow
from kg.extract.learn.model import LearnedModel, ModelError, Softmax, UncuedModel, load_model
from kg.extract.learn.uncued import (
    CANDIDATE_CUE,
    LEARNED_CUE,
    Recorder,
    uncued_features,
    valence_lexicon,
)
from kg.extract.learn.uncued_train import vocabulary, with_uncued
from kg.extract.positions import Positions
from kg.extract.segment import Sentence


def test_doctests() -> None:
    assert doctest.testmod(uncued).failed == 0


def _statement(text: str, content: str, verb: str = "say", holder: str = "norway",
               index: int = 0, start: int = 0) -> Statement:
    sentence = Sentence(index, start, start + len(text), text, index, False)
    actor = Actor(holder, "state", holder.title())
    return Statement(sentence, actor, None, content, start, start + len(text), 0.8, verb)


def test_features_name_cue_classes_polarity_and_words() -> None:
    text = '"A toll on the strait would be ruinous for small carriers," the minister said.'
    st = _statement(text, text[1:text.index(",")], verb="say")
    feats = uncued_features(st, None, [(3, "oppose")])
    assert feats["w=ruinous"] == 1 and feats["w=carriers"] == 1 and feats["verb=say"] == 1
    assert feats["modal"] == 1 and feats["negation"] == 0 and feats["quoted"] == 1
    assert feats["default_none"] == 1 and feats["holder_oppose"] == 1.0
    assert feats["near_oppose"] == 0.0  # sentence 3 is more than two sentences away
    if valence_lexicon():  # the optional VADER lexicon is installed
        assert feats["negative"] > 0 and feats["polar"] < 0
    calm = _statement("The ministers met in a hotel by the lake.", "met in a hotel by the lake")
    assert uncued_features(calm, None)["negative"] == 0
    assert feats["holder_state"] == 1 and feats["holder_non_office"] == 0


def test_an_analyst_without_an_office_is_marked() -> None:
    text = "Ada Brenner, an economist at a Lisbon university, said the toll was ruinous."
    st = _statement(text, "the toll was ruinous")
    st.holder.type, st.holder.role = "person", "economist at a Lisbon university"
    feats = uncued_features(st, None)
    assert feats["holder_person"] == 1 and feats["holder_non_office"] == 1
    assert feats["holder_represents"] == 0


def _model(threshold: float = 0.4, override: bool = False) -> UncuedModel:
    # "ruinous" pushes toward oppose, a quotation toward a stance at all
    soft = Softmax(("w=ruinous", "quoted"), ("none", "oppose", "support"),
                   ((0.0, -1.0), (3.0, 1.0), (0.0, 1.0)), (1.0, 0.0, 0.0))
    return UncuedModel(soft, threshold, override)


def test_decide_keeps_a_stance_when_its_value_is_probable_enough() -> None:
    model = _model()
    value = model.decide({"w=ruinous": 1.0, "quoted": 1.0})
    assert value is not None and value.value == "oppose" and value.cues == (LEARNED_CUE,)
    assert 0.4 <= value.confidence <= 0.99
    assert model.decide({}) is None  # nothing evaluative, no quotation: none
    assert _model(threshold=0.99).decide({"w=ruinous": 1.0, "quoted": 1.0}) is None


def test_model_file_round_trip_with_the_uncued_component(tmp_path: Path) -> None:
    model = LearnedModel(None, None, {"training_sets": ["x"]}, None, _model(0.35, True))
    path = tmp_path / "m.json"
    path.write_text(model.to_json())
    assert load_model(path) == model
    data = json.loads(model.to_json())
    data["uncued"]["classes"] = ["oppose", "support", "neutral"]
    path.write_text(json.dumps(data))
    with pytest.raises(ModelError, match=r"m\.json: uncued: classes must include 'none'"):
        load_model(path)
    del data["uncued"]["threshold"]
    data["uncued"]["classes"] = ["none", "oppose", "support"]
    path.write_text(json.dumps(data))
    with pytest.raises(ModelError, match="uncued: malformed threshold"):
        load_model(path)


def _items(statements: list[Statement], decider: object | None) -> list[dict]:
    text = " ".join(s.sentence.text for s in statements)
    return stance_items(statements, text, load_scheme(), None, Positions(), date(2026, 5, 6),
                        uncued=decider)  # type: ignore[arg-type]


def test_an_uncued_statement_becomes_a_stance_through_the_usual_coding_path() -> None:
    text = '"A toll on the strait would be ruinous for small carriers," the minister said.'
    st = _statement(text, text[1:text.index(",")])
    assert _items([st], None) == []  # the rules have no cue word here
    [item] = _items([st], _model())
    assert item["value"] == "oppose" and item["holder"] == "norway"
    assert item["note"] == f"cues: {LEARNED_CUE}"
    assert item["evidence"][0]["text"] == text and "issue" in item and "target" in item
    assert 0.4 <= item["confidence"] <= 0.99


def test_a_holder_with_a_cued_stance_in_the_sentence_is_not_asked_again() -> None:
    text = "Norway said it rejects the toll, which would be ruinous for small carriers."
    cued = _statement(text, "it rejects the toll")
    other = _statement(text, "which would be ruinous for small carriers")
    items = _items([cued, other], _model())
    assert [i["value"] for i in items] == ["oppose"]
    assert LEARNED_CUE not in items[0]["note"]


def test_the_recorder_keeps_default_values_and_adds_candidates() -> None:
    text = '"We will not sail into a strait with a toll on it," the minister said.'
    st = _statement(text, text[1:text.index(",")])
    rules = _items([st], None)
    assert [i["value"] for i in rules] == ["oppose"] and "default" in rules[0]["note"]
    recorded = _items([st], Recorder())
    assert sorted(i["note"] for i in recorded) == sorted([rules[0]["note"],
                                                          f"cues: {CANDIDATE_CUE}"])
    # without override the model leaves default-valued statements to the rules
    assert _items([st], _model(threshold=0.0)) == rules


def test_vocabulary_keeps_only_words_found_in_enough_sets() -> None:
    xs = [{"w=toll": 1.0, "w=strait": 1.0, "negation": 1.0}, {"w=toll": 1.0},
          {"w=toll": 1.0, "verb=say": 1.0}, {"w=strait": 1.0, "verb=say": 1.0}]
    assert vocabulary(xs, ["a", "b", "c", "a"], 3) == {"w=toll"}
    assert vocabulary(xs, ["a", "b", "c", "d"], 2) == {"w=toll", "w=strait", "verb=say"}


def test_with_uncued_adds_kept_candidates_and_drops_overridden_defaults() -> None:
    rule = {"holder": "norway", "value": "oppose", "note": "cues: default: negation"}
    cued = {"holder": "norway", "value": "support", "note": "cues: backed"}
    cand = {"holder": "sweden", "value": "support", "note": f"cues: {CANDIDATE_CUE}"}
    rows = [ItemRow({"default_value": 1.0}, {}), ItemRow({"default_value": 0.0}, {})]
    article = ArticleData("x", {}, {}, rows,
                          [(cand, ItemRow({}, {}, [], {"w=ruinous": 1.0, "quoted": 1.0,
                                                       "default_none": 1.0}))])
    items, _ = with_uncued(_model(), article, [rule, cued], rows)
    assert [i["value"] for i in items] == ["oppose", "support", "oppose"]
    assert items[2]["note"] == f"cues: {LEARNED_CUE}" and cand["value"] == "support"
    items, _ = with_uncued(_model(override=True), article, [rule, cued], rows)
    assert [i["holder"] for i in items] == ["norway", "sweden"]


def test_the_extractor_asks_the_uncued_model_about_statements_the_rules_drop() -> None:
    from kg.extract import Article, Extractor
    from kg.extract.nlp import spacy_available

    if not spacy_available():
        pytest.skip("spaCy English model not installed")
    text = ("Norway's foreign minister, Ola Berg, spoke after the talks in Oslo on Tuesday.\n\n"
            '"A toll on the strait would be ruinous for small carriers," Berg said.\n\n'
            "The ministers met in a hotel by the lake.")
    article = Article("invented-strait-toll", text, {"date": "2026-05-06"})
    rules = Extractor(use_learned=False).extract(article)["stances"]
    assert not any("ruinous" in s["evidence"][0]["text"] for s in rules)
    model = LearnedModel(None, None, {}, None, _model())
    found = Extractor(learned=model).extract(article)["stances"]
    [stance] = [s for s in found if "ruinous" in s["evidence"][0]["text"]]
    assert stance["value"] == "oppose" and stance["note"] == f"cues: {LEARNED_CUE}"
    assert not any("hotel" in s["evidence"][0]["text"] for s in found)
