"""Stance values from cue words (coding guide, section 3)."""

import pytest

from kg.extract.no_attitude import no_attitude
from kg.extract.stance import classify, default_value
from kg.extract.stance_pairs import paired


@pytest.mark.parametrize("text, value", [
    ("The council backed the proposal.", "support"),
    ("We want a deal before the summer.", "support"),
    ("The minister rejected the offer outright.", "oppose"),
    ("Lisbon will not accept any cap on fishing quotas.", "oppose"),
    ("They are not willing to cede the island.", "oppose"),
    ("Officials ruled out a second round.", "oppose"),
    ("The party would join only if the budget is balanced.", "conditional"),
    ("Support depends on the inspectors' report.", "conditional"),
    ("We are ready to sign, provided that the tariffs are cut.", "conditional"),
    ("We will retaliate if the controls take effect.", "oppose"),
    ("Some ideas look acceptable, but other wording doesn't work for us.", "mixed"),
    ("The cabinet could consider a shorter truce.", "neutral"),
    ("She would not rule out new measures.", "neutral"),
    ("The ministry declined to say whether it would sign.", "neutral"),
    ("There is no question of lifting the embargo in exchange for promises.", "oppose"),
    ("We will never sign away the northern valleys.", "oppose"),
    ("The premier said he would decide after consulting his partners.", "neutral"),
    ("Lisbon is ready to discuss the quota on the basis of equal treatment.", "neutral"),
    ("The party had not yet formed a view on the wealth tax.", "neutral"),
    ("The bishop said he sympathised with the teachers' claim.", "support"),
    ("Kenya backs the fund without reservation.", "support"),
    ("The transition period is wholly inadequate for small fleets.", "oppose"),
    ("Athens would attend the conference in March.", "support"),
    ("The guild would only return to the table if the levy were dropped.", "conditional"),
    ("She urged the board to put the offer to a ballot if the firm moved on jobs.", "conditional"),
    ("He urged both camps to study the draft, which he called a serious basis for work.",
     "support"),
    ("The treasury said the country needed a larger write-down.", "support"),
    ("Access for the monitors is not a favour but an obligation.", "support"),
    # a threat against the target's own occurrence stays a threat
    ("The dockers said they would strike in March if the lease went ahead.", "oppose"),
    ("Growers will take their tractors to the streets if the levy goes ahead, the federation said.",
     "oppose"),
    # a walkout or a vote against, threatened under a condition, is a threat (rule 5)
    ("The dockers will stop work for two days from Monday unless the port improves its offer.",
     "oppose"),
    ("The farmers' party said it would vote against the budget if the levy stayed in it.",
     "oppose"),
    ("Teachers would down tools across the region unless the bonus was restored.", "oppose"),
    # other words for "not negotiable" put the target outside the bargaining, as that idiom
    ("The minister said the harbour levy was not up for discussion.", "oppose"),
    ("Our quotas are not part of any negotiation with the fleet owners, she said.", "oppose"),
    ("The envoy said the pipeline was \"not a subject for negotiation.\"", "oppose"),
    # openness without commitment: no door closed, no demand pressed, no deadline (rule 6)
    ("\"I am not ruling anything out on the quota,\" the minister said.", "neutral"),
    ("The council said it was not insisting on any particular venue for the talks.", "neutral"),
    ("The ministry said it would not be rushed into a decision on the levy.", "neutral"),
    # regret at the delay of the target wants it soon
    ("Every day of delay leaves another village without clean water, the charity said.",
     "support"),
    ('"Each month of delay costs our exporters orders," the chamber wrote.', "support"),
])
def test_values(text, value):
    result = classify(text)
    assert result is not None and result.value == value, (text, result)


def test_no_cue_no_stance():
    assert classify("The ferry carries nine hundred passengers a day.") is None


def test_condition_text_is_the_clause():
    result = classify("He would sign only if the troops leave, officials said.")
    assert result.condition == "only if the troops leave"


@pytest.mark.parametrize("text, condition", [
    ("A trade team could fly to the capital next month if the hosts agreed.",
     "if the hosts agreed"),
    ("We would lower the duties, she added, if they reopened the port.", "if they reopened the port"),
])
def test_bare_if_condition_leaves_the_main_clause(text, condition):
    """The modal's clause is the statement's own (its issue); the condition starts at "if"."""
    result = classify(text)
    assert result.value == "conditional" and result.condition == condition


@pytest.mark.parametrize("text, condition, pair", [
    ("Yes, if the ministry restores the rural bus subsidy.",
     "if the ministry restores the rural bus subsidy",
     ("the ministry restores the rural bus subsidy", "support")),
    ("Moreau: Yes, if the two governments request it.", "if the two governments request it", None),
])
def test_a_yes_on_a_condition_is_conditional(text, condition, pair):
    from kg.extract.stance_pairs import paired

    result = classify(text)
    assert result.value == "conditional" and result.condition == condition
    assert paired(result) == pair


def test_hedge_lowers_confidence():
    firm = classify("The union rejected the plan.")
    hedged = classify("The union reportedly rejected the plan.")
    assert hedged.confidence < firm.confidence


def test_masked_noun_is_not_a_cue():
    assert classify("The OFFER shifted the burden.") is None
    assert classify("That is a fair offer.").value == "support"


@pytest.mark.parametrize("text, value", [
    ("we will not hand the harbour back", "oppose"),
    ("the fleet must leave the strait", "support"),
    ("we will keep the embassy open", "support"),
    ("the treaty is a start, but we will not ratify it yet", "oppose"),
    ("we will not cut the quota, but the timing is open", "oppose"),
    ("The union would not drop its fee, though its members left some room on dates", "oppose"),
    ("Phnom Penh would not withdraw its forces", "oppose"),
    ("the government will not negotiate under threats", "oppose"),
    ("selling the harbour would do lasting damage to our fishermen", "oppose"),
    ("our dairy farmers cannot pay a second water levy this year", "support"),
    ("we will not let the nurses pay for the hospital's debts", "support"),
    ("we cannot carry the entire cut on our own", "support"),
    ("we did not cross the river to admire the bridge", "oppose"),
    ("we did not travel all this way to discuss the weather", "support"),
    ("we did not win two seats to stay out of the committee", "support"),
    ("we are not a car park for other people's lorries", "support"),
    ("our islands will not be a dumping ground for scrap", "support"),
    ("we are not a party to that quarrel", "oppose"),
    ("moving our boats to the northern quay would empty the old harbour", "oppose"),
    ("a flat levy on our growers would close three mills in the valley", "oppose"),
    ("handing over our ledgers would cost them the goodwill of the villages", "oppose"),
    ("such a clause in our charter would set a dangerous precedent", "oppose"),
    ("our new offer would break the deadlock within a week", "support"),
])
def test_default_value_of_evaluative_statements(text, value):
    from kg.extract.stance import default_value

    result = default_value(text)
    assert result is not None and result.value == value, (text, result)
    assert result.confidence < 0.5  # defaulted values are less certain than cued ones


@pytest.mark.parametrize("text", [
    "the negotiations started in 2019",
    "the talks could drag on until the spring",
    "nobody wins from a long blockade",
    "the map of 1990 is not the map of today",
])
def test_default_value_skips_background_and_predictions(text):
    from kg.extract.stance import default_value

    assert default_value(text) is None


def test_accepting_clause_contrasted_with_a_rejecting_one_is_mixed():
    assert classify("We welcome the pledge, but it contains no money for repairs.").value == "mixed"
    # the negation is what is hoped for, not a rejection
    assert classify("Oslo welcomed the talks but hoped they would not drag on.").value == "support"


def test_contrast_opening_the_statement_joins_nothing():
    assert classify("But nobody will sign a blank cheque.").value == "oppose"


