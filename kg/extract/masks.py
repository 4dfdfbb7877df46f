"""Masks: spans of a statement whose cue words are not the holder's attitude.

Before cue words are matched, these spans are blanked out (each character replaced
by ``#``, so every offset is kept):

- idioms that contain a cue word ("through the back door", "no sign of") and
  discourse markers ("I want to be clear", "to be honest"): data/lexicons/stance.yaml,
  ``not_cues``;
- observations about others ("saw little sign that either side was ready to move");
- reports that something does not exist ("said no date had been set");
- clauses telling past positions as history ("has in the past rejected"), past acts
  told as the time of something else ("since the two sides signed a pact", "after the
  neighbour threatened duties") and past acts dated by their year ("signed it in 2019");
- clauses with a generic subject ("nobody in the capital wants to talk about it");
- statements that a position stays as it is ("our position has not changed and will
  not change"): the negation is about changing, not about the position;
- a question the statement answers ("Asked whether troops would take part, he said
  ..."): its words are the reporter's, not the speaker's;
- descriptive asides (", which was dropped after objections from X,");
- a report that nothing is signed or agreed yet ("nothing is signed", "no final text has been
  agreed", "it is due to be signed in January") or that a formal step was not taken ("has not
  ratified the convention"): the state of the text, no act of signing;
- the speaker's mandate ("we did not enter this cabinet to repaint the hallways", "our
  voters did not send us here to ..."): a quote about the speaker and his voters;
- a body's power in the procedure told of it as the subject ("must approve any change
  before it takes effect", "can block the agreement"): what it is able or required to do,
  no attitude toward the target;
- the speaker's surprise at a possible event ("I would be surprised if the talks failed"): a
  forecast, whose condition is no demand;
- a view disclaimed ("has no view on how high the levy ought to go"): keeping out of a question;
- a question referred to another party ("you must ask the Danes"), a question declined
  politely ("we'd prefer not to go into it"), a forecast or a commitment declined with no target
  named ("we wouldn't bet on that", "we can't promise a thing.") and a report of silence ("has
  yet to say who would foot the bill", "has not said which terms it seeks"): non-answers;
- an agreement on something left unnamed ("did agree on one step"): a vague target;
- deference to an outcome left to others ("will honour any pact the neighbours reach"): a
  vague target too;
- a denial ("denied a report that Moscow had signalled ...", "we are not asking for favours"):
  no stance toward what is denied;
- a concession that opens a rebuttal ("we are not against tourism.", "not against fishing
  as such");
- an agreement still to be reached or not reached ("will meet next week to agree on the
  details", "a few weeks to agree", "if they fail to agree"): a plan or a failure, no
  attitude to what would be agreed.

>>> mask("our position has not changed and will not change")
'our ############################################'
>>> mask_question("Asked whether it would sign, said no", "asked whether it would sign, said no")
'############################ said no'
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.lexicon import words
from kg.extract.phrases import trie_pattern


def _blank(m: re.Match[str]) -> str:
    return "#" * len(m.group(0))


@lru_cache(maxsize=1)
def _idiom_pattern() -> re.Pattern[str]:
    body = trie_pattern([re.escape(c) for c in p] for p in sorted(words("stance", "not_cues")))
    return re.compile(rf"(?<![\w'-])(?:{body})(?![\w'-])")


# Past positions told as history (coding guide section 6): the clause of "has in the past
# rejected", "signed up to many years ago", "had long opposed", "previously backed".
_HISTORY_RE = re.compile(r"\b(?:in the past|(?:years|decades) ago|had long|previously)\b")
_CLAUSE_MARK_RE = re.compile(r"[,;.]")
# A past act told as the time of something else, in a temporal clause ("since the two sides
# signed a pact last year", "the dispute ended when the unions agreed to a deal", "a year after
# the two states signed the treaty", "the levy was paused after the neighbour threatened
# duties", "when the envoy first floated a toll-free bridge"): background, no attitude now
# (coding guide section 6). Not a passive or future ("when it is signed", "since the treaty
# was signed" keep their cue for the statement's own clause), nor a clause after a comma
# telling what happened then ("spoke in May, when they agreed to meet"), nor a relative clause
# in the temporal one ("after an election that made X the largest party, three parties
# agreed"), nor the adverb "since" ("has since backed the bridge").
_PAST_ACT_CLAUSE_RE = re.compile(
    r"(?<!,\s)(?<!has\s)(?<!have\s)(?<!had\s)\b(?:since|after|when)\s+(?:(?!(?:is|was|are"
    r"|were|be|been|being|will|would|that|which|who)\b)[\w'-]+\s+){0,8}?(?:signed|agreed"
    r"|threatened|promised|floated|proposed|offered|rejected|blocked|vetoed|demanded|refused"
    r"|backed|approved|ratified|accepted|endorsed|welcomed|opposed)\b[^,;.]*")
# A past act dated by a year ("signed their accord in April 2019", "blocked the reserve last
# year"): history, no attitude now (coding guide section 6, past positions told as history);
# from the verb in the past to its date, at most six words on, in one clause, with no
# infinitive, future or clause opener between them ("agreed to hold the vote in 2030" and
# "ruled out X before it lapses in 2030" date something else), and not when the text says
# the act still holds ("was promised in 2020 and that has not changed"). Not a noun phrase
# dated ("a refund for last year", "last year's levy"), nor "provided" or "indeed".
_DATED_PAST_RE = re.compile(
    r"\b(?!(?:provided|indeed|hundred|need|proceed|exceed)\b)[a-z]+ed"
    r"(?:\s+(?!(?:to|will|would|until|by|from|since|before|after|when|if|unless|once|while|that"
    r"|which|who|whose|where|because|and|but|for|of|than)\b)[^\s,;.:\"\u201c\u201d]+){0,6}?\s+"
    r"(?:in\s+(?:(?:early|late|mid-?)\s*)?(?:(?:january|february|march|april|may|june|july|august"
    r"|september|october|november|december)\s+)?(?:19|20)\d\d|last\s+year)\b(?![\u2019']s)"
    r"(?![^.;]*\b(?:still|not\s+changed|stands)\b)")
# The reason given for a past act dated in a past year, in a participle after it ("vetoed the
# quota in 2021, arguing that the data did not justify it", "closed the border after the coup
# in May 2023, saying it had no choice"): the act and the words given for it then are history,
# no attitude now (coding guide section 6). The act opens the statement (after at most four words
# of its subject) in the simple past, with no infinitive, future or clause opener before the
# date ("agreed to put the ferry vote off until 2027, saying" dates the vote); not a perfect
# ("has vetoed"), nor when the text says it still holds.
PAST_REASON_RE = re.compile(
    r"^\W*(?:[\w'-]+\s+){0,4}?(?<!has )(?<!have )(?<!had )"
    r"(?:(?!(?:provided|indeed|proceed|exceed)\b)[a-z]+ed|took|made|broke|froze"
    r"|withdrew|struck|shut|cut|sent|left|began|won|lost)"
    r"(?:\s+(?!(?:to|will|would|until|by|from|since|before|when|if|unless|once|while|that|which"
    r"|who|whose|where|because|for|than)\b)[^\s,;.:\"\u201c\u201d]+){0,20}?\s+"
    r"(?:in\s+(?:(?:early|late|mid-?)\s*)?(?:(?:january|february|march|april|may|june|july"
    r"|august|september|october|november|december)\s+)?(?:19|20)\d\d|last\s+year)\b(?![\u2019']s)"
    r"[^,;.:]*,\s*(?:arguing|saying|citing|insisting|claiming|contending|complaining|explaining)"
    r"\b(?![^.;]*\b(?:still|not\s+changed|stands)\b)[^;]*")
# A clause whose subject is generic ("nobody in the capital wants to talk about it",
# "nobody here wants a deal", "everyone wants a deal", "nobody has the right to ask that"):
# it describes others, not the speaker's attitude.
_GENERIC_SUBJECT_RE = re.compile(
    r"\b(?:(?:nobody|no one|everyone|everybody)(?: in [\w ]{1,30}?| here| there)?"
    r"|(?:both|neither|each|all)(?: of them| (?:sides?|governments?|parties|party|countries|country"
    r"|camps?|leaders|capitals|delegations?))?|what [\w ]{1,30}?) (?:wants?|needs?|likes?|has the right to)\b[^,;.]*")
# "who was blocking a deal", "who is asking for something": an embedded question about
# who does something, not the speaker's attitude; "not enough to block the deal": a
# statement of capacity; "offered less than Ukraine wants": the standard of a comparison.
_WH_CLAUSE_RE = re.compile(r"\b(?:who|which side|which country) (?:is|was|were|are|has been"
                           r"|had been) \w+ing\b[^,;.]*|\bwhoever\b(?= \w+ (?:is|was|are|were)\b)"
                           r"[^,;.]*|\benough\b[^,;.]{0,25}?\bto \w+"
                           r"|\b(?:less|more|fewer) than\b[^,;.]*")
# "saw little sign that either side was ready to move": an observation about others, whose
# cue words are not the speaker's attitude. Case-blind: a noun that looks like a cue verb
# comes upper-cased ("no SIGN that").
_SIGN_THAT_RE = re.compile(r"\b(?:little|no|any|few|some|every|clear|first) (?:signs?|indications?"
                           r"|evidence) (?:that|of)\b[^,;.]*", re.IGNORECASE)
# "said no date had been set": a report that something does not exist, not a refusal
# ("they said no", "said no to the offer"); "said no decision had been taken" is the
# speaker's own indecision (neutral) and stays.
_SAID_NO_THING_RE = re.compile(
    r"\b(?:said|says|say|saying) no(?= (?!to\b|more\b|decisions?\b|final\b)[a-z])")
# "our position has not changed", "its stance will not shift", "Israel's position on Rafah
# has not moved": the position holds; the negation says nothing against it.
_UNCHANGED_RE = re.compile(
    r"\b(?:position|stance|views?|line|policy|mind)\s+(?:[\w']+\s+){0,4}?(?:not|never|n't)\s+"
    r"(?:\w+\s+)?(?:changed?|shift(?:ed)?|moved?|budged?|altered?)\b[^,;.\"]*")
# An agreement planned or missed, not made: a purpose after "meet" ("commanders will meet on
# Friday to agree on how to monitor it"), the time or chance for it ("a few weeks to agree
# how"), a failure ("if the sides fail to agree on a truce"). What would be agreed is no
# attitude of anyone yet (coding guide section 6: plans and hypotheticals).
_PLANNED_AGREEMENT_RE = re.compile(
    r"\b(?:fail(?:s|ed|ing)?|failure|unable|(?:hour|day|week|month|year)s?|time|chance|attempt|effort|bid"
    r"|(?:meet|meets|meeting|met)\b[^,;.\"]{0,50}?)\s+to\s+agree\b[^,;.]*")
# Nothing signed or agreed yet: "nothing is signed", "no final text has been agreed", "nothing
# would be signed until February", "nothing is agreed until everything is agreed", "it is due
# to be signed at a ceremony": the state of the text, not a holder's act (coding guide
# section 6: background); so is a formal step not taken, told in the perfect or with "never"
# ("has not ratified the convention", "has not yet endorsed any route", "never ratified it").
UNSIGNED_RE = re.compile(
    r"\b(?:nothing\s+|no\s+(?:[\w-]+\s+){0,2}?)(?:is|was|has\s+been|had\s+been|would\s+be|will\s+be"
    r"|can\s+be)\s+(?:yet\s+)?(?:signed|agreed|initialled)\b[^,;.]*"
    r"|\b(?:is|are|was|were)\s+due\s+to\s+be\s+(?:signed|initialled)\b[^,;.]*"
    r"|(?:\b(?:has|have)\s+(?:not|never)|\b(?:hasn't|haven't)|(?<!will )(?<!would )\bnever)\s+"
    r"(?:yet\s+|formally\s+)?(?:ratified|endorsed|signed|approved|adopted|offered)\b[^,;.]*")
# A body's power in the procedure, told of the holder as the subject of the statement (its text
# opens with the modal): "must approve any change before it takes effect", "can block the
# agreement", "has to ratify the treaty first". Capacity and procedure, not an attitude (coding
# guide, session 11, a bare statement of capacity; section 6, background). Reported words
# ("said the board must approve it") open with the speech verb and keep their demand.
POWER_RE = re.compile(
    r"^\W*(?:can|could|must|may|has\s+to|have\s+to|would\s+have\s+to|will\s+have\s+to)\s+"
    r"(?:still\s+|also\s+|first\s+|formally\s+|in\s+principle\s+)?(?:approve|block|veto"
    r"|ratify)\b[^,;.]*")
# The speaker's mandate told as what it was not for: "we did not join this government to ...",
# "did not come into government to sign ...", "did not get 12 seats to stay silent", "our
# voters did not send us here to ...". A quote about the speaker, his mandate or his voters is
# not coded (coding guide, session 4, quotes that argue).
MANDATE_RE = re.compile(
    r"\b(?:did\s+not|didn't|were\s+not|weren't)\s+(?:(?:join|enter|come\s+into)\s+"
    r"(?:this\s+|the\s+|a\s+)?(?:government|coalition|cabinet|office|parliament)"
    r"|get\s+[\w.%-]+\s+(?:percent|per\s+cent|%|seats|votes)"
    r"|(?:send|sent|elect|elected)\s+us(?:\s+here)?)\s+(?:just\s+|only\s+)?to\b[^,;.]*")
# A denial (coding guide 3.7: denying having proposed something is no stance toward it unless the
# holder also says he does not want it): a report denied ("denied a report that Moscow had
# signalled it might drop the clause", whose words are the report's; the dots of "U.S." inside
# it), or a demand disowned ("we are not asking for favours", "not looking for a fight").
DENIAL_RE = re.compile(
    r"\bdenie[sd]\s+(?:(?:a|the|any)\s+)?(?:[\w.'-]+\s+){0,4}?(?:reports?|claims?|suggestions?"
    r"|allegations?|accusations?)\b[^,;.]*(?:\.(?=\s?[a-z])[^,;.]*)*"
    r"|(?:\bnot|\bnever|n't)\s+(?:[\w'-]+\s+)?(?:asking|asked|looking)\s+for\b[^,;.:]*")
# An agreement on something left unnamed: "did agree on something in Geneva", "agreed on one
# humanitarian step", "two cabinets that agree on very little": its target is vague (coding
# guide 3.3), named, if at all, in another sentence, which holds the stance.
VAGUE_AGREEMENT_RE = re.compile(
    r"\bagree[sd]?\s+(?:on|to|about)\s+(?:something|anything|nothing|little|(?:very|almost)\s+"
    r"(?:little|nothing)|one\s+(?:[\w-]+\s+)?(?:thing|step|point|item|measure))\b[^,;.:]*")
# Deference to an outcome left to others' agreement: "would honour whichever split the two guilds
# agree", "backs any arrangement the neighbours settle on", "will implement whatever is agreed",
# "would honour any pact the local branch negotiates". The offer has no target of its own beyond
# the unnamed outcome (coding guide, session-9 clarifications, offers that wait for an agreement
# of others: not coded); an act of the holder's own toward it ("would post observers in any zone
# the towns agree") is conditional (kg.extract.conditions), and what a court or another
# body rules ("whatever the tribunal rules") is a named target.
VAGUE_OUTCOME_RE = re.compile(
    r"\b(?:respect|support|back|accept|implement|honou?r|endorse|abide\s+by|go\s+along\s+with"
    r"|live\s+with)(?:s|ed|ing)?\s+[\"\u201c]?(?:any|whatever|whichever)\s+(?:[\w'-]+\s+){0,5}?"
    r"(?:agree[sd]?|settle[sd]?|negotiated?|negotiates|reach(?:es|ed)?)(?:\s+(?:on|upon|to))?\b"
    r"[\"\u201d]?")
# A report of silence: "has said nothing else", "has yet to say how it would be funded", "so far it
# has told the mediators nothing", "has not said what they want in return": nothing was said, so
# no attitude, and the words of the question left open are no one's (coding guide, session 10).
SILENCE_RE = re.compile(
    r"\b(?:has|have|had)\s+(?:yet\s+to\s+say|not\s+(?:yet\s+)?said|said\s+nothing"
    r"|told\s+(?:[\w'-]+\s+){1,3}?nothing)\b[^,;.]*")
# A question referred to another party: "you must ask the Danes", "you should ask them",
# "you will need to ask the ministry": a non-answer whose modal demands nothing of anyone (coding
# guide, session 10: non-answers are not coded); not "you should ask them to lift the ban".
DEFERRAL_RE = re.compile(
    r"\byou(?:'d)?\s+(?:would\s+|will\s+|should\s+|must\s+|might\s+|may\s+)?(?:(?:have|need)\s+to\s+|"
    r"better\s+)?ask\b(?![^,;.]*\bto\s+[a-z])[^,;.]*")
# A question declined politely: "I'd rather not comment until after the ballot", "we'd prefer not
# to comment", "she preferred not to speculate", "she'd rather not promise any date": a
# non-answer (coding guide, session 10: non-answers are not coded), whose "rather" and
# "promise" are no attitude toward a target; not "would rather not sign" (a refusal).
_DECLINED_VERBS = (r"(?=(?:say|comment|speculate|promise|predict|guess|go\s+into|get\s+into"
                   r"|elaborate|answer|name|put\s+a\s+(?:date|number|figure))\b)[^,;.]*")
DECLINED_RE = re.compile(
    r"(?:\b(?:would|will)\s+|['\u2019]d\s+)(?:rather\s+not|prefer\s+not\s+to)\s+" + _DECLINED_VERBS
    + r"|\bprefer(?:s|red)?\s+not\s+to\s+" + _DECLINED_VERBS)
# A view disclaimed: "has no view on how high the levy should go", "has no position on which guild
# should chair it", "took no position over the merger", "wouldn't take any stance over the mill's
# future": the
# holder keeps out of the question (coding guide, "Staying out is no stance"), and the cue words of
# the question it names ("should") are no one's attitude; to the end of its clause or an "and" or
# "but" that opens another. Not a decision put off ("won't take a position before the audit is
# done"): a neutral cue of the lexicon.
NO_VIEW_RE = re.compile(
    r"(?:\bno\s+(?:view|position|opinion)s?[\"\u201d]?\s+(?:on|about|over|as\s+to)\b"
    r"|\b(?:took|take|takes|taking)\s+no\s+(?:view|position)\b"
    r"|(?:\bnot|n't)\s+take\s+(?:a|any)\s+(?:view|position|stance)\s+(?:on|about|over)\b)"
    r"[^,;.]*?(?=\s+(?:and|but)\s|[,;.]|$)")
# A forecast or a commitment declined with no target named: "we wouldn't bet on that", "won't
# put any money on this", "we can't promise a thing.", "we won't predict anything": the speaker will
# not say what will happen or what he will do (coding guide section 6: predictions; session 10:
# non-answers); "won't guarantee anything about the subsidy" names its target and stays.
UNCOMMITTED_RE = re.compile(
    r"(?:\bnot|n't)\s+(?:bet|put\s+(?:any\s+|my\s+|our\s+)?money)\s+on\s+(?:it|that|this)\b[^,;.]*"
    r"|(?:\bnot|n't)\s+(?:promise|predict|guarantee)\s+(?:anything|a\s+thing)"
    r"(?=\s*(?:$|[,;.\"\u201d]))")
# "I would be surprised if the next meeting goes any better": the speaker's forecast; the
# condition it names asks nothing of anyone (coding guide section 6: predictions).
_SURPRISED_IF_RE = re.compile(r"\bbe\s+surprised\s+if\b[^,;.]*")
# Asides that describe a noun: a non-restrictive relative clause (", which was dropped
# after objections from X,") or an appositive naming a demand (", a condition Brussels has
# resisted", ", a step welcomed by patients' groups"). Their cue words are someone else's
# attitude or background, not the speaker's.
_ASIDE_RE = re.compile(
    r"(?:^\W*|,\s+)(?:which|who|whom|whose)\b[^,;]*"
    r"|[,\u2013\u2014-]\s+(?:a|an)\s+(?:condition|demand|proposal|request|idea|move|step|position"
    r"|measure|plan|offer|suggestion|reference|claim)\b[^,;.]*")
# A concession that opens a rebuttal: "not against" a broad thing named in a word or two or
# "as such" ("we are not against tourism.", "not against fishing as such, but ..."), or disowning
# hostility to two sides ("not against A or against B"). No attitude toward a target.
_DISCLAIMER_RE = re.compile(r"\bnot\s+[\"\u201c]?against\b[\"\u201d]?(?:(?:\s+[\w'-]+){1,2}\W*(?:$|[,;.])"
                            r"|[^.;,]*\b(?:as\s+such|or\s+against)\b)")
# A question opening the statement, in the original case: "Asked on Monday whether German
# soldiers would take part, ...", "Pressed on whether the government would go further, ...".
_QUESTION_RE = re.compile(r"^\W*(?:When\s+)?(?:Asked|Pressed|Questioned)\b[^,;]*,")


# The masks above with words one of which each match must contain (a cheap test first).
_GUARDED = (
    (_SIGN_THAT_RE, ("sign", "SIGN", "indication", "INDICATION", "evidence")),
    (_GENERIC_SUBJECT_RE, ("want", "need", "like", "right to")),
    (_UNCHANGED_RE, ("chang", "shift", "move", "budg", "alter")),
    (_WH_CLAUSE_RE, ("who", "which", "enough", " than")),
    (_SAID_NO_THING_RE, ("say", "said")),
    (_PAST_ACT_CLAUSE_RE, ("since", "after", "when")),
    (PAST_REASON_RE, (", arguing", ", saying", ", citing", ", insisting", ", claiming",
                      ", contending", ", complaining", ", explaining")),
    (_DATED_PAST_RE, (" 19", " 20", "last year")),
    (_PLANNED_AGREEMENT_RE, ("to agree",)),
    (_SURPRISED_IF_RE, ("surprised",)),
    (DEFERRAL_RE, ("ask",)),
    (DECLINED_RE, ("rather not", "prefer")),
    (NO_VIEW_RE, ("view", "position", "opinion", "stance")),
    (UNCOMMITTED_RE, (" bet", "money", "promise", "predict", "guarantee")),
    (SILENCE_RE, ("said", "say", "told")),
    (VAGUE_AGREEMENT_RE, ("agree",)),
    (VAGUE_OUTCOME_RE, ("agree", "settle", "negotiat", "reach")),
    (DENIAL_RE, ("denie", " for")),
    (MANDATE_RE, ("not", "n't")),
    (UNSIGNED_RE, ("signed", "agreed", "initialled", "ratified", "endorsed", "approved", "adopted",
                   "offered")),
    (_DISCLAIMER_RE, ("against",)),
    (POWER_RE, ("approve", "block", "veto", "ratify")),
)


def mask_history(low: str) -> str:
    """Blank out each clause (between commas, semicolons, full stops) that tells a past
    position as history; found by its marker first, so long texts stay fast."""
    for m in list(_HISTORY_RE.finditer(low)):
        start = max((b.end() for b in _CLAUSE_MARK_RE.finditer(low, 0, m.start())), default=0)
        stop = _CLAUSE_MARK_RE.search(low, m.end())
        end = stop.start() if stop else len(low)
        low = low[:start] + "#" * (end - start) + low[end:]
    return low


def mask(low: str) -> str:
    """Blank out the spans listed in the module docstring (but not asides and questions:
    :func:`mask_relatives`, :func:`mask_question`) in lower-cased text."""
    for pattern, needles in _GUARDED:  # each pattern only where one of its words occurs
        if any(n in low for n in needles):
            low = pattern.sub(_blank, low)
    low = mask_history(low)
    return _idiom_pattern().sub(_blank, low)


def mask_relatives(low: str) -> str:
    """Blank out descriptive asides (see above), keeping every offset."""
    return _ASIDE_RE.sub(_blank, low)


# An open question as the subject of the statement: "Whether the Kremlin agrees may depend
# on ...", "Whether the deal survives remains unclear": uncertainty, no attitude.
_OPEN_QUESTION_RE = re.compile(r"^\W*(?:Whether|If)\b.*\b(?:remains? (?:unclear|to be seen|open)"
                               r"|(?:is|was) (?:unclear|not clear|uncertain)|may depend|might depend"
                               r"|will depend|would depend|depends)\b")


def mask_question(text: str, low: str) -> str:
    """Blank out in ``low`` (``text`` folded, offset for offset) a question that opens
    ``text`` ("Asked whether ..., said ...": the reporter's words, not the speaker's), or
    the whole of a statement whose subject is an open question ("Whether X agrees
    remains unclear")."""
    if len(text) != len(low):
        return low
    if _OPEN_QUESTION_RE.match(text):
        return "#" * len(low)
    m = _QUESTION_RE.match(text)
    if m is None:
        return low
    return "#" * m.end() + low[m.end():]
