"""Words a colon introduces as the words of the clause before it: a quotation after a clause
with an actor as subject, whatever its verb ('He put it bluntly: "We will not sign."'), or a
clause, quoted or not, after a clause that announces its subject's words ("she was
categorical: there would be no vote"); the statement goes to that subject.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.segment import Sentence
from kg.extract.speakers import framing_colon
from kg.extract.statements import Statement
from kg.extract.syntax import text_of

if TYPE_CHECKING:
    from kg.extract.referents import Resolver


def introduced_quote(attributor: Resolver, sent: Sentence, quoted: set[int]) -> list[Statement]:
    """A quotation a colon introduces after a clause with an actor as subject, whatever
    its verb: 'He put it bluntly: "We will not sign."', 'The minister was firm: "..."',
    or a clause without quotation marks after a clause that announces words ("she was
    categorical: there would be no vote")."""
    span = sent.span
    colon = next((t for t in span if t.text == ":" and t.i + 2 < span.end and (
                  ('"' in t.nbor(1).text and t.i + 2 in quoted) or framing_colon(t))), None)
    head = colon.head if colon is not None and colon.head.i < colon.i else span.root
    head = (framing_colon(colon) if colon is not None else None) or head
    subject = attributor._subject(head) if colon is not None and head.i < colon.i else None
    if subject is None or subject.i > colon.i or head.i in quoted:
        return []
    speaker, may_voice = attributor.resolve(sent, subject)
    if speaker is None:
        return []
    holder, voice = attributor.table.holder_of(speaker) if may_voice else (speaker, None)
    quote = span.doc[colon.i + 1:span.end]
    attributor._note_speaker(speaker)
    return [Statement(sent, holder, voice, text_of(quote, set()),
                      sent.base + quote.start_char, sent.base + quote.end_char, 0.65,
                      "quote", subject.i)]


def told_plainly(attributor: Resolver, sent: Sentence, quoted: set[int],
                 found: list[Statement]) -> list[Statement]:
    """The statements of a sentence whose words after a colon are its subject's ("he
    was blunter: Egypt would reject any cap"): the statement the colon introduces in
    place of those whose subjects stand after the colon."""
    told = introduced_quote(attributor, sent, quoted)
    if not told:
        return found
    doc = sent.span.doc
    return [st for st in found if st.subject_i < 0 or
            sent.base + doc[st.subject_i].idx < told[0].content_start] + told
