"""Issue classification against the SKOS issue scheme (ontology/issues.ttl).

Every prefLabel and altLabel of a concept is a cue phrase (those of ``other`` too:
"embassies", "visas" name matters outside the other concepts), and
data/lexicons/issues.yaml adds general vocabulary per code; a statement is
scored by the cue phrases it contains (longer phrases weigh more, plural and
singular forms both match). Ambiguous cues (the ``weak`` list: "strikes",
"inspectors") and words of the negotiating process (the ``process`` list:
"delegation", "envoy") count half, so that alone they lose to the article's
dominant issue. The best-scoring concept wins; a statement that names no issue
takes the issue of its sentence, then the article's dominant issue
(:mod:`kg.extract.issue_topics`), and ``other`` is the last resort.

>>> scheme = load_scheme()
>>> scheme.classify("OPEC+ wants a deeper output cut of one million barrels per day.")
['economic_cooperation']
>>> scheme.classify("The head of the delegation said it was a good day.", "labour_wages")
['labour_wages']
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from kg.extract import issue_topics
from kg.extract.issue_constructions import (
    BACKGROUND_LABELS,
    CONSTRUCTION_LABELS,
    CONSTRUCTION_WEIGHT,
    CONSTRUCTIONS,
)
from kg.extract.issue_context import (
    antecedent_scores,
    compound_heads,
    head_scores,
    modified_senses,
    utility_senses,
)
from kg.extract.issue_frames import Frames, read_frames
from kg.extract.issue_lexicon import (
    LEXICON_PATH,
    IssueSchemeError,
    _lexicon,
    _number_forms,
    _sense_table,
    cue_code,
)
from kg.extract.issue_moments import condition_moment, vehicle_or_moment
from kg.extract.issue_words import in_name, other_sense

SCHEME_PATH = Path(__file__).resolve().parents[2] / "ontology" / "issues.ttl"
FALLBACK = "other"
DOMINANT_BONUS = 0.9
SECOND_ISSUE_MIN = 2  # a second issue needs a multi-word cue or two cues of its own
SECOND_CUE_MIN = 1.0  # a condition's issue needs one unambiguous word to be a second issue
WEAK_WEIGHT = 0.5  # an ambiguous cue alone loses to the dominant issue's bonus
MEETING_WEIGHT = 1.0  # a word naming the meeting itself beats it (the ``meeting`` list)
ADJUNCT_WEIGHT = 0.5  # a cue in an adjunct clause ("before any withdrawal") counts half
RELATIVE_WEIGHT = 0.25  # a cue in a relative clause on the first cue's noun ("a truce that
# freezes the line of contact") says which one is meant, not what the statement is about
WEAK_KEY = "weak"  # the list of ambiguous cues in data/lexicons/issues.yaml
PROCESS_KEY = "process"  # words of the negotiating process itself ("delegation", "envoy")
MEETING_KEY = "meeting"  # process words naming the meeting itself ("mediator", "attend")
BACKGROUND_KEY = "background"  # goods and places of any talks ("oil", "ports"): no topic
# Where an adjunct clause begins: a cue after it ("... stripped of all weapons before any
# new pullback", "talks on how a pause would be verified", "the levy stays
# whatever happens to the bridge") is not what the statement is about, once the statement has
# named something before it.
_ADJUNCT_RE = re.compile(
    r",\s*(?:as|which|who|where|saying|arguing|adding|warning|citing)\b"
    r"|\b(?:before|after|until|unless|once|while|whereas|because|since|so that|in order to"
    r"|as long as|even without|even if|rather than|instead of|despite|on how|about how"
    r"|on whether|over whether|regardless of|irrespective of|no matter|whatever happens)\b",
    re.IGNORECASE)

# A relative clause right after the statement's first cue ("a pause that covered only power
# plants", "a budget which raises the retirement age").
_RELATIVE_RE = re.compile(r"[^\w,;:.!?]{0,3}(?:that|which)\b(?!\s+(?:is|was|are|were)\s+"
                          r"(?:why|how|what)\b)")

# Where a relative clause on the statement's first cue ends and the main clause resumes: a
# comma, or the main clause's modal ("any settlement that changes the status of the territory
# must be approved in a referendum").
_CLOSE_RE = re.compile(r"[,;]|\s(?=(?:must|would|will|should|shall|can|cannot|could|may|might)\b)")

# "one" or "ones" with a relative clause refers back to the statement's first cue ("a truce is
# welcome, but only one that covers the power plants"): the clause says which one is meant.
# A prepositional phrase right after the statement's first cue, up to a comma or a verb
# ("the limits on our grain exports must go", "a ceiling on the size of the
# army"): it says which one is meant, not what the statement is about.
_MODIFIER_RE = re.compile(r"\s+(?:on|against|over)\s+[^,;:.!?\"\u201c\u201d]*?"
                          r"(?=[,;:.!?\"\u201c\u201d]|\s(?:is|are|was|were|has|have|had|will|would"
                          r"|must|should|can|could|may|might)\b|$)")
_ONE_THAT_RE = re.compile(r"\b(?:one|ones)\s+(?:that|which)\b", re.IGNORECASE)


def _memoised(memo: dict[str, Any], text: str, compute: Callable[[str], Any]) -> Any:
    """``compute(text)``, kept in ``memo`` (emptied when it grows past 4096 texts): an
    article's statements are scored repeatedly."""
    if text not in memo:
        if len(memo) > 4096:
            memo.clear()
        memo[text] = compute(text)
    return memo[text]


