"""Conditions as constructions, and the outcomes they demand (coding guide 3.4, 3.5)."""

import pytest

from kg.extract.conditions import condition_text, demanded_outcome, find_conditions
from kg.extract.stance import classify
from kg.extract.stance_pairs import demanded, paired


@pytest.mark.parametrize("text, cue, demand", [
    ("The summit should be postponed until the army leaves the valley.", "not ... until",
     "the army leaves the valley"),
    ("Its support for the charter depended on a firm pledge of new money.", "depends on",
     "a firm pledge of new money"),
    ("Any agreement would have to include refining inside the country.", "any generic X must",
     "include refining inside the country"),
    ("There will be no truce without the release of the hostages.", "no ... without",
     "the release of the hostages"),
    ("Lima would only sign if the quota were raised.", "only ... if", "the quota were raised"),
    ("Either the refinery is built here or there is no agreement.", "no ... without",
     "the refinery is built here"),
    # an undertaking other than a generic deal has a target of its own
    ("Any new mining permit would have to fund the clinic in the valley.", "any deal must",
     "fund the clinic in the valley"),
    ("The guild insisted that any tender rule cover the small bakeries as well.", "any deal must",
     "cover the small bakeries as well"),
    ("Any final accord must hand the ferry back to the islanders.", "any generic X must",
     "hand the ferry back to the islanders"),
])
def test_constructions_that_state_a_demanded_condition(text, cue, demand):
    result = classify(text)
    assert result is not None and result.value == "conditional", (text, result)
    assert cue in result.cues
    assert demanded(result) == demand


@pytest.mark.parametrize("text, demand", [
    ("The growers want the old levy scrapped before any new quota round.", "the old levy scrapped"),
    ("The envoy proposed that both clubs hand back the trophies before any fresh hearing begins.",
     "both clubs hand back the trophies"),
])
def test_what_is_wanted_before_any_later_step_is_demanded(text, demand):
    result = classify(text)
    assert result is not None and paired(result) == (demand, "support"), (text, result)


def test_dependence_of_something_else_is_no_condition():
    assert find_conditions("millions of families depend on fishing") == []
    assert find_conditions("any member must pay its dues by june") == []
    assert find_conditions("we waited until dawn") == []


def test_a_bare_if_demands_nothing():
    assert demanded_outcome("would ... if", "would send monitors if asked") is None
    assert demanded_outcome("only if", "only if") is None


def test_a_threat_stays_a_threat_when_its_condition_names_a_signature():
    result = classify("The villages would block the roads if the government signed a deal "
                      "without their consent.")
    assert result.value == "oppose"


@pytest.mark.parametrize("text, demand", [
    ("Either the depot stays public, or we leave the coalition.", "the depot stays public"),
    ("He repeated that any settlement had to include the return of the islands.",
     "include the return of the islands"),
])
def test_ultimatums_and_past_tense_musts_are_demands(text, demand):
    result = classify(text)
    assert result is not None and result.value == "conditional", (text, result)
    assert demanded(result) == demand


def test_alternatives_are_no_ultimatum():
    assert classify("The venue will be either Oslo or Vienna.") is None


@pytest.mark.parametrize("text", [
    '"If the board cannot agree a plan, it should call an election," she said.',
    "If they pick confrontation, this offer will no longer be on the table.",
    "The guild insists that fares are frozen before it signs any new contract.",
])
def test_opening_conditions_and_preconditions_in_time(text):
    result = classify(text)
    assert result is not None and result.value == "conditional", (text, result)


@pytest.mark.parametrize("text, value", [
    ("If the controls take effect, we will retaliate.", "oppose"),
    ("If asked, the agency would send monitors.", None),
])
def test_an_opening_condition_keeps_threats_and_needs_an_attitude(text, value):
    result = classify(text)
    assert (result.value if result else None) == value, (text, result)


def test_a_past_before_clause_is_no_precondition():
    result = classify("The envoys met before they signed the accord.")
    assert result is None or result.value != "conditional"


@pytest.mark.parametrize("text, demand", [
    ("The talks have to be prepared with care, otherwise there is no point in them.",
     "be prepared with care"),
    ("The tribunal would accept the cap, but only in exchange for a pension guarantee.",
     "a pension guarantee"),
])
def test_otherwise_and_only_in_exchange_for_are_preconditions(text, demand):
    result = classify(text)
    assert result is not None and result.value == "conditional"
    assert demanded(result) == demand


def test_a_relative_clause_with_depends_is_no_condition():
    assert not find_conditions("a cabinet that depended on far-right votes was not an option")
    assert find_conditions("she said that the offer depended on the audit")


