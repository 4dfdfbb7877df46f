"""The question each answer of an interview replies to: its matter is the answer's.

An answer often names no issue of its own ("A: We welcome it, because the machines are
needed."): it takes the matter of the question it replies to ("Q: Washington wants its
firms to lead the mine clearance."), before the article's dominant issue. The turns are
those of :func:`kg.extract.quotes.interview_turns`.
"""

from __future__ import annotations

from kg.extract.quotes import interview_turns
from kg.extract.segment import Sentence


def answered_questions(sentences: list[Sentence]) -> dict[str, str]:
    """Answer sentence text -> the text of the question turn it replies to, for every
    sentence of an interview's answers (none in an article that is no interview); an answer
    text that recurs after different questions ("A: No.") is left out."""
    body = [s for s in sentences if s.span is not None and not s.heading]
    turns = interview_turns(body)
    out: dict[str, str] = {}
    ambiguous: set[str] = set()
    question: list[str] = []
    previous = ""
    for k, sent in enumerate(body):
        turn = turns.get(k, "")
        if turn == "Q":
            question = [*question, sent.text] if previous == "Q" else [sent.text]
        elif turn == "A" and question:
            asked = " ".join(question)
            if out.setdefault(sent.text, asked) != asked:
                ambiguous.add(sent.text)
        else:
            question = []
        previous = turn
    return {text: asked for text, asked in out.items() if text not in ambiguous}
