"""Command line: ``chronik`` (the window), ``extract``, ``timex``, ``export``, ``install-desktop``.

``python -m desktop ...`` and the ``chronik`` console script are the same program.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from desktop import __version__

COMMANDS = ("extract", "timex", "export", "install-desktop", "gui")


def _parse_user_dates(values: Sequence[str]) -> dict[str, date]:
    out: dict[str, date] = {}
    for v in values or ():
        path, sep, day = v.rpartition("=")
        if not sep or not path:
            raise SystemExit(f"chronik: --date expects PATH=YYYY-MM-DD, got {v!r}")
        try:
            out[path] = date.fromisoformat(day.strip())
        except ValueError:
            raise SystemExit(f"chronik: --date {v!r}: {day!r} is not a date (YYYY-MM-DD)") from None
    return out


def _parse_day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise SystemExit(f"chronik: {option} expects YYYY-MM-DD, got {value!r}") from None


def _max_bytes(args: argparse.Namespace) -> int:
    return int(args.max_size * 1024 * 1024)


def _megabytes(value: str) -> float:
    try:
        mb = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of megabytes") from None
    if not (mb > 0 and mb < 1e6):  # also refuses nan and inf
        raise argparse.ArgumentTypeError(f"{value!r}: give a size above 0 MB, e.g. 50")
    return mb


def _seconds(value: str) -> float:
    try:
        s = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of seconds") from None
    if not (s > 0 and s < 1e7):
        raise argparse.ArgumentTypeError(f"{value!r}: give a time above 0 seconds, e.g. 60")
    return s


def _report_problems(problems: Sequence[object]) -> None:
    """One line per problem on stderr, naming the file: ``chronik: name.txt: the file is empty``."""
    from desktop.core.readers.errors import one_line, problem_line

    for p in problems:
        path, message = getattr(p, "path", None), getattr(p, "message", None)
        line = problem_line(path, message) if path and message is not None else one_line(str(p))
        print(f"chronik: {line}", file=sys.stderr)


def _report_warnings(articles: Sequence[object]) -> None:
    """What a reader noticed but could live with ("read as cp1252 (a guess)"), one line each."""
    from desktop.core.readers.errors import problem_line

    for a in articles:
        for w in getattr(a, "warnings", ()) or ():
            print(f"chronik: {problem_line(a.path, 'warning: ' + w)}", file=sys.stderr)


def _run_extract(args: argparse.Namespace) -> int:
    from desktop.core import export_json
    from desktop.core.pipeline import dates_by_article
    from desktop.session import extract_paths

    user_dates = _parse_user_dates(args.date)
    if args.db:
        from desktop.core.workspace import WorkspaceError
        from desktop.session import Session

        try:
            ws = Session.open(args.db)
        except WorkspaceError as exc:
            from desktop.core.readers.errors import one_line

            raise SystemExit(f"chronik: {one_line(str(exc))}") from None
        with ws:
            earlier = [p for p in ws.problems() if p.kind == "interrupted"]
            for p in earlier:
                print(f"chronik: note: an earlier import of {p.path} was interrupted; "
                      "import it again to add it", file=sys.stderr)
            report = ws.import_paths(args.paths, max_bytes=_max_bytes(args), time_limit=args.time_limit)
            articles = ws.articles()
            for art_id, day in dates_by_article([(a.path, a) for a in articles], user_dates).items():
                ws.set_user_date(art_id, day)
            extraction = ws.extraction()
            problems = list(report.problems)
            new = set(report.imported)
            warned = [a for a in articles if a.id in new]
    else:
        extraction = extract_paths(args.paths, user_dates, max_bytes=_max_bytes(args), time_limit=args.time_limit)
        problems = list(extraction.problems)
        warned = list(extraction.articles)
    _report_problems(problems)
    _report_warnings(warned)
    if args.json:
        # json.dumps, not json.dump: only the one-shot encoder is the C one (same text, several times faster)
        sys.stdout.write(json.dumps(export_json.extraction_to_json(extraction), ensure_ascii=False,
                                    separators=(",", ":")) + "\n")
    else:
        sys.stdout.write(export_json.extraction_to_table(extraction))
    return 1 if problems else 0


def _run_timex(args: argparse.Namespace) -> int:
    from desktop.core import export_json
    from desktop.session import timex_paths

    user_dates = _parse_user_dates(args.date)
    docs, problems = timex_paths(args.paths, user_dates, max_bytes=_max_bytes(args), time_limit=args.time_limit)
    _report_problems(problems)
    data = export_json.timexes_to_json(docs)
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for d in data["documents"]:
            print(d["path"])
            for t in d["timexes"]:
                print(f"  {t['start']:>6}-{t['end']:<6} {t['type']:<8} {t['value']:<22} {t['text']}")
    return 1 if problems else 0


def _export_extraction(args: argparse.Namespace) -> tuple[object, list[object]]:
    """The extraction to export: of a workspace (``.chronik``, with its corrections) or of files,
    the lexicon's actors named in the export's language (a name the user gave stays)."""
    from desktop.session import extract_paths
    from desktop.session.view import in_language

    lang = _export_language(args.lang)

    workspaces = [p for p in args.paths if str(p).endswith(".chronik")]
    if not workspaces:
        extraction = extract_paths(
            args.paths, _parse_user_dates(args.date), max_bytes=_max_bytes(args), time_limit=args.time_limit
        )
        return in_language(extraction, lang)[0], list(extraction.problems)
    if len(workspaces) != len(args.paths):
        raise SystemExit("chronik export: give either one workspace (.chronik) or article files, not both")
    if len(workspaces) > 1:
        raise SystemExit("chronik export: give one workspace at a time")
    if not Path(workspaces[0]).is_file():
        raise SystemExit(f"chronik export: {workspaces[0]}: no such workspace")
    from desktop.session import Session

    try:
        ws = Session.open(workspaces[0])
    except Exception as exc:  # noqa: BLE001 - a damaged file gets a message naming it
        from desktop.core.readers.errors import one_line

        text = one_line(str(exc))
        raise SystemExit(f"chronik export: {text if workspaces[0] in text else workspaces[0] + ': ' + text}") from None
    with ws:
        return in_language(ws.extraction(), lang, ws.corrections())[0], []


def _export_language(value: str | None) -> str:
    if value:
        return value
    loc = os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG") or ""
    return "de" if loc.lower().startswith("de") else "en"


def _run_export(args: argparse.Namespace) -> int:
    if not args.png and not args.svg and not args.format:
        raise SystemExit("chronik export: give --format FORMAT --out FILE, or --png OUT.png and/or --svg OUT.svg")
    if args.format and not args.out:
        raise SystemExit(f"chronik export: --format {args.format} needs --out FILE")
    if args.out and not args.format:
        raise SystemExit("chronik export: --out needs --format (timelinejs, csv, ics, md or html)")
    if args.mentions and args.format != "csv":
        raise SystemExit("chronik export: --mentions FILE goes with --format csv")
    for out in (args.png, args.svg):  # (--out: the chronology writer says it, exit 1)
        folder = os.path.dirname(os.path.abspath(out)) if out else ""
        if out and (not os.path.isdir(folder) or not os.access(folder, os.W_OK)):
            print(f"chronik export: cannot write {out}: the folder {folder} does not exist or is not writable",
                  file=sys.stderr)
            return 2
    first, last = _parse_day(args.from_, "--from"), _parse_day(args.to, "--to")
    extraction, problems = _export_extraction(args)
    _report_problems(problems)
    if args.format:
        from desktop.core import exports

        chron = exports.build(
            extraction.events, extraction.articles, lang=_export_language(args.lang),  # type: ignore[attr-defined]
            first=first, last=last, lane_mode=args.lanes, title=args.title or "",
        )
        try:
            written = exports.write(args.format, chron, args.out, args.mentions)
        except exports.ExportError as exc:
            print(f"chronik: {exc}", file=sys.stderr)
            return 1
        for out in written:
            n = len(chron.events)
            print(f"wrote {out} ({n} event{'' if n == 1 else 's'})")
    if not args.png and not args.svg:
        return 1 if problems else 0
    if not extraction.articles:  # type: ignore[attr-defined]
        print("chronik export: no article could be read, so no picture was written", file=sys.stderr)
        return 1
    from desktop.core.titles import short_name
    from desktop.ui.export import export_headless

    titles = {a.id: short_name(a) for a in extraction.articles}  # type: ignore[attr-defined]
    try:
        export_headless(
            extraction.events,  # type: ignore[attr-defined]
            png=args.png,
            svg=args.svg,
            first=first,
            last=last,
            width=args.width,
            lane_mode=args.lanes,
            article_titles=titles,
        )
    except OSError as exc:
        print(f"chronik export: {exc}", file=sys.stderr)
        return 2
    for out in (args.png, args.svg):
        if out:
            print(f"wrote {out}")
    return 1 if problems else 0


def _run_gui(argv: Sequence[str], workspace: str | None, paths: Sequence[str] = ()) -> int:
    from desktop.ui.app import run

    return run(list(argv), workspace=workspace, import_paths=list(paths) or None)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="chronik",
        description="Chronik turns news articles into a chronology: dated events, actors and sources. "
        "Without a command it opens the window.",
    )
    p.add_argument("--version", action="version", version=f"chronik {__version__}")
    size_help = "refuse files larger than this without reading them (default 50)"
    time_help = "skip a file that takes longer than this to read (default 60)"
    p.add_argument("--selftest", action="store_true", help="render the sample corpus offscreen, export a PNG, exit")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    date_help = "set an article's publication date as a user would (repeatable)"
    ex = sub.add_parser("extract", help="extract dated events with actors and sources")
    ex.add_argument("--json", action="store_true", help="print the JSON contract (see README)")
    ex.add_argument("--date", action="append", default=[], metavar="PATH=YYYY-MM-DD", help=date_help)
    ex.add_argument("--db", metavar="FILE", help="import into this workspace (SQLite) and extract from all it holds")
    ex.add_argument("--max-size", type=_megabytes, default=50, metavar="MB", help=size_help)
    ex.add_argument("--time-limit", type=_seconds, default=None, metavar="SECONDS", help=time_help)
    ex.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")

    tx = sub.add_parser("timex", help="temporal expressions only (TIMEX3 types and values)")
    tx.add_argument("--json", action="store_true")
    tx.add_argument("--date", action="append", default=[], metavar="PATH=YYYY-MM-DD", help=date_help)
    tx.add_argument("--max-size", type=_megabytes, default=50, metavar="MB", help=size_help)
    tx.add_argument("--time-limit", type=_seconds, default=None, metavar="SECONDS", help=time_help)
    tx.add_argument("paths", nargs="+", metavar="PATH")

    xp = sub.add_parser("export", help="export the chronology (TimelineJS, CSV, iCalendar, Markdown, HTML) "
                        "or render the timeline to PNG/SVG, without a window")
    xp.add_argument("--format", choices=("timelinejs", "csv", "ics", "md", "html"),
                    help="TimelineJS3 JSON, CSV (UTF-8 with BOM), iCalendar, cited chronology in Markdown or HTML")
    xp.add_argument("--out", metavar="FILE", help="the file --format writes")
    xp.add_argument("--mentions", metavar="FILE", help="with --format csv: also one row per source sentence")
    xp.add_argument("--lang", choices=("de", "en"), help="language of dates and notes (default: from LANG)")
    xp.add_argument("--title", help="the chronology's title (default: Chronologie / Chronology)")
    xp.add_argument("--png", metavar="OUT.png")
    xp.add_argument("--svg", metavar="OUT.svg")
    xp.add_argument("--from", dest="from_", metavar="YYYY-MM-DD",
                    help="first day shown (default: Feb-May 2025 when events fall there, else all)")
    xp.add_argument("--to", metavar="YYYY-MM-DD", help="last day shown")
    xp.add_argument("--width", type=int, default=1920)
    xp.add_argument("--lanes", choices=("actor", "article", "single"), default="actor")
    xp.add_argument("--date", action="append", default=[], metavar="PATH=YYYY-MM-DD", help=date_help)
    xp.add_argument("--max-size", type=_megabytes, default=50, metavar="MB", help=size_help)
    xp.add_argument("--time-limit", type=_seconds, default=None, metavar="SECONDS", help=time_help)
    xp.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders, or one workspace (.chronik)")

    sub.add_parser("install-desktop", help="install the menu entry, icon and file type (Linux, this user); --uninstall removes them")

    gui = sub.add_parser("gui", help="open the window (the default)")
    gui.add_argument("workspace", nargs="?", help="a .chronik workspace to open")
    return p


def _subparser(parser: argparse.ArgumentParser, name: str) -> argparse.ArgumentParser:
    for action in parser._actions:  # noqa: SLF001 - argparse has no public way to a subparser
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            return action.choices[name]
    raise KeyError(name)


def main(argv: Sequence[str] | None = None) -> int:
    # Output never fails on a character: a file name of any bytes prints escaped (safe_text does the
    # visible escaping; this is the last resort), and a closed pipe (``| head``) ends quietly.
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
        except (AttributeError, ValueError):
            pass
    try:
        code = _main(argv)
        from desktop.core.resources import config_warnings

        for w in config_warnings():
            print(f"chronik: warning: {w}", file=sys.stderr)
        return code
    except BrokenPipeError:
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return 1


def _main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["install-desktop"]:
        from desktop.install_desktop import main as install

        return install(argv[1:])
    # `chronik some.chronik` or `chronik article.txt ...` (a double-click in a file manager)
    if argv and not argv[0].startswith("-") and argv[0] not in COMMANDS:
        workspace = next((a for a in argv if a.endswith(".chronik")), None)
        others = [a for a in argv if not a.endswith(".chronik") and Path(a).exists()]
        if workspace or others:
            return _run_gui(sys.argv[:1], workspace, others)
    parser = build_parser()
    if argv and argv[0] in ("extract", "timex", "export"):
        # options and paths may be interleaved: --date A=... A --date B=... B
        sub = _subparser(parser, argv[0])
        args = sub.parse_intermixed_args(argv[1:])
        args.command, args.selftest = argv[0], False
    else:
        args = parser.parse_args(argv)
    if args.selftest:
        from desktop.selftest import run as selftest

        return selftest()
    if args.command == "extract":
        return _run_extract(args)
    if args.command == "timex":
        return _run_timex(args)
    if args.command == "export":
        return _run_export(args)
    workspace = getattr(args, "workspace", None)
    return _run_gui(sys.argv[:1], workspace)


def gui_main() -> int:
    """Entry point of the windowed launcher (no console on Windows)."""
    args = [a for a in sys.argv[1:] if not a.startswith("-psn_")]  # macOS adds a process serial number
    workspace = next((a for a in args if a.endswith(".chronik")), None)
    others = [a for a in args if not a.endswith(".chronik") and Path(a).exists()]
    return _run_gui(sys.argv[:1], workspace, others)


if __name__ == "__main__":
    sys.exit(main())
