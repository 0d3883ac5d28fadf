"""Numbers that are figures and numbers that are not: prose quantities, table cells, and the
real council papers of ../shared/pdfs/uk-council."""

import json
from importlib import resources
from pathlib import Path

import pytest

from boardkb.extract.extractor import extract_document
from boardkb.extract.quantities import find_quantities
from boardkb.extract.table_facts import column_headers, table_facts
from boardkb.ingest import read_paper
from boardkb.ingest.records import Table

UK_COUNCIL = Path(__file__).resolve().parents[1].parent / "shared" / "pdfs" / "uk-council"


def _found(text):
    return [(q.value, q.unit) for q in find_quantities(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Tel: 03000 416883 or 03000416858",  # telephone numbers
        "Mobile 07721 411 688",
        "Page 27 of 54",  # page furniture
        "(Pages 277 - 326)",
        "8. 24/00115 - Kent County Council Integrated Care Strategy",  # item and decision numbers
        "Decision 24/00093 was taken",
        "3.1 The Council agreed the plan",  # a paragraph number
        "(2) Endorse the proposed decision by the Leader",  # a list marker
        "the Section 151 Officer under s.106 and sections 31 and 32",  # statute sections
        "young people aged 18-25 and 16-19 education",  # age bands
        "within the age ranges 30-39 and 40-49",
        "veterans over 65 years of age",
        "older people (65+)",
        "the budget for 24-25 and 2024/25 and 2024–25",  # financial years
        "from April 2108 to June 2019",  # a mistyped year after a month
        "a rate of per 10,000 children",  # a denominator
        "submit bids to Waves 13 and 14",  # a plural label and its list
        "available at https://democracy.kent.gov.uk/ieListDocuments.aspx?CId=113&MId=9639&Ver =4",  # a link
        "below 500,0000 may be considered",  # a malformed number: no value invented
        "remained constant (+/- 2%)",  # a tolerance
        "the meeting starts at 14:00",
        "1 KCC’s Budget webpage\n2 2025-26 Budget approved by County Council",  # a list's numbers (uk-council)
        "Question 4\nQuestion 11",  # a question's number (uk-council questions paper)
        "the IFRS 9 statutory override and the FTSE 100 index",  # a name's number after its acronym
        "a fall in the three months to August and in the 6 months to the end of September",  # a statistic's period
        "Money Market Funds | LGIM GBP Liquidity Class 4",  # a fund's share class
        "Can the Cabinet Member tell me: 1) How many residents",  # a question's list marker
        "Risk 1 – Delivery of the Savings Plans\nRisk 6– National Funding Position",  # a risk's number
        # a table's row pointed at, and a category's number (uk-council budget amendments)
        "the Children's Social Care Prevention grant (row 142) and the youth service (spending row 143). (See row 75)",
        "Highways - demand on Cat1 and Cat 2 defects; the critical (Category 1) projects",
        # a name's number: a programme's state, a plan's edition, a motion, an outcome code, a bid, a package and a key
        # decision (corpus 000, uk-council papers, read and clean sets)
        "the new operating model known as Transition State 1 (TS1)",
        "found in Appendix 1 on pages 17 – 22 (Aim 1), pages 25 – 26 (Aim 2)",  # an aim's number (police set 73s)
        "Vehicles would need to be Euro 6 in order to use this type of fuel",  # an emission standard (police set 72s)
        "·        IT Infrastructure Projects / Office 365",  # a product's name (police set 84s, an IT strategy)
        "This has seen the introduction of Microsoft 365 and Skype for Business",  # the same (diag3d)
        "please ensure this is returned at least 48 hours in advance of the meeting",  # procedure (diag2d)
        "Decision 16714.",  # a decision's number (police set 91, a commissioner's decision notice)
        # ... said in a sentence, and a body's footnote mark before a dated meeting (the thirtieth session's review)
        "The contract was approved under Mayoral Decision 37.",
        "This was recorded as Key Decision 27;",
        "The Police and Crime Panel (5) met on 6 February 2024",
        # a numbered body, a report named by its years and a house's bedrooms (council set 87, minutes pages)
        "The Business, Economy and Enterprise Scrutiny Board (3) received a briefing note",
        "To present to Members a two-year progress report on the Council’s Climate Change Action Plan",
        "Download Document (513 kb)",  # a file's size (police set 74L, a commissioner's decision page)
        # a section's number after a question's mark, lines run together (police set 74L, a panel's report)
        "How are partner agencies benefitting from the implementation of Athena? 2.1 Whilst there are none",
        "approve and adopt Local Transport Plan 5: Striking the Balance",
        "Motion for Time Limited Debate 3 - Family Farm Tax; Motion 2 – Electoral Reform",
        "The implementation of Outcome 22 (a deferred outcome for children)",
        "The final value of the PSDS Bid 1 grant was confirmed; the Fares Package 3 – the final round",
        "the ICT capital budget secured via KD 4410 be re-profiled",
        "under 16s and 16 and 17-year-olds; sixteen and seventeen-year-olds",  # ages listed (uk-council minutes)
        # a business case's gate and an accounting period (after police decision papers and committee summaries)
        "Approve this project to proceed to Gate 4, and note the Financial Monitoring Report – Period 7",
        # the non-emergency service, and a decision's number and year (after police panel minutes, a decisions log)
        "Following the Commissioner's review of 101 in November 2014, recommendations were made",
        "Decision 26 – 2013: Mobile Working Solution",
        # a house number in an address (after a police authority's page and the uk-council ministerial letter)
        "Location : Caledonian Suite, COSLA, Verity House, 19 Haymarket Yards Edinburgh EH12 5BH",
        "2 Marsham Street London SW1P 4DF",
        # a project's approval gateway (police set 12)
        "It was noted that a Gateway 4 (detailed option appraisal) report was approved",
        # a telephone extension (council set 10)
        "Contact: Martin Booth Ext: 73837",
        # ... and one given bare after the name (council set 28, a cabinet's minutes)
        "Contact:O Morley 388103",
        # an abbreviated label's number (review)
        "Contact Officer: John Brown, ext. 2345",
        "See Risk Ref. 23 in the corporate risk register",
        # a paragraph pointed at without the word (council set 28, a cabinet's minutes)
        "That Cabinet noted the deletion of projects outlined in 8.6, to be replaced by new projects",
        # ... or pointed at by what it states (council set 56s, a cabinet's decision)
        "vehicles (to include the costs as referred to at 2.2) and ULEVs (included in the total amount stated in 2.1)",
        # a resolution's numbered parts before their verbs (council sets 56s and 57s)
        "The Lead Member RESOLVED to (1) note the need for a new depot; and (2) approve the project",
        # a section's number run into its heading in capitals; issue numbers and codes with a leading zero (police
        # set 14, a force's estates report and a business case's document control table)
        "3 ISSUES FOR CONSIDERATION 3.1 Estate Strategy The Estate Strategy was launched",
        "INTRODUCTION & BACKGROUND 2.1.",
        "Draft issue SCW JLM 02 and ACE/JLM/170843/17.04FBC - Issue 04 Final",
        # numbered milestones, minutes, reports and standing orders (police sets 8, 9, 12 and 13)
        "Milestones 2 and 3 have now been achieved and paid. Milestone 4 is progressing to plan.",
        "On Minute 18, the Chairman asked about Report 7 of the meeting and Report: 9",
        "agreed to waive the requirements of Contract Standing Order No 3",
        # a day before its month with no year, a page's number between dashes, a rank (police set 16)
        "at the Parkside Community Hall on Monday 13 February.",
        "Signature: Date: 24th February 2016 -1- PART 1 – NON CONFIDENTIAL FACTS",
        "It is a top 3 finalist in police service of the year",
        # a business case's version history (council set 15)
        "Version no. Detail Issued Date Author 0.1 Initial Draft N/A Peter Dewsbury 0.2 Kingston material added N/A "
        "Mike Fogaty 0.3 Consolidated Full Draft 1.0 Finalised for Executive",
        # section and paragraph numbers run into the text where a page's lines were joined; a range of paragraphs;
        # an appendix in square brackets (police set 18, a fire service committee report; council set 17)
        "Reason N/A 1 Purpose 1.1 The purpose of this report is to provide 2 Background 2.1 The Programme Office will "
        "update 3 Main Report and Discussion 3.1 3.2 3.2.1 3.2.2 The holistic representation",
        # ... a section's number with its full stop (police set 77s, a collaboration agreement's web text)
        "(as amended). 3. Seven Force Strategic Collaboration 3.1 The Parties agree to establish a Programme",
        "that the recommendations at paragraph 2.1 -2.12 to be adopted",
        # ... a long heading, and the section's later paragraphs numbered on (council set 42, a partnership's report)
        "2 DISCUSSION Forum of Chairs of Regional Transport Partnerships 2.1 The last meeting was hosted by SEStran. "
        "Alternative Funding Opportunities 2.2 As has been reported, officers are exploring. High Speed Rail 2.3 "
        "Developments on proposals",
        # a subsection in brackets after its section (police set 17, a panel's report; council set 19, minutes;
        # the uk-council capital receipts strategy)
        "under section 28 (6) of the Police Reform and Social Responsibility Act",
        "attended in accordance with Standing Order 25(2) and spoke",
        "is not for publication by virtue of Reg. 4(2) (b) of the Local Authorities (Executive Arrangements)",
        # a label inside quotation marks, a label's number in brackets (council sets 67s and 68s, cabinet decisions)
        "the approach described in “Option 1: Full bid”.",
        "to deliver to the revised timeline in recommendation (1) above",
        "issued by the Secretary of State under Sections 16(2)(b) and 20 of the Local Government Act",
        # appendices, workstreams and a reference are labels (council sets 16 and 19)
        "Variations are detailed in Appendices 1 and 2.",
        # ... and a cross-reference (kent set k11, the devolution framework's table), a span of times of day (police
        # set 70s, an agenda item page)
        "Devolution of retrofit funding this parliament subject to a successful transition period (see 3.7)",
        "Guide time: 2.45 – 3.15pm",
        # ... what a speaker or a paper counts of its own discourse: reasons, questions, pieces of work, themes and
        # decision makers (police sets 77s, 78s, 80s and 82s, council set 64s; patterns/not_quantities.jsonl)
        "there were two main reasons for the current situation",
        "The latest inspection focused on three questions: What is the financial challenge",
        "The rationale for the two pieces of work is that the Digital Strategy sets direction",
        "the LUF funding was split into 3 themes within the scope of LUF funding",
        "The two decision makers therefore agreed to procure a telephony system",
        # ... a minute's clock time opening its sentence (police set 82s, a police authority committee's minutes)
        "At 12.55, Members agreed to extend meeting to conclude the business on the agenda.",
        # ... and a section of the report (council set 68s, a combined authority's minutes)
        "The graph at 2.1 of the report highlighted the forecast full year spend.",
        "Workstream 1 – Immediate System and Process Improvements",
        "Children's Improvement Plan Transformation Funding - Tranche Two ref: 9181 Recommendations Approved",
        # ... a "1.0" section number, a first paragraph's number after its heading alone, a paragraph's number
        # opening a passage (police set 17, a police authority's and a panel's reports; council set 17)
        "1.0 Introduction 1.1 This report is written in response to",
        "INTRODUCTION & BACKGROUND 2.1.",
        "Executive Summary 2.1 On 18 February the Council approved an outline plan",
        # ... a section's number before its heading in capitals at the passage's end, a paragraph's number after its
        # one-word heading (police set 46s, a fire service committee's page; police set 43, a decision page)
        "has been delayed due to work capacity issues. 4 FINANCIAL IMPLICATIONS",
        "Background 1. This is the quarter four monitoring report on key projects.",
        "3.2“Gross Revenue Expenditure” is still to be defined",
        "[Appendix 4 to the report]; and",
        # a minute's number, a standing order's and a funding tranche's (council set 19, minutes and a decision)
        "78 Invest to save proposal - Street Lighting (Minute EXB 158)",
        "Declarations of Interest in accordance with Standing Order 16",
        "To approve the drawdown of tranche two funding",
        # a form's section number glued to its heading, a standard's number glued to its acronym (kent set 6)
        "19.Negative Impacts and Mitigating actions for Age",
        "As a result of International Financial Reporting Standard (IFRS)16 the CFR will",
        # footnote marks in square brackets (kent set 10, the capital investment appendix)
        "Home Support Fund & Equipment [1] [2] | Provision of equipment",
        # an enclosure's number on a minutes web page (council set 40)
        "Enc. 2 for Customer First in a Digital Age - Summary, item 52 PDF 68 KB",
        # an older year (kent set 22, a county council's minutes)
        "the Council had existed since 1889 during which time it had gained and lost powers",
        # ... an item's number and file sizes on a line that links to a document (council set 40)
        "185 Digital Strategy Update pdf icon PDF 99 KB",
        # an assurance framework's stages and gates, a system's data loads (council sets 37 and 40s, a combined
        # authority's minutes and a task group's notes)
        "That the programme progresses through Decision Point 5 and work commences on Activity 6, Delivery;",
        "the task group could not move from data migration 2 to data migration 3",
        "Enc. 1 for Customer First in a Digital Age - Business Case, item 52 PDF 466 KB View as HTML (52/2) 308 KB",
        # a time ago is a date (police set 24, a panel's minutes)
        "11 months ago, the force was in a period of instability",
        "applications per vacancy were far higher three years ago",
        # ... and so is a window looking back (council sets 65s, 72s and 73s, police set 70s)
        "The condition scores over the last 10 years are shown in Table 2 below",
        "In the last six months, a lot of good progress had been made",
        "The programme has continued to make progress during the 3 months since the last update",
        "There had been challenges in the past 12 months in relation to Contact Management",
        # ... and a time ahead (police set 72s, a fire authority committee's minutes)
        "a further update could be provided to the Committee in six months’ time",
        "The board will review progress in 2 years' time",
        # a number a word's hyphen joins, whatever the hyphen's character or a converter's "?" for it; a section's
        # number after the quotation mark that opens a quoted report (council set 59s, an executive's and a
        # committee's minutes)
        "which would significantly benefit from the knowledge gained during the Covid?19 pandemic",
        "the Covid‑19 pandemic and the COVID�19 response",
        "“1.0    Purpose of report",
        # a report named by the months it looks back on, or by its cadence (police set 68s, a panel's minutes; council
        # set 69L, a borough's decision page)
        "a report concerning a six month review of Project Edison",
        "8 Six Month Update on Supply of New Affordable Homes",
        "introduced the report providing a six monthly update on progress",
        "Members received the six month progress report and the twelve month report on the pilot",  # review
        # ... written with a hyphen (council set 79s, a committee's minutes); and the span of a baseline (police set
        # 83s, a fire authority's performance minutes)
        "introduced the report on Electric Vehicle (EV) Infrastructure Review: 12-month Update.",
        "The number of these incidents was one over target, which was below the five year average",
        "the same total as in Q1 2022-23 and below the five-year average for Q1",
    ],
)
def test_numbers_that_are_not_figures(text):
    assert _found(text) == []


