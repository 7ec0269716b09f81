"""Word lists the attribution rules read: pronouns, role nouns, function words, and the words
that make a capitalised name an institution, a place or a publication rather than a person.

Closed-class English words and generic news nouns, not names from any one article."""

from __future__ import annotations

PRONOUNS = {"he", "she"}
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})  # what ends a name after its surname ("Duncan Hunter Jr.")
SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it"})  # after 'A and B …': a new subject

PERSON_ROLES = {"commander", "general", "minister", "official", "cleric", "spokesman", "spokeswoman",
                "ambassador", "president", "leader", "analyst", "member", "lawmaker", "diplomat", "envoy",
                "nominee", "candidate", "senator", "congressman", "congresswoman", "justice", "judge", "governor",
                "mayor", "secretary", "chairman", "chairwoman", "spokesperson", "attorney", "lawyer", "aide",
                "adviser", "advisor", "director", "executive", "founder", "organizer", "activist", "expert",
                "professor", "economist", "prosecutor", "sheriff", "representative", "officer", "chief", "host",
                "doctor", "physician"}

# A title abbreviated before a name and the role nouns a later reference uses for it: 'Former Alaska Gov. Sarah
# Palin' … 'the former Alaska governor', 'Rep. Ed Royce' … 'the congressman'
TITLE_ROLES = {"gov": ("governor",), "sen": ("senator",), "rep": ("representative", "congressman", "congresswoman"),
               "lt": ("lieutenant",), "gen": ("general",), "atty": ("attorney",), "sec": ("secretary",),
               "adm": ("admiral",), "sgt": ("sergeant",), "capt": ("captain",), "col": ("colonel",),
               "supt": ("superintendent",), "cmdr": ("commander",),
               "dr": ("doctor", "physician")}

# A party tag after a name ('Sen. Bernie Sanders (I-Vt.)', 'Rep. Jesse Jackson Jr., D-Ill.,') and the words a later
# reference uses for it ('the Vermont senator', 'the Illinois Democrat'): the parties, and the states by their AP
# abbreviations and postal codes
PARTIES = {"d": "democrat", "r": "republican", "i": "independent"}
_STATES = """alabama ala al|alaska alaska ak|arizona ariz az|arkansas ark ar|california calif ca|colorado colo co|
connecticut conn ct|delaware del de|florida fla fl|georgia ga|hawaii hawaii hi|idaho idaho id|illinois ill il|
indiana ind in|iowa iowa ia|kansas kan ks|kentucky ky|louisiana la|maine maine me|maryland md|massachusetts mass ma|
michigan mich mi|minnesota minn mn|mississippi miss ms|missouri mo|montana mont mt|nebraska neb ne|nevada nev nv|
new hampshire n.h nh|new jersey n.j nj|new mexico n.m nm|new york n.y ny|north carolina n.c nc|north dakota n.d nd|
ohio ohio oh|oklahoma okla ok|oregon ore or|pennsylvania pa penn|rhode island r.i ri|south carolina s.c sc|
south dakota s.d sd|tennessee tenn tn|texas texas tx|utah utah ut|vermont vt|virginia va|washington wash wa|
west virginia w.va wv|wisconsin wis wi|wyoming wyo wy"""
STATES = {abbr: tuple(parts[: 2 if parts[0] in ("new", "north", "south", "rhode", "west") else 1])
          for parts in (entry.split() for entry in _STATES.replace("\n", "").split("|"))
          for abbr in parts[(2 if parts[0] in ("new", "north", "south", "rhode", "west") else 1):]}

PUB_ROLES = {"paper", "newspaper", "report", "article", "outlet", "agency", "website", "network",
             "broadcaster", "programme", "program", "channel", "daily", "site", "statement"}
# nouns that describe a publication printed before its name: 'state broadcaster KRT', 'the newsletter PharmaWatch'
PUBLICATION_NOUNS = {"newspaper", "paper", "outlet", "agency", "website", "network", "broadcaster", "channel", "daily",
                     "weekly", "site", "station", "newsletter", "magazine", "radio", "television", "tabloid", "journal"}

STOP_WORDS = {"the", "a", "an", "on", "in", "at", "last", "just", "recently", "yesterday", "during", "while",
         "since", "after", "before", "this", "that", "these", "those", "he", "she", "it", "they", "we", "i",
         "once", "for", "but", "and", "or", "as", "when", "if", "today", "then", "also", "however", "according",
         "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
         "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
         "overall", "many", "some", "most", "our", "their", "his", "her", "its",
         # function words that open a sentence, capitalised there but never part of a name
         "though", "although", "because", "unless", "whereas", "meanwhile", "still", "yet", "so", "thus",
         "instead", "now", "here", "there", "even", "despite", "with", "without", "from", "by", "under",
         "over", "among", "asked", "speaking", "later", "earlier", "not", "nor", "both", "either", "neither",
         "what", "who", "why", "how", "where", "which", "whether", "until", "upon", "into", "about", "like",
         "unlike", "amid", "regarding", "indeed", "besides", "otherwise", "perhaps"}

