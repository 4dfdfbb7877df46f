"""Speakers the dependency parse leaves implicit: the name between a closing quotation
mark and "said" when the parse lost the subject, and the reporter a pronoun subject of
reported speech stands for ("Rwanda said it welcomed ...")."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from kg.extract.actors import Actor
from kg.extract.lexicon import words
from kg.extract.segment import Sentence
from kg.extract.syntax import subject_of

ActorOf = Callable[[Sentence, Any], "Actor | None"]
PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "hers"}
COLLECTIVE_PRONOUNS = {"it", "its", "they", "their"}


def after_quote(sent: Sentence, verb: Any, actor_of: ActorOf) -> Any | None:
    """The speaker named between a closing quotation mark and the speech verb
    ('..." the federation's secretary-general, Henrik Aas, said.'): the token of the named
    person there, else of the named collective; ``None`` if nobody is named."""
    quote = next((t.i for t in reversed(sent.span[:verb.i - sent.span.start])
                  if '"' in t.text), None)
    if quote is None or verb.i - quote > 12:
        return None
    named = [(actor_of(sent, t), t) for t in sent.span.doc[quote + 1:verb.i]]
    found = sorted(((a, t) for a, t in named if a is not None), key=lambda at: at[0].type != "person")
    return found[0][1] if found else None


def reporter(sent: Sentence, pronoun: Any, subject_of: Callable[[Any], Any | None],
             actor_of: ActorOf) -> Actor | None:
    """The actor a pronoun subject of reported speech stands for: the subject of the
    speech verb, when number and gender agree ("Rwanda said it welcomed ..." -> Rwanda;
    "Merz said it was ..." -> nobody)."""
    subject = told_by(pronoun, subject_of)
    if subject is None:
        return None
    actor = actor_of(sent, subject)
    lower = pronoun.lower_
    if actor is None or lower not in PERSON_PRONOUNS | COLLECTIVE_PRONOUNS:
        return None
    return actor if (lower in PERSON_PRONOUNS) == (actor.type == "person") else None


def told_by(pronoun: Any, subject_of: Callable[[Any], Any | None]) -> Any | None:
    """The named or described subject of the speech verb whose reported clause a pronoun
    is the subject of ("The port authority said it wanted ..." -> "authority"); ``None``
    when there is none or it is a pronoun itself."""
    clause = pronoun.head
    if pronoun.dep_ not in {"nsubj", "nsubjpass"} or clause.dep_ != "ccomp" or \
            clause.head.lemma_.lower() not in words("speech", "speech"):
        return None
    subject = subject_of(clause.head)
    return None if subject is None or subject.pos_ == "PRON" or subject.i == pronoun.i \
        else subject


def before_comma(sent: Sentence, verb: Any, actor_of: ActorOf) -> Any | None:
    """The speaker named between commas right before a speech verb that the parse left
    without a subject ("The minister chairing the talks, Australia's Jane Roe, said ..."):
    the token of the named person there (else of a named collective); ``None`` if the verb
    does not follow a comma or nobody is named back to the comma before. When the parse
    made an inserted participle the main verb ("X, asked about it, said ..."), its
    subject."""
    doc = sent.span.doc
    i = verb.i - 1
    while i >= sent.span.start and doc[i].dep_ in {"aux", "neg", "advmod"}:
        i -= 1
    if i <= sent.span.start or doc[i].text != ",":
        return None
    named = []
    for tok in reversed(doc[sent.span.start:i]):
        if tok.text in {",", '"', "\u201d"}:
            break
        actor = actor_of(sent, tok)
        if actor is not None:
            named.append((actor.type != "person", tok))
    if not named and verb.dep_ == "dep" and verb.head.i < verb.i:
        return subject_of(verb.head)  # "X, asked about it, said ...": parsed as "X asked"
    clause = next((a for a in doc[i - 1].ancestors if a.dep_ == "relcl"), None) if \
        i > sent.span.start else None
    if clause is not None and clause.head.i < clause.i and actor_of(sent, clause.head):
        return clause.head  # "X, who directs the Y Centre, said": X, not the centre
    return min(named, key=lambda n: n[0])[1] if named else None


def name_before(sent: Sentence, verb: Any, actor_of: ActorOf) -> Any | None:
    """The named person right before a speech verb the parse left without a subject
    ("..., Deputy Minister of Trade Ana Ruiz said on Monday"): the name's last token."""
    if verb.i <= sent.span.start:
        return None
    tok = verb.nbor(-1)
    actor = actor_of(sent, tok)
    return tok if actor is not None and actor.type == "person" else None


def fronted_name(sent: Sentence, verb: Any, actor_of: ActorOf) -> Any | None:
    """A named actor opening the clause and set off by a comma that the parse hung on the
    verb as a modifier ("Norland, for its part, is pushing for ...", "Oslo, meanwhile, wants
    ..."): the verb's subject."""
    lead = next((c for c in verb.children if c.dep_ == "npadvmod" and c.i < verb.i), None)
    if lead is None or lead.pos_ != "PROPN" or lead.i + 1 >= verb.i or \
            verb.doc[lead.i + 1].text != "," or actor_of(sent, lead) is None:
        return None
    return lead


def nested_speaker(sent: Sentence, verb: Any, subject_of: Callable[[Any], Any | None],
                   actor_of: ActorOf, acts: bool = False) -> Actor | None:
    """The named person whose words a speech verb reports in turn ("the spokesman said
    that the President had told Trump that Russia would never accept ...", "... had made
    it clear that ..."): the subject of a speech verb in the reported clause, if it names
    a person. With ``acts``, also of an attitude verb: a body reporting what one of its
    officers did ("Ruiz offered to host the talks, the ministry said")."""
    verbs = words("speech", "speech") | (words("speech", "attitude") if acts else frozenset())
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        if clause.lemma_.lower() not in verbs and not made_clear(clause) and not relayed(clause):
            continue
        inner = subject_of(clause)
        actor = actor_of(sent, inner) if inner is not None else None
        if actor is not None and actor.type == "person":
            return actor
    return None


def closing_source(sent: Sentence, tok: Any) -> bool:
    """ "according to" after a comma with no verb after it: the source of the whole
    sentence ("Lorvania would free the men only if Belmark returned the boat, according to
    Ruiz."), wherever the parse hung it."""
    doc = tok.doc
    return tok.i > sent.span.start and doc[tok.i - 1].text == "," and not any(
        t.pos_ in {"VERB", "AUX"} for t in doc[tok.i + 1:sent.span.end])


def made_clear(verb: Any) -> bool:
    """ "had made it clear that ...", "made clear that ...", "was very clear that ...": a
    speech act."""
    lemma = verb.lemma_.lower()
    if lemma == "be":
        return any(c.lower_ == "clear" and c.dep_ == "acomp" for c in verb.children) and any(
            c.dep_ == "ccomp" for c in verb.children)
    return lemma == "make" and any(
        c.lower_ == "clear" and c.dep_ in {"ccomp", "acomp", "oprd", "xcomp", "dobj"}
        for c in verb.children)


# Verbs by which one tells another what he wants done or thinks, not listed as speech verbs
# because alone they report no position ("the ministry informed the union of the date").
_RELAY_VERBS = {"inform", "instruct", "assure", "notify"}


def relayed(verb: Any) -> bool:
    """An active verb of telling someone something ("the President had informed the envoy
    that ...", "had instructed him to ...", "had assured her that ..."): whoever reports
    it relays its subject's words."""
    return verb.lemma_.lower() in _RELAY_VERBS and not any(
        c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)


_VIEW_NOUNS = {"view", "opinion", "estimation", "judgment", "judgement", "assessment", "words"}
# "In her view, ...", "In his own view ...", "In their reading, ...": the possessive, an optional
# "own", the view noun, then the claim (a comma, or straight on: "In his view the levy is ...")
_VIEW_RE = re.compile(r"in\s+(\w+)\s+(?:own\s+)?(?:" + "|".join(sorted(_VIEW_NOUNS | {"reading"}))
                      + r")(?:,\s*|\s+)(?=\S)", re.IGNORECASE)


def view_frame(sent: Sentence) -> str | None:
    """The possessive pronoun of a sentence opening with the speaker's point of view ("In
    his view, Kyiv should ...", "In their words, ..."): the sentence is that speaker's
    statement; ``None`` if the sentence does not open so."""
    found = _VIEW_RE.match(sent.text.lstrip(' "\u201c'))
    if found is None:
        return None
    owner = found.group(1).lower()
    return owner if owner in PERSON_PRONOUNS | COLLECTIVE_PRONOUNS else None


def trailing_attribution(clause: Any, speech: frozenset[str]) -> bool:
    """ "Norway backed the plan, the ministry's spokeswoman said": a speech verb after a
    comma, with its own subject and nothing reported after it, that the parse hung under
    the clause it attributes as if it were that clause's content."""
    if clause.dep_ != "ccomp" or clause.lemma_.lower() not in speech or clause.i < clause.head.i:
        return False
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i > clause.i or any(
            c.dep_ in {"ccomp", "xcomp"} and c.i > clause.i for c in clause.children):
        return False
    before = subject.left_edge.i - 1
    return before > clause.head.i and clause.doc[before].text == ","


def _anonymous(noun: Any) -> bool:
    """A source nobody is named for: "people familiar with the talks", "sources close to
    the delegation", "a government source" (coding guide 1: not an actor); "a Russian
    source" is tied to a named actor."""
    if noun.lemma_.lower() == "source":
        return not any(c.dep_ in {"amod", "compound"} and c.text[:1].isupper()
                       for c in noun.children)
    return any(t.lower_ == "familiar" for t in noun.subtree)


def anonymous_report(tokens: list[Any]) -> set[int]:
    """The tokens of what an anonymous source reports ("People familiar with the talks
    said the firm had signalled flexibility", "..., according to a person familiar with
    the plan"): a statement there has no attributed speaker, so it is not coded, whoever
    its subject is (coding guide 1: "a person familiar with the talks said" -> not coded).
    A named witness ("according to three aides who were in the room") is not anonymous.
    ``tokens``: the sentence's tokens (:attr:`Sentence.tokens`)."""
    out: set[int] = set()
    for tok in tokens:
        if tok.lower_ == "according" and tok.i < tokens[-1].i and tok.nbor(1).lower_ == "to":
            source = next((c for c in tok.nbor(1).children if c.dep_ == "pobj"), None)
            if source is not None and _anonymous(source):
                out.update(t.i for t in tokens)
        elif tok.dep_ == "nsubj" and tok.pos_ in {"NOUN", "PROPN"} and _anonymous(tok) and \
                tok.head.lemma_.lower() in words("speech", "speech"):
            out.update(t.i for t in tok.head.subtree)
    return out


_DETERMINERS = {"the", "their", "its"}
# A body named by its kind: workers call their union a "union" whatever its name says.
_KIND_NAMES = {"union": {"union", "association", "federation", "congress", "confederation"}}


def named_later(sent: Sentence, subject: Any, actors: list[Actor], since: int) -> Actor | None:
    """The organisation a wire lede's "their union said" / "the teachers' union said" names
    before the article does: the one organisation whose name has the subject's head noun
    (for "union", also "association", "federation" ...) and that the body, which starts at
    offset ``since`` (after headline and standfirst), names only after this sentence
    ("Pilots will strike unless ..., their association said. The National Pilots'
    Association ..."); of several, the one whose name has a noun of the subject's phrase
    ("the largest union of air traffic controllers"); ``None`` when the noun is not
    definite, or no organisation or more than one fits."""
    if subject.pos_ != "NOUN" or not any(c.lower_ in _DETERMINERS or c.dep_ == "poss"
                                         for c in subject.children):
        return None
    head = subject.lemma_.lower()
    kinds = _KIND_NAMES.get(head, {head})
    named = [a for a in actors if a.type == "organization" and a.mentions and
             kinds & _label_words(a)]
    if len(named) > 1:  # "the union of air traffic controllers": the one its words name
        qualifiers = {t.lower_ for t in subject.subtree if t.i != subject.i and t.pos_ == "NOUN"}
        named = [a for a in named if qualifiers & _label_words(a, plural=True)]
    if len(named) != 1 or any(since <= m < sent.end for m in named[0].mentions):
        return None
    return named[0]


def _label_words(actor: Actor, plural: bool = False) -> set[str]:
    """The lower-cased words of an actor's label ("controllers" of "Controllers' Union");
    with ``plural``, also each word with an "s" (a phrase's "pilots" names "Pilot Guild")."""
    found = actor.label_words
    return found | {w + "s" for w in found} if plural else found


def _framing(verb: Any) -> bool:
    """A clause that announces its subject's words: "was blunt" (an adjective of plain
    speaking), "gave the plan a mixed verdict", "has set one condition" (a noun for what
    someone says)."""
    objects = [c for c in verb.children if c.dep_ in {"acomp", "attr", "dobj"}]
    if verb.lemma_ == "be":
        manner = words("speech", "manner_adjectives")
        return any({c.lemma_.lower(), c.lower_[:-2], c.lower_[:-1]} & manner for c in objects)
    return any(c.lemma_.lower() in words("speech", "framing_nouns") for c in objects)


def framing_colon(colon: Any) -> Any:
    """The verb before ``colon`` of a clause that announces its subject's words and runs up
    to the colon ("the minister was categorical: there would be no vote"), when a clause
    follows the colon, else ``None``."""
    doc = colon.doc
    verb = next((t for t in doc[colon.sent.start:colon.i] if t.pos_ in {"VERB", "AUX"} and
                 t.right_edge.i >= colon.i - 1 and _framing(t)), None)
    after = doc[colon.i + 1:colon.sent.end]
    return verb if verb is not None and any(t.pos_ in {"VERB", "AUX"} for t in after) else None