@pytest.mark.parametrize("text,value", [("a 12-month programme of works", 12),
                                        ("a five-year programme of investment", 5),
                                        ("allocated £20 million through a new 10-Year Community Investment Fund", 10)])
def test_a_span_joined_by_a_hyphen_is_still_a_figure(text, value):
    """Only the words of ``not_quantities.jsonl`` after the hyphen make it no figure ("12-month Update") (review)."""
    assert value in [q.value for q in find_quantities(text)]


@pytest.mark.parametrize("text,value", [
    ("Under the plan 250 new homes will be built by 2030.", 250),
    ("In the Local Plan 15,000 homes are allocated.", 15000),
    ("Within this category 12 projects are rated red.", 12),
    ("Following the debate 32 Members voted in favour.", 32),
    ("Outcome: 120 families supported.", 120),
    ("Through the bid 300 homes will be retrofitted.", 300),
    ("As part of the package 15 new posts will be created.", 15),
    ("In a steady state 12 FTE will be required.", 12),
    ("In the back office 12 staff will move to the new system.", 12),
    ("By that decision 40 posts were created.", 40),
])
def test_counts_after_a_label_word_in_small_letters(text, value):
    """A name's label words of ``not_quantities.jsonl`` marked ``capitalised`` make no label in small letters or before
    a colon, and a number with a thousands separator is never a label's (review)."""
    assert value in [q.value for q in find_quantities(text)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("rose to 53.2 per 10,000 children", [(53.2, "count")]),
        ("Over 2000 colleagues responded", [(2000, "people")]),
        ("The operation resulted in 1500 arrests", [(1500, "count")]),  # not an older year (review of the rule)
        ("Officer numbers rose from 1200 to 1450", [(1200, "count"), (1450, "count")]),  # (review)
        # a list's next count is no year (council set 91s, a scrutiny committee's minutes page)
        ("1492 street lamps had been dimmed, and 1975 street lights dimmed", [(1492, "count"), (1975, "count")]),
        # ... of the same things: a year before other things is a year (review)
        ("35 charge points were installed in 2021, and 2024 installations will focus on rural areas", [(35, "count")]),
        ("12 schools were visited during 2019, and 2020 visits were cancelled", [(12, "count")]),
        # a link's title keeps its figures; only its file size goes (review)
        ("Purchase of 60 marked response vehicles at a cost of £1.8m PDF 250 KB", [(60, "count"), (1800000, "GBP")]),
        ("attracted 160+ delegates", [(160, "people")]),
        # an age band with a plus is no figure; a count written so large is one (council set 90s)
        ("care homes for the 65+ population", []),
        ("the additional 1,900+ jobs created by the development", [(1900, "count")]),
        ("between 3-5 days", [(3, "days")]),
        # "early years" is a stage of education, no years (uk-council performance report); a unit in capitals stays
        # one (review)
        ("one of just 18 national DfE Early Years Stronger Practice Hubs", [(18, "count")]),
        ("a further 40 working days", [(40, "days")]),
        ("18 Calendar Days (target 20 Calendar Days)", [(18, "days"), (20, "days")]),
        ("15 funded hours under the expanded 30 Hours Free Childcare entitlement", [(15, "hours"), (30, "hours")]),
        ("a rise of 5-10%", [(5, "percent"), (10, "percent")]),  # both ends (police set 55s)
        # a figure where a paragraph could be pointed at, and counts in brackets after a resolution's lead-in (review)
        ("The establishment, stated at 12.5 FTE in the 2023 review, had grown", [(12.5, "FTE")]),
        ("Members agreed that (3) additional school crossing patrols be funded", [(3, "count")]),
        ("Complaints received: (14) upheld; (23) not upheld", [(14, "count"), (23, "count")]),
        ("Ashford (71) and Dover (70)", [(71, "count"), (70, "count")]),
        ("the total fell to 8. The next year", [(8, "count")]),
        ("a net increase of -£1.2m", [(-1_200_000, "GBP")]),
        # a figure before a capital word is no paragraph number where the words before it are a sentence's
        ("Sales rose 3.1 This year", [(3.1, "count")]),
        # ... nor where a flattened table's labels stand before it (review of issue 9)
        ("Average Days Lost 8.1 Target 7.5", [(8.1, "count"), (7.5, "count")]),
        ("Vacancy Rate 5.1 Sickness Rate 4.1", [(5.1, "count"), (4.1, "count")]),
        # a count in brackets after a label's number is a figure, not a subsection (uk-council QPR)
        ("Road Sense delivery to Year 9 (17 schools)", [(17, "count")]),
        # decimals that do not count up, or with a unit, are figures, not paragraph numbers
        ("rates of 3.1 3.0 and 2.5", [(3.1, "count"), (3.0, "count"), (2.5, "count")]),
        ("120 Officers were trained", [(120, "people")]),  # a count at a line's start with its unit
        ("12 projects were delivered\n3 FTE released", [(12, "count"), (3, "FTE")]),  # a count starts a line
        ("ROCU 4% and PCSO 50 officers", [(4, "percent"), (50, "people")]),  # a unit after it: a figure
        ("costing the NHS 1.2 billion pounds a year", [(1_200_000_000, "GBP")]),  # the currency in words
        ("the 77,000 decline in vacancies", [(77_000, "count")]),
        ("the 77,000 decline in the three months to August", [(77_000, "count")]),  # no unit from the period
        ("5,000 officer and police staff hours", [(5_000, "hours")]),
        ("most children stay only two to three days", [(2, "days"), (3, "days")]),  # a range in words
        ("For (14) Against (45) Abstain (1)", [(14, "count"), (45, "count"), (1, "count")]),  # a vote (minutes)
        ("Vacancies | PCSO 0.5 FTE", [(0.5, "FTE")]),  # a unit after a post in capitals: a figure
        # money's multiplier in capitals, a range's shared one, and money after a label's number (police sets 7, 8
        # and 12, decision papers and committee minutes)
        ("Decision: to approve £454K of Capital Spending; a net increase of £100K.", [(454_000, "GBP"),
                                                                                       (100_000, "GBP")]),
        ("Approves release of £7.3M Capital funding", [(7_300_000, "GBP")]),
        # "c." set close (uk-council grant report, police set 7)
        ("Care Prevention grant money (c.£550k) for only c.1,300 officers", [(550_000, "GBP"), (1_300, "people")]),
        ("estimates presented ranged from £10-20m for the suite", [(10_000_000, "GBP")]),
        # two parties' shares of a cost, a hundred between them; an even split is one share (police set 57s, a
        # commissioner's decision report); not a financial year, nor a score
        ("The total fee will be £122,540 to be funded 50/50 between EP and ECFRS.", [(122_540, "GBP"),
                                                                                    (50, "percent")]),
        ("a 60/40 split of the capital cost", [(60, "percent"), (40, "percent")]),
        ("in 2019/20 the split changed; the school scored 24/30 between inspections", []),
        # a percentage's range written with a hyphen has both ends, as with a dash (police set 55s, a panel's minutes)
        ("The Force was planning for a 25-40% reduction in government grant.", [(25, "percent"), (40, "percent")]),
        ("a total cost envelope at the end of RIBA stage 3 of £110.5m", [(110_500_000, "GBP")]),
        ("from the bottom 10% of local authorities to the top 20%", [(10, "percent"), (20, "percent")]),
        # a contact label with no name before the figure is no contact line (review)
        ("Public Contact: the force received 654321 calls", [(654321, "count")]),
        # ... but a figure after "shown in" is kept (council set 28's rule, review of it)
        ("the rate shown in 2.5% of cases", [(2.5, "percent")]),
        ("The average wait, shown at 4.5 weeks, has fallen; days lost are set out in 9.8 days", [(4.5, "weeks"),
                                                                                               (9.8, "days")]),
        # a sentence that ends on a label's word before a figure (kent set 14, a performance report's cover); an
        # abbreviation's full stop still makes a label
        ("set at the start of the financial year. 40 KPIs were reported in Quarters 1 & 2", [(40, "count")]),
        ("as para. 4 and Fig. 2 show, 12 schools opened", [(12, "count")]),
        # a half after its whole (police set 38, a fire authority's estates minutes)
        ("£17 million would be spent over 5 and a half years", [(17_000_000, "GBP"), (5.5, "years")]),
        ("over five and a half years", [(5.5, "years")]),
        # ... not before a multiplier or an age (review); a compound keeps its half
        ("around two and a half thousand officers; staff work thirty-seven and a half hours; two and a half year olds",
         [(37.5, "hours")]),
        # a school's year group is no unit of time (gold-kent education plan, corpus 001)
        ("0.3FE 85 Year R temp places and 150 Year 7 temp places", [(0.3, "FE"), (85, "count"), (150, "count")]),
        ("a cohort of 10 Year 10 students", [(10, "people")]),
        ("a 3 year 2% pay award", [(3, "years"), (2, "percent")]),  # not a year group (review)
        # numbers of more than one word: not "sixty" and "six" (council set 86, a city's capital outturn)
        ("iv. sixty six existing projects net reduction", [(66, "count")]),
        ("Twenty-one schemes were completed and forty two were delayed; one hundred and twenty homes were built",
         [(21, "count"), (42, "count"), (120, "count")]),
        # ... not a number before a compound of its own; a compound's own unit stays (review)
        ("forty two-hour workshops and a twenty-four-month contract", [(40, "count"), (2, "hours"), (24, "months")]),
        ("two hundred officers joined and five hundred thousand residents were reached", [(200, "people"),
                                                                                         (500_000, "people")]),
        ("recruited 2 and a half thousand officers; 2 and a half year olds", []),  # no whole number left (review)
        ("works for the Authority two and a half days per week", [(2.5, "days")]),
        # a figure that happens to be the next paragraph's number in a joined page stays a figure (review)
        ("3 PROPOSAL 3.1 It is proposed to recruit 1.2 FTE Analysts and 3.2 FTE Call Handlers.", [(1.2, "FTE"),
                                                                                                (3.2, "FTE")]),
        # counts after their labels in a run, a total opening a passage: no paragraph numbers (review)
        ("Vacancies at 31 March 2024: Firefighters 14. Control 9. Support staff 22.", [(14, "count"), (9, "count"),
                                                                                      (22, "count")]),
        ("Total 15. This compares with 21 in the previous quarter.", [(15, "count"), (21, "count")]),
        # a number word that is its sentence's subject, its noun said before (kent set k7, a performance report's
        # cover); not after a determiner, nor before a denial (``_COUNTED_BEFORE``)
        ("Of the 38 KPIs, 17 are rated Green and Nine are rated Red.", [(38, "count"), (17, "count"), (9, "count")]),
        ("10 indicators show a positive trend, 22 are stable, and six are showing a negative trend.",
         [(10, "count"), (22, "count"), (6, "count")]),
        ("The two are closely linked and three have no effect.", []),
        # a converter's "?" before a longer number keeps it (review)
        ("Target?2,000 homes; the saving is?£250k.", [(2000, "count"), (250_000, "GBP")]),
        # a count quoted in a sentence (the quotation mark's rule above is for a passage's start only)
        ("He said “12 officers were recruited” this year.", [(12, "people")]),
        # odds count their second number only (council set 65s, a county's flood scheme)
        ("from 2% (1 in 50 chance in any one year)", [(2.0, "percent"), (50, "count")]),
        # ... not a count of one in a year or a span (review)
        ("Deaths in custody fell from 3 in 2022/23 to 1 in 2023/24.", [(3, "count"), (1, "count")]),
        # a count seen is no cross-reference (uk-council: "parents will see four grades")
        ("For inspections this academic year, parents will see four grades and 2.5 days of notice.",
         [(4, "count"), (2.5, "days")]),
        # a thousands' group set apart by a stray space, more groups after it (council set 72s, a housing report's
        # minutes page); two groups alone stay a list's two numbers
        ("It was highlighted that a further 7% (£2, 324,775) is due to be approved.", [(7, "percent"),
                                                                                        (2_324_775, "GBP")]),
        ("We built 12, 345 homes", [(12, "count"), (345, "count")]),
        ("The districts' figures are 95, 120,000 and 135,000.", [(95, "count"), (120_000, "count"),
                                                                              (135_000, "count")]),
        # a count ending its sentence before a table's label and its figure is no section's number (review)
        ("The number of forces rated Good was 12. Welsh Forces Average 12.1", [(12, "count"), (12.1, "count")]),
        ("Repeat victims numbered 14. Domestic Abuse Repeat Rate 14.1 Percent", [(14, "count"), (14.1, "percent")]),
        # a count in brackets after its period is no label's number (police set 73s, a fire authority's performance
        # report)
        ("a reduction of seven compared with the same period last year (43).", [(43, "count")]),
        # ... nor a ratio at its value, time off, a count of recommendations, questions by the dozen (review)
        ("At 1.25, the Authority's ratio remains above the minimum.", [(1.25, "count")]),
        ("Staff may take 3 days' time off for volunteering.", [(3, "days")]),
        ("There are open recommendations (14) from the audit.", [(14, "count")]),
        ("The Panel received 14 questions from members of the public.", [(14, "count")]),
        ("The scheme will provide 10 x 3 Bed Houses & 2 x 2 Bed Houses.", [(10, "count"), (2, "count")]),
        ("The Board agreed (3) abstentions were recorded.", [(3, "count")]),
        # ... a count in brackets after a body, and a count after a decision (review)
        ("There were call-ins to Scrutiny Board (12) and Audit Committee (4).", [(12, "count"), (4, "count")]),
        ("Following the Cabinet Decision 40 posts were deleted.", [(40, "FTE")]),
        # ... a status's count before a decision's (the second review's cases c1 and c8)
        ("Approved 61; Refused 22; Awaiting Decision 12.", [(61, "count"), (22, "count"), (12, "count")]),
        ("Granted 140; Pending Decision 14; Under Appeal 3.", [(140, "count"), (14, "count"), (3, "count")]),
        # the years a sum or savings are spread over are no figure; the years of work are (police sets 89s and 90s,
        # council set 84s)
        ("(£220m over 10 years) and a requirement of £200m over the next ten years",
         [(220_000_000, "GBP"), (200_000_000, "GBP")]),
        ("discussions would see savings over the next 5 years", []),
        ("working with partners on climate change for over 10 years", [(10, "years")]),
        # "c" (about) against the currency sign (police set 87, a commissioner's decision); a word's last letter is not
        ("The new model will realise savings of c£8 million over the period.", [(8_000_000, "GBP")]),
        ("The abc£5 code.", []),
    ],
)
def test_figures_kept(text, expected):
    assert _found(text) == expected


