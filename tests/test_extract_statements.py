"""Statements found by attribution (holder and voice, before stance values), on invented
sentences: one test per construction of news reporting."""

import pytest

from kg.extract.nlp import spacy_available

pytestmark = pytest.mark.skipif(not spacy_available(), reason="spaCy English model not installed")


def _statements(text: str) -> list[tuple[int, str, str | None, str]]:
    from kg.extract.actors import ActorTable
    from kg.extract.attribution import attribute
    from kg.extract.clean import clean
    from kg.extract.gazetteer import load_gazetteer
    from kg.extract.mentions import find_mentions
    from kg.extract.nlp import load_model
    from kg.extract.segment import segment

    sentences = segment(clean(text), load_model())
    table = ActorTable(load_gazetteer(), excluded={"The Harbour Gazette"})
    found = attribute(sentences, table, find_mentions(sentences, table))
    return [(st.sentence.index, st.holder.id, st.voiced_by.id if st.voiced_by else None,
             st.verb) for st in found]


def test_speech_and_a_second_verb_of_the_same_speaker_are_kept():
    got = _statements("Ambassador Lena Moretti chaired the talks for Italy. Moretti said she "
                      "would keep consulting and did not rule out a vote, but gave no date.\n")
    assert (1, "italy", "lena-moretti", "say") in got


def test_finite_verb_hung_on_the_subject_noun():
    got = _statements("Divers were dismayed. The Reef Watch Alliance, a coalition of diving "
                      "clubs, called on Fiji to drop the permit and on hotels to stop dredging.\n")
    assert [(i, h) for i, h, _, v in got if v == "call"] == [(1, "reef-watch-alliance")]


def test_its_official_refers_to_the_previous_subject():
    got = _statements("Chile said it backed the cap. Peru, a large fishing nation, was more "
                      "cautious. Its delegate said Lima could consider a smaller cut.\n")
    assert [h for i, h, _, _ in got if i == 2] == ["peru"]


def test_speaker_between_commas_when_the_parse_loses_the_subject():
    got = _statements("India said it would not agree. The minister chairing the negotiations "
                      "on behalf of the presidency, Australia's Claire Ridgeway, said she was "
                      "still consulting all groups.\n")
    assert any(i == 1 and (v or h) == "claire-ridgeway" for i, h, v, _ in got)


def test_an_owner_inside_the_object_of_another_attitude_is_no_holder():
    got = _statements("Brazil proposed a pause. In Ottawa, Foreign Minister Marie Tremblay "
                      "welcomed Brazil's initiative.\n")
    assert [h for i, h, _, _ in got if i == 1] == ["canada"]


def test_a_document_says_what_its_senders_say():
    got = _statements("Austria and Greece sent a joint letter to the Council urging it to hold "
                      "a vote. \"Every week of delay costs our farmers,\" the letter said.\n")
    assert sorted(h for i, h, _, _ in got if i == 1) == ["austria", "greece"]


def test_fronted_capital_gives_the_state_of_an_office():
    got = _statements("Brazil proposed a pause. In Ottawa, Foreign Minister Marie Tremblay "
                      "said the pause was welcome.\n")
    assert [(h, v) for i, h, v, _ in got if i == 1] == [("canada", "marie-tremblay")]


def test_nested_attribution_voices_the_inner_speaker():
    got = _statements("Kremlin spokesman Dmitry Peskov said on Monday that President Vladimir "
                      "Putin had told the envoy that Russia would never accept foreign troops.\n")
    assert got[0][1:3] == ("russia", "vladimir-putin")


def test_group_with_named_members_speaks_as_each_member():
    got = _statements("Chile blocked the text. Several delegations, including those of Peru "
                      "and Ecuador, made statements urging Chile to reconsider, delegates said.\n")
    assert sorted(h for i, h, _, _ in got if i == 1) == ["ecuador", "peru"]


def test_in_his_view_is_the_previous_speakers_statement():
    got = _statements("Mikhail Orlov, a former diplomat now at a think tank, said a deal was "
                      "still possible. In his view, Kyiv should agree to a cap on its army.\n")
    assert [(h, v) for i, h, _, v in got if i == 1] == [("mikhail-orlov", "quote")]


