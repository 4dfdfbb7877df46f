"""Constructions that settle a statement's issue: kg/extract/issue_constructions.py."""

import pytest

from kg.extract.issues import load_scheme


def _patterns(text: str) -> list[str]:
    """The cue patterns of the issue scheme that match ``text``."""
    return [p for p, _ in load_scheme().matches(text)]


@pytest.mark.parametrize("text", [
    "Valdoria said it was glad to host the next round in its capital.",
    "The sultanate offered to host the signing ceremony whenever both were ready.",
    "Brennmark would attend, its foreign office said.",
    "Osterland said it backed the envoy's mediation and the phased pullback.",
    "Ministers said they were willing to mediate between the two capitals.",
])
def test_an_offer_to_host_mediate_or_attend_is_about_the_talks(text):
    assert load_scheme().classify(text, "prisoners_humanitarian") == ["summit"]


def test_hosting_something_other_than_talks_is_not_a_summit():
    scheme = load_scheme()
    text = "The emirate says it can host a relief depot for displaced families."
    assert scheme.classify(text, "prisoners_humanitarian") == ["prisoners_humanitarian"]
    text = "Valdoria is ready to host and staff a mission to monitor the truce."
    assert "offer to host" not in [p for p, _ in scheme.matches(text)]


@pytest.mark.parametrize("text", [
    "The premier had told the visiting envoy during their second meeting that the northern "
    "valley would stay theirs.",
    "Aides said the king made it clear to the envoy and the mediators that the "
    "district was not for sale.",
])
def test_whom_a_speaker_told_and_when_is_no_issue(text):
    assert load_scheme().classify(text, "territory") == ["territory"]


@pytest.mark.parametrize("text", [
    "The utility demanded that both armies stop shelling the river bridge.",
    "The grid operator wants a written promise that the substation will not be hit again.",
    "The mayor saw no reason for the navy to halt its strikes on the fuel depot.",
    "The envoy asked both sides to cease targeting the water works.",
])
def test_a_demand_to_stop_striking_a_facility_is_a_ceasefire(text):
    assert load_scheme().classify(text, "economic_cooperation") == ["ceasefire"]


def test_stopping_labour_strikes_is_no_ceasefire():
    scheme = load_scheme()
    assert scheme.classify("The union said it would suspend its strikes for a week.",
                           "labour_wages") == ["labour_wages"]


@pytest.mark.parametrize("text", [
    "The ministry suggested that a second round be held in Valletta next month.",
    "Officials said a further meeting in March was likely.",
])
def test_a_meeting_proposed_at_a_time_or_place_is_the_talks_format(text):
    assert load_scheme().classify(text, "territory") == ["summit"]


def test_a_past_meeting_as_the_occasion_is_no_format():
    text = "The president told the envoy at their meeting in Valletta that the army would stay."
    assert load_scheme().classify(text, "territory") == ["territory"]


def test_a_vote_for_or_against_a_government_is_an_investiture_vote():
    text = "The farmers' party said it would vote against any government that denies it the ministry."
    assert load_scheme().classify(text, "governance_elections") == ["coalition_government"]


@pytest.mark.parametrize("text", [
    "Two deputies said they would vote for the fisheries package.",
    "The group will vote against any text that keeps the levy.",
])
def test_a_vote_on_a_text_is_no_election(text):
    assert "governance_elections" not in [code for _, code in load_scheme().matches(text)]
    assert "governance_elections" in [code for _, code in load_scheme().matches(
        "The opposition wants an early vote.")]


def test_releasing_people_is_a_humanitarian_matter_whatever_the_topic():
    scheme = load_scheme()
    text = "The ministry asked its neighbour to release 12 stranded sailors."
    assert scheme.classify(text, "economic_cooperation") == ["prisoners_humanitarian"]
    text = "The crew would be freed only if the owner paid the fine."
    assert scheme.classify(text, "territory") == ["prisoners_humanitarian"]
    assert "release of people" not in dict(scheme.matches("The dam will release more water."))


