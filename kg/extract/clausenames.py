"""A person's name given only in a relative clause on his role: "A spokesman for the
front, who gave his name as X, said", "The group's negotiator, who uses the nom de guerre
X, told reporters", "a commander who goes by the name X". The name is the person the role
noun phrase describes, whatever the model tagged it (often an organisation, or nothing).
A name "also spelt" in such a clause is another name of the person the antecedent names.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from kg.extract.actors import Actor, ActorTable
from kg.extract.entityspans import mark
from kg.extract.roles import role_cue
from kg.extract.rolespans import role_word
from kg.extract.segment import Sentence

if TYPE_CHECKING:
    from kg.extract.mentions import Mentions

_NAME = r"[A-Z][\w'’.-]+(?:\s+(?:(?:al|ag|el|de|da|del|di|van|von|der|bin|ibn|abu|ould)\s+)*" \
    r"[A-Z][\w'’-]+)*"
_NAMING = re.compile(
    r"(?P<role>[^,;:\"“”]+?),?\s+who\s+(?:"
    r"(?:gave|gives|give)\s+(?:his|her|their|only\s+(?:his|her))\s+(?:name|first\s+name)\s+as"
    r"|(?:uses|used|goes|went)\s+(?:by\s+)?(?:the\s+)?"
    r"(?:nom\s+de\s+guerre|name|alias|pseudonym|nickname|code\s+name)?"
    r"|identified\s+(?:himself|herself)\s+(?:only\s+)?as"
    r")\s+(?P<name>" + _NAME + ")")
# What every naming clause has (:data:`_NAMING` without its role and name): its lazy role
# would try every start of a sentence that has none
_NAMING_VERB = re.compile(r"\swho\s+(?:gave|gives|give|uses|used|goes|went|identified)")


_ALSO = re.compile(
    r"(?P<role>[^,;:\"“”]+?),?\s+whose\s+name\s+is\s+(?:also\s+|sometimes\s+|often\s+)?"
    r"(?:spelt|spelled|transliterated|written|rendered|romanised|romanized)\s+(?:as\s+)?"
    r"(?P<name>" + _NAME + ")")


def _other_spellings(sent: Sentence, table: ActorTable, mentions: Mentions) -> None:
    """"The general, whose name is also transliterated as X": X is another spelling of the
    person the antecedent names (by his name, or by a title that refers back to him)."""
    span = sent.span
    if "whose" not in sent.parsed_text:  # the pattern's lazy role would try every start
        return
    for m in _ALSO.finditer(sent.parsed_text):
        name = span.char_span(m.start("name"), m.end("name"))
        role = span.char_span(m.start("role"), m.end("role"), alignment_mode="contract")
        if name is None or role is None:
            continue
        named = [a for a in (mentions.actor_at(sent.index, t.i) for t in role) if a]
        actor = table.actors.get(named[-1]) if named else None
        pos = sent.base + role.start_char
        if actor is None and any(role_word(t) for t in role):
            actor = table.resolve_title(role.text, pos, None) or next(
                iter(table.persons_before(pos)), None)  # "the general": the last one named
        if actor is None or actor.type != "person":
            continue
        actor.add_alias(name.text)
        mark(mentions, sent, name, actor)


def clause_names(sent: Sentence, table: ActorTable,
                 mentions: Mentions) -> list[tuple[Actor, Any]]:
    """Mark each name given in a naming clause as a person; returns the persons with the
    tokens of the role phrase their clause hangs on, for :func:`clause_roles` once the
    sentence's organisations are known."""
    _other_spellings(sent, table, mentions)
    span = sent.span
    found: list[tuple[Actor, Any]] = []
    if not _NAMING_VERB.search(sent.parsed_text):
        return found
    for m in _NAMING.finditer(sent.parsed_text):
        name = span.char_span(m.start("name"), m.end("name"))
        role = span.char_span(m.start("role"), m.end("role"), alignment_mode="contract")
        if name is None or role is None or not any(role_word(t) for t in role):
            continue
        start = sent.base + name.start_char
        actor = table.person(name.text, start, start + len(name.text))
        mark(mentions, sent, name, actor)
        found.append((actor, role))
    return found


def clause_roles(found: list[tuple[Actor, Any]], table: ActorTable, sent: Sentence,
                 mentions: Mentions) -> None:
    """The role phrase of each clause-named person ("A spokesman for the front"), and whom
    it speaks for; the role noun itself now also names the person."""
    for actor, role in found:
        table.set_role(actor, role.text, role_cue(table, role, sent, mentions))
        for tok in role:
            if role_word(tok) and (sent.index, tok.i) not in mentions.by_token:
                mentions.by_token[(sent.index, tok.i)] = actor.id
