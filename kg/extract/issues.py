"""Issue classification against the SKOS issue scheme (ontology/issues.ttl).

Every prefLabel and altLabel of a concept is a cue phrase, and
data/lexicons/issues.yaml adds general vocabulary per code; a statement is
scored by the cue phrases it contains (longer phrases weigh more, plural and
singular forms both match). Ambiguous cues (the ``weak`` list: "strikes",
"inspectors") and words of the negotiating process (the ``process`` list:
"delegation", "envoy") count half, so that alone they lose to the article's
dominant issue. The best-scoring concept wins; a statement that names no issue
takes the issue of its sentence, then the article's dominant issue, and
``other`` is the last resort.

>>> scheme = load_scheme()
>>> scheme.classify("OPEC+ wants a deeper output cut of one million barrels per day.")
['economic_cooperation']
>>> scheme.classify("The head of the delegation said it was a good day.", "labour_wages")
['labour_wages']
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.errors import KgError

SCHEME_PATH = Path(__file__).resolve().parents[2] / "ontology" / "issues.ttl"
FALLBACK = "other"
DOMINANT_BONUS = 0.9
DOMINANT_MIN = 3  # an issue named fewer times is not the article's topic (then: no prior)
SECOND_ISSUE_MIN = 2  # a second issue needs a multi-word cue or two cues of its own
WEAK_WEIGHT = 0.5  # an ambiguous cue alone loses to the dominant issue's bonus
WEAK_KEY = "weak"  # the list of ambiguous cues in data/lexicons/issues.yaml
PROCESS_KEY = "process"  # words of the negotiating process itself ("delegation", "envoy")
PROCESS_DOMINANT_WEIGHT = 0.25  # how much a process word counts toward the article's topic
# Constructions that settle an issue where single words are ambiguous: a withdrawal or
# pull-out *from a place* ("the withdrawal of the rebels from every town", "pull out of
# Tessaly") is territorial; a withdrawal from talks or of an offer is not.
_PLACE = (r"(?:(?:every|all|the|its|their|these|those|occupied|captured)\s+)*"
          r"(?:[A-Z]|(?:towns?|cit(?:y|ies)|villages?|regions?|areas?|territor\w*|provinces?"
          r"|districts?|positions|land|zones?|border\w*)\b)")
_CONSTRUCTIONS = (
    (re.compile(r"\b(?:[Ww]ithdr[ae]w\w*|[Pp]ull\w*\s+(?:out|back))(?:\s+[\w'-]+){0,5}?\s+"
                r"(?:from|of)\s+" + _PLACE), "withdrawal from", "territory"),
)


class IssueSchemeError(KgError):
    """The issue scheme cannot be read."""


@dataclass(frozen=True)
class IssueScheme:
    """Cue phrases per issue code, and one compiled pattern over all of them."""

    cues: dict[str, str]  # phrase -> code
    pattern: re.Pattern[str]
    weak: frozenset[str] = frozenset()  # ambiguous phrases (both number forms)
    process: frozenset[str] = frozenset()  # words of the negotiating process (both forms)
    _memo: dict[str, list[tuple[str, str]]] = field(default_factory=dict, compare=False,
                                                    repr=False)

    def matches(self, text: str) -> list[tuple[str, str]]:
        """(phrase, code) for every cue phrase in ``text``, in order (memoised: statements
        are scored repeatedly)."""
        if text not in self._memo:
            if len(self._memo) > 4096:
                self._memo.clear()
            self._memo[text] = self._matches(text)
        return self._memo[text]

    def _matches(self, text: str) -> list[tuple[str, str]]:
        low = text.lower().replace("\u2019", "'")
        out = [(label, code) for pattern, label, code in _CONSTRUCTIONS if pattern.search(text)]
        last_end = -1_000
        for m in self.pattern.finditer(low):
            phrase = m.group(0)
            code = self.cues.get(phrase) or self.cues.get(phrase.rstrip("s"))
            if code is None and phrase + "s" in self.cues:
                code = self.cues[phrase + "s"]
            if not code or code == FALLBACK or _in_name(text, m.start(), m.end()):
                continue
            place = _LOCATIVE_RE.search(low, max(0, m.start() - 40), m.start())
            if place and place.start() - last_end <= 40 and code != out[-1][1]:
                continue  # "a ceasefire along the front line": where, not what
            out.append((phrase, code))
            last_end = m.end()
        return out

    def weight(self, phrase: str) -> float:
        """How much one cue phrase counts: more for longer phrases, half for ambiguous ones."""
        if phrase in self.weak or phrase in self.process:
            return WEAK_WEIGHT
        return _length_weight(phrase)

    def scores(self, text: str) -> Counter[str]:
        """Score every issue code for a statement: each distinct cue phrase counts once."""
        counts: Counter[str] = Counter()
        for phrase, code in dict.fromkeys(self.matches(text)):  # in text order: ties are stable
            counts[code] += self.weight(phrase)
        return counts

    def classify(self, text: str, default: str | None = None) -> list[str]:
        """The best issue code for ``text``; the article's dominant issue ``default``
        gets a bonus (statements mostly stay on the article's topic) and is the fallback."""
        counts = self.scores(text)
        if not counts:
            return [default or FALLBACK]
        if default:
            counts[default] += DOMINANT_BONUS
        return [counts.most_common(1)[0][0]]

    def classify_in(self, clause: str, sentence: str, default: str | None = None) -> list[str]:
        """Issues of a clause; when the clause names none, of its whole sentence; then
        ``default`` (the article's dominant issue). The text before the sentence is not
        used: a statement without issue words mostly refers to the article's main target,
        and the preceding sentence's topic pulled such statements away from it on dev."""
        if self.scores(clause) or not self.scores(sentence):
            return self.classify(clause, default)
        return self.classify(sentence, default)

    def linked(self, clause: str, sentence: str, condition: str | None,
               default: str | None = None) -> list[str]:
        """Issues of a statement (coding guide 3.10): the issue of its clause, plus a second
        one when the statement links two: a condition on another issue ("sanctions relief
        only if the inspectors return"), or two issues cued equally strongly in the clause."""
        main = clause.replace(condition, " ") if condition else clause
        issues = self.classify_in(main, sentence, default)
        extra = self.scores(condition or "")
        if not extra:
            counts = self.scores(main)
            ranked = counts.most_common(2)
            if len(ranked) == 2 and ranked[1][1] >= max(SECOND_ISSUE_MIN, ranked[0][1]):
                extra = Counter({ranked[1][0]: ranked[1][1]})
        if extra:
            second = extra.most_common(1)[0][0]
            if second not in issues:
                issues = [*issues, second]
        return issues

    def dominant(self, texts: list[str]) -> str | None:
        """The issue most cued across an article, or ``None``. Every occurrence counts
        once, ambiguous and long cues alike: across a whole article, frequency settles the
        topic (a few long phrases about the talks' format must not outweigh it). Words of
        the negotiating process itself ("delegation", "envoy") count a quarter: every
        article about talks has them, whatever the talks are about. An issue named fewer
        than ``DOMINANT_MIN`` times is no topic: the talks are about something outside the
        scheme, and statements without issue words fall back to ``other``."""
        total: Counter[str] = Counter()
        for text in texts:
            for phrase, code in self.matches(text):
                total[code] += PROCESS_DOMINANT_WEIGHT if phrase in self.process else 1
        if not total:
            return None
        code, count = total.most_common(1)[0]
        return code if count >= DOMINANT_MIN else None


_WORD_RE = re.compile(r"[\w'-]+")
# A locative phrase right before a cue ("along the current front line", "around the
# besieged city"): it says where the preceding cue's outcome applies.
_LOCATIVE_RE = re.compile(r"\b(?:along|around|across|alongside)\s+"
                          r"(?:(?:the|their|its|a|an|all|both)\s+)?(?:[\w-]+\s+){0,2}$")


def _in_name(text: str, start: int, end: int) -> bool:
    """Whether the cue at ``text[start:end]`` is part of a proper name: its words are
    capitalised and so is a neighbouring word ("the Global Shipping Federation", "Center
    for Nuclear Restraint"). Names are not topics; the first word of a sentence is not
    taken for a name.

    >>> _in_name("The Global Shipping Federation urged it.", 11, 19)
    True
    >>> _in_name("Shipping rates rose.", 0, 8)
    False
    """
    if not text[start:start + 1].isupper():
        return False
    if not all(w[:1].isupper() for w in _WORD_RE.findall(text[start:end])):
        return False
    before = _WORD_RE.findall(text[max(0, start - 30):start])
    after = _WORD_RE.findall(text[end:end + 30])
    prev = before[-1] if before else ""
    nxt = after[0] if after else ""
    opening = not text[:start].strip() or text[:start].rstrip()[-1:] in ".!?\"\u201c:"
    if prev in {"of", "for", "and"} and len(before) >= 2:
        prev = before[-2]
    return prev[:1].isupper() or (nxt[:1].isupper() and not opening)


def _length_weight(phrase: str) -> float:
    """A cue's weight by length: one per word, plus a half for a multi-word phrase."""
    return len(phrase.split()) + (0.5 if " " in phrase else 0)


def _extra_cues() -> dict[str, list[str]]:
    """data/lexicons/issues.yaml: extra cue phrases per issue code (and the ``weak`` list)."""
    from kg.extract.lexicon import lexicon

    return {code: sorted(phrases) for code, phrases in lexicon("issues").items()}


def _number_forms(phrase: str) -> set[str]:
    """The phrase with its last word in the singular and in the plural."""
    return {phrase, phrase.rstrip("s")} if phrase.endswith("s") else {phrase, phrase + "s"}


@lru_cache(maxsize=4)
def load_scheme(path: str | None = None) -> IssueScheme:
    """Load the scheme's labels (rdflib is imported here, not at start-up)."""
    from rdflib import Graph
    from rdflib.namespace import SKOS

    graph = Graph()
    source = Path(path) if path else SCHEME_PATH
    try:
        graph.parse(source, format="turtle")
    except (OSError, ValueError) as exc:
        raise IssueSchemeError(f"{source}: cannot load the issue scheme: {exc}") from None
    cues: dict[str, str] = {}
    extra = _extra_cues()
    weak = frozenset(f for p in extra.pop(WEAK_KEY, []) for f in _number_forms(p.lower()))
    process = frozenset(f for p in extra.pop(PROCESS_KEY, []) for f in _number_forms(p.lower()))
    for code, phrases in extra.items():
        for phrase in phrases:
            cues.setdefault(phrase.lower(), code)
    for concept, notation in sorted(graph.subject_objects(SKOS.notation), key=lambda p: str(p[1])):
        code = str(notation)
        for prop in (SKOS.prefLabel, SKOS.altLabel):
            for label in sorted(graph.objects(concept, prop)):
                phrase = str(label).lower().replace("\u2019", "'")
                cues[phrase] = code  # the scheme wins over the extra lexicon
    forms = {f for phrase in cues for f in _number_forms(phrase)}
    body = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w-])(?:{body})(?![\w-])")
    return IssueScheme(cues, pattern, weak, process)