@pytest.mark.parametrize("text, value", [
    ("The premier praised the draft accord.", "support"),
    ("Lisbon spurned the offer within hours.", "oppose"),
    ("The union slammed the proposal as a stunt.", "oppose"),
    ("We have serious concerns about the inspection regime.", "oppose"),
    ("The cabinet has yet to decide on the levy.", "neutral"),
    ("She welcomed the timetable but has reservations about the funding.", "mixed"),
    # every form of a verb of demanding is a demand
    ("The fishermen's guild insists that the quota be restored in full.", "support"),
    ("Rome presses for a faster timetable on the loans.", "support"),
    ("The mayor was calling on the ministry to fund the ferry.", "support"),
    ("Growers' groups campaign for a lower water levy.", "support"),
    ("The bishops appealed for a pause in the shelling.", "support"),
    ("The council pleaded for a later vote on the harbour plan.", "support"),
    # standing behind a target backs it, as standing by it does
    ("The dockers' federation stood behind the call for a shorter week.", "support"),
    ("Lima is firmly behind the northern pipeline route.", "support"),
    ("The smaller parties rallied behind the tax proposal.", "support"),
    # present and progressive forms of verbs of offering, welcoming and backing
    ("Oslo is offering two extra berths for the ferries.", "support"),
    ("The growers' council hails the new water rota.", "support"),
    ("Both unions are embracing the shorter week.", "support"),
    ("The panel is recommending cheaper bus passes for pupils.", "support"),
    ("A blast hit the depot overnight.", None),
])
def test_evaluative_verbs_and_phrases(text, value):
    result = classify(text)
    assert (result.value if result else None) == value, (text, result)


def test_never_alone_is_no_refusal():
    assert classify("Relatives might never learn what happened to them.") is None
    assert classify("Funds were announced that never reached the villages.") is None


@pytest.mark.parametrize("text", [
    "We are not asking anyone to love each other",
    "We were told the money would arrive within weeks",
    "I would be surprised to see a signature before May",
    "This is not a perfect text, and I have not pretended that it is",
    "if there is no agreement by then, I will say so",
    "a prisoner deal alone would not end the war",
    "the measure would not take effect before June",
    "the port is not open on Sundays",
    "But I would not bet on a signature before the harvest",
    "I do not care which ferry brings the inspectors",
    "I do not follow the quota talks closely",
    "We never make predictions about the fishing season",
])
def test_no_default_attitude_in_reports_of_thinking_saying_or_describing(text):
    from kg.extract.stance import default_value

    assert default_value(text) is None


def test_clauses_split_at_contrast_and_second_reported_clause():
    from kg.extract.clauses import clauses

    assert clauses("it backed the truce, and that it would accept monitors only if asked") == [
        "it backed the truce", "and that it would accept monitors only if asked"]
    assert clauses("welcomed the fund but not yet") == ["welcomed the fund but not yet"]
    assert clauses("rejected the plan; it wants a new one now") == [
        "rejected the plan", "it wants a new one now"]


def test_two_attitudes_in_one_statement_are_two_values():
    from kg.extract.clauses import clause_values

    got = clause_values("supported the moratorium on shelling, and that it would accept the "
                        "monitoring office only if its own officers took part")
    assert [v.value for _, v in got] == ["support", "conditional"]
    got = clause_values("opposed the walkout in all circumstances, although he sympathised "
                        "with the pay claim")
    assert [v.value for _, v in got] == ["oppose", "support"]


def test_a_first_clause_refusing_without_cue_words_is_its_own_stance():
    from kg.extract.clauses import clause_values

    got = clause_values("repeated that Norland would not send ships to the strait, but said it "
                        "supported a joint patrol fund")
    assert [v.value for _, v in got] == ["oppose", "support"]


@pytest.mark.parametrize("text, values", [
    ("said the guild rejected the night-shift rota and wanted a shorter week for its members",
     ["oppose", "support"]),
    ("the mayor wanted the harbour dredged by spring, and would refuse a levy on boats",
     ["support", "oppose"]),
    ("the quota looked generous and could hardly be cut", []),
])
def test_coordinated_verb_phrases_with_cues_of_their_own_are_two_values(text, values):
    """"rejected A and wanted B": two verb phrases of one subject, each with its cue word, are
    two attitudes (coding guide 3.1), not one oppose governing both; a phrase valued only by
    default stays with the one before it."""
    from kg.extract.clauses import clause_values

    assert [v.value for _, v in clause_values(text)] == values


@pytest.mark.parametrize("text, values", [
    ("said the council could back the new tram line but not the parking levy",
     ["support", "oppose"]),
    ("said her ministry could look at a shared fund, though not an even division of it",
     ["neutral", "oppose"]),
    ("said the guild would accept the longer shifts but not for the apprentices", []),
    ("said the board would endorse most of the charter but not the rest of it", []),
])
def test_an_elliptic_negated_object_is_a_refusal_of_its_own(text, values):
    """"could back A but not B": the elided verb refuses B, a stance of its own beside the one
    toward A; a phrase restricting the same target or the rest of one proposal does not split."""
    from kg.extract.clauses import clause_values

    assert [v.value for _, v in clause_values(text)] == values


def test_parts_of_one_target_stay_one_mixed_statement():
    from kg.extract.clauses import clause_values

    text = "was positive about parts of the charter but had serious objections to others"
    assert clause_values(text) == []
    assert classify(text).value == "mixed"
    # a qualifying clause without a cue of its own does not split either
    assert clause_values("We welcome the number, but a number without a plan is a headline") == []


def test_demanded_condition():
    from kg.extract.stance_pairs import demanded

    assert demanded(classify("Oslo would accept the border commission only if the troops "
                             "withdrew.")) == "the troops withdrew"
    assert demanded(classify("We back the text as long as small fleets are exempted.")) == (
        "small fleets are exempted")
    # a bare "if" states no demand, and a threat is no condition at all
    assert demanded(classify("The agency would send monitors if both sides asked.")) is None
    assert demanded(classify("We will retaliate if the controls take effect.")) is None


def test_idioms_with_cue_words_are_no_cues():
    assert classify("The reform came in through the back door.") is None
    assert classify("It balances the books on the backs of nurses.") is None
    assert classify("There was no sign of movement in the talks.") is None
    assert classify("We will be back in the room by Friday.") is None
    # "favour" as a noun is a kindness, not the verb of preferring
    assert classify("The harbour contract was handed out as a favour to party donors.") is None
    assert classify("The cabinet cut the levy to win favour with the farm lobby.") is None
    assert classify("The union will back the deal.").value == "support"


def test_discontinuous_only_if_is_a_demand():
    from kg.extract.stance_pairs import demanded

    result = classify("Quito could only deliver the cuts if its eastern fields were exempted.")
    assert result.value == "conditional"
    assert result.condition.startswith("if its eastern fields")
    assert demanded(result) == "its eastern fields were exempted"


@pytest.mark.parametrize("text, demand", [
    ("There will be no deal without a full withdrawal of troops.", "a full withdrawal of troops"),
    ("Without a full withdrawal there will be no peace, she said.", "a full withdrawal"),
    ("No talks without a ceasefire first.", "a ceasefire first"),
])
def test_no_deal_without_is_a_precondition(text, demand):
    from kg.extract.stance_pairs import demanded

    result = classify(text)
    assert result.value == "conditional"
    assert demanded(result) == demand


def test_a_condition_clause_belongs_to_the_clause_it_conditions():
    from kg.extract.clauses import clause_values

    text = "was prepared to provide escorts for the convoys, but only if both capitals asked"
    assert clause_values(text) == []
    assert classify(text).value == "conditional"


def test_relative_clauses_describe_and_carry_no_attitude_of_the_speaker():
    text = ("wanted a clause on child labour, which was dropped after objections from two "
            "members, in the final text")
    assert classify(text).value == "support"


@pytest.mark.parametrize("text, value", [
    ("Millions of families depend on small-scale fishing.", None),
    ("Our support depends on the outcome of the vote.", "conditional"),
    ("She said it depended on what the mediators can deliver.", "conditional"),
    ("The rebels would free 40 soldiers in return for 120 fighters.", "support"),
    ("We ruled out lifting sanctions in return for promises.", "oppose"),
])
def test_dependence_and_exchange(text, value):
    result = classify(text)
    assert (result.value if result else None) == value, (text, result)