def test_an_abbreviation_does_not_end_the_condition():
    result = classify("He would sign only if the U.S. Senate ratified it first.")
    assert result.condition == "only if the U.S. Senate ratified it first"


@pytest.mark.parametrize("text, demand", [
    ("The embargo must stay in place until the ships are returned.", "the ships are returned"),
    ("I would rather the council waited until every state has read the report.",
     "every state has read the report"),
    ("There will be no vote until the auditors finish.", "the auditors finish"),
    # a refusal until something happens, and a long object between the two
    ("The council should refuse any new lease with the U.S. navy until the audit is "
     "published.", "the audit is published"),
    ("The province will not approve the final building licence for its first offshore wind farm "
     "until the operator agrees to hire local crews.", "the operator agrees to hire local crews"),
])
def test_keeping_or_waiting_until_something_happens_is_a_precondition(text, demand):
    result = classify(text)
    assert result is not None and result.value == "conditional", (text, result)
    assert demanded(result) == demand


@pytest.mark.parametrize("text", [
    "The monitors will stay until the end of the year.",
    "The fleet will remain in port until March.",
    "There will be no vote until next week.",
])
def test_a_moment_after_until_is_no_condition(text):
    result = classify(text)
    assert result is None or result.value != "conditional", (text, result)


@pytest.mark.parametrize("text, demand", [
    ("Without a pension freeze, there is no budget.", "a pension freeze"),
    ("There will be no budget without cuts to pensions.", "cuts to pensions"),
    # session 11: "not X while Y" demands the end of Y, another party's doing
    ("There will be no truce while a single hostage is held.",
     "an end to: a single hostage is held"),
])
def test_a_precondition_for_anything_and_a_state_that_must_end(text, demand):
    result = classify(text)
    assert result is not None and result.value == "conditional", (text, result)
    assert demanded(result) == demand


@pytest.mark.parametrize("text, condition", [
    ("The guild said it would reopen the mill once the landlord had repaired the roof.",
     "once the landlord had repaired the roof"),
    ("Oslo is prepared to send observers once both armies have pulled back.",
     "once both armies have pulled back"),
    ("The dockers will sign the moment the port authority drops the automation clause.",
     "the moment the port authority drops the automation clause"),
    # "the day X" with a clause of its own is "the moment X"
    ("The brewers would stock the new lager the day somebody else pays for the coolers.",
     "the day somebody else pays for the coolers"),
    ("The day the quarry stops blasting, the village will back the permit.",
     "The day the quarry stops blasting"),
])
def test_an_act_that_waits_for_an_uncertain_event_is_conditional(text, condition):
    result = classify(text)
    assert result is not None and result.value == "conditional", (text, result)
    assert result.condition == condition
    assert demanded(result) is None  # a moment or a state of affairs: no paired demand


@pytest.mark.parametrize("text", [
    "The ministry will once again publish the figures.",
    "The committee will meet once a month until the harvest.",
    "The inspectors would check the casks up to the moment they leave the depot.",
    "The talks will resume once the new year begins.",
    "The fair will reopen the day after the parade.",
    "The firm would work under the new code the day the board adopts it.",
])
def test_once_as_an_adverb_or_a_certain_moment_is_no_condition(text):
    assert find_conditions(text.lower()) == [], text


@pytest.mark.parametrize("text, demand", [
    ("The bank would release the loan only after the truce had held for two months.", None),
    ("Lisbon will lift the levy only once there is a binding deal.", None),
    ("The union will stay at the table as long as the dispute goes on.", None),
    ("The monitors would return only once the rebels lifted the blockade of the port.",
     "the rebels lifted the blockade of the port"),
    ("Quito would sign only if the miners held the referendum first.",
     "the miners held the referendum first"),
])
def test_a_state_of_affairs_is_a_condition_but_no_demand(text, demand):
    result = classify(text)
    assert result is not None and result.value == "conditional", (text, result)
    assert demanded(result) == demand


@pytest.mark.parametrize("text, condition", [
    ("The province will pay its share when the revenue arrives, and not one day before.",
     "when the revenue arrives"),
    ("Norway would fund the bridge as part of a final settlement, and not a day before.",
     "as part of a final settlement"),
])
def test_and_not_a_day_before_marks_a_condition(text, condition):
    result = classify(text)
    assert result is not None and result.value == "conditional", (text, result)
    assert result.condition == condition


def test_a_date_with_not_a_day_before_is_no_condition():
    assert classify("The levy will rise in March, and not a day before.") is None


