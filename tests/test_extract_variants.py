"""Refused variants: "would not support any X that Y" (kg.extract.variants, coding guide 3,
session-8 clarifications)."""

import pytest

from kg.extract.stance import classify
from kg.extract.stance_pairs import paired
from kg.extract.variants import ACCEPTED_VARIANT, REFUSED_VARIANT, refused_variant


@pytest.mark.parametrize("text, restriction", [
    ("The growers' union said it would not back any tariff deal that opened the market "
     "to subsidised grain.", "opened the market to subsidised grain"),
    ("We cannot accept a treaty which leaves the islands under foreign control.",
     "leaves the islands under foreign control"),
    ("The Greens won't vote for a budget that cuts rail funding \"by a single euro.\"",
     "cuts rail funding \"by a single euro."),
    ("A reform that raises the pension age is a reform we will never support, she said.",
     "raises the pension age"),
])
def test_a_refused_variant_accepts_the_target_on_a_condition(text, restriction):
    result = classify(text)
    assert result is not None and result.value == "conditional", (text, result)
    assert REFUSED_VARIANT in result.cues
    assert paired(result) == (restriction.strip(" \"."), "oppose")


@pytest.mark.parametrize("text", [
    "They would not sign the deal that was agreed in May.",          # one definite target
    "The party did not back a plan that was dead on arrival.",       # a report, no refusal to come
    "We cannot accept a situation in which the port stays closed.",  # a state of affairs
    "We will not sign this text.",                                   # no restriction
])
def test_plain_refusals_and_reports_are_no_refused_variant(text):
    assert refused_variant(text.lower()) is None, text


@pytest.mark.parametrize("text, restriction", [
    ("The dockers said they would not accept any contract that left the night-shift bonus "
     "untouched.", "left the night-shift bonus untouched"),
    ("Our members will never ratify a treaty that fails to protect the coastal villages.",
     "fails to protect the coastal villages"),
    ("The mayor said she could not support any plan that does not include a new bridge.",
     "does not include a new bridge"),
    ("The party will not vote for any budget that leaves the nurses waiting another year.",
     "leaves the nurses waiting another year"),
    # passing over what the holder wants is an omission too
    ("The growers will not back any accord that ignores the upland farms.",
     "ignores the upland farms"),
    ("She said the guild could not sign a charter that says nothing about night work.",
     "says nothing about night work"),
    ("The council will never approve a budget that leaves the toll in place.",
     "leaves the toll in place"),
])
def test_a_refused_omission_supports_what_it_leaves_out(text, restriction):
    """Coding guide 3, session-9 clarifications: refusing any variant that omits X ("a text
    leaving X untouched", "a plan that fails to do X") names the omission: support toward X."""
    result = classify(text)
    assert result is not None and result.value == "conditional", (text, result)
    assert paired(result) == (restriction, "support")


@pytest.mark.parametrize("text, restriction, value", [
    ("The farmers' bloc will vote against any treaty that opens the market to cheap sugar.",
     "opens the market to cheap sugar", "oppose"),
    ("The senator said he would veto any bill that raised the fuel duty.",
     "raised the fuel duty", "oppose"),
    ("They would not accept any cabinet in which the far right held ministries.",
     "the far right held ministries", "oppose"),
    ("The Greens will vote against a budget that does not include a rail fund.",
     "does not include a rail fund", "support"),
])
def test_announced_rejections_and_in_which_clauses_are_refused_variants(text, restriction, value):
    """"will vote against any X that Y" refuses the variant as "would not vote for any X
    that Y" does (coding guide 3, session-8 clarifications); so does a restriction with
    "in which" on the object itself."""
    result = classify(text)
    assert result is not None and result.value == "conditional", (text, result)
    assert paired(result) == (restriction, value)


@pytest.mark.parametrize("text", [
    "The party would not vote against a budget that cuts taxes.",   # a refusal to obstruct
    "We will reject the deal that was agreed in May.",              # one definite target
])
def test_no_refused_variant_without_a_refusal_of_an_indefinite_variant(text):
    assert refused_variant(text.lower()) is None, text


