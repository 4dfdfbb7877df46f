"""The machine sheet's stances: clauses, demanded conditions, evidence spans, issues."""

from datetime import date

import pytest

from kg.extract.actors import Actor
from kg.extract.attribution import Statement
from kg.extract.coding import clause_spans, stance_items
from kg.extract.issues import load_scheme
from kg.extract.positions import Positions
from kg.extract.segment import Sentence


def _stances(text: str, content: str, verb: str = "say", dominant: str | None = None):
    """Stance items of one statement by Norway about the whole of ``text``."""
    sentence = Sentence(0, 0, len(text), text, 0, False)
    norway = Actor("norway", "state", "Norway")
    st = Statement(sentence, norway, None, content, 0, len(text), 0.8, verb)
    return stance_items([st], text, load_scheme(), dominant, Positions(), date(2026, 5, 6))


def test_two_clauses_give_two_stances_with_their_own_issue_and_evidence():
    text = ("Norway said it supported the moratorium on shelling the ports, and that it "
            "would accept the customs office only if its own officers took part.")
    content = text[len("Norway "):]
    items = _stances(text, content)
    values = [(s["value"], s["issue"]) for s in items]
    assert values[:2] == [("support", "ceasefire"), ("conditional", values[1][1])]
    first, second = (s["evidence"][0] for s in items[:2])
    assert first["text"].startswith("said it supported") and first["text"].endswith("ports")
    assert second["text"].startswith("and that it would accept")
    assert first["end"] <= second["start"]
    assert items[1]["condition"].startswith("only if")


def test_a_demanded_condition_is_also_supported():
    text = "Norway would sign the quota deal only if the fleet cap applied to all vessels."
    items = _stances(text, text[len("Norway "):], dominant="trade_tariffs")
    assert [s["value"] for s in items] == ["conditional", "support"]
    demand = items[1]
    assert "fleet-cap-applied-to-all-vessels" in demand["target"]
    assert demand["evidence"] == items[0]["evidence"]
    assert demand["confidence"] < items[0]["confidence"]


def test_a_refused_variant_is_conditional_and_its_restriction_opposed():
    text = "Norway would not sign any quota deal that exempted the trawler fleet."
    items = _stances(text, text[len("Norway "):], dominant="trade_tariffs")
    assert [s["value"] for s in items] == ["conditional", "oppose"]
    assert items[0]["condition"] == "exempted the trawler fleet"
    assert "exempted-the-trawler-fleet" in items[1]["target"]
    assert items[1]["evidence"] == items[0]["evidence"]


def test_any_deal_must_include_gives_only_the_stance_toward_what_it_must_include():
    """Coding guide 3, session-11 clarifications: "any settlement must include Y" names no
    target of its own, so only the support toward Y is coded; a defined target ("any
    ceasefire") keeps its conditional."""
    text = "Norway said any settlement must include the return of the fishing grounds."
    items = _stances(text, text[len("Norway "):], dominant="territory")
    assert [s["value"] for s in items] == ["support"]
    assert "return-of-the-fishing-grounds" in items[0]["target"]
    text = "Norway said any ceasefire must include observers on the lake."
    items = _stances(text, text[len("Norway "):], dominant="ceasefire")
    assert [s["value"] for s in items] == ["conditional", "support"]


def test_no_peace_while_a_wrong_lasts_is_support_for_ending_it():
    """Coding guide 3.3 and 3.4: "no peace while X" names no target of its own (peace is
    vague), so the statement wants X ended: `support`, no `conditional` toward peace; a
    defined target ("no talks until ...") keeps its conditional."""
    for text in ("Norway said there would be no peace while foreign trawlers fished in its "
                 "waters.",
                 "Norway said there can be no lasting peace as long as our fishermen remain in "
                 "foreign jails."):
        items = _stances(text, text[len("Norway "):], dominant="territory")
        assert {s["value"] for s in items} == {"support"}, text
    text = "Norway said there would be no quota talks while foreign trawlers fished in its waters."
    items = _stances(text, text[len("Norway "):], dominant="trade_tariffs")
    assert "conditional" in [s["value"] for s in items]