@pytest.mark.parametrize("text, demand", [
    ("The pilots would call off the walkout if the airline restored the night bonus.",
     "the airline restored the night bonus"),
    ("The growers said they could accept the quota if the mills paid the old price for the "
     "first harvest.", "the mills paid the old price for the first harvest"),
    ("She said the council would lift the ban if the operator guaranteed that no wells "
     "would be drilled near the lake.", "the operator guaranteed that no wells would be "
     "drilled near the lake"),
])
def test_a_bare_if_that_names_an_act_of_another_party_demands_it(text, demand):
    result = classify(text)
    assert result is not None and result.value == "conditional", (text, result)
    assert demanded(result) == demand


@pytest.mark.parametrize("text", [
    "The agency would send inspectors to the mine if both unions asked it to.",
    "The bank said it was ready to fund a study if the two ministries requested one.",
    "The senator said she would vote for the bill if it came to the floor.",
    "The fund would pay for the laboratory if the panel was set up.",
    "We would back the cap in parliament if we won the vote.",
    "The mayor would accept the smaller grant if the council dropped its demand for a levy.",
    "If they cannot agree a route, they should let the engineers decide.",
])
def test_a_bare_if_that_asks_nothing_of_another_party_demands_nothing(text):
    result = classify(text)
    assert result is not None
    assert demanded(result) is None, (text, result)


@pytest.mark.parametrize("text, demand", [
    # a threat with a negative condition is aimed at the current offer and demands what it
    # names (coding guide 3, session-9 clarifications): oppose, and the paired support
    ("The dockers said they would strike for a week if the shift allowance was not "
     "restored.", "the shift allowance was restored"),
    ("The growers will block the depots unless the mill honours the old contract.",
     "the mill honours the old contract"),
    ("If the harbour board does not reopen the east quay, we will walk out.",
     "the harbour board does reopen the east quay"),
    # an abbreviation's period ("Nov. 4") does not end the condition
    ("The guild said it would hold a one-day strike on Nov. 4 if the canteen was not "
     "reopened.", "the canteen was reopened"),
])
def test_a_threat_with_a_negative_condition_demands_what_it_names(text, demand):
    result = classify(text)
    assert result is not None and result.value == "oppose", (text, result)
    assert paired(result) == (demand, "support")


def test_a_threat_demanding_only_a_better_offer_or_a_release_demands_nothing():
    """Only a named demand is paired: not a better offer, a release or a positive condition."""
    pairs = {text: paired(classify(text)) for text in (
        "The crews would strike on Friday unless the operator improved its offer.",
        "The union will walk out unless management comes back with more money.",
        "The crews would strike unless the ministry came back \"with a real figure\" by May.",
        "The farmers would protest in the capital if the ministry did not withdraw the quota.",
        "The pilots will retaliate if the controls take effect.",
        "The crews would strike on Friday unless the operator rehired the two stewards.")}
    assert list(pairs.values()) == [None, None, None, None, None,
                                    ("the operator rehired the two stewards", "support")]


def test_not_x_while_y_demands_the_end_of_another_partys_doing():
    """Coding guide 3, session-11 clarifications, "not X while Y": conditional toward X and
    support toward the end of Y when Y is another party's doing; the holder's own
    circumstance ("while it is still repaying") is the reason for a refusal."""
    got = [(v.value, paired(v)) for v in map(classify, (
        "We will not reopen the crossing while the militia shells the port.",
        "The airline will not accept a bigger rise while it is still repaying its loans."))]
    assert got == [("conditional", ("an end to: the militia shells the port", "support")),
                   ("oppose", None)]


@pytest.mark.parametrize("text, demand", [
    ("The rebels would free the drivers only as part of a deal on a border truce.",
     "a deal on a border truce"),
    ("The ministry is ready to cut the duty, but only as part of a wider accord on fishing.",
     "a wider accord on fishing"),
])
def test_only_as_part_of_demands_what_it_names(text, demand):
    """Coding guide 3.4 and its session-4 clarification: a condition phrased as a demand."""
    result = classify(text)
    assert result is not None and result.value == "conditional", (text, result)
    assert paired(result) == (demand, "support")


@pytest.mark.parametrize("text, outcome", [
    ("The council will fund the bridge provided none of the money goes to the casino.",
     "none of the money goes to the casino"),
    ("The guild could accept the rota as long as no shift runs past midnight.",
     "no shift runs past midnight"),
    ("We would back the levy only if it is not charged on bread.", "it is not charged on bread"),
])
def test_a_negated_condition_pairs_an_oppose_toward_what_it_names(text, outcome):
    """Coding guide 3, session-10 clarifications ("Negated conditions and refusals name
    their target"): the paired stance opposes what the condition rules out."""
    assert paired(classify(text)) == (outcome, "oppose")


