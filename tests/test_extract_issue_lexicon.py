"""Reading the issue lexicon: kg/extract/issue_lexicon.py."""

import pytest

from kg.extract.issue_lexicon import IssueSchemeError, _lexicon, _sense_table


def test_senses_of_the_lexicon_are_checked(tmp_path):
    cues = {"safeguards": "nuclear_program"}
    codes = {"nuclear_program", "trade_tariffs"}
    table = _sense_table({"safeguards": ["trade_tariffs"]}, cues, codes)
    assert table["safeguard"] == ("nuclear_program", "trade_tariffs")
    with pytest.raises(IssueSchemeError, match="unknown issue code 'tarifs'"):
        _sense_table({"safeguards": ["tarifs"]}, cues, codes, tmp_path / "x.yaml")
    with pytest.raises(IssueSchemeError, match="'quota' is no cue phrase"):
        _sense_table({"quota": ["trade_tariffs"]}, cues, codes, tmp_path / "x.yaml")


def test_a_malformed_issue_lexicon_is_one_clear_error(tmp_path):
    bad = tmp_path / "issues.yaml"
    bad.write_text("summit: [venue]\nsenses: [roadmap]\n", encoding="utf-8")
    with pytest.raises(IssueSchemeError, match=r"issues.yaml: senses: expected a mapping"):
        _lexicon(bad)
    bad.write_text("summit: venue\n", encoding="utf-8")
    with pytest.raises(IssueSchemeError, match=r"issues.yaml: summit: expected a list"):
        _lexicon(bad)
    good = tmp_path / "ok.yaml"
    good.write_text("summit: [Venue]\nsenses: {roadmap: [climate_emissions]}\n", encoding="utf-8")
    assert _lexicon(good) == ({"summit": ["venue"]}, {"roadmap": ["climate_emissions"]},
                              {"frames": None, "frame_prior_only": None})



def test_a_singular_cue_matches_its_plural_however_it_is_spelled():
    from kg.extract.issues import load_scheme

    scheme = load_scheme()
    assert scheme.classify("Two more oil refineries would rise near the delta.") == \
        ["economic_cooperation"]
    assert scheme.matches("the carbon taxes of both states") == [("carbon taxes", "climate_emissions")]
    assert scheme.classify("The atoll states want their maritime boundaries fixed for good.") == \
        ["territory"]
    # a plural cue gets no singular of another spelling: an office, an organisation
    assert scheme.matches("a ministry spokesman praised the body") == []
