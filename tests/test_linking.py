"""One project across papers: rules, the user's overrides file, commitments and metric series,
on hand-made names and on the sample papers."""

import sqlite3

import pytest
from click.testing import CliRunner

from boardkb.cli import cli
from boardkb.db.schema import open_database
from boardkb.extract.linking import Name, Overrides, OverridesError, auto_links, resolve
from boardkb.extract.tracking import same_event, series_key


def test_rules_link_names_with_reasons():
    names = [Name(1, "Data Driven Insights", {"DDI"}, 5), Name(2, "Data-Driven Insights", set(), 2),
             Name(3, "DDI", set(), 1), Name(4, "Estates Programme", set(), 3), Name(5, "Estates", set(), 1),
             Name(6, "Mobile First Phase 2", set(), 2), Name(7, "Mobile First", set(), 4),
             Name(8, "Project Keystone", set(), 1), Name(9, "Enabling Services Transformation", set(), 3),
             Name(10, "Online Crime Reporting", set(), 2), Name(11, "Public Contact Programme", set(), 1)]
    texts = ["Project Keystone (formerly known as Enabling Services Transformation) is in delivery.",
             "Online Crime Reporting, which has been delivered since 2019, is now part of the new "
             "Public Contact Programme."]
    links = auto_links(names, texts)
    result = resolve(names, links)
    assert result.canonical[2] == result.canonical[3] == result.canonical[1] == 1
    assert result.canonical[5] == 4 and result.names[4] == "Estates Programme"
    assert result.canonical[9] == 8  # renamed: the new name leads
    assert result.parents[6] == 7  # a phase is part of its project
    assert result.parents[10] == 11
    reasons = {(lk.project_id, lk.target_id): lk.reason for lk in result.links}
    assert reasons[(3, 1)] == "both are called 'DDI'"
    assert "formerly known as" in reasons[(9, 8)]


def test_overrides_merge_split_rename_parent():
    names = [Name(1, "Connect", set(), 3), Name(2, "Connect with People", set(), 2), Name(3, "Niche RMS", set(), 1),
             Name(4, "Records Management", set(), 1), Name(5, "Our Data Programme", set(), 1)]
    overrides = Overrides.from_yaml(
        "merge:\n  - [Niche RMS, Records Management]\nsplit:\n  - [Connect, Connect with People]\n"
        "rename:\n  Niche RMS: Niche Records Management System\nparent:\n  Connect: Our Data Programme\n")
    result = resolve(names, auto_links(names, []), overrides)
    assert result.canonical[3] == result.canonical[4]
    assert result.names[result.canonical[3]] == "Niche Records Management System"
    assert result.canonical[1] != result.canonical[2]
    assert result.parents[1] == 5
    assert any(lk.source == "aliases.yml" for lk in result.links)


@pytest.mark.parametrize("text,message", [
    ("merge: [a, b]\n", "'merge' must be a list of lists"),
    ("bogus: 1\n", "unknown key(s) bogus"),
    ("- a\n", "expected a mapping"),
])
def test_overrides_file_is_validated(text, message):
    with pytest.raises(OverridesError, match=message.replace("(", r"\(").replace(")", r"\)")):
        Overrides.from_yaml(text)


def test_event_matching_and_series_keys():
    assert same_event("the new system is due to go live in the autumn", "went live on 2 March 2020")
    assert not same_event("closure report due October 2020", "go live in the autumn")
    assert series_key("Police Officer Total – Ethnic Minority Group % 01/01/2022") == series_key(
        "Police Officer Total – Ethnic Minority Group % 01/01/2021")