@dataclass(frozen=True)
class IssueScheme:
    """Cue phrases per issue code, and one compiled pattern over all of them.

    ``for_article`` gives a copy bound to one article: a cue with several senses
    (``senses``) takes the sense its article's other cues support.
    """

    cues: dict[str, str]  # phrase -> code
    pattern: re.Pattern[str]
    weak: frozenset[str] = frozenset()  # ambiguous phrases (both number forms)
    process: frozenset[str] = frozenset()  # words of the negotiating process (both forms)
    senses: dict[str, tuple[str, ...]] = field(default_factory=dict)  # phrase -> codes
    choice: dict[str, str] = field(default_factory=dict)  # phrase -> its sense here
    article: tuple[str, ...] = ()  # the body sentences of the article bound to
    heads: dict[str, tuple[int, str]] = field(default_factory=dict)  # compound heads here
    frames: Frames = field(default_factory=Frames)  # talks that absorb other concepts
    background: frozenset[str] = frozenset()  # cues that count toward no article's topic
    meeting: frozenset[str] = frozenset()  # process words naming the meeting itself
    questions: dict[str, str] = field(default_factory=dict)  # answer -> its question here
    second: str | None = None  # the article's second topic (:meth:`with_topics`)
    labels: frozenset[str] = frozenset()  # the scheme's own labels (not the extra lexicon)
    _position: dict[str, int] = field(default_factory=dict, compare=False, repr=False)
    _memo: dict[str, list[tuple[str, str, int]]] = field(default_factory=dict, compare=False,
                                                         repr=False)
    _named: dict[str, list[tuple[str, str]]] = field(default_factory=dict, compare=False,
                                                     repr=False)
    # :meth:`_weighed` per text, for this copy only (its ``choice`` is its own): not an
    # init field, so ``replace`` gives each copy an empty one
    _weights: dict[str, tuple[Counter[str], set[str]]] = field(
        default_factory=dict, init=False, compare=False, repr=False)

    def located(self, text: str) -> list[tuple[str, str, int]]:
        """(phrase, code, start) for every cue in ``text``, in order, each cue in the sense
        it has in this article (memoised: statements are scored repeatedly)."""
        found = _memoised(self._memo, text, self._matches)
        if not self.choice:
            return found
        return [(p, self.choice.get(p, c), s) for p, c, s in found]

    def before(self, sentence: str) -> tuple[str, ...]:
        """The article's body sentences before ``sentence`` (all of them when it is not
        one of the article's; none when the scheme is bound to no article)."""
        return self.article[:self._position.get(sentence, len(self.article))]

    def named(self, text: str) -> list[tuple[str, str]]:
        """(phrase, code) for each cue phrase of several words inside a proper name in
        ``text`` (:func:`kg.extract.issue_topics.name_cues`; memoised like :meth:`located`)."""
        return _memoised(self._named, text, lambda t: issue_topics.name_cues(self, t))

    def matches(self, text: str) -> list[tuple[str, str]]:
        """(phrase, code) for every cue phrase in ``text``, in order."""
        return [(p, c) for p, c, _ in self.located(text)]

    def _matches(self, text: str) -> list[tuple[str, str, int]]:
        low = text.lower().replace("\u2019", "'")
        out: list[tuple[str, str, int]] = []
        taken: list[tuple[int, int]] = []
        padded = " " + low
        for pattern, label, code, triggers in CONSTRUCTIONS:
            if not any(t in padded for t in triggers):
                continue  # none of its words: the pattern cannot match
            for m in pattern.finditer(text):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                taken.append((m.start(), m.end()))
                if code:
                    out.append((label, code, m.start()))
        words: list[tuple[str, str, int]] = []
        last_end, last_code = -1_000, ""
        for m in self.pattern.finditer(low):
            phrase = m.group(0)
            code = cue_code(self.cues, phrase)
            if not code or in_name(text, m.start(), m.end()):
                continue
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue  # a word of a construction
            place = _LOCATIVE_RE.search(low, max(0, m.start() - 40), m.start())
            if place and place.start() - last_end <= 40 and code != last_code:
                continue  # "a ceasefire along the front line": where, not what
            if phrase in _GROUND and _ON_GROUND_RE.search(text, max(0, m.start() - 40), m.start()):
                continue  # "a plant on Saudi territory": where it stands, not what
            if phrase in _WILDS and (_IN_WILDS_RE.search(low, max(0, m.start() - 40), m.start())
                                     or _WILDS_PART_RE.match(low, m.end())):
                continue  # "the camps in the forest", "the forest villages": where, not what
            if vehicle_or_moment(phrase, low, m.start()):
                continue  # "written into any peace agreement", "since last year's election"
            if (words and words[-1][1] != code and phrase not in self.weak
                    and low[last_end:m.start()] in (" ", "-")):
                words.pop()  # "a border truce": the modifier says which truce, not what
            words.append((phrase, code, m.start()))
            last_end, last_code = m.end(), code
        return sorted(out + words, key=lambda item: item[2])

    def weight(self, phrase: str) -> float:
        """How much one cue phrase counts: more for longer phrases, half for ambiguous ones and
        words of the process (but ``MEETING_WEIGHT`` for those naming the meeting itself),
        ``CONSTRUCTION_WEIGHT`` for a construction."""
        if phrase in CONSTRUCTION_LABELS:
            return CONSTRUCTION_WEIGHT
        if phrase in self.meeting:
            return MEETING_WEIGHT
        if phrase in self.weak or phrase in self.process:
            return WEAK_WEIGHT
        return _length_weight(phrase)

    def scores(self, text: str) -> Counter[str]:
        """Score every issue code for a statement: each distinct cue phrase counts once,
        half when it only occurs in an adjunct clause after the statement's first cue, a
        quarter in a relative clause right after that cue (it says which one is meant) until
        the main clause resumes (after a comma or at its modal verb: "any settlement that
        changes the status of the territory must be approved in a referendum")."""
        return self._weighed(text)[0]

    def _weighed(self, text: str) -> tuple[Counter[str], set[str]]:
        """:meth:`scores`, and the codes cued before the adjunct or relative clause
        (memoised: the same statements are scored many times; the callers get copies)."""
        counts, main = _memoised(self._weights, text, self._weigh)
        return Counter(counts), set(main)

    def _weigh(self, text: str) -> tuple[Counter[str], set[str]]:
        low = text.lower().replace("\u2019", "'")
        found = [f for f in self.located(text)
                 if not other_sense(f[0], low, f[2])]  # "the energy ministry said"
        counts: Counter[str] = Counter()
        main: set[str] = set()
        if not found:
            return counts, main
        adjunct = _ADJUNCT_RE.search(text, found[0][2] + 1)
        cut = adjunct.start() if adjunct else len(text)
        head = found[0][2] + len(found[0][0])
        relative = _RELATIVE_RE.match(text, head) if found[0][0] not in CONSTRUCTION_LABELS else None
        if relative is None:  # "a truce is welcome, but only one that covers the plants"
            relative = _ONE_THAT_RE.search(text, head, cut)
        weight = ADJUNCT_WEIGHT
        resume = stop = len(text)  # where the main clause resumes after a relative clause
        if relative is not None and relative.start() <= cut:
            cut, weight = relative.end(), RELATIVE_WEIGHT
            close = _CLOSE_RE.search(text, cut)
            if close is not None:
                resume = close.end()
                later = _ADJUNCT_RE.search(text, resume)
                stop = later.start() if later else len(text)
        modifier = (_MODIFIER_RE.match(text, head) if found[0][0] not in CONSTRUCTION_LABELS
                    and found[0][0] not in self.weak else None)
        best: dict[tuple[str, str], float] = {}
        for phrase, code, start in found:  # in text order: ties are stable
            if modifier is not None and modifier.start() < start < modifier.end():
                best[(phrase, code)] = max(best.get((phrase, code), 0.0),
                                           self.weight(phrase) * RELATIVE_WEIGHT)
                continue  # "sanctions on our energy sector": which sanctions
            inside = start < cut or resume <= start < stop
            factor = 1.0 if inside else weight if start < resume else ADJUNCT_WEIGHT
            if inside:
                main.add(code)
            best[(phrase, code)] = max(best.get((phrase, code), 0.0),
                                       self.weight(phrase) * factor)
        for (_, code), value in best.items():
            counts[code] += value
        return counts, main

    def classify(self, text: str, default: str | None = None,
                 referred: str | None = None) -> list[str]:
        """The best issue code for ``text``; the article's dominant issue ``default``
        gets a bonus (statements mostly stay on the article's topic) and is the fallback;
        ``referred``, the issue of a target the text refers back to ("lifting the cap would pay
        for the next offensive"), counts as one ambiguous cue. A
        default the text names only in passing (in an adjunct or relative clause: "would not
        be eased because of the releases") gets the bonus instead of those cues, not on top."""
        counts, main = self._weighed(text)
        if referred:  # the issue of the target the text refers back to, as one ambiguous cue
            counts[referred] += WEAK_WEIGHT
            main.add(referred)
        if not counts or (default is None and max(counts.values()) < 1):
            return [default or FALLBACK]  # without a topic, one ambiguous word is no issue
        second = self.second if default and self.second in main else None
        if default and default in main:
            counts[default] += DOMINANT_BONUS
        elif default:  # named only in passing: no more than the prior itself
            counts[default] = max(counts[default], DOMINANT_BONUS)
        if second:  # a second topic the statement names gets the same bonus
            counts[second] += DOMINANT_BONUS
        return [self.frames.statement(counts.most_common(1)[0][0], default)]

    def classify_in(self, clause: str, sentence: str, default: str | None = None,
                    condition: str | None = None) -> list[str]:
        """Issues of a clause (with the issue of the noun phrase that introduced its target
        earlier in the article as one more ambiguous cue); when the clause names none, of
        that noun phrase ("welcomed the extension" after "agreed to extend the truce",
        :mod:`kg.extract.issue_context`); else of its whole
        sentence; else, in an interview's answer, of the question it replies to
        (:mod:`kg.extract.issue_turns`); then ``default`` (the article's dominant issue).
        ``condition``: the condition cut out of the clause (:meth:`linked`); in an article with
        a topic, its words are not the clause's issue when its sentence is scored in its place
        ("we will extend the contract only if the sanctions are lifted": the topic, plus the
        condition's own issue as a second one), as they are the condition's, not the clause's.
        The sentence before is
        not used otherwise: a statement without issue words mostly refers to the article's
        main target, and the preceding sentence's topic pulled such statements away from
        it on dev (so did continuing the topic of the sentence before a quotation)."""
        clause = _without_asides(clause)
        if self.scores(clause):
            earlier = antecedent_scores(self, clause, sentence)
            return self.classify(clause, default,
                                 earlier.most_common(1)[0][0] if earlier else None)
        target = antecedent_scores(self, clause, sentence) or head_scores(self, clause, sentence)
        if not target:
            question = self.questions.get(sentence, "")  # an interview's answer: its question
            whole = _without_asides(sentence.replace(condition, " ") if condition and default
                                    else sentence)
            return self.classify(whole if self.scores(whole) else
                                 question if self.scores(question) else clause, default)
        if default:
            target[default] += DOMINANT_BONUS
            if self.second in target:
                target[self.second] += DOMINANT_BONUS
        return [self.frames.statement(target.most_common(1)[0][0], default)]

    def linked(self, clause: str, sentence: str, condition: str | None,
               default: str | None = None) -> list[str]:
        """Issues of a statement (coding guide 3.10): the issue of its clause, plus a second
        one when the statement links two: a condition on another issue ("sanctions relief
        only if the truce holds"; not a moment: "elections once a ceasefire has held"), a
        second coordinated outcome with a clear issue of its own ("to exchange prisoners and
        to set up a ceasefire monitoring mechanism"), each named by more than one ambiguous
        word (:func:`_firm`), or two issues cued equally strongly in the clause."""
        main = clause.replace(condition, " ") if condition else clause
        moment = condition is not None and condition_moment(clause, condition)
        extra = Counter() if moment else _firm(self.scores(condition or ""))
        parts = _COORDINATED_RE.split(main)
        if not extra and len(parts) > 1:
            main = " and ".join(parts[:-1])
            extra = _firm(self.scores(parts[-1]))
        issues = self.classify_in(main, sentence, default, condition)
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

    def for_article(self, texts: list[str], headlines: list[str] | None = None,
                    questions: dict[str, str] | None = None) -> IssueScheme:
        """This scheme bound to one article: each cue with several senses takes the one
        the article's unambiguous cues name most ("safeguards" in a trade dispute are
        trade defence, in talks with the IAEA inspections: one sense per discourse), if
        that issue is a topic of the article (named ``issue_topics.DOMINANT_MIN`` times); else it
        keeps its first sense. ``questions``: each answer sentence of an interview -> the
        question it replies to."""
        position: dict[str, int] = {}
        for i, text in enumerate(texts):
            position.setdefault(text, i)
        cues = issue_topics.article_cues(self, texts, headlines or [])
        counts = issue_topics.cue_counts(self, cues, monosemous=True)
        choice = {}
        for phrase, codes in self.senses.items():
            best = max(codes, key=lambda c: counts[c])  # max keeps the first of equals
            if counts[best] > counts[codes[0]] and counts[best] >= issue_topics.DOMINANT_MIN:
                choice[phrase] = best
        whole = [*(headlines or []), *texts]
        for phrase, code in (modified_senses(self, whole) | utility_senses(whole)).items():
            choice.setdefault(phrase, code)
        bound = replace(self, choice=choice, article=tuple(texts), _position=position,
                        questions=questions or {}, _memo=self._memo,
                        _named=self._named)
        return replace(bound, heads=compound_heads(bound, bound.article))

    def dominant(self, texts: list[str], headlines: list[str] | None = None) -> str | None:
        """The issue most cued across an article, or ``None``
        (:func:`kg.extract.issue_topics.dominant`)."""
        return issue_topics.dominant(self, texts, headlines)

    def with_topics(self, texts: list[str],
                    headlines: list[str] | None = None) -> tuple[IssueScheme, str | None]:
        """The article's topic and this scheme with its second topic
        (:func:`kg.extract.issue_topics.with_topics`)."""
        return issue_topics.with_topics(self, texts, headlines)


