"""The article's actors: who is named, under which names, with which role.

:class:`ActorTable` keeps one :class:`Actor` per person, state or
organisation and answers the questions attribution asks: which actor does
this name, surname, title ("the foreign minister") or pronoun refer to?
Persons with an office in a collective actor get ``speaks_for`` it
(coding guide, section 1).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extract.gazetteer import Entry, Gazetteer, name_key
from kg.extract.lexicon import words
from kg.extract.officetitles import GENERIC_ROLE_WORDS, research_body, role_head_is_office
from kg.extract.orgtails import named_by_tail
from kg.extract.personnames import family_names, surname, variant_names
from kg.iri import slugify

# A title that fits any office-holder ("the official", "the 61-year-old diplomat").
_GENERIC_OFFICE_WORDS = {"official", "spokesperson", "diplomat", "politician", "veteran"}
_DESCRIPTIVE_WORDS = {"veteran", "senior", "former", "top", "chief"}
_MEMBER_BODY_HEADS = {"party", "union", "workers", "federation", "confederation", "guild",
                      "syndicate", "alliance", "front", "movement"}
# Words of an employers' body's name: it is no union, whatever its last word.
EMPLOYER_WORDS = {"employers", "employer", "employers'", "industry", "industries", "business",
                   "chamber", "chambers", "commerce", "manufacturers", "enterprises"}
# Words that begin many organisation names, so never stand for one alone.
_GENERIC_NAME_PARTS = {"national", "united", "international", "world", "general", "central",
                       "federal", "social", "democratic", "liberal", "conservative", "green",
                       "labour", "labor", "new", "royal", "free", "popular", "union", "council",
                       "association", "federation", "the", "republican", "christian", "islamic",
                       "progressive", "independent", "civic", "left", "right", "alliance",
                       "state", "supreme", "constitutional", "high", "joint", "global", "north",
                       "south", "east", "west", "northern", "southern", "eastern", "western",
                       "first", "people", "party", "front", "movement", "committee", "office"}
CORPORATE = {"industries", "group", "corporation", "corp", "company", "holdings", "inc", "ltd",
              "plc", "motors", "airlines", "airways", "energy", "bank", "terminals", "ports",
              "systems", "technologies", "electronics", "steel", "shipping", "lines", "ag", "sa",
              "gmbh", "co", "petroleum", "oil", "mining", "resources", "pharmaceuticals",
              "railway", "railways", "railroad", "foods", "minerals", "metals", "chemicals",
              "logistics", "telecom", "textiles"}
_COMPANY_NOUNS = {"company", "firm", "employer", "operator", "carrier", "group", "manufacturer",
                  "maker", "producer", "lender", "bank", "insurer", "shipyard", "airline"}
# Company nouns that name any kind of organisation as readily ("a research group", "an armed
# group", "a farm lobby group"): the subject before them wins whatever its kind.
_ANY_BODY_NOUNS = {"group"}
_GENERIC_BODIES = _COMPANY_NOUNS | {"organisation", "organization", "body", "movement",
                                    "institute"}
# What the names of parties, companies and unions end in: "the party" can be the Labour
# Alliance but not the Labour Union.
KIND_HEADS = {
    "party": {"party", "alliance", "front", "movement", "bloc", "coalition", "forward",
              "democrats", "republicans", "greens", "liberals", "conservatives", "socialists",
              "league", "union", "forum", "list", "platform", "people"},
    "union": {"union", "federation", "confederation", "association", "guild", "syndicate",
              "workers", "council"},
}


@dataclass
class Actor:
    """An actor as coded in the sheet, plus bookkeeping for resolution."""

    id: str
    type: str
    label: str
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    affiliation: str | None = None
    speaks_for: str | None = None
    evidence: list[tuple[int, int]] = field(default_factory=list)
    confidence: float = 0.8
    mentions: list[int] = field(default_factory=list)  # start offsets of every mention
    aide_of: str | None = None  # "Karimi's deputy": speaks for whom Karimi speaks for
    descriptors: set[str] = field(default_factory=set)  # "the M23 rebel group": rebel, group

    @property
    def keys(self) -> set[str]:
        """Name keys of the label and every alias."""
        return {name_key(n) for n in [self.label, *self.aliases]}

    @property
    def label_words(self) -> set[str]:
        """The lower-cased words of the label, apostrophes stripped ("controllers" of
        "Controllers' Union")."""
        return {w.lower().strip("'\u2019") for w in self.label.split()}

    def add_alias(self, name: str) -> None:
        """Record another name (not the label, no duplicates after folding)."""
        clean = name.strip().rstrip(",.")
        if clean.endswith("'s"):
            clean = clean[:-2]
        if clean and name_key(clean) != name_key(self.label) and clean not in self.aliases:
            self.aliases.append(clean)


def _names_noun(actor: Actor, noun: str) -> bool:
    """Whether a word of the actor's label or aliases is ``noun``, accents and a plural
    "s" aside ("federation" names the Fédération des Pêcheurs, "front" the United Fronts).

    >>> _names_noun(Actor("f", "organization", "United Fronts of Lorvania"), "front")
    True
    >>> _names_noun(Actor("g", "organization", "Fédération des Pêcheurs"), "federation")
    True
    """
    key = name_key(noun)
    if not key or " " in key:
        return False
    found = set(name_key(" ".join([actor.label, *actor.aliases])).split())
    return bool({key, key + "s", key.removesuffix("s")} & found)


def _member_body(actor: Actor) -> bool:
    """Whether ``actor``'s name or description has a member body's head ("... Workers' Union",
    "the Green party"): no "company"."""
    return bool((actor.label_words | actor.descriptors) & _MEMBER_BODY_HEADS)


# A past office ("a former ambassador", "an ex-minister") says nothing of the office the
# article already gave the person.
_PAST_ROLE_RE = re.compile(r"(?i)(?:former|ex-|one-time|onetime|retired)\b")


class ActorTable:
    """All actors of one article, in order of first mention."""

    def __init__(self, gazetteer: Gazetteer, *, excluded: set[str] | None = None,
                 dateline: str | None = None) -> None:
        self.gazetteer = gazetteer
        self.dateline = dateline  # the place the article is datelined from ("New Delhi")
        self.bare_names: list[tuple[int, int, str]] = []  # ORG-tagged names made no actor
        self.actors: dict[str, Actor] = {}
        self.governments: list[tuple[int, str, Actor]] = []  # "Yemen's government": pos, body
        self.media: set[str] = set()  # ids of media named as audience: never a referent
        self.excluded = {name_key(x) for x in (excluded or set())} | {
            name_key(m) for m in words("roles", "media")
        }

    def is_excluded(self, name: str) -> bool:
        """Whether ``name`` is the outlet, a wire agency or another medium (never an actor)."""
        return name_key(name) in self.excluded

    # -- creating and finding actors -------------------------------------------------
    def _new_id(self, label: str) -> str:
        base = slugify(label.replace("'", "").replace("\u2019", ""))  # "People's"
        candidate, n = base, 2
        while candidate in self.actors:
            candidate, n = f"{base}-{n}", n + 1
        return candidate

    def touch(self, actor: Actor, start: int, end: int, evidence: bool) -> Actor:
        """Record a mention of ``actor`` at ``start`` (and its span as evidence of it, if
        ``evidence`` and it has none yet); return the actor."""
        actor.mentions.append(start)
        if evidence and not actor.evidence:
            actor.evidence.append((start, end))
        return actor

    def collective(self, entry: Entry, surface: str, start: int, end: int,
                   *, evidence: bool = True) -> Actor:
        """The state or organisation of a gazetteer entry, named by ``surface``."""
        actor = self.actors.get(entry.id)
        if actor is None:
            actor = Actor(entry.id, entry.type, entry.label, confidence=0.9)
            self.actors[entry.id] = actor
        if evidence:
            actor.add_alias(surface)
        return self.touch(actor, start, end, evidence)

    def new_collective(self, label: str, type_: str, start: int, end: int) -> Actor:
        """A state or organisation not in the gazetteer."""
        label = label.strip()
        if label.lower().startswith("the "):
            label = label[4:]
        if label.endswith("'s"):
            label = label[:-2]
        key = name_key(label)
        for actor in self.actors.values():
            if actor.type != "person" and key in actor.keys:
                return self.touch(actor, start, end, True)
        found = named_by_tail(self, label) if type_ == "organization" else None
        if found is not None:
            return self.touch(found, start, end, True)
        if label.isupper() and 2 <= len(label) <= 6:
            for actor in self.actors.values():
                initials = "".join(w[0] for w in actor.label.split() if w[:1].isupper())
                if actor.type != "person" and initials == label:
                    actor.add_alias(label)
                    return self.touch(actor, start, end, True)
        actor = Actor(self._new_id(label), type_, label, confidence=0.6)
        self.actors[actor.id] = actor
        return self.touch(actor, start, end, True)

    def find_person(self, name: str) -> Actor | None:
        """The person already known under ``name`` (full name, alias or bare surname)."""
        key = name_key(name)
        if not key:
            return None
        parts = key.split()
        persons = [a for a in reversed(list(self.actors.values())) if a.type == "person"]
        for actor in persons:
            if key in actor.keys:
                return actor
        for actor in persons:
            full = name_key(actor.label).split()
            if len(parts) < len(full) and full[-len(parts):] == parts and \
                    name_key(surname(actor.label)) == full[-1]:
                return actor  # "Haverkamp", "De Wit" for "Esther de Wit"
            if len(parts) == 1 and parts[0] in {name_key(n) for n in family_names(actor.label)}:
                return actor  # "Choi" for "Choi Seung-ho", "Salcedo" for "Rodrigo Salcedo Ibarra"
            if len(full) == 1 and parts[-1] == full[0]:
                return actor  # the full name after the bare surname
        if len(parts) == 1:
            for actor in persons:
                full = actor.label.split()
                if len(full) == 2 and name_key(full[0]) == parts[0] and parts[0][:1].isalpha():
                    return actor  # "Zhang" for "Zhang Hui", "Park Ji-won" (surname first)
        for actor in persons:
            if any(variant_names(parts, k.split()) for k in actor.keys if k):
                return actor
        return None

    def find_collective(self, name: str) -> Actor | None:
        """The state or organisation already known under ``name`` (label or alias)."""
        key = name_key(name[4:] if name.lower().startswith("the ") else name)
        return next((a for a in self.actors.values() if a.type != "person" and key in a.keys),
                    None) if key else None

    def short_form(self, name: str) -> Actor | None:
        """The organisation a lone proper name abbreviates ("Hanbit" for "Hanbit Heavy
        Industries", "the Fund" for "International Monetary Fund"): the first word of its
        label, else its last, if that word is no generic name part; or a party's name
        without its head word and nationality ("Labour", "Socialist Left"); or a company's
        name without its company word (:meth:`_company_stem`)."""
        core = self._core_form(name)
        if core is not None:
            return core
        bare = name.strip()[4:] if name.lower().startswith("the ") else name.strip()
        if bare.lower() in _GENERIC_NAME_PARTS and bare[:1].isupper():
            return self._alias_head(bare)
        if " " in bare:
            return self._company_stem(bare)
        if not name[:1].isupper() or name.lower() in _GENERIC_NAME_PARTS \
                or self.gazetteer.lookup(name) is not None:
            return None
        found = [a for a in self.actors.values() if a.type == "organization"
                 and len(a.label.split()) > 1 and a.label.split()[0].rstrip("'\u2019") == name]
        if len(found) > 1:  # "Hanbit" is the company, not the Hanbit union
            found = [a for a in found if a.label.split()[-1].lower() in CORPORATE]
        if not found:  # "the Fund" for the International Monetary Fund, "the Bank"
            found = [a for a in self.actors.values() if a.type == "organization"
                     and len(a.label.split()) > 1 and a.label.split()[-1] == name]
        return found[0] if len(found) == 1 else None

    def _company_stem(self, name: str) -> Actor | None:
        """The one company named before whose label is ``name`` (two capitalised words or
        more) and a company word: "Harbour Crest" for Harbour Crest Shipping."""
        parts = name.split()
        if not all(p[:1].isupper() for p in parts):
            return None
        found = [a for a in self.actors.values() if a.type == "organization" and
                 a.label.split()[:-1] == parts and a.label.split()[-1].lower() in CORPORATE]
        return found[0] if len(found) == 1 else None

    def _alias_head(self, name: str) -> Actor | None:
        """The one organisation named before that a generic head ("the Council") ends a
        listed name of: the European Union for "the Council" (its alias "European
        Council"); of several, the one named at least twice as often as any other. Its own
        label's head counts only when no other organisation ends in it ("the Front" for
        the one front named before)."""
        found = [a for a in self.actors.values() if a.type == "organization" and any(
            len(n.split()) > 1 and n.split()[-1] == name for n in [
                a.label, *a.aliases, *getattr(self.gazetteer.entries.get(a.id), "aliases", [])])]
        found.sort(key=lambda a: -len(a.mentions))  # the organisation the story is about
        if len(found) > 1 and len(found[0].mentions) < 2 * len(found[1].mentions):
            return None
        return found[0] if found and (found[0].label.split()[-1] != name or len(found) == 1) \
            else None

    def _core_form(self, name: str) -> Actor | None:
        """The one organisation named before whose label, without its last word ("Party",
        "Union") and a leading nationality ("Norwegian"), is ``name``: "Labour" for the
        Norwegian Labour Party, "Socialist Left" for the Socialist Left Party."""
        key = name_key(name)
        if not key or not name[:1].isupper() or self.gazetteer.lookup(name) is not None:
            return None
        found = [a for a in self.actors.values() if a.type == "organization" and
                 key in {name_key(c) for c in self._cores(a.label)}]
        return found[0] if len(found) == 1 else None

    def _cores(self, label: str) -> list[str]:
        parts = label.split()
        if len(parts) < 2 or parts[-1].lower() not in words("roles", "organization_heads"):
            return []
        cores = [" ".join(parts[:-1])]
        first = self.gazetteer.lookup(parts[0])
        if len(parts) > 2 and first is not None and first[1] == "demonym":
            cores.append(" ".join(parts[1:-1]))
        return cores

    def person(self, name: str, start: int, end: int) -> Actor:
        """The person named ``name`` here, created on first mention."""
        name = name.strip()
        if name.endswith("'s"):
            name = name[:-2]
        actor = self.find_person(name)
        if actor is not None:
            actor.add_alias(name)
            known, new = name_key(actor.label).split(), name_key(name).split()
            if len(new) > len(known) and new[-len(known):] == known:  # the full name, later
                actor.add_alias(actor.label)
                actor.label = name
            return self.touch(actor, start, end, True)
        found = self.gazetteer.lookup(name)
        entry = found[0] if found and found[0].type == "person" else None
        label = name if (entry is None or len(name.split()) > 1) else entry.label
        actor = Actor(self._new_id(label), "person", label, confidence=0.85)
        if entry is not None:
            for alias in [entry.label, *entry.aliases]:
                actor.add_alias(alias)
            actor.role, actor.speaks_for = entry.role, entry.speaks_for
            actor.affiliation = entry.speaks_for
            actor.confidence = 0.9
        if len(label.split()) > 1:
            actor.add_alias(surname(label))
        self.actors[actor.id] = actor
        return self.touch(actor, start, end, True)

    def set_role(self, actor: Actor, role: str, cue: Actor | None) -> None:
        """Record a person's role; an office plus a collective cue gives ``speaks_for``."""
        role = " ".join(role.split()).strip(" ,\"'")
        for det in ("the ", "a ", "an "):
            if role.lower().startswith(det):
                role = role[len(det):]
        if not role or len(role.split()) > 12:
            return
        if actor.role is None or actor.role == self._gazetteer_role(actor):
            actor.role = role
        if actor.speaks_for and _PAST_ROLE_RE.match(role):
            return  # "the envoy, a former ambassador to Minsk, ...": still the envoy
        entry = self.gazetteer.entries.get(actor.id)
        if cue is not None and entry is not None and entry.speaks_for and \
                cue.type == "state" and cue.id != entry.speaks_for:
            return  # "Putin and Trump, the U.S. president": the listed office stands
        if cue is not None and cue.id != actor.id:
            actor.affiliation = cue.id
            if role_head_is_office(role) and not research_body(cue.label):
                actor.speaks_for = cue.id
                actor.confidence = max(actor.confidence, 0.85)
            elif actor.speaks_for and not self._gazetteer_role(actor):
                actor.speaks_for = None

    def _gazetteer_role(self, actor: Actor) -> str | None:
        entry = self.gazetteer.entries.get(actor.id)
        return entry.role if entry else None

    # -- resolution -----------------------------------------------------------------
    def persons_before(self, pos: int) -> list[Actor]:
        """Persons mentioned before offset ``pos``, most recent first."""
        return self.mentioned_before(pos, "person")

    def mentioned_before(self, pos: int, kind: str) -> list[Actor]:
        """Actors of type ``kind`` mentioned before offset ``pos``, most recent first."""
        of_kind = [a for a in self.actors.values() if a.type == kind]
        scored = [(max((m for m in a.mentions if m < pos), default=-1), a) for a in of_kind]
        return [a for last, a in sorted(scored, key=lambda x: -x[0]) if last >= 0]

    def resolve_title(self, phrase: str, pos: int, cue: Actor | None,
                      prefer: Actor | None = None) -> Actor | None:
        """The named person a title ("the Kremlin official", "the minister") refers to.

        Candidates must have a role sharing a content word with ``phrase`` (or any
        office for "official"), and speak for ``cue`` when one is given. ``prefer``
        (the last speaker) wins if it fits; then the most recent such person
        before ``pos``; failing that, the first one after.
        """
        content = {w.lower().strip(",.") for w in phrase.replace("'s", " ").split()}
        content -= GENERIC_ROLE_WORDS
        if cue is not None:
            content -= {name_key(n) for n in [cue.label, *cue.aliases]}
        content = {w for w in content if self.gazetteer.lookup(w.capitalize()) is None}

        def fits(actor: Actor) -> bool:
            if cue is not None and actor.speaks_for != cue.id:
                return False
            role_words = {w.lower().strip(",.") for w in (actor.role or "").split()}
            if content & _GENERIC_OFFICE_WORDS or not content - _DESCRIPTIVE_WORDS:
                return actor.speaks_for is not None or role_head_is_office(actor.role or "")
            return bool(content & role_words)

        if prefer is not None and prefer.type == "person" and fits(prefer):
            return prefer
        for actor in self.persons_before(pos):
            if fits(actor):
                return actor
        later = [a for a in self.actors.values() if a.type == "person" and fits(a)]
        later.sort(key=lambda a: min(a.mentions))
        return later[0] if later else None

    def recent_collective(self, noun: str, pos: int, *, prefer: Actor | None = None) -> Actor | None:
        """The collective a definite noun ("the union", "the alliance") refers back to.

        The most recent organisation or state mentioned before ``pos`` whose name
        contains ``noun`` or ends in a word of its kind ("the union": "... Federation");
        generic nouns for firms and bodies ("the company") take the
        most recent organisation, a company-named one first for "the company", "the firm";
        ``prefer`` (the subject before) wins if it fits.
        """
        noun = noun.lower()
        generic = not noun or noun in _GENERIC_BODIES
        candidates, literal = [], []
        for actor in self.actors.values():
            if actor.type == "person" or actor.id in self.media:
                continue
            names = " ".join([actor.label, *actor.aliases]).lower().split()
            last = max((m for m in actor.mentions if m < pos), default=-1)
            kind = KIND_HEADS.get(noun, set()) - {"union"} if actor.type == "organization" \
                else set()  # "the party" is no "... Union" (the European Union)
            named = noun in names or noun.rstrip("s") in names or _names_noun(actor, noun)
            if last >= 0 and (named or (generic and (
                    actor.type == "organization" or not noun)) or (
                    kind and actor.label.split()[-1].lower().strip("'\u2019") in kind)):
                candidates.append((last, actor))
                if named and noun:
                    literal.append((last, actor))
        if generic and literal:  # "the movement" is the Civic Renewal Movement, not the
            candidates = literal  # alliance named after it
        if noun == "union":  # "the union" is no "Forest Industry Employers' Association"
            candidates = [c for c in candidates if not c[1].label_words & EMPLOYER_WORDS]
        if noun in _ANY_BODY_NOUNS and prefer is not None and prefer.type == "organization" \
                and any(c[1] is prefer for c in candidates):
            return prefer  # "Mekong Watch, a research group, said ... the group's director"
        if noun in _COMPANY_NOUNS:  # "the company" is no "... Workers' Union"
            if prefer is not None and any(c[1] is prefer for c in candidates) and \
                    not _member_body(prefer):
                return prefer  # "Corvex sees it otherwise. The company says": Corvex
            firms = [c for c in candidates if c[1].label.split()[-1].lower() in CORPORATE]
            candidates = firms or [c for c in candidates if not _member_body(c[1])]
        if prefer is not None and any(c[1] is prefer for c in candidates):
            return prefer
        return max(candidates, key=lambda c: c[0])[1] if candidates else None

    def described(self, noun: str, pos: int) -> Actor | None:
        """The collective named before ``pos`` that the text described with ``noun`` ("the
        M23 rebel group ... the rebels"), the most recent if several."""
        noun = noun.lower()
        found = [(max(m for m in a.mentions if m < pos), a) for a in self.actors.values()
                 if noun in a.descriptors and any(m < pos for m in a.mentions)]
        return max(found, key=lambda f: f[0])[1] if found else None

    def recent_state(self, pos: int, body: str = "") -> Actor | None:
        """The state "the government" or "the ministry" at ``pos`` belongs to: the state
        whose government the text named ("Yemen's government ... the government said"),
        else the state named most often before ``pos`` (the article's home state), the
        latest on a tie."""
        named = [(p, a) for p, b, a in self.governments if p < pos and b == body]
        if named:
            return max(named, key=lambda x: x[0])[1]
        best: tuple[int, int, Actor] | None = None
        for actor in self.actors.values():
            if actor.type == "state":
                before = [m for m in actor.mentions if m < pos]
                score = (len(before), max(before, default=-1))
                if before and (best is None or score > best[:2]):
                    best = (*score, actor)
        return best[2] if best else None

    def company_named_before(self, noun: str, pos: int) -> Actor | None:
        """What "the company" refers back to when no organisation was made of the names
        before it: the last name the model tagged an organisation ("... that Westinghouse
        was ready to sign. A spokeswoman for the company, ..."), now one; ``None`` if none
        was tagged or it names a person."""
        if noun.lower() not in _COMPANY_NOUNS:
            return None
        before = [b for b in self.bare_names if b[1] <= pos]
        if not before or self.find_person(before[-1][2]) is not None:
            return None
        start, end, name = before[-1]
        return self.new_collective(name, "organization", start, end)

    def holder_of(self, speaker: Actor) -> tuple[Actor, Actor | None]:
        """(holder, voiced_by) for a statement by ``speaker`` (coding guide section 2)."""
        boss = self.actors.get(speaker.aide_of) if speaker.aide_of else None
        if boss is not None and not speaker.speaks_for and boss.speaks_for:
            speaker.speaks_for = speaker.affiliation = boss.speaks_for  # known only now
        if speaker.type == "person" and speaker.speaks_for in self.actors:
            return self.actors[speaker.speaks_for], speaker
        if speaker.type == "person" and speaker.speaks_for:
            entry = self.gazetteer.entries.get(speaker.speaks_for)
            if entry is not None:
                return self.collective(entry, entry.label, speaker.mentions[0],
                                       speaker.mentions[0], evidence=False), speaker
        return speaker, None