def _pattern_cases(name, key):
    text = resources.files("boardkb.extract").joinpath("patterns", name).read_text(encoding="utf-8")
    rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    return [(word, case) for row in rows if key in row for word, case in row.get("cases", {}).items()]


@pytest.mark.parametrize("word,case", _pattern_cases("not_quantities.jsonl", "after"))
def test_not_quantity_words_after(word, case):
    """Each word after a number that makes it part of a name has a case that needs it."""
    assert word in case.lower() and _found(case) == []


@pytest.mark.parametrize("word,case", _pattern_cases("units.jsonl", "words"))
def test_unit_words(word, case):
    assert word in case.lower()
    (value, unit), *_ = _found(case)
    row = next(json.loads(line) for line in resources.files("boardkb.extract").joinpath("patterns", "units.jsonl")
               .read_text(encoding="utf-8").splitlines() if word in json.loads(line)["words"])
    assert unit == row["unit"]


# --- tables -----------------------------------------------------------------------------------

def _cells(table, seqs=None):
    seqs = seqs or {r: r for r in range(table.header_rows, table.n_rows)}
    metrics, _ = table_facts(table, 0, seqs)
    return [(m.value, m.unit) for m in metrics]


def test_directorate_is_not_a_rate_and_merged_title_not_a_unit():
    table = Table(rows=[["Strategic Management & Directorate Support (ASCH) Corporate Director", "", "", ""],
                        ["Row Ref", "Key Service", "Staffing £000s", "Vacancy rate"],
                        ["1", "Innovation", "1,498.2", "4.5"],
                        ["2", "Support", "(111.2)", "12"],
                        ["3", "Total", "3,675.4", "8"]], header_rows=2)
    assert column_headers(table) == ["Row Ref", "Key Service", "Staffing £000s", "Vacancy rate"]
    assert _cells(table) == [(1_498_200, "GBP"), (4.5, "percent"), (-111_200, "GBP"), (12, "percent"),
                             (3_675_400, "GBP"), (8, "percent")]


