"""The uncued gate: the signals of a statement without a cue word, its value, the shipped
gate's decision through the coding path, and the gate's JSON form (invented sentences
only)."""

from __future__ import annotations

import doctest
import json
from datetime import date
from pathlib import Path

import pytest

import kg.extract.learn.uncued_gate as uncued_gate
import kg.extract.uncued_signals as uncued_signals
from kg.extract.actors import Actor
from kg.extract.attribution import Statement
from kg.extract.coding import stance_items
from kg.extract.issues import load_scheme
from kg.extract.learn.dataset import ArticleData
from kg.extract.learn.features import ItemRow
from kg.extract.learn.model import ModelError
from kg.extract.learn.uncued import decider, valence_lexicon
from kg.extract.learn.uncued_gate import GATE_CUE, Gate, apply, shipped_gate
from kg.extract.positions import Positions
from kg.extract.segment import Sentence
from kg.extract.uncued_signals import signals, value_of

needs_vader = pytest.mark.skipif(not valence_lexicon(), reason="vaderSentiment not installed")


def test_doctests() -> None:
    assert doctest.testmod(uncued_signals).failed == 0
    assert doctest.testmod(uncued_gate).failed == 0


def _statement(text: str, content: str, verb: str = "say", holder: str = "norway",
               kind: str = "state", role: str | None = None) -> Statement:
    sentence = Sentence(0, 0, len(text), text, 0, False)
    actor = Actor(holder, kind, holder.title(), role=role)
    return Statement(sentence, actor, None, content, 0, len(text), 0.8, verb)


def _items(statements: list[Statement], gate: object | None) -> list[dict]:
    text = " ".join(s.sentence.text for s in statements)
    return stance_items(statements, text, load_scheme(), None, Positions(), date(2026, 5, 6),
                        uncued=gate)  # type: ignore[arg-type]


def _value(content: str, verb: str = "say") -> str:
    return value_of(content, verb, signals(content, verb))


@needs_vader
@pytest.mark.parametrize(("content", "value"), [
    ("the levy is a disgrace and a disaster for every small farmer", "oppose"),
    ("this text is a fair and sensible basis, and it will help everyone", "support"),
    ("we will not walk away from the table", "support"),
    ("the government has no intention of dropping the corridor idea", "support"),
    ("without a guarantee for the grid, this truce will not hold", "support"),
    ("the ministry has not taken a final view on the offer", "neutral"),
    ("there can be no pardon for those crimes", "oppose"),
])
def test_the_value_of_an_uncued_clause(content: str, value: str) -> None:
    assert _value(content) == value


def test_a_request_verb_supports_what_it_asks_for() -> None:
    assert _value("the bloc to end the painful, damaging tariffs", "press") == "support"


@pytest.mark.parametrize(("content", "name"), [
    ("has not commented on the draft.", "says_nothing"),
    ("gave no indication of when a decision might come.", "says_nothing"),
    ("said she believed the talks would drag on.", "belief"),
    ("talks are to resume in Geneva on March 3.", "schedule"),
])
def test_signs_of_no_attitude(content: str, name: str) -> None:
    assert getattr(signals(content, "say"), name)


def test_shipped_gate_is_read_and_the_extractor_uses_it_with_a_model_only() -> None:
    gate = shipped_gate()
    assert gate is not None and 0.0 < gate.threshold < 1.0 and 0.0 < gate.value_accuracy < 1.0
    assert decider(None, False) is None  # --no-model: rules only
    assert decider(object(), False) is gate


@needs_vader
def test_an_uncued_evaluative_quote_becomes_a_stance_with_its_value() -> None:
    text = '"A toll on the strait would be ruinous for small carriers," the minister said.'
    st = _statement(text, text.replace(" the minister", ""))  # as attribution leaves it
    assert _items([st], None) == []  # no cue word: the rules drop it
    [item] = _items([st], shipped_gate())
    assert item["value"] == "oppose" and item["note"] == f"cues: {GATE_CUE}"
    assert item["evidence"][0]["text"] == text
    assert item["confidence"] == round(shipped_gate().confidence, 2) <= 0.5  # below cued


