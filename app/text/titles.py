"""Words that title or describe a person in news prose rather than name one (word lists, no code).

Two lists, because they mean two things:
- NAME_TITLES are written as part of a name and do not tell one person from another: courtesy titles,
  offices ("Justice Clarence Thomas", "Sen. Chris Murphy", "U.S. Attorney General …"), name suffixes
  ("Duncan Hunter Jr."). A question's name is read without them; a run of capitalised words that holds
  only them names no one new.
- ROLES are role nouns written in lower case before a name ("Dallas Tea Party founder Phillip Dennis",
  "attorney general John Suthers"): a subject's noun phrase ends there, the name follows. Most are no
  title ("founder", "spokesman"), so they are not NAME_TITLES.
(The attribution rules keep their own lists: `attribution.links.TITLES`, the words cut from a speaker's
name, and `attribution.lexicon.PERSON_ROLES`, the nouns that make "the <noun> said" a person; changing
those changes the stored chains.)
"""

from __future__ import annotations

NAME_TITLES = frozenset(
    "mr ms mrs dr jr sr ii iii iv president former rep representative sen senator gov governor justice justices "
    "judge secretary speaker chief general attorney u.s us united states".split())

ROLES = frozenset(
    "founder cofounder co-founder organizer president general spokesman spokeswoman spokesperson lawyer "
    "attorney chairman chairwoman chair leader director secretary senator representative governor mayor "
    "official adviser advisor aide executive chief analyst activist strategist pollster justice judge "
    "prosecutor commissioner candidate nominee manager professor economist editor reporter columnist "
    "minister ambassador congressman congresswoman counsel treasurer sheriff officer commander".split())