@pytest.mark.parametrize("header,scale", [("Budget £000s", 1e3), ("Cost (£'000)", 1e3), ("Spend £m", 1e6),
                                          ("Cost £", 1)])
def test_money_scale_from_header(header, scale):
    table = Table(rows=[["Service", header], ["Libraries", "12.5"]], header_rows=1)
    assert _cells(table) == [(12.5 * scale, "GBP")]


def test_money_scale_from_caption():
    table = Table(rows=[["Directorate", "2025-26"], ["ASCH", "549"]], header_rows=1, caption="Capital (£m)")
    assert _cells(table) == [(549e6, "GBP")]


def test_directorate_header_is_not_a_percent():
    table = Table(rows=[["Directorate", "Total"], ["ASCH", "549"]], header_rows=1)
    assert _cells(table) == [(549, "count")]


def test_rate_per_denominator_is_not_a_percent():
    table = Table(rows=[["District", "Rate per 10,000 children"], ["Ashford", "53.2"]], header_rows=1)
    assert _cells(table) == [(53.2, "count")]


def test_group_header_carried_only_over_its_sub_columns():
    table = Table(rows=[["Staff Type", "Ethnic Minority Group %", "", "Notes"],
                        ["", "01/01/2022", "01/01/2021", ""]], header_rows=2)
    assert column_headers(table)[1:3] == ["Ethnic Minority Group % 01/01/2022", "Ethnic Minority Group % 01/01/2021"]
    assert column_headers(table)[3] == "Notes"


