"""Token-level helpers over a spaCy parse, shared by attribution: coordination, passive
agents, noun-phrase extent, statement text, tokens by depth, verb filters, phrasal verbs,
relative pronouns and subjects the parse misplaced."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from kg.extract.lexicon import words

_NOUN_CUES = {"offer", "offers", "demand", "demands", "support", "proposal", "backing", "pledge",
              "promise", "veto", "boycott", "block", "sign", "welcome", "call", "calls",
              "interest", "interests", "need", "needs"}
_EXPRESS_VERBS = {"voice", "express", "signal", "reiterate", "repeat", "pledge", "give", "lend",
                  "declare", "announce", "confirm", "show", "throw", "renew", "restate"}


_RELATIVES = {"whose", "which", "who", "whom"}
_CONDITIONAL_MARKS = {"if", "unless", "provided", "providing", "once", "until", "whether"}


def conjuncts(tok: Any) -> list[Any]:
    """A subject and every subject joined to it ("Britain, France and Germany"), also one
    the parse hung before it as a modifier carrying the "and" ("President X and Chancellor
    Y said": X an ``nmod`` of Y) or on the name in apposition to it ("the union X and the
    union Y said": the second "union" a ``conj`` of X)."""
    out = [tok]
    for child in tok.children:
        if child.dep_ == "conj":
            out.extend(conjuncts(child))
        elif child.dep_ == "nmod" and child.i < tok.i and child.pos_ == "PROPN" and any(
                c.dep_ == "cc" and c.lower_ == "and" for c in child.children):
            out[:0] = [child]
        elif child.dep_ == "prep" and child.lower_ == "of" and tok.pos_ == "PROPN":
            out.extend(_hung_on_place(child))
        elif child.dep_ == "appos" and child.pos_ == "PROPN" and tok.pos_ == "NOUN":
            out.extend(c for c in child.children if c.dep_ == "conj" and c.pos_ == "NOUN" and
                       any(a.dep_ == "appos" and a.pos_ == "PROPN" for a in c.children))
    return out


def _hung_on_place(of: Any) -> list[Any]:
    """A second name the parse joined to the place of the first ("X of France and
    Germany's Y": Y a ``conj`` of France): a named person, given name or possessive
    before it."""
    return [c for p in of.children if p.dep_ == "pobj" and p.pos_ == "PROPN"
            for c in p.children if c.dep_ == "conj" and c.pos_ == "PROPN" and any(
                g.dep_ in {"compound", "poss"} for g in c.children)]


def passive_agent(verb: Any) -> Any | None:
    """The agent of a passive verb ("was rejected by Denmark", "a plan backed by Chile"),
    or ``None``."""
    if not any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children) and not (
            verb.tag_ == "VBN" and verb.dep_ in {"acl", "advcl", "relcl"}):  # "as proposed by"
        return None
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def own_tokens(tok: Any) -> list[Any]:
    """The tokens of a noun phrase without its coordinated phrases and clauses."""
    out, todo = [], [tok]
    while todo:
        cur = todo.pop()
        out.append(cur)
        todo.extend(c for c in cur.children if c.dep_ not in {"conj", "cc", "relcl", "acl"}
                    and c.left_edge.lower_ not in _RELATIVES)
    return sorted(out, key=lambda t: t.i)


def _adverbial_back(tok: Any) -> bool:
    """"back" as an adverb or a verb's particle ("gets its market back", "given back", "shoots
    back"), not the verb of support ("would back the plan"); "pushed back against" keeps its
    cue."""
    if tok.lower_ != "back" or tok.pos_ == "VERB":
        return False
    following = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return following is None or following.lower_ != "against"


def text_of(span: Any, skip: set[int]) -> str:
    """The text of ``span`` (a Span or a list of its tokens) without the ``skip`` tokens;
    nouns that look like cue verbs
    ("the offer", "a demand") and "back" as an adverb ("wants its land back") are upper-cased so
    the lower-case cue lexicon ignores them
    (not when an actor expresses them: "voiced support", "repeated its demand", nor as the
    subject of "depend": "the offer depends on"),
    while phrases built on them ("a fair offer") still match after case folding."""
    parts = []
    owed = False  # a skipped token's space, kept when the token before had none
    for tok in span:
        if tok.i in skip:
            owed = owed or bool(tok.whitespace_)
            continue
        if owed and parts and not parts[-1][-1:].isspace() and not _closing(tok):
            parts[-1] += " "
        owed = False
        word = tok.text
        if tok.pos_ in {"NOUN", "PROPN"} and tok.lower_ in _NOUN_CUES and not (
                tok.dep_ == "dobj" and tok.head.lemma_.lower() in _EXPRESS_VERBS) and not (
                tok.dep_ == "nsubj" and tok.head.lemma_.lower() == "depend"):
            prev = tok.doc[tok.i - 1] if tok.i > 0 else None
            if prev is None or prev.pos_ != "ADJ":
                word = word.upper()
        elif _adverbial_back(tok):
            word = word.upper()
        parts.append(word + tok.whitespace_)
    return "".join(parts).strip()


