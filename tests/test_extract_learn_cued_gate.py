"""The cued gate: its form features (never a word or a name), its JSON form, its decision,
its fitting, the extractor's hook and the shipped file's provenance (invented sentences
only)."""

from __future__ import annotations

import doctest
import json
import re
from pathlib import Path

import pytest

import kg.extract.learn.cued_features as cued_features_module
import kg.extract.learn.cued_gate as cued_gate
from kg.extract.learn.cued_features import NAMES, cued_features
from kg.extract.learn.cued_gate import CuedGate, load_cued_gate
from kg.extract.learn.features import ItemRow
from kg.extract.learn.model import ModelError
from kg.extract.learn.uncued import valence_lexicon

needs_vader = pytest.mark.skipif(not valence_lexicon(), reason="vaderSentiment not installed")
ROOT = Path(__file__).resolve().parent.parent


def test_doctests() -> None:
    assert doctest.testmod(cued_features_module).failed == 0
    assert doctest.testmod(cued_gate).failed == 0


def _row(position: float, clause: str, uncued: bool = False, **features: float) -> ItemRow:
    return ItemRow({"position": position, **features}, {}, text={"clause": clause},
                   uncued={"g_quoted": 0.0} if uncued else None)


def _items() -> tuple[list[dict], list[ItemRow]]:
    items = [{"holder": "p-lund", "value": "oppose", "issue": "tolls"},
             {"holder": "p-lund", "value": "oppose", "issue": "tolls"},
             {"holder": "harbour-board", "value": "support", "issue": "dredging"}]
    rows = [_row(0.1, "the toll would ruin small carriers", value_oppose=1.0, quote=1.0),
            _row(0.4, "they reject the toll", value_oppose=1.0),
            _row(0.4, "the board backs the dredging plan", value_support=1.0)]
    return items, rows


def test_every_item_gets_exactly_the_declared_features() -> None:
    items, rows = _items()
    feats = cued_features(items, rows)
    assert [sorted(f) for f in feats] == [sorted(NAMES)] * 3
    assert feats[0]["dup_holder_value"] == feats[0]["dup_holder_issue_value"] == 1.0
    assert feats[2]["dup_holder_value"] == 0.0 and feats[2]["value_support"] == 1.0
    assert feats[0]["quote"] == 1.0 and feats[1]["quote"] == 0.0


def test_a_feature_is_never_a_word_or_a_name() -> None:
    """The same constructions with other names, places and topics give the same numbers,
    and no feature name is a word of the statements or a concept of the issue scheme."""
    from kg.extract.issues import load_scheme

    items, rows = _items()
    other_items = [{"holder": "q-varga", "value": "oppose", "issue": "quotas"},
                   {"holder": "q-varga", "value": "oppose", "issue": "quotas"},
                   {"holder": "fishing-union", "value": "support", "issue": "licences"}]
    other_rows = [_row(0.1, "the quota would ruin small trawlers", value_oppose=1.0, quote=1.0),
                  _row(0.4, "they reject the quota", value_oppose=1.0),
                  _row(0.4, "the union backs the licence plan", value_support=1.0)]
    assert cued_features(items, rows) == cued_features(other_items, other_rows)
    texts = " ".join(r.text["clause"] for r in rows + other_rows)
    scheme = load_scheme()
    codes = set(scheme.cues.values())
    words = set(re.findall(r"[a-z]+", texts.lower())) - {"the", "a"}
    for name in NAMES:
        assert re.fullmatch(r"[a-z_]+", name), name
        assert name not in codes and name.replace("_", " ") not in scheme.cues, name
        assert not set(name.split("_")) & words, name


def test_the_gate_keeps_uncued_items_and_drops_below_its_threshold() -> None:
    items, rows = _items()
    rows[1] = _row(0.4, "they reject the toll", uncued=True, value_oppose=1.0)
    gate = CuedGate(("value_oppose",), (-4.0,), 1.0, 0.5)
    assert gate.keep(items, rows) == [False, True, True]
    kept_items, kept_rows = gate.apply(items, rows)
    assert [i["holder"] for i in kept_items] == ["p-lund", "harbour-board"]
    assert kept_rows == [rows[1], rows[2]]
    assert CuedGate(("value_oppose",), (-4.0,), 1.0, 0.0).keep(items, rows) == [True] * 3
    # a higher bar for a (holder, value) drafted once: the support (p 0.62) needs 0.8
    rows[1] = _row(0.4, "they reject the toll", value_oppose=1.0)
    assert CuedGate(("value_oppose",), (-1.0,), 0.5, 0.3, solo=0.5).keep(items, rows) == \
        [True, True, False]