@pytest.mark.parametrize("text", [
    "The crews would end the stoppage if the owner promised that no berth would be sold.",
    "The loan would be paid out provided that the city pledged not to sell the tram depot.",
])
def test_a_negation_inside_what_is_demanded_keeps_the_paired_support(text):
    """A negation in the complement of the demanded act ("promised that no ...", "pledged
    not to ...") is part of what is demanded: the paired stance stays support."""
    pair = paired(classify(text))
    assert pair is not None and pair[1] == "support", (text, pair)


@pytest.mark.parametrize("text", [
    "The guild could imagine a longer contract, as long as the night rate rises.",
    "We should take a look at the swap, as long as the ferry keeps running.",
])
def test_considering_with_a_plain_condition_is_neutral(text):
    """Coding guide 3, session-9 "Hedges with a condition": "could imagine", "look at" with a
    plain "as long as" offer openness, which the condition limits: neutral."""
    result = classify(text)
    assert result is not None and result.value == "neutral", (text, result)


@pytest.mark.parametrize("text, outcome", [
    ("The guild could imagine a longer contract, as long as the night rate rises.",
     "the night rate rises"),
    ("Our side could look at a two-year freeze if the yard restores the night bonus.",
     "the yard restores the night bonus"),
    ("The dockers are prepared to discuss weekend shifts provided the port hires forty pilots.",
     "the port hires forty pilots"),
])
def test_considering_with_a_condition_pairs_the_demand(text, outcome):
    """Coding guide 3, "Hedges with a condition": the hedge stays neutral, and the condition
    demanded of another party brings its paired support."""
    result = classify(text)
    assert result is not None and result.value == "neutral", (text, result)
    assert paired(result) == (outcome, "support")


@pytest.mark.parametrize("text", [
    "The council could consider the toll if it respected the old charter.",  # the target's own
    "We might look at the offer, if necessary, at the next round.",  # the holder's contingency
    "The mayor would decide on the tram if the survey went ahead.",  # no verb of considering
])
def test_considering_pairs_no_demand_without_one(text):
    assert paired(classify(text)) is None


@pytest.mark.parametrize("text", [
    "We would sign the lease only if they give us something.",
    "The miners could look at the rota as long as the company gets something real out of it.",
    "The crew would end the sit-in provided the owners offered anything in return.",
])
def test_a_vague_demanded_outcome_pairs_nothing(text):
    """A condition whose outcome is only "something" or "anything" names a vague target
    (coding guide 2, rule 3): no paired stance."""
    assert paired(classify(text)) is None


@pytest.mark.parametrize("text, outcome", [
    ("The nurses could accept a smaller rise, their leader said, if it came with a shorter week.",
     "it came with a shorter week"),
    ('Oslo would not object to a later deadline "if every buyer pays the same levy."',
     "every buyer pays the same levy"),
])
def test_a_bare_if_after_an_interjection_or_a_quote_still_pairs_its_demand(text, outcome):
    """"would ... if" whose "if" follows a comma, an interjected "he said" or a quotation mark:
    the condition keeps its "if" clause, so the demand it names is paired (coding guide 3.4)."""
    result = classify(text)
    assert result is not None and result.value == "conditional", (text, result)
    assert result.condition is not None and result.condition.endswith(outcome)
    assert paired(result) == (outcome, "support")


@pytest.mark.parametrize("text, demand", [
    ('Lisbon would "have no choice" but to sell its wine elsewhere if the new duties applied.', None),
    ("The drivers would have no other choice but to stop work if the allowance is not restored.",
     "the allowance is restored"),
])
def test_a_forced_consequence_with_a_condition_is_a_threat(text, demand):
    """"would have no choice but to X if Y": what the holder would be forced into is a threat
    against Y (coding guide 3.5), not an offer conditional on it."""
    result = classify(text)
    assert result is not None and result.value == "oppose", (text, result)
    assert result.demand == demand


@pytest.mark.parametrize("text, condition", [
    ("It would back the plan only if the two lenders, both owned by the state, wrote off half "
     "the debt.", "only if the two lenders, both owned by the state, wrote off half the debt"),
    ("We sign only once the new bridge, as promised, opens to lorries.",
     "only once the new bridge, as promised, opens to lorries"),
    # a reporting aside is no part of the condition
    ("We sign only if the mayor, she said, opens the bridge.", "only if the mayor"),
    # a subject with its verb is a whole clause already
    ("We sign only if the mayor agrees, as we hope, and the rest follows.",
     "only if the mayor agrees"),
])
def test_an_aside_after_the_subject_does_not_end_the_condition(text, condition):
    assert condition_text(text, text.find("only")) == condition