def by_depth(span: Any) -> list[Any]:
    """The tokens of ``span`` by distance from the root (the root first: "X said" before its
    clause), computed in one pass over the head indices."""
    tokens = list(span)
    heads = {t.i: t.head.i for t in tokens}
    depth: dict[int, int] = {}
    for t in tokens:
        path, cur = [], t.i
        while cur not in depth and heads.get(cur, cur) != cur and len(path) < 50:
            path.append(cur)
            cur = heads[cur]
        base = depth.get(cur, 0)
        for k, i in enumerate(reversed(path), 1):
            depth[i] = base + k
        depth.setdefault(t.i, base)
    return sorted(tokens, key=lambda t: depth[t.i])


# Acts whose result stands until undone: "had agreed to extend it", "had offered 4 percent"
# put a deal or an offer on the table, a current support (guide 3, reported agreements).
_STANDING_ACTS = frozenset({"agree", "offer", "propose"})


def past_position(tok: Any, is_attitude: bool) -> bool:
    """"had long opposed", "had rejected": a past position told as history (guide, section 6);
    but "X said they had agreed" is reported speech shifted into the past, and "had agreed",
    "had offered" report a deal or an offer still standing."""
    reported = tok.dep_ == "ccomp" and tok.head.lemma_.lower() in words("speech", "speech")
    if reported or tok.lemma_.lower() in _STANDING_ACTS:
        return False
    return is_attitude and tok.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ == "had" for c in tok.children)


# Joint acts whose past occurrence, told in a temporal clause, only dates something else.
_DATING_ACTS = frozenset({"agree", "sign"})
_TIME_MARKS = frozenset({"since", "after", "when"})


def dating_clause(tok: Any) -> bool:
    """ "the first exchange since the two cities signed a charter in May", "the strike
    ended when both sides agreed to a deal": a past signature or agreement in a temporal
    clause dates another event; background, no attitude now (guide, section 6). Not a
    present or future one ("will decide after the company signs"), nor a clause after a
    comma that tells what happened then ("spoke in October, when they agreed to meet")."""
    return tok.lemma_.lower() in _DATING_ACTS and tok.tag_ == "VBD" and tok.dep_ == "advcl" and any(
        c.dep_ in {"mark", "advmod"} and c.lower_ in _TIME_MARKS and c.i < tok.i
        and not (c.i > 0 and c.nbor(-1).text == ",") for c in tok.children)


def phrasal_lemma(tok: Any) -> str | None:
    """The lexicon entry of a phrasal verb ("made clear", "turned down", "put forward"): the
    lemma and its particle or adjective complement, if listed as a speech or attitude verb."""
    listed, idioms = _listed()
    lemma = tok.lemma_.lower()
    doc = tok.doc
    after = [c for c in tok.children if c.dep_ in {"prt", "ccomp", "acomp", "oprd", "advmod", "prep"}
             and c.i > tok.i]
    nxt = tok.i + (2 if tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "it" else 1)
    after += [doc[nxt]] if nxt < len(doc) else []  # the parse may hang "clear" elsewhere
    for word in after:
        phrase = f"{lemma} {word.lower_}"
        if phrase in listed and (phrase != "have none" or _of_it(word)):
            return phrase
    entries = idioms.get(lemma)
    if not entries:
        return None
    following = [t.lower_ for t in tok.doc[tok.i + 1:tok.i + 5]]
    return next((" ".join(e) for e in entries if following[:len(e) - 1] == list(e[1:])), None)


@lru_cache(maxsize=1)
def _listed() -> tuple[frozenset[str], dict[str, tuple[tuple[str, ...], ...]]]:
    """The speech and attitude entries, and those of three or more words by their first
    word: idioms matched on the words right after the verb ("has no intention of", "is in
    no hurry to")."""
    listed = words("speech", "speech") | words("speech", "attitude")
    idioms: dict[str, list[tuple[str, ...]]] = {}
    for entry in sorted(listed):
        parts = tuple(entry.split())
        if len(parts) >= 3:
            idioms.setdefault(parts[0], []).append(parts)
    return listed, {k: tuple(v) for k, v in idioms.items()}