def test_samples_one_project_across_papers(samples_db):
    dems = list(samples_db.query("""
        select p.name, count(distinct m.document_id) as papers,
               group_concat(distinct m.name) as written
        from projects p join projects member on coalesce(member.canonical_id, member.id) = p.id
        join project_mentions m on m.project_id = member.id
        where p.name = 'Digital Evidence Management System' group by p.id"""))
    assert dems and dems[0]["papers"] >= 3
    assert {"DEMS", "Digital-Evidence Management System"} <= set(dems[0]["written"].split(","))
    parents = dict(samples_db.execute(
        "select p.name, q.name from projects p join projects q on q.id = p.parent_id").fetchall())
    assert parents["Mobile First Phase 2"] == "Mobile First"
    assert parents["Online Crime Reporting"] == "Public Contact Programme"
    renamed = samples_db.execute("select reason from project_links where reason like 'renamed:%'").fetchone()
    assert renamed and "Project Keystone" in renamed[0]


def test_samples_commitments(samples_db):
    rows = {(r["project"], r["first_due_end"]): r for r in samples_db.query("""
        select p.name as project, c.* from commitments c join projects p on p.id = c.project_id""")}
    go_live = rows[("Command and Control Replacement", "2019-11-30")]
    assert go_live["state"] == "achieved" and go_live["was_moved"] == 1 and go_live["due_end"] == "2020-03-31"
    assert rows[("Driver Telematics", "2020-12-31")]["state"] == "not reported since"
    states = {r["state"] for r in samples_db.query("select state from commitments")}
    assert states >= {"achieved", "open", "not reported since"}  # not from rows: two may share a key
def test_samples_metric_series(samples_db):
    spans = [len({r[0][:4] for r in samples_db.execute(
        "select d.meeting_date from metrics m join documents d on d.id = m.document_id where m.series_id = ?",
        [s["id"]])}) for s in samples_db.query(
        "select id from metric_series where key like '%answered%' and unit = 'percent' and n_points >= 4")]
    assert spans and max(spans) >= 3  # the 999-call answer rate, reported in papers of three or more years


def test_link_command_applies_and_reverts_overrides(samples_db_path, tmp_path):
    db_path = tmp_path / "kb.db"
    with sqlite3.connect(samples_db_path) as src, sqlite3.connect(db_path) as dst:
        src.backup(dst)  # a consistent copy of a WAL database
    aliases = tmp_path / "aliases.yml"
    aliases.write_text("rename:\n  Project Keystone: Keystone\nsplit:\n"
                       "  - [Project Keystone, Enabling Services Transformation]\n")
    runner = CliRunner()
    result = runner.invoke(cli, ["link", "--db", str(db_path), "--aliases", str(aliases)], catch_exceptions=False)
    assert result.exit_code == 0 and "projects" in result.stdout
    db = open_database(str(db_path))
    assert db.execute("select count(*) from projects where name = 'Keystone' and canonical_id is null").fetchone()[0]
    assert db.execute("select canonical_id from projects where extracted_name = 'Enabling Services Transformation'"
                      ).fetchone()[0] is None
    aliases.unlink()
    runner.invoke(cli, ["link", "--db", str(db_path), "--aliases", str(aliases)], catch_exceptions=False)
    assert not db.execute("select count(*) from projects where name = 'Keystone'").fetchone()[0]
    assert db.execute("select canonical_id from projects where extracted_name = 'Enabling Services Transformation'"
                      ).fetchone()[0] is not None
    aliases.write_text("merge: nonsense\n")
    bad = runner.invoke(cli, ["link", "--db", str(db_path), "--aliases", str(aliases)])
    assert bad.exit_code == 1 and "aliases.yml" in bad.stderr