# Coordinated infinitives name two outcomes ("agreed to exchange prisoners and to set up a
# ceasefire monitoring mechanism"): each conjunct gives the statement its issue.
_COORDINATED_RE = re.compile(r",?\s+and\s+(?:also\s+)?to\s+(?=[a-z])")
# A locative phrase right before a cue ("along the current front line", "around the
# besieged city"): it says where the preceding cue's outcome applies.
_LOCATIVE_RE = re.compile(r"\b(?:along|around|across|alongside)\s+"
                          r"(?:(?:the|their|its|a|an|all|both)\s+)?(?:[\w-]+\s+){0,2}$")

# A state's ground as the place of something else ("a plant on Saudi territory", "troops on
# its own soil", "attacks from its territory", "courts sitting in occupied regions",
# "clinics in regions that lack doctors"): where the matter is, not a claim to the land.
_GROUND = frozenset({"territory", "soil", "territories", "regions", "occupied"})
_ON_GROUND_RE = re.compile(r"\b(?:on|in|from|inside|within)\s+(?:(?:the|its|their|our|his|her|your"
                           r"|a|any|these|those)\s+)?(?:own\s+|occupied\s+|[A-Z][\w'-]*\s+)?$")

# A forest as the place where people live, hide or fight ("camps in the forest", "raids from
# the forests", "a village at the forest edge", "the forest camps"): where things happen, not
# the forest's protection or its carbon (climate_emissions, coding guide 5).
_WILDS = frozenset({"forest", "forests"})
_IN_WILDS_RE = re.compile(r"\b(?:in|into|from|inside|through|across|around|near|out of|edge of"
                          r"|edges of|fringe of|fringes of)\s+(?:(?:the|its|their|our|a|these|those)\s+)?"
                          r"(?:[\w'-]+\s+)?$")
