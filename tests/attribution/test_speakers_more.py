"""Right speaker, right relay, second round (issue 14 point 4): questions asked in court or at a
briefing, relative clauses, role nouns resolved by how a source was described, spokespeople,
interview questions, broadcasters named by acronym, long appositions and participle clauses.

The sentences are written for these tests in the style of US political news; none is copied from
a corpus. Rules only (nlp=None)."""

from app.attribution.chains import find_chains
from app.attribution.links import Names
from app.registry import Outlet, Registry

NAMES = Names(None, Registry(outlets=[Outlet(name="Evening Courant", aliases=["Courant"]),
                                      Outlet(name="Capital Ledger", aliases=["The Ledger"])]))


def chain_of(text: str, sentence_start: str) -> list[str]:
    at = text.index(sentence_start)
    return next([link.name for link in c.links] for c in find_chains(text, "Evening Courant", NAMES) if c.start <= at < c.end)


def test_asked_is_speech_next_to_what_was_asked_but_when_asked_names_no_asker():
    text = ("Judge Carla Mendes heard the case. “Where is the policy?” Judge Mendes asked. "
            "Justice Omar Reyes asked Mr. Pike “whether the records exist at all.” "
            "When asked about the ruling, “We will appeal,” the company wrote.")
    assert chain_of(text, "“Where is") == ["Carla Mendes"]
    assert chain_of(text, "Justice Omar") == ["Omar Reyes"]
    assert chain_of(text, "When asked") == []


def test_the_person_a_who_clause_hangs_on_is_the_speaker_and_the_next_he():
    text = ("The argument puzzled Justice Neil Barrow and drew the ire of Justice Paul Kemp who said he felt cornered. "
            "“You cannot have it both ways,” he said.")
    assert chain_of(text, "The argument") == ["Paul Kemp"]
    assert chain_of(text, "“You cannot") == ["Paul Kemp"]


def test_a_role_noun_is_the_source_last_described_with_that_role():
    text = ("Chief Justice Aaron Webb asked Mr. Lund about the figures. "
            "“There is no minimum,” Mr. Lund said, adding that the rules were clear. "
            "The chief justice also asked Mr. Lund “how many cases are enough?”")
    assert chain_of(text, "“There is no") == ["Lund"]
    assert chain_of(text, "The chief justice") == ["Aaron Webb"]


def test_a_spokesperson_keeps_the_organisation_in_the_label_and_an_unnamed_official_is_described():
    text = ("A spokesperson for Norbank says the company follows the law. "
            "“We review every request,” the spokesperson said. "
            "Senator Ruth Dane criticised the program. "
            "A senior administration official pushed back, saying the law was followed. "
            "“The program is overseen by the court,” the official said.")
    assert chain_of(text, "A spokesperson") == ["a spokesperson for Norbank"]
    assert chain_of(text, "“We review") == ["a spokesperson for Norbank"]
    assert chain_of(text, "“The program is") == ["a senior administration official"]  # not Senator Dane


def test_an_interviewer_s_question_names_a_topic_and_the_interviewee_answers():
    text = ("“I know them all,” Mr. Grant said of his shortlist. Governor Hale? “A fighter.” "
            "And Senator Liu? “Very smart,” he said.")
    assert chain_of(text, "“A fighter") == ["Grant"]
    assert chain_of(text, "“Very smart") == ["Grant"]


def test_a_broadcaster_spoken_to_is_relayed_and_a_platform_is_not():
    text = ("Senator Ada Kerr doubled down on Monday, telling CNN: “He is unfit.” "
            "Governor Tom Voss responded Tuesday, telling the Ledger it was “a disgrace.” "
            "Rep. Lena Ortiz said on ABC that she agreed. "
            "Rep. Sam Ortiz said on Twitter that he disagreed.")
    assert chain_of(text, "Senator Ada") == ["CNN", "Ada Kerr"]
    assert chain_of(text, "Governor Tom") == ["Capital Ledger", "Tom Voss"]
    assert chain_of(text, "Rep. Lena") == ["ABC", "Lena Ortiz"]
    assert chain_of(text, "Rep. Sam") == ["Sam Ortiz"]


def test_a_hyphenated_newspaper_name_is_an_outlet_and_he_is_the_titled_subject_before():
    text = ("Mayor Ann Holt said the city would pay. A former Marine, Mr. Dorsey was first elected in 2008. "
            "He was considered for a job in the Holt administration, and told The Lake County Star-Tribune "
            "that he wanted “a fresh start.”")
    assert chain_of(text, "He was considered") == ["Lake County Star-Tribune", "Dorsey"]


