"""Paragraphs and sentences, with offsets into the original text.

The cleaned text (same length as the original) is cut into paragraphs at
line breaks; each paragraph is parsed with spaCy when a model is loaded, or
split into sentences by a regular expression otherwise. A paragraph that does
not end like a sentence (a headline, a subheading) is marked ``heading``: it
may name actors but is never evidence for a stance.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Any

_TERMINAL = (".", "!", "?", '"', "'", ")", ":", ";")
# A sentence ends at . ! ? (optionally followed by a closing quote) before a
# capital, a digit or an opening quote; common abbreviations do not end one.
_SENT_END_RE = re.compile(r"""(?<=[.!?])["')]?\s+(?=["'(]?[A-Z0-9])""")
_ABBREV_RE = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sen|Rep|Gov|St|Jr|Sr|Inc|Corp|Ltd|No|vs|etc|Jan|Feb"
    r"|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-Z]|\b[A-Z]\.[A-Z])\.$"
)


@dataclass
class Sentence:
    """One sentence: ``start``/``end`` are offsets into the original text."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int
    heading: bool
    span: Any = None  # the spaCy Span, when parsed
    base: int = 0  # offset of the spaCy Doc's first character in the original text
    standfirst: bool = False  # read for context, never evidence (:func:`standfirst`)

    @cached_property
    def tokens(self) -> list[Any]:
        """The tokens of ``span``, made once: spaCy makes new token objects at every walk,
        and the stages walk every sentence many times."""
        return list(self.span)

    @cached_property
    def parsed_text(self) -> str:
        """``span.text``, made once (spaCy joins the tokens' texts at every call)."""
        return self.span.text

    @cached_property
    def doc_text(self) -> str:
        """The text of ``span``'s whole Doc, made once (spaCy joins every token's text at
        each call)."""
        return self.span.doc.text

    @cached_property
    def ents(self) -> tuple[Any, ...]:
        """``span.ents``, made once (spaCy rebuilds the spans of all the document's entities
        at every call)."""
        return tuple(self.span.ents)


def paragraphs(cleaned: str) -> Iterator[tuple[int, str]]:
    """Yield (start offset, paragraph text) for every non-blank line, stripped."""
    pos = 0
    for line in cleaned.split("\n"):
        stripped = line.strip()
        if stripped:
            yield pos + (len(line) - len(line.lstrip())), stripped
        pos += len(line) + 1


def regex_sentences(text: str) -> Iterator[tuple[int, int]]:
    """Split one paragraph into (start, end) sentence ranges without a model.

    >>> t = 'Mr. Smith said no. "We will not sign," he added. The U.S. agreed.'
    >>> [t[s:e] for s, e in regex_sentences(t)]
    ['Mr. Smith said no.', '"We will not sign," he added.', 'The U.S. agreed.']
    """
    start = 0
    for m in _SENT_END_RE.finditer(text):
        head = text[start:m.start()]
        if _ABBREV_RE.search(head.rstrip("\"')")):
            continue
        yield start, m.start() + len(m.group(0).rstrip())
        start = m.end()
    if text[start:].strip():
        yield start, len(text.rstrip())


def _is_heading(paragraph: str) -> bool:
    return not paragraph.rstrip().endswith(_TERMINAL)


def segment(cleaned: str, nlp: Any | None) -> list[Sentence]:
    """Cut ``cleaned`` into sentences (parsed with ``nlp`` when given)."""
    return segment_many([cleaned], nlp)[0]


def segment_many(texts: list[str], nlp: Any | None, *, batch_size: int = 64) -> list[
        list[Sentence]]:
    """Sentences of several cleaned texts; all paragraphs go through one ``nlp.pipe``."""
    paras = [list(paragraphs(t)) for t in texts]
    flat = [p for ps in paras for _, p in ps]
    docs: Iterable[Any] = (nlp.pipe(flat, batch_size=batch_size) if nlp is not None
                           else iter([None] * len(flat)))
    docs = iter(docs)
    return [_sentences(ps, [next(docs) for _ in ps], standfirst(t, ps), titled(t, ps))
            for t, ps in zip(texts, paras, strict=True)]


_TITLE_CHARS = 150  # a longer first line is a lead, not a headline


def _blanked_after(cleaned: str, paras: list[tuple[int, str]], i: int) -> bool:
    """Whether furniture that cleaning blanked (a byline, a photo line, a dateline) follows
    paragraph ``i``, before the text of the next one."""
    start, para = paras[i]
    stop = paras[i + 1][0] if i + 1 < len(paras) else len(cleaned)
    return " " in cleaned[start + len(para):stop]


def titled(cleaned: str, paras: list[tuple[int, str]]) -> bool:
    r"""Whether the first line is a headline though it ends like a sentence ("Port Deal
    Slips. Dockers Walk Out.", 'Union Says "Not This Year"'): a short
    first paragraph followed, directly or after a standfirst, by furniture that cleaning
    blanked (a byline, a photo line, a dateline). Like any headline it is no evidence
    (coding guide, section 6).

    >>> text = "Talks stall. Union balks.\n        \nThe union said no.\nThe firm waited."
    >>> titled(text, list(paragraphs(text)))
    True
    >>> text = "The union said no. The firm waited.\nThe union said more.\nThe firm said less."
    >>> titled(text, list(paragraphs(text)))
    False
    """
    if len(paras) < 3 or paras[0][0] != 0 or len(paras[0][1]) > _TITLE_CHARS:
        return False
    return _blanked_after(cleaned, paras, 0) or _blanked_after(cleaned, paras, 1)


def standfirst(cleaned: str, paras: list[tuple[int, str]]) -> bool:
    r"""Whether the paragraph after the headline is a standfirst, the summary set between
    headline and byline ("The union wants 7 percent; the employer says 3 is the limit."):
    a plain paragraph after a headline and before a byline or a dateline (lines that
    cleaning blanked, :mod:`kg.extract.clean`). Like the headline, it restates the body and
    is no evidence (coding guide, section 6).

    >>> text = "Talks stall\nThe union wants more. The firm says no.\n    \n  The union said ..."
    >>> standfirst(text, list(paragraphs(text)))
    True
    >>> text = "Talks stall\nThe union rejected the offer on Monday.\nThe firm said no."
    >>> standfirst(text, list(paragraphs(text)))
    False
    """
    if len(paras) < 3 or not _is_heading(paras[0][1]) or _is_heading(paras[1][1]):
        return False
    (start, para), (after, _) = paras[1], paras[2]
    if cleaned[:start].rsplit("\n", 1)[-1]:
        return False  # the lead itself, its dateline blanked
    return any(line for line in cleaned[start + len(para):after].split("\n")[1:])


def _sentences(paras: list[tuple[int, str]], docs: list[Any], dek: bool = False,
               title: bool = False) -> list[Sentence]:
    sentences: list[Sentence] = []
    for p_index, ((base, para), doc) in enumerate(zip(paras, docs, strict=True)):
        heading = _is_heading(para) or (title and p_index == 0)
        if doc is None:
            ranges = [(s, e, None) for s, e in regex_sentences(para)]
        else:
            ranges = [(s.start_char, s.end_char, s) for s in _merged_sents(doc)]
        for s, e, span in ranges:
            text = para[s:e]
            lead = len(text) - len(text.lstrip())
            text = text.strip()
            if not text:
                continue
            sentences.append(
                Sentence(len(sentences), base + s + lead, base + s + lead + len(text), text,
                         p_index, heading, span, base, dek and p_index == 1)
            )
    return sentences


def _merged_sents(doc: Any) -> list[Any]:
    """spaCy sentences, re-joining a lone closing quote or a fragment without a verb."""
    sents = [s for s in doc.sents if s.text.strip()]
    merged: list[Any] = []
    for sent in sents:
        text = sent.text.strip()
        glue = merged and (
            len(text) <= 2
            or text[:1].islower()
            or not merged[-1].text.rstrip().endswith((".", "!", "?", '"', "'"))
        )
        if glue:
            merged[-1] = doc[merged[-1].start:sent.end]
        else:
            merged.append(sent)
    return merged