_WILDS_PART_RE = re.compile(r"\s+(?:edges?|fringes?|villages?|camps?|hideouts?|bases?|tracks?"
                            r"|paths?|roads?|clearings?|settlements?|communities)\b")

# What a sentence says of a person (or a thing) it names, between commas after the name: a
# "who" clause (", who has long advised the dockers,") or an appositive (", the minister of regional
# affairs,"): the speaker's background, not the matter of the statement.
# Not after a place or a date that opens the sentence ("In Kyiv, the president said ...").
_ASIDE_TEXT = r"(?:[^,;:\"\u201c\u201d]|,(?=\d))*"  # up to a comma (not one in "3,000")
_PERSON_ASIDE_RE = re.compile(r"(?<=[A-Z][a-z])[\w'-]*(,\s+(?:who\b|(?:a|an|the)\s)" + _ASIDE_TEXT
                              + r"(?:,\s+who\b" + _ASIDE_TEXT + r")?)")
_PLACE_OR_DATE_RE = re.compile(r"\b(?i:in|at|from|on|to|for|by|with|of|near|since|until|after"
                               r"|before)\s+(?:[A-Z][\w'-]*\s+)*$")


# Whom a body it names stands for (", which represents about 9,000 growers,", ", which speaks
# for the hauliers"): its constituency, not the matter of the statement.
_CONSTITUENCY_RE = re.compile(r",\s+(?:which|who|that)\s+(?:(?:says\s+it\s+)?represents|speaks\s+for"
                              r"|groups|brings\s+together|unites)\b" + _ASIDE_TEXT)