def _of_it(word: Any) -> bool:
    """ "none of it", "none of this": the idiom of refusal, not "has none of the weapons"."""
    doc = word.doc
    return word.i + 2 < len(doc) and doc[word.i + 1].lower_ == "of" and \
        doc[word.i + 2].lower_ in {"it", "this", "that", "them"}


def phrasal_exit(tok: Any) -> bool:
    """"backed away", "pushed back", "ruled" without "out": not an attitude toward an object."""
    particles = {c.lower_ for c in tok.children if c.dep_ in {"prt", "advmod"}}
    if tok.lemma_.lower() == "rule":
        return "out" not in particles
    return bool(particles & {"away", "down", "back", "off"})


def antecedent(tok: Any) -> Any | None:
    """The noun a relative pronoun stands for ("Singapore, which ...", "Peru, whose ...")."""
    if tok.lower_ not in {"which", "who", "whose"}:
        return None
    clause = tok.head if tok.dep_ != "poss" else tok.head.head
    if clause.dep_ != "relcl" or clause.head.pos_ not in {"PROPN", "NOUN"}:
        return None
    return clause.head


def appositive_act(verb: Any, subject: Any) -> bool:
    """Whether a relative clause without a relative pronoun, on a noun set off by a comma
    after what it describes, narrates its own subject's act on it (", a request the union
    turned down", ", a higher bar than the majority the government has proposed", ", a
    move the federation is contesting"): the subject's attitude, not the speaker's."""
    if subject.dep_ != "nsubj" or subject.head.i != verb.i or subject.i > verb.i or \
            subject.lower_ in {"which", "who", "whom", "that"} or subject.pos_ == "PRON":
        return False
    noun = verb.head
    if noun.pos_ != "NOUN" or subject.i <= noun.i:
        return False
    top = noun
    while top.dep_ in {"pobj", "prep", "amod", "appos"} and top.head.i < top.i and \
            top.head.pos_ in {"NOUN", "ADP", "ADJ"}:
        top = top.head
    start = top.left_edge.i
    return start > 0 and top.doc[start - 1].text in {",", "\u2013", "\u2014"} and \
        top.doc[start].lower_ in {"a", "an"}


def misattached_subject(verb: Any) -> Any | None:
    """The subject of a verb that the parse hung on a clause before it: in "The UN, which
    co-sponsored the deal, said ..." or "Sudan, whose dams depend on ..., has backed ..."
    the model may make the name the subject of the inserted clause. The name is then
    followed by a comma, and the verb (with its auxiliaries) follows a comma. A finite
    verb the parse hung on the sentence's head noun ("The X Alliance, a coalition of
    groups, called on ...") has that noun as its subject."""
    lead = min([c.i for c in verb.children if c.dep_ in {"aux", "auxpass", "neg"}
                and c.i < verb.i] + [verb.i])
    if lead == 0 or verb.doc[lead - 1].text != ",":
        return None
    head = verb.head
    while head.dep_ == "appos" and head.head.i < head.i:
        head = head.head  # "The X Alliance, a coalition of groups, called ..."
    if verb.dep_ == "acl" and verb.tag_ in {"VBD", "VBZ", "VBP"} and head.dep_ == "ROOT" \
            and head.pos_ in {"PROPN", "NOUN"}:
        return head
    for child in verb.children:
        if child.i > verb.i or child.dep_ not in {"ccomp", "advcl", "parataxis"}:
            continue
        inner = next((c for c in child.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if inner is not None and inner.i + 1 < lead and inner.nbor(1).text == "," and \
                inner.pos_ in {"PROPN", "NOUN"}:
            return inner
    return None


_OBLIGATION_MODALS = {"would", "will", "may", "might", "could"}


def hypothetical(tok: Any) -> bool:
    """A verb in a condition ("if the union agreed to ...", "unless Iran accepts"), in an
    embedded question ("Whether Washington is prepared to ... remains unclear", "asked
    whether Moscow would accept") or under an obligation of procedure ("the Senate would
    have to ratify any treaty"): not a statement of its own subject."""
    cur = tok.head if tok.dep_ == "acomp" else tok
    if any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS for c in cur.children):
        return True  # "..., but only if Moscow agreed" (the parse may make it a conjunct)
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        cur = cur.head
    if cur.dep_ in {"advcl", "ccomp", "pcomp"} and cur.head.lower_ in {"provided", "providing"} and \
            cur.i > cur.head.i:
        return True  # "provided both parties gave it access"
    marks = {c.lower_ for c in cur.children if c.dep_ == "mark"}
    if "whether" in marks or (cur.dep_ == "xcomp" and cur.head.lemma_ == "have" and any(
            c.lower_ in _OBLIGATION_MODALS for c in cur.head.children if c.dep_ == "aux")):
        return True
    return cur.dep_ == "advcl" and bool(marks & _CONDITIONAL_MARKS)


def contrast_clause(verb: Any) -> bool:
    """A clause set against the main one ("..., while a Chinese spokeswoman said ..."), or
    parted from it by a semicolon though the parse made it the next clause's content ("The
    union wants 15 per cent; the government has offered eight")."""
    if verb.dep_ == "ccomp" and verb.i < verb.head.i:
        return any(t.text == ";" for t in verb.doc[verb.right_edge.i + 1:verb.head.i])
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in {"while", "whereas"}
                                        for c in verb.children) and not _negated_while(verb)


