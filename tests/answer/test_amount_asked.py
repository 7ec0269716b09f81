"""What a 'how much / how many' question is answered by (invented sentences): 'on a normal day' asks a rate per day;
'how much <noun>' is no count of another thing; 'how many <noun>' is no volume or area."""

from app.answer.asked import asked
from app.answer.signals import figure_answers
from app.attribution.figures import asked_rate


def test_on_a_normal_day_asks_a_rate_per_day():
    assert asked_rate("How many ferries cross the Marl on a normal day?") == "day"
    assert asked_rate("How many trout are caught in an average year?") == "year"
    assert asked_rate("How many people came on the day of the vote?") == ""
    assert figure_answers(asked("How many ferries cross the Marl on a normal day?"),
                          "The harbor handles roughly 1,400 ferries a day.")


def test_how_much_of_a_thing_is_not_answered_by_a_count_of_another():
    ask = asked("How much diesel leaked into the Marl?")
    assert not figure_answers(ask, "The diesel leak killed about 3,000 trout in the Marl.")
    assert figure_answers(asked("How much land did the mill buy?"), "The mill bought 300 acres of land.")
    assert figure_answers(asked("How much snow fell on Brackwater?"), "Forecasters said 14 inches of snow fell.")


def test_how_many_is_not_answered_by_a_volume():
    assert not figure_answers(asked("How many mill workers were hurt in the leak?"),
                              "The mill puts the leak at 1,200 gallons.")
    assert figure_answers(asked("How many gallons leaked from the mill?"), "The mill puts the leak at 1,200 gallons.")
