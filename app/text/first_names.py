"""The forms of a first name news prose writes one person by: "Dick Durbin" is "Richard J. Durbin", "Ted Kennedy"
"Edward Kennedy", "Ben Jealous" "Benjamin Todd Jealous" (a word list and one lookup, as search terms)."""

from __future__ import annotations

from app.text.terms import terms

# The common short forms of first names and the long form each stands for
_SHORT = {"bill": "william", "billy": "william", "bob": "robert", "rob": "robert", "dick": "richard", "rick": "richard",
          "ted": "edward", "ed": "edward", "ned": "edward", "joe": "joseph", "jim": "james", "jimmy": "james",
          "mike": "michael", "chuck": "charles", "charlie": "charles", "tom": "thomas", "tony": "anthony",
          "dan": "daniel", "dave": "david", "steve": "steven", "chris": "christopher", "pat": "patrick", "al": "albert",
          "andy": "andrew", "ben": "benjamin", "bibi": "benjamin", "sam": "samuel", "kate": "katherine",
          "liz": "elizabeth", "beth": "elizabeth", "peggy": "margaret", "maggie": "margaret",
          "jack": "john", "hank": "henry", "harry": "henry", "larry": "lawrence",
          "ron": "ronald", "don": "donald", "matt": "matthew", "nick": "nicholas", "greg": "gregory", "jeff": "jeffrey",
          "bernie": "bernard", "jerry": "gerald", "gerry": "gerald", "fred": "frederick", "frank": "francis",
          "willie": "william", "pete": "peter", "tim": "timothy", "ken": "kenneth", "abe": "abraham",
          "alex": "alexander", "sandy": "sandra", "mitch": "mitchell", "nate": "nathan", "rudy": "rudolph",
          "sue": "susan", "jenny": "jennifer", "becky": "rebecca", "kathy": "katherine", "cathy": "catherine",
          "newt": "newton", "vince": "vincent", "phil": "philip", "walt": "walter", "stan": "stanley",
          "doug": "douglas"}
_SHORT_TERMS = {terms(k)[0]: terms(v)[0] for k, v in _SHORT.items()}


def first_name_forms(first: str) -> frozenset[str]:
    """A first name's term and those of its long or short forms ("dick": dick, richard; "richard": richard, dick,
    rick)."""
    return frozenset({first, _SHORT_TERMS.get(first, first)} | {k for k, v in _SHORT_TERMS.items() if v == first})