@pytest.mark.parametrize("frame", ["In her own view,", "In her view", "In her reading,"])
def test_in_her_view_without_comma_or_with_own_is_the_previous_speakers_statement(frame):
    got = _statements("Greta Lindqvist, a lecturer in trade law, said the talks could still "
                      f"succeed. {frame} the quota should be phased out over four years.\n")
    assert [(h, v) for i, h, _, v in got if i == 1] == [("greta-lindqvist", "quote")]


def test_inserted_participle_before_said():
    got = _statements("Government spokesman Anton Weller, asked about the idea on Monday, said "
                      "only that the chancellor had been informed of it.\n")
    assert got and "anton-weller" in got[0][1:3]


def test_embedded_question_is_no_statement():
    got = _statements("Whether Canada is prepared to offer such guarantees remains unclear.\n")
    assert got == []


def test_procedural_obligation_is_no_statement():
    got = _statements("The Canadian Senate would have to ratify any treaty-level commitment.\n")
    assert got == []



def test_the_union_refers_back_to_a_federation():
    got = _statements("The Harbour Pilots' Federation announced the ballot on Tuesday. The "
                      "union is seeking 9 per cent over two years.\n")
    assert [h for i, h, _, _ in got if i == 1] == ["harbour-pilots-federation"]


def test_non_answers_make_no_statement_but_a_decision_held_open_does():
    got = _statements("The Norwegian ministry declined to comment on the quota plan. Peru did "
                      "not say whether the harbour fee would cover barges. Chile declined to say "
                      "which ports were on the list. Chile declined to say whether it would sign "
                      "the quota plan. Peru declined to comment on whether its fleet would "
                      "return, or when.\n")
    assert [(i, h, v) for i, h, _, v in got] == [(3, "chile", "say"), (4, "peru", "comment")]


def test_a_question_about_something_already_done_is_no_decision_held_open():
    got = _statements("Chile declined to say if its quota plan had been shown to the "
                      "trawler owners. Peru would not say whether its minister had raised the "
                      "harbour fee with Chile. Chile declined to say if it would sign "
                      "the quota plan.\n")
    assert [(i, h, v) for i, h, _, v in got] == [(2, "chile", "say")]


def test_a_non_answer_is_cut_from_the_statement_it_follows():
    from kg.extract.nlp import load_model
    from kg.extract.statements import non_answer, unsaid_clause

    doc = load_model()("Chile said the fee was fair but declined to say when it would apply.")
    verb = next(t for t in doc if non_answer(t))
    assert " ".join(t.text for t in sorted(unsaid_clause(verb), key=lambda t: t.i)) == \
        "but declined to say when it would apply"


def test_what_an_anonymous_source_reports_is_no_statement():
    got = _statements("People familiar with the talks said Chile had signalled flexibility on "
                      "the quota. Peru backed the quota, according to a source close to the "
                      "delegation. According to a Chilean source, Chile backed the quota.\n")
    assert got == [(2, "chile", None, "back")]


def test_what_commentators_read_into_an_actor_is_not_its_statement():
    got = _statements("Analysts said the timing suggested Peru wanted to calm the row over the "
                      "quota. Peru said it wanted a lower quota.\n")
    assert [(i, h) for i, h, _, _ in got] == [(1, "peru")]


def test_a_wire_lede_names_its_union_in_the_next_sentence():
    first = "Nurses will stop work on Monday unless the board improves its offer, their union said.\n"
    got = _statements(first + "The Coastal Nurses' Association said 90 per cent of members backed "
                      "the stoppage.\n")
    assert [(i, h) for i, h, _, _ in got] == [(0, "coastal-nurses-association"),
                                              (1, "coastal-nurses-association")]
    two = _statements(first + "The Coastal Nurses' Association and the Harbour Staff Union "
                      "both called the offer too low.\n")
    assert all(i == 1 for i, _, _, _ in two)  # which of two bodies is meant is not known


def test_a_wire_lede_union_named_by_its_members_and_its_act():
    got = _statements("The country's largest union of bus drivers on Monday rejected the city's "
                      "latest pay offer.\nThe Metro Bus Drivers' Union said the raise was too "
                      "small. The Harbour Staff Federation backed the drivers.\n")
    assert (0, "metro-bus-drivers-union") in [(i, h) for i, h, _, _ in got]


def test_stopping_short_of_saying_how_is_a_non_answer():
    from kg.extract.nlp import load_model
    from kg.extract.statements import non_answer

    doc = load_model()("She stopped short of saying how the ministry would respond to the levy.")
    assert [t.text for t in doc if non_answer(t)] == ["saying"]


