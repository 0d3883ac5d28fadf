"""Cover metadata on real council papers (../shared/pdfs/uk-council, ../shared/gold-kent): every
paper gets a meeting date and a title a reader accepts; reports, appendices, minutes, agendas,
letters, agenda packs and forms each read by the rule that needs them; the file's name and
document information fill in where the text is silent."""

import difflib
import json
import re

import pytest
from conftest import shared

from boardkb.ingest import read_paper
from boardkb.ingest.cover import read_cover
from boardkb.ingest.origin import info_date, info_title, name_board, name_date, name_title
from boardkb.ingest.text import blocks_from_text


def _norm(text):
    return " ".join("".join(c for c in (text or "").lower().replace("&", "and") if c.isalnum() or c.isspace()).split())


def test_gold_kent_metadata_all_right(council):
    for gold_file in sorted(shared("gold-kent").glob("*.json")):
        gold = json.loads(gold_file.read_text())
        want, doc = gold["document"], council(gold["file"])
        board, want_board = doc.board.lower(), want["board"].lower()
        assert board in want_board or want_board in board, (gold["file"], doc.board)
        assert doc.meeting_date == want["meeting_date"]
        assert difflib.SequenceMatcher(None, _norm(doc.title), _norm(want["title"])).ratio() >= 0.85, doc.title
        a, b = set(_norm(doc.presenter).split()), set(_norm(want["presenter"]).split())
        assert len(a & b) >= min(len(a), len(b)) / 2, doc.presenter


def test_every_council_paper_has_date_and_title(council):
    bad = re.compile(r"@|direct dial|^dear\b|£m$|^\[\d+\]|^total\b", re.I)
    names = sorted(p.name for p in council.folder.glob("*.pdf"))
    assert len(names) == 48
    for name in names:
        doc = council(name)
        assert doc.meeting_date and re.fullmatch(r"\d{4}-\d\d(-\d\d)?", doc.meeting_date), name
        assert doc.title and len(doc.title.split()) >= 2 and not bad.search(doc.title), (name, doc.title)
        assert doc.board, name


def _cover(council, name):
    doc = council(name)
    return doc.board, doc.meeting_date, doc.title


def test_full_council_is_the_council(council):
    board, _, _ = _cover(council, "kcc_council_2025-03-13_final-kent-cc-armed-forces-covenant-annual-report-2024.pdf")
    assert board == "Council"  # "To: Full Council"


def test_agenda_pack_letter(council):
    # a covering letter dated 27 January, "Direct Dial/Ext: 03000…" on top, the meeting on 30 January
    board, date, title = _cover(council, "kcc_cabinet_2025-01-30_24-00096-prod-30th-jan-2025-10-00-cabinet.pdf")
    assert (board, date) == ("Cabinet", "2025-01-30")
    assert title == "24-00096 - PROD Agenda Supplement for Cabinet"  # the PDF Title, "(Public Pack)" dropped


def test_pack_letter_dated_after_the_meeting(council):
    # the letter (27 February) encloses the amendments of the 13 February meeting; the first of
    # them names itself ("Amendment Name: Labour Group's Alternative Budget"), not the pack
    name = "kcc_council_2025-02-13_budget-amendments-13th-feb-2025-09-30-county-council.pdf"
    board, date, title = _cover(council, name)
    assert (board, date) == ("County Council", "2025-02-13")
    assert title == "Budget Amendments Agenda Supplement for County Council"


def test_agenda_frontsheet(council):
    # AGENDA / CABINET / "Thursday, 30th January, 2025, at 10.00 am" ... published "Wednesday, 22 January 2025"
    name = "kcc_cabinet_2025-01-30_agenda_frontsheet.pdf"
    assert _cover(council, name) == ("Cabinet", "2025-01-30", "Agenda – Cabinet")


def test_minutes(council):
    # KENT COUNTY COUNCIL / CABINET / "MINUTES of a meeting of the Cabinet held ... on Thursday, 9 January 2025.":
    # titled by their line and the meeting they record, not its venue (kent sets 18, 22, 23), dated by the Cabinet
    # meeting they went to (kent set 8's annotation)
    name = "kcc_cabinet_2025-01-30_minutes-of-the-meeting-held-on-9th-january-2025.pdf"
    assert _cover(council, name) == ("Cabinet", "2025-01-30",
                                     "Minutes of a meeting of the Cabinet held on 9 January 2025")
    # a panel's minutes filed under the council that notes them keep the panel's day; their line ("MINUTES of the
    # meeting held on ...") does not name the panel, so the title does
    name = "kcc_council_2025-03-13_cpp-minutes-10-12-24.pdf"
    assert _cover(council, name) == ("Corporate Parenting Panel", "2024-12-10",
                                     "Minutes of the Corporate Parenting Panel meeting held on 10 December 2024")
    # minutes filed under the meeting they record keep that day
    name = "kcc_council_2025-01-09_printed-minutes-09th-jan-2025-10-00-county-council.pdf"
    assert _cover(council, name)[1] == "2025-01-09"