def test_an_appositive_naming_someone_elses_attitude_is_no_cue():
    text = ("said any deal must include refining in the country, a condition Brussels has so "
            "far resisted")
    assert classify(text).value == "conditional"


def test_a_later_clause_may_carry_a_refusal_without_cue_words():
    from kg.extract.clauses import clause_values

    got = clause_values("welcomed the offer as a basis for talks, but said it would not pay a "
                        "premium for local processing")
    assert [v.value for _, v in got] == ["support", "oppose"]


@pytest.mark.parametrize("text, value", [
    ("Parliament gave the green light to the accord.", "support"),
    ("The union threw its weight behind the proposal.", "support"),
    ("Farmers balked at the quota cut.", "oppose"),
    ("The opposition called the bill dead on arrival.", "oppose"),
    ("Lisbon remained sceptical of the levy.", "oppose"),
    ("The premier stopped short of endorsing the plan.", "neutral"),
    ("The ministry left the door open to a second round.", "neutral"),
    ("She would not say whether Madrid backs the plan.", "neutral"),
    ("Oslo was prepared to send observers if both governments asked.", "conditional"),
    ("Washington was not seeking a direct role in the talks.", "oppose"),
    ("The EU would present a revised draft statute next month.", "support"),
    ("The party would table a motion against any new limits.", "oppose"),
    ("Our members looked at the offer and they said no.", "oppose"),
    ("The plan contains some sensible savings and some very bad ideas.", "mixed"),
    ("Access for inspectors is not optional.", "support"),
    ('The side would "study the invitation carefully".', "neutral"),
    ("Kyiv counted on Berlin to keep the aid at this year's level.", "support"),
    ("A new suspension would undermine trust in public finances.", "oppose"),
    ("Our borders are not a bargaining chip.", "support"),
])
def test_wire_style_verbs_and_idioms(text, value):
    result = classify(text)
    assert result is not None and result.value == value, (text, result)


def test_a_saying_clause_can_carry_its_own_attitude():
    from kg.extract.clauses import clause_values

    got = clause_values("criticised the cabinet for accepting foreign mediation, saying direct "
                        "talks were the only acceptable format")
    assert [v.value for _, v in got] == ["oppose", "support"]
    # a justification without a cue of its own stays with the attitude it explains
    assert clause_values("rejected the demand, saying the men were security cases") == []


@pytest.mark.parametrize("text, value", [
    ("The envoy said a summit was only possible once the drafts were agreed.", "conditional"),
    ("Lisbon would only lift the quota after the audit was published.", "conditional"),
    ("The board would sign only if the text left the door open to later reviews.", "conditional"),
    ("The pilots would stage walkouts next month if the airline did not improve its offer.",
     "oppose"),
    ("The pilots would call off the walkouts if the airline improved its offer.", "conditional"),
    ("The mayor said a venue had been proposed but no decision had been taken.", "neutral"),
    ("The farmers' lobby pushed hard for a longer transition.", "support"),
    ("The guild argued strongly against the new levy.", "oppose"),
])
def test_conditions_threats_and_split_phrases(text, value):
    result = classify(text)
    assert result is not None and result.value == value, (text, result)


def test_a_refusal_with_its_subject_left_out_after_but():
    assert default_value("but will not open its fishing grounds").value == "oppose"
    assert default_value("but the deal would not end the dispute") is None


@pytest.mark.parametrize("text", [
    "The spokesman said no date had been set for the next round.",
    "She saw little sign that either camp was ready to compromise.",
    "Its purchases of grain are driven by national interest.",
    "which can block any treaty, members split along party lines",
])
def test_reports_observations_and_asides_carry_no_attitude(text):
    assert classify(text) is None


@pytest.mark.parametrize("text, value", [
    ("The board declined to discuss the bid but said it was open to new ideas.", "neutral"),
    ("The cabinet would take a decision on the levy at the appropriate time.", "neutral"),
    ("The firm is ready to invest in the port as soon as the permits are issued.",
     "conditional"),
    ("The union urged the firm to sign as soon as possible.", "support"),
    ("The farmers said no to the quota.", "oppose"),
])
def test_temporal_conditions_and_undecided_phrasing(text, value):
    result = classify(text)
    assert result is not None and result.value == value, (text, result)


@pytest.mark.parametrize("text, value", [
    ("A wider exchange could be discussed at a later stage.", "neutral"),
    ("The only realistic outcome is a new vote.", "support"),
    ("The party has no interest in a coalition with the far right.", "oppose"),
    ("The minister is not interested in a summit with the rebels.", "oppose"),
])
def test_openness_without_commitment_and_lack_of_interest(text, value):
    result = classify(text)
    assert result is not None and result.value == value, (text, result)


@pytest.mark.parametrize("text, value", [
    ("The ministry has in the past rejected calls for a moratorium.", None),
    ("It is a rule that both capitals signed up to many years ago.", None),
    ("The party, which had long opposed the levy, now backs it.", "support"),
])
def test_past_positions_told_as_history_are_not_stances(text, value):
    result = classify(text)
    assert (result.value if result else None) == value, (text, result)


def test_a_generic_subject_describes_others():
    assert classify("Nobody in the capital wants to talk about the border.") is None
    assert classify("Everyone wants a deal, but we reject this one.").value == "oppose"


@pytest.mark.parametrize("text, value", [
    ("The guild said it would not compromise on the four-day week.", "support"),
    ("We will never back down on the pension guarantee.", "support"),
    ("The drivers would not call off the stoppage.", "support"),
    ("The alliance refused to abandon its demand for a referendum.", "support"),
    ("Lima will not water down the emissions target.", "support"),
    ("The port authority abandoned its claim to the pier.", None),
])
def test_a_negated_verb_of_giving_up_holds_on_to_its_object(text, value):
    result = classify(text)
    assert (result.value if result else None) == value, (text, result)


def test_an_unchanged_position_is_no_refusal():
    result = default_value("the fleet has to leave the bay, and on this our position has not "
                           "changed and will not change")
    assert result is not None and result.value == "support"
    assert classify("Our position on the bridge has not moved, an aide said.") is None


@pytest.mark.parametrize("text, value", [
    ("It is too early to answer that question.", "neutral"),
    ("The minister said it would be premature to give a verdict.", "neutral"),
    ("The council could look at the idea in stages.", "neutral"),
    ("Oslo would not stand in the way of a consensus.", "support"),  # guide, session 8
    ("Lima will not block the fisheries text.", "support"),
    ("The guild has no objection to the new rota.", "support"),
    ("Quito did not reject the offer.", "neutral"),
    ("The farmers' union stood in the way of the reform.", "oppose"),
    ("The party has little sympathy for that demand.", "oppose"),
    ("There is little appetite for a second levy in the cabinet.", "oppose"),
    ("The chapter on pensions is unacceptably vague.", "oppose"),
])
def test_non_committal_acquiescent_and_unsympathetic_phrasing(text, value):
    result = classify(text)
    assert result is not None and result.value == value, (text, result)


def test_the_question_a_statement_answers_is_not_its_attitude():
    result = classify('Asked whether the navy would take part, said it was "too early to say".')
    assert result is not None and result.value == "neutral"
    assert default_value("Asked who should pay for it, said the question was open") is None


def test_discourse_markers_are_no_attitude():
    assert classify("I want to be straight with the drivers about that.") is None
    assert default_value("I want to be clear with you") is None


def test_the_targets_own_occurrence_is_no_condition():
    assert classify("The union would take part in the mediation if it went ahead.").value == \
        "support"
    assert classify("The union would take part in the mediation if pay rose.").value == \
        "conditional"


def test_a_rejecting_appraisal_after_a_contrast_makes_the_statement_mixed():
    result = classify('welcomed the offer in principle but called its wording "too vague"')
    assert result is not None and result.value == "mixed"


