"""Right speaker, eighth round (issue 14 point 4): a document that speaks ('the statement said', 'The letter said')
names who the article said issued it; an office's own name ('the U.S. Attorney’s Office', 'Fix the Court') is a body;
'According to X at <publication>' relays the publication; '… “…” and said' and '… — and said' belong to the clause's
subject; 'her doctor said' names only someone described as a doctor; 'an agency spokesperson' speaks for the agency
named before; a titled surname ('President Cole … Cole said') is a person; 'the reports reveal' and 'has continued'
are no speech.

The sentences are written for these tests in the style of US political news; none is copied from a corpus.
Rules only (nlp=None)."""

from app.attribution import documents, referents, speech
from tests.attribution.test_speakers_fifth import chain_of


def test_the_statement_said_names_who_said_in_a_statement():
    text = ("Paul Lind, the agriculture secretary, said in a statement on Monday that the rule would stand. "
            "“We have reviewed every comment,” the statement said.")
    assert chain_of(text, "“We have reviewed") == ["Paul Lind"]


def test_the_letter_said_names_who_sent_the_letters():
    text = ("In identical letters sent on May 2, Deputy Secretary Ann Marsh told two senators that the program was "
            "lawful. The letter said the committees had been briefed.")
    assert chain_of(text, "The letter said") == ["Ann Marsh"]


def test_the_report_said_names_the_author_the_report_was_credited_to():
    text = ("The report, by White House Counsel Ruth Cole, concluded that nothing improper took place. "
            "The report said the posts offered were unpaid.")
    assert chain_of(text, "The report said") == ["Ruth Cole"]


def test_a_document_only_spoken_about_names_no_author():
    text = ("Paul Lind said the report was wrong. "
            "The report said costs will fall.")
    assert chain_of(text, "The report said") == []
    assert documents.issued("Paul Lind said the report was wrong.") == []
    assert documents.issued("Paul Lind said in a statement that it was wrong.") == ["statement"]


def test_an_office_named_by_its_own_name_speaks_as_a_body():
    text = "“The couple knew the rules,” according to the U.S. Attorney’s Office."
    assert chain_of(text, "“The couple") == ["U.S. Attorney’s Office"]
    text = "According to the Office of the Clerk of the State Senate, the record was amended twice."
    assert chain_of(text, "According to") == ["Office of the Clerk of the State Senate"]


def test_an_institution_needs_an_institution_head():
    assert referents.institution("the U.S. Attorney’s Office").name == "U.S. Attorney’s Office"
    assert referents.institution("Southern District of Ohio’s U.S. Attorney’s Office") is not None
    assert referents.institution("Speaker of the House") is None
    assert referents.institution("Paul Lind") is None
    assert referents.institution("the office") is None


def test_according_to_an_analysis_by_a_group_names_the_group():
    text = "Judges stepped aside in 90 cases, according to a new analysis by Mind the Court, a reform group."
    assert chain_of(text, "Judges stepped") == ["Mind the Court"]
    text = "The committees gave $9,000 to the campaign, according to Federal Election Commission data."
    assert chain_of(text, "The committees") == ["Federal Election Commission"]


def test_a_writer_at_a_publication_is_relayed_through_it():
    text = "According to Ruth Cole at Harbor Monthly, the reading cost $1.1 million."
    assert chain_of(text, "According to") == ["Harbor Monthly", "Ruth Cole"]
    text = "News of the call was first reported by Paul Lind at The Plains Ledger."
    assert chain_of(text, "News of the call") == ["Plains Ledger", "Paul Lind"]


def test_someone_at_a_university_is_no_publication():
    text = "According to Ruth Cole at Plains State University, the reading cost $1.1 million."
    assert "Plains State University" not in chain_of(text, "According to")


def test_and_said_after_a_long_clause_is_the_clause_subjects():
    text = ("Sen. Paul Lind of Idaho spoke on Friday. In a statement, Lind pointed to the unrest in the region — where "
            "fighting is thought to be spreading again — and said he has no confidence in the program.")
    assert chain_of(text, "In a statement") == ["Paul Lind"]


def test_and_said_after_a_quotation_is_the_clause_subjects():
    text = ("Director Ann Marsh issued a statement on Thursday. "
            "She called the disclosure of the program that collects data from phone companies “reprehensible” and "
            "said the leak could cause harm.")
    assert chain_of(text, "She called") == ["Ann Marsh"]
    assert speech.post_quote("He called it “reprehensible” and said the leak could cause harm.") is None