def test_running_header_gives_appendix_title(council):
    doc = council("kcc_cabinet_2025-01-30_appI_budget_risk_register.pdf")
    assert doc.title == "Appendix I: Budget Risks Register 2025-26"
    assert not [p for p in doc.passages if p.text.startswith("Appendix I: Budget")]  # still not a passage
    _, _, title = _cover(council, "kcc_cabinet_2025-01-30_appendix-g-reserves-policy.pdf")
    assert title == "Reserves Policy"  # the label on a line of its own is a running header (kent sets 6 and 8)
    _, _, title = _cover(council, "kcc_cabinet_2025-01-30_appendix-n-capital-strategy.pdf")
    assert title == "Capital Strategy"


def test_appendix_titles_from_table_captions(council):
    _, _, title = _cover(council, "kcc_cabinet_2025-01-30_appendix-a-capital-investment-summary.pdf")
    assert title == "Appendix A - Capital Investment Summary 2025-26 to 2034-35"
    _, _, title = _cover(council, "kcc_cabinet_2025-01-30_appendix-b-capital-investment-by-directorate.pdf")
    assert title.startswith("Appendix B - Capital Investment")
    _, _, title = _cover(council, "kcc_cabinet_2025-01-30_appendix-d-21-01-25.pdf")
    assert title == "Appendix D - High Level 2025-28 Revenue Plan and Financing"


def test_form_in_a_table(council):
    board, date, title = _cover(
        council, "kcc_council_2025-02-13_2-amendment-greens-and-independents-home-to-school-transport-feasibili.pdf")
    assert (board, date, title) == ("Council", "2025-02-13", "Home to School Transport – Feasibility Study")


@pytest.mark.parametrize("name, proposer", [
    ("kcc_council_2025-02-13_2-amendment-greens-and-independents-home-to-school-transport-feasibili.pdf",
     "Jenni Hawkins"),
    ("kcc_council_2025-02-13_6-amendment-greens-and-independents-community-wardens.pdf", "Mike Baldock"),
])
def test_an_amendments_proposer_presents_it(council, name, proposer):
    # "Proposer:" with the name on the line under it (kent sets 8 and 7 annotate the proposer as the presenter)
    assert council(name).presenter == proposer


@pytest.mark.parametrize("lines, presenter", [
    (["Budget Amendment Form", "Proposer: Cllr Ann Smith Seconder: Cllr Bob Jones"], "Cllr Ann Smith"),
    # a form's "Report by:" with the name on the line under it (police set 39, a decision report's web page)
    (["Joint Fleet Workshop – Progression to Full Business Case (FBC)", "Report by:",
      "Jon Wilson – Head of Collaboration (ECFRS & EP)", "Date of report:"],
     "Jon Wilson – Head of Collaboration (ECFRS & EP)"),
    # ... or a rank and a name (diag3d, a commissioner's decision report)
    (["Title of report:", "Project Grip – Year 2 Grant payment", "Report by:", "Detective Chief Inspector Neal Miller",
      "Date of report:", "21.07.2023"], "Detective Chief Inspector Neal Miller"),
    # an agenda item's "Lead:" (diag2d, a transport board's item page)
    (["Agenda item", "Minutes of the Previous Meeting", "To approve the minutes of the meeting held on 14 December "
      "2023.", "Lead: Chair and Martin Tugwell", "Minutes:"], "Chair and Martin Tugwell"),
    # ... only an item page's: not a risk's owner; "Report by:" over a sentence or a field names no one (the
    # thirty-fifth session's second review, cases l01 and r01)
    (["Corporate Risk Register", "Risk 1: Funding", "Lead: Chief Finance Officer"], None),
    (["Housing Allocations Policy", "Report by:", "Lead Officer: Jane Doe, Head of Housing Needs"],
     "Jane Doe, Head of Housing Needs"),
    # minutes' "Moved by" is no presenter (review): the gold files give minutes none
    (["MINUTES of a meeting of the Borough Council", "46. Motion - Pothole Repairs",
      "Moved by: Councillor Tony Harwood"], None),
])
def test_a_forms_proposer_presents_it_and_a_minutes_mover_does_not(lines, presenter):
    from boardkb.ingest.blocks import Block
    assert read_cover([Block(line) for line in lines]).presenter == presenter