@pytest.mark.parametrize("text, value", [
    ("said the ministry would work with whoever the two sides agree on", "neutral"),
    ("We will accept whatever the arbitrator decides.", "neutral"),
    ('"If the council passes this law, it will see us in the streets," he said.', "oppose"),
    ('"If they mean peace, let it begin here: no strikes on the dams."', None),
])
def test_deference_and_threats_after_an_opening_condition(text, value):
    result = classify(text)
    assert (result.value if result else None) == value, (text, result)


def test_parts_of_a_text_accepted_and_rejected_are_one_mixed_stance():
    from kg.extract.clauses import clause_values

    assert clause_values("supported the objective of the accord but objected to the "
                         "provisions on quotas") == []
    assert clause_values("welcomed the chapter on ports but rejected the chapter on rail") == []
    two = clause_values("backed the accord in principle but rejected any concession on wheat")
    assert [v.value for _, v in two] == ["support", "oppose"]


@pytest.mark.parametrize("text, value", [
    ("We want a ten percent rise and we will not settle for less.", "support"),
    ("The guild will accept nothing less than a full pay restoration.", "support"),
    ("The bishops called on the senate to drop its objection to the treaty.", "support"),
    ("The caucus was willing to consider cuts outside the school budget.", "neutral"),
    ("The firm is open to bringing in an arbitrator.", "neutral"),
])
def test_holding_out_dropping_objections_and_openness(text, value):
    result = classify(text)
    assert result is not None and result.value == value, (text, result)


@pytest.mark.parametrize("text", [
    '"Both parties want a deal before the vote, for different reasons," the analyst said.',
    "Neither camp wants to be seen walking away.",
    "Reforms are exactly what the coalition needs.",
    "Whether the cabinet agrees remains unclear.",
    '"If they refuse, everyone will see who is blocking the deal," she said.',
    "The two parties are not strong enough to block the bill.",
    '"Nothing is agreed until everything is agreed," the mediator said.',
    "We are not against a tax.",
])
def test_descriptions_of_others_open_questions_and_formulas_carry_no_attitude(text):
    assert classify(text) is None and default_value(text) is None, text


def test_not_an_option_and_the_standard_of_a_comparison():
    assert classify('A cabinet resting on far-right votes was "not an option," he said.').value \
        == "oppose"
    assert classify("has offered less than the union wants").cues == ("offered",)


@pytest.mark.parametrize("text, value", [
    ("The mayor said the council should not sell the harbour.", "oppose"),
    ("The federation was deeply disappointed by the ruling.", "oppose"),
    ("The growers were pleased with the new quota.", "support"),
    ("The envoy would keep pressing for a wider corridor.", "support"),
    ("The port has asked the ministry for a larger dredging budget.", "support"),
    ("We are asking them to reopen the crossing.", "support"),
    ('The think tank called the proposal "a fig leaf".', "oppose"),
    ("We cannot ask our fishers to carry the whole cost.", None),
    ("The diplomat, who asked not to be named, said talks went on.", None),
])
def test_affect_requests_and_negated_modals(text, value):
    result = classify(text)
    assert (result.value if result else None) == value, (text, result)


@pytest.mark.parametrize("text, value", [
    ("The spokesman called Oslo one of the options but said no decision had been made.",
     "neutral"),
    ("Our lawyers are working through the draft line by line.", "neutral"),
    ("The spokesman said no date had been set for the vote.", None),
])
def test_undecided_reports_by_the_holder_are_neutral(text, value):
    result = classify(text)
    assert (result.value if result else None) == value, (text, result)


@pytest.mark.parametrize("text, value", [
    ("Dropping the levy now would be a reward for the smugglers.", "oppose"),
    ("Easing the quotas would be a gift to the cartel.", "oppose"),
    ("We will not reward delay.", "oppose"),
])
def test_an_undeserved_concession_condemns_its_target(text, value):
    result = classify(text)
    assert (result.value if result else None) == value, (text, result)


@pytest.mark.parametrize("text, value", [
    ("The new port fee is a river toll by another name.", "oppose"),
    ("She called the pilot scheme a wage cut dressed up as flexibility.", "oppose"),
    ("The growers regard the label rule as a quota in disguise.", "oppose"),
    ("An export licence for rice is, for them, a disguised ban.", "oppose"),
])
def test_a_target_unmasked_as_something_worse_is_opposed(text, value):
    result = classify(text)
    assert (result.value if result else None) == value, (text, result)


@pytest.mark.parametrize("text, value", [
    ("The ferry pledge is political theatre, the mayor said.", "oppose"),
    ("He called the tariff truce a Trojan horse for dumping.", "oppose"),
    ("The grain summit was a photo opportunity and little else.", "oppose"),
    ("Critics called the audit clause window dressing.", "oppose"),
])
def test_a_target_dismissed_as_show_or_deception_is_opposed(text, value):
    result = classify(text)
    assert (result.value if result else None) == value, (text, result)


@pytest.mark.parametrize("text, value", [
    ("The new draft is strong on pensions and weak on wages, the union said.", "mixed"),
    ("She found sensible clauses in the text and a very bad annex.", "mixed"),
    ("The quota is useful for beef and of no use for lamb.", "mixed"),
    ("A levy remains the least bad choice here, and better than a ban.", "support"),
])
def test_a_split_appraisal_of_the_parts_is_mixed(text, value):
    result = classify(text)
    assert (result.value if result else None) == value, (text, result)


@pytest.mark.parametrize("text, value", [
    ("A cap on river flows is not something we can agree to this year.", "oppose"),
    ("That is not a price the guild is willing to pay, she said.", "oppose"),
    ("It is not an offer they would ever sign.", "oppose"),
    ("A shorter working week is something we can agree to.", "support"),
])
def test_a_negated_predicate_noun_negates_the_cue_of_its_relative_clause(text, value):
    result = classify(text)
    assert (result.value if result else None) == value, (text, result)


@pytest.mark.parametrize("text, value", [
    ("The carriers said the levy does nothing to cut noise at night.", "oppose"),
    ("A vote on the statute has no place in these talks, the envoy said.", "oppose"),
    ("Any forced closure would breach our supply contract.", "oppose"),
    ("The new terms would not breach the accord.", None),
])
def test_harm_or_futility_of_the_target_opposes_it(text, value):
    result = classify(text)
    assert (result.value if result else None) == value, (text, result)


def test_a_long_infinitive_before_if_still_makes_a_condition():
    text = ("The ministry is prepared to go on honouring the old quota limits of the lapsed "
            "fisheries treaty for another two seasons if the other side does the same.")
    result = classify(text)
    assert result is not None and result.value == "conditional", result


@pytest.mark.parametrize("text, value", [
    ('The charter has "some clauses we can sign and some we cannot," she said.', "mixed"),
    ("There are points in the draft we can accept, and there are points that are simply "
     "not acceptable.", "mixed"),
    ("Some of its articles suit us, while others cannot be accepted as written.", "mixed"),
    ("Some members want the deal and some want it signed sooner.", "support"),
])
def test_parts_of_a_target_judged_differently_are_mixed(text, value):
    result = classify(text)
    assert (result.value if result else None) == value, (text, result)


@pytest.mark.parametrize("text, value", [
    ("A pardon for conscripts could be discussed, she conceded, but not one for the officers.",
     "mixed"),
    ("The clause could be discussed, but not before the vote.", "neutral"),
    ("Oslo is prepared to look at all options, including a larger grant.", "neutral"),
])
def test_concessions_and_open_options(text, value):
    result = classify(text)
    assert (result.value if result else None) == value, (text, result)


@pytest.mark.parametrize("text, value", [
    ("The farmers urged the ministry to drop the quota plan.", "oppose"),
    ("The ministry should abandon the levy altogether, the guild said.", "oppose"),
    ("The bloc called on Lisbon to drop its veto.", "support"),
    ("The guild agreed to drop the claim.", "support"),
    ("The union will not drop its demand.", "support"),
])
def test_asking_another_side_to_give_something_up_opposes_it(text, value):
    result = classify(text)
    assert (result.value if result else None) == value, (text, result)


