"""Commentators' forecasts (kg.extract.commentary) on invented sentences."""

import pytest

from kg.extract.nlp import spacy_available

pytestmark = pytest.mark.skipif(not spacy_available(), reason="spaCy English model not installed")

_LEAD = "Norway and Iceland resumed talks on the mackerel quota on Monday.\n\n"


@pytest.fixture(scope="module")
def extractor():
    from kg.extract import Extractor

    return Extractor()


def _stances(extractor, text: str):
    from kg.extract import Article

    sheet = extractor.extract(Article("t", _LEAD + text, {"date": "2026-04-15",
                                                          "publisher": "Gazette"}))
    return [(s["holder"], s.get("voiced_by"), s["value"]) for s in sheet["stances"]]


@pytest.mark.parametrize("text", [
    "Talia Brennvik, a fisheries researcher at a university in Bergen, said she expected "
    "Reykjavik to accept the quota by the end of the year.\n",
    "Oskar Lindqvist, a political analyst in Stockholm, said he doubted that Iceland would "
    "back the quota before the spring.\n",
    "Signe Havbakk, a political scientist teaching in Tromso, said she expected "
    "Reykjavik to accept the quota by the end of the year.\n",
    "Political scientist Petur Ragnvaldsson of a college in Akureyri said he doubted that "
    "Norway would back the quota before the spring.\n",
    "Ragna Solbjerg, a lecturer in marine law, said she expected Iceland to accept the "
    "quota by the autumn.\n",
    "\"Reykjavik will never hand back a mackerel share, because the trawler towns vote,\" said "
    "Oskar Lindqvist, a political analyst in Stockholm.\n",
    "Ragna Solbjerg, a lecturer in marine law, said the refusal in Reykjavik could soften once "
    "the trawler owners are paid.\n",
    "Oskar Lindqvist, a political analyst in Stockholm, said the fleet would struggle to "
    "keep the quota deal alive in court.\n",
])
def test_commentator_forecast_is_no_stance(extractor, text):
    assert _stances(extractor, text) == []


def test_commentator_own_view_beside_a_forecast_is_kept(extractor):
    got = _stances(extractor, "Talia Brennvik, a fisheries researcher at a university in "
                              "Bergen, said the talks would probably end with a deal, and that "
                              "both governments should accept the quota.\n")
    assert got == [("talia-brennvik", None, "support")]


def test_office_holder_expectation_is_kept(extractor):
    got = _stances(extractor, "Iceland's fisheries minister, Gudrun Eyvindsdottir, said she "
                              "expected Oslo to accept the quota by the end of the year.\n")
    assert got == [("iceland", "gudrun-eyvindsdottir", "support")]


@pytest.mark.parametrize("text", [
    "\"Reykjavik wants the quota raised first and the talks second,\" said Oskar Lindqvist, "
    "a political analyst in Stockholm.\n",
    "Oskar Lindqvist, a political analyst in Stockholm, said Iceland's insistence on the "
    "quota was about leverage, not about fish.\n",
    "\"Both capitals need the quota deal more than they admit,\" said Oskar Lindqvist, "
    "a political analyst in Stockholm.\n",
])
def test_commentator_description_of_others_is_no_stance(extractor, text):
    assert _stances(extractor, text) == []



@pytest.mark.parametrize("text", [
    "\"Reykjavik backs the quota only because its trawler towns vote,\" said Oskar Lindqvist, "
    "a political analyst in Stockholm.\n",
    "Oskar Lindqvist, a political analyst in Stockholm, thinks the two governments each "
    "rejected a bigger Faroese share.\n",
    "\"Oslo gets a quota it can defend, and Iceland gets a reasonable price,\" said Oskar "
    "Lindqvist, a political analyst in Stockholm.\n",
])
def test_commentator_telling_what_another_party_does_is_no_stance(extractor, text):
    """A commentator's words whose subject is another actor, or both parties, describe
    them (coding guide 3.9): no stance of his."""
    assert _stances(extractor, text) == []


def test_commentator_telling_what_nobody_does_is_no_stance(extractor):
    """A commentator's words whose subject is a generic "no one" ("no serious owner will
    accept it") describe others (coding guide 3.9): no stance of his."""
    text = ("Signe Havbakk, a political scientist teaching in Tromso, has followed the "
            "fishing talks for a decade. \"No serious trawler owner will accept a quota that a "
            "court can undo,\" she said.\n")
    assert _stances(extractor, text) == []


@pytest.mark.parametrize("text", [
    "Nobody in Oslo wants to talk about the quota.",
    "Nobody in Tromso wants a quota fight before the elections, and the fleet knows it.",
])
def test_nobody_somewhere_wants_describes_others(text):
    from kg.extract.no_attitude import others_described

    assert others_described(text)


def test_commentator_judging_a_no_deal_is_kept(extractor):
    got = _stances(extractor, "\"No quota deal is better than this quota deal,\" said Oskar "
                              "Lindqvist, a political analyst in Stockholm.\n")
    assert [h for h, _, _ in got] == ["oskar-lindqvist"]


def test_commentator_prescription_for_another_party_is_kept(extractor):
    got = _stances(extractor, "Oskar Lindqvist, a political analyst in Stockholm, said Iceland "
                              "should accept the quota before the spring.\n")
    assert [h for h, _, _ in got] == ["oskar-lindqvist"]

@pytest.mark.parametrize("text", [
    # his own want
    "Oskar Lindqvist, a political analyst in Stockholm, said he wanted both governments to "
    "accept the quota.\n",
    # his own want, told to someone
    "Oskar Lindqvist, a political analyst in Stockholm, told the harbour radio on Monday that "
    "he wanted both governments to accept the quota.\n",
    # his own view, compared with another's want
    "Oskar Lindqvist, a political analyst in Stockholm, argued that a ten-boat quota was a "
    "sensible compromise, as Reykjavik wants.\n",
])
def test_commentator_own_view_is_kept(extractor, text):
    got = _stances(extractor, text)
    assert [h for h, _, _ in got] == ["oskar-lindqvist"]


def test_speaker_without_a_role_forecast_is_no_stance(extractor):
    got = _stances(extractor, "Maren Tollefsrud, who follows the fishing industry for a "
                              "newsletter in Alesund, said she expected Reykjavik to accept "
                              "the quota before the herring season.\n")
    assert got == []




@pytest.mark.parametrize("text", [
    # a forecast right after the commentator's own view: no restatement of it
    "Oskar Lindqvist, a political analyst in Stockholm, told a local broadcaster that this quota "
    "was a fair bargain. Lindqvist added that its signing would probably slip past the autumn "
    "if trawler owners kept protesting.\n",
    # a forecast whose verb is the expectation itself
    "Oskar Lindqvist, a political analyst in Stockholm, thinks both governments have handled "
    "the quota badly. \"It is a decent compromise,\" Lindqvist told the radio. He expects both "
    "ministries to agree a shared quota, dropping their call for a landing ban if catch "
    "data are strong enough.\n",
])
def test_commentator_forecast_after_own_view_is_no_stance(extractor, text):
    got = _stances(extractor, text)
    assert got == [("oskar-lindqvist", None, "support")]


def test_commentator_judgment_beside_a_subordinate_expectation_is_kept(extractor):
    got = _stances(extractor, "Oskar Lindqvist, a political analyst in Stockholm, welcomed the "
                              "quota as a fair bargain, although he expected Iceland to wait "
                              "for the spring.\n")
    assert [h for h, _, _ in got] == ["oskar-lindqvist"]