_SPEECH_LEMMAS = frozenset({"say", "tell", "add", "argue", "insist", "note", "warn", "claim",
                            "state", "stress", "reply", "counter"})


def _negated_while(verb: Any) -> bool:
    """"there will be no ceasefire while the town is held", "we will not sign while under
    fire": the "while" clause is the condition of a negated main clause (a precondition,
    coding guide 3, session-11 clarifications "not X while Y"), not a clause set against it."""
    if verb.lemma_ in _SPEECH_LEMMAS or not any(
            c.dep_ == "mark" and c.lower_ == "while" for c in verb.children):
        return False
    heads = [verb.head]  # "are not going to pump X while Y": the negation is on "going"
    while heads[-1].dep_ == "xcomp" and len(heads) < 3:
        heads.append(heads[-1].head)
    return any(t.i < verb.left_edge.i and (
        (t.dep_ == "neg" and t.head in heads)
        or (t.lower_ == "no" and t.head.head in heads)) for t in heads[-1].subtree)


# People who are "in" a capital without belonging to its government ("diplomats in
# Brussels", "analysts in Moscow"); "officials in Kyiv" are Ukraine's.
_POSTED_NOUNS = frozenset({"diplomat", "envoy", "ambassador", "analyst", "expert",
                           "economist", "observer", "correspondent"})


def posted_place(tok: Any) -> set[int]:
    """The tokens of "in <place>" after a diplomat or analyst ("diplomats in Brussels"):
    where they are posted, not whom they speak for."""
    if tok.lemma_.lower() not in _POSTED_NOUNS:
        return set()
    return {t.i for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"
            for t in c.subtree}


def members_of(tok: Any) -> Any | None:
    """The body a plural subject belongs to: "hardliners in the caucus", "members of X"
    (not the place where diplomats or analysts are: "diplomats in Brussels")."""
    if tok.tag_ not in {"NNS", "NNPS"}:
        return None
    posted = posted_place(tok)
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in {"in", "of", "from", "within"} and \
                prep.i not in posted:
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


# Documents whose words are their authors' ("sent a letter urging ...").
DOCUMENT_NOUNS = frozenset({"letter", "communique", "communiqué", "declaration", "memo",
                            "memorandum", "document", "petition", "manifesto", "statement"})


def turn_label_token(tok: Any) -> bool:
    """An interview's turn label the parse took for a subject: "Q" or "Interviewer" in "Q:
    The union says it wants ..." (a single word opening its line, before a colon)."""
    doc = tok.doc
    return tok.i + 1 < len(doc) and doc[tok.i + 1].text == ":" and all(
        c.is_punct for c in tok.children) and (
        tok.i == 0 or "\n" in doc[tok.i - 1].text_with_ws or doc[tok.i - 1].is_space)