def test_one_target_accepted_in_part_is_one_mixed_stance():
    text = "Norway said it was positive about parts of the charter but had objections to others."
    items = _stances(text, text[len("Norway "):], dominant="peace_plan")
    assert [(s["value"], s["issue"]) for s in items] == [("mixed", "peace_plan")]
    assert items[0]["evidence"][0]["text"] == text


def test_a_statement_without_attitude_gives_no_stance():
    text = "Norway said the ferry carries nine hundred passengers a day."
    assert _stances(text, text[len("Norway "):]) == []


@pytest.mark.parametrize("text", [
    "Norway said it was not going to bargain over the quota through the newspapers.",
    "Norway said it would talk to every party but would not haggle in the press.",
    "Norway said it doesn't negotiate via the media.",
])
def test_a_refusal_to_argue_in_public_gives_no_stance(text):
    assert _stances(text, text[len("Norway said "):]) == []


def test_a_refusal_reported_in_the_press_still_counts():
    text = "Norway said it would not sign the quota deal, as it told the press."
    assert [i["value"] for i in _stances(text, text[len("Norway said "):])] == ["oppose"]


@pytest.mark.parametrize("text", [
    "Norway said: we will treat the route of the cable as a matter for the two operators.",
    "Norway said: we will not take sides in a quarrel between shipowners.",
    "Norway said: we will leave it for the county councils to decide where the turbines go.",
    'Norway said: we will "not take a view" about herring prices.',
    "Norway said: we are not a party to those harbour negotiations.",
])
def test_keeping_out_of_a_question_gives_no_stance(text):
    assert _stances(text, text[len("Norway said: "):]) == []


@pytest.mark.parametrize("text", [
    "Norway said: we had already moved the cargo to other ports, and we can show the receipts.",
    "Norway said: our trawlers had fished the bank for years, and we can prove it.",
])
def test_a_past_event_in_the_pluperfect_gives_no_stance(text):
    assert _stances(text, text[len("Norway said: "):]) == []


def test_a_pluperfect_message_still_carries_its_content():
    text = "Norway said: we had made clear that we will sign the quota deal."
    assert [i["value"] for i in _stances(text, text[len("Norway said: "):])] == ["support"]


@pytest.mark.parametrize("text", [
    "Norway said: I am a surveyor, not a judge.",
    "Norway said: my task is to count the ballots, not to fill them in.",
    "Norway said: we are an observer, not a party, the envoy said.",
])
def test_the_speakers_own_role_told_by_a_correction_gives_no_stance(text):
    assert _stances(text, text[len("Norway said: "):]) == []


def test_a_wish_told_by_a_correction_still_counts():
    text = "Norway said: we want a lasting quota deal, not a yearly fight."
    assert [i["value"] for i in _stances(text, text[len("Norway said: "):])] == ["support"]


@pytest.mark.parametrize("text", [
    "Norway said: we will sit down with the shipowners, and we will also be at the harbour.",
    "Norway said: then we will meet the county again in April.",
    "Norway said: that is as far as I will go this morning.",
    "Norway said: I will leave the arithmetic to the accountants.",
])
def test_the_speakers_own_conduct_in_the_talks_gives_no_stance(text):
    assert _stances(text, text[len("Norway said: "):]) == []


def test_an_intention_beside_the_speakers_conduct_still_counts():
    text = "Norway said: we will sign the quota deal and then we will meet again."
    assert [i["value"] for i in _stances(text, text[len("Norway said: "):])] == ["support"]


@pytest.mark.parametrize("text", [
    "Norway said: my guess is that the quota talks will end in a draw.",
    "Norway said: I expect that the ferry will run again by May.",
    "Norway said: I would be surprised if the quota deal collapsed.",
])
def test_the_speakers_own_forecast_gives_no_stance(text):
    assert _stances(text, text[len("Norway said: "):]) == []