def test_a_name_before_a_long_apposition_is_the_speaker():
    text = ("Irene Vasko, a professor at the State University School of Law who has written widely on judicial "
            "ethics and recusals, said “there is little question that a line was crossed.”")
    assert chain_of(text, "Irene Vasko") == ["Irene Vasko"]


def test_a_participle_clause_keeps_the_main_clause_subject_not_the_person_in_its_object():
    text = ("Senator Carl Rusk spoke on Monday. In a speech this month, Rusk echoed President Dana Flint and "
            "attacked the agency, accusing it of being “corrupt” and said it “abuses the law.”")
    assert chain_of(text, "In a speech") == ["Carl Rusk"]


def test_a_first_person_speaker_inside_a_quote_adds_no_named_link():
    text = ("President Dana Flint spoke on Monday. "
            "“And if Flint v. Rusk reaches the court, I would say there is bias,” Mr. Vasko wrote.")
    assert chain_of(text, "“And if") == ["Vasko"]


def test_a_text_that_says_something_is_no_speaker():
    text = ("Rep. Joe Marlow spoke on Friday. Critics say the Marlow offer may have violated the part of the code "
            "that says: “Whoever promises any employment shall be fined.”")
    assert chain_of(text, "Critics say") == []


def test_he_may_be_a_person_named_without_being_a_subject():
    text = ("Rep. Dana Cole, D-Ill., told the Ledger the remarks were unusual. "
            "Wednesday brought relief for the judge, with Vermont Sen. Bernard Sand giving qualified support. "
            "While the candidate declined to comment further, he said the judge was “right to speak.”")
    assert chain_of(text, "While the candidate") == ["Bernard Sand"]


def test_an_office_with_of_before_a_name_is_kept_out_of_the_name():
    assert Names().strip_titles("Director of National Intelligence James Clapper") == "James Clapper"
    assert Names().strip_titles("Secretary of State Robert F. Bauer") == "Robert F. Bauer"


def test_an_attribution_split_off_after_a_question_names_the_quote_s_speaker():
    text = ("Justice Vera Stone heard the appeal. Mr. Lund said the records were lost. "
            "“How do you work out the back pay?” Justice Stone asked. "
            "“Is it true,” Chief Justice Alan Price asked Mr. Lund, “that the pay gap was smaller?”")
    assert chain_of(text, "“How do you") == ["Vera Stone"]
    assert chain_of(text, "“Is it true") == ["Alan Price"]


def test_a_post_and_a_spokesperson_for_an_agency_with_and_in_its_name_speak():
    text = ("President Dana Flint reversed course. Senator Ann Cole disagreed with him. "
            "“Put the decision on hold,” President Flint posted to Twitter. "
            "The ban would “help the species,” a spokesperson for the U.S. Fish and Wildlife Service said.")
    assert chain_of(text, "“Put the") == ["Dana Flint"]
    assert chain_of(text, "The ban would") == ["a spokesperson for the U.S. Fish and Wildlife Service"]


def test_an_outlet_s_editorial_board_is_that_outlet_and_a_who_clause_after_the_name_is_no_speaker():
    text = ("“The remarks were better left unsaid,” The Harbor Times’s editorial board said Tuesday. "
            "“We see more cases every month,” said Sheriff Adam Holt of Deuel County, Neb., who said that he "
            "welcomed the lawsuit filed by the two neighbouring states against the state government last week.")
    assert chain_of(text, "“The remarks") == ["Harbor Times"]
    assert chain_of(text, "“We see more") == ["Adam Holt"]


def test_a_middle_initial_stays_in_the_name_and_a_plural_title_is_no_name():
    text = ("Justice Anthony M. Kerr spoke first. Justices Kerr and Samuel A. Alden Jr. said they were concerned. "
            "“So every company is liable?” Justice Alden said.")
    assert chain_of(text, "Justices Kerr") == ["Anthony M. Kerr and Samuel A. Alden Jr."]  # both speak (chain35)
    assert chain_of(text, "“So every") == ["Samuel A. Alden Jr."]


def test_said_to_a_paper_named_before_relays_that_paper_and_posted_to_twitter_does_not():
    text = ("The Harbor Post reported the new rules last week, and lawmakers reacted. Senator Ann Moss spoke first. "
            "Then the House voted. Members left. Staff stayed late.\n\n"
            "“Voters want less spending,” said Rep. Ann Moss (R-Minn.), who has emerged as a voice of the "
            "movement, to the Post. “We agree,” Senator Joe Bell said to the Post.\n\n"
            "Governor Ray Dunn weighed in. “Hold it,” Dunn posted to Twitter.")
    assert chain_of(text, "“Voters want") == ["Harbor Post", "Ann Moss"]
    assert chain_of(text, "“We agree") == ["Harbor Post", "Joe Bell"]
    assert chain_of(text, "“Hold it") == ["Ray Dunn"]
