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