@pytest.mark.parametrize("text, value", [
    # a generic noun names no target of its own: only the stance toward the restriction
    # (coding guide 3, session-11 clarifications, "any X must include Y")
    ("The ministry will not accept any arrangement that splits the harbour in two.", "oppose"),
    ("We would never sign a document in which the valley is called disputed.", "oppose"),
    ("They will not accept any wording that leaves the quota unchanged.", "support"),
])
def test_a_refused_variant_of_a_generic_noun_is_a_stance_toward_the_restriction(text, value):
    result = classify(text)
    assert result is not None and result.value == value, (text, result)
    assert paired(result) is None


@pytest.mark.parametrize("text, restriction", [
    ("The shipowners said they would support any convention that kept the straits open to "
     "all flags.", "kept the straits open to all flags"),
    ("Our delegation will only sign a protocol that caps the catch at last year's level.",
     "caps the catch at last year's level"),
])
def test_accepting_only_a_restricted_variant_is_conditional(text, restriction):
    result = classify(text)
    assert result is not None and result.value == "conditional", (text, result)
    assert paired(result) == (restriction, "support")


@pytest.mark.parametrize("text", [
    "The minister said she would support a reform that gave the regions more say.",  # one reform
    "They would never support any plan that raised fares.",                          # refused
])
def test_no_accepted_variant_without_any_or_only(text):
    result = classify(text)
    assert result is None or ACCEPTED_VARIANT not in result.cues


@pytest.mark.parametrize("text, restriction", [
    ("The farmers' party would \"not lend its votes\" to a budget that closed the rural "
     "clinics, its leader said.", "closed the rural clinics"),
    ("We will not be part of a cabinet that raises the fuel duty again, the leader said.",
     "raises the fuel duty again"),
    ("The liberals would refuse to back a plan that sold the harbour to a foreign fund.",
     "sold the harbour to a foreign fund"),
    ("The minister said the islands would \u201cnever sign an accord that sends our fish "
     "abroad\u201d.", "sends our fish abroad"),
    ("The mayor would not take part in a meeting that shut out the residents.",
     "shut out the residents"),
])
def test_lending_votes_taking_part_and_quoted_refusals_of_a_variant(text, restriction):
    """Refusing to lend votes to, be part of or take part in a restricted variant, or a
    refusal inside quotation marks ('would "never sign ...'), refuses the variant too."""
    result = classify(text)
    assert result is not None and result.value == "conditional", (text, result)
    assert REFUSED_VARIANT in result.cues
    assert paired(result) == (restriction, "oppose")


def test_a_past_refusal_to_take_part_is_no_refused_variant():
    assert refused_variant("the union did not take part in a strike that closed the port") \
        is None


@pytest.mark.parametrize("text", [
    "The dockers would not accept any bargain that scrapped the night bonus.",
    "The council will not back any lobby which funds the new dam.",
    "The fishers would not accept any plunder that strips the reef.",
])
def test_a_noun_ending_in_in_by_or_under_does_not_block_its_restriction(text):
    """The lookbehind that keeps out "a text in that form" and "a deal by which" reads
    whole words: "bargain", "lobby" and "plunder" are nouns, not "in", "by" or "under"."""
    assert refused_variant(text.lower()) is not None, text


@pytest.mark.parametrize("text, restriction, value", [
    ("The small party would not join a coalition that raised the bus fares, its chair said.",
     "raised the bus fares", "oppose"),
    ("Our mayor will never join a council in which the harbour board holds two seats.",
     "the harbour board holds two seats", "oppose"),
    ("The tenants will not renew a contract for a flat whose heating keeps failing.",
     "heating keeps failing", "oppose"),
    ("The bloc will vote against any charter whose annex has not been printed for members.",
     "annex has not been printed for members", "support"),
])
def test_joining_renewing_and_whose_clauses_are_refused_variants(text, restriction, value):
    """Refusing to join or renew a restricted variant, or a restriction opened by "whose",
    refuses the variant: conditional toward the target, the paired stance toward the
    restriction (an omission is supported)."""
    result = classify(text)
    assert result is not None and result.value == "conditional", (text, result)
    assert REFUSED_VARIANT in result.cues
    assert paired(result) == (restriction, value)
