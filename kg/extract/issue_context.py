"""The issue of a statement from its article: what its target refers back to.

A statement often names its target only by a definite noun phrase ("welcomed the
agreement", "rejected that demand", "a ceiling could be acceptable"); the issue is the one
of the noun phrase that introduced that target earlier in the article ("a ceiling on the
size of its army", "a 60-day truce"), not of incidental words in the statement's sentence.

>>> from kg.extract.issues import load_scheme
>>> article = ["Moscow wants a ceiling on the size of Ukraine's army.",
...            "Kyiv said elections could wait.", "Berlin said the ceiling was unfair."]
>>> scheme = load_scheme().for_article(article)
>>> antecedent_scores(scheme, "said the ceiling was unfair", article[2]).most_common(1)
[('security_guarantees', 2.5)]
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from kg.extract.issue_constructions import CONSTRUCTION_LABELS

if TYPE_CHECKING:
    from kg.extract.issues import IssueScheme

# Head nouns of a target: a proposal, a text or a demand that an article introduces once
# and then refers back to.
TARGET_NOUNS = (
    "agreement", "deal", "accord", "draft", "text", "document", "plan", "proposal", "offer",
    "initiative", "extension", "demand", "condition", "idea", "package", "arrangement",
    "clause", "cap", "ceiling", "limit", "compromise", "measure", "bill", "law", "framework",
    "mechanism", "scheme", "request", "formula", "terms", "amendments", "amendment",
    "moratorium", "pause", "freeze", "corridor", "fund", "track", "process", "move",
    "decision", "option", "provision", "commitment", "pledge", "ultimatum", "date",
)
# The verb an earlier sentence may introduce the target with ("agreed to extend the truce"
# introduces "the extension", "the agreement"): the start of its forms.
_VERBS = {"extension": "extend", "agreement": "agree", "proposal": "propos",
          "decision": "decid", "commitment": "commit", "arrangement": "arrang",
          "offer": "offer", "demand": "demand", "pledge": "pledg", "request": "request",
          "freeze": "freez", "pause": "paus", "compromise": "compromis"}
_NOUNS = "|".join(sorted({*TARGET_NOUNS, *(n + "s" for n in TARGET_NOUNS if not n.endswith("s"))},
                         key=len, reverse=True))
# A definite reference: a determiner that points back, at most two modifiers, the noun.
_REFERENCE_RE = re.compile(
    r"\b(?:the|that|this|these|those|such\s+an?|any\s+such|its|their|his|her|our)\s+"
    r"(?:[\w'-]+\s+){0,2}?(" + _NOUNS + r")\b", re.IGNORECASE)
# Words that make a cue a verb phrase or a prepositional phrase ("end the war", "in person"),
# and heads of compounds that name the process or any target ("trade talks", "peace plan"
# are left to the target's antecedent): a compound's head stands for it only when it is a
# head of its own kind ("coal exit" -> "exit", "debt brake" -> "brake").
_FUNCTION_WORDS = frozenset({"the", "a", "an", "of", "to", "on", "in", "at", "for", "from", "with",
                             "and", "or", "end", "lay", "meet", "stop", "halt", "lift", "let",
                             "pull", "go", "face", "form", "withdraw"})
_GENERIC_HEADS = frozenset({"talk", "negotiation", "meeting", "round", "level", "table", "process",
                            "conference", "issue", "question", "side", "state", "government",
                            "party", "minister", "ministry", "group", "right", "rule", "term",
                            "price", "cost", "system", "programme", "program", "site", "zone",
                            "line", *TARGET_NOUNS})
# A determiner before a compound's modifier: "the sanctions licence" is a noun phrase,
# "let refugees vote in their towns" is a clause.
_DETERMINER_RE = re.compile(r"\b(?:the|a|an|its|their|his|her|our|your|any|this|that|these|those|"
                            r"new|such)\s+(?:[a-z-]+\s+)?$")
# A complement naming what an ambiguous noun is of ("a ballot of residence visas").
_OF_RE = re.compile(r"\s+of\s+(?:(?:the|new|more)\s+)?(?:[a-z-]+\s+)?")
# A tariff named with a utility's own product or unit ("an electricity tariff", "the power
# tariff", "a tariff per kilowatt-hour"), or in an article about what a utility charges
# ("electricity prices", "energy bills"), is that charge: an energy or water price, not a
# duty on trade. An article that also names a trade tariff ("import tariffs", "a 25 percent
# tariff", "tariffs on steel") keeps the trade sense.
_UTILITY_TARIFF_RE = re.compile(
    r"\b(?:electricity|power|energy|gas|water|heating|utility|feed-in|grid)\s+"
    r"(?:tariffs?|prices?|rates?|bills?)\b"
    r"|\btariffs?\s+per\s+(?:kilowatt|megawatt|kwh|mwh|cubic)", re.IGNORECASE)
_TRADE_TARIFF_RE = re.compile(
    r"\b(?:import|export|retaliatory|customs|trade|punitive|reciprocal|countervailing"
    r"|anti-dumping|border)\s+tariffs?\b"
    r"|\b(?:percent|per\s+cent|%)\s+tariffs?\b|\btariffs?\s+(?:on|against)\b", re.IGNORECASE)
UTILITY_CODE = "economic_cooperation"
WINDOW_BEFORE = 60  # characters of an antecedent sentence before the noun that introduce it
WINDOW_AFTER = 80  # and after it ("a ceiling on the size of its army")


def antecedent_scores(scheme: IssueScheme, clause: str, sentence: str) -> Counter[str]:
    """Issue scores of the noun phrase that introduced the clause's target: for the first
    definite reference in ``clause`` whose noun (or its verb: "agreed to extend" for "the
    extension") an earlier sentence of the article names with issue words around it, the
    cues within a window around that noun in the first such sentence: the one that
    introduced the target. Empty when there is none (or the scheme is bound to no article)."""
    earlier = scheme.before(sentence)
    if not earlier:
        return Counter()
    for ref in _REFERENCE_RE.finditer(clause):
        noun = ref.group(1).lower()
        stem = noun[:-1] if noun.endswith("s") and noun[:-1] in TARGET_NOUNS else noun
        verb = rf"|{_VERBS[stem]}\w*" if stem in _VERBS else ""
        pattern = re.compile(rf"\b(?:{re.escape(stem)}s?{verb})\b", re.IGNORECASE)
        for text in earlier:
            for m in pattern.finditer(text):
                window = text[max(0, m.start() - WINDOW_BEFORE):m.end() + WINDOW_AFTER]
                counts = scheme.scores(window)
                if counts:
                    return counts
    return Counter()


def compound_heads(scheme: IssueScheme, texts: tuple[str, ...]) -> dict[str, tuple[int, str]]:
    """The head nouns of the article's multi-word cues ("exit" of "coal exit", "brake" of
    "debt brake") -> (index of the first sentence naming the compound, its issue), for heads
    whose compounds in the article all have one issue and that are no cue of their own.
    News writing shortens a compound to its head once it has been named ("a 2033 exit",
    "the brake"): the head then carries the compound's issue.

    >>> from kg.extract.issues import load_scheme
    >>> article = ("The coalition is split over the coal exit.", "Greens want an early exit.")
    >>> compound_heads(load_scheme().for_article(list(article)), article)["exit"]
    (0, 'climate_emissions')
    """
    found: dict[str, tuple[int, str]] = {}
    clash: set[str] = set()
    for index, text in enumerate(texts):
        for phrase, code, _ in scheme.located(text):
            words = phrase.split()
            if len(words) != 2 or phrase in CONSTRUCTION_LABELS or not words[-1].isalpha() \
                    or words[0] in _FUNCTION_WORDS:
                continue  # a single word, a verb phrase, or a construction's label
            head = words[-1].removesuffix("s")
            if head in scheme.cues or head + "s" in scheme.cues or head in _GENERIC_HEADS \
                    or len(head) < 3:
                continue
            if head in found and found[head][1] != code:
                clash.add(head)
            found.setdefault(head, (index, code))
    return {head: value for head, value in found.items() if head not in clash}


def modified_senses(scheme: IssueScheme, texts: list[str]) -> dict[str, str]:
    """Ambiguous cues (the ``weak`` list) that the article names as the head of a compound
    whose modifier is one of the scheme's own labels of another issue ("a sanctions licence",
    "the nuclear energy talks") -> that issue, when every such compound of the word in the article
    has the same one. News writing names the compound once and then shortens it to its head
    ("the licence"): the head keeps the compound's sense throughout the article. So does an
    ambiguous noun whose "of" complement is such a label ("an annual ballot of work
    visas": the ballot is a visa matter).

    >>> from kg.extract.issues import load_scheme
    >>> modified_senses(load_scheme(), ["Kyiv wants the sanctions licences renewed."])["licence"]
    'sanctions'
    """
    found: dict[str, str] = {}
    clash: set[str] = set()

    def keep(phrase: str, code: str) -> None:
        for form in (phrase, phrase.removesuffix("s"), phrase + "s"):
            if form in scheme.weak:
                if found.get(form, code) != code:
                    clash.add(form)
                found.setdefault(form, code)

    for text in texts:
        low = text.lower()
        cues = [c for c in scheme.located(text) if c[0] not in CONSTRUCTION_LABELS]
        for (phrase, code, start), (head, head_code, head_start) in zip(cues, cues[1:], strict=False):
            gap = low[start + len(phrase):head_start]
            if phrase in scheme.labels and phrase not in scheme.weak and head in scheme.weak \
                    and head_code != code and gap in (" ", "-") \
                    and _DETERMINER_RE.search(low[max(0, start - 12):start]):
                keep(head, code)  # "the sanctions licence"
            elif phrase in scheme.weak and head in scheme.labels and head not in scheme.weak \
                    and head_code != code and _OF_RE.fullmatch(gap) \
                    and _DETERMINER_RE.search(low[max(0, start - 20):start]):
                keep(phrase, head_code)  # "an annual ballot of work visas"
    return {form: code for form, code in found.items() if form not in clash}


def head_scores(scheme: IssueScheme, clause: str, sentence: str) -> Counter[str]:
    """Issue scores of the compound heads (:func:`compound_heads`) that ``clause`` names,
    for compounds named in an earlier sentence of the article (or in this one)."""
    heads = scheme.heads
    if not heads:
        return Counter()
    here = len(scheme.before(sentence))
    counts: Counter[str] = Counter()
    for word in re.findall(r"[a-z]+", clause.lower()):
        hit = heads.get(word.removesuffix("s"))
        if hit is not None and hit[0] <= here:
            counts[hit[1]] += 1.0
    return counts


def utility_senses(texts: list[str]) -> dict[str, str]:
    """"tariff" and "tariffs" -> ``UTILITY_CODE`` when the article names a utility's tariff
    or price ("a rise in the power tariff", "a tariff of so much per kilowatt-hour",
    "electricity prices") and no trade tariff: a bare "tariff" there is that price.

    >>> utility_senses(["Households face an electricity tariff rise.", "The tariff is high."])
    {'tariff': 'economic_cooperation', 'tariffs': 'economic_cooperation'}
    >>> utility_senses(["Import tariffs on steel went up, and so did the power tariff."])
    {}
    """
    joined = "\n".join(texts)
    if not _UTILITY_TARIFF_RE.search(joined) or _TRADE_TARIFF_RE.search(joined):
        return {}
    return {"tariff": UTILITY_CODE, "tariffs": UTILITY_CODE}
