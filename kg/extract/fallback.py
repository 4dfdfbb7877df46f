"""Rule-only extraction for when spaCy is not installed.

Without a parser only gazetteer names, "Title Firstname Lastname" patterns and
regular-expression attribution are available: "<name> said", "said <name>",
"according to <name>", "he/she said" (the last speaker) and quotations
continuing the previous speaker's words.
"""

from __future__ import annotations

import re

from kg.extract.actors import Actor, ActorTable
from kg.extract.attribution import Statement
from kg.extract.entityspans import LOCATIVE_PREPS
from kg.extract.lexicon import words
from kg.extract.mentions import Mentions
from kg.extract.officetitles import government_office
from kg.extract.segment import Sentence

_NAME = r"[A-Z][a-z'-]+(?: [A-Z][a-z'-]+){1,2}"
_PRONOUNS = {"he", "she"}


def _title_re() -> re.Pattern[str]:
    titles = sorted((w for w in words("roles", "office") if w.isalpha()), key=len, reverse=True)
    body = "|".join(t.capitalize() for t in titles)
    return re.compile(rf"((?:[A-Z][\w.'-]*\s+){{0,4}}(?:{body}))\s+({_NAME})")


def _speaker_re() -> re.Pattern[str]:
    """"Lena Haverkamp said", "said Haverkamp", "Haverkamp told"."""
    verbs = r"said|says|told|added|warned|insisted|argued|stressed|noted"
    name = r"[A-Z][a-z'-]+(?: [A-Z][a-z'-]+){0,2}"
    return re.compile(rf"\b(?P<before>{name}),? (?:{verbs})\b|\b(?:{verbs}) (?P<after>{name})\b")


def _verb_re() -> re.Pattern[str]:
    verbs = words("speech", "speech") | words("speech", "attitude")
    forms = set()
    for v in verbs:
        forms.update({v + "s", v + "ed", v + "d", v})
    forms.update({"said", "says", "told", "wrote", "thought", "sought"})
    body = "|".join(sorted(forms, key=len, reverse=True))
    return re.compile(rf"\b({body})\b")


def _after_preposition(text: str, start: int) -> bool:
    """"talks in Vienna": the name is a place, not an actor."""
    before = text[:start].split()
    return bool(before) and before[-1].lower() in LOCATIVE_PREPS


def find_mentions(sentences: list[Sentence], table: ActorTable) -> Mentions:
    """Gazetteer names and titled names, sentence by sentence."""
    mentions = Mentions()
    title_re = _title_re()
    for sent in sentences:
        for m in title_re.finditer(sent.text):
            start = sent.start + m.start(2)
            person = table.person(m.group(2), start, start + len(m.group(2)))
            mentions.by_token[(sent.index, start)] = person.id
            cue = next((x for x in table.gazetteer.scan(m.group(1)) if x.entry.type != "person"),
                       None)
            cue_actor = None
            if cue is not None:
                cue_actor = table.collective(cue.entry, m.group(1)[cue.start:cue.end],
                                             sent.start + m.start(1) + cue.start,
                                             sent.start + m.start(1) + cue.end)
            table.set_role(person, m.group(1), cue_actor)
        for m in _speaker_re().finditer(sent.text):
            group = "before" if m.group("before") else "after"
            name = m.group(group)
            if table.gazetteer.lookup(name) is not None and \
                    table.gazetteer.lookup(name)[0].type != "person":
                continue
            if len(name.split()) == 1 and table.find_person(name) is None:
                continue  # a lone capitalised word is a name only if a full name came first
            start = sent.start + m.start(group)
            if (sent.index, start) not in mentions.by_token:
                mentions.by_token[(sent.index, start)] = table.person(
                    name, start, start + len(name)).id
        for match in table.gazetteer.scan(sent.text):
            start = sent.start + match.start
            if (sent.index, start) in mentions.by_token:
                continue
            surface = sent.text[match.start:match.end]
            if match.entry.type == "person":
                actor = table.person(surface, start, sent.start + match.end)
            elif match.kind == "demonym":
                continue
            elif match.kind in {"capital", "name"} and _after_preposition(sent.text, match.start):
                mentions.places.append((start, sent.start + match.end, surface, sent.index))
                continue
            else:
                actor = table.collective(match.entry, surface, start, sent.start + match.end)
            mentions.by_token[(sent.index, start)] = actor.id
    return mentions


def _reported_collective(sent: Sentence, table: ActorTable, mentions: Mentions) -> Actor | None:
    """The state or organisation opening the reported clause: "said (that) Iran would ..."."""
    m = re.search(r"\b(?:said|says|told \w+|added)(?: that)? (?:the )?", sent.text)
    if m is None:
        return None
    actor_id = mentions.by_token.get((sent.index, sent.start + m.end()))
    actor = table.actors.get(actor_id) if actor_id else None
    return actor if actor is not None and actor.type != "person" else None


def attribute(sentences: list[Sentence], table: ActorTable, mentions: Mentions) -> list[Statement]:
    """Statements found by regular expressions."""
    verb_re = _verb_re()
    out: list[Statement] = []
    last: Actor | None = None
    for sent in sentences:
        if sent.heading:
            continue
        here = sorted((pos, aid) for (idx, pos), aid in mentions.by_token.items()
                      if idx == sent.index)
        speaker: Actor | None = None
        for verb in verb_re.finditer(sent.text):
            vpos = sent.start + verb.start()
            before = [aid for pos, aid in here if pos < vpos]
            after = [aid for pos, aid in here if pos > vpos]
            window = sent.text[max(0, verb.start() - 5):verb.start()].lower().split()
            if window and window[-1] in _PRONOUNS and last is not None:
                speaker = last
            elif before:
                speaker = table.actors[before[-1]]
            elif after and sent.text[verb.end():verb.end() + 1] == " ":
                speaker = table.actors[after[0]]
            if speaker is not None:
                break
        if speaker is None and sent.text.startswith('"') and last is not None:
            speaker = last
        if speaker is None:
            continue
        if speaker.type == "person" and speaker.speaks_for is None and (
                speaker.role is None or government_office(speaker.role)):
            inner = _reported_collective(sent, table, mentions)
            if inner is not None:
                speaker.speaks_for = speaker.affiliation = inner.id
        holder, voice = table.holder_of(speaker)
        out.append(Statement(sent, holder, voice, sent.text, sent.start, sent.end, 0.5, "regex"))
        last = speaker
    return out
