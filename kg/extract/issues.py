"""Issue classification against the SKOS issue scheme (ontology/issues.ttl).

Every prefLabel and altLabel of a concept is a cue phrase; a statement is
scored by the cue phrases it contains (longer phrases weigh more, plural and
singular forms both match). The best-scoring concept wins; the article's
dominant issue is the fallback, and ``other`` the last resort.
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
SECOND_ISSUE_MIN = 2  # a second issue needs a multi-word cue or two cues of its own


class IssueSchemeError(KgError):
    """The issue scheme cannot be read."""


@dataclass(frozen=True)
class IssueScheme:
    """Cue phrases per issue code, and one compiled pattern over all of them."""

    cues: dict[str, str]  # phrase -> code
    pattern: re.Pattern[str]
    _memo: dict[str, Counter[str]] = field(default_factory=dict, compare=False, repr=False)

    def scores(self, text: str) -> Counter[str]:
        """Score every issue code for ``text`` (memoised: statements are scored repeatedly)."""
        if text not in self._memo:
            if len(self._memo) > 4096:
                self._memo.clear()
            self._memo[text] = self._scores(text)
        return Counter(self._memo[text])

    def _scores(self, text: str) -> Counter[str]:
        low = text.lower().replace("\u2019", "'")
        counts: Counter[str] = Counter()
        for m in self.pattern.finditer(low):
            phrase = m.group(0)
            code = self.cues.get(phrase) or self.cues.get(phrase.rstrip("s"))
            if code is None and phrase + "s" in self.cues:
                code = self.cues[phrase + "s"]
            if code and code != FALLBACK:
                counts[code] += len(phrase.split()) + (0.5 if " " in phrase else 0)
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
        ``default`` (the article's dominant issue)."""
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
        """The issue most cued across an article, or ``None``."""
        total: Counter[str] = Counter()
        for text in texts:
            total.update(self.scores(text))
        return total.most_common(1)[0][0] if total else None


def _extra_cues() -> dict[str, list[str]]:
    """data/lexicons/issues.yaml: extra cue phrases per issue code."""
    from kg.extract.lexicon import lexicon

    return {code: sorted(phrases) for code, phrases in lexicon("issues").items()}


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
    for code, phrases in _extra_cues().items():
        for phrase in phrases:
            cues.setdefault(phrase.lower(), code)
    for concept, notation in graph.subject_objects(SKOS.notation):
        code = str(notation)
        for prop in (SKOS.prefLabel, SKOS.altLabel):
            for label in graph.objects(concept, prop):
                phrase = str(label).lower().replace("\u2019", "'")
                cues[phrase] = code  # the scheme wins over the extra lexicon
    forms = set()
    for phrase in cues:
        forms.add(phrase)
        if not phrase.endswith("s"):
            forms.add(phrase + "s")
        else:
            forms.add(phrase.rstrip("s"))
    body = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w-])(?:{body})(?![\w-])")
    return IssueScheme(cues, pattern)
