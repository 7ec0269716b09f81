"""A question "What did X tell / say to <venue>?" asks for X's words at that venue: the quote naming the venue (or
continuing the sentence that does) answers and opens; a quote naming another venue goes; none naming it,
the words are not covered."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from app.answer.asked import asked
from app.answer.partial import missing
from app.answer.venue import asked_venue, main_venue, names_venue
from app.answer.venue_look import tells_venue, venue_look, venue_missing, venue_quotes
from app.answer.windows import before_text
from app.text.points_back import tells_where_made
from app.attribution.links import QUOTES, RELAYS, Link
from tests.answer import test_said_about
from tests.answer.test_qualifiers import article

Q = "What did Ginsburg say to CNN about Trump?"
GINSBURG = (Link("Ruth Bader Ginsburg", QUOTES),)


def _hers(*sentences: str, score: float = 0.5):
    return [replace(q, links=GINSBURG, score=score) for q in article(*sentences)]


def test_the_venue_of_the_question_own_verb_of_saying_is_asked():
    assert main_venue(Q) == frozenset({"cnn"})
    assert main_venue("What did Sen. Chris Murphy tell Politico about the justices?") == frozenset({"politico"})
    assert main_venue("What did Ginsburg say in an interview with The Associated Press?") == {"associated", "press"}
    assert main_venue('What did Netanyahu say on NBC\'s "Meet the Press"?') == frozenset({"nbc"})
    assert main_venue("What did Trump write on Twitter about Justice Ginsburg?") == frozenset({"twitter"})
    assert main_venue("What did Trump say on Tuesday?") == frozenset()  # a day is no venue
    assert main_venue("What did Joe Sestak say he told Bill Clinton about the offer?") == frozenset()  # what he said
    assert main_venue("Who asked Bill Clinton to talk to Joe Sestak?") == frozenset()  # no one's words asked
    assert main_venue("What did Mayor Park tell reporters?") == frozenset()
    assert asked_venue("What did Joe Sestak say he told Bill Clinton?") == {"bill", "clinton"}  # the ranking's bonus


def test_a_venue_is_named_by_its_words_or_written_as_one_word():
    assert names_venue(frozenset({"al", "jazeera"}), "said in an interview with Aljazeera: “We used …”")
    assert names_venue(frozenset({"al", "jazeera"}), "the Al-Jazeera satellite TV network reported")
    assert not names_venue(frozenset({"times"}), "He sometimes said so.")


def test_a_quote_tells_the_venue_by_its_sentence_its_relay_or_the_sentence_it_continues():
    cnn = frozenset({"cnn"})
    told, words, other = _hers("She doubled down late Monday, telling CNN: “He is a faker.”",
                               "“He has no consistency about him,” she said.",
                               "“I can’t imagine what this place would be,” Ginsburg told The Times.")
    assert tells_venue(cnn, told) and tells_venue(cnn, words)  # the next sentence continues it
    assert not tells_venue(cnn, other)  # another venue named
    relayed = replace(article("“She may have got out over her skis,” Durbin told the outlet.")[0],
                      links=(Link("Politico", RELAYS), Link("Dick Durbin", QUOTES)))
    assert tells_venue(frozenset({"politico"}), relayed)


def test_no_quote_telling_the_venue_is_not_covered():
    ask = asked(Q)
    times = _hers("“I can’t imagine what this place would be,” Ginsburg told The Times.")
    assert venue_missing(ask, Q, times)
    assert not venue_missing(ask, Q, _hers("She doubled down late Monday, telling CNN: “He is a faker.”"))
    murphy = [replace(q, links=(Link("Chris Murphy", QUOTES),))
              for q in article("Sen. Chris Murphy told CNN it was odd.")]
    assert venue_missing(ask, Q, murphy)  # another speaker's words to the venue
    assert not venue_missing(asked("What did Ginsburg say about Trump?"), "What did Ginsburg say about Trump?", times)


def test_the_quote_telling_the_venue_opens_and_another_venue_goes():
    ask = asked(Q)
    other, plain, told = _hers("“I can’t imagine it,” Ginsburg told The Times.",
                               "“I don’t want to think about that.”",
                               "Ginsburg was asked twice. She doubled down, telling CNN: “He is a faker.”")
    assert venue_quotes(ask, Q, [other, plain, told]) == [told]  # her words told elsewhere are not what was asked
    assert venue_quotes(ask, Q, [other, plain]) == [other, plain]  # none tells it: left to `venue_missing`
    murphy = replace(plain, links=(Link("Chris Murphy", QUOTES),))
    assert venue_quotes(ask, Q, [told, murphy]) == [told, murphy]  # another's words stay (a side, a reply)


def test_the_look_opens_the_ranking_with_her_sentence_telling_the_venue():
    ask = asked(Q)
    ranked = _hers("“I can’t imagine it,” Ginsburg told The Times.", score=0.9)
    found = _hers("The storm grew.", "She doubled down late Monday, telling CNN: “He is a faker.”", score=0.4)
    looked = venue_look(ask, Q, ranked, lambda doc_id, keep, cued=True: [q for q in found if keep(q.text)])
    assert looked[0].text.startswith("She doubled down") and looked[0].score == 0.9 and looked[1:] == ranked
    assert venue_look(ask, Q, ranked, lambda doc_id, keep, cued=True: []) == ranked


def test_the_not_covered_line_names_the_venue():
    assert missing("What did Ginsburg tell Politico about Trump?") == "what Ginsburg told Politico about it"
    assert missing("What did Ginsburg say about Trump?") == "what Ginsburg said about it"


def test_the_picked_quotes_are_put_in_venue_order_unless_they_make_sides():
    from app.answer.sides import Picked
    from app.answer.venue_look import venue_first
    ask = asked(Q)
    other, told = _hers("“I can’t imagine it,” Ginsburg told The Times.",
                        "She doubled down, telling CNN: “He is a faker.”")
    assert venue_first(ask, Q, Picked([other, told], False)).quotes == [told]
    assert venue_first(ask, Q, Picked([other, told], True, pair=(0, 1))).quotes == [other, told]  # a contested pair


def _opening_its_passage(quote):
    """The quote with its passage cut to start at it: the sentence before lies in the passage before (overlapping
    passages; ingest stored the document's sentences and their terms)."""
    chunk = quote.hit.chunk
    cut = replace(chunk, start=quote.start, text=chunk.text[quote.start - chunk.start:])
    return replace(quote, hit=replace(quote.hit, chunk=cut))


def test_a_quote_opening_its_passage_tells_the_venue_its_stored_sentence_before_names():
    ap = frozenset({"associated", "press"})
    _, words = _hers("That tracks a comment she made in a separate interview with The Associated Press.",
                     "“I don’t want to think about that possibility,” Ginsburg said.")
    cut = _opening_its_passage(words)
    assert before_text(cut) == "" and tells_venue(ap, cut)  # read from the stored sentence, not the passage
    assert not tells_venue(frozenset({"cnn"}), cut)
    _, times = _hers("That tracks a comment she made in a separate interview with The Associated Press.",
                     "“I can’t imagine it,” Ginsburg told The Times.")
    assert not tells_venue(ap, _opening_its_passage(times))  # its own sentence names another venue
    ask, q = asked("What did Ginsburg tell The Associated Press about Trump?"), "What did Ginsburg tell The " \
        "Associated Press about Trump?"
    assert not venue_missing(ask, q, [cut])


def test_the_sentence_after_saying_where_the_remarks_were_made_tells_the_venue():
    times = frozenset({"times"})

    def trumps(*sentences: str):
        return [replace(q, links=(Link("Donald J. Trump", QUOTES),)) for q in article(*sentences)]

    said = "Donald J. Trump on Tuesday assailed Justice Ginsburg, calling her remarks “highly inappropriate.”"
    assert tells_venue(times, trumps(said, "Mr. Trump’s remarks came in a telephone interview with The Times.")[0])
    assert not tells_venue(frozenset({"cnn"}), trumps(said, "His remarks came in an interview with The Times.")[0])
    assert not tells_venue(times, trumps(said, "Justice Ginsburg declined to comment to The Times.")[0])  # no remarks'
    assert tells_where_made("His comments came in an interview with CNN.")
    assert not tells_where_made("Her remarks drew criticism from The Times.")


def test_a_quote_told_the_venue_only_by_the_sentence_before_is_shown_with_it_within_its_paragraph():
    from app.answer.carried_back import carried_back
    from app.answer.sides import Picked
    from app.answer.venue_look import venue_carried
    ask = asked(Q)
    _, said = _hers("Ginsburg spoke to CNN on Monday.", "“He is a faker,” she said.")
    assert venue_carried(ask, Q, said)
    shown = carried_back(Picked([said], False), carries=partial(venue_carried, ask, Q)).quotes[0]
    assert shown.text == "Ginsburg spoke to CNN on Monday. “He is a faker,” she said."
    assert carried_back(Picked([said], False)).quotes[0] is said  # no venue asked: as scored
    told = _hers("She doubled down late Monday, telling CNN: “He is a faker.”")[0]
    assert not venue_carried(ask, Q, told)  # its own sentence names the venue
    apart = [replace(q, links=GINSBURG) for q in test_said_about._paragraphs(
        ("Ginsburg spoke to CNN on Monday.",), ("“He is a faker,” she said.",))]
    assert venue_carried(ask, Q, apart[1])
    assert carried_back(Picked([apart[1]], False), carries=partial(venue_carried, ask, Q)).quotes[0] is apart[1]  # a
    # quote stays within its paragraph


def test_a_quote_told_the_venue_by_another_paragraph_is_labelled_as_relaying_it():
    from app.answer.sides import Picked
    from app.answer.venue_look import venue_relayed
    q = "What did Ginsburg tell The Associated Press about Trump?"
    ask = asked(q)
    _, said = [replace(x, links=GINSBURG) for x in test_said_about._paragraphs(
        ("That tracks a comment she made in a separate interview with The Associated Press.",),
        ("“I don’t want to think about that possibility,” Ginsburg said.",))]
    shown = venue_relayed(ask, q, Picked([said], False)).quotes[0]
    assert shown.links == (Link("Associated Press", RELAYS), *GINSBURG)
    told = _hers("She told The Associated Press: “I don’t want to think about that.”")[0]
    assert venue_relayed(ask, q, Picked([told], False)).quotes[0] is told  # its own sentence shows the venue
    own = replace(said, hit=replace(said.hit, chunk=replace(said.hit.chunk, meta={"outlet": "Associated Press"})))
    assert venue_relayed(ask, q, Picked([own], False)).quotes[0] is own  # its own outlet relays nothing
    tweet = "What did Ginsburg write on Twitter about Trump?"
    _, posted = [replace(x, links=GINSBURG) for x in test_said_about._paragraphs(
        ("She lashed out on Twitter.",), ("“He is a faker,” Ginsburg wrote.",))]
    assert venue_relayed(asked(tweet), tweet, Picked([posted], False)).quotes[0] is posted  # a platform relays nothing