def subject_of(verb: Any) -> Any | None:
    """The grammatical subject of a verb: its own, one the parse hung on an auxiliary, the
    subject of the verb it is conjoined to or governed by, the author of a document it
    qualifies ("X sent a letter urging ..."), or a misattached one. Of a word the parse
    split into two subjects at its hyphen ("Its vice" + "president, X, said"), the second;
    of two subjects before the verb with a comma between them, a nearer pronoun ("Observers
    from X, she went on, would be ...": the parse gave the inserted speech verb both)."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    subjects = [c for c in subjects if not turn_label_token(c)] or subjects
    if subjects:
        doc = verb.doc
        near = subjects[-1]
        if len(subjects) > 1 and near.pos_ == "PRON" and near.i < verb.i and any(
                t.text == "," for t in doc[subjects[-2].i:near.left_edge.i]):
            return near
        return next((s for s in subjects[1:] if s.i == subjects[0].i + 2 and
                     doc[s.i - 1].text == "-" and not doc[s.i - 2].whitespace_ and
                     not doc[s.i - 1].whitespace_), subjects[0])
    for aux in (c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i):
        found = next((c for c in aux.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if found is not None:  # the parse hung the subject on an auxiliary
            return found
    absolute = _absolute_subject(verb)
    if absolute is not None:
        return absolute
    if verb.dep_ == "ccomp" and inserted_question(verb.head):
        return subject_of(verb.head)
    if verb.dep_ in {"conj", "xcomp", "advcl"} and verb.head.i != verb.i:
        return subject_of(verb.head)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ == "dobj" and \
            verb.head.lemma_.lower() in DOCUMENT_NOUNS:
        return subject_of(verb.head.head)
    return misattached_subject(verb)


def inserted_question(verb: Any) -> bool:
    """ "X, asked whether ..., said ...", "Asked about the plan, X said ...": the question
    put to X, which the parse may make the main verb with "said" under it, or a participle
    without a subject of its own. Not a statement of X."""
    if verb.lemma_.lower() != "ask":
        return False
    if verb.dep_ in {"acl", "advcl"} and verb.tag_ in {"VBN", "VBD"} and (
            verb.is_sent_start or (verb.i > 0 and verb.nbor(-1).text == ",")) and not any(
            c.dep_ in {"nsubj", "nsubjpass", "dobj"} for c in verb.children):
        return True
    return verb.i > 0 and verb.nbor(-1).text == "," and any(
        c.dep_ == "ccomp" and c.i > verb.i and c.left_edge.i > 0 and
        verb.doc[c.left_edge.i - 1].text == "," for c in verb.children)


def _absolute_subject(verb: Any) -> Any | None:
    """ "..., with X pressing for ... and Y signaling that ...": the parse may join Y to a
    noun of X's clause and leave the second participle without a subject."""
    if verb.tag_ != "VBG" or verb.i == 0 or verb.dep_ not in {"pcomp", "advcl", "conj"}:
        return None
    before = verb.nbor(-1)
    if before.pos_ in {"PROPN", "NOUN"} and before.dep_ in {"conj", "dobj"} and \
            before.head.i != verb.i and any(a.lower_ == "with" and a.dep_ == "prep"
                                            for a in before.ancestors):
        return before
    return None


def _closing(tok: Any) -> bool:
    """Punctuation written against the word before it: a comma, a full stop, a closing
    bracket or quotation mark (a straight quote closes when a space follows it)."""
    return tok.text in _CLOSING or (tok.text in {'"', "'"} and bool(tok.whitespace_))


_CLOSING = {",", ".", ";", ":", "!", "?", ")", "]", "\u201d", "\u2019", "'s", "n't"}


def inserted_clause(verb: Any, span: Any) -> set[int]:
    """The tokens of a speech clause inserted into the clause it reports ("The licence,
    the spokeswoman added, would not be renewed": *added* hangs as parataxis on
    *renewed*), with the commas around it, so the statement's content reads as the
    reported clause; empty for any other verb. The comma before it stays when it closes
    an opening phrase rather than the subject ("Without monitors, he said, any truce
    ...")."""
    if verb.dep_ != "parataxis" or verb.head.i < verb.i or verb.left_edge.i <= span.start:
        return set()
    doc = verb.doc
    out = {t.i for t in verb.subtree if not t.is_quote}  # a quotation mark the parse hung
    lo, hi = verb.left_edge.i, verb.right_edge.i  # on the verb opens the reported words
    before = lo if doc[lo].text == "," else lo - 1
    if doc[before].text == ",":
        subject = next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}),
                       None)
        if subject is not None and subject.right_edge.i == before - 1:
            out.add(before)
        else:
            out.discard(before)
    after = hi if doc[hi].text == "," else hi + 1
    if after < span.end and doc[after].text == ",":
        out.add(after)
    return out


def subject_tokens(subject: Any, verb: Any) -> set[int]:
    """The tokens of a statement's subject, left out of its content; when the parse hung
    the verb inside the subject ("The X Alliance, a coalition ..., called on ..."), only
    the words before the verb's clause."""
    if verb.i in {t.i for t in subject.subtree}:
        return {t.i for t in subject.subtree if t.i < verb.left_edge.i}
    return {t.i for t in subject.subtree}
