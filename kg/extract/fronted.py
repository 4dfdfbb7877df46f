"""The place that opens a sentence ("In Kyiv, President X said ..."): the state the people
the sentence introduces speak from.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.actors import ActorTable
from kg.extract.segment import Sentence

if TYPE_CHECKING:
    from kg.extract.mentions import Mentions


def note_fronted_place(sent: Sentence, table: ActorTable, mentions: Mentions) -> None:
    """ "In Kyiv, President X said ...": the state of a capital or country that opens the
    sentence is where the people it introduces speak from."""
    state = fronted_state(sent, table)
    if state is not None:
        mentions.fronted[sent.index] = state


def fronted_state(sent: Sentence, table: ActorTable) -> str | None:
    """The id of the state whose capital or name opens the sentence ("In Kyiv, ...")."""
    span = sent.span
    if len(span) < 4 or span[0].lower_ != "in":
        return None
    comma = next((t.i for t in span[2:5] if t.text == ","), None)
    place = span.doc[span.start + 1:comma] if comma is not None else None
    if place is None or not all(t.pos_ == "PROPN" for t in place):
        return None  # the name the parser may not have tagged as a place
    found = table.gazetteer.lookup(place.text)
    return found[0].id if found is not None and found[0].type == "state" else None