@pytest.mark.parametrize("text", [
    "The next round of talks will take place in Geneva on March 3, the ministry said.",
    "The ministry has not commented on the draft, a spokesman said.",
    "The working group would convene again soon but did not give a date, the ministry said.",
    '"There are no dates yet for the next meeting," the ministry said.',
])
def test_a_schedule_or_an_empty_answer_is_no_stance(text: str) -> None:
    st = _statement(text, text.replace(", the ministry said", "").replace(", a spokesman said", "")
                    .replace(" the ministry said", ""))
    assert _items([st], shipped_gate()) == []


def test_a_negated_negative_is_not_oppose_through_the_coding_path() -> None:
    text = '"We will not walk away from the table," the minister said.'
    st = _statement(text, text.replace(" the minister", ""))
    values = [i["value"] for i in _items([st], shipped_gate())]
    assert values and "oppose" not in values


def _gate(threshold: float = 0.5) -> Gate:
    return Gate(("g_quoted", "g_says_nothing"), (3.0, -6.0), -1.0, threshold, 0.6, 0.35)


def test_the_gate_decides_by_probability_and_writes_the_rule_value() -> None:
    kept = _gate().decide({"g_quoted": 1.0, "g_value_oppose": 1.0})
    assert kept is not None and kept.value == "oppose" and kept.cues == (GATE_CUE,)
    assert kept.confidence == 0.35
    assert _gate().decide({"g_quoted": 1.0, "g_says_nothing": 1.0}) is None
    assert _gate(0.95).decide({"g_quoted": 1.0}) is None


def test_apply_adds_kept_candidates_the_rules_dropped_only() -> None:
    dropped = {"holder": "sweden", "value": "support", "note": "cues: uncued candidate"}
    defaulted = {"holder": "norway", "value": "support", "note": "cues: uncued candidate"}
    rows = [ItemRow({}, {}, [], {"g_quoted": 1.0, "g_value_oppose": 1.0, "default_none": 1.0}),
            ItemRow({}, {}, [], {"g_quoted": 1.0, "default_oppose": 1.0})]
    article = ArticleData("x", {}, {"stances": []}, [], list(zip([dropped, defaulted], rows,
                                                                 strict=True)))
    pred = apply(_gate(), article)
    assert [(s["holder"], s["value"], s["note"]) for s in pred["stances"]] == [
        ("sweden", "oppose", f"cues: {GATE_CUE}")]
    assert apply(None, article)["stances"] == [] and dropped["value"] == "support"


def test_gate_file_round_trip_and_a_malformed_one(tmp_path: Path) -> None:
    gate = _gate()
    assert Gate.from_dict(json.loads(json.dumps(gate.as_dict())), "g.json") == gate
    data = gate.as_dict()
    data["coef"] = [1.0]
    with pytest.raises(ModelError, match=r"g\.json: 2 features but 1 coefficients"):
        Gate.from_dict(data, "g.json")
    del data["threshold"]
    with pytest.raises(ModelError, match=r"g\.json: malformed uncued gate"):
        Gate.from_dict(data, "g.json")


def test_shipped_gate_matches_its_training_sheets() -> None:
    """A gate fitted on other sheets than those in the repository is stale: refit it (the
    command is in the README, "Uncued statements: the gate")."""
    from kg import __version__
    from kg.extract.learn.dataset import sheets_sha256

    meta = json.loads(uncued_gate.SHIPPED_GATE.read_text(encoding="utf-8"))["meta"]
    root = Path(__file__).resolve().parent.parent
    sets = [root / s for s in meta["training_sets"]]
    assert [s.name for s in sets] == ["dev", "stress", "blind", "blind2", "blind3", "blind4",
                                      "blind5", "blind6", "blind7", "blind8", "blind9", "blind10",
                                      "blind11", "blind12", "blind13", "blind14", "blind15",
                                      "blind16", "blind17", "blind18", "blind19",
                                      "blind20", "blind21", "blind22", "blind23",
                                      "blind24", "blind25", "blind26", "blind27", "blind28",
                                      "blind29", "blind30", "blind31"]
    assert meta["training_sha256"] == sheets_sha256(sets), \
        "the training sheets changed: python -m kg.extract.learn.uncued_gate ... (see README)"
    assert meta["kg_version"] == __version__
