"""The embedding issue experiment: concept texts, cosine features, the neighbour vote, the
ranker and re-labelling, with a bag-of-words stand-in for the sentence encoder (invented
sentences only)."""

from __future__ import annotations

import doctest
import re
import zlib

import numpy as np
import pytest

import kg.extract.learn.embed_issues as embed_issues
from kg.extract.learn.embed_issues import (
    Config,
    Item,
    Neighbours,
    Space,
    concept_texts,
    fit_ranker,
    relabelled,
)
from kg.extract.learn.features import ItemRow

pytest.importorskip("sklearn")


class BagEncoder:
    """Hashed bag of words, unit length: texts sharing words are near."""

    def encode(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), 256))
        for i, text in enumerate(texts):
            for word in re.findall(r"[a-z]+", text.lower()):
                out[i, zlib.crc32(word.encode()) % 256] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1.0, norms)


CONCEPTS = {"ceasefire": "Ceasefire. truce armistice pause in fighting",
            "prisoners": "Prisoners. exchange of captives detainees release",
            "sanctions": "Sanctions. tariffs export bans asset freezes"}


def _item(sentence: str, rule: list[str], gold: set[str], group: str = "a") -> Item:
    issues = {code: {"rule_first": float(code == rule[0])} for code in CONCEPTS}
    text = {"clause": sentence, "sentence": sentence, "headline": ""}
    return Item(group, ItemRow({}, issues, list(rule), None, text), gold, list(rule))


def test_doctests() -> None:
    assert doctest.testmod(embed_issues).failed == 0


def test_concept_texts_cover_the_scheme() -> None:
    texts = concept_texts()
    assert "ceasefire" in texts and "other" in texts
    assert "truce" in texts["ceasefire"]
    assert texts["ceasefire"].startswith("Ceasefire. Stopping or pausing hostilities")


def test_space_cosines_and_nearest() -> None:
    items = [_item("They want the captives home and a release of detainees.", ["other"], set())]
    space = Space(BagEncoder(), items, CONCEPTS)
    assert space.nearest("They want the captives home and a release of detainees.") == "prisoners"
    assert space.cosines("") == {"ceasefire": 0.0, "prisoners": 0.0, "sanctions": 0.0}


def test_neighbours_vote_and_exclude_their_own_set() -> None:
    pool = [_item("a truce for the winter", ["ceasefire"], {"ceasefire"}, "a"),
            _item("a truce for the harvest", ["ceasefire"], {"sanctions"}, "b"),
            _item("unrelated words entirely", ["other"], set(), "b")]
    query = _item("a truce for the winter", ["other"], set(), "c")
    space = Space(BagEncoder(), [*pool, query], CONCEPTS)
    near = Neighbours(space, pool, 1)
    assert near.votes(query) == {"ceasefire": 1.0}
    assert near.votes(query, exclude="a") == {"sanctions": 1.0}
    assert Neighbours(space, pool, 0).votes(query) == {}


def test_ranker_follows_the_embedding_where_the_rules_err() -> None:
    train = []
    for n in range(12):
        group = "ab"[n % 2]
        train.append(_item(f"talks on a truce armistice number {n}", ["sanctions"],
                           {"ceasefire"}, group))
        train.append(_item(f"talks on tariffs export bans number {n}", ["sanctions"],
                           {"sanctions"}, group))
    test = _item("a short truce and armistice", ["sanctions"], {"ceasefire"}, "c")
    space = Space(BagEncoder(), [*train, test], CONCEPTS)
    assert fit_ranker(space, train, Config(c=1.0))(test) == ["ceasefire"]
    assert fit_ranker(space, train, Config(cosine=False, c=1.0))(test) == ["sanctions"]
    assert fit_ranker(space, train, Config(c=1.0, margin=1.0))(test) == ["sanctions"]


def test_relabelled_copies_the_sheet() -> None:
    pred = {"stances": [{"issue": "other"}, {"issue": ["other", "sanctions"]}]}
    items = [_item("x", ["other"], set()), _item("y", ["other", "sanctions"], set())]
    out = relabelled(pred, items, lambda it: ["ceasefire", *it.rule[1:]])
    assert out["stances"] == [{"issue": "ceasefire"}, {"issue": ["ceasefire", "sanctions"]}]
    assert pred["stances"][0]["issue"] == "other"


def test_model_path_is_the_packaged_model() -> None:
    pytest.importorskip(embed_issues.MODEL_PACKAGE)
    path = embed_issues.model_path()
    assert (path / "modules.json").is_file() and (path / "model.safetensors").is_file()