def _without_asides(sentence: str) -> str:
    """``sentence`` without what it says of the people it names (:data:`_PERSON_ASIDE_RE`)
    and of whom a body it names stands for (:data:`_CONSTITUENCY_RE`)."""
    sentence = _CONSTITUENCY_RE.sub("", sentence)
    def keep_name(m: re.Match[str]) -> str:
        name_start = sentence.rfind(" ", 0, m.start()) + 1
        if _PLACE_OR_DATE_RE.search(sentence, max(0, name_start - 40), name_start):
            return m.group(0)
        return m.group(0)[:m.start(1) - m.start()]
    return _PERSON_ASIDE_RE.sub(keep_name, sentence)


def _firm(counts: Counter[str]) -> Counter[str]:
    """The issues cued at least as strongly as one unambiguous word: a condition or a second
    outcome named only by an ambiguous word ("before crossing the front line", "if the
    release goes ahead") adds no second issue."""
    return Counter({code: value for code, value in counts.items() if value >= SECOND_CUE_MIN})


def _length_weight(phrase: str) -> float:
    """A cue's weight by length: one per word, plus a half for a multi-word phrase."""
    return len(phrase.split()) + (0.5 if " " in phrase else 0)


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
    extra, senses, frame_data = _lexicon(LEXICON_PATH)
    weak = frozenset(f for p in extra.pop(WEAK_KEY, []) for f in _number_forms(p))
    process = frozenset(f for p in extra.pop(PROCESS_KEY, []) for f in _number_forms(p))
    meeting = frozenset(extra.pop(MEETING_KEY, []))
    background = frozenset(f for p in extra.pop(BACKGROUND_KEY, []) for f in _number_forms(p))
    background |= BACKGROUND_LABELS
    for code, phrases in extra.items():
        for phrase in phrases:
            cues.setdefault(phrase, code)
    codes = set()
    labels: set[str] = set()
    for concept, notation in sorted(graph.subject_objects(SKOS.notation), key=lambda p: str(p[1])):
        code = str(notation)
        codes.add(code)
        for prop in (SKOS.prefLabel, SKOS.altLabel):
            for label in sorted(graph.objects(concept, prop)):
                phrase = str(label).lower().replace("\u2019", "'")
                cues[phrase] = code  # the scheme wins over the extra lexicon
                labels.add(phrase)
    forms = {f for phrase in cues for f in _number_forms(phrase)}
    body = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w-])(?:{body})(?![\w-])")
    frames = read_frames(frame_data, codes, IssueSchemeError, str(LEXICON_PATH))
    return IssueScheme(cues, pattern, weak, process, _sense_table(senses, cues, codes),
                       frames=frames, background=background, meeting=meeting,
                       labels=frozenset(f for p in labels for f in _number_forms(p)))