@pytest.mark.parametrize("text, value", [
    ("The chamber warned that a higher levy would close half the mills.", "oppose"),
    ("The ministry warned that it would respond to any new duty.", "oppose"),
    ("If the ministers want to help, they should back the rail plan.", "support"),
    ("If we are talking about fairness, then we should tax the largest estates first.",
     "support"),
    ("If a foreign firm wanted a stake in the grid, we would welcome it.", "conditional"),
])
def test_warnings_and_rhetorical_conditions(text, value):
    result = classify(text)
    assert (result.value if result else None) == value, (text, result)


@pytest.mark.parametrize("name", ["cues", "parts", "release", "no_attitude"])
def test_doctests_of_the_stance_helper_modules_pass(name):
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(f"kg.extract.{name}"))
    assert result.attempted > 0 and result.failed == 0



@pytest.mark.parametrize("text, value", [
    ("It would be the right step, and many colleagues agree, even if they will not say so.",
     "support"),
    ("The crews would rather strike through the winter than accept the rota.", "oppose"),
    ("The crews would accept the rota if the bonus stays.", "conditional"),
])
def test_concessive_if_and_preferences_against_a_target(text, value):
    result = classify(text)
    assert (result.value if result else None) == value, (text, result)


@pytest.mark.parametrize("text, value", [
    ("Oslo pressed the bloc on Monday to grant its fishers a separate quota.", "support"),
    ("The union pressed ahead with the strike.", None),
    ("The chamber warned that without a deal, half the mills would close.", None),
])
def test_pressing_another_side_is_a_request_and_a_warning_without_the_target_is_none(
        text, value):
    result = classify(text)
    assert (result.value if result else None) == value, (text, result)


def test_a_shortfall_after_a_contrast_makes_a_welcome_mixed():
    text = "The guild welcomed the principle but said the proposed rates were far too low."
    assert classify(text).value == "mixed"
    assert classify("We welcome the plan, but it is too early to say more.").value == "neutral"


def test_a_welcome_qualified_by_a_shortfall_stays_one_mixed_statement():
    from kg.extract.clauses import clause_values

    text = "said it welcomed the principle but that the proposed fees were far too low"
    assert clause_values(text) == []
    assert [v.value for _, v in clause_values(
        "backed the levy, but rejected the cap on fishing days")] == ["support", "oppose"]


def test_useful_ideas_but_much_of_it_unacceptable_is_one_mixed_statement():
    from kg.extract.clauses import clause_values

    text = "said the draft held useful ideas but that much of it was unacceptable as written"
    assert clause_values(text) == []
    assert classify(text).value == "mixed"


@pytest.mark.parametrize("text", [
    "The farmers' league wants none of the new quota system.",
    "The council said it saw little point in a second round of talks.",
    "The dockers said they would challenge the decree in court.",
    "Lisbon would on no account accept a levy on its fishing fleet.",
    "The union would take the port authority to court if it hired agency crews.",
])
def test_quantified_refusals_legal_action_and_emphatic_negation_oppose(text):
    result = classify(text)
    assert result is not None and result.value == "oppose", (text, result)


@pytest.mark.parametrize("text, value", [
    ('The spokesman said the request was "under consideration" in the cabinet.', "neutral"),
    ("A second levy is not under consideration, the ministry said.", "oppose"),
    ("The guild would withdraw from the talks if the board cut the night bonus.", "oppose"),
    ("Lima would withdraw its troops from the pass only once the rebels had disarmed.",
     "conditional"),  # pulling troops back is an offer, not a threat
    ("The text has elements we can live with, and elements that are plainly unworkable.",
     "mixed"),
])
def test_open_questions_threats_of_leaving_and_parts_judged_apart(text, value):
    result = classify(text)
    assert result is not None and result.value == value, (text, result)


def test_denying_a_request_is_neither_a_request_nor_a_refusal():
    assert classify("We are not asking for special treatment from anyone.") is None
    assert classify("The growers asked for a longer transition.").value == "support"


@pytest.mark.parametrize("text, value", [
    # a verb of considering with a plain "if": the condition limits the openness
    ("The airline is prepared to look again at shift patterns if the pilots end the go-slow.",
     "neutral"),
    ("The ministry is ready to look at the tolls, she said.", "neutral"),
    # with a restrictive "only if" / "only once": a firm statement with a condition
    ("We would look at an offshore lease only if the embargo is lifted first.", "conditional"),
    ("The guild could consider a longer contract, but only once the canteen reopens.",
     "conditional"),
    # "only after" a step is a sequence, and deciding later is no verb of considering
    ("The city would decide on a further grant only after its accounts were audited.",
     "neutral"),
])
def test_hedges_with_a_plain_or_a_restrictive_condition(text, value):
    """Coding guide 3.6 and the session-8 clarification "Hedges with a condition"."""
    result = classify(text)
    assert result is not None and result.value == value, (text, result)


@pytest.mark.parametrize("text, value", [
    # an obligation that something be removed opposes it; that it not be removed holds it
    ("The toll on lorries should be scrapped, the hauliers said.", "oppose"),
    ("The fee must be struck out of the draft before anyone signs.", "oppose"),
    ("The night-shift bonus should not be dropped, the nurses' guild said.", "support"),
    # asking another side to cancel a thing opposes it; refusing to cancel it holds it
    ("The mayor urged the drivers to cancel Friday's walkout.", "oppose"),
    ("We will not cancel the march for anyone, the organisers said.", "support"),
])
def test_removal_and_cancellation_asked_of_others_oppose_the_thing(text, value):
    result = classify(text)
    assert (result.value if result else None) == value, (text, result)


@pytest.mark.parametrize("text, value", [
    # the holder's own contingency is no condition of acceptance: the statement stands
    ("The opposition would back the levy if returned to office, its leader said.", "support"),
    ("The guild will sign the accord, if necessary.", "support"),
    ("If need be, we will support the transfer.", "support"),
])
def test_the_holders_own_contingency_is_no_condition(text, value):
    result = classify(text)
    assert (result.value if result else None) == value, (text, result)


@pytest.mark.parametrize("text, value", [
    # refusing to bear a cost demands that those the holder speaks for be spared
    ("our growers will not pay for the ministry's blunders", "support"),
    ("we are not going to carry the load alone", "support"),
    ("they will not foot the bill for this budget", "support"),
])
def test_refusing_to_bear_a_cost_supports_sparing_those_who_would_pay(text, value):
    result = default_value(text)
    assert result is not None and result.value == value, (text, result)


@pytest.mark.parametrize("text", [
    "The guild has hinted that it could accept part of the pension scheme.",
    "The ministry endorsed parts of the harbour plan on Monday.",
    "The ferry operators said they liked 'roughly half' of the timetable.",
    "We like some of the harbour rules and none of the fees.",
    "The council agreed with \"part of what the fishermen want\" but gave no details.",
])
def test_accepting_part_of_a_target_is_mixed(text):
    """Coding guide 3.8 and the session-10 clarifications: "could accept part of the
    package" is one mixed stance."""
    result = classify(text)
    assert result is not None and result.value == "mixed", (text, result)


@pytest.mark.parametrize("text", [
    "our drivers will not be left behind in this settlement",
    "we cannot be shut out of the fishing talks",
    "a choice about our harbour cannot be made without us.",
    "we will not leave the miners out of the bargain",
])
def test_refusing_an_exclusion_supports_the_inclusion(text):
    """A negated verb of exclusion is a double negative: the holder demands to be (or to
    keep others) included, a support (coding guide 3.7)."""
    result = default_value(text)
    assert result is not None and result.value == "support", (text, result)