def test_the_json_form_round_trips_and_bad_files_fail_in_one_line(tmp_path: Path) -> None:
    gate = CuedGate(("quote", "negation"), (0.5, -1.25), 0.3, 0.45, "useful", 0.1, 0.1,
                    {"training_sets": ["x"]})
    path = tmp_path / "gate.json"
    path.write_text(json.dumps(gate.as_dict()), encoding="utf-8")
    assert load_cued_gate(path) == gate
    for bad, why in (({**gate.as_dict(), "format": "other"}, "format"),
                     ({**gate.as_dict(), "coef": [1.0]}, "2 features but 1 coefficients"),
                     ({**gate.as_dict(), "features": ["quote", "w=toll"]}, "does not compute"),
                     ({k: v for k, v in gate.as_dict().items() if k != "threshold"},
                      "malformed")):
        path.write_text(json.dumps(bad), encoding="utf-8")
        with pytest.raises(ModelError, match=why) as err:
            load_cued_gate(path)
        assert str(path) in str(err.value) and "\n" not in str(err.value)
    path.write_text("{", encoding="utf-8")
    with pytest.raises(ModelError, match="not JSON"):
        load_cued_gate(path)


def test_fitting_is_deterministic_and_learns_the_direction() -> None:
    pytest.importorskip("sklearn")
    from kg.extract.learn.cued_train import Prepared, fit

    feats = [{**dict.fromkeys(NAMES, 0.0), "quote": float(k % 2), "position": k / 40}
             for k in range(40)]
    labels = [k % 2 if k % 5 else 1 - k % 2 for k in range(40)]
    prepared = [Prepared(None, feats, {"speaker": labels, "holder_value": labels}, {}, 40)]  # type: ignore[arg-type]
    first, second = fit(prepared, "speaker", 0.1), fit(prepared, "speaker", 0.1)
    assert json.dumps(first.as_dict()) == json.dumps(second.as_dict())
    quoted, plain = first.probabilities([{"quote": 1.0}, {"quote": 0.0}])
    assert quoted > plain


def test_the_extractor_applies_the_gate_only_with_the_learned_model(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.extract import Article, Extractor
    from kg.extract.nlp import spacy_available

    if not spacy_available():
        pytest.skip("spaCy English model not installed")
    text = ("The harbour board met on Tuesday in Kestrel Bay.\n\n"
            "Its chair, Mira Lund, said the board rejects the proposed toll on small carriers.")
    article = Article("invented-harbour-toll", text, {"date": "2026-05-06"})
    drop_all = CuedGate(("quote",), (0.0,), -30.0, 0.5)
    monkeypatch.setattr(cued_gate, "shipped_cued_gate", lambda: drop_all)
    rules = Extractor(use_learned=False).extract(article)["stances"]
    assert any("toll" in s["evidence"][0]["text"] for s in rules)
    gated = Extractor().extract(article)["stances"]
    assert not [s for s in gated if "uncued" not in s.get("note", "")]


@needs_vader
def test_shipped_cued_gate_matches_its_training_sheets() -> None:
    """A gate fitted on other sheets than those in the repository is stale: refit it
    (``python -m kg.extract.learn.cued_train --gold ... --out kg/data/models/cued-gate.json``)."""
    from kg import __version__
    from kg.extract.learn.dataset import sheets_sha256

    if not cued_gate.SHIPPED_CUED_GATE.is_file():
        pytest.skip("no cued gate shipped")
    gate = load_cued_gate(cued_gate.SHIPPED_CUED_GATE)
    sets = [ROOT / s for s in gate.meta["training_sets"]]
    assert [s.name for s in sets][:2] == ["dev", "stress"] and len(sets) >= 10
    assert gate.meta["training_sha256"] == sheets_sha256(sets), \
        "the training sheets changed: python -m kg.extract.learn.cued_train ... --out ..."
    assert gate.meta["kg_version"] == __version__
    assert set(gate.names) <= set(NAMES)
