"""Constructions that settle a statement's issue where single words are ambiguous
(:mod:`kg.extract.issues` matches them before its cue phrases): each is a pattern, the cue
label it counts as, its issue code (``None``: the words inside are no issue at all) and
trigger words one of which a text must contain before the pattern is tried (a trigger that
begins with a space also matches at the start of the text).

>>> [label for p, label, code, _ in CONSTRUCTIONS if p.search("the rebels pulled back from every town")]
['withdrawal from']
"""

from __future__ import annotations

import re

from kg.extract.issue_ballots import BALLOT_CONSTRUCTIONS
from kg.extract.issue_channels import CHANNEL_CONSTRUCTIONS
from kg.extract.issue_returns import RETURN_CONSTRUCTIONS
from kg.extract.issue_status import STATUS_BACKGROUND, STATUS_CONSTRUCTIONS

# Constructions that settle an issue where single words are ambiguous; the words inside
# one are not cues of their own. A withdrawal or pull-out *from a place* ("the withdrawal
# of the rebels from every town", "pull out of Tessaly") is territorial; a withdrawal from
# talks or of an offer is not.
_PLACE = (r"(?:(?:every|all|the|its|their|these|those|occupied|captured)\s+)*"
          r"(?:[A-Z]|(?:towns?|cit(?:y|ies)|villages?|regions?|areas?|territor\w*|provinces?"
          r"|townships?|districts?|positions|land|zones?|border\w*)\b)")
_ATTACKS = r"(?:strikes|attacks|shelling|bombing|bombardments?|raids|hostilities|fighting)"
_TARGET = r"(?:\s+(?:on|against|targeting)\s+(?:the\s+|its\s+|their\s+)?[\w'-]+(?:\s+[\w'-]+)?)"
_TALKS_NOUN = (r"(?:talks|meetings?|summits?|negotiations|rounds?|consultations?|sessions?|contacts"
               r"|dialogue)")
_MEETING_NOUN = (r"(?:" + _TALKS_NOUN + r"|working\s+groups?|(?:technical|expert|joint)\s+(?:groups?"
                 r"|committees?|commissions?))")
# The words before a meeting noun that say which meeting ("a further technical", "a three-way")
# (an ordinal or "final" says which one too: "hold the final round next month", "attend the
# third session"; so does whose body it is: "convene the league's technical committee")
_MEETING_MODIFIERS = (r"(?:(?:the|a|an|any|further|new|more|direct|technical|expert|bilateral|trilateral"
                      r"|another|next|fresh|formal|informal|special|emergency|extraordinary|snap|joint"
                      r"|first|second|third|fourth|fifth|final|last|renewed|regular|separate"
                      r"|preliminary|exploratory|[\w]+-(?:level|way|party|nation|country)"
                      r"|[\w-]+(?:'s|\u2019s))\s+){0,3}")
# Where the parties sit to negotiate ("at the negotiating table", "in the talks")
_TABLE = r"at\s+the\s+(?:negotiating\s+|same\s+)?table\b"
# People held by a party ("fishermen", "the crew", "two journalists"): their release is a
# humanitarian matter.
_PEOPLE = (r"(?:fishermen|fishers|crews?|sailors|seamen|soldiers|servicemen|men|women|journalists"
           r"|reporters|activists|citizens|nationals|captains?|civilians|students|children|detainees"
           r"|prisoners|hostages|captives|passengers|tourists|aid\s+workers|protesters|demonstrators"
           r"|fishing\s+crews?)")
# A line or zone between forces: what monitors and observers watch.
_LINE = (r"(?:buffer\s+zones?|demilitari[sz]ed\s+(?:zones?|strips?|areas?)|strips?|(?:ceasefire"
         r"|cease-fire|contact|front|separation|demarcation|disengagement|dividing)\s+lines?"
         r"|lines?\s+of\s+(?:contact|separation|control)|borders?)\b")
# People whose freedom to leave or go home a statement asks for.
_CIVILIANS = (r"(?:them|people|residents|civilians|families|the\s+crews?|crews|anyone|those"
              r"|everyone|the\s+men|the\s+women|refugees|the\s+displaced|villagers|(?:the\s+)?"
              r"[\w-]+\s+(?:residents|families|civilians|villagers|fishermen|sailors))")