# Words before a capitalised run that make it an object or a thing, not the sentence's subject
# ("moving to New Zealand", "the struggle of African Americans", "the Patriot Act").
PREPOSITIONS = {"to", "in", "at", "from", "of", "for", "with", "about", "into", "on", "by", "near",
                "against", "toward", "towards", "over", "under", "between", "among", "through", "across",
                "after", "before", "during", "without", "within", "like", "than", "via", "per"}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my"}
NOT_SUBJECT_BEFORE = PREPOSITIONS | DETERMINERS

CONNECTORS = {"of", "al", "bin", "de", "van", "von", "el"}

# Words that make a capitalised run an institution or place, not a person.
NOT_PERSON = {"republic", "organization", "organisation", "revolution", "province", "university", "ministry",
               "council", "committee", "department", "agency", "party", "army", "camp", "islamic", "united",
               "states", "kingdom", "east", "west", "house", "congress", "senate", "parliament", "court",
               "nations", "union", "news", "press", "website", "network", "post", "times", "company", "group",
               "international", "foundation", "institute", "center", "centre", "office", "guard", "guards", "city",
               "bank", "capital", "markets", "holdings", "partners", "fund", "inc", "corp", "llc", "association",
               "society", "coalition", "alliance", "commission", "administration", "bureau", "service", "act",
               "rights", "liberties", "affairs", "school", "college", "hospital", "church", "county", "garden",
               "street", "avenue", "square", "airport", "island", "islands", "river", "drive", "new", "north", "south",
               "board", "federation", "syndicate", "consortium", "authority", "tribunal", "caucus",
               "directorate", "inspectorate"}

# Words that make an unknown capitalised name a publication ("the Evening Standard", "Daily Ledger").
OUTLET_WORDS = {"times", "post", "news", "standard", "herald", "guardian", "journal", "gazette", "tribune",
                "telegraph", "ledger", "daily", "tv", "radio", "agency", "press", "network", "channel", "wire",
                "monitor", "independent", "express", "mail", "observer", "chronicle", "review", "magazine",
                "newspaper", "website", "broadcaster", "television", "reuters", "examiner", "inquirer", "dispatch",
                "courier", "bulletin", "enquirer", "globe", "sentinel", "register"}

# Broadcasters and wire services known by their acronym: 'told CNN', 'said on NBC’s “Meet the Press”'
# (an unknown acronym stays a body: 'told the FBI').
NEWS_ACRONYMS = {"CNN", "NBC", "ABC", "CBS", "NPR", "PBS", "MSNBC", "CNBC", "BBC", "AP", "AFP", "UPI", "C-SPAN"}

# A common noun that refers back to a body the article named ('the agency said', 'the department said', 'the group
# wrote') and the words in a body's name or description that make it one: 'the agency' after 'the U.S. Fish and
# Wildlife Service', 'the group' after 'Safari Club International, a trophy hunting advocacy group'
_COMPANY = frozenset({"company", "corporation", "corp", "inc", "firm", "retailer", "manufacturer", "maker",
                      "employer", "airline", "bank", "insurer", "conglomerate", "automaker", "chain"})
_GROUP = frozenset({"group", "club", "coalition", "alliance", "association", "organization", "organisation",
                    "society", "foundation", "federation", "league", "caucus", "institute", "center", "centre"})
BODY_NOUNS = {"agency": frozenset({"agency", "service", "administration", "bureau", "commission", "office",
                                   "department", "authority"}),
              "department": frozenset({"department", "ministry"}), "ministry": frozenset({"ministry", "department"}),
              "company": _COMPANY, "firm": _COMPANY, "group": _GROUP, "organization": _GROUP,
              "organisation": _GROUP, **{w: frozenset({w}) for w in ("service", "bureau", "office", "commission",
                                                                      "campaign", "committee", "board", "council",
                                                                      "union", "court", "party")}}

# The head nouns of an institution's own name ('the U.S. Attorney’s Office', 'Fix the Court', 'Federal Election
# Commission'): a name so headed that speaks is a body
INSTITUTION_HEADS = frozenset({"office", "department", "agency", "committee", "commission", "court", "council",
                               "bureau", "service", "administration", "board", "ministry", "authority", "association",
                               "coalition", "foundation", "institute", "center", "centre", "organization",
                               "organisation", "union", "society", "alliance", "caucus", "university"})

# A generic role noun that names no office ('the official', 'the lawmaker'): it refers back to a person described by
# one of these words, and to no one when none or several fit (an unnamed official is no named person)
_LAWMAKER = frozenset({"lawmaker", "legislator", "senator", "representative", "congressman", "congresswoman",
                       "assemblyman", "assemblywoman"})
_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson"})
GENERIC_ROLES = {"official": frozenset({"official", "secretary", "director", "administrator", "commissioner",
                                        "minister", "undersecretary", "ambassador", *_SPOKES}),
                 "lawmaker": _LAWMAKER, "legislator": _LAWMAKER, "aide": frozenset({"aide", "adviser", "advisor",
                                                                                    "staffer"}),
                 **{w: _SPOKES for w in _SPOKES}}