@pytest.mark.parametrize("text,expected", [
    # figures run against an acronym or a sentence, as PDF text loses spaces (review of the day's work)
    ("Response (MPS)12 minutes", [(12, "minutes")]),
    ("Officers (FTE)850", [(850, "count")]),
    ("Arrests in Q3: 412.The force also recorded 35 charges.", [(412, "count"), (35, "count")]),
])
def test_figures_run_against_an_acronym_or_a_sentence_are_kept(text, expected):
    assert _found(text) == expected


def test_a_figure_after_a_short_bracketed_mark_is_kept():
    """A survey's tiles run together (corpus 001): "happy to contact us again (NC)13,228 surveys sent"."""
    assert _found("73% happy to contact us again (NC)13,228 surveys sent") == [(73, "percent"), (13228, "count")]


def test_dates_and_row_refs_in_cells_are_not_figures():
    table = Table(rows=[["Ref", "Between:", "Number"], ["1", "1 April - 30 June 2021", "777"],
                        ["2", "1 July - 30 September 2021", "713"]], header_rows=1)
    assert _cells(table) == [(777, "count"), (713, "count")]


def test_a_form_label_naming_an_identifier_gives_no_figure():
    # uk-council amendment form: "Amendment Number: | 2"; a total number stays a count
    table = Table(rows=[["Amendment Name:", "Community Wardens", "Amendment Number:", "6"],
                        ["Total number:", "12", "Number", "7"], ["Pupil number", "30", "Average number:", "5"]],
                  header_rows=0)
    assert _cells(table) == [(12, "count"), (7, "count"), (30, "count"), (5, "count")]


