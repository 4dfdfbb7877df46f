"""A negotiating party's expectation of another's act: a demand.

"Ankara expects the plant to be closed", "the ministry said it expected the union to call
off the strike", "we expect Kyiv to remove the terminal from its list": a state or an
organisation that expects something of another party, or expects a measure to be carried
out, states what it wants (the value table's "demands"; the development sheets code each such
sentence as `support` toward the act expected). A commentator's expectation is a forecast
(coding guide, section 6; :mod:`kg.extract.commentary`), and so is one with no other party
or measure as the subject of what is expected ("expects to announce its decision in May"),
a negated one ("does not expect the talks to end soon"), a passive one ("talks are
expected to resume"), an unnamed group's ("diplomats expect the round to overrun") and one in
a relative clause, which describes ("the flights it expects airlines to cancel"): none of
those is read here.
"""

from __future__ import annotations

from typing import Any

EXPECT = "expect"  # the lemma of the verb read here


def _infinitive_with_subject(verb: Any) -> bool:
    """A "to"-infinitive with a subject of its own ("the plant to be closed", "Kyiv to
    remove"), as the parse gives it: the clause itself, or an object with the infinitive."""
    for c in verb.children:
        if c.dep_ in {"ccomp", "xcomp"} and any(a.dep_ == "aux" and a.lower_ == "to"
                                                for a in c.children):
            if any(s.dep_ in {"nsubj", "nsubjpass"} for s in c.children):
                return not any(n.dep_ == "neg" for n in c.children)
            if c.dep_ == "xcomp" and any(o.dep_ == "dobj" and o.i < c.i for o in verb.children):
                return not any(n.dep_ == "neg" for n in c.children)
    return False


def _unnamed_group(verb: Any) -> bool:
    """Whether the subject of ``verb`` is a bare plural common noun ("negotiators privately
    expected", "diplomats expect"): an unnamed group's forecast, not the holder's demand."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.tag_ == "NNS" and not any(
        c.dep_ in {"det", "poss"} for c in subject.children)


def expected_act(span: Any, start: int, end: int) -> bool:
    """Whether the tokens of ``span`` between the character offsets ``start`` and ``end``
    (in the span's document) hold an expectation of another's act: an active, non-negated
    form of "expect" with a "to"-infinitive that has a subject of its own."""
    for tok in span:
        if tok.lemma_.lower() != EXPECT or tok.pos_ not in {"VERB", "AUX"} or \
                not start <= tok.idx < end:
            continue
        if any(c.dep_ in {"neg", "auxpass", "nsubjpass"} for c in tok.children) or \
                tok.dep_ in {"relcl", "acl"} or _unnamed_group(tok):
            continue
        if _infinitive_with_subject(tok):
            return True
    return False