# Each construction: pattern, label (its cue phrase), issue (None: no issue) and words one
# of which it must contain (lower case), so that most texts skip its pattern.
CONSTRUCTIONS: tuple[tuple[re.Pattern[str], str, str | None, tuple[str, ...]], ...] = (
    # foreign forces sent to a country are a security arrangement, not the fighting
    # ("troops from NATO countries in Ukraine", "European troops on the ground"), and so is
    # their withdrawal ("the withdrawal of every foreign military adviser out of the province":
    # before the withdrawal from a place, whose words it takes)
    # (and foreign navies at sea: "foreign navies to protect its harbours and shipping",
    # "warships of allied governments escorting tankers", "partners whose warships are there")
    (re.compile(r"\b(?:(?:foreign|european|western|nato|allied|international|multinational"
                r"|peacekeeping|partner)\s+(?:ground\s+|naval\s+|military\s+)?(?:troops|soldiers|forces"
                r"|contingents?|navies|warships|naval\s+forces|personnel|instructors|servicemen)"
                r"|(?:troops|soldiers|forces|warships|navies)\s+(?:from|of)\s+(?:nato\b|(?:other|third"
                r"|european|western|allied|partner)\s+(?:countries|states|nations)"
                r"|(?:nato\s+)?member\s+states)"
                r"|partners\s+whose\s+(?:warships|navies|troops|soldiers))(?:\s+on\s+the\s+ground)?",
                re.IGNORECASE), "foreign troops",
     "security_guarantees", ("troops", "soldiers", "forces", "contingent", "navies", "warships", "personnel",
      "instructors", "servicemen")),
    (re.compile(r"\b(?:[Ww]ithdr[ae]w\w*|[Pp]ull\w*\s+(?:out|back))(?:\s+[\w'-]+){0,5}?\s+"
                r"(?:from|of)\s+" + _PLACE), "withdrawal from", "territory",
     ("withdr", "pull")),
    # armed forces leaving a place give up its control, as a withdrawal from it does ("our
    # troops will not leave the ridge", "once the last soldier has left their land", "with
    # the army gone from the valley"); troops left behind or leaving for somewhere are not
    (re.compile(r"\b(?:troops|forces|soldiers?|army|armies|units|fighters|battalions?)\s+"
                r"(?:[\w'\u2019-]+\s+){0,3}?(?<!the\s)(?:leave|leaves|left|leaving|vacate[sd]?|vacating"
                r"|gone\s+from)\s+(?!(?:in|behind|over|for|to|with|open|alone|out|on|at|it|them"
                r"|him|her|us|no|nothing|room|the\s+(?:talks|negotiations|table|room))\b)",
                re.IGNORECASE), "troops leaving", "territory",
     ("leav", "left", "vacat", "gone from")),
    # a halt to a kind of attacks is a ceasefire, whatever is attacked ("a pause on energy
    # strikes", "restrictions on strikes against ports"); the target is no issue of its own
    (re.compile(r"\b(?:pause|halt|moratori(?:um|a)|suspension|freeze|cessation|end|stop"
                r"|restrictions?|ban|limits?)\s+(?:on|of|to|in)\s+(?:[\w'-]+\s+){0,3}?"
                + _ATTACKS + _TARGET + "?"
                # "wanted the air strikes stopped", "agreed not to strike the plants"
                r"|\b" + _ATTACKS + r"\s+(?:[\w'-]+\s+){0,3}?(?:stopped|halted|ended|suspended)\b"
                r"|\bnot\s+to\s+(?:strike|attack|shell|bomb|target)\b"
                # a demand to stop striking, or not to be hit again (coding guide, demands to
                # stop strikes on one facility: "stop attacking the terminal", "halt its
                # strikes", "would not be hit again")
                r"|\b(?:stop|halt|cease|suspend)(?:s|ed|ped|ing|ping)?\s+(?:(?:the|its|their|all"
                r"|further|any|our|his|her)\s+)?(?:(?:air|drone|missile)\s+strikes|strikes\s+(?=on|against)"
                r"|attacking|shelling|bombing|hitting|targeting|attacks|raids|bombardments?)\b"
                r"|\bnot\s+be\s+(?:hit|struck|attacked|targeted|shelled|bombed)\b", re.IGNORECASE),
     "halt to strikes", "ceasefire",
     ("strike", "attack", "shell", "bomb", "raid", "hostilities", "fighting", "target", "hit")),
    # a halt to new fossil fuel supply is a phase-out measure ("a pause in new licensing", "an
    # end to exploration", "a ban on oil drilling"), whatever a licence is elsewhere
    (re.compile(r"\b(?:(?:pause|halt|end|ban|moratori(?:um|a)|freeze|stop|suspension"
                r"|phase[\s-]out)(?:\s+(?:on|of|to|in))?|no)\s+(?:(?:all|any|further|new|future"
                r"|the)\s+)*(?:(?:oil|gas|oil\s+and\s+gas|fossil(?:\s+fuels?)?|coal|offshore"
                r"|arctic)\s+)?(?:exploration|drilling|licen[cs]es?|licensing|extraction)\b",
                re.IGNORECASE), "halt to fossil supply", "climate_emissions",
     ("explor", "drill", "licen", "extract")),
    # attacks on something are the conduct of the war, not the thing attacked
    (re.compile(r"\b(?:(?:air|drone|missile)\s+)?(?:strikes|shelling|bombing|bombardments?)" + _TARGET,
                re.IGNORECASE), "strikes on", "military_operations",
     ("strike", "shelling", "bomb")),
    # convening or proposing talks is about the talks ("host expert talks on whether ...",
    # "continue contacts at expert level", "proposed a four-way meeting to settle it", "wants a
    # fresh session soon"), not about what they will discuss
    # (a body proposed is its creation, which takes the code of its matter: "suggested an
    # expert group on river levels")
    # (taking part in talks is attending them: "would take part in any session", "will
    # participate in the third round")
    (re.compile(r"\b(?:(?:host|hold|convene|attend|resume|continue|organi[sz]e|arrange"
                r"|prepare|schedule)\w*|call(?:s|ed|ing)?(?=\s+an?\s)|(?:take|takes|took"
                r"|taking|taken)\s+part\s+in|participat\w*\s+in)\s+" + _MEETING_MODIFIERS
                + _MEETING_NOUN + r"\b|\b(?:(?:propos|suggest|request)\w*|want(?:s|ed|ing)?(?=\s+an?\s))"
                r"\s+" + _MEETING_MODIFIERS + _TALKS_NOUN + r"\b", re.IGNORECASE), "host talks", "summit",
     ("talks", "meeting", "summit", "negotiations", "round", "consultation", "session", "contacts",
      "dialogue", "working group", "technical group", "expert group", "joint group",
      "technical committee", "expert committee", "joint committee", "technical commission",
      "expert commission", "joint commission")),
    # sending a delegation to a round or to the place of the talks is taking part in them
    # (coding guide, session 10: "would send delegates to the commission's first sitting in
    # Vienna"): "will send two delegates to the spring round", "sent its negotiators back to the
    # capital"
    (re.compile(r"\bsen(?:d|ds|ding|t)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:delegations?|delegates"
                r"|negotiators|envoys?|teams?|representatives)\s+(?:back\s+)?to\s+(?:(?:[A-Z][\w'-]*"
                r"(?=[\s,.;:!?]|$))|(?i:(?:(?:the|its|their|a|an|any|each|every|one|all)\s+)?(?:of\s+the"
                r"\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:talks|meetings?|rounds?|sessions?|sittings?|summits?"
                r"|conferences?|negotiations|consultations?)\b))"), "delegation sent", "summit",
     ("send", "sent")),
    # a delegation coming or travelling to the place of the talks is taking part in them, as
    # one sent there is ("the two teams of negotiators will come back to Oslo in spring", "its
    # delegates could fly to the capital next week", "for as long as the delegations want to
    # come"); delegates going home are not
    (re.compile(r"\b(?:delegations?|delegates|negotiators|envoys?)\s+(?:[\w'\u2019-]+\s+){0,4}?"
                r"(?:come|comes|came|coming|travel\w*|fly|flies|flew|flying|return(?:s|ed|ing)?)"
                r"(?:\s+(?:back\s+)?to\s+(?:(?-i:[A-Z])[\w'-]*(?=[\s,.;:!?]|$)|(?:the\s+)?(?:negotiating"
                r"\s+)?(?:talks|table|capital)\b)|\s+back\b|(?=\s*(?:[,;.:!?]|$)))", re.IGNORECASE),
     "delegation travels", "summit", ("come", "came", "travel", "fly", "flew", "flies", "return")),
    # an offer to host, mediate or attend is about the talks, whatever they are to settle
    # (coding guide, offers to host or mediate: "ready to host a final round", "would
    # attend", "backed the envoy's mediation"); hosting anything else (a crossing, a camp, a
    # body that monitors a truce) is not
    (re.compile(r"\b(?:offer\w*|read(?:y|iness)|willing(?:ness)?|prepared|glad|happy|pleased"
                r"|agreed|volunteer\w*|able|would|will|to)\s+(?:\w+ly\s+)?to\s+[\"\u201c]?"
                r"(?:host|mediate|facilitate)\b(?:[\"\u201d]?(?=\s*(?:[,;.:!?]|$|\s(?:if|provided"
                r"|as\s+long|once|when|whenever|between|for)\b))|[\"\u201d]?\s+(?:[\w'\u2019-]+\s+){0,3}?"
                + _MEETING_NOUN + r"|[\"\u201d]?\s+(?:[\w'\u2019-]+\s+){0,3}?(?:ceremony|ceremonies"
                r"|sessions?|conferences?|commission|signing|delegations|parties|sides)\b)"
                r"|\b(?:would|will|to|not|never|cannot|could)\s+(?:\w+ly\s+)?attend\b"
                r"|\b(?:support\w*|back\w*|welcom\w*|accept\w*|reject\w*|endors\w*)\s+(?:[\w'\u2019-]+"
                r"\s+){0,3}?(?:mediation|good\s+offices)\b", re.IGNORECASE),
     "offer to host", "summit", ("host", "mediat", "facilitat", "attend", "good offices")),
    # ships barred from ports are a sanction on their owners or flag ("wanted the tankers
    # barred from every European port", "vessels banned from EU ports")
    (re.compile(r"\b(?:bann\w*|barr\w*|ban|bar|den(?:y|ied|ying)\s+access\s+to|clos\w*\s+(?:all\s+)?"
                r"(?:its\s+|their\s+)?ports\s+to)\s+(?:[\w'-]+\s+){0,4}?(?:from|in|at|to)\s+"
                r"(?:(?:every|all|any|the|its|their|our|[A-Z][\w-]*|eu|european|western)\s+)*ports?\b"
                r"|\bports?\s+(?:bans?|closures?)\s+(?:on|for|to)\b", re.IGNORECASE),
     "port ban", "sanctions", (" port",)),
    # ending or cutting imports from one country is an embargo ("end all imports of Russian
    # gas by 2027", "a ban on purchases of Iranian oil", "reductions in its imports of Russian
    # crude"); a ban on imports of a product is trade
    (re.compile(r"\b(?:(?i:end\w*|ban\w*|halt\w*|stop\w*|phas\w+\s+out|cut\w*|reduc\w*|embargo\w*)"
                r"\s+(?i:(?:on|to|of|in|off)\s+)?(?i:(?:all|any|further|remaining|the|its|their)\s+)?"
                r"(?i:imports?|purchases)\s+(?i:of|from)\s+(?:[A-Z][\w-]+))"),
     "embargo", "sanctions", (" import", " purchases")),
    # a crossing or border opened or closed to goods is trade (coding guide, transport links:
    # crossings for goods; session 10, transit on commercial terms): "reopen the crossings for
    # lorries", "the border stays closed to their trucks", "a booking system for truck crossings"
    (re.compile(r"\b(?:crossings?(?:\s+points?)?|borders?|checkpoints?)(?:\s+[\w'-]+){0,5}?\s+"
                r"(?:for|to)\s+(?:(?:the|all|its|their|our|commercial|heavy|[A-Z][\w-]*(?:'s|\u2019s)?)\s+)*"
                r"(?:trucks|lorries|goods|cargo|freight|hauliers|truckers)\b"
                r"|\b(?:truck|lorry|freight|cargo|goods)\s+crossings?\b", re.IGNORECASE),
     "crossing for goods", "trade_tariffs", ("crossing", "border", "checkpoint")),
    # observers and monitors of a line or a zone are the truce's monitoring (coding guide,
    # session 10: monitors of a truce, a separation line or a demilitarised strip are
    # ceasefire): "neutral monitors posted in the corridor zone", "observers on the new
    # demarcation line", "a strip patrolled by outside observers"; observers at a vote or in a
    # hall are not
    (re.compile(r"\b(?:monitors?|observers?|(?:monitoring|observer)\s+(?:missions?|forces?|teams?))"
                r"\s+(?:[\w'-]+\s+){0,5}?(?:in|on|along|across|at|over)\s+(?:(?:the|a|an|any|its"
                r"|their|every|future|new|whole|entire)\s+)*(?:[\w'-]+\s+){0,2}?" + _LINE +
                r"|" + _LINE + r"\s+(?:[\w'-]+\s+){0,8}?(?:watched|monitored|patrolled|observed)\s+by\b"
                r"|\bmonitor(?:s|ed|ing)?\s+(?:the\s+|a\s+|any\s+)?(?:[\w'-]+\s+){0,2}?" + _LINE,
                re.IGNORECASE), "monitors of a line", "ceasefire",
     ("monitor", "observer", "watched", "patrolled", "observed")),
    # easing or lifting restrictions, curbs or controls on a party is sanctions relief (the
    # ontology: "imposing, easing or lifting sanctions, embargoes, export controls"): "an early
    # lifting of curbs on their banks", "would loosen the remaining restrictions"; border, price
    # or capital controls are not
    (re.compile(r"\b(?:eas(?:e|es|ed|ing)|lift(?:s|ed|ing)?|relax(?:es|ed|ing)?|loosen(?:s|ed|ing)?)"
                r"\s+(?:of\s+)?(?:(?:the|its|their|our|his|her|all|any|some|remaining|existing"
                r"|western|american|european|u\.s\.|eu|these|those)\s+)*"
                r"(?:(?!border|price|capital|rent|passport|travel|speed|noise)[\w-]+\s+)?"
                r"(?:restrictions|curbs|controls)\b", re.IGNORECASE),
     "easing of restrictions", "sanctions", ("restrictions", "curbs", "controls")),
    # boarding, inspecting or searching ships is a security matter (coding guide, session 11,
    # navigation: inspection of ships): "random searches of vessels in the gulf", "tankers
    # must undergo checks", "boarding rights at sea"; boarding passengers is not
    (re.compile(r"\b(?:board(?:ing|ed|s)?|inspect(?:ion|ions|ing|ed|s)?|search(?:es|ed|ing)?|checks?)"
                r"\s+(?:of|on)\s+(?:[\w'-]+\s+){0,3}?(?:ships?|vessels?|tankers?|freighters?)\b"
                r"|\b(?:ships?|vessels?|tankers?|freighters?)\s+(?:[\w'-]+\s+){0,6}?(?:submit\w*\s+to"
                r"|subject\s+to|undergo\w*)\s+(?:[\w'-]+\s+){0,2}?(?:inspections?|checks|searches"
                r"|boarding)\b"
                r"|\bboarding\s+(?:clauses?|rights?|regimes?|powers|provisions?|in\s+(?:the|its|their"
                r"|our)\s+(?:[\w-]+\s+)?(?:waters|zones?|seas?))\b", re.IGNORECASE),
     "inspection of ships", "security_guarantees", ("board", "inspect", "search", "check",
                                                    "submit", "subject", "undergo")),
    # people allowed to leave or to go home are civilians' freedom of movement, a humanitarian
    # matter (the ontology: civilians, displaced persons; coding guide, session 14: a return of
    # people): "would let the villagers go home", "fishermen must be permitted to return home",
    # "the freedom to leave"; a state or a party leaving a bloc or a treaty is not
    (re.compile(r"\b(?:(?:be|being|been|are|were|is|was)\s+(?:allowed|permitted)\s+to|(?:allow\w*"
                r"|permit\w*|let|lets|letting)\s+" + _CIVILIANS + r"\s+(?:to\s+)?|(?:right|freedom)"
                r"\s+to)\s*(?:leave|return\s+home|go\s+home|fly\s+home|come\s+home|cross\s+back"
                r"|return\s+to\s+their\s+(?:homes|villages|land))\b(?!\s+(?:the\s+)?(?:EU|European"
                r"|union|bloc|alliance|treaty|agreement|coalition|government|talks|table|market"
                r"|euro)\b)", re.IGNORECASE), "people leaving", "prisoners_humanitarian",
     ("leave", "home", "cross back", "return to their")),
    # visits a party allows or lets others make (to detainees, camps, a centre, an area it
    # holds) are humanitarian access (the ontology: humanitarian access), not a leaders'
    # visit: "would allow such visits", "let aid doctors visit the camp", "relatives must be
    # allowed to visit them"; a trip to a named capital is not
    (re.compile(r"\b(?:allow\w*|let|lets|letting|permit\w*|able\s+to)\s+(?:[\w.'\u2019-]+\s+){0,4}?"
                r"visit(?:s|ing)?\b(?!\s+(?:to\s+)?(?-i:[A-Z]))", re.IGNORECASE),
     "access visits", "prisoners_humanitarian", ("visit",)),
    # a utility's tariff is a price, not a trade tariff ("a power tariff rise", "electricity
    # tariffs for households")
    (re.compile(r"\b(?:power|electricity|gas|energy|water|utility|feed-in|heating|grid|network)"
                r"\s+tariffs?\b", re.IGNORECASE), "", None, ("tariff",)),
    # a place taken as a border or line says the statement is about the border ("regarded the
    # river as the natural line", "will not accept the river as a border", "any line on any map")
    (re.compile(r"\b(?:regard(?:s|ed|ing)?|see[ns]?|saw|accept(?:s|ed|ing)?|recogni[sz](?:e|es|ed|ing)"
                r"|treat(?:s|ed|ing)?|consider(?:s|ed|ing)?|describ(?:e|es|ed|ing)|propos(?:e|es|ed|ing)"
                r"|us(?:e|es|ed|ing)|keep(?:s|ing)?|kept|want(?:s|ed)?|fix(?:es|ed)?|set(?:s|ting)?"
                r"|establish(?:es|ed|ing)?|designat(?:e|es|ed|ing)|declar(?:e|es|ed|ing))\s+"
                r"(?:[\w'-]+\s+){0,5}?as\s+"
                r"(?:(?:a|an|the|its|their|our)\s+)?(?:[\w'\"-]+\s+){0,5}?(?:border|boundary|frontier"
                r"|line|dividing\s+line|demarcation\s+line)s?\b(?![\s-]+up\b|\s+(?:of\s+)?(?:defen[cs]e|attack"
                r"|inquiry|questioning|argument|reasoning))"
                r"|\blines?\s+on\s+(?:a|the|any|their|our)\s+map\b|\bdraw\w*\s+(?:a|the|any|new)\s+(?:[\w-]+\s+)?"
                r"(?:border|boundary)\b", re.IGNORECASE),
     "border as", "territory", (" border", " boundary", " frontier", " line")),
    # the number of seats in a parliament is its electoral system ("cutting the number of lower
    # house seats", "a reduction of seats", "fewer seats"); cabinet or board seats are not
    (re.compile(r"\b(?:cut\w*|reduc\w*|fewer|increas\w*|expand\w*|add\w*|halv\w*|shrink\w*)\s+"
                r"(?:(?:the|of|in|its|their|parliamentary|proportional|elected|number)\s+)*"
                r"(?:(?!cabinet\b|ministerial\b|board\b|council\b)[\w-]+\s+){0,2}?seats\b",
                re.IGNORECASE), "number of seats", "governance_elections", ("seats",)),
    # safety of aid workers is a humanitarian matter, not a guarantee between states
    (re.compile(r"\bsecurity\s+(?:guarantees?|assurances?)\s+(?:for|to)\s+(?:its|our|their|the"
                r"|aid|relief|humanitarian|medical|\s)+(?:teams?|staff|workers|personnel|convoys"
                r"|volunteers|crews)\b", re.IGNORECASE), "safe passage", "prisoners_humanitarian",
     ("security",)),
    # leaders who could, will or want to meet: a meeting, not the meeting's subject ("Putin
    # and Trump could meet before the end of the year"); "meet the target" is no meeting
    (re.compile(r"\b(?:could|would|will|should|may|might|can|cannot|to|not|never|must)\s+"
                r"(?:\w+ly\s+)?meet(?!\s+(?:the|a|an|its|their|our|these|those|all|any|every"
                r"|this|that|such|demands?|targets?|deadlines?|conditions?|goals?|halfway"
                r"|in\s+the\s+middle|somewhere)\b)\b",
                re.IGNORECASE), "could meet", "summit", ("meet",)),
    # meeting again, or at a stated time or place, is a meeting ("let their negotiators meet
    # again in July", "meet in Geneva on Monday")
    (re.compile(r"\b(?i:meet)\s+(?:(?i:again|soon|later|face[\s-]to[\s-]face|in\s+person)\b"
                r"|(?i:in|on|at)\s+[A-Z])"), "meet again", "summit", ("meet",)),
    # a call the parties would hold is a meeting by other means ("if the queen will speak to
    # her counterpart", "would discuss the text with her by phone", "asked for a video
    # call about the levy"); a call that took place ("had discussed it by phone last week") is
    # only the occasion, and reporters are no party
    (re.compile(r"\b(?i:would|will|could|to|not|never|should|might|may|can)\s+(?i:\w+ly\s+)?"
                r"(?:(?i:speak|talk)\s+(?i:again\s+)?(?i:to|with)\s+(?!(?i:reporters|journalists"
                r"|the\s+press|the\s+media)\b)(?:[A-Z]|(?i:his|her|their)\s+counterparts?\b)"
                r"|(?i:discuss|raise|settle)\s+(?:[\w.'\u2019-]+\s+){0,10}?(?i:by\s+(?:tele)?phone|on\s+the"
                r"\s+phone)\b)"
                r"|\b(?i:ask\w*\s+for|request\w*|propos\w*|want\w*|arrang\w*|schedul\w*|organi[sz]\w*"
                r"|set\s+up)\s+(?i:(?:a|an|another|separate|new|further|direct)\s+){0,3}(?i:phone|video"
                r"|telephone)\s+(?i:calls?|conversations?)\b"), "call between parties", "summit",
     ("speak", "talk", "phone", "video")),
    # a meeting proposed or expected at a stated time or place is the talks' format ("a further
    # meeting in December was possible", "suggested that a first round be held in the capital");
    # a meeting that took place ("at their meeting in Moscow") is only the occasion
    (re.compile(r"\b(?i:a|an|another)\s+(?i:(?:first|further|next|new|second|third|final|direct"
                r"|face-to-face|separate)\s+)?(?i:meeting|round|summit)\s+(?i:(?:be|to\s+be|would"
                r"\s+be|will\s+be|could\s+be)\s+)?(?i:(?:held|hosted|convened)\s+)?(?i:in|at)\s+[A-Z]"),
     "meeting in", "summit", ("meeting", "round", "summit")),
    # whether and when a meeting is to take place is the talks' format ("wants the meeting held
    # within two weeks", "hoped the signing would take place by autumn", "the dialogue would
    # continue in any case", "both sides' experts should keep meeting"); a meeting that was held ("at a
    # meeting held in Vienna") is only the occasion, and so is one a relative clause dates
    # ("will reply ahead of the coming round, which is to be held in May")
    (re.compile(r"\b(?:meetings?|rounds?|summits?|talks|negotiations|sessions?|signing|dialogue"
                r"|contacts|consultations?)\b(?:,?\s+(?!(?:which|that|who|where)\b)[\w'\u2019-]+){0,5}?,?\s+"
                r"(?:(?:should|would|will|could|must|can|may|might|shall|to)\s+(?:\w+ly\s+)?(?:be\s+held|take\s+place|go\s+ahead"
                r"|continue|resume|proceed)|held\s+(?:within|by|before|next|early|soon)\b)"
                r"|\b(?:keep|kept|keeps|continue|continues|continued)\s+meeting\b",
                re.IGNORECASE), "meeting to take place", "summit",
     ("meeting", "round", "summit", "talks", "negotiations", "session", "signing", "dialogue",
      "contacts", "consultation")),
    # who sits at the table is the talks' format (coding guide 5: who meets and in what format):
    # "insisted on a seat of their own at the table", "found no place for the league at the
    # negotiating table", "Asia's place in the talks", "the board's delegates seated at the
    # table", "would welcome the Alliance at the table", "would sit down with the governor"; an
    # offer "on the table" is not, nor a matter that "had no place in these negotiations", nor a
    # party that says "we sit at the same table" of joining a government
    (re.compile(r"\b(?<!took\s)(?<!take\s)(?<!taken\s)(?<!takes\s)(?<!taking\s)(?:seats?|place)[\"\u201d]?\s+"
                r"(?:of\s+(?:its|their|our|his|her)\s+own\s+)?(?:for\s+(?:the\s+|its\s+|their\s+)?[\w'-]+\s+)?"
                + _TABLE
                + r"|(?:['\u2019]s|\b(?:a|its|their|our|his|her))\s+(?:seats?|place)\s+in\s+(?:the|these"
                r"|those|any|future)\s+(?:talks|negotiations)\b"
                + r"|\b(?:delegates|delegations?|representatives|negotiators|envoys|(?!(?:we|they|you|he|she|it)\b)"
                r"(?-i:[A-Z])[\w'-]+)\s+(?:sitting|seated|sit|sits|sat)\s+" + _TABLE
                + r"|\b(?:welcom|want|invit|includ|need)\w*\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'-]*\s+){1,3}"
                + _TABLE + r"|\b(?:sit|sits|sitting|sat)\s+down\s+(?:with\b|in\s+(?-i:[A-Z])"
                r"|to\s+(?:talk|negotiate)\b)", re.IGNORECASE),
     "seat at the table", "summit", ("table", "talks", "negotiations", "down")),
    # a licence, concession or fund held jointly by the parties is a resource or payment deal
    # between them (coding guide 5: joint development, revenue sharing), whatever the licence
    # is for ("a joint licence for both fleets", "a shared concession on the pass", "pay into
    # the joint repair fund")
    (re.compile(r"\b(?:joint|shared)\s+(?:[\w-]+\s+){0,2}?(?:concessions?|licen[cs]es?|licensing"
                r"|permits?|funds?|exploitation)\b", re.IGNORECASE),
     "joint licence", "economic_cooperation", ("joint", "shared")),
    # a place or facility said to be (or to stay) one nation's is a claim to control it ("the
    # island is Norlandic and will stay Norlandic", "the dam is and will remain an Osterlandic
    # facility", "wants the islands kept Vesmarkish"), not whatever the place is used for
    # (said of a place, a facility or a name: "the buyer is Norlandic" is no claim)
    (re.compile(r"(?:\b(?i:plants?|islands?|islets?|territory|territories|regions?|land|city|town"
                r"|ports?|facility|facilities|dams?|fields?|bases?|zones?|areas?|provinces?|villages?"
                r"|reefs?|straits?|mines?|waters|coast)|\b[A-Z][\w'-]+)[\s\"\u201c\u201d]+"
                r"(?:(?:should|must|will|would|shall|can|could|has|have|had)\s+(?:be(?:en)?\s+)?)?"
                r"(?:is|are|was|were|remains?|stays?|remain|stay|be|kept)\s+(?:(?:still|always|entirely"
                r"|and\s+(?:will|would)\s+(?:remain|stay|be))\s+)?(?:(?:a|an)\s+)?(?:(?:Sri|South|North"
                r"|East|West|New|Saudi|Turkish|Greek)\s+)?[A-Z][a-z]+(?:an|ian|ese|ish|ic|i|ch)\b"
                r"(?:\s+(?i:facility|territory|land|soil|islands?|zone|region|plant|city|town|port"
                r"|waters))?(?=\s*(?:[,;.:!?\"\u201d]|$|and\b))"),
     "nation's place", "territory", (" is ", " are ", " was ", " were ", "remain", "stay", " be ",
                                      "kept", "\" is", "\u201c is", "\u201cis")),
    # a vote for or against a government or its head is an investiture or confidence vote
    # ("would vote against any government in which they hold no posts")
    (re.compile(r"\bvot(?:e|es|ed|ing)\s+(?:for|against|in\s+favou?r\s+of)\s+(?:(?:any|a|the|this"
                r"|that|their|its|our|his|her|every|such\s+a)\s+)?(?:[\w-]+\s+){0,2}?(?:government"
                r"|cabinet|coalition|prime\s+minister|premier|chancellor)\b", re.IGNORECASE),
     "investiture vote", "coalition_government", ("vot",)),
    # any other vote for or against something is the way a body decides it, not an election:
    # what is voted on gives the issue ("will not vote for a budget that ...", "vote against
    # the package")
    (re.compile(r"\bvot(?:e|es|ed|ing)\s+(?:for|against|on|in\s+favou?r\s+of)\b", re.IGNORECASE),
     "", None, ("vot",)),
    # powers over public services make self-government ("an association with real powers
    # over education, health care and local economic development")
    (re.compile(r"\b(?:powers|competences|competencies)\s+over\s+[^.;:!?]{0,80}",
                re.IGNORECASE), "self-government", "governance_elections",
     ("powers", "competenc")),
    # a limit on a country's armed forces is a security arrangement ("a ceiling on the size
    # of its army", "fixing the size of its army in numbers", "caps on troop numbers")
    (re.compile(r"\b(?:size|ceiling|ceilings|cap|caps|limits?|upper\s+limit)\s+(?:(?:imposed|placed"
                r"|put|set)\s+)?(?:on|of|to)\s+"
                r"(?:(?:the|its|their|his|her|a|an|any)\s+)?(?:[\w-]+(?:'s|\u2019s)\s+)?(?:(?:(?:peacetime"
                r"|overall|total|wartime)\s+)?(?:size|number|strength|headcount|manpower)\s+of\s+"
                r"(?:the\s+|its\s+|their\s+)?(?:[\w-]+(?:'s|\u2019s)\s+)?)?(?:(?:standing|regular|peacetime|active"
                r"|national)\s+)?(?:army|armies|(?:armed\s+)?forces|military|troops?|troop\s+numbers"
                r"|soldiers)\b", re.IGNORECASE), "limits on armed forces", "security_guarantees",
     ("army", "armies", "forces", "military", "troop", "soldiers")),
    # the parties' forces patrolling or operating together are security cooperation between
    # them (the ontology's security arrangements), not the border or the waters they patrol
    # ("joint patrols on the lake", "a joint border operation", "joint naval drills");
    # a joint operation of a facility ("of the dam") is not
    (re.compile(r"\bjoint\s+(?:(?:military|naval|border|security|air|maritime|army|police"
                r"|counter-[\w]+|anti-[\w]+)\s+)?(?:patrols?|patrolling|surveillance|exercises|drills"
                r"|operations?(?!\s+(?:of|company|companies|agreement)\b))\b", re.IGNORECASE),
     "joint patrols", "security_guarantees", ("joint",)),
    # a party that would guarantee a settlement, a neutral state or another's safety or defence
    # is a guarantor of it (the ontology's guarantees by third states): "outside powers would
    # guarantee it", "the states guaranteeing any peace accord", "fleets that would guarantee
    # harbour safety"; a guaranteed share, price or flow is not
    (re.compile(r"\bguarantee(?:s|d|ing)?\s+(?:(?:the|a|an|any|its|their|our|this|that|his|her)\s+)?"
                r"(?:[\w'\u2019-]+\s+){0,2}?(?:peace|settlement|deal|agreement|accord|truce|ceasefire"
                r"|safety|security|defen[cs]e|neutrality|independence|borders?|integrity)\b"
                r"|\bguarantee(?:s|d|ing)?\s+(?:it|them)(?=\s*(?:[,;.:!?\"\u201d]|$))", re.IGNORECASE),
     "guarantor", "security_guarantees", ("guarant",)),
    # a loan or fund drawn on frozen assets is about the frozen assets ("immobilised Russian
    # central bank assets", "frozen sovereign assets")
    (re.compile(r"\b(?:frozen|immobili[sz]ed|seized|blocked)\s+(?:[\w-]+\s+){0,3}?assets\b",
                re.IGNORECASE), "frozen assets", "sanctions", ("assets",)),
    # who controls a place: handing a town back, a district under rebel control ("until the
    # rebels had handed the town back to government control", "would never give the township
    # back")
    (re.compile(r"\b(?:(?:[Hh]and|[Gg]iv|[Gg]ave|[Rr]eturn|[Cc]ed)\w*\s+" + _PLACE
                + r"[\w'-]*\s+(?i:back)\b|(?i:\b(?:(?:back|return\w*)\s+to|under)\s+(?:the\s+)?"
                r"(?:government"
                r"|state|army|military|rebel|federal|central|[\w-]+(?:'s|\u2019s))\s+control)\b)"),
     "control of a place", "territory", ("back", "control")),
    # handing over or ceding land, or a place in the hands of a side, is about who controls
    # it ("will not hand over land", "while the town is in the hands of an armed group")
    (re.compile(r"\b(?:(?:hand|give|gave|cede|surrender)\w*\s+(?:over\s+|up\s+)?(?:any\s+|more\s+"
                r"|the\s+|our\s+|its\s+|their\s+)?(?:land|territory)\b|" + _PLACE
                + r"\w*\s+(?:is|are|was|were|remains?|remained|stays?)\s+(?:still\s+)?in\s+the\s+"
                r"hands\s+of\b)"), "control of a place", "territory", ("land", "territory", "hands")),
    # releasing people from custody is a handover of people, whatever they are held for
    # (coding guide, session 14: "release 40 fishermen", "the crew would be freed only if",
    # "the release of the two reporters"); releasing water, funds or a vessel is not
    (re.compile(r"\b(?:releas(?:e|es|ed|ing)|free(?:s|d|ing)|free(?=\s+(?:the|all|both|its|their|our"
                r"|his|her|those|these|\d)))\s+(?:of\s+)?(?:(?:the|all|both|its|their|our|his|her"
                r"|those|these|remaining|detained|jailed|captured|arrested|held)\s+)*"
                r"(?:[\w'-]+\s+){0,2}?" + _PEOPLE + r"\b"
                r"|\b" + _PEOPLE + r"\s+(?:[\w'-]+\s+){0,3}?(?:released|freed|set\s+free)\b",
                re.IGNORECASE), "release of people", "prisoners_humanitarian",
     ("releas", "free")),
    # idioms and references whose words name no issue: "held hostage to", "the federation
    # said" (an organisation), "on the front line of this crisis"
    (re.compile(r"\b(?:held|hold|holds|holding|taken|made|make|makes|making|kept|keep|keeps)"
                r"\s+[\"\u201c]?(?:a\s+)?hostage\b", re.IGNORECASE), "", None,
     ("hostage",)),
    # (and "the federation now wants", "a federation spokesman", "the party's Tessalian
    # federation", "the confederation backed": a body, not a federal state)
    (re.compile(r"\b(?i:the\s+(?:con)?federation(?:'s|\u2019s|\s+(?:(?:also|still|now|then|\w+ly)\s+)?"
                r"(?:said|says|would|will|has|had|is|was|could|can|may|might|should|must|did|does"
                r"|called|urged|wants|wanted|warned|rejected|welcomed|represents|backed|opposed"
                r"|president|chairman|head))|(?:the|a)\s+federation\s+(?:spokes\w+|officials?"
                r"|members?|leaders?))\b|\b[A-Z][\w'-]+\s+(?:con)?federation\b"), "", None,
     ("federation",)),
    (re.compile(r"\bon\s+the\s+front\s?lines?\s+of\b", re.IGNORECASE), "", None, ("front",)),
    # "an invitation to the next war", "an invitation to aggression": the idiom, not a summit
    (re.compile(r"\binvitations?\s+(?:to|for)\s+(?:(?:the|a|an|another|further|more)\s+)?(?:next\s+"
                r"|new\s+|future\s+)?(?:war|wars|aggression|aggressors?|attacks?|invasions?|conflicts?"
                r"|bloodshed|violence|chaos|abuse|impunity)\b", re.IGNORECASE), "", None,
     ("invitation",)),
    # where and when a speaker spoke is no issue ("as she arrived for a meeting of foreign
    # ministers", "on the sidelines of the summit", "after talks with his counterpart", "said on
    # Monday, after a further session of talks")
    (re.compile(r"\b(?:on\s+the\s+(?:sidelines|margins?)\s+of|(?:as|when|after|before)\s+(?:he|she"
                r"|they|we|I)\s+(?:arrived|left|emerged|came\s+out)\s+(?:for|at|from|of)|(?:speaking|told"
                r"\s+reporters|said)\s+(?:on\s+\w+,?\s+)?(?:after|before|ahead\s+of|during)|(?:during|in)\s+(?:his|her|their"
                r"|a|the)\s+(?:regular\s+|daily\s+|weekly\s+)?(?:phone\s+|conference\s+|video\s+)?call"
                r"\s+with)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w'-]+\s+){0,4}?(?:meeting|summit"
                r"|talks|session|conference|counterparts?|journalists|reporters)\b", re.IGNORECASE),
     "", None, ("sidelines", "margin", "arrived", " left ", "emerged", "came out", "said after",
                "said before", "said ahead", "said during", "reporters after", "reporters before",
                "reporters ahead", "reporters during", "speaking after", "speaking before",
                "speaking ahead", "speaking during", "call with", "said on")),
    # whom a speaker told, and when, is no issue: the statement is what follows "that" ("had
    # told the visiting envoy during their meeting that ...", "assured the mediators at the
    # last round that ...")
    (re.compile(r"\b(?:told|tells?|telling|assured|informed|reminded|briefed|made\s+(?:it\s+)?clear"
                r"\s+to)\s+(?!(?:of|about|against|on)\b)(?:[^\s;:!?\"\u201c\u201d]+\s+){1,12}?that\b",
                re.IGNORECASE),
     "", None, ("told", "tell", "assured", "informed", "reminded", "briefed", "clear to")),
    # a duty as an obligation ("duty to", "off duty", "duty-bound"), not a charge
    (re.compile(r"\b(?:(?:on|off|of)\s+duty|duty(?:\s+to|\s+of\s+care|-bound))\b", re.IGNORECASE),
     "", None, ("duty",)),
    (re.compile(r"\bswift(?:ly)?\b"), "", None, ("swift",)),  # the adjective, not SWIFT the payment system
    # an annex after a determiner is a part of a document ("the annex", "a confidential
    # annex"), not the verb of annexation ("plans to annex the region")
    # (also after a possessive and an adjective: "the treaty's missing annex")
    (re.compile(r"\b(?:the|an|a|its|this|that|each|every|secret|confidential|classified"
                r"|technical|separate|\w+['\u2019]s)\s+(?:(?!to\b)[\w-]+\s+)?annex(?:es)?\b",
                re.IGNORECASE), "", None, ("annex",)),
    # what a statement leaves for later is not what it is about ("a ceasefire first, and
    # leave the question of borders for later", "set the border issue aside")
    (re.compile(r"\b(?:leave|leaving|put|putting|set|setting)\s+(?:[\w'-]+\s+){1,5}?"
                r"(?:for\s+later|until\s+later|for\s+another\s+day|aside|to\s+one\s+side)\b",
                re.IGNORECASE), "", None, ("later", "aside", "another day", "one side")),
) + BALLOT_CONSTRUCTIONS + RETURN_CONSTRUCTIONS + STATUS_CONSTRUCTIONS + CHANNEL_CONSTRUCTIONS
# the date of a vote, a return of people, the status of a place, a mediator as a source or a
# channel (:mod:`kg.extract.issue_ballots`, :mod:`kg.extract.issue_returns`,
# :mod:`kg.extract.issue_status`, :mod:`kg.extract.issue_channels`)
CONSTRUCTION_LABELS = frozenset(label for _, label, code, _ in CONSTRUCTIONS if code)
CONSTRUCTION_WEIGHT = 2.5  # as much as a two-word cue phrase
# Constructions that count toward no article's topic (a claim to one place says what that
# statement is about, not what kind of talks the article reports)
BACKGROUND_LABELS = frozenset({"nation's place"}) | STATUS_BACKGROUND