@pytest.mark.parametrize("text", [
    "Norland and Vesmark agreed to reopen the mountain crossings for lorries by spring.",
    "The ministry said the border would stay closed to Vesmark's trucks until the audit ends.",
    "The guild backed a booking scheme for freight crossings at the pass.",
])
def test_a_crossing_for_goods_is_trade(text):
    assert load_scheme().classify(text, "territory") == ["trade_tariffs"]


def test_a_crossing_for_travellers_is_no_trade():
    text = "The council wants the river crossing reopened for pilgrims before the feast."
    assert load_scheme().classify(text, "territory") != ["trade_tariffs"]


@pytest.mark.parametrize("text", [
    "Norland said it would welcome neutral monitors in any buffer zone.",
    "Vesmark offered to send observers along the new demarcation line.",
    "The council could accept a strip of no-man's land if it was watched by outside monitors.",
])
def test_monitors_of_a_line_or_zone_are_the_truce(text):
    assert load_scheme().classify(text, "territory") == ["ceasefire"]


def test_observers_at_a_vote_are_no_truce():
    text = "Norland would accept foreign observers at the referendum."
    assert "monitors of a line" not in _patterns(text)


@pytest.mark.parametrize("text", [
    "Any easing of restrictions on the state airline now would reward the blockade.",
    "Norland wants the treaty to include the lifting of all restrictions on its freighters.",
])
def test_easing_restrictions_on_a_party_is_sanctions_relief(text):
    assert load_scheme().classify(text, "other") == ["sanctions"]


def test_relaxing_border_controls_is_no_sanctions_relief():
    text = "Vesmark may relax its border controls before the holidays."
    assert "easing of restrictions" not in _patterns(text)


@pytest.mark.parametrize("text", [
    "Norland will join only if its officers take part in every search of vessels bound for the strait.",
    "Vesmark could allow the ferries through as long as the ships submit to inspection at sea.",
    "The minister said the boarding clause was the heart of the text.",
])
def test_boarding_or_inspecting_ships_is_a_security_matter(text):
    assert load_scheme().classify(text, "other") == ["security_guarantees"]


def test_boarding_passengers_is_no_ship_inspection():
    text = "Cabin crews want pay for the hour they spend boarding passengers."
    assert "inspection of ships" not in _patterns(text)


@pytest.mark.parametrize("text", [
    "The bishop asked both armies to let the villagers leave before the shelling season.",
    "Norland demanded that the stranded crew be allowed to go home this week.",
    "The envoy said the right to return to their homes could not be traded for the ridge.",
])
def test_people_allowed_to_leave_or_go_home_is_humanitarian(text):
    assert load_scheme().classify(text, "territory") == ["prisoners_humanitarian"]


def test_a_state_leaving_a_bloc_is_no_humanitarian_matter():
    text = "Vesmark insists on its right to leave the union whenever it wants."
    assert "people leaving" not in _patterns(text)


def test_a_duty_charged_on_goods_is_a_trade_matter():
    text = "Vesmark said it would lower the duty on Norland's cheese over four years."
    assert load_scheme().classify(text, "territory") == ["trade_tariffs"]


@pytest.mark.parametrize("text", [
    "The ministers said they had a duty to protect the lake.",
    "The guards were off duty when the gate was opened.",
])
def test_a_duty_as_an_obligation_is_no_trade_matter(text):
    assert load_scheme().classify(text, "territory") == ["territory"]


@pytest.mark.parametrize("text", [
    "Its secretary said the federation still wanted a bigger share of the road fund.",
    "A federation spokeswoman said the drivers would stay home on Monday.",
    "He also leads the party's Tessalian federation.",
])
def test_a_federation_that_acts_is_a_body_not_a_federal_state(text):
    assert "federation" not in _patterns(text)


def test_a_federation_of_two_states_is_still_a_settlement():
    text = "Vesmark could accept a federation of two equal states."
    assert load_scheme().classify(text) == ["peace_plan"]


