"""Right speaker, right relay, fifth round (issue 14 point 4): 'they said' after two people named as one
sentence's subject, a participle of saying after a long main clause or a dateline, and a title of the form
'Secretary of the Treasury Jane Doe'.

The sentences are written for these tests in the style of US political news; none is copied from a corpus.
Rules only (nlp=None)."""

from app.attribution import phrases
from app.attribution.chains import find_chains
from app.attribution.links import Names
from app.registry import Outlet, Registry

NAMES = Names(None, Registry(outlets=[Outlet(name="Evening Courant", aliases=["Courant"])]))


def chain_of(text: str, sentence_start: str) -> list[str]:
    at = text.index(sentence_start)
    return next([link.name for link in c.links] for c in find_chains(text, "Evening Courant", NAMES)
                if c.start <= at < c.end)


def test_they_said_after_two_named_subjects_names_both_in_one_link():
    text = ("The letters went to Senators Ann Marsh of Maine and Paul Lind of Idaho, both Republicans. "
            "On Tuesday, Ms. Marsh and Mr. Lind issued a joint letter to the agency. "
            "“The public deserves to see these rules,” they said. "
            "They added that “the program has outgrown its charter.”")
    assert chain_of(text, "“The public") == ["Ann Marsh and Paul Lind"]
    assert chain_of(text, "They added") == ["Ann Marsh and Paul Lind"]


def test_they_said_names_no_pair_when_another_person_spoke_in_between_or_the_pair_is_no_people():
    text = ("Ms. Ann Marsh and Mr. Paul Lind issued a joint letter. "
            "Gov. Ruth Cole said the letter was unfair. "
            "“We will not back down,” they said.")
    assert "Ann Marsh and Paul Lind" not in chain_of(text, "“We will")
    text = "Nebraska and Oklahoma filed a lawsuit on Thursday. “Our towns pay the price,” they said."
    assert chain_of(text, "“Our towns") == []


def test_a_pair_is_forgotten_past_its_reach():
    text = ("Ms. Ann Marsh and Mr. Paul Lind issued a joint letter. The agency had no comment. "
            "The rules date to 2009. The program grew after that. “It is time,” they said.")
    assert chain_of(text, "“It is time") == []


def test_a_participle_of_saying_after_a_long_main_clause_names_the_clause_subject():
    text = ("Gov. Helen Ward on Monday sharply defended the decision to close the state's two oldest prisons "
            "and move their inmates to a private contractor, saying that the savings would fund schools.")
    assert chain_of(text, "Gov. Helen") == ["Helen Ward"]


def test_a_dateline_before_the_subject_is_no_speaker():
    text = ("BOSTON -- Mayor Carl Byrne on Friday strongly defended the city's plan to sell the old harbor "
            "warehouses to developers from out of state, saying that the sale would cut taxes.")
    assert chain_of(text, "BOSTON") == ["Carl Byrne"]
    assert phrases.undated("DENVER — Two states sued") == "Two states sued"


def test_a_participle_after_a_long_clause_with_a_common_noun_subject_names_no_one():
    text = ("A number of the largest banks in the region issued statements late on Thursday night about the "
            "new rules, saying they only complied when the law required it.")
    assert chain_of(text, "A number") == []


def test_a_title_with_of_the_is_no_part_of_the_name():
    text = ("Secretary of the Treasury Jane Doe echoed Smith's remarks in her own statement, saying that "
            "the budget was sound. “We are on track,” she said.")
    assert chain_of(text, "Secretary of") == ["Jane Doe"]
    assert chain_of(text, "“We are") == ["Jane Doe"]
    assert phrases.runs("Secretary of the Treasury Jane Doe spoke") == [
        ["Secretary", "of", "the", "Treasury", "Jane", "Doe"]]
    text = "Speaker of the Assembly Joan Pike defended the budget in a long floor speech, saying it was balanced."
    assert chain_of(text, "Speaker of") == ["Joan Pike"]
    assert phrases.runs("The Secretary of the budget office spoke") == [["Secretary"]]


def test_a_person_a_quotation_paraphrases_is_no_relay_but_one_it_quotes_is():
    text = ("Ms. Dana Fry, the plaintiffs' lawyer, spoke first. Mr. Tom Hale spoke for the state. "
            "“Then he says the judge should rely on records that he calls useless,” Ms. Fry said. "
            "“The trouble, Mr. Hale says, is that the records are gone,” Ms. Fry said. "
            "“The world tells us, ‘wait,’ and we wait,” Mr. Hale said.")
    assert chain_of(text, "“Then he says") == ["Dana Fry"]
    assert chain_of(text, "“The trouble") == ["Dana Fry", "Tom Hale"]
    assert chain_of(text, "“The world")[0] == "Tom Hale"


def test_a_quotation_inside_a_quotation_reported_with_that_is_relayed():
    text = ("Ms. Dana Fry, the plaintiffs' lawyer, spoke first. "
            "“Yesterday the auditor Grant Pell announced that the records were lost,” Ms. Fry said.")
    assert chain_of(text, "“Yesterday") == ["Dana Fry", "Grant Pell"]


def test_an_attribution_between_the_two_parts_of_a_quotation_names_the_speaker():
    text = ("“The ruling is welcome,” said Nora Kell, a senior lawyer with the Harbor Law Center, “but it comes "
            "far too late for the families.” “We lost,” Mr. Abe Tran said, “and we will appeal.”")
    assert chain_of(text, "“The ruling") == ["Nora Kell"]
    assert chain_of(text, "“We lost") == ["Abe Tran"]


def test_an_adverb_before_a_closing_verb_of_saying_is_no_speaker():
    text = ("Reps. Joan Pike and Carl Dunn said the vote was rushed. Dunn, D-Ore., also said he was never consulted. "
            "The measure passed, Pike later said.")
    assert chain_of(text, "Dunn, D-Ore.") == ["Carl Dunn"]
    assert chain_of(text, "The measure") == ["Joan Pike"]


def test_people_named_together_before_a_verb_of_saying_speak_together():
    text = ("Sen. Ann Marsh and Sen. Paul Lind said the rules were unfair. “We will fight,” they said. "
            "Reps. John Loft, Andy Carr and Emma Cole said some protesters yelled at them. “It was ugly,” they said. "
            "Nebraska and Oklahoma said the law failed.")
    assert chain_of(text, "Sen. Ann") == ["Ann Marsh and Paul Lind"]
    assert chain_of(text, "“We will") == ["Ann Marsh and Paul Lind"]
    assert chain_of(text, "Reps. John") == ["John Loft, Andy Carr and Emma Cole"]
    assert chain_of(text, "“It was ugly") == ["John Loft, Andy Carr and Emma Cole"]
    assert chain_of(text, "Nebraska") == []