def test_a_forecast_beside_a_wish_still_counts():
    text = "Norway said: I expect a deal by May, and we want the quota deal signed."
    assert [i["value"] for i in _stances(text, text[len("Norway said: "):])] == ["support"]


@pytest.mark.parametrize("text", [
    "Norway said: the ministry would not comment on a letter it has not yet received.",
    "Norway said: the minister would not be drawn on the timing of the ferry talks.",
    "Norway said: there is nothing more to say about the quota.",
    "Norway said: I am not going to speculate about the spring round.",
    "Norway said: I do not speak for the Icelanders.",
    "Norway said: I will not answer questions about the autumn quota.",
    "Norway said: you'd have to ask the harbour board.",
    "Norway said: the ferry may run again, but the operators are the people you should ask.",
    "Norway said: the fleet has not said which terms it is after.",
    "Norway said: we have yet to say how we will pay for the new ferry.",
    "Norway said: we'd rather not comment on the quota until after the ballot.",
    "Norway said: the price of the ferry is for the two operators to work out.",
    "Norway said: we hold no view on which firm should run the ferry.",
    "Norway said: a quota deal by May could happen, but we wouldn't bet on that.",
])
def test_a_non_answer_gives_no_stance(text):
    assert _stances(text, text[len("Norway said: "):]) == []


def test_a_request_told_to_the_listener_is_no_non_answer():
    text = "Norway said: you should ask the ministry to lift the herring ban."
    assert _stances(text, text[len("Norway said: "):]) != []


@pytest.mark.parametrize("question, verb, value", [
    ("Q: Would you accept the quota deal?", "answer:yes", "support"),
    ("Q: Would you accept the quota deal if Iceland paid for the vessels?", "answer:yes",
     "conditional"),
    ("Q: Is the quota deal acceptable?", "answer:partly", "mixed"),
])
def test_a_bare_answer_is_valued_by_its_question(question, verb, value):
    assert [i["value"] for i in _stances(question, question, verb)] == [value]


@pytest.mark.parametrize("text", [
    "Norway said: we did not join this coalition to count paper clips.",
    "Norway said: our voters did not send us here to hand the fisheries ministry to the Greens.",
    "Norway said: we did not get 20 percent to sit quietly in the back row.",
])
def test_the_speakers_mandate_gives_no_stance(text):
    assert _stances(text, text[len("Norway said: "):]) == []


@pytest.mark.parametrize("text", [
    "Norway said: nothing is signed.",
    "Norway said: no text had been agreed on the quota.",
    "Norway said: the quota deal is due to be signed at an event in Tromso next month.",
])
def test_a_report_that_nothing_is_signed_yet_gives_no_stance(text):
    assert _stances(text, text[len("Norway said: "):]) == []


@pytest.mark.parametrize("text", [
    "Norway said: Iceland has not ratified the herring protocol.",
    "Norway said: the harbour board has not yet endorsed any of the three ferry routes.",
    "Norway said: Denmark never ratified the quota convention and keeps no observer there.",
])
def test_a_formal_step_not_taken_gives_no_stance(text):
    assert _stances(text, text[len("Norway said: "):]) == []


def test_a_refusal_to_take_a_formal_step_still_counts():
    text = "Norway said: we will never sign the herring protocol."
    assert [i["value"] for i in _stances(text, text[len("Norway said: "):])] == ["oppose"]


def _person_stances(text: str, content: str):
    """Stance items of one statement by a commentator, who holds for himself."""
    sentence = Sentence(0, 0, len(text), text, 0, False)
    ida = Actor("ida-berg", "person", "Ida Berg")
    st = Statement(sentence, ida, None, content, 0, len(text), 0.8, "say")
    return stance_items([st], text, load_scheme(), None, Positions(), date(2026, 5, 6))


