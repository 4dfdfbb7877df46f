"""Sentences and headings, with offsets into the original text."""

import pytest

from kg.extract.clean import clean
from kg.extract.nlp import spacy_available
from kg.extract.segment import regex_sentences, segment
from kg.text import normalise

TEXT = ("Border Talks Stall\n\n"
        "Mr. Lund said the U.S. plan was unacceptable. \u201cWe will not sign,\u201d he added.\n\n"
        "Talks resume on Monday.\n")


def test_regex_sentences_respect_abbreviations():
    para = 'Mr. Lund met Gen. Ode. "No," he said. The U.N. agreed.'
    assert [para[s:e] for s, e in regex_sentences(para)] == [
        "Mr. Lund met Gen. Ode.", '"No," he said.', "The U.N. agreed."]


def _check(sentences):
    for sent in sentences:
        assert normalise(TEXT[sent.start:sent.end]) == sent.text
    assert sentences[0].heading and sentences[0].text == "Border Talks Stall"
    assert not any(s.heading for s in sentences[1:])


def test_rule_only_segmentation():
    sentences = segment(clean(TEXT), None)
    assert [s.text for s in sentences][1:] == [
        "Mr. Lund said the U.S. plan was unacceptable.", '"We will not sign," he added.',
        "Talks resume on Monday."]
    _check(sentences)


@pytest.mark.skipif(not spacy_available(), reason="spaCy English model not installed")
def test_parsed_segmentation_offsets():
    from kg.extract.nlp import load_model

    sentences = segment(clean(TEXT), load_model())
    assert len(sentences) == 4
    assert sentences[1].span is not None
    _check(sentences)


def test_standfirst_between_headline_and_byline_or_dateline():
    text = ("Ferry strike looms on the lakes\n"
            "The crews want a night-shift bonus; the owners say the offer is final.\n"
            "By Lake Desk staff\n"
            "OSTVIK, May 2 (Lake Wire) - Ferry crews voted on Friday to strike next week.\n")
    sentences = segment(clean(text), None)
    assert [s.standfirst for s in sentences] == [False, True, False]
    lead = text.replace("By Lake Desk staff\n", "").replace("OSTVIK, May 2 (Lake Wire) - ", "")
    assert not any(s.standfirst for s in segment(clean(lead), None))


@pytest.mark.parametrize("first", [
    "Ferry Owners Hold Firm. Crews Walk Out.",
    'Lake Crews Say "Not One Ferry Sails"',
])
def test_a_first_line_ending_like_a_sentence_before_a_byline_is_a_headline(first):
    text = (f"{first}\n"
            "By Lake Desk staff\n"
            "Ferry crews voted on Friday to strike next week. The owners said the offer was final.\n"
            "Talks resume on Monday.\n")
    sentences = segment(clean(text), None)
    assert [s.heading for s in sentences] == [s.paragraph == 0 for s in sentences]
    without_byline = text.replace("By Lake Desk staff\n", "")
    assert not segment(clean(without_byline), None)[0].heading
