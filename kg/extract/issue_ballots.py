"""When a vote is to be held: the date of a ballot is an electoral matter.

A "vote" alone is ambiguous (a union's strike ballot, a budget vote, a vote in parliament,
a referendum), so it is a weak cue whose sense the article's other cues choose; in coalition
or wage talks it takes their code. But a vote given a date or a deadline ("asks for the
vote to be held by May", "could live with a vote in late 2031", "want a fresh vote
no later than autumn") is the timing of a ballot, which the coding guide puts with
elections and referendums (`governance_elections`: the election date), whatever the talks
are about.

>>> [label for p, label, _, _ in BALLOT_CONSTRUCTIONS if p.search("insists on the vote held by May")]
['date of a vote']
>>> [label for p, label, _, _ in BALLOT_CONSTRUCTIONS if p.search("a budget vote in March")]
[]
"""

from __future__ import annotations

import re

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November"
          r"|December|spring|summer|autumn|fall|winter|(?:19|20)\d\d|next\s+year|this\s+year)")
# The noun after a determiner and at most a general adjective ("a fresh vote"): a budget,
# confidence or strike vote keeps its own code (coalition_government, labour_wages), and
# "the assembly plans to vote before May" is a body deciding, not a ballot.
BALLOT_CONSTRUCTIONS: tuple[tuple[re.Pattern[str], str, str | None, tuple[str, ...]], ...] = (
    (re.compile(r"\b(?:a|the|any|that|this|such\s+a)\s+(?:(?:fresh|new|final|popular|public"
                r"|national|single)\s+)?vote\s+(?:(?:to\s+)?be\s+)?(?:held\s+|take\s+place\s+)?"
                r"(?:no\s+later\s+than|by\s+the\s+end\s+of|before\s+the\s+end\s+of"
                r"|(?:in|by|before)\s+(?:early\s+|late\s+|mid-)?(?:the\s+(?:first|second)\s+half"
                r"\s+of\s+)?" + _MONTH + r"\b)", re.IGNORECASE),
     "date of a vote", "governance_elections", ("vote",)),
)
