"""The gender of a named person, for resolving "he" and "she" (coding guide section 2:
pronouns refer back to the named person): a female or male role noun ("spokeswoman",
"chairman") or the first name.

First names come from the name list of the ``gender-guesser`` package (a dictionary of
some 40,000 given names, by country), read once on first use; without that package only
role nouns give a gender. A name listed with both genders, or as unisex, gives none; so
does a name the list knows from one country only, and there as rare (frequency 3 or less
on its 1-13 scale): "Haruna", a woman's name in Japan, is a man's in Nigeria, and a guess
from so thin a record would veto the "he" the article itself uses.
"""

from __future__ import annotations

from functools import lru_cache

_CODES = {"M": "m", "1M": "m", "F": "f", "1F": "f"}
_FEMALE_ROLES = {"spokeswoman", "chairwoman", "congresswoman", "businesswoman", "councilwoman",
                 "stateswoman", "policewoman", "ombudswoman", "countrywoman", "madam", "madame",
                 "queen", "princess", "duchess"}
_MALE_ROLES = {"spokesman", "chairman", "congressman", "businessman", "councilman",
               "statesman", "policeman", "ombudsman", "king", "prince", "duke", "sheikh", "emir"}
# Courtesy titles, as written (not "MR", a party's acronym).
_TITLES = {"Mrs": "f", "Ms": "f", "Mr": "m"}
_RARE = 3  # highest frequency (1-13) of a name too thin to guess from when in one country
_FREQUENCY_DIGITS = "123456789abcd"


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    """Lower-case first name -> "m" or "f", for names the list gives one gender."""
    from importlib import resources

    try:
        text = (resources.files("gender_guesser") / "data" / "nam_dict.txt").read_text(
            encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return {}
    names: dict[str, str] = {}
    for line in text.lower().splitlines():
        if line[:1] in {"#", "=", ""}:
            continue
        gender = _CODES.get(line[:2].strip().upper(), "?")
        name = line[3:29].rstrip()  # fixed columns: code, name, frequency per country
        frequencies = [int(c, 16) for c in line[30:85] if c in _FREQUENCY_DIGITS]
        if len(frequencies) == 1 and frequencies[0] <= _RARE:
            gender = "?"
        for variant in (name, name.replace("+", " "), name.replace("+", "-")):
            names[variant] = gender if names.get(variant, gender) == gender else "?"
    return {name: gender for name, gender in names.items() if gender != "?"}


def role_gender(role: str | None) -> str | None:
    """ "m"/"f" from a gendered role noun or courtesy title, else ``None``.

    >>> role_gender("the union's spokeswoman"), role_gender("party chairman"), role_gender("envoy")
    ('f', 'm', None)
    >>> role_gender("Ms."), role_gender("MR.")
    ('f', None)
    """
    written = {w.strip(",.'\u2019") for w in (role or "").replace("-", " ").split()}
    found = {w.lower() for w in written}
    titles = {_TITLES[w] for w in written if w in _TITLES}
    female = bool(found & _FEMALE_ROLES) or "f" in titles
    male = bool(found & _MALE_ROLES) or "m" in titles
    return "f" if female and not male else "m" if male and not female else None


def person_gender(label: str, role: str | None = None) -> str | None:
    """ "m"/"f" for a person named ``label`` with ``role``, or ``None`` when unknown."""
    by_role = role_gender(role)
    if by_role is not None:
        return by_role
    first = label.split()[0] if len(label.split()) > 1 else ""
    return _first_names().get(first.lower()) if first else None
