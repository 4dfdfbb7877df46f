"""Named media a statement is made to or quoted by ("told the X newspaper", "speaking to
the state news agency X", "quoted by the X daily", "has been on X Radio"): listed as
organisations, never holders (coding guide, "Places and channels"). The article's own
outlet is not one of them.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from kg.extract.actors import ActorTable
from kg.extract.entityspans import mark
from kg.extract.gazetteer import name_key
from kg.extract.lexicon import words
from kg.extract.segment import Sentence

if TYPE_CHECKING:
    from kg.extract.mentions import Mentions

_NAME = r"(?:[a-z]{1,3}-)?[A-Z][\w'’&.-]*(?:\s+(?:[a-z]{1,3}-)?[A-Z][\w'’&.-]*){0,3}"
_NOUN = (r"(?:news\s+agency|newswire|newspaper|daily|weekly|magazine|broadcaster|"
         r"(?:television|TV|radio)(?:\s+(?:channel|station|network))?|channel|website)")
_TO = (r"\b(?:told|tells|telling|(?:speaking|spoke|speaks|talking|talked)\s+to|"
       r"(?:an\s+)?interviews?\s+with|quoted\s+by|cited\s+by|on|to)\s+")
_MEDIUM = re.compile(
    _TO + r"(?:the\s+|its\s+|their\s+)?(?:(?:state|state-run|state-owned|public|private|"
    r"independent|[a-z]+-language|national|regional|local|business|online)\s+)*(?:"
    r"(?P<after>" + _NAME + r")\s+" + _NOUN + r"\b"
    r"|" + _NOUN + r",?\s+(?P<before>" + _NAME + r")"
    r"|(?P<inner>(?:[A-Z][\w'’-]*\s+)+(?:Radio|Television|TV)(?:\s+[A-Z][\w'’-]*)*))")


def media(sent: Sentence, table: ActorTable, mentions: Mentions) -> None:
    """Mark each medium the sentence names as the audience or source of a statement."""
    if sent.heading:
        return
    own = table.excluded - _outlets()  # the article's publisher
    span = sent.span
    for m in _MEDIUM.finditer(sent.parsed_text):
        group = next(g for g in ("after", "before", "inner") if m.group(g))
        name = span.char_span(m.start(group), m.end(group))
        if name is None or name_key(name.text) in own or any(
                (sent.index, t.i) in mentions.by_token for t in name):
            continue
        found = table.gazetteer.lookup(name.text)
        if found is not None and found[0].type != "organization":
            continue  # "on Russian television": the state's, no name of a medium
        start = sent.base + name.start_char
        actor = table.new_collective(name.text, "organization", start, start + len(name.text))
        table.media.add(actor.id)
        mark(mentions, sent, name, actor)


@cache
def _outlets() -> frozenset[str]:
    """The name keys of the media words of the roles lexicon (read once per process)."""
    return frozenset(name_key(m) for m in words("roles", "media"))
