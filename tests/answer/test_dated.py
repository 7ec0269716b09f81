"""Outlets that date the same event differently disagree (issue 14 point 1, app/answer/dated.py): a weekday read
against its article's date, a date ("Jan. 5"), a weekday against a date, a yes/no question naming the day; and the
look-alikes that are no disagreement: another occurrence no article could have reported, a span, a date of another
act, the same day in two forms."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from app.answer import dated
from app.answer.select import asked
from app.answer.sides import pick
from tests.answer.test_agree import CLOSE
from tests.answer.test_sides import quote


def on(text: str, outlet: str, stance: str, s: float, day: str) -> object:
    """A quote whose article is dated `day` (ISO), as ingest stores it."""
    q = quote(text, outlet, stance, s)
    chunk = replace(q.hit.chunk, meta={**q.hit.chunk.meta, "date": day})
    return replace(q, hit=replace(q.hit, chunk=chunk))


def test_a_weekday_is_the_last_such_day_before_the_articles_date():
    (day,) = dated.days("comments to the Gazette published Saturday", "2016-07-13")  # a Wednesday
    assert day.on == date(2016, 7, 9) and day.weekday == "saturday"
    (ahead,) = dated.days("The pair is due to be arraigned on Thursday", "2018-08-21")  # a Tuesday: still to come
    assert ahead.on == date(2018, 8, 23)


def test_a_date_falls_in_the_articles_year_and_a_weekday_on_it_counts_once():
    (day,) = dated.days("Pelosi handed him the gavel on Wednesday, Jan. 5", "2011-01-06")
    assert day.on == date(2011, 1, 5)
    (dec,) = dated.days("the letter of Dec. 30", "2011-01-06")  # ahead by more than a month: last year's
    assert dec.on == date(2010, 12, 30)


def test_a_span_gives_no_one_day():
    assert dated.one_day("The forum ran from Monday to Wednesday", "2017-11-17") is None
    assert dated.one_day("the window between Jan. 5 and Jan. 9", "2011-01-06") is None
    said = dated.one_day("It ran Monday through Friday, he said Friday", "2017-11-17")  # the span's ends are no day
    assert said is not None and said.words == "Friday" and said.on == date(2017, 11, 17)


def test_two_days_that_both_articles_could_report_conflict():
    assert dated.conflicting("published Saturday", "2016-07-13", "published Sunday", "2016-07-12")
    assert not dated.conflicting("published Sunday", "2016-07-13", "on Sunday", "2016-07-12")


def test_a_day_after_the_other_articles_date_is_another_occurrence():
    # Friday's paper tells a statement "late Thursday"; Saturday's paper another "Saturday statement"
    assert not dated.conflicting("issued a statement late Thursday", "2013-06-07", "a rare Saturday statement",
                                 "2013-06-08")


def test_a_weekday_and_a_date_conflict_only_when_the_dateline_resolves_the_weekday():
    assert not dated.conflicting("assume the majority on Jan. 5", "2011-01-06", "handed him the gavel on Wednesday",
                                 "2011-01-06")  # Jan. 5, 2011 was a Wednesday
    assert dated.conflicting("assume the majority on Jan. 5", "2011-01-06", "took the gavel on Tuesday", "2011-01-06")
    assert not dated.conflicting("assume the majority on Jan. 5", None, "took the gavel on Tuesday", None)
    assert dated.conflicting("filed on Jan. 5", None, "filed on Jan. 6", None)  # two dates: by month and day


def test_a_date_dates_the_act_only_when_the_act_is_its_nearest_verb():
    assert dated.dates_act("The notice was published Jan. 5 by the agency.", ("published",))
    letter = "A letter sent from his lawyer to the deputy on Aug. 6 asking him to postpone the indictment."
    assert not dated.dates_act(letter, ("indicted",))


def test_a_yes_no_question_naming_the_day_asks_the_day():
    assert dated.asks_dated("Was the senator's interview published on Saturday?")
    assert not dated.asks_dated("Was the senator's interview published in the Gazette?")
    assert not dated.asks_dated("Who published the interview on Saturday?")  # not a yes/no question


def test_outlets_dating_the_asked_event_differently_are_contested():
    a = on("The senator told the Gazette in an interview published Sunday that she is running.", "A", "x", 1.0,
           "2016-07-12")
    b = on("She kicked off the storm with comments to the Gazette published Saturday.", "B", "y", 0.95, "2016-07-13")
    for q in ("Was the senator's interview with the Gazette published on Saturday?",
              "On what day was the senator's interview with the Gazette published?"):
        assert pick(asked(q), q, [a, b], CLOSE).about == "days"
    other = "Was the senator's interview with the Gazette long?"  # no day asked
    assert pick(asked(other), other, [a, b], CLOSE).about != "days"


def test_another_occurrence_or_a_date_of_another_act_is_not_contested():
    q = "When did the director issue a statement about the leak?"
    thursday = on("The director issued a statement late Thursday decrying the leak.", "A", "x", 1.0, "2013-06-07")
    saturday = on("The director issued a rare Saturday statement about the leak.", "B", "y", 0.95, "2013-06-08")
    assert not pick(asked(q), q, [thursday, saturday], CLOSE).contested
    charged = "On what day was the congressman indicted?"
    tuesday = on("The congressman was indicted Tuesday on charges of misusing funds.", "A", "x", 1.0, "2018-08-21")
    letter = on("His lawyer sent a letter on Aug. 6 asking the deputy to postpone the indictment.", "B", "y", 0.95,
                "2018-08-21")
    assert not pick(asked(charged), charged, [tuesday, letter], CLOSE).contested


def test_a_days_disputes_missing_side_is_its_sentence_dating_the_act_at_any_score():
    from app.answer.every_side import every_side
    from app.answer.sides import Picked
    from tests.answer.test_every_side import quote as dated_quote

    q = "Was the senator's interview with the Gazette published on Saturday?"
    sat = dated_quote("She kicked off the storm with comments to the Gazette published Saturday.", "Fox", "right", 1.0)
    sun = dated_quote("The senator told the Gazette in an interview published Sunday.", "Times", "centre", 0.95)
    other = dated_quote("A law professor said the senator should step aside.", "Post", "left", 0.9)
    told = dated_quote("She told the Gazette in an article published Sunday.", "Post", "left", 0.1)
    picked = every_side(Picked([sat, sun], True, "days", (0, 1), (0, 1)), [sat, sun, other, told], ask=asked(q))
    assert picked.quotes[-1] is told  # not the group's best-ranked sentence, which dates nothing


def test_a_when_question_is_not_disputed_by_a_rebuttal_of_what_the_act_said():
    q = "On what day did the council adopt its resolution condemning racism in the club?"
    passed = on("The council adopted a resolution Tuesday condemning racism in the club's ranks.", "A", "x", 1.0,
                "2010-07-13")
    disputed = on("Club organizers disputed claims of racism and called on the council to withdraw the resolution.",
                  "B", "y", 0.95, "2010-07-13")
    assert not pick(asked(q), q, [passed, disputed], CLOSE).contested  # it disputes what the resolution says
    whether = "Did the council's resolution rightly condemn racism in the club?"  # not a when-question: a dispute
    assert pick(asked(whether), whether, [passed, disputed], CLOSE).about == "rebuttal"
    denied = on("The council never adopted the resolution, its clerk said.", "B", "y", 0.95, "2010-07-13")
    assert pick(asked(q), q, [passed, denied], CLOSE).contested  # the act itself denied: still a dispute
