"""Right speaker, third round (issue 14 point 4), from the corpus-wide audit of basil-dev sentences
(evals/chains_basil_*.yaml): people who share a surname, and the other error classes found there.

The sentences are written for these tests in the style of US political news; none is copied from
a corpus. Rules only (nlp=None)."""

from test_speakers import chain_of  # same fixture: rules only, the 'Evening Courant' registry


def test_a_shared_surname_alone_is_the_person_named_first():
    text = ("Rep. Walter Brenner was charged on Tuesday. His wife, Alice Brenner, was charged with him.\n\n"
            "“This is a witch hunt,” Brenner said.")
    assert chain_of(text, "“This is") == ["Walter Brenner"]


def test_a_couple_named_together_gives_the_surname_to_the_first_named():
    text = ("Nora and Paul Whitcomb paid $2 million in taxes last year.\n\n"
            "“We owe it to the opportunities this country gave us,” Whitcomb said in a statement.")
    assert chain_of(text, "“We owe") == ["Nora Whitcomb"]


def test_an_honorific_tells_two_people_with_one_surname_apart():
    text = ("Nora Whitcomb and former Governor Paul Whitcomb released their returns on Friday.\n\n"
            "Mrs. Whitcomb said the couple had given generously to charity. "
            "Mr. Whitcomb said he had paid every cent he owed.")
    assert chain_of(text, "Mrs. Whitcomb") == ["Nora Whitcomb"]
    assert chain_of(text, "Mr. Whitcomb") == ["Paul Whitcomb"]


def test_a_one_word_publication_keeps_its_capitalised_the():
    text = ("“This bill funds the politicians themselves,” Rep. Dana Kroll wrote in an op-ed for The Beacon. "
            "“We will fight it,” Sen. Ray Ostrow said in an interview with the Lantern.")
    assert chain_of(text, "“This bill") == ["The Beacon", "Dana Kroll"]
    assert chain_of(text, "“We will") == ["Lantern", "Ray Ostrow"]


def test_a_person_named_inside_a_quotation_stays_in_that_sentence_but_a_relayed_report_frames_it_all():
    text = ("Carlos Ortega, who represents the workers, spoke first. “The files are gone,” said Lena Marsh, "
            "the company's lawyer. “Then, Mr. Ortega says, the judge must rebuild them. It is not due process.”\n\n"
            "The Daily Ledger added, “According to the Harbor Gazette website, the port will close. "
            "Dozens of workers have already left.”")
    assert chain_of(text, "“Then, Mr.") == ["Lena Marsh", "Carlos Ortega"]
    assert chain_of(text, "It is not") == ["Lena Marsh"]
    assert chain_of(text, "Dozens of") == ["Daily Ledger", "Harbor Gazette"]


def test_a_characterising_verb_with_a_quotation_names_the_clause_subject_as_speaker():
    text = ("Mayor Ellen Voss called the audit “a partisan stunt.” "
            "Councilman Rick Tarrant called the police after the meeting. "
            "Governor Sam Ruiz faced criticism on Monday as he defended the plan, calling it “the only honest budget.” "
            "In March, the union released a statement praising Governor Ruiz, accusing the council of “bad faith.” "
            "The audit, which was ordered by Mayor Voss, accused the department of “gross negligence.”")
    assert chain_of(text, "Mayor Ellen") == ["Ellen Voss"]
    assert chain_of(text, "Councilman Rick") == []
    assert chain_of(text, "Governor Sam") == ["Sam Ruiz"]
    assert chain_of(text, "In March") == []
    assert chain_of(text, "The audit, which") == []


def test_a_speech_verb_coordinated_after_a_comma_and_and_belongs_to_the_sentence_subject():
    text = ("Senator Dale Orr, Republican of Ohio, was charged with fraud last month, and announced days later "
            "that he would not seek another term.")
    assert chain_of(text, "Senator Dale") == ["Dale Orr"]


def test_a_document_from_a_named_author_speaks_for_that_author():
    text = ("The campaign released her medical records on Friday. Meanwhile, the statement on her health, from "
            "Dr. Nadia Rourke, an internist at the Lakeside Clinic in Dover, Delaware, said the senator was fit to serve. "
            "A letter from the Harbor Authority said the pier would reopen in May. "
            "The statement on the budget said the deficit would fall.")
    assert chain_of(text, "Meanwhile, the") == ["Nadia Rourke"]
    assert chain_of(text, "A letter from") == ["Harbor Authority"]
    assert chain_of(text, "The statement on the budget") == []


def test_disputed_with_what_was_disputed_is_speech_and_alone_is_not():
    text = ("Mayor Ellen Voss spoke on Monday. She disputed the claim that the audit was ordered in secret. "
            "Councilman Rick Tarrant disputed the bill.")
    assert chain_of(text, "She disputed") == ["Ellen Voss"]
    assert chain_of(text, "Councilman Rick") == []


def test_a_pronoun_that_belongs_to_a_person_named_by_surname_shows_nothing_about_the_subject():
    # 'her' is Okafor's (named before, by surname here): Dunmore's gender is unknown, so 'he' may be Dunmore
    text = ("Judge Maria Okafor spoke at a law school on Monday. "
            "“The other judges should tell her to stop,” wrote Ray Pell, a law professor.\n\n"
            "Sam Dunmore, another lawyer who follows the court, wrote that Okafor’s words could make people doubt her "
            "fairness.\n\n"
            "“It is a fair question to ask,” he wrote on his blog.")
    assert chain_of(text, "“It is a fair") == ["Sam Dunmore"]


def test_a_title_corrects_a_gender_that_a_pronoun_suggested_before():
    # 'his' is the governor's, not the press secretary's; 'Ms.' later shows who 'she' is
    text = ("His late-night message reversed a plan promoted on Friday by the press secretary, Jane Ellis Moreno.\n\n"
            "Dana Kirk, a radio host, said on Thursday that she could not see how the plan would work.\n\n"
            "Defending the plan, Ms. Moreno cited a recent review.\n\n"
            "“The review found both countries met the standards,” she told reporters.")
    assert chain_of(text, "“The review") == ["Jane Ellis Moreno"]
