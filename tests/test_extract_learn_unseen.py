"""The transfer harness: issue models scored by leave-one-set-out over rule-unseen sets."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_extract_learn_train import BLIND, DEV, STRESS, _slice

from kg.evaluate import micro, score
from kg.extract.learn.crossval import METRICS
from kg.extract.learn.dataset import build
from kg.extract.learn.train import Config
from kg.extract.learn.unseen import TrainOn, main, transfer

ADD_ONLY = Config(issue=True, keep=False, margin=1.0, second=0.05)
REPLACE = Config(issue=True, keep=False, margin=0.0)


@pytest.fixture(scope="module")
def sets(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    root = tmp_path_factory.mktemp("sets")
    return [_slice(s, root / s.name, 4) for s in (DEV, STRESS, BLIND)]


@pytest.fixture(scope="module")
def data(sets: list[Path]) -> list:
    return build(sets, use_spacy=False)


def test_the_rules_row_is_the_rule_sheets_scored(data: list) -> None:
    rules = transfer(data, ["stress", "blind"], [])
    assert [r.label for r in rules] == ["rules"]
    held = [a for a in data if a.group in ("stress", "blind")]
    total = micro(score(a.gold, a.pred, group=a.group) for a in held)
    assert rules[0].f1 == {m: total[m].f1 for m in METRICS}
    assert (rules[0].replaced, rules[0].added) == (0, 0)


def test_an_add_only_model_never_replaces_the_rules_first_issue(data: list) -> None:
    _, add_only, replace = transfer(data, ["stress", "blind"], [ADD_ONLY, REPLACE])
    assert add_only.replaced == 0 and add_only.added > 0
    assert replace.added == 0


def test_training_on_unseen_sets_only_ignores_the_other_sets(data: list) -> None:
    unseen = ["stress", "blind"]
    only = [a for a in data if a.group in unseen]
    assert transfer(data, unseen, [REPLACE], train_on=TrainOn.UNSEEN) == \
        transfer(only, unseen, [REPLACE], train_on=TrainOn.ALL)


def test_an_unknown_unseen_set_is_one_error_line(sets: list[Path],
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    argv = [a for s in sets for a in ("--gold", str(s))] + ["--unseen", "blind9", "--rule-only"]
    assert main(argv) == 1
    assert capsys.readouterr().err == "Error: no articles of the unseen set(s) blind9\n"


def test_the_command_prints_both_tables(sets: list[Path], capsys: pytest.CaptureFixture[str]
                                        ) -> None:
    argv = [a for s in sets for a in ("--gold", str(s))] + ["--unseen", "stress",
                                                              "--unseen", "blind", "--rule-only"]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert out.startswith("trained on all other sets\nconfig")
    assert "trained on unseen other sets\n" in out
    assert out.count("\nrules ") == 2
