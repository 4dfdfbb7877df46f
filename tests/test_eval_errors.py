"""kg eval --errors: stance-by-stance disagreements, on the invented fixture of test_evaluate."""

import copy
from pathlib import Path

import pytest

from kg.annotations import load_annotation
from kg.eval_errors import COLUMNS, as_tsv, disagreements, summary

GOLD_DIR = Path(__file__).parent / "fixtures" / "ingest" / "gold"
GOLD = GOLD_DIR / "slovakia-water-talks.yaml"


@pytest.fixture
def gold():
    return load_annotation(GOLD).data


def test_identical_sheets_disagree_nowhere(gold):
    assert disagreements(gold, copy.deepcopy(gold)) == []


def test_each_kind_of_disagreement(gold):
    pred = copy.deepcopy(gold)
    first, second = pred["stances"][0], pred["stances"][1]
    first["value"] = "support" if first["value"] != "support" else "oppose"
    second["issue"] = "some_other_issue"
    del pred["stances"][-1]
    extra = copy.deepcopy(first)
    extra["evidence"] = [{"start": 0, "end": 5, "text": "Title"}]
    pred["stances"].append(extra)
    kinds = {d.kind: d for d in disagreements(gold, pred, group="g")}
    assert set(kinds) == {"value", "issue", "missing", "spurious"}
    assert kinds["value"].machine[2] == first["value"]
    assert kinds["issue"].machine[1] == "some_other_issue"
    assert kinds["missing"].machine is None and kinds["spurious"].gold is None
    assert summary(list(kinds.values())) == "issue 1, missing 1, spurious 1, value 1"


def test_holders_compare_after_the_actor_mapping(gold):
    pred = copy.deepcopy(gold)
    for actor in pred["actors"]:
        if actor["id"] == "slovakia":
            actor["id"] = "slovak-republic"
    for stance in pred["stances"]:
        if stance["holder"] == "slovakia":
            stance["holder"] = "slovak-republic"
    assert disagreements(gold, pred) == []
    for actor in pred["actors"]:
        if actor["id"] == "slovak-republic":
            actor["label"], actor["aliases"] = "Nowhere", []
    holders = [d.machine[0] for d in disagreements(gold, pred)]
    assert holders == ["pred:slovak-republic"] * 3


def test_tsv_has_a_header_and_one_line_per_row(gold):
    pred = {"article": gold["article"], "actors": [], "stances": []}
    rows = disagreements(gold, pred)
    lines = as_tsv(rows).splitlines()
    assert lines[0].split("\t") == list(COLUMNS)
    assert len(lines) == 1 + len(gold["stances"])
    assert all(len(line.split("\t")) == len(COLUMNS) for line in lines)
