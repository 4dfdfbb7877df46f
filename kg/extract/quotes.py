"""Quotations over several sentences: which sentences are inside a quotation, the
speaker named where it closes ('"We will not sign. The offer is unfair," she said.'), and
the answers of a question-and-answer interview."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING, Any

from kg.extract.segment import Sentence

if TYPE_CHECKING:
    from kg.extract.actors import Actor
    from kg.extract.attribution import Statement


def quoted_tokens(span: Any, open_: bool) -> tuple[set[int], bool]:
    """Indices of the tokens of ``span`` inside quotation marks, given whether a quotation
    is already open where it starts; and whether one is still open where it ends.

    A speech verb there is the quoted speaker's own word ("... and they said no."), not an
    attribution."""
    inside: set[int] = set()
    for tok in span:
        if '"' in tok.text:
            open_ ^= tok.text.count('"') % 2 == 1
        elif open_:
            inside.add(tok.i)
    return inside, open_


def quoted_spans(sent: Sentence) -> tuple[tuple[int, int], ...]:
    """Offsets (into the article) of the stretches of ``sent`` inside quotation marks.

    >>> quoted_spans(Sentence(0, 10, 40, '"The Lind plan is best," he said.', 0, False))
    ((10, 34),)
    """
    marks = [i for i, ch in enumerate(sent.text) if ch in '"\u201c\u201d']
    marks += [len(sent.text)] if len(marks) % 2 else []
    return tuple((sent.start + a, sent.start + b + 1) for a, b in zip(marks[::2], marks[1::2],
                                                                     strict=True))


def quote_open_before(body: list[Sentence], k: int) -> bool:
    """Whether a quotation opened earlier in the paragraph is still open at sentence ``k``."""
    count = 0
    j = k - 1
    while j >= 0 and body[j].paragraph == body[k].paragraph:
        count += body[j].text.count('"')
        j -= 1
    return count % 2 == 1


def in_quote(body: list[Sentence], k: int) -> bool:
    """A sentence that is (part of) a quotation: it opens with a quotation mark or
    continues one opened in an earlier sentence of its paragraph."""
    return body[k].text.lstrip().startswith('"') or quote_open_before(body, k)


def closing_speaker(body: list[Sentence], found: list[list[Statement]], k: int) -> Actor | None:
    """The speaker named where the quotation around sentence ``k`` closes: '"We will not
    sign. The offer is unfair," the minister said.' A quotation left open at the end of its
    paragraph goes on in the next paragraph when that one opens with a quotation mark (the
    convention for quotations over several paragraphs)."""
    open_ = quote_open_before(body, k)
    j = k
    paragraph = body[k].paragraph
    while j < len(body):
        if body[j].paragraph != paragraph:
            if not (open_ and body[j].paragraph == paragraph + 1 and
                    body[j].text.lstrip().startswith('"')):
                return None
            paragraph, open_ = body[j].paragraph, False  # its opening mark reopens it
        open_ ^= body[j].text.count('"') % 2 == 1
        if not open_:
            speech = [x for x in found[j] if x.verb != "quote"]
            if j == k or not speech:
                return None
            return speech[0].voiced_by or speech[0].holder
        j += 1
    return None


def lead_in(body: list[Sentence], found: list[list[Statement]],
            subjects: list[Actor | None], k: int) -> Actor | None:
    """The person a quotation around sentence ``k`` follows on from: the named subject of
    the sentence just before its opening mark, in the same paragraph, when that sentence
    reports no statement ('Asked about the fee, Ruiz was blunt. "We will not pay."')."""
    j = k
    while j > 0 and quote_open_before(body, j):
        j -= 1
    if j == 0 or body[j - 1].paragraph != body[j].paragraph or found[j - 1] or \
            not body[j].text.lstrip().startswith('"'):
        return None
    return subjects[j - 1]


_TURN_RE = re.compile(r"(Q|A|Question|Answer)\s*:\s", re.IGNORECASE)
_FIRST_PERSON_RE = re.compile(r"\b(?:I|I'm|I've|we|we're|we've|us|our|ours|my|me)\b",
                              re.IGNORECASE)


def first_person(text: str) -> bool:
    """Whether ``text`` speaks in the first person ("we want", "my proposal")."""
    return _FIRST_PERSON_RE.search(text) is not None


def _paragraph_turns(body: list[Sentence]) -> list[tuple[list[int], str]]:
    """Body sentence indices grouped by paragraph, each with its turn marker ("Q", "A" or
    "")."""
    groups: list[tuple[list[int], str]] = []
    paragraph = -1
    for k, sent in enumerate(body):
        if sent.paragraph != paragraph:
            paragraph = sent.paragraph
            marker = _TURN_RE.match(sent.text)
            groups.append(([], marker.group(1)[0].upper() if marker else ""))
        groups[-1][0].append(k)
    return groups


def _unmarked_answers(body: list[Sentence],
                      groups: list[tuple[list[int], str]]) -> list[tuple[list[int], str]]:
    """Answers of an interview whose questions alone carry a marker ("Q: ..." followed by
    a plain paragraph): the paragraph after a question answers it, and so does each next
    paragraph that speaks in the first person ("What we want is ..."); the first one that
    does not ends the answer (the article's own narration after the interview)."""
    out: list[tuple[list[int], str]] = []
    previous = ""
    for ks, marker in groups:
        turn = marker
        if not marker and (previous == "Q" or (previous == "A" and any(
                first_person(body[k].text) for k in ks))):
            turn = "A"
        out.append((ks, turn))
        previous = turn
    return out


_LABEL_RE = re.compile(r"([A-Z][\w'\u2019.-]+(?: [A-Z][\w'\u2019.-]+){0,2}):\s")


def turn_label(text: str) -> str:
    """The name a turn of an interview opens with ("Okafor: We never ..." gives "Okafor"),
    or "" (also for the plain markers "Q:", "A:")."""
    found = _LABEL_RE.match(text)
    return found.group(1) if found and not _TURN_RE.fullmatch(text[:found.end()]) else ""


def _labelled_turns(body: list[Sentence],
                    groups: list[tuple[list[int], str]]) -> list[tuple[list[int], str]]:
    """Turns of an interview whose paragraphs open with the name of who speaks
    ("Okafor: Why now?" / "Brandt: Because the money ran out."): the one name whose
    recurring paragraphs mostly end in a question asks ("Q"); every other recurring name
    whose paragraphs hardly ever do answers ("A"). Unchanged unless both exist."""
    labels = [turn_label(body[ks[0]].text) for ks, _ in groups]
    turns, asks = Counter(labels), Counter()
    for (ks, _), label in zip(groups, labels, strict=True):
        asks[label] += body[ks[-1]].text.rstrip().endswith("?")
    recurring = [label for label, n in turns.items() if label and n >= 2]
    askers = [label for label in recurring if 2 * asks[label] > turns[label]]
    answerers = {label for label in recurring if 4 * asks[label] < turns[label]}
    if len(askers) != 1 or not answerers:
        return groups
    return [(ks, "Q" if label == askers[0] else "A" if label in answerers else "")
            for (ks, _), label in zip(groups, labels, strict=True)]


def interview_turns(body: list[Sentence]) -> dict[int, str]:
    """The sentences of a question-and-answer interview: body index -> "Q" or "A" for
    every sentence of a paragraph that opens with a turn marker ("Q: ...", "A: ..."), or,
    when only the questions are marked, of the plain paragraphs answering them. Empty
    unless the article has both questions and answers (at least two questions when the
    answers are unmarked). Turns may also be marked with the speakers' names
    (:func:`_labelled_turns`)."""
    groups = _paragraph_turns(body)
    markers = [marker for _, marker in groups if marker]
    if not markers:
        groups = _unmarked_answers(body, _labelled_turns(body, groups))
        markers = [marker for _, marker in groups if marker]
    if "A" not in markers and markers.count("Q") >= 2:
        groups = _unmarked_answers(body, groups)
    turns = {k: turn for ks, turn in groups if turn for k in ks}
    return turns if {"Q", "A"} <= set(turns.values()) else {}