def test_row_numbers_counting_up_are_not_figures():
    table = Table(rows=[["", "Directorate", "Total"], ["1", "ASCH", "5"], ["2", "CYPE", "6"], ["3", "GET", "7"]],
                  header_rows=1)
    assert _cells(table) == [(5, "count"), (6, "count"), (7, "count")]


def test_money_after_a_scale_inside_a_text_cell():
    table = Table(rows=[["Year", "Totals"], ["2025-26", "Core External Total £000s 1,429.5 -836.6"]], header_rows=1)
    assert _cells(table) == [(1_429_500, "GBP"), (-836_600, "GBP")]


def test_table_facts_name_their_rule():
    table = Table(rows=[["Project", "Cashable £m"], ["Mobile First", "5.5"]], header_rows=1)
    metrics, benefits = table_facts(table, 0, {1: 3})
    assert [m.rule for m in metrics] == ["metric.table_cell.scaled"]
    assert [b.rule for b in benefits] == ["benefit.table_row"]
    assert 0 < metrics[0].confidence <= 1


# --- the uk-council papers --------------------------------------------------------------------

def _paper(name):
    path = UK_COUNCIL / name
    if not path.exists():
        pytest.skip(f"needs ../shared/pdfs/uk-council/{name}")
    return extract_document(read_paper(path))


