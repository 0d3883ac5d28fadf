"""The date a table column's figures refer to (``metrics.as_of``), as the gold README asks
(YYYY-MM-DD / YYYY-MM / YYYY): a period stands for its end, a financial year for its 31 March, a
quarter of one for the last day of that quarter; on the sample papers and the KCC PDFs."""

import pytest

from boardkb.db.schema import open_database
from boardkb.extract.table_facts import _as_of


@pytest.mark.parametrize("header,about,as_of", [
    ("Q3 2024/25", "", "2024-12-31"),  # the third quarter of a financial year: October to December
    ("Q1 2020/21", "", "2020-06-30"),  # force contact annual update, March 2021
    ("2019/20 Q4", "", "2020-03-31"),
    ("Quarter 2 2020/21", "", "2020-09-30"),
    ("2023-24", "", "2024-03-31"),
    ("FY22/23", "", "2023-03-31"),
    ("2024-25 Revised Base Budget (Net Cost) £000s", "", "2025-03-31"),  # KCC budget book
    ("By 2025-26", "85 Year R temp places", "2025-09"),  # a school year: KCC education commissioning plan
    ("2026-27 2027-28 Service Area £000's", "", None),  # two years in one header: no single date
    ("1 April - 30 June 2021", "", "2021-06-30"),  # a range of days: its end (gold 001)
    ("Q3 2024", "", "2024-09-30"),  # a calendar quarter
    ("Mar-22", "", "2022-03"),
    ("01/01/2022", "", "2022-01-01"),
    ("Between 2029-32", "", "2029"),
    ("Service Area", "", None),
])
def test_as_of_from_a_column_header(header, about, as_of):
    assert _as_of(header, about) == as_of


def test_sample_quarters_of_a_financial_year(samples_db):
    """The 2021 force contact update's table has columns Q1 to Q3 2020/21: each figure is as at the end
    of its quarter, so the series chart puts them on the time axis where they belong."""
    rows = {r["subject"]: r["as_of"] for r in samples_db.query(
        "select subject, as_of from metrics where subject like '999 calls answered within 10 seconds – Q_ 2020/21'")}
    assert rows == {"999 calls answered within 10 seconds – Q1 2020/21": "2020-06-30",
                    "999 calls answered within 10 seconds – Q2 2020/21": "2020-09-30",
                    "999 calls answered within 10 seconds – Q3 2020/21": "2020-12-31"}


@pytest.fixture(scope="module")
def education_db(tmp_path_factory, pdfs_dir, run_ingest):
    path = tmp_path_factory.mktemp("education") / "education.db"
    paper = pdfs_dir / "uk-council" / "kcc_cabinet_2025-01-30_education_commissioning_plan_report.pdf"
    code, out, err = run_ingest([paper], path)
    assert code == 0, err
    return open_database(str(path))


def test_school_years_of_the_commissioning_plan(education_db):
    """gold-kent: “85 Year R temp places” by 2025-26 is as of 2025-09, the start of that school year."""
    found = {(r["value"], r["as_of"]) for r in education_db.query(
        "select value, as_of from metrics where subject like '%Year R temp places%– By 20%'")}
    assert {(85.0, "2025-09"), (10.0, "2026-09"), (25.0, "2027-09")} <= found