@pytest.mark.parametrize("text", [
    "The mayor did not commit to the second ferry line.",
    "Lisbon has not committed itself on the quota.",
    "The guild is not closing any door on a shorter week.",
    "Oslo will not decide on the pipeline until the audit is published.",
])
def test_a_withheld_commitment_or_decision_is_neutral(text):
    """A negated commitment, a door left unclosed and a decision put off hold the decision
    open (value table "has not decided"; rule 6; session-10 clarifications): neutral, not
    a refusal."""
    result = classify(text)
    assert result is not None and result.value == "neutral", (text, result)


@pytest.mark.parametrize("text", [
    "Some of the charter we can accept, some of it we cannot.",
    "There are ideas in the memo we can back and ideas we will never back.",
    "Asked about the tolls, the mayor replied: some yes, some no.",
    "The farmers' union gave the quota scheme a mixed reception.",
    "Night trains, yes; a new runway for the airport, no.",
])
def test_split_verdicts_on_parts_of_one_target_are_mixed(text):
    """Coding guide 3.8 ("some elements are acceptable, others are not") and the session-9
    clarifications ("had a mixed verdict on the draft"): mixed."""
    result = classify(text)
    assert result is not None and result.value == "mixed", (text, result)


@pytest.mark.parametrize("text, value", [
    ('"Ferry slots, yes.', "support"),
    ('A customs post at the bridge, no," the envoy added.', "oppose"),
    ("Longer opening hours at the depot, yes!", "support"),
    ('Night tolls, no."', "oppose"),
    ("Well, no.", None),
    ("Without the levy, no school will open.", None),
])
def test_an_elliptical_verdict_on_a_named_thing(text, value):
    """The halves of "A, yes; B, no" given as sentences of their own ("Ferry slots, yes.
    A customs post, no."): support or oppose what each names; a discourse word or a phrase
    of circumstance before "no" gives no verdict."""
    result = classify(text)
    assert (result.value if result is not None else None) == value, (text, result)


@pytest.mark.parametrize("text, value", [
    ('"My priority remains a working hotline between the two navies."', "support"),
    ("Their own preference was for a rotating chair, she added.", "support"),
    ('"Our aim is to block the merger."', "oppose"),
    ("Our goal was never to humiliate the other delegation.", None),
])
def test_the_speakers_own_aim_as_a_subject_supports_what_it_names(text, value):
    """"Our demand is simple: ...", "my priority remains X", "his own preference was for X":
    the speaker names what he wants (support; an aim to block something opposes it)."""
    result = classify(text)
    assert (result.value if result is not None else None) == value, (text, result)


@pytest.mark.parametrize("text", [
    '"We are against moving the weekly market to the bypass.',
    "The growers' cooperative is firmly against any such levy.",
    "Most of the delegates were against the new seating plan.",
])
def test_being_against_a_thing_opposes_it(text):
    result = classify(text)
    assert result is not None and result.value == "oppose", (text, result)


@pytest.mark.parametrize("text, value", [
    ('She said a second customs lane remained "a priority for us."', "support"),
    ('"Two inspections a year is the minimum for our growers," he said.', "support"),
    ("What the cleaners earn is the minimum wage and nothing more.", None),
    ("Speed is not a priority for the ministry.", None),
])
def test_a_thing_called_a_priority_or_the_minimum_is_wanted(text, value):
    result = classify(text)
    assert (result.value if result is not None else None) == value, (text, result)


@pytest.mark.parametrize("text, value", [
    ("Malta said it was ready to keep lending its island for the rounds as long as both "
     "delegations wanted.", "support"),
    ("The abbey offered to shelter the envoys for as long as they needed it.", "support"),
    ("The mediators will stay on call so long as the two camps trust them.", "conditional"),
    ("The union would accept the cut as long as night shifts are paid extra.", "conditional"),
])
def test_a_duration_set_by_others_wishes_is_no_condition(text, value):
    """Coding guide 3, session-9 clarifications, "Duration is not a condition": "for as long as
    both sides want it" sets how long the holder's own offer runs (support); a continuation
    ("will stay ... so long as", session 11) and a proviso stay conditional."""
    result = classify(text)
    assert result is not None and result.value == value, (text, result)


def test_a_negation_inside_an_assurance_asked_for_is_what_is_assured():
    value = classify("Oslo wants a firm guarantee that the harbour will never be sold off.")
    assert value is not None and value.value == "support"


def test_refusing_an_assurance_stays_a_refusal():
    value = classify("Oslo refused to give a guarantee that the harbour would never be sold.")
    assert value is not None and value.value == "oppose"


@pytest.mark.parametrize("text, value", [
    ("Pensioners should not be made to queue for their own savings.", "support"),
    ("Fishermen must not be treated as an afterthought in this treaty.", "support"),
    ("A quarrel over flags should not be allowed to derail the ferry talks.", "support"),
    ("The border should not reopen before the vote.", "oppose"),
])
def test_a_negated_obligation_that_spares_someone_supports(text, value):
    result = classify(text)
    assert result is not None and result.value == value, (text, result)


@pytest.mark.parametrize("text", [
    "said it would keep its grants to the port authority in place",
    "said the ferry service would continue on the winter timetable",
    "insisted the council will keep funding the night buses",
])
def test_carrying_on_ones_own_act_supports(text):
    found = classify(text)
    assert found is not None and found.value == "support"


@pytest.mark.parametrize("text, value", [
    ("The port authority would reopen the quay within a week of the dockers ending their blockade.",
     "conditional"),
    ("We are ready to send inspectors within two days of both ministries asking us.", "conditional"),
    # the holder's own act, a time limit and no other party's step
    ("The board is ready to resume the audits within three months of a decision.", "support"),
])
def test_an_act_within_a_time_of_another_partys_step_is_conditional(text, value):
    result = classify(text)
    assert (result.value if result else None) == value, (text, result)


@pytest.mark.parametrize("text", [
    "The ministry said the memorandum was being studied by its lawyers.",
    '"All the ideas will be studied," the spokeswoman said.',
    "A spokesman said the bank would assess the request once it arrives.",
])
def test_a_text_under_study_is_neutral(text):
    """A text under study in the passive or the past ("was being studied", "will be
    studied", "would assess ... once it arrives") states no view yet."""
    result = classify(text)
    assert result is not None and result.value == "neutral", (text, result)


@pytest.mark.parametrize("text", [
    'The consulate says it "took note" of the petition.',
    "Oslo has taken note of the letter and has nothing to add, an aide said.",
])
def test_taking_note_alone_is_a_non_answer(text):
    """Taking note of a text, with nothing else said, is an acknowledgement, not a view
    (coding guide, session 10: non-answers are not coded): no cue and no stance."""
    assert classify(text) is None, text
    assert no_attitude(text), text


@pytest.mark.parametrize("text, none", [
    ('said the phone call was "long and courteous" and touched on ferry fares.', True),
    ("said the round would be technical and sit in the ferry company's offices.", True),
    ("told the press the two delegations went over every annex twice.", True),
    ("said this visit would centre on the water annex, not on visas.", True),
    ("said the talks must go on until the quota is settled.", False),
    ("said the session would not reopen while the blockade lasts.", False),
    ("said the round will close only if the ferry levy goes.", False),
])
def test_a_report_of_how_the_talks_went_is_no_attitude(text, none):
    """How a call or a round went or will go, told with the meeting as the subject, is an
    event (coding guide section 4), no attitude toward a target; a demand, a condition or a
    negated predicate beside it still states one."""
    assert not none or classify(text) is None, text
    assert no_attitude(text) == none, text

def test_declining_to_comment_holds_nothing_open():
    """"declined to comment on X" reports no attitude (coding guide, session 10: non-answers;
    "declined to comment on whether X" stays a neutral cue); a question put off ("will be
    decided when ...") is neutral by the words said."""
    assert classify("The clerk declined to comment about the harbour levy, calling it a local affair.") is None
    found = classify('He said the seat of the panel "will be decided once the budget is settled."')
    assert found is not None and found.value == "neutral"


