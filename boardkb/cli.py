"""The ``boardkb`` command line: a thin layer that parses flags, calls the library, prints."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from . import __version__
from .extract.confidence import DEFAULT_THRESHOLD

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}
DEFAULT_DB = "boardkb.db"

db_option = click.option(
    "--db",
    "db_path",
    default=DEFAULT_DB,
    show_default=True,
    type=click.Path(dir_okay=False),
    help="SQLite database file.",
)


aliases_option = click.option(
    "--aliases",
    "aliases_path",
    default="aliases.yml",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="Your corrections to project linking (merge, split, rename, parent); used if the file exists.",
)


def _overrides(aliases_path: str):
    import yaml

    from .extract.linking import Overrides, OverridesError

    if not os.path.exists(aliases_path):
        return None
    try:
        with open(aliases_path, encoding="utf-8") as f:
            return Overrides.from_yaml(f.read(), source=os.path.basename(aliases_path))
    except (OverridesError, yaml.YAMLError) as e:
        raise click.ClickException(f"{e}. Fix {aliases_path} (see 'boardkb link --help').") from e


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, "--version", prog_name="boardkb")
def cli():
    """boardkb: board papers in, a searchable knowledge base out.

    \b
    Typical use:
        boardkb ingest papers/ --db boardkb.db
        boardkb search "body worn video" --db boardkb.db
        boardkb serve --db boardkb.db
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@db_option
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Parallel parser processes (default: one per CPU core).")
@click.option("--progress/--no-progress", default=None,
              help="Show a progress bar (default: when writing to a terminal).")
@click.option("--timeout", type=click.FloatRange(min=0), default=120, show_default=True, metavar="SECONDS",
              help="Skip a file whose parsing and extraction take longer than this (0: no limit).")
@aliases_option
def ingest(
    paths: tuple[Path, ...], db_path: str, jobs: int | None, progress: bool | None, timeout: float,
    aliases_path: str,
):
    """Ingest board papers (PDF, .txt, .md, .html) from files or folders.

    Folders are read recursively. A file whose content is already in the database is skipped;
    a changed file replaces its document. A file that cannot be read (or a text file holding
    binary data, or one that takes longer than --timeout) is reported with the reason, leaves
    nothing behind, and makes the exit status 1; the rest of the batch goes on.

    \b
    Example:
        boardkb ingest samples/ --db boardkb.db
    """
    from tqdm import tqdm

    from .db.cross_paper import link as run_link
    from .db.schema import open_database
    from .pipeline import ingest_paths

    overrides = _overrides(aliases_path)
    db = open_database(db_path)
    show = sys.stderr.isatty() if progress is None else progress
    bar = tqdm(total=0, unit="file", disable=not show, file=sys.stderr, dynamic_ncols=True)
    pages = 0

    def on_progress(files: int, new_pages: int) -> None:
        nonlocal pages
        pages += new_pages
        rate = pages / bar.format_dict["elapsed"] if bar.format_dict["elapsed"] else 0.0
        bar.set_postfix_str(f"{pages} pages, {rate:.1f} pages/s", refresh=False)
        bar.update(files)

    def on_total(n: int) -> None:
        bar.total = n
        bar.refresh()

    def on_error(failure) -> None:
        bar.clear()
        click.echo(f"error: {failure.reason}", err=True)

    report = ingest_paths(db, paths, jobs=jobs, on_error=on_error, progress=on_progress,
                          total_callback=on_total, timeout=timeout)
    bar.close()
    click.echo(f"{db_path}: {report.summary()}")
    if report.added or report.replaced:
        _apply_corrections(db, db_path)
        click.echo(f"{db_path}: {run_link(db, overrides).summary()}")
    if report.failed:
        sys.exit(1)