def test_no_reply_is_a_non_answer():
    got = _statements("Chile did not respond to a question on whether it would urge Peru to "
                      "reject the quota plan. Peru has never replied to the invitation.\n")
    assert got == []


def test_declining_to_confirm_is_a_non_answer():
    got = _statements("Officials said a second round on the quota was planned for March, "
                      "though Chile would not confirm it. Peru declined to confirm the date of "
                      "the round.\n")
    assert [h for _, h, _, _ in got if h in {"chile", "peru"}] == []


def test_an_owned_offer_that_another_subject_turns_down_is_not_the_owners_statement():
    got = _statements("The dock workers turned down Denmark's revised wage offer on Tuesday "
                      "by a wide margin.\n")
    assert not [g for g in got if g[1] == "denmark"]


def test_an_owned_offer_as_the_subject_of_its_clause_is_still_the_owners():
    got = _statements("Denmark's revised wage offer reached the dock workers on Tuesday.\n")
    assert (0, "denmark", None, "nominal:offer") in got


def test_taking_the_opposite_line_is_a_statement_of_its_subject():
    got = _statements("Sweden said it would back the shared reserve. Finland took the "
                      "opposite line.\n")
    assert (1, "finland", None, "take the opposite line") in got


def test_a_mixed_verdict_states_the_attitude_of_its_giver():
    got = _statements("The ministry published its budget. The Greens, the junior partner, had a "
                      "mixed verdict on the spending plan.\n")
    assert [(i, h, v) for i, h, _, v in got] == [(1, "greens", "nominal:verdict")]
    got = _statements("The ministry published its budget. The Greens' response came late.\n")
    assert not [h for i, h, _, _ in got if i == 1]


def test_laying_a_proposal_before_the_others_is_a_statement_of_its_author():
    got = _statements("Bolivia tabled a fresh draft on grazing rights. Paraguay has "
                      "circulated its counterproposal on the quotas.\n")
    assert (0, "bolivia", None, "table") in got
    assert (1, "paraguay", None, "circulate") in got


def test_presenting_no_proposal_or_none_yet_is_no_statement():
    got = _statements("Bolivia presented a medal to the oldest herder. Paraguay will present "
                      "a plan on the quotas next month. Peru has not presented the idea as "
                      "its own.\n")
    assert not [g for g in got if g[3] == "present"]


def test_a_position_stated_as_a_noun_with_a_that_clause_is_its_owners_statement():
    got = _statements("Talks on the fishing quota resumed in Oslo on Monday. Norway's position "
                      "is that the quota must stay at last year's level.\n")
    assert (1, "norway", None, "say") in got
    got = _statements("Talks on the fishing quota resumed in Oslo on Monday. Norway's line, "
                      "as one envoy put it, is that the quota must not grow.\n")
    assert [(i, h, v) for i, h, _, v in got] == [(1, "norway", "say")]


def test_a_position_noun_without_a_that_clause_is_no_statement():
    got = _statements("Talks on the fishing quota resumed in Oslo on Monday. Norway's position "
                      "on the map is unclear.\n")
    assert not [g for g in got if g[0] == 1]


def test_the_door_idiom_is_a_statement_without_a_speech_verb():
    got = _statements("Talks on the fishing quota resumed in Oslo on Monday. Norway did not "
                      "close the door on a shorter season.\n")
    assert (1, "norway", None, "close the door") in got
    got = _statements("Talks on the fishing quota resumed in Oslo on Monday. Norway, for "
                      "its part, did leave a door ajar.\n")
    assert (1, "norway", None, "leave a door ajar") in got


def test_an_appraisal_of_a_named_matter_is_a_statement_without_a_speech_verb():
    got = _statements("Talks on the fishing quota resumed in Oslo on Monday. Norway was cooler "
                      "on the observer clause.\n")
    assert [(i, h) for i, h, _, _ in got] == [(1, "norway")]
    got = _statements("Talks on the fishing quota resumed in Oslo on Monday. The Fishermen's "
                      "Federation of Norway is not impressed.\n")
    assert [i for i, _, _, _ in got] == [1]


def test_an_appraisal_without_its_matter_is_no_statement():
    got = _statements("Talks on the fishing quota resumed in Oslo on Monday. Norway was "
                      "unconvinced.\n")
    assert not got