@pytest.mark.parametrize("text", [
    "A grain deal without insurance changes nothing for the shippers, the guild said.",
    'The growers said a quota with no price floor "solves nothing".',
    "An inquiry without subpoena powers would achieve nothing, she said.",
    "The pledge means little without a date, the mayor said.",
    "A truce with no monitors is paper.",
])
def test_a_target_worthless_without_something_is_support(text):
    """A verdict that a target lacking something is worthless wants what is missing (or
    the full target): support, not oppose (guide session 13, "X without Y changes nothing")."""
    result = classify(text)
    assert result is not None and result.value == "support", (text, result)
    assert classify("Without a vote, nothing changes for the growers.") is None


@pytest.mark.parametrize("text", [
    "The Greens said they would quit the cabinet if the motorway toll was doubled.",
    "The airline will take the matter to the regulator if the landing fees go up again.",
    "The dispute board said it would take the case to arbitration if the quota was cut.",
    "Oslo could tighten checks on salmon imports if the subsidy is renewed.",
])
def test_leaving_suing_or_tightening_on_a_condition_is_a_threat(text):
    """Quitting, taking a matter to a board or court, tightening restrictions if something
    happens is a threat (rule 3.5): `oppose`, aimed at the condition, whose matter gives the
    stance's issue."""
    result = classify(text)
    assert result is not None and result.value == "oppose", (text, result)
    assert result.aim is not None and result.aim.startswith("the "), result


@pytest.mark.parametrize("text", [
    "Capping the fares would turn the ferry line into a charity, the operator said.",
    '"A five-year freeze will simply turn the harbour into a car park," the mayor said.',
    "The shipowners said the levy could turn a modest profit into a heavy loss.",
])
def test_a_change_for_the_worse_opposes_its_cause(text):
    """"X would turn Y into Z" argues against X's merits: `oppose` (rule 3.3), not the
    affirmative default; "will turn to the courts" is no such change."""
    result = classify(text)
    assert result is not None and result.value == "oppose", (text, result)
    other = classify("We will turn to the courts next week.")
    assert other is None or "would turn ... into" not in other.cues


@pytest.mark.parametrize("text, value", [
    ("The levy will remain in place, whatever the shippers say, the ministry said.", "oppose"),
    ('"The lighthouse is ours and will stay ours," the mayor said.', "oppose"),
    ("The quota will stay where it is until the survey is published.", "conditional"),
    ("The garrison will remain for as long as the villagers want it.", "conditional"),
    ("Its offer would stay on the table until March.", "support"),
])
def test_a_continuation_without_a_limit_opposes_its_end(text, value):
    """"X will stay (remain)" with no limit refuses the end of X (guide session 11,
    continuation against an end): `oppose`; with "until" or "as long as" it is conditional;
    an offer kept on the table is support."""
    result = classify(text)
    assert (result.value if result else None) == value, (text, result)


@pytest.mark.parametrize("text, value, pair", [
    ("The union will not sign before the board withdraws the rota.", "conditional",
     ("the board withdraws the rota", "support")),
    ("Not before the shelling has stopped.", "conditional", ("the shelling has stopped", "support")),
    ("The ministry has no plans to lift the ban before a deal is signed.", "conditional",
     ("a deal is signed", "support")),
    ("We will not decide before March.", "neutral", None),
    ("We will not take sides before we have the facts.", None, None),
])
def test_a_refusal_before_a_step_is_a_precondition(text, value, pair):
    """"not X before Y" is "not X until Y" (rule 3.4): `conditional`, with the paired support
    for Y when Y is another party's step; not a date, nor the holder's own state."""
    result = classify(text)
    assert (result.value if result else None) == value, (text, result)
    assert (paired(result) if result else None) == pair, (text, result)


@pytest.mark.parametrize("text, value", [
    ('"We do not see a role for the league in the talks," the minister said.', "oppose"),
    ("The board saw no case for a second audit.", "oppose"),
    ('"There is no need to rerun the ballot," the spokesman said.', "oppose"),
    ('A fresh levy "is not something we see a need for," she said.', "oppose"),
    ("The ministry backed the plan and saw no reason to reopen it.", "support"),
])
def test_denying_the_need_for_a_target_opposes_it(text, value):
    """Denying that the target is needed argues against its necessity (rule 3.3): `oppose`;
    beside a want it only restates the want."""
    result = classify(text)
    assert (result.value if result else None) == value, (text, result)
    assert classify("We see no reason to doubt their word.") is None


@pytest.mark.parametrize("text, value", [
    ('"We will never give up our islands," the governor said.', "oppose"),
    ("The guild will not trade away its pension fund for a pay rise.", "oppose"),
    ("The regiment refused to hand over the fortress.", "oppose"),
    ("The party will not trade away its housing pledge for two ministries.", "support"),
    ("It is the one promise the mayor will not bargain away.", "support"),
    ('"We will not give up," the strikers said.', "support"),
])
def test_a_refused_handover_opposes_it(text, value):
    """Refusing to give up or hand over a possession opposes the handover (rule 3.7; the
    target is what the sentence names); refusing to give up one's own pledge or demand, or
    giving up with no object, holds on to it (support)."""
    result = classify(text)
    assert (result.value if result else None) == value, (text, result)


@pytest.mark.parametrize("text, value", [
    ("We are not against a shorter week for the drivers, of course.", "support"),
    ('The guild was "not against" a phased rise in principle, its chair said.', "support"),
    ("The ministry is not opposed to the new timetable.", "support"),
    ("We are not against tourism.", None),
    ("The villagers are not against forestry as such.", None),
])
def test_a_denied_opposition_accepts(text, value):
    """"not against X", "not opposed to X" accept X, as "has no objection to X" does
    (session-8 clarifications); a concession that opens a rebuttal ("not against tourism.",
    "not against X as such") states no attitude."""
    result = classify(text)
    assert (result.value if result else None) == value, (text, result)


@pytest.mark.parametrize("text, value", [
    ("The growers' league could live with smaller quotas next season.", "support"),
    ('"We can live with a slower timetable," the mayor told the council.', "support"),
    ("The pilots said they could not live with the new rota.", "oppose"),
    ("Farmers on the coast have learned to live with floods.", None),
])
def test_a_bearable_settlement_is_accepted(text, value):
    """"could live with X" accepts X, "cannot live with X" refuses it; living with a fact
    without a modal of ability is no stance."""
    result = classify(text)
    assert (result.value if result else None) == value, (text, result)


@pytest.mark.parametrize("text, value", [
    ("The dockers' guild said two extra rest days were not enough.", "oppose"),
    ("The mayors argue that the housing grant is not going far enough.", "oppose"),
    ("The brewers said the excise cut fell well short of their costs.", "oppose"),
    ("Its board wants quotas, with fines when a mill falls behind or may fall short.", "support"),
])
def test_a_shortfall_verdict_opposes(text, value):
    """Judging a thing short of what is needed ("not enough", "does not go far enough",
    "fell short") opposes it; a shortfall named inside a demand is no verdict."""
    result = classify(text)
    assert (result.value if result else None) == value, (text, result)


@pytest.mark.parametrize("text, value", [
    ("A night ferry is the wrong answer for an island of this size.", "oppose"),
    ("The mayor said a toll would be the right step for the old bridge.", "support"),
    ("Eleven euros an hour is already a compromise.", "support"),
    ("If the goal is cleaner rivers, the council will back the fee.", "support"),
    ("If our aim is a lasting truce, the ferry pact is the wrong approach.", "oppose"),
    ("We are the right partner for this port.", None),
    ("That is a compromise.", None),
])
def test_a_course_judged_fit_or_unfit(text, value):
    """A course judged "the right/wrong choice, step, answer ..." is backed or rejected
    whatever its subject names; the speaker's own figure told as "already a compromise" is
    backed; an opening premise naming the aim ("if the goal is X") argues and sets no
    condition; a person ranked ("we are the right partner") is no course."""
    result = classify(text)
    assert (result.value if result else None) == value, (text, result)