def test_a_forms_fields_on_lines_of_their_own(council):
    # the EqIA form: "EQIA Title" / "Commissioning Plan ...", "Responsible Officer" / "Paul Wilson - CY EPA"; it ends
    # "Not Applicable" above "Responsible Officer for Carer’s responsibilities", which is no signature
    doc = council("kcc_cabinet_2025-01-30_24-00096-eqia.pdf")
    assert (doc.title, doc.presenter) == ("EQIA – Commissioning Plan for Education Provision in Kent 2025-29",
                                          "Paul Wilson - CY EPA")
    from boardkb.ingest.blocks import Block
    from boardkb.ingest.cover import read_cover
    tail = [Block("Mitigating actions for Carer’s responsibilities"), Block("Not Applicable"),
            Block("Responsible Officer for Carer’s responsibilities"), Block("Not Applicable")]
    assert read_cover([Block("Equality Analysis"), *tail]).presenter is None


@pytest.mark.parametrize("label", ["JOB TITLE", "PAPER TITLE", "Job Title"])
def test_a_persons_or_papers_title_field_is_no_forms(label):
    from boardkb.ingest.blocks import Block
    from boardkb.ingest.cover import read_cover
    cover = read_cover([Block(label), Block("Head of Finance"), Block("Background")])
    assert not (cover.title or "").startswith(("JOB –", "PAPER –"))


def test_a_minister_signs_in_capitals_with_honours(council):
    doc = council("kcc_council_2025-01-09_appendix-a-16-12-24-ministerial-letter.pdf")
    assert doc.presenter == "JIM MCMAHON OBE MP, Minister of State for Local Government and English Devolution"


def test_letters(council):
    # the minister's letter: "To: Leaders of all two-tier councils", dated 16 December 2024
    board, date, title = _cover(council, "kcc_council_2025-01-09_appendix-a-16-12-24-ministerial-letter.pdf")
    assert (board, date, title) == ("Council", "2025-01-09", "Appendix A Ministerial Letter")
    # the leaders' reply: "Roger Gough / Leader of the Council ... Dear Jim, / Re: ..."
    board, date, title = _cover(council, "kcc_council_2025-03-13_appendix-1.pdf")
    assert (board, date) == ("Council", "2025-03-13")
    assert title == "Kent and Medway request to be included in Devolution Priority Programme"
    # ... signed by both leaders side by side
    presenter = council("kcc_council_2025-03-13_appendix-1.pdf").presenter
    assert presenter == "Roger Gough, Leader, Kent County Council; Vince Maple, Leader, Medway Council"


def test_record_of_decision(council):
    # "KENT COUNTY COUNCIL – PROPOSED RECORD OF DECISION / DECISION TO BE TAKEN BY: / ... Cabinet /
    # ... Subject Matter / Title of Decision Commissioning Plan for ...": the form's title field titles it
    assert _cover(council, "kcc_cabinet_2025-01-30_24-00096-prod.pdf") == (
        "Cabinet", "2025-01-30", "Commissioning Plan for Education Provision in Kent 2025-29")


def test_authority_line_is_not_the_board(council):
    # "Kent County Council / Quarterly Performance Report / Quarter 3": the board from the file name
    assert _cover(council, "kcc_cabinet_2025-03-04_qpr-q3-cabinet-appendix-1.pdf") == (
        "Cabinet", "2025-03-04", "Quarterly Performance Report")


def test_by_label_presents(council):
    doc = council("kcc_council_2025-03-13_county-council-pay-policy-statement-2025-2026.pdf")
    assert doc.presenter.startswith("Peter Oakford")


def test_web_address_is_not_a_title():
    doc = read_paper(shared("pdfs") / "issue-316-example.pdf")
    assert "www." not in doc.title and doc.title.startswith("Shift work interventions")


def test_report_with_a_letter_inside_is_no_letter():
    text = ("From: Roger Gough, Leader\nTo: County Council – 13 March 2025\nSubject: Devolution update\n"
            "Summary:\nDear Jim,\nRe: Kent and Medway request\n")
    cover = read_cover(blocks_from_text(text))
    assert (cover.board, cover.meeting_date, cover.title) == ("County Council", "2025-03-13", "Devolution update")


@pytest.mark.parametrize(
    "text,title",
    [
        ("Cabinet\n30 January 2025\ngeorgina.little@kent.gov.uk 03000 414043\nBudget Monitoring Report\n",
         "Budget Monitoring Report"),  # kcc agenda's contact line
        ("TOTAL £m\n334.7 290.0\n", None),  # kcc budget risk register, its header aside
        ("[3] Rolling programmes have been included for 10 year capital programme\nCapital Investment\n",
         "Capital Investment"),  # kcc appendix B footnote
        ("Cabinet\n12 March 2024\nContact name: Jo Bloggs\nProject name: Tram Extension\n", "Tram Extension"),
        ("I am now able to enclose, for consideration, the following document that was unavailable when the "
         "agenda was published.\nQuestions Put and Answers Given\n", "Questions Put and Answers Given"),
    ],
)
def test_lines_that_are_not_titles(text, title):
    assert read_cover(blocks_from_text(text)).title == title