@cli.command()
@db_option
@aliases_option
def link(db_path: str, aliases_path: str):
    """Link projects across papers, and rebuild commitments and metric series.

    Names of one project in different papers ("Data Driven Insights (DDI)", "Data-Driven
    Insights", "DDI") become one project, each link with its reason (table project_links).
    Correct the result in an aliases file, applied without re-parsing any paper:

    \b
        merge:  [[Digital Evidence Management System, DEMS]]
        split:  [[Connect, Connect with People]]
        rename: {Project Keystone: Keystone}
        parent: {Online Crime Reporting: Public Contact Programme}

    Ingest runs this step too, so it is needed only after editing the aliases file.

    \b
    Example:
        boardkb link --db boardkb.db --aliases aliases.yml
    """
    from .db.cross_paper import link as run_link
    from .db.schema import open_database

    db = _existing_db(db_path, open_database)
    report = run_link(db, _overrides(aliases_path))
    click.echo(f"{db_path}: {report.summary()}")


def _date_bound(ctx, param, value: str | None) -> str:
    from .db.search import date_bound

    try:
        return date_bound(value)
    except ValueError as e:
        raise click.BadParameter(str(e)) from e


@cli.command()
@click.argument("query")
@db_option
@click.option("-n", "--limit", default=20, show_default=True, type=click.IntRange(min=1),
              help="Most results to show.")
@click.option("--board", help="Only papers to a board whose name contains this, e.g. 'Panel'.")
@click.option("--from", "date_from", callback=_date_bound, metavar="DATE",
              help="Only papers from this year, month or day on (2015, 2015-06, 2015-06-30).")
@click.option("--to", "date_to", callback=_date_bound, metavar="DATE",
              help="Only papers up to this year, month or day (inclusive).")
@click.option("--project", help="Only passages about this project (its name or an alias, e.g. DEMS).")
@click.option("--sort", type=click.Choice(["relevance", "date"]), default="relevance", show_default=True,
              help="Best match first, or newest paper first.")
def search(query: str, db_path: str, limit: int, board: str | None, date_from: str, date_to: str,
           project: str | None, sort: str):
    """Search the papers' passages, best matches first.

    Every matching passage is ranked (bm25), however old its paper. Words match their other
    forms (deliver, delivered); use quotes inside the query for a phrase, and OR for
    alternatives.

    \b
    Example:
        boardkb search "body worn video" --db boardkb.db
        boardkb search '"go live" OR launch' --limit 5
        boardkb search savings --board "Police and Crime Panel" --from 2018 --to 2020-06 --sort date
        boardkb search milestone --project DEMS
    """
    import sqlite3

    from .db.schema import open_database
    from .db.search import search as run_search

    db = _existing_db(db_path, open_database)
    try:
        hits = run_search(db, query, limit=limit, board=board, date_from=date_from, date_to=date_to,
                          project=project, sort=sort)
    except sqlite3.OperationalError as e:
        raise click.ClickException(f"could not search for {query!r}: {e}. Check the quotes "
                                   "and operators, or search for plain words.") from e
    if not hits:
        click.echo("No matches.")
        return
    color = sys.stdout.isatty()
    for i, hit in enumerate(hits, 1):
        _echo_hit(i, hit, color)


def _echo_hit(i: int, hit, color: bool) -> None:
    from .db.search import HIT_END, HIT_START

    where = ", ".join(x for x in (
        f"page {hit.page}" if hit.page else None,
        f"para {hit.paragraph}" if hit.paragraph else None,
        hit.section,
    ) if x)
    head = f"{i}. {hit.paper or '(untitled)'}"
    meta = " · ".join(x for x in (hit.board, hit.meeting_date) if x)
    snippet = (hit.snippet or "").replace("\n", " ")
    if color:
        snippet = snippet.replace(HIT_START, "\x1b[1;33m").replace(HIT_END, "\x1b[0m")
    else:
        snippet = snippet.replace(HIT_START, "[").replace(HIT_END, "]")
    click.echo(click.style(head, bold=True) if color else head)
    click.echo(f"   {meta}" + (f" — {where}" if where else ""))
    click.echo(f"   {snippet}")