@pytest.mark.parametrize("text", [
    "The governor proposed a four-way meeting in the capital to sort out the unpaid invoices.",
    "The ministry wants a fresh session of its joint board before the spring sowing.",
    "The two ministries will convene a joint consultation among growers on the levy.",
])
def test_proposing_a_meeting_is_the_meeting_not_its_agenda(text):
    assert load_scheme().classify(text, "sanctions") == ["summit"]


def test_proposing_a_body_is_its_creation_not_a_meeting():
    text = "The firm suggested an expert group to track the river levels."
    assert "host talks" not in _patterns(text)


@pytest.mark.parametrize("text", [
    "Nobody knows whether Vesmark means to send two delegates to the third round on the dam.",
    "The league offered to send its conciliation team back to Tessaly after the vote.",
])
def test_sending_a_delegation_to_the_talks_is_taking_part_in_them(text):
    assert load_scheme().classify(text, "economic_cooperation") == ["summit"]


def test_sending_a_team_to_do_a_job_is_no_meeting():
    text = "The agency sent a team to inspect the cracked dam."
    assert "delegation sent" not in _patterns(text)


@pytest.mark.parametrize("text", [
    "Their negotiators are expected to fly back to Tessaly after the holidays.",
    "Vesmark said its delegation would gladly travel to the capital of its neighbour.",
    "The monks will lend the hall whenever the two delegations care to come.",
])
def test_a_delegation_coming_to_the_talks_is_taking_part_in_them(text):
    assert load_scheme().classify(text, "prisoners_humanitarian") == ["summit"]


def test_delegates_going_home_or_coming_to_do_a_job_are_no_meeting():
    scheme = load_scheme()
    for text in ("The delegates returned home empty-handed.",
                 "A delegation came to look at the cracked dam."):
        assert "delegation travels" not in [p for p, _ in scheme.matches(text)]


@pytest.mark.parametrize("text", [
    "Vesmark will sign the pact only once Norland's troops have left the two valleys.",
    "Any deal must begin with the rebel fighters gone from the mining towns.",
])
def test_armed_forces_leaving_a_place_is_about_its_control(text):
    assert load_scheme().classify(text, "security_guarantees") == ["territory"]


@pytest.mark.parametrize("text", [
    "The troops left in the capital will guard the archive.",
    "It would not send the soldiers back to the left flank of the parade.",
])
def test_troops_left_behind_or_a_left_side_are_no_withdrawal(text):
    assert "troops leaving" not in _patterns(text)


@pytest.mark.parametrize("text", [
    "The herders' league would back a joint grazing licence for both valleys.",
    "Osterland kept silent on paying its part of the shared upkeep fund.",
])
def test_a_licence_or_fund_held_jointly_is_a_deal_between_the_parties(text):
    assert load_scheme().classify(text, "territory") == ["economic_cooperation"]


@pytest.mark.parametrize("text", [
    "The little island is Norlandic and will stay Norlandic, the minister told them.",
    "Their paper says the two reefs must be kept Vesmarkish.",
])
def test_a_place_said_to_be_one_nations_is_a_claim_to_it(text):
    assert load_scheme().classify(text, "economic_cooperation") == ["territory"]


def test_a_buyer_or_a_firm_of_one_nation_is_no_claim_to_a_place():
    text = "The ministry said the likely buyer was Norlandic."
    assert "nation's place" not in _patterns(text)


def test_a_claim_to_a_place_counts_toward_no_articles_topic():
    text = "The little island is Norlandic and will stay Norlandic."
    assert load_scheme().dominant([text, text, text]) is None


@pytest.mark.parametrize("text", [
    "Aides declined to tell if the chancellor would speak to his counterpart before Easter.",
    "Asked if the premier could settle the levy row with Queen Adela by phone, he shrugged.",
    "Osterland has requested a video call about the quota next month.",
])
def test_a_call_the_parties_would_hold_is_a_meeting(text):
    assert load_scheme().classify(text, "ceasefire") == ["summit"]


@pytest.mark.parametrize("text", [
    "The envoy had raised the blockade with the regent by phone on Tuesday evening.",
    "The governor will speak to reporters about the blockade later.",
])
def test_a_past_call_or_a_word_to_reporters_is_no_meeting(text):
    assert "call between parties" not in _patterns(text)


