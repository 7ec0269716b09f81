"""Closed-class English words the question readers and the attribution rules share, written once: auxiliaries,
modals, question words, determiners, the forms of "be", the days of the week. General English, no article's words.

A wider or narrower list that reads something else stays where it is read (`attribution.lexicon.DETERMINERS` also
holds "these", "those", "our", "my": what may stand before a capitalised run in an article)."""

from __future__ import annotations

# The auxiliaries a question opens its clause with ("Was the program started …", "Did X …", "Can it …")
AUXILIARIES = frozenset("is are was were do does did has have had will would can could".split())
# The forms of "do" and of "have", each an auxiliary too ("Did X …", "Has X …")
DO = frozenset("do does did".split())
HAVE = frozenset("has have had".split())
# The bare modals ("would help", "could face"): a verb after one is in its base form
MODALS = frozenset("will would can could should shall may might must".split())
# The question words
WH_WORDS = frozenset("what which who whom whose when where why how".split())
# The singular determiners and possessives before a noun ("the ban", "its decision", "that report")
DETERMINERS = frozenset("the a an its his her their this that".split())
# The forms of "be" (a passive's or a copula's auxiliary)
BE = frozenset("be been being is are was were".split())
# The days of the week, Monday first (`date.weekday()` order)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
