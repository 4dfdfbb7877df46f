"""Question-and-answer interviews: who answers, and what a bare answer says, on invented
interviews."""

import pytest

from kg.extract.nlp import spacy_available

pytestmark = pytest.mark.skipif(not spacy_available(), reason="spaCy English model not installed")


def _statements(text: str) -> list[tuple[int, str, str | None, str, str]]:
    from kg.extract.actors import ActorTable
    from kg.extract.attribution import attribute
    from kg.extract.clean import clean
    from kg.extract.gazetteer import load_gazetteer
    from kg.extract.mentions import find_mentions
    from kg.extract.nlp import load_model
    from kg.extract.segment import segment

    sentences = segment(clean(text), load_model())
    table = ActorTable(load_gazetteer(), excluded={"The Harbour Gazette"})
    found = attribute(sentences, table, find_mentions(sentences, table))
    return [(st.sentence.index, st.holder.id, st.voiced_by.id if st.voiced_by else None,
             st.verb, st.content) for st in found]


_INTERVIEW = ("Herring quota talks stall\n"
              "Helga Marsh, Norway's chief fisheries negotiator, spoke to the Harbour Gazette "
              "in Bergen after the third round.\n"
              "Q: Will Oslo accept the new quota for herring?\n"
              "A: No. Not while the stock is still shrinking.\n"
              "Q: Iceland says the quota is fair. Do you agree?\n"
              "A: Only if they pay for the monitoring vessels.\n")


def test_every_answer_is_the_interviewees_and_no_question_is():
    got = _statements(_INTERVIEW)
    answers = {i for i, h, v, _, _ in got if (h, v) == ("norway", "helga-marsh")}
    assert answers == {3, 4, 7}
    assert not [g for g in got if g[0] in {2, 5, 6} and g[2] == "helga-marsh"]
    assert (5, "iceland") in {(i, h) for i, h, _, _, _ in got}  # what a question reports


def test_a_bare_no_answers_the_yes_or_no_question_before_it():
    got = _statements(_INTERVIEW)
    no = [g for g in got if g[0] == 3]
    assert [(v, content) for _, _, _, v, content in no] == [
        ("answer:no", "Q: Will Oslo accept the new quota for herring?")]


def test_a_bare_no_after_an_open_question_is_only_a_quotation():
    got = _statements(_INTERVIEW.replace("Will Oslo accept the new quota for herring?",
                                         "When will Oslo decide on the herring quota?"))
    assert [v for i, _, _, v, _ in got if i == 3] == ["quote"]


def test_a_name_the_model_misses_is_a_person_with_an_office_in_apposition():
    got = _statements("Gas transit talks resume\n"
                      "Marharyta Sholom, Moldova's deputy energy minister, heads the delegation "
                      "at the gas talks in Vienna.\n"
                      "Asked about the transit fee, Sholom said Moldova would never pay it.\n")
    assert [(h, v) for i, h, v, _, _ in got if i == 2] == [("moldova", "marharyta-sholom")]


def test_a_quotation_after_a_sentence_about_a_person_is_that_persons():
    got = _statements("Harbour fee talks\n"
                      "Port authority spokesman Rui Santos said Portugal wanted the harbour fee "
                      "doubled.\n"
                      "At the town hall on Friday, Mayor Ines Carvalho smiled. \"We will not pay "
                      "a cent more. The fee is unfair to fishermen.\"\n")
    assert [(i, h) for i, h, _, verb, _ in got if verb == "quote"] == [
        (3, "ines-carvalho"), (4, "ines-carvalho")]


def test_answer_indices_are_the_answer_sentences_and_none_outside_an_interview():
    from kg.extract.clean import clean
    from kg.extract.interview import answer_indices
    from kg.extract.nlp import load_model
    from kg.extract.segment import segment

    assert answer_indices(segment(clean(_INTERVIEW), load_model())) == {3, 4, 7}
    plain = "Herring talks stall\nNorway said the quota was too high. Iceland disagreed.\n"
    assert answer_indices(segment(clean(plain), load_model())) == frozenset()


def test_a_labelled_answer_is_the_person_its_label_names():
    # The introduction names the interviewee long before the first question, so only the
    # label of each answer ("Lindqvist: ...") says who answers.
    got = _statements(
        "River dam talks\n"
        "Torvald Lindqvist, a retired surveyor from Kiruna, represents the Sami Reindeer "
        "Herders Council at the dam talks.\n"
        "He grew up beside the river. The dam was approved in 1968. The herders protested for "
        "years. The courts sided with the utility. We met him in Lulea last week.\n"
        "The valley has changed since then. Most of the herds now graze further north.\n"
        "Q: The utility offers a fish ladder. Is that enough?\n"
        "Lindqvist: A ladder is a gesture. We want the lower gates opened every spring.\n"
        "Q: Would you accept a trial year?\n"
        "Lindqvist: Only with our own monitors on the water.\n")
    answers = {i for i, h, v, _, _ in got if "torvald-lindqvist" in (h, v)}
    assert answers == {11, 12, 14}