def test_key_service_statement_budgets_are_money_not_percentages():
    facts = _paper("kcc_council_2025-02-13_appendix-g-key-service-statement.pdf")
    assert not [m for m in facts.metrics if m.unit == "percent" and m.value > 100]
    money = [m for m in facts.metrics if m.unit == "GBP"]
    assert len(money) > 500
    # "1,498.2" in a "£000s" column is £1,498,200; the row references are not figures
    assert any(m.value == 1_498_200 for m in money)
    assert not any(m.value == 68 and m.unit == "count" for m in facts.metrics)


def test_contact_numbers_and_ages_in_a_council_report():
    facts = _paper("kcc_council_2025-03-13_final-kent-cc-armed-forces-covenant-annual-report-2024.pdf")
    values = {m.value for m in facts.metrics}
    assert not values & {3000, 416883, 7721, 411, 688, 30, 40, 65}
    assert {52000, 58, 418, 461} <= values


def test_unit_row_under_the_header_scales_the_columns():
    """A capital programme: the "£000s" row sits under the header the PDF layer found."""
    table = Table(rows=[["ROW REF", "Project", "2029-30", "2030-31"], ["", "", "Year 5", "Year 6"],
                        ["", "", "£000s", "£000s"], ["42", "LED Conversion", "40,604", "40,329"]], header_rows=1)
    assert _cells(table, {3: 3}) == [(40_604_000, "GBP"), (40_329_000, "GBP")]


def test_figures_in_the_first_row_are_not_a_unit_row():
    table = Table(rows=[["By 2025-26", "By 2026-27"], ["0.3FE 85 Year R temp places", "5FE"]], header_rows=1)
    assert _cells(table) == [(0.3, "FE"), (85, "count"), (5, "FE")]


def test_a_table_run_into_a_line_takes_its_headers_money_scale():
    """police set 28, a change programme's savings report as a web page gives it: the table's rows run on after its
    "(£m)" headers."""
    text = ("Business Area Target (£m) Savings Achieved (£m) Net Savings (£m) Business Support 9.8 8.6 -0.1 "
            "Operational Collaboration 1.8 1.2 0.0 and a lone 7 officers")
    found = [(q.text, q.value, q.unit) for q in find_quantities(text)]
    assert found[:3] == [("9.8", 9_800_000, "GBP"), ("8.6", 8_600_000, "GBP"), ("-0.1", -100_000, "GBP")]
    assert found[-1] == ("7", 7, "people")
    assert [q.unit for q in find_quantities("Officers 1,234 1,300 1,350 and rising")] == ["count"] * 3


@pytest.mark.parametrize("text", [
    # a scale said in an earlier sentence is not the table's (review of the rule above)
    "All figures in this report are in £m unless otherwise stated. The Contact Centre answered 12,450 13,200 14,100 "
    "calls.",
    # a column of posts or FTE among the headers: which figures are money is not known
    "Budget 2025/26 (£m) FTE 2025/26 Posts Local Policing 120.5 1,850 1,900",
    "Table 2: Officer numbers (FTE) and pay cost (£m) 2022/23 2023/24 2024/25 Officers 3,200 3,250 3,300",
])
def test_a_header_scales_only_its_own_run_of_money(text):
    assert all(q.unit != "GBP" for q in find_quantities(text))


@pytest.mark.parametrize("text,expected", [
    # an answer's figure after a question, and a broadband speed, stay figures (review)
    ("How many posts have been released by the programme? 12.5 FTE posts have been released.", [(12.5, "FTE")]),
    ("Most premises will have speeds of at least 30 Mb/s by 2026.", [(30.0, "count")]),
])
def test_figures_after_a_question_or_before_a_speed(text, expected):
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