@pytest.mark.parametrize("text", [
    "The port authority said it would provide pilots for whatever convoy plan the two governments "
    "finally settle on.",
    "The foundation is ready to pay for any rebuilding scheme that the neighbouring countries agree on.",
])
def test_an_offer_for_what_the_parties_agree_on_is_conditional(text):
    """"any X the parties agree on": the offer waits for an agreement of others that may not come
    (coding guide 3, session-9 clarifications), so it is conditional, not support."""
    result = classify(text)
    assert result is not None and result.value == "conditional", (text, result)
    assert result.demand is None


def test_deference_to_what_the_parties_agree_stays_neutral():
    result = classify("The bank says it will respect whatever both delegations decide.")
    assert result is not None and result.value == "neutral"


@pytest.mark.parametrize("text, demand", [
    ("The harbour ban stays in force until the shipping line pays the fine.",
     "the shipping line pays the fine"),
    ("The growers would oppose any new quota until the ministry publishes its soil study.",
     "the ministry publishes its soil study"),
    ("Officials said Oslo kept the fishing accord frozen until Reykjavik agreed to reopen it.",
     "Reykjavik agreed to reopen it"),
])
def test_a_measure_kept_or_opposed_until_a_step_of_others_is_conditional(text, demand):
    """"X stays / is kept / is opposed until Y": a precondition in time (coding guide 3.4, "no
    talks until the troops leave"), conditional with Y demanded."""
    result = classify(text)
    assert result is not None and result.value == "conditional", (text, result)
    assert paired(result) == (demand, "support")


@pytest.mark.parametrize("text", [
    "The envoys said they would keep talking until the deadline passed.",
    "The levy stays until March.",
])
def test_continuing_effort_or_a_date_is_no_condition(text):
    result = classify(text)
    assert result is None or result.value != "conditional", (text, result)


def _value_of(text: str) -> str | None:
    """The value :func:`classify` gives ``text``, or ``None``."""
    result = classify(text)
    return None if result is None else result.value


@pytest.mark.parametrize("text", [
    "No orchard can grow on a subsidy that depends on rainfall.",
    "The growers want a scheme that would not depend on frost dates.",
    "A ferry that depends on one dock is no ferry, the mayor said.",
    "The mayor spoke for the towns which depend on the quarry.",
])
def test_a_dependence_that_describes_a_noun_is_no_condition(text):
    """A "depends on" in a relative clause after a noun describes it: nothing is accepted on a
    condition (coding guide 3, value table: `conditional` is acceptance subject to a condition)."""
    assert _value_of(text) != "conditional", text


@pytest.mark.parametrize("text", [
    "That depends on what lenders offer us.",
    "Our backing would depend on the final wording of the clause.",
])
def test_a_dependence_of_the_attitude_stays_conditional(text):
    assert _value_of(text) == "conditional", text


@pytest.mark.parametrize("text", [
    "Peru has offered to reopen the river port if Bolivia cuts its diesel levy.",
    "The bank offered to stretch its credit line if both ministries sign the audit plan.",
])
def test_an_offer_with_a_condition_is_conditional(text):
    """An offer that states its condition is `conditional` (coding guide 3, session-10
    clarifications, "a narrated offer or acceptance without its condition"); the same offer
    without one stays `support`."""
    assert _value_of(text) == "conditional", text


def test_an_offer_without_a_condition_stays_support():
    assert _value_of("Peru has offered to reopen the river port, even if traffic is thin.") == "support"


@pytest.mark.parametrize("text", [
    "The guild would bargain only on the terms of last year's tariff sheet.",
    "Quito will send its delegates only to a venue outside the region, and would sit only in Panama.",
    "The charter could only be amended by the founding clubs together.",
])
def test_a_restrictive_only_on_the_holders_act_is_conditional(text):
    """"would meet only in X", "could only be ratified by Y": the "only" sets the condition on
    which the holder accepts its act (coding guide 3, value table; session 10, preconditions
    set on a venue)."""
    assert _value_of(text) == "conditional", text


@pytest.mark.parametrize("text", [
    "The vote will be held only in March.",
    "The board would meet only on Monday.",
])
def test_a_restrictive_only_on_a_date_is_no_condition(text):
    assert _value_of(text) != "conditional", text