def test_her_doctor_names_the_person_described_as_a_doctor_never_the_owner():
    text = ("The campaign released a letter from Dr. Ruth Cole, an internist. "
            "Ann Marsh also swims and walks daily, her doctor said.")
    assert chain_of(text, "Ann Marsh also") == ["Ruth Cole"]
    text = "Ann Marsh spoke on Monday. She swims and walks daily, her doctor said."
    assert chain_of(text, "She swims") == []


def test_an_agency_spokesperson_speaks_for_the_agency_named_before():
    text = ("The U.S. Forest and Range Service announced new permits. "
            "Paul Lind, a deputy director, broke the news to the hunters, an agency spokesperson told the Courant.")
    assert chain_of(text, "Paul Lind, a deputy") == ["U.S. Forest and Range Service"]


def test_a_titled_surname_named_before_is_a_person():
    text = ("It looks like President Cole is having a change of heart. "
            "In a post on Friday night, Cole said he decided to put the decision on hold.")
    assert chain_of(text, "In a post") == ["Cole"]


def test_a_full_name_after_a_titled_surname_gives_the_surname_its_full_name():
    text = ("President Cole spoke first. Later, Paul Cole said the rule stands. "
            "In a post on Friday night, Cole said he decided to put the decision on hold.")
    assert chain_of(text, "In a post") == ["Paul Cole"]


def test_a_verb_form_after_a_determiner_or_continued_with_an_object_is_no_speech():
    text = "Lind ran against the program in 2008, but the reports reveal that he has continued many of its parts."
    assert chain_of(text, "Lind ran") == []
    assert chain_of("Paul Lind spoke first. He has continued many of its programs.", "He has") == []
    assert speech.leading("Under the reports filed in May, Paul Lind said the plan stands.").verb == "said"
    assert chain_of("Paul Lind spoke. “We are done,” he continued.", "“We are done") == ["Paul Lind"]


def test_a_group_that_found_that_is_the_source_of_its_finding():
    text = "Mind the Court found that the bulk of recent recusals were due to the judges’ prior work."
    assert chain_of(text, "Mind the Court") == ["Mind the Court"]
    text = "Paul Lind, the party’s nominee, said he found those remarks unbefitting a judge."
    assert chain_of(text, "Paul Lind") == ["Paul Lind"]
    text = "The Range Service concluded that the herds had grown, according to a notice in the Federal Register."
    assert chain_of(text, "The Range Service") == ["Federal Register"]


def test_the_resolution_said_names_the_body_it_was_adopted_by():
    text = ("A resolution adopted by the Freedom League on Tuesday condemned the rule. "
            "The resolution said the rule was unfair to farmers.")
    assert chain_of(text, "The resolution said") == ["Freedom League"]


def test_a_document_someone_else_filed_is_not_the_speaker_s():
    text = ("Paul Lind said the two states filed a lawsuit on Monday. "
            "The lawsuit says the deal was illegal.")
    assert chain_of(text, "The lawsuit says") == []


def test_the_suit_says_names_who_filed_the_lawsuit():
    text = ("Paul Lind said in a lawsuit filed in federal court on Monday that the rule was void. "
            "“The rule is void,” the suit says.")
    assert chain_of(text, "“The rule is void") == ["Paul Lind"]


def test_a_lawsuit_brought_by_a_body_is_that_body_s():
    text = ("The lawsuit was brought by the Justice Department, and asks the court to act. "
            "The lawsuit says the merger was illegal.")
    assert chain_of(text, "The lawsuit says") == ["Justice Department"]


def test_a_statement_released_by_a_body_is_that_body_s():
    text = ("Ann Marsh said in a statement that the rule was final. "
            "The fines rose, according to a statement released by the Justice Department. "
            "“The couple hid the spending,” the statement said.")
    assert chain_of(text, "“The couple") == ["Justice Department"]


def test_a_lawsuit_filed_by_a_description_names_no_one():
    text = ("The two states filed a lawsuit on Monday. "
            "The lawsuit says the deal was illegal.")
    assert chain_of(text, "The lawsuit says") == []
    assert documents.kind("suit") == documents.kind("complaint") == "lawsuit"


def test_the_suit_says_names_the_places_the_lawsuit_came_from():
    text = ("But the lawsuit from Ostra and Velm, where fishing is still banned, argues that the dam is unlawful. "
            "“The river is ours,” the suit says.")
    assert chain_of(text, "“The river is ours") == ["Ostra and Velm"]


def test_a_document_from_a_lowercase_description_names_no_author():
    text = ("The lawsuit from two farmers argues that the dam is unlawful. “The river is ours,” the suit says.")
    assert chain_of(text, "“The river is ours") == []