@pytest.mark.parametrize("text", [
    "Ida Berg said: both sides want the quota deal, but for different reasons.",
    "Ida Berg said: each party needs a win it can take home to the fishing towns.",
    "Ida Berg said: somebody will have to move first, and no one wants to be the one who blinks.",
    "Ida Berg said: Oslo believes that time is on its side, and Reykjavik cannot afford to wait.",
])
def test_a_commentators_account_of_what_others_want_gives_no_stance(text):
    assert _person_stances(text, text[len("Ida Berg said: "):]) == []


def test_a_commentators_own_view_beside_it_still_counts():
    text = "Ida Berg said: both sides want the quota deal, and they should sign it."
    assert [i["value"] for i in _person_stances(text, text[len("Ida Berg said: "):])] == [
        "support"]


def test_clause_spans_fall_back_when_a_clause_is_not_in_the_sentence():
    assert clause_spans("X backed it, but Y did not.", 10, ["backed it", "but Y did not."]) == [
        (12, 21), (23, 37)]
    assert clause_spans("X backed it.", 0, ["backed it", "rejected that"]) is None


def test_a_bare_no_opposes_what_the_question_proposes():
    text = "No."
    items = _stances(text, "Would Oslo accept the herring quota?", verb="answer:no")
    assert [s["value"] for s in items] == ["oppose"]
    items = _stances(text, "Would Oslo reject the herring quota?", verb="answer:no")
    assert [s["value"] for s in items] == ["support"]


@pytest.mark.parametrize("question", [
    "Q: The ferry operators call the timetable a provocation. Is that a problem for Oslo?",
    "Q: Is that the end of the herring quota, then?",
    "Q: Is the new timetable a real obstacle for the talks?",
])
def test_a_bare_no_to_a_question_of_trouble_accepts_its_matter(question):
    items = _stances("No.", question, verb="answer:no")
    assert [s["value"] for s in items] == ["support"]


def test_an_agreement_both_sides_report_is_each_sides_support():
    from dataclasses import replace

    text = ("Oslo has secured a Danish commitment to open two more ports to its trawlers, "
            "according to both governments.")
    sentence = Sentence(0, 0, len(text), text, 0, False)
    norway = Actor("norway", "state", "Norway")
    st = Statement(sentence, norway, None, text, 0, len(text), 0.8, "according",
                   joint_report=True)
    scheme, when = load_scheme(), date(2026, 5, 6)
    items = stance_items([st], text, scheme, "trade_tariffs", Positions(), when)
    assert [s["value"] for s in items] == ["support"]
    fact = replace(st, content="More than 40 trawlers have been idle since May, according "
                               "to both governments.")
    assert stance_items([fact], text, scheme, "trade_tariffs", Positions(), when) == []


def test_the_opposite_line_reverses_the_stance_reported_before_it_and_a_similar_one_shares_it():
    text = "Sweden said it would back the shared reserve. Finland took the opposite line."
    first = Sentence(0, 0, 46, text[:46], 0, False)
    second = Sentence(1, 47, len(text), text[47:], 0, False)
    sweden, finland, latvia = (Actor(i, "state", i.title()) for i in ("sweden", "finland",
                                                                        "latvia"))
    statements = [
        Statement(first, sweden, None, "would back the shared reserve", 0, 46, 0.8, "say"),
        Statement(second, finland, None, "took the opposite line", 47, len(text), 0.8,
                  "take the opposite line"),
        Statement(second, latvia, None, "took a similar view", 47, len(text), 0.8,
                  "take a similar view")]
    items = stance_items(statements, text, load_scheme(), "other", Positions(),
                         date(2026, 5, 6))
    assert [(s["holder"], s["value"]) for s in items] == [
        ("sweden", "support"), ("finland", "oppose"), ("latvia", "oppose")]


def test_a_suggestion_that_something_be_done_is_support():
    text = "Norway has suggested that the toll money could fund a new lock on the river."
    assert [s["value"] for s in _stances(text, text[len("Norway "):], verb="suggest")] == [
        "support"]
    said = "Norway said the toll money goes to the river authority."
    assert _stances(said, said[len("Norway "):], verb="suggest") == []


