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

