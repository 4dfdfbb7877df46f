"""The topic of an article: the issue its statements take when they name none.

An article's cues are counted once each (:func:`article_cues`), those of its headlines
more often; the issue named most, and densely enough, is its topic (:func:`dominant`), and
one named nearly as often is a second topic (:func:`with_topics`).
:meth:`kg.extract.issues.IssueScheme.for_article` counts the same cues (:func:`cue_counts`)
to give each cue with several senses the one its article supports.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.issue_lexicon import cue_code
from kg.extract.issue_words import in_name

if TYPE_CHECKING:
    from kg.extract.issues import IssueScheme

DOMINANT_MIN = 3  # an issue named fewer times is not the article's topic (then: no prior)
TOPIC_DENSITY = 1 / 6  # nor one named in fewer than one in six of a long article's sentences
TOPIC_MIN = 6  # (at most this many mentions are asked for, however long the article)
TOPIC_VARIETY = 2  # unless it leads, named by this many different unambiguous phrases
LEAD_SHARE = 0.75  # the lede's first matter named this share as often as the topic is the topic
SECOND_TOPIC_SHARE = 0.9  # an issue named this share as often as the topic is a second topic
PROCESS_DOMINANT_WEIGHT = 0.25  # how much a process word counts toward the article's topic
HEADLINE_WEIGHT = 3  # a cue in the headline counts this often toward the article's topic
SUBHEADING_WEIGHT = 2  # a cue in a later heading (a section title)
LEDE_SENTENCES = 0  # the opening sentences of the body: the lede
LEDE_WEIGHT = 1  # a cue in the lede counts this often toward the article's topic
VARIED_MIN = 3  # a matter named by this many different unambiguous phrases ...
VARIED_MARGIN = 2  # ... and by this many more than a topic named by one phrase replaces it
AMBIGUOUS_SHARE = 2  # an issue named only ambiguously, this many times as often as any other


def article_cues(scheme: IssueScheme, texts: list[str], headlines: list[str]) -> list[tuple[str, str, float]]:
    """Each cue of an article once: (phrase, issue, weight), the lede's sentences weighing
    ``LEDE_WEIGHT``, headlines ``HEADLINE_WEIGHT`` (subheadings ``SUBHEADING_WEIGHT``); cue
    phrases inside the names of parties count too (:func:`name_cues`)."""
    weighted = [*((t, LEDE_WEIGHT if i < LEDE_SENTENCES else 1) for i, t in enumerate(texts)),
                *((h, HEADLINE_WEIGHT if i == 0 else SUBHEADING_WEIGHT)
                  for i, h in enumerate(headlines))]
    return [(phrase, code, factor) for text, factor in weighted
            for phrase, code in [*scheme.matches(text), *scheme.named(text)]]


def name_cues(scheme: IssueScheme, text: str) -> list[tuple[str, str]]:
    """(phrase, issue) for each cue phrase of several words inside a proper name in ``text``
    ("the Green Climate Fund"): no issue where it stands, but a party named after a matter
    says what kind of talks the article reports."""
    low = text.lower().replace("\u2019", "'")
    found = []
    for m in scheme.pattern.finditer(low):
        phrase = m.group(0)
        code = cue_code(scheme.cues, phrase)
        if (code and " " in phrase and phrase not in scheme.process
                and in_name(text, m.start(), m.end())):
            found.append((phrase, code))
    return found


def cue_counts(scheme: IssueScheme, cues: list[tuple[str, str, float]], *,
               monosemous: bool = False, firm: bool = False) -> Counter[str]:
    """Occurrences of each issue's ``cues`` (:func:`article_cues`; process words a quarter);
    ``monosemous``: only cues with one sense; ``firm``: only unambiguous cues."""
    total: Counter[str] = Counter()
    for phrase, code, factor in cues:
        if (monosemous and phrase in scheme.senses) or phrase in scheme.background:
            continue
        if firm and (phrase in scheme.weak or phrase in scheme.process):
            continue
        total[code] += factor * (PROCESS_DOMINANT_WEIGHT if phrase in scheme.process else 1)
    return total


def dominant(scheme: IssueScheme, texts: list[str], headlines: list[str] | None = None) -> str | None:
    """The issue most cued across an article, or ``None``. Every occurrence counts
    once, ambiguous and long cues alike: across a whole article, frequency settles the
    topic (a few long phrases about the talks' format must not outweigh it). Words of
    the negotiating process itself ("delegation", "envoy") count a quarter: every
    article about talks has them, whatever the talks are about; the generic goods and
    places of the ``background`` list ("oil", "gas", "shipping", "ports") not at all:
    sanctions, truces and borders are fought over them too (in its sentence such a
    word is still a cue). An issue named fewer than ``DOMINANT_MIN`` times is no topic:
    the talks are about something outside the scheme, and statements without issue
    words fall back to ``other``. In a long article
    an issue must also be named in one of every six sentences (``TOPIC_DENSITY``, up to
    ``TOPIC_MIN`` mentions): a few passing words ("oil producers", "a new fund") across
    thirty sentences do not make a plastics treaty an economic deal (unless they name the
    only matter the article names: :func:`_topic`). A headline names
    the topic of the whole article: its cues count ``HEADLINE_WEIGHT`` times.

    >>> from kg.extract.issues import load_scheme
    >>> filler = ["The two sides met again on Friday."] * 28
    >>> dominant(load_scheme(), ["A new fund was proposed.", "Oil producers objected.",
    ...                          "The fund would be small.", "Plastics are the aim.", *filler])
    >>> dominant(load_scheme(), ["A new fund was proposed.", "Oil producers objected.",
    ...                          "The fund would be small."])
    'economic_cooperation'
    """
    return _chosen(scheme, texts, headlines)[0]


def _chosen(scheme: IssueScheme, texts: list[str],
            headlines: list[str] | None) -> tuple[str | None, Counter[str]]:
    """The article's topic (:func:`dominant`) and the issue counts it was chosen from."""
    cues = article_cues(scheme, texts, headlines or [])
    total = _named(scheme, cues)
    topic = _topic(scheme, total, len(texts), _variety(scheme, cues), _lead(scheme, texts),
                   (_headed(scheme, headlines), _spread(scheme, texts)))
    return _ambiguous(scheme, cues, total, topic, len(texts))


def _ambiguous(scheme: IssueScheme, cues: list[tuple[str, str, float]], total: Counter[str],
               topic: str | None, sentences: int) -> tuple[str | None, Counter[str]]:
    """``topic``, unless the article has none but the talks' own matter (the meeting
    itself) and one issue named only by ambiguous words ("customs", "water", "a
    concession") is the most named, ``AMBIGUOUS_SHARE`` times as often as any issue named
    unambiguously, and densely (:func:`_dense`) by words of one sense ("inspectors" may be
    nuclear, trade or truce inspectors: the article's topic decides which): the matter
    negotiated is what an article keeps returning to, however it words it (coding guide
    5: the most specific code, ``other`` the last resort); then that issue, with
    ``total`` counting it."""
    if topic is not None and topic not in _talks(scheme):
        return topic, total
    ranked = cue_counts(scheme, cues).most_common(2)
    if not ranked or ranked[0][0] in total:
        return topic, total
    code, count = ranked[0]
    runner = max(total.values(), default=0)
    single = cue_counts(scheme, cues, monosemous=True)
    if count >= AMBIGUOUS_SHARE * runner and single[code] >= _dense(sentences):
        return code, Counter({**total, code: count})
    return topic, total


def _named(scheme: IssueScheme, cues: list[tuple[str, str, float]]) -> Counter[str]:
    """:func:`cue_counts` of the issues the article names at least once by an unambiguous
    cue: an issue named only by ambiguous words ("quota", "strikes") is no topic (unless
    the article names little else: :func:`_ambiguous`)."""
    firm = cue_counts(scheme, cues, firm=True)
    return Counter({code: n for code, n in cue_counts(scheme, cues).items() if firm[code] > 0})


def _variety(scheme: IssueScheme, cues: list[tuple[str, str, float]]) -> Counter[str]:
    """How many different unambiguous cue phrases name each issue across an article."""
    seen = {(p, c) for p, c, _ in cues
            if p not in scheme.weak and p not in scheme.process and p not in scheme.background}
    return Counter(c for _, c in seen)


def _lead(scheme: IssueScheme, texts: list[str]) -> str | None:
    """The issue of the first cue of the article's first sentence, not counting words of
    the talks themselves (the ``process`` list) and generic goods (``background``): the
    matter the lede puts first ("Kyiv and Moscow extended their truce and agreed to swap
    detainees" is first about the truce)."""
    talks = _talks(scheme)
    for phrase, code in scheme.matches(texts[0]) if texts else []:
        if phrase not in scheme.process and phrase not in scheme.background and code not in talks:
            return code
    return None


def _headed(scheme: IssueScheme, headlines: list[str] | None) -> set[str]:
    """The issues the article's (first) headline names."""
    return {code for _, code in scheme.matches(headlines[0])} if headlines else set()


def _spread(scheme: IssueScheme, texts: list[str]) -> Counter[str]:
    """In how many of the article's sentences each issue is named by an unambiguous cue."""
    return Counter(code for text in texts for code in {
        c for p, c in scheme.matches(text)
        if p not in scheme.weak and p not in scheme.process and p not in scheme.background})


def _talks(scheme: IssueScheme) -> set[str]:
    """The issues the words of the talks themselves (the ``process`` list) belong to."""
    return {scheme.cues[p] for p in scheme.process if p in scheme.cues}


def _topic(scheme: IssueScheme, total: Counter[str], sentences: int,
           variety: Counter[str] | None = None, lead: str | None = None,
           where: tuple[set[str], Counter[str]] | None = None) -> str | None:
    """The topic the issue counts ``total`` of an article of ``sentences`` sentences
    name (:func:`dominant`). An issue named less densely is still the topic when it leads
    every other issue and ``variety`` shows it named by ``TOPIC_VARIETY`` different
    unambiguous phrases: a long interview about one matter ("an amnesty", "a referendum",
    "elections"), not one word repeated. So is an issue that is the only one the article
    names by an unambiguous phrase (besides the talks themselves, which every article
    about negotiations names): a live blog on a trade rule that says "customs" and "trade"
    now and then, but names no other matter, is about trade. The matter the article's
    first sentence names first (``lead``: :func:`_lead`) is the topic instead of the most
    named one when it is named at least ``LEAD_SHARE`` as often and is a topic by these
    tests itself: the lede puts first what the talks are about, and later paragraphs
    dwell on side matters (a strike threat over a concession, detainees freed in a truce)."""
    if not total:
        return None
    first = total.most_common(1)[0][0]
    if lead and lead != first and total[lead] >= LEAD_SHARE * total[first]:
        led = _settled(scheme, total, lead, sentences, variety)
        if led is not None:
            return _varied(scheme, total, led, variety, where)
    return _varied(scheme, total, _settled(scheme, total, first, sentences, variety), variety, where)


def _varied(scheme: IssueScheme, total: Counter[str], topic: str | None,
            variety: Counter[str] | None,
            where: tuple[set[str], Counter[str]] | None) -> str | None:
    """``topic``, unless it is named by one unambiguous phrase only, however often (a group
    of people the talks are about, a word of the talks' format) and another matter
    (not the talks themselves) is named at least ``DOMINANT_MIN`` times by ``VARIED_MIN``
    different unambiguous phrases, ``VARIED_MARGIN`` more than the topic: what the parties
    argue over is named in many ways ("hostage", "kidnapped", "release"; "wages",
    "strike", "pensions"), the people or the body it concerns by one recurring word. A topic
    the headline names gives way only to a matter the headline names too, and the matter
    must be named in ``DOMINANT_MIN`` sentences, not listed in one (``where``: the issues
    the headline names, and in how many sentences each is named: :func:`_spread`)."""
    if topic is None or not variety or not where or variety[topic] > 1:
        return topic
    headed, spread = where
    talks = _talks(scheme)
    rivals = [c for c in total if c != topic and c not in talks
              and (topic not in headed or c in headed)]
    best = max(rivals, key=lambda c: (variety[c], total[c]), default=None)
    if (best is not None and variety[best] >= max(VARIED_MIN, variety[topic] + VARIED_MARGIN)
            and total[best] >= DOMINANT_MIN and spread[best] >= DOMINANT_MIN):
        return best
    return topic


def _settled(scheme: IssueScheme, total: Counter[str], code: str, sentences: int,
             variety: Counter[str] | None) -> str | None:
    """``code`` (or the frame that absorbs it) as the article's topic, if named densely
    enough (:func:`_topic`), else ``None``."""
    code = scheme.frames.topic(total, code)
    needed = _dense(sentences)
    runner = max((n for c, n in total.items() if c != code), default=0)
    if variety and variety[code] >= TOPIC_VARIETY and total[code] > runner:
        needed = DOMINANT_MIN
    talks = _talks(scheme)
    if variety is not None and not any(variety[c] for c in total if c != code and c not in talks):
        needed = DOMINANT_MIN  # the only matter the article names unambiguously
    return code if total[code] >= needed else None


def _dense(sentences: int) -> float:
    """How often an issue must be named in an article of ``sentences`` sentences to be its
    topic (:data:`TOPIC_DENSITY`, at least ``DOMINANT_MIN``, at most ``TOPIC_MIN``)."""
    return min(max(DOMINANT_MIN, sentences * TOPIC_DENSITY), TOPIC_MIN)


def with_topics(scheme: IssueScheme, texts: list[str],
                headlines: list[str] | None = None) -> tuple[IssueScheme, str | None]:
    """The article's topic (:func:`dominant`) and ``scheme`` with its second topic,
    from one count of the article's cues: an issue named at least ``SECOND_TOPIC_SHARE``
    as often as the topic and at least
    ``DOMINANT_MIN`` times. An article about two matters in equal measure (a coalition's
    budget row over a pay freeze, a truce and a detainee swap agreed together) has two
    topics: a statement naming the second one, even by one ambiguous word, gets the same
    bonus as the first, so the first's bonus no longer decides it alone; statements
    naming neither still take the topic."""
    topic, total = _chosen(scheme, texts, headlines)
    if topic is None:
        return scheme, None
    for code, count in total.most_common(3):
        if code != topic and count >= max(SECOND_TOPIC_SHARE * total[topic], DOMINANT_MIN):
            return replace(scheme, second=code), topic
    return scheme, topic