def test_qualifiers_kind_words_and_initials_do_not_keep_one_project_apart():
    names = [Name(1, "WMP2020 change programme", set(), 3), Name(2, "WMP2020 programme", set(), 2),
             Name(3, "WMNow", set(), 1), Name(4, "WM Now engagement tool", set(), 2),
             Name(5, "Citizen Experience", set(), 1), Name(6, "Citizens Experience Project", set(), 1),
             Name(7, "DCDHEP", set(), 1), Name(8, "Detective Constable Degree Holder Entry Programme", set(), 2),
             Name(9, "BWV", set(), 1), Name(10, "Body Worn Video", set(), 3), Name(11, "Body Worn Video – Phase 3"),
             Name(12, "KCC Highways Plan", set(), 1), Name(13, "Highways Plan", set(), 1),
             # a version's word: the samples' estates strategy, revised in a later paper
             Name(14, "Estates strategy", set(), 1), Name(15, "Revised estates strategy", set(), 1),
             Name(16, "Draft Revenue Budget 2025-26", set(), 1), Name(17, "Revenue Budget 2025-26", set(), 1)]
    result = resolve(names, auto_links(names, []))
    for a, b in [(1, 2), (3, 4), (5, 6), (7, 8), (9, 10), (12, 13), (14, 15), (16, 17)]:
        assert result.canonical[a] == result.canonical[b], (names[a - 1].name, names[b - 1].name)
    assert result.canonical[11] != result.canonical[10]  # a phase is part of its project, not the same
    assert result.canonical[15] == 14  # the name without its version's word stands for both
    # a final business case is a business case's last stage, no later version of it (review)
    final = [Name(1, "Final Business Case", set(), 1), Name(2, "Business Case", set(), 1)]
    assert len(set(resolve(final, auto_links(final, [])).canonical.values())) == 2
    assert all(lk.reason for lk in result.links)


def test_a_common_word_never_merges_two_projects():
    names = [Name(1, "Connect", set(), 3), Name(2, "Connect with People", set(), 2), Name(3, "Data", set(), 1),
             Name(4, "Data Driven Insights", set(), 2), Name(5, "Force Contact", set(), 2),
             Name(6, "Force Contact recovery plan", set(), 1), Name(7, "Enabling Services Transformation", set(), 2),
             Name(8, "Digital Services Transformation", set(), 1), Name(9, "Data Programme", set(), 1),
             Name(10, "Uplift project", set(), 1), Name(11, "Police Uplift Programme", set(), 1)]
    result = resolve(names, auto_links(names, []))
    assert len(set(result.canonical.values())) == len(names) - 1  # only Data = Data Programme
    assert result.canonical[9] == result.canonical[3]


def test_corpus_names_of_one_project_are_one_record(corpus_db):
    def canonical(name):  # by a name or an alias: one paper's spellings are one project already
        (found,) = {row[0] for row in corpus_db.execute(
            "select coalesce(canonical_id, id) from projects p left join project_aliases a on a.project_id = p.id"
            " where p.extracted_name = ? or a.alias = ?", [name, name])}
        return found
    for a, b in [("BWV", "Body Worn Video"), ("WMP2020 change programme", "WMP2020 programme"),
                 ("WMNow", "WM Now engagement tool"), ("Citizen Experience", "Citizens Experience Project")]:
        assert canonical(a) == canonical(b), (a, b)
    reasons = [r[0] for r in corpus_db.execute(
        "select reason from project_links l join projects p on p.id = l.project_id where p.extracted_name = 'BWV'")]
    assert reasons  # ... by a link with its reason: one paper's "Body Worn Video" is also called "BWV" there
    # (``national_programme``), another's initials spell a name: "DCDHEP" of "Detective Constable Degree Holder Entry
    # Programme"
    reasons = [r[0] for r in corpus_db.execute("select reason from project_links")]
    assert any("initials" in r for r in reasons)


def test_a_project_is_shown_in_the_capitals_a_paper_gives_it():
    """Kent set 18 and uk-council: minutes that only repeat "local government reorganisation" stored the project first;
    another paper's "Local Government Reorganisation" is the name shown. A differently worded name is no such form."""
    names = [Name(1, "Local government reorganisation", {"Local Government Reorganisation", "LGR"}, 9),
             Name(2, "Devolution Priority Programme", {"devolution priority programme"}, 3)]
    result = resolve(names, auto_links(names, []))
    assert result.names[1] == "Local Government Reorganisation"
    assert result.names[2] == "Devolution Priority Programme"