def test_an_uncued_offer_after_an_opening_condition_is_conditional_and_demands_it():
    text = "Norway said: If the fleet cap covers all vessels, we will put the quota deal to parliament."
    items = _stances(text, text[len("Norway said: "):], dominant="trade_tariffs")
    assert [s["value"] for s in items] == ["conditional", "support"]
    assert items[0]["condition"].startswith("If the fleet cap")
    necessary = "Norway said: If necessary, we will put the quota deal to parliament."
    assert [s["value"] for s in _stances(necessary, necessary[len("Norway said: "):])] == ["support"]


@pytest.mark.parametrize("text, content", [
    ("Norway said: I am not asking for special favours from Iceland.",
     "I am not asking for special favours from Iceland."),
    ("Norway said: our skippers were never looking for a quarrel with Iceland over herring.",
     "our skippers were never looking for a quarrel with Iceland over herring."),
    ("Norway denied reports that Oslo had offered to drop the herring quota in exchange for fuel.",
     "denied reports that Oslo had offered to drop the herring quota in exchange for fuel."),
])
def test_a_denial_gives_no_stance(text, content):
    assert _stances(text, content) == []


def test_a_refusal_beside_a_disowned_demand_still_counts():
    text = "Norway said: I am not asking for a discount, yet the quota deal is one I refuse to sign."
    assert [i["value"] for i in _stances(text, text[len("Norway said: "):])] == ["oppose"]


@pytest.mark.parametrize("text, content", [
    ("Norway and Iceland did agree on one practical step.", "did agree on one practical step."),
    ("Norway and Iceland, for all their quarrels, did agree on something over dinner.",
     "for all their quarrels, did agree on something over dinner."),
])
def test_an_agreement_on_something_unnamed_gives_no_stance(text, content):
    assert _stances(text, content, "agree") == []


def test_an_agreement_on_a_named_point_still_counts():
    text = "Norway and Iceland agreed on one point: the ferry must run again in May."
    assert _stances(text, text[len("Norway and Iceland "):], "agree") != []


@pytest.mark.parametrize("text", [
    "Norway said: the ministry has no view on which harbour hosts the ferry, and will not invent one.",
    "Norway said: herring prices would climb, though the board took no position either way.",
])
def test_a_view_disclaimed_gives_no_stance(text):
    assert _stances(text, text[len("Norway said: "):]) == []


def _holder_stances(holder: Actor, text: str, dominant: str):
    """Stance items of one statement by ``holder`` (its name opens ``text``)."""
    sentence = Sentence(0, 0, len(text), text, 0, False)
    content = text[len(holder.label) + 1:]
    st = Statement(sentence, holder, None, content, 0, len(text), 0.8, "say")
    return stance_items([st], text, load_scheme(), dominant, Positions(), date(2026, 5, 6))


def test_a_trade_union_speaks_for_its_members_pay_and_jobs():
    """Coding guide 5 (labour_wages, collective bargaining): a union of employees that names
    no matter of its own speaks of its members' work, whatever the article is about; when it
    names the article's matter, even by an ambiguous word, the matter stays."""
    union = Actor("glassblowers", "organization", "Harbour Glass Workers' Union")
    quiet = _holder_stances(union, "Harbour Glass Workers' Union said it wanted every one of "
                            "its members kept on after the sale.", "climate_emissions")
    assert [s["issue"] for s in quiet] == ["labour_wages"]
    named = _holder_stances(union, "Harbour Glass Workers' Union said it wanted the coal "
                            "burners switched off by the spring.", "climate_emissions")
    assert [s["issue"] for s in named] == ["climate_emissions"]
    employers = Actor("owners", "organization", "Harbour Glass Employers' Association")
    owners = _holder_stances(employers, "Harbour Glass Employers' Association said it wanted "
                             "every one of its members kept on after the sale.",
                             "climate_emissions")
    assert [s["issue"] for s in owners] == ["climate_emissions"]