@cli.command()
@db_option
@click.option("-h", "--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; 0.0.0.0 exposes it to the network (see docs/serving.md).")
@click.option("-p", "--port", default=8001, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on.")
@click.option("--open", "open_browser", is_flag=True, help="Open a web browser once started.")
@click.option("--public", is_flag=True,
              help="Serve a public copy: nothing of a restricted paper (documents.restricted = 1).")
@click.option("--review", is_flag=True,
              help="Let a reviewer store corrections from the browser (loopback only); prints a one-time sign-in URL.")
@aliases_option
def serve(db_path: str, host: str, port: int, open_browser: bool, public: bool, review: bool, aliases_path: str):
    """Serve the knowledge base in Datasette, read-only.

    The home page explains what is there; "Search the papers" searches every passage, and
    each passage links to its paper and to the source PDF at the right page. Staff see every
    paper, restricted ones flagged (documents.restricted, with the reason).

    With --public, a copy of the database without the restricted papers is built in a temporary
    folder and served instead: not their rows, passages, tables, facts, search hits or source
    files, nor anything arbitrary SQL could find. Links, series and commitments are rebuilt from
    the public papers (with --aliases); the copy is deleted when the server stops.

    \b
    Example:
        boardkb serve --db boardkb.db --port 8001
        boardkb serve --db boardkb.db --public --host 0.0.0.0
        boardkb serve --db boardkb.db --review

    With --review (loopback only), the database can be corrected from the browser: sign in with
    the one-time URL printed at start, then open /-/boardkb-review?table=benefits&id=12 to reject
    or correct a fact (stored as in `boardkb corrections`, applied and re-linked at once). All else
    stays read-only.
    """
    import contextlib
    import signal

    import uvicorn

    from .db.schema import open_database
    from .db.serve import make_datasette, public_copy

    if review and host not in ("127.0.0.1", "localhost"):
        raise click.UsageError(f"--review serves on loopback only (127.0.0.1 or localhost), not {host}")
    if review and public:
        raise click.UsageError("--review corrects the database itself: it cannot serve the --public copy")
    _existing_db(db_path, open_database).close()
    with contextlib.ExitStack() as stack:
        served = db_path
        if public:
            served, withheld = stack.enter_context(public_copy(db_path, overrides=_overrides(aliases_path)))
            click.echo(f"Public copy of {db_path}: {withheld} restricted paper(s) withheld")
            # uvicorn re-raises the signal that stopped it: on SIGTERM, exit through Python so
            # that the copy is deleted (Ctrl+C does so as KeyboardInterrupt)
            signal.signal(signal.SIGTERM, _exit_on_sigterm)
        ds = make_datasette(served, review=review)
        url = f"http://{host}:{port}/"
        click.echo(f"Serving {db_path}{' (public)' if public else ''} at {url} (Ctrl+C to stop)")
        if review:
            click.echo(f"Review sign-in (once): {url}-/boardkb-review-login?token={ds._boardkb_review['token']}")
        if open_browser:
            import webbrowser

            webbrowser.open(url)
        uvicorn.run(ds.app(), host=host, port=port, log_level="warning")


def _exit_on_sigterm(signum, frame):
    raise SystemExit(0)


EVAL_CATEGORIES = ("metadata", "projects", "milestones", "metrics", "benefits")


def _thresholds(ctx, param, value: str) -> tuple[float, ...]:
    try:
        values = sorted({float(x) for x in value.split(",") if x.strip()})
    except ValueError:
        values = [-1.0]
    if not values or not all(0 <= v <= 1 for v in values):
        raise click.BadParameter(f"{value!r}: expected numbers from 0 to 1 separated by commas, e.g. 0,0.3,0.5,0.7")
    return tuple(values)


def _gold_folders(gold_dirs: tuple[Path, ...]):
    from .db.evaluation import GoldFileError, load_folders

    try:
        return load_folders(gold_dirs)
    except GoldFileError as e:
        raise click.ClickException(f"{e}. Fix or remove that file, or point GOLD_DIR at a gold folder.") from e


@cli.command(name="eval")
@click.argument("gold_dirs", metavar="GOLD_DIR...", nargs=-1, required=True,
                type=click.Path(exists=True, file_okay=False, path_type=Path))
@db_option
@click.option("--category", type=click.Choice(EVAL_CATEGORIES),
              help="List misses and unmatched facts of this category only.")
@click.option("--all", "show_all", is_flag=True,
              help="List every miss and unmatched fact (default: the first 40 per category per paper).")
@click.option("--thresholds", default="0,0.3,0.5,0.7", show_default=True, callback=_thresholds,
              help="Confidence thresholds to report recall and precision at (facts below one count as not "
                   "extracted).")
@click.option("--leave-one-out", is_flag=True,
              help="Also score each paper at the default threshold with confidences calibrated on the other "
                   "annotated papers only, beside those calibrated on all of them.")
@click.option("--annotations", "annotations_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Score a second person's annotations of the same papers (the gold files of this folder) "
                   "instead of the database: how far a careful annotator agrees with the gold.")
def eval_command(gold_dirs: tuple[Path, ...], db_path: str, category: str | None, show_all: bool,
                 thresholds: tuple[float, ...], leave_one_out: bool, annotations_dir: Path | None):
    """Score the database against gold annotations (the JSON files of each GOLD_DIR).

    A paper is matched to its gold file by file name. Prints recall and precision per category
    for each paper, the gold facts missed (-) and the extracted facts counted wrong (+), then per
    folder and over all folders the totals (counts summed over papers), recall and precision at
    confidence thresholds and, with --leave-one-out, how the default threshold does on a paper
    when the confidences come from the other papers. The overall table comes last. Gold files
    with no ingested paper count as all missed. The rules are those of the gold folder's
    README.md. Ingests nothing.

    \b
    With --annotations DIR the facts scored are not the database's but a second annotator's gold
    files of the same papers (matched by "file"): the agreement a person reaches, to read the
    database's figures against.

    \b
    Example:
        boardkb eval ../shared/gold --db boardkb.db
        boardkb eval ../shared/gold --category metrics --all
        boardkb eval ../shared/gold ../shared/gold-kent --db boardkb.db --leave-one-out
        boardkb eval ../shared/gold-kent --annotations second-annotator/
    """
    from .db.evaluation import evaluate_annotations, evaluate_folders, report_lines
    from .db.schema import open_database

    folders = _gold_folders(gold_dirs)
    if annotations_dir is not None:
        if leave_one_out:
            raise click.UsageError("--leave-one-out calibrates the database's rules; a person's annotations have none")
        result = evaluate_annotations(folders, _gold_folders((annotations_dir,))[0][1])
        if not result.folders:
            raise click.ClickException(f'{annotations_dir}: no annotation has the "file" of a gold file in '
                                       f'{", ".join(map(str, gold_dirs))}; annotate the same papers')
    else:
        db = _existing_db(db_path, open_database)
        result = evaluate_folders(db, folders, thresholds=thresholds, leave_one_out=leave_one_out)
    for line in report_lines(result, category=category, limit=None if show_all else 40):
        click.echo(line)


@cli.command()
@click.argument("gold_dirs", metavar="GOLD_DIR...", nargs=-1, required=True,
                type=click.Path(exists=True, file_okay=False, path_type=Path))
@db_option
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where to write the table (default: the package's patterns/confidence.jsonl).")
def calibrate(gold_dirs: tuple[Path, ...], db_path: str, output: Path | None):
    """Measure each extraction rule's precision on the annotated papers (the JSON files of each
    GOLD_DIR) and write it as the confidence table facts get at ingest.

    For every rule name in the database, counts its facts that are right by the eval rules (a
    project once per paper, under its most common mention rule) and writes one line per rule:
    right, extracted and the smoothed confidence (right + 1) / (extracted + 2). Re-ingest to give
    the facts the new confidences.

    \b
    Example:
        boardkb calibrate ../shared/gold ../shared/gold-kent --db boardkb.db
    """
    from importlib import resources

    from .db.evaluation import calibrate as measure
    from .db.evaluation import calibration_lines
    from .db.schema import open_database
    from .extract.confidence import dump_table

    db = _existing_db(db_path, open_database)
    counts = measure(db, _gold_folders(gold_dirs))
    if output is None:
        output = Path(str(resources.files("boardkb.extract").joinpath("patterns", "confidence.jsonl")))
    output.write_text(dump_table(counts), encoding="utf-8")
    for line in calibration_lines(counts):
        click.echo(line)
    click.echo(f"Wrote {len(counts)} rule(s) to {output}; re-ingest to apply them.")


def _existing_db(db_path: str, opener):
    if not os.path.exists(db_path):
        raise click.ClickException(
            f"no database at {db_path}: run 'boardkb ingest PATH --db {db_path}' first"
        )
    return opener(db_path)


@cli.group()
def report():
    """Write update reports from the database: quarterly summary, project history, board update.

    HTML reports are single self-contained files (inline CSS and SVG charts, print-friendly);
    every figure and statement cites its paper, page and paragraph. The same database gives the
    same bytes. Templates can be overridden with --templates DIR (same file names).

    \b
    Example:
        boardkb report quarterly 2020Q3 -o q3.html
        boardkb report project "Body Worn Video" --format md
        boardkb report board-update -o update.html
    """


def _report_options(f):
    f = db_option(f)
    f = click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
                     help="Write to this file (default: standard output).")(f)
    f = click.option("--format", "fmt", type=click.Choice(["html", "md"]), default=None,
                     help="html or md (default: from the output file's ending, else html).")(f)
    f = click.option("--templates", "templates_dir", type=click.Path(file_okay=False, path_type=Path),
                     help="A folder of templates overriding the packaged ones by name.")(f)
    f = click.option("--min-confidence", type=click.FloatRange(0, 1), default=DEFAULT_THRESHOLD,
                     show_default=True, help="Leave out facts below this confidence (0: every fact).")(f)
    f = click.option("--all-facts", is_flag=True,
                     help="Every fact, whatever its confidence (as --min-confidence 0).")(f)
    return f


def _threshold(min_confidence: float, all_facts: bool) -> float:
    return 0.0 if all_facts else min_confidence


def _write(text: str, output: Path | None) -> None:
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_bytes(text.encode("utf-8"))
        click.echo(f"wrote {output}", err=True)


def _format(fmt: str | None, output: Path | None) -> str:
    if fmt:
        return fmt
    return "md" if output is not None and output.suffix.lower() in (".md", ".markdown") else "html"


def _report(build, template: str, args: tuple, db_path: str, output: Path | None, fmt: str | None,
            templates_dir: Path | None, min_confidence: float) -> None:
    """Open the database, build the report's model with one library call, render it, write it."""
    from .db.report_data import ReportError
    from .db.schema import open_database
    from .templates.reports import render

    db = _existing_db(db_path, open_database)
    try:
        model = build(db, *args, min_confidence=min_confidence)
    except ReportError as e:
        raise click.ClickException(str(e)) from e
    finally:
        db.close()
    _write(render(template, _format(fmt, output), model, templates_dir), output)


@report.command()
@click.argument("quarter", required=False)
@_report_options
def quarterly(quarter, db_path, output, fmt, templates_dir, min_confidence, all_facts):
    """What the papers of a quarter said: per programme and project, status and change since the
    previous report, milestones achieved, due, moved and overdue, new figures and benefits,
    totals of claimed benefits, and what changed since last quarter.

    QUARTER is like 2017Q3 (default: the quarter of the latest paper).

    \b
    Example:
        boardkb report quarterly 2020Q3 --db boardkb.db -o 2020Q3.html
    """
    from .templates.reports import build_quarterly

    _report(build_quarterly, "quarterly", (quarter,), db_path, output, fmt, templates_dir,
            _threshold(min_confidence, all_facts))


@report.command()
@click.argument("name")
@_report_options
def project(name, db_path, output, fmt, templates_dir, min_confidence, all_facts):
    """The full history of one project across all papers: every mention, status, milestone,
    figure and benefit in meeting-date order, its commitments, and why its names were linked.

    \b
    Example:
        boardkb report project "Digital Evidence Management System" -o dems.html
    """
    from .templates.reports import project_report

    _report(project_report, "project", (name,), db_path, output, fmt, templates_dir,
            _threshold(min_confidence, all_facts))


@report.command(name="board-update")
@click.argument("quarter", required=False)
@click.option("--board", help="The board the paper goes to (default: Strategic Policing and Crime Board).")
@_report_options
def board_update(quarter, board, db_path, output, fmt, templates_dir, min_confidence, all_facts):
    """An update paper in the house style of board papers (purpose, background, current position,
    financial implications, recommendations, numbered paragraphs), written only from the
    database, for a quarter (default: the latest).

    \b
    Example:
        boardkb report board-update 2021Q3 --board "Police and Crime Panel" -o update.html
    """
    from .templates.reports import build_board_update

    _report(build_board_update, "board_update", (quarter, board), db_path, output, fmt, templates_dir,
            _threshold(min_confidence, all_facts))


def _apply_corrections(db, db_path: str) -> None:
    """Apply the reviewers' corrections (before linking, so that commitments and series follow)."""
    from .db.corrections import apply_corrections

    applied = apply_corrections(db)
    if applied.applied or applied.unmatched:
        click.echo(f"{db_path}: {applied.summary()}")


@cli.group()
def corrections():
    """Reviewers' corrections to extracted facts: list, export to YAML, import from YAML.

    Corrections (reject a fact; correct its value, date, status, kind or project; a name that is
    not a project; a paper's restricted flag) are stored apart from the facts, keyed by paper,
    passage and quote, and applied again after every ingest. Keep them under version control
    with export, and read them back (into a new database too) with import.

    \b
    Example:
        boardkb corrections export --db boardkb.db -o corrections.yml
        boardkb corrections import corrections.yml --db boardkb.db
        boardkb corrections list --db boardkb.db
    """


@corrections.command(name="list")
@db_option
def corrections_list(db_path: str):
    """List the stored corrections, oldest first, with who made them, when and why.

    \b
    Example:
        boardkb corrections list --db boardkb.db
    """
    from .db.corrections import list_corrections
    from .db.schema import open_database

    db = _existing_db(db_path, open_database)
    found = list_corrections(db)
    for c in found:
        click.echo(f"{c.id}. {c.describe()}")
    if not found:
        click.echo("No corrections.")


@corrections.command(name="export")
@db_option
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file (default: standard output).")
def corrections_export(db_path: str, output: Path | None):
    """Write every correction as YAML, to keep under version control.

    \b
    Example:
        boardkb corrections export --db boardkb.db -o corrections.yml
    """
    from .db.corrections import export_yaml
    from .db.schema import open_database

    text = export_yaml(_existing_db(db_path, open_database))
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
        click.echo(f"wrote {output}", err=True)


@corrections.command(name="import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@db_option
@aliases_option
def corrections_import(file: Path, db_path: str, aliases_path: str):
    """Read corrections from a YAML file (as written by export), store them and apply them.

    A correction of a fact and field already stored replaces it; every entry is checked first
    and nothing is stored if one is wrong. Papers not yet ingested get their corrections when
    they are. The database is created if it does not exist; projects are re-linked after.

    \b
    Example:
        boardkb corrections import corrections.yml --db boardkb.db
    """
    from .db.corrections import CorrectionError, import_yaml
    from .db.cross_paper import link as run_link
    from .db.schema import open_database

    overrides = _overrides(aliases_path)
    db = open_database(db_path)
    try:
        n = import_yaml(db, file.read_text(encoding="utf-8"), str(file), apply=False)
    except (CorrectionError, UnicodeDecodeError) as e:
        raise click.ClickException(f"{e}. Nothing was imported; fix {file} and import it again.") from e
    click.echo(f"{db_path}: {n} correction(s) read from {file}")
    _apply_corrections(db, db_path)
    click.echo(f"{db_path}: {run_link(db, overrides).summary()}")
