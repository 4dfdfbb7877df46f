"""Interview turns found from paragraph markers (no parser needed)."""

from kg.extract.quotes import interview_turns
from kg.extract.segment import Sentence


def _body(paragraphs: list[list[str]]) -> list[Sentence]:
    out, pos = [], 0
    for p, sentences in enumerate(paragraphs):
        for text in sentences:
            out.append(Sentence(len(out), pos, pos + len(text), text, p, False))
            pos += len(text) + 1
    return out


def test_marked_questions_and_answers():
    body = _body([["The guild chair answered our questions."], ["Q: Will you sign?"],
                  ["A: Not yet.", "We want more."], ["Q: When?"], ["A: In spring."]])
    assert interview_turns(body) == {1: "Q", 2: "A", 3: "A", 4: "Q", 5: "A"}


def test_plain_answers_run_while_they_speak_in_the_first_person():
    body = _body([["Intro."], ["Q: Will you sign?"], ["Not yet."], ["We want more money."],
                  ["Q: And the owners?"], ["They are stalling."],
                  ["The owners said the offer was final."]])
    assert interview_turns(body) == {1: "Q", 2: "A", 3: "A", 4: "Q", 5: "A"}


def test_one_marked_question_alone_is_no_interview():
    body = _body([["Q: what the court called the case."], ["The minister said no."]])
    assert interview_turns(body) == {}
    body = _body([["The minister said no."], ["Nothing else was said."]])
    assert interview_turns(body) == {}


def test_turns_marked_with_the_speakers_names():
    body = _body([["The harbour master spoke to us on Friday."],
                  ["Okafor: Will the pilots sign?"], ["Brandt: Not yet.", "We want more."],
                  ["Okafor: The owners say the offer is final.", "What now?"],
                  ["Brandt: We wait."], ["Okafor: And the ferries?"], ["Brandt: They sail."],
                  ["The owners said nothing."]])
    assert interview_turns(body) == {1: "Q", 2: "A", 3: "A", 4: "Q", 5: "Q", 6: "A", 7: "Q",
                                     8: "A"}


def test_name_labels_without_a_questioner_are_no_interview():
    body = _body([["Update: the talks resumed."], ["Madrid: the unions walked out."],
                  ["Update: the talks ended."], ["Madrid: the unions returned."]])
    assert interview_turns(body) == {}
