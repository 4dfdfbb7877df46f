"""A negotiating party's expectation of another's act (kg.extract.expectations), on invented
sentences."""

import pytest

from kg.extract.nlp import spacy_available

pytestmark = pytest.mark.skipif(not spacy_available(), reason="spaCy English model not installed")


@pytest.fixture(scope="module")
def nlp():
    from kg.extract.nlp import load_model

    return load_model()


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The ministry said it expected the dockers' union to call off the stoppage.", True),
    ("Lisbon expects the landing fee to be scrapped before the season opens.", True),
    ("The ministry expects to publish its decision in March.", False),
    ("The ministry does not expect the dockers to return before March.", False),
    ("Delegates privately expected the round to overrun into Saturday.", False),
    ("The next round is expected to open in Geneva.", False),
])
def test_expected_act(nlp, sentence, expected):
    from kg.extract.expectations import expected_act

    doc = nlp(sentence)
    assert expected_act(doc[:], 0, len(sentence)) is expected


def test_expectation_is_a_demand_of_the_holder():
    from kg.extract import Article, Extractor

    text = ("Portugal and Spain resumed talks on the river treaty on Monday.\n\n"
            "The Portuguese government said it expected Spain to release more water from "
            "the dams upstream.\n")
    sheet = Extractor().extract(Article("t", text, {"date": "2026-04-15"}))
    assert ("portugal", "support") in {(s["holder"], s["value"]) for s in sheet["stances"]}