@pytest.mark.parametrize("text", [
    "Tessaly wants joint patrols of the northern frontier before the rains.",
    "Both armies would mount a joint border operation against the smugglers, the envoy said.",
    "Ostrava is ready to hold joint naval drills in the disputed bay next year.",
])
def test_forces_patrolling_or_operating_together_are_security_cooperation(text):
    assert load_scheme().classify(text, "territory") == ["security_guarantees"]


def test_a_joint_operation_of_a_facility_is_no_security_cooperation():
    text = "The two utilities proposed a joint operation of the reservoir dam."
    assert "joint patrols" not in _patterns(text)


@pytest.mark.parametrize("text", [
    "Tessaly would sign the border pact only if two neighbouring kingdoms guarantee it.",
    "The council wants the great powers guaranteeing the new armistice accord.",
    "Ostrava asked allied fleets to guarantee its island harbours' safety.",
])
def test_a_party_that_would_guarantee_a_settlement_is_a_guarantor(text):
    assert load_scheme().classify(text, "territory") == ["security_guarantees"]


def test_a_guaranteed_share_or_flow_is_no_guarantee_between_states():
    text = "Downstream farmers ask for a pact sure to guarantee them one third of each dry season's runoff."
    assert "guarantor" not in _patterns(text)


@pytest.mark.parametrize("text", [
    "The junta is undecided on whether it will allow such visits to the barracks.",
    "Varnia would let two outside doctors visit the holding camp each month.",
    "Relatives must be permitted to visit them before winter, the bishop said.",
])
def test_visits_a_party_allows_are_humanitarian_access(text):
    assert load_scheme().classify(text, "territory") == ["prisoners_humanitarian"]


def test_a_trip_to_a_named_capital_is_no_humanitarian_access():
    text = "Tessaly would let its premier visit Ostrava after the harvest."
    assert "access visits" not in _patterns(text)


@pytest.mark.parametrize("text", [
    "The ministry agreed to hold a fourth round of consultations in Tessaly after the harvest.",
    "Ruritania would convene the league's joint commission on grazing as soon as it could.",
    "The herders' council promised it would take part in any session on the pastures.",
])
def test_holding_or_joining_a_stated_meeting_is_the_talks_format(text):
    assert load_scheme().classify(text, "economic_cooperation") == ["summit"]


@pytest.mark.parametrize("text", [
    "Valdoria wants the session held before the spring floods.",
    "The governor asked for the signing to take place in her own province.",
    "The contacts with the lenders, she added, would continue regardless.",
    "Both cabinets said their negotiators should keep meeting over the winter.",
])
def test_when_a_meeting_is_to_take_place_is_the_talks_format(text):
    assert load_scheme().classify(text, "territory") == ["summit"]


def test_a_meeting_a_relative_clause_dates_is_no_format():
    text = ("The port authority will reply to the border demand before the third round, which "
            "the mediators say will be held in Ostrava.")
    assert "meeting to take place" not in _patterns(text)


@pytest.mark.parametrize("text", [
    "The herders' union demanded a seat of its own at the negotiating table.",
    "Ostrava said there was \u201cno place\u201d for the militia at the table.",
    "The league's delegates sitting at the table would be no obstacle, the ministry said.",
    "Valdoria would gladly welcome the Northern Council at the table.",
    "The mayor would sit down with the port operators next week.",
    "Tessaly wants its place in the talks restored.",
])
def test_who_sits_at_the_table_is_the_talks_format(text):
    assert load_scheme().classify(text, "economic_cooperation") == ["summit"]


@pytest.mark.parametrize("text", [
    "The offer to share the dam's output remains on the table.",
    "An amnesty for the generals has no place in the talks, the envoy said.",
    "We sit at the table this time, or the cabinet loses our votes.",
])
def test_a_matter_on_the_table_or_joining_a_government_is_no_seat(text):
    assert "seat at the table" not in _patterns(text)
