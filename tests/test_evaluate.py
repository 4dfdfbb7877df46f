"""kg eval: matching rules of coding guide section 7, on a tiny invented fixture."""

import copy
import json
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from kg.annotations import load_annotation
from kg.cli import app
from kg.evaluate import actor_mapping, evaluate_groups, micro, norm_name, score
from kg.extract.nlp import spacy_available

GOLD_DIR = Path(__file__).parent / "fixtures" / "ingest" / "gold"
GOLD = GOLD_DIR / "slovakia-water-talks.yaml"


@pytest.fixture
def gold():
    return load_annotation(GOLD).data


def test_name_normalisation():
    assert norm_name("The \u201cKremlin\u201d") == norm_name('"kremlin"')
    assert norm_name("  U.N.\u00a0Security  Council") == "u.n. security council"


def test_perfect_prediction_scores_one(gold):
    result = score(gold, copy.deepcopy(gold))
    for counts in result.counts.values():
        assert counts.precision == counts.recall == counts.f1 == 1.0


def test_actor_matches_by_alias_and_maps_holders(gold):
    pred = copy.deepcopy(gold)
    for actor in pred["actors"]:
        if actor["id"] == "anna-kovac":
            actor["id"], actor["label"], actor["aliases"] = "a-kovac", "A. Kovac", ["Kovac"]
    for stance in pred["stances"]:
        if stance.get("voiced_by") == "anna-kovac":
            stance["voiced_by"] = "a-kovac"
    assert actor_mapping(gold["actors"], pred["actors"])["a-kovac"] == "anna-kovac"
    assert score(gold, pred).counts["speaker"].f1 == 1.0


def test_wrong_value_and_missing_stance(gold):
    pred = copy.deepcopy(gold)
    pred["stances"][0]["value"] = "support"  # conditional -> support
    del pred["stances"][-1]  # the UN stance is missed
    pred["actors"].append({"id": "vienna", "type": "state", "label": "Vienna"})
    counts = score(gold, pred).counts
    assert (counts["actors"].precision, counts["actors"].recall) == (6 / 7, 1.0)
    hv = counts["holder_value"]
    assert (hv.tp_pred, hv.n_pred, hv.n_gold) == (3, 3, 5)  # pairs are a set
    sp = counts["speaker"]
    assert (sp.tp_gold, sp.n_gold, sp.n_pred) == (4, 5, 4)


def test_speaker_needs_the_same_sentence(gold):
    pred = copy.deepcopy(gold)
    moved = pred["stances"][1]["evidence"][0]
    moved["start"], moved["end"] = pred["stances"][3]["evidence"][0]["start"], \
        pred["stances"][3]["evidence"][0]["end"]
    assert score(gold, pred).counts["speaker"].tp_gold == 4


def test_micro_average_sums_counts(gold):
    a = score(gold, copy.deepcopy(gold))
    b = score(gold, {"article": gold["article"], "actors": [], "stances": []})
    total = micro([a, b])["actors"]
    assert (total.tp_gold, total.n_gold, total.n_pred) == (6, 12, 6)


def machine_sheets(tmp_path, keep: int) -> Path:
    """A folder with the fixture as a machine sheet that kept its first ``keep`` stances."""
    pred_dir = tmp_path / "pred"
    pred_dir.mkdir()
    data = yaml.safe_load(GOLD.read_text())
    data["coding"]["status"] = "machine"
    data["stances"] = data["stances"][:keep]
    (pred_dir / GOLD.name).write_text(yaml.safe_dump(data))
    return pred_dir


def test_cli_eval_with_predictions(tmp_path):
    pred_dir = machine_sheets(tmp_path, 2)
    result = CliRunner().invoke(app, ["eval", "--gold", str(GOLD_DIR), "--pred", str(pred_dir),
                                      "--format", "json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["all"]["actors"]["f1"] == 1.0
    assert out["all"]["holder_value"]["recall"] == pytest.approx(2 / 5, abs=1e-3)


def test_cli_eval_missing_prediction_is_an_error(tmp_path):
    result = CliRunner().invoke(app, ["eval", "--gold", str(GOLD_DIR), "--pred", str(tmp_path)])
    assert result.exit_code == 1
    assert "no machine sheet" in result.output


def test_cli_eval_writes_the_disagreements(tmp_path):
    pred_dir, out = machine_sheets(tmp_path, 2), tmp_path / "errors.tsv"
    result = CliRunner().invoke(app, ["eval", "--gold", str(GOLD_DIR), "--pred", str(pred_dir),
                                      "--errors", str(out)])
    assert result.exit_code == 0, result.output
    rows = out.read_text().splitlines()[1:]
    assert len(rows) == 3 and all("\tmissing\t" in r for r in rows)
    assert f"{out}: 3 disagreements (missing 3)" in result.output


@pytest.mark.skipif(not spacy_available(), reason="spaCy English model not installed")
def test_extract_and_score_the_fixture():
    scores = evaluate_groups([GOLD_DIR])
    counts = scores[0].counts
    assert counts["actors"].f1 >= 0.8
    assert counts["speaker"].recall >= 0.6


def test_cli_eval_rule_only_extracts_without_spacy():
    result = CliRunner().invoke(app, ["eval", "--gold", str(GOLD_DIR), "--rule-only",
                                      "--format", "json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["articles"][0]["article"] == "slovakia-water-talks"
    assert 0.0 < out["all"]["actors"]["f1"] <= 1.0
