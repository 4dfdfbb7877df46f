"""Clauses of a parse (kg.extract.syntax): which "while" clause is set against the main one."""

import pytest

from kg.extract.nlp import spacy_available

pytestmark = pytest.mark.skipif(not spacy_available(), reason="spaCy English model not installed")


def _while_clauses(text: str) -> list[tuple[str, bool]]:
    from kg.extract.nlp import load_model
    from kg.extract.syntax import contrast_clause

    doc = load_model()(text)
    return [(t.text, contrast_clause(t)) for t in doc
            if any(c.dep_ == "mark" and c.lower_ == "while" for c in t.children)]


def test_a_while_clause_after_a_negated_main_clause_is_its_condition():
    """Coding guide 3, session-11 clarifications, "not X while Y": a precondition, not a
    clause set against the main one; a "while" clause with a speaker of its own still is."""
    got = [_while_clauses(text) for text in (
        "The minister said there would be no truce while the rebels hold the bridge.",
        "The ministry said it will not sign the accord while the militia controls the pass.",
        "Oslo did not back the plan, while Rome said it would wait.",
        "\"We are not going to move gas past the city while the army is bombing the city,\" "
        "the minister said.")]
    assert got == [[("hold", False)], [("controls", False)], [("said", True)],
                   [("bombing", False)]]


@pytest.mark.parametrize("text, value", [
    ("The growers want their orchards back.", "support"),
    ("Nobody shoots back at night, the mayor said.", None),
    ("Each freed sailor is a son given back.", None),
    ("The port gets its ferries back next spring.", None),
    ("The council will back the levy.", "support"),
    ("The bloc should back it.", "support"),
    ("The farmers pushed back against the quota.", "oppose"),
])
def test_back_is_a_cue_only_as_the_verb_of_support(text, value):
    """"back" as an adverb or a particle ("wants its land back", "given back") is no support
    cue; the verb ("will back the levy") is (coding guide 3, value table: "backs")."""
    from kg.extract.nlp import load_model
    from kg.extract.stance import classify
    from kg.extract.syntax import text_of

    found = classify(text_of(load_model()(text)[:], set()))
    assert (found.value if found else None) == value, (text, found)


@pytest.mark.parametrize("text, subject", [
    ("Q: The governor of Velmora, Tomas Arkadi, insists that every transfer must happen at "
     "the northern crossing.", "governor"),
    ("Q: The mayor of Velmora, Tomas Arkadi, wants every transfer to happen at the northern "
     "crossing.", "mayor"),
])
def test_an_interview_turn_label_is_no_subject(text, subject):
    """"Q:" opening a question is its turn label, not the subject the parse may take it
    for: the question reports what the named person wants (interview questions keep what
    they report of others)."""
    from kg.extract.nlp import load_model
    from kg.extract.syntax import subject_of

    doc = load_model()(text)
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert subject_of(root).text == subject