_HEADLINED = ("Norway's chief negotiator on the herring quota\n"
              "Helga Marsh is a veteran of the fisheries talks with Iceland. Marsh spoke to "
              "the Harbour Gazette in Bergen on Friday.\n"
              "Q: Will Oslo accept the new quota for herring?\n"
              "Marsh: We will not accept a quota that ignores the science.\n"
              "Q: Iceland says the quota is fair. Do you agree?\n"
              "Marsh: Only if they pay for the monitoring vessels.\n")


def test_the_headline_names_whom_an_interviewee_speaks_for():
    got = _statements(_HEADLINED)
    answers = [(h, v) for i, h, v, _, c in got if "science" in c or "vessels" in c]
    assert answers and set(answers) == {("norway", "helga-marsh")}


def test_a_headline_body_noun_makes_the_interviewee_its_voice():
    got = _statements(_HEADLINED.replace("chief negotiator", "fisheries regulator"))
    answers = [(h, v) for i, h, v, _, c in got if "science" in c or "vessels" in c]
    assert answers and set(answers) == {("norway", "helga-marsh")}


@pytest.mark.parametrize("answer, verb", [
    ("Marsh: Yes.", "answer:yes"),
    ("Marsh: It is.", "answer:yes"),
    ("Marsh: Partly.", "answer:partly"),
    ("Marsh: Not in that form.", "answer:no"),
])
def test_a_bare_answer_takes_the_question_it_answers(answer, verb):
    text = _HEADLINED.replace("Marsh: We will not accept a quota that ignores the science.",
                              answer)
    got = [(v, c) for _, h, _, v, c in _statements(text) if h == "norway" and v == verb]
    assert got == [(verb, "Q: Will Oslo accept the new quota for herring?")]


_MEDIATOR = ("Rivers talks end with a deal on the dams\n"
             "Chile and Argentina met in Mendoza for a fourth round on the shared rivers. "
             "Tomas Wendt, Uruguay's mediator, spoke to the Harbour Gazette on Sunday.\n"
             "Q: What came out of Mendoza?\n"
             "A: More than I hoped. Both sides agreed to open the sluices each spring.\n"
             "Q: And the fishing rights?\n"
             "A: That is a list both sides agree to leave for later.\n")


def test_a_joint_act_an_answer_tells_is_each_partys_not_the_answerers():
    got = _statements(_MEDIATOR)
    told = {(holder, verb) for _, holder, _, verb, content in got if "sluices" in content}
    assert told == {("chile", "joint:agree"), ("argentina", "joint:agree")}
    later = {holder for _, holder, _, _, content in got if "for later" in content}
    assert later == {"uruguay"}  # a relative clause in the present: his own account


def _herring_answer(question: str, answer: str) -> list:
    """The statements of a short interview with Norway's herring negotiator: one question and
    its answer (the answer is paragraph 3)."""
    return _statements("Herring quota talks stall\n"
                       "Helga Marsh, Norway's chief fisheries negotiator, was interviewed by the "
                       "Harbour Gazette in Bergen after the third round.\n"
                       f"Q: {question}\nA: {answer}\n")


def test_an_answer_relaying_what_another_party_told_the_answerer_is_that_partys():
    got = _herring_answer("Has anyone else moved?", "Iceland's envoys told us after the survey "
                          "that the herring quota could rise.")
    assert {h for i, h, _, _, _ in got if i == 3} == {"iceland"}


def test_an_offer_an_answer_tells_another_party_made_is_that_partys():
    got = _herring_answer("Has a venue been found for round four?",
                          "Denmark has offered to host it in Esbjerg in March.")
    assert {h for i, h, _, _, _ in got if i == 3} == {"denmark"}


def test_an_answer_keeps_his_own_words_beside_the_offer_it_tells():
    got = _herring_answer("Who pays for the survey ships?",
                          "The Danish government has offered to lend two vessels, and we welcome it.")
    assert {(h, v) for i, h, v, _, _ in got if i == 3} == {
        ("denmark", None), ("norway", "helga-marsh")}



def test_the_government_in_the_answer_of_a_party_that_is_no_state_is_the_state():
    got = _statements("Port strike talks\n"
                      "Ana Ruiz, the Chilean Dockers Federation's general secretary, spoke to "
                      "the Harbour Gazette in Valparaiso about the talks with Chile.\n"
                      "Q: Has anyone moved?\n"
                      "A: Last week the government promised us a bonus for night shifts.\n")
    assert {h for i, h, _, _, _ in got if i == 3} == {"chile"}