@pytest.mark.parametrize("text, value", [
    ("The haulers' guild would challenge any toll on the coastal road, its chair said.", "oppose"),
    ("The fishermen will fight any cut to the cod quota, their chair said.", "oppose"),
    ("The council said it would contest the ruling on the dam.", "oppose"),
    ("The dockers will fight for every crane driver's job.", None),
])
def test_a_vow_to_fight_opposes(text, value):
    """A vow to challenge, contest or fight a target ("would challenge any toll", "will fight
    any cut") opposes it; fighting for something is no such vow."""
    result = classify(text)
    assert (result.value if result else None) == value, (text, result)


@pytest.mark.parametrize("text, value", [
    ("The growers said they had no problem with a later harvest date.", "support"),
    ("The inspectors' visit is not a problem for us, the minister said.", "support"),
    ("We have a problem with this timetable.", None),
])
def test_a_target_accepted_as_harmless_is_supported(text, value):
    """"no problem with X", "X is not a problem" accept X."""
    result = classify(text)
    assert (result.value if result else None) == value, (text, result)


@pytest.mark.parametrize("text", [
    "The clause must go into the statute this year, not promised for some later session.",
    "We want the bonus paid into the payslips, not offered in a press release, the steward said.",
])
def test_a_cue_set_aside_by_a_comma_and_not_is_no_refusal(text):
    """"A, not B" with a cue in B ("..., not promised"): the speaker wants the first way
    instead of the second, a support, not a refusal of the target."""
    result = classify(text)
    assert result is not None and result.value == "support", (text, result)


@pytest.mark.parametrize("text, value", [
    ("The drivers will hold a two-day stoppage next month unless the depot restores the "
     "night allowance.", "oppose"),
    ("Their members are going to work to rule from Friday unless the board comes back with "
     "more.", "oppose"),
    ("The council will sign the lease unless the valuation changes.", "conditional"),
    ("The council will not attend unless the agenda changes.", "conditional"),
    ("but would hold back the grant unless the savings stay in the budget", "conditional"),
])
def test_an_act_held_over_the_other_side_unless_it_moves_is_a_threat(text, value):
    """"will do X unless Y" without a cue of accepting or a negation is a threat (oppose);
    an acceptance, a refusal lifted by the condition, or a clause qualifying an attitude
    stated before it stays conditional."""
    result = classify(text)
    assert result is not None and result.value == value, (text, result)


@pytest.mark.parametrize("text, value", [
    ("The ministry said it would appoint a mediator of its own if no agreement is reached "
     "by Friday.", "support"),
    ("The league will publish the fixture list itself if the clubs have not approved it by "
     "March.", "support"),
    ("The pilots would walk out if no settlement is agreed by the summer.", "oppose"),
    ("The council would sign the lease if the valuation changes.", "conditional"),
])
def test_a_fallback_announced_for_failed_talks_is_an_act_of_the_holder(text, value):
    """"would do X if the talks fail" announces the holder's own fallback (support), not
    an acceptance subject to a condition; a threat stays a threat, any other "if" a
    condition."""
    result = classify(text)
    assert result is not None and result.value == value, (text, result)


@pytest.mark.parametrize("text, value", [
    ("The mayor urged the dockers to avoid any walkout before the fair.", "oppose"),
    ("The guild asked the assembly to strike it from the charter.", "oppose"),
    ("The mayor urged both unions to accept the mediator.", "support"),
])
def test_a_request_to_put_the_target_aside_opposes_it(text, value):
    """"urged them to avoid / shelve / strike X": the speaker asks that X be set aside, an
    oppose toward X, as a request to drop it is; a request to accept X stays support."""
    assert classify(text).value == value


@pytest.mark.parametrize("text", [
    "A pension fund which ministers may raid each winter is a piggy bank.",
    "A border deal with no maps attached would be a boon for smugglers.",
    "An audit which the mine pays for itself will not reassure the herders.",
    "A school budget whose money arrives in June is a cruel joke for the heads.",
])
def test_a_verdict_on_a_restricted_variant_supports_the_full_target(text):
    """A verdict on a variant the subject restricts ("an X that P is ...") wants the full X
    or what the variant lacks (guide session 8, "an X that P is not an X"; session 13):
    support, whatever the verdict's words."""
    result = classify(text)
    assert result is not None and result.value == "support", (text, result)


def test_any_restricted_variant_is_still_refused():
    result = classify("Any border deal that hands over the valley is a betrayal.")
    assert result is not None and result.value == "oppose", result


@pytest.mark.parametrize("text, value", [
    ("said the ferry levy had to stay with the port towns", "support"),
    ("told the assembly that every accord had to cover the river villages", "support"),
    ("said we had to leave the hall before noon", None),
    ("said the union has had to wait for months", None),
    ("said the vote had to be postponed because of the storm", None),
])
def test_a_reported_had_to_is_an_obligation_unless_own_past_or_passive(text, value):
    """Reported speech shifts "must" to "had to": the speaker's obligation, a support; not
    what he or his side had to do, nor a passive report of what was done."""
    result = default_value(text)
    assert (result.value if result is not None else None) == value


@pytest.mark.parametrize("text", ["Iceland has, for its part, left a door ajar.",
                                  "Iceland left a door open on Tuesday.",
                                  "Iceland has not shut the door to a shorter season."])
def test_a_door_left_open_is_neutral(text):
    assert classify(text).value == "neutral"


@pytest.mark.parametrize("text, value", [
    ("The federation is not impressed.", "oppose"),
    ("Norway was unconvinced by the offer.", "oppose"),
    ("Norway was cooler on the observer clause.", "neutral"),
])
def test_an_appraisal_of_the_matter(text, value):
    assert classify(text).value == value


@pytest.mark.parametrize("text, value", [
    ("The harbour master ruled it out on Friday.", "oppose"),
    ("Asked about a second ferry, the mayor ruled that out.", "oppose"),
    ("The growers turned them down within an hour.", "oppose"),
    ("The ministers will not rule it out for next season.", "neutral"),
    ("The guild will not give them up, its leader said.", "support"),
])
def test_a_pronoun_object_may_split_a_phrasal_cue(text, value):
    """A pronoun object stands between a phrasal verb and its particle ("ruled it out",
    "turned them down"): the cue is the same as "ruled out"; negated, "will not rule it
    out" is openness without commitment (guide rule 6)."""
    result = classify(text)
    assert result is not None and result.value == value, (text, result)


def test_a_split_postponement_is_no_cue():
    assert classify("The organisers pushed it back to the spring.") is None


@pytest.mark.parametrize("text, value, condition", [
    ("The harbour board could discuss a second berth.", "neutral", None),
    ("The board can talk about a longer lease, perhaps five years.", "neutral", None),
    ("The miners could discuss the rota if the company restored the night bonus.", "neutral",
     "if the company restored the night bonus"),
    ("The guild can talk about the fee, provided the river stays open.", "neutral",
     "provided the river stays open"),
    ("We could talk about the fee only if the river stays open.", "conditional",
     "only if the river stays open"),
])
def test_openness_to_talk_about_a_target_is_neutral(text, value, condition):
    """"could discuss X", "can talk about X": openness without commitment (guide rule 6);
    a plain condition limits the openness and stays neutral, a restrictive "only if" makes
    it conditional (session-8 "Hedges with a condition")."""
    result = classify(text)
    assert result is not None and result.value == value, (text, result)
    assert result.condition == condition


def test_a_refusal_to_discuss_is_no_openness():
    result = classify("We cannot discuss the border.")
    assert result is None or result.value != "neutral"


@pytest.mark.parametrize("text", [
    '"We will not hold a summit just for the cameras," the spokeswoman said.',
    'He said talks for the sake of talks were pointless.',
    'The minister is not interested in negotiations for show.',
])
def test_a_meeting_refused_as_mere_show_is_conditional(text):
    result = classify(text)
    assert result is not None and result.value == "conditional", text


def test_a_refused_meeting_with_no_word_of_show_stays_opposed():
    result = classify("The minister rejected the talks.")
    assert result is not None and result.value == "oppose"