@pytest.mark.parametrize(
    "path,date",
    [
        ("kcc_cabinet_2025-01-30_appC.pdf", "2025-01-30"),
        ("papers/spcb/20151201/report.pdf", "2015-12-01"),
        ("public-reports-pack-13th-mar-2025-15-00-cabinet.pdf", "2025-03-13"),
        ("samples/2022-02_pcp_officer-uplift.pdf", "2022-02"),
        ("report-final.pdf", None),
    ],
)
def test_name_date(path, date):
    assert name_date(path) == date


@pytest.mark.parametrize(
    "path,board",
    [
        ("kcc_cabinet_2025-03-04_qpr-q3.pdf", "Cabinet"),
        ("kcc_council_2025-03-13_appendix-1.pdf", "Council"),
        ("papers/spcb/2015-12-01/wmp2020.pdf", "Strategic Policing and Crime Board"),
        ("pcp_20170731_change_programme.pdf", "Police and Crime Panel"),
        # not "panel", which names a thing as often as a board: "solar-panel-business-case" (review)
        ("estates_2024-06-12_solar-panel-business-case.pdf", None),
        ("report.pdf", None),
    ],
)
def test_name_board(path, board):
    assert name_board(path) == board


def test_name_title():
    assert name_title("kcc_cabinet_2025-01-30_appI_budget_risk_register.pdf") == "Appendix I Budget Risk Register"
    assert name_title("kcc_council_2025-01-09_appendix-a-16-12-24-ministerial-letter.pdf") == \
        "Appendix A Ministerial Letter"
    assert name_title("kcc_cabinet_2025-03-13_public-reports-pack-13th-mar-2025-15-00-cabinet.pdf") == \
        "Public Reports Pack Cabinet"


def test_info_title():
    pack = "(Public Pack)Questions put and answers given Agenda Supplement  for County Council, 13/03/2025 10:00"
    assert info_title({"Title": pack}) == "Questions put and answers given Agenda Supplement for County Council"
    assert info_title({"Title": "Microsoft Word - covering report.docx"}) is None
    assert info_title({"Title": "By:"}) is None  # kcc treasury mid-year report
    assert info_title({"Title": ""}) is None and info_title(None) is None


def test_info_date():
    assert info_date({"CreationDate": "D:20250122105545+00'00'"}) == "2025-01"
    assert info_date({"CreationDate": "garbage"}) is None


@pytest.mark.parametrize("text", [
    "RECORD OF DECISION\nTitle of Report\nBody Worn Video Replacement\nDecision:\nTo agree the contract.\n",
    "RECORD OF DECISION\nReport Title: Body Worn Video Replacement\nDecision:\nTo agree the contract.\n",
])
def test_a_title_field_gives_the_title(text):
    assert read_cover(blocks_from_text(text)).title == "Body Worn Video Replacement"


@pytest.mark.parametrize("lines,presenter,title", [
    # a marking in capitals over an office is no signature; a signature in capitals carries its honours
    (["Update", "Background", "The fleet is old.", "NOT PROTECTIVELY MARKED",
      "Chief Constable's Office, Surrey Police"], None, None),
    (["Update", "Background", "The fleet is old.", "JANE DOE MBE", "Chief Constable"], "JANE DOE MBE, Chief Constable",
     None),
    # a form's officer field answered "Not Applicable" names no one; a person's "Post Title" is no title
    (["Lead Officer", "Not Applicable", "Post Title", "Head of Finance", "Background",
      *(f"Paragraph {n} of the body." for n in range(6))], None, None),
])
def test_signatures_and_form_fields(lines, presenter, title):
    from boardkb.ingest.blocks import Block
    from boardkb.ingest.cover import read_cover
    cover = read_cover([Block(line) for line in lines])
    assert cover.presenter == presenter
    assert cover.title != "Head of Finance"



def test_an_items_minutes_name_their_own_meeting_before_the_file_name(tmp_path):
    """An item's minutes page filed under a council word (council sets 82, 87: modern.gov item pages, this text written
    for the test): the body the minutes say acted is the board; a report filed so keeps the file's word."""
    from boardkb.ingest.paper import read_paper

    minutes = tmp_path / "council_durham-cc_leisure-transformation.txt"
    minutes.write_text("Agenda item\n\nLeisure Transformation Programme\n\nMinutes:\n\nThe Cabinet considered a report "
                       "of the Corporate Director of Regeneration which provided an update.\n", encoding="utf-8")
    assert read_paper(minutes).board == "Cabinet"
    report = tmp_path / "kcc_council_2025-02-13_budget-report.txt"
    report.write_text("Revenue Budget 2025-26\n\nThe Cabinet considered the draft budget on 30 January and "
                      "recommends it to the County Council.\n", encoding="utf-8")
    assert read_paper(report).board == "Council"
