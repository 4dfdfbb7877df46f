"""The holder's own announced act in reported speech (kg.extract.reported_intent), on invented
sentences."""

import pytest

from kg.extract.nlp import spacy_available

pytestmark = pytest.mark.skipif(not spacy_available(), reason="spaCy English model not installed")


@pytest.fixture(scope="module")
def nlp():
    from kg.extract.nlp import load_model

    return load_model()


def _actor(kind, mentions=()):
    from kg.extract.actors import Actor

    return Actor(id="x", type=kind, label="X", mentions=list(mentions))


SPEECH = frozenset({"say", "tell", "announce"})


@pytest.mark.parametrize(("sentence", "kind", "expected"), [
    ("The ferry line said on Monday it would add a night crossing to the islands.",
     "organization", True),
    ("The mayor told councillors she will put the tram plan to a vote in May.", "person", True),
    ("The ferry line said it could add a night crossing.", "organization", False),
    ("The ferry line said it would not add a night crossing.", "organization", False),
    ("The ferry line said it would meet the port authority again on Friday.",
     "organization", False),
    ("The ferry line said it would decide after the hearing.", "organization", False),
    ("The ferry line said the new timetable would please commuters.", "organization", False),
    ("The mayor said it would take months to repair the line.", "person", False),
    ('The ferry line said: "it will add a crossing, they say."', "organization", False),
    # an act that only serves talks: a meeting promised (coding guide, session 9)
    ("The ferry line said it would send two engineers to Oslo next week to discuss the timetable.",
     "organization", False),
    ("The harbour master said he would next ask to brief the cabinet before the vote.",
     "person", False),
    ("The ferry line said it would soon call a meeting of its captains on Friday to decide its next "
     "move.", "organization", False),
    # an act with a purpose of its own is kept
    ("The ferry line said it would hire two engineers next month to repair the ramp.",
     "organization", True),
])
def test_reported_intention(nlp, sentence, kind, expected):
    from kg.extract.reported_intent import reported_intention

    doc = nlp(sentence)
    assert reported_intention(doc[:], 0, _actor(kind), None, SPEECH) is expected


def test_named_holder_as_subject(nlp):
    from kg.extract.reported_intent import reported_intention

    sentence = "Its envoy said Ruritania would fund the survey of the shared reef."
    doc = nlp(sentence)
    at = sentence.index("Ruritania")
    assert reported_intention(doc[:], 0, _actor("state", [at]), None, SPEECH)
    assert not reported_intention(doc[:], 0, _actor("state", [0]), None, SPEECH)


def test_reported_intention_is_a_support():
    from kg.extract import Article, Extractor

    text = ("Island ferry talks resume\n\n"
            "The ferry operator Nordlys said on Tuesday it would add a second daily crossing "
            "to the outer islands from March.\n")
    sheet = Extractor().extract(Article("t", text, {"date": "2026-02-10"}))
    assert [(s["value"], s["note"]) for s in sheet["stances"]] == [
        ("support", "cues: default: reported intention")]