def test_a_one_column_table_run_into_a_line_takes_its_headers_money_scale():
    """police set 73s, a change programme's savings targets as a web page gives them: one "(£m)" column, a row's label
    before each figure; not a table of two columns, nor a sentence's figures."""
    text = ("Business Area Target (£m) Justice Services 2.0 Protective Services 2.5 Strategic Back Office Change 2.1 "
            "Organisational Back Office Change 3.0 Total 9.6")
    assert [(q.value, q.unit) for q in find_quantities(text)] == [
        (2_000_000, "GBP"), (2_500_000, "GBP"), (2_100_000, "GBP"), (3_000_000, "GBP"), (9_600_000, "GBP")]
    text = "Target (£m) Achieved (£m) Justice Services 2.0 Protective Services 2.5 Fleet 2.1 Estates 3.0"
    assert all(q.unit != "GBP" for q in find_quantities(text))
    text = "Savings (£m) were made. Justice Services saw 2 closures, Protective Services 3 and Fleet 4."
    assert all(q.unit != "GBP" for q in find_quantities(text))
    # ... nor counts of a table run on after it, whole numbers (review)
    text = "Budget (£m) 12.4 Projects by Directorate Adult Services 12 Children Services 8 Place Directorate 5"
    assert [(q.value, q.unit) for q in find_quantities(text)][-3:] == [(12, "count"), (8, "count"), (5, "count")]


def test_a_bracketed_figure_stays_in_its_run():
    found = find_quantities("Savings Achieved (£m) Business Support 9.8 8.6 (0.1) 8.5 2.6")
    assert [q.unit for q in found] == ["GBP"] * 5


def test_a_charts_axis_ticks_are_not_figures():
    """A force's performance slides as a web page's text (police set 29; these figures written for the test): the
    axis's ticks (180000 ... 0, and 35000 ... 5000) step evenly among the bars' data; the data stay."""
    text = ("Force - Crime and Anti-Social Behaviour 180000 160000 144,512 136,181 140000 134,789 132,378 127,163 "
            "119,164 113,150 Volume 120000 106,768 112,842 104,796 103,445 105,077 100,144 99,346 99,439 100000 "
            "109,164 94,105 80000 82,369 78,228 60000 71,412 61,755 40000 56,447 54,057 20000 0 2011/12 2012/13")
    values = [q.value for q in find_quantities(text)]
    assert 144512 in values and 54057 in values and 99439 in values
    assert not {180000, 160000, 140000, 120000, 100000, 80000, 60000, 40000, 20000} & set(values)


@pytest.mark.parametrize("text", [
    "Officers 120 135 150 in the three years",  # three even steps are a trend, not an axis
    "Budgets 1 2 3 4 5 6",  # steps under 5: counts, not ticks
    "The target rises from 100 to 200, 300, 400 and 500 by 2030.",  # a sentence's figures, not one stretch
])
def test_evenly_stepped_figures_that_are_no_axis_stay(text):
    assert len([q for q in find_quantities(text) if q.unit == "count"]) >= 3


@pytest.mark.parametrize("text,n", [
    # a money run under its scale header is money, not ticks; rising data are no axis (review)
    ("Revenue budget (£000) Policing 500 1,000 1,500 2,000 2,500", 5),
    ("Housing trajectory 2025/26 to 2029/30 1,200 1,400 1,600 1,800 2,000", 5),
    ("Stop and search by month Apr May Jun Jul Aug Sep Oct Nov 45 50 38 55 60 42 65 70", 8),
    # ... falling ones that are not multiples of their step are no axis either
    ("Waiting list 105 95 85 75 65 55", 6),
])
def test_figures_that_are_no_axis_stay(text, n):
    assert len([q for q in find_quantities(text) if q.value >= 38]) == n


def test_a_day_of_a_month_without_its_year_is_no_count():
    """Council set 30, a programme director's report with no meeting date: "went live in the BSO on the 15 th October"
    gave a count of 15, since no year resolved the date. The figures beside such a day stay."""
    assert _found("The FPL systems successfully went live in the BSO on the 15 th October.") == []
    assert _found("The go live of the 5 th of November is a success; approved by the Board on the 1st October.") == []
    assert [q.value for q in find_quantities("On 12 March the portal had 300 users, up 4 on 3 May.")] == [300, 4]


@pytest.mark.parametrize("text,expected", [
    # council set 75s, a cabinet committee's item page: a multiplier word with a capital, and a tranche's number set
    # against a hyphen
    ("KCC had been awarded £1.86 Million from Active Travel England", [(1_860_000, "GBP")]),
    ("a £2.5 MILLION fund", [(2_500_000, "GBP")]),
    ("25/00062 - Active Travel Funding Grant (ATF5 -Tranche 5) - Capital & Revenue", []),
    # ... while a count before a capitalised word is no multiplier, and a range's dash stays a range's
    ("3 Members attended the meeting", [(3, "people")]),
])
def test_capitalised_multipliers_and_hyphened_labels(text, expected):
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # a look-back window leaves the figures it frames, and a window ahead stays a duration (review of the rule)
    ("In the previous two years this figure had reduced to 11%", [(11, "percent")]),
    ("The programme will run over the next 3 years", [(3, "years")]),
    ("Within the last 12 months 350 calls were answered", [(350, "count")]),
    # ... and a span something has lasted stays a duration (corpus 001, annotated)
    ("PBB has been used successfully as a cost reduction technique in WMP for the past 10 years", [(10, "years")]),
])
def test_a_look_back_window_is_no_figure_but_its_figures_are(text, expected):
    assert _found(text) == expected
