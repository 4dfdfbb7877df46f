"""The gazetteer: known states, organisations and persons, by every name they go by.

Names are compared by :func:`name_key`, which folds case, diacritics, full
stops, possessives and common transliteration variants, so "Yury" and "Yuri"
or "Zelensky", "Zelenskyy" and "Zelenskiy" share one key.

>>> name_key("Zelenskyy") == name_key("Zelenskiy") == name_key("Zelensky")
True
>>> name_key("Yury Ushakov") == name_key("Yuri Ushakov")
True
>>> name_key("Hossein") == name_key("Hosein")
True
>>> name_key("the U.S.'s")
'us'
>>> name_key("Arıkan") == name_key("Arikan"), name_key("Sørensen") == name_key("Sorensen")
(True, True)
>>> name_key("Wüstenberg") == name_key("Wuestenberg")
True
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.errors import KgError
from kg.extract.lexicon import read_mapping
from kg.iri import LETTER_FOLDS, is_slug

_WORD_START_RE = re.compile(r"(?<![\w.])[^\W\d_]")  # where a word starts

DEFAULT_PATH = Path(__file__).resolve().parents[2] / "data" / "gazetteer.yaml"

_UMLAUTS = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "Ä": "A", "Ö": "O", "Ü": "U"})

_WORD_FOLDS = [
    (re.compile(r"(?<=[a-z])([aou])e(?=[^aeiouy\s]|$)"), r"\1"),  # Wuestenberg = Wüstenberg
    (re.compile(r"(?<=[a-z])(yy|iy|ii|ij|yi)$"), "y"),
    (re.compile(r"(?<=[a-z])ey$"), "ei"),
    (re.compile(r"(?<=[a-z]{2})y$"), "i"),
    (re.compile(r"([a-z])\1"), r"\1"),  # Hossein = Hosein
]


class GazetteerError(KgError):
    """The gazetteer file is malformed."""


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """Fold a name to its comparison key (see module docstring)."""
    folded = text.translate(LETTER_FOLDS).translate(_UMLAUTS)
    ascii_text = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode("ascii")
    low = ascii_text.lower().replace("\u2019", "'")
    low = re.sub(r"'s\b|'$", "", low)
    low = re.sub(r"^the\s+", "", low.strip())
    low = low.replace(".", "")
    words = re.split(r"[\s\-']+", low)
    out = []
    for word in words:
        if not word:
            continue
        for pattern, repl in _WORD_FOLDS:
            word = pattern.sub(repl, word)
        out.append(word)
    return " ".join(out)


@dataclass
class Entry:
    """One gazetteer actor."""

    id: str
    type: str  # state | organization | person
    label: str
    aliases: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    capitals: list[str] = field(default_factory=list)
    metonyms: list[str] = field(default_factory=list)
    role: str | None = None
    speaks_for: str | None = None
    governs: str | None = None  # the state a ruling movement's government is ("the Taliban government")


@dataclass(frozen=True)
class Match:
    """A gazetteer name found in text: ``kind`` is name, demonym, capital or metonym."""

    start: int
    end: int
    entry: Entry
    kind: str


def _as_list(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    raise GazetteerError(f"expected a name or a list of names, got {value!r}")


_REMEMBERED = 20000  # names and sentences a gazetteer remembers its answers for


def _case_sensitive(surface: str) -> bool:
    """Short or all-capital forms (US, UN, EU, Xi) must match with their exact case."""
    letters = [c for c in re.sub(r"^the\s+", "", surface, flags=re.IGNORECASE) if c.isalpha()]
    return len(letters) <= 3 or (len(letters) > 0 and all(c.isupper() for c in letters))


class Gazetteer:
    """Lookup by key and scanning of running text."""

    def __init__(self, entries: list[Entry]) -> None:
        self.entries = {e.id: e for e in entries}
        self._by_key: dict[str, tuple[Entry, str]] = {}
        self._surfaces: dict[str, tuple[Entry, str]] = {}
        for entry in entries:
            forms = [(entry.label, "name")] + [(a, "name") for a in entry.aliases]
            forms += [(c, "capital") for c in entry.capitals]
            forms += [(m, "metonym") for m in entry.metonyms]
            forms += [(d, "demonym") for d in entry.demonyms]
            for surface, kind in forms:
                self._by_key.setdefault(name_key(surface), (entry, kind))
                bare = re.sub(r"^the\s+", "", surface, flags=re.IGNORECASE)
                self._surfaces.setdefault(bare, (entry, kind))
        alternatives = sorted(self._surfaces, key=len, reverse=True)
        body = "|".join(re.escape(s) for s in alternatives)
        self._scan_re = re.compile(rf"(?<![\w.])(?:{body})(?![\w])", re.IGNORECASE)
        # The stages look up and scan the same names and sentences many times: remember
        # the answers (both depend on the text alone), forgetting them all now and then.
        self._looked_up: dict[str, tuple[Entry, str] | None] = {}
        self._scanned: dict[str, tuple[Match, ...]] = {}

    def lookup(self, surface: str) -> tuple[Entry, str] | None:
        """The entry and match kind for a name as written, or ``None``."""
        if surface not in self._looked_up:
            if len(self._looked_up) >= _REMEMBERED:
                self._looked_up.clear()
            self._looked_up[surface] = self._lookup(surface)
        return self._looked_up[surface]

    def _lookup(self, surface: str) -> tuple[Entry, str] | None:
        stripped = surface.strip()
        if not stripped:
            return None
        found = self._by_key.get(name_key(stripped))
        if found is None:
            return None
        entry, kind = found
        for form in [entry.label, *entry.aliases, *entry.capitals, *entry.metonyms,
                     *entry.demonyms]:
            if name_key(form) == name_key(stripped):
                core = re.sub(r"^the\s+|'s$", "", stripped, flags=re.IGNORECASE)
                if _case_sensitive(form) and core.replace("'", "") != form.replace("'", ""):
                    continue
                return entry, kind
        return None

    def scan(self, text: str) -> list[Match]:
        """Every gazetteer name in ``text``, longest first, without overlaps."""
        if text not in self._scanned:
            if len(self._scanned) >= _REMEMBERED:
                self._scanned.clear()
            self._scanned[text] = tuple(self._scan(text))
        return list(self._scanned[text])

    def _scan(self, text: str) -> list[Match]:
        matches: list[Match] = []
        end = 0
        for word in _WORD_START_RE.finditer(text):  # names start with a capital letter:
            start = word.start()                      # try the names only there
            if start < end or not word.group(0).isupper():
                continue
            m = self._scan_re.match(text, start)
            if m is None:
                continue
            found = self.lookup(m.group(0))
            if found is None:
                continue
            matches.append(Match(m.start(), m.end(), found[0], found[1]))
            end = m.end()
        return matches


def _entry(raw: object, type_: str, path: Path) -> Entry:
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
        raise GazetteerError(f"{path}: {type_} entry without an id: {raw!r}")
    if not is_slug(raw["id"]) or not isinstance(raw.get("label"), str):
        raise GazetteerError(f"{path}: {type_} {raw['id']!r}: bad id or missing label")
    try:
        return Entry(
            id=raw["id"],
            type=type_,
            label=raw["label"],
            aliases=_as_list(raw.get("aliases")),
            demonyms=_as_list(raw.get("demonyms")),
            capitals=_as_list(raw.get("capital")),
            metonyms=_as_list(raw.get("metonyms")),
            role=raw.get("role"),
            speaks_for=raw.get("speaks_for"),
            governs=raw.get("governs"),
        )
    except GazetteerError as exc:
        raise GazetteerError(f"{path}: {type_} {raw['id']!r}: {exc}") from None


def load_gazetteer(path: str | Path | None = None) -> Gazetteer:
    """Load the gazetteer (``$KG_GAZETTEER``, else data/gazetteer.yaml)."""
    chosen = Path(path or os.environ.get("KG_GAZETTEER") or DEFAULT_PATH)
    return _load_cached(str(chosen))


@lru_cache(maxsize=4)
def _load_cached(path: str) -> Gazetteer:
    p = Path(path)
    data = read_mapping(p, "gazetteer with states/organizations/persons", GazetteerError)
    entries = []
    for section, type_ in (("states", "state"), ("organizations", "organization"),
                           ("persons", "person")):
        for raw in data.get(section) or []:
            entries.append(_entry(raw, type_, p))
    return Gazetteer(entries)
