"""Command line: ``ssw-desk`` starts the desk; subcommands script the same services."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from datetime import date
from typing import Any

from ssw_desk import (
    cli_clerks,
    cli_key,
    cli_photos,
    cli_quarantine,
    cli_report,
    cli_requests,
    cli_settings,
)
from ssw_desk.errors import DeskError

log = logging.getLogger(__name__)


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ssw-desk", description=__doc__)
    parser.add_argument("--db", help="SQLAlchemy URL (default: SQLite in the user data folder)")
    parser.add_argument("--lang", choices=["ja", "en"], help="interface language (GUI)")
    parser.add_argument("--smoke-test", action="store_true", help="start, check, quit (CI)")
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser("import", help="import e-mails (.eml, .msg, mbox, Maildir, folders)")
    p.add_argument("paths", nargs="+")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("requests", help="list or show requests")
    rsub = p.add_subparsers(dest="action", required=True)
    q = rsub.add_parser("list")
    q.add_argument("--status")
    q.add_argument("--search")
    q.add_argument("--json", action="store_true")
    q = rsub.add_parser("show")
    q.add_argument("id", type=int)
    q.add_argument("--json", action="store_true")
    cli_requests.add_parsers(rsub)

    p = sub.add_parser("quarantine", help="messages that could not be understood")
    qsub = p.add_subparsers(dest="action", required=True)
    q = qsub.add_parser("list")
    q.add_argument("--json", action="store_true")
    cli_quarantine.add_parsers(qsub)

    p = sub.add_parser("roster", help="exam results")
    rs = p.add_subparsers(dest="action", required=True)
    q = rs.add_parser("import")
    q.add_argument("file")
    q.add_argument("--json", action="store_true")

    p = sub.add_parser("closures", help="office closure days (admin)")
    cs = p.add_subparsers(dest="action", required=True)
    cs.add_parser("list")
    q = cs.add_parser("add")
    q.add_argument("day", type=date.fromisoformat, help="YYYY-MM-DD")
    q.add_argument("--note", default="")
    q = cs.add_parser("remove")
    q.add_argument("day", type=date.fromisoformat)

    p = sub.add_parser("catalogue", help="the deficiency notice texts (admin)")
    ct = p.add_subparsers(dest="action", required=True)
    q = ct.add_parser("export", help="write every entry as JSON {code: {ja, en}}")
    q.add_argument("file")
    q = ct.add_parser("import", help="reword entries or add items from such a JSON file")
    q.add_argument("file")

    cli_photos.add_parsers(sub)
    sub.add_parser("setup", help="choose alone or the office database (admin; GUI)")

    p = sub.add_parser("check-photo", help="check face photos against the rules")
    p.add_argument("files", nargs="+")
    p.add_argument("--json", action="store_true")

    cli_report.add_parsers(sub)
    cli_key.add_parsers(sub)

    cli_settings.add_parsers(sub)

    from ssw_desk import cli_mailbox

    cli_mailbox.add_parsers(sub)

    p = sub.add_parser("demo", help="fill the database with demo requests and start the desk")
    p.add_argument("--count", type=int, default=40)
    p.add_argument("--no-gui", action="store_true")
    cli_clerks.add_parsers(sub)
    return parser


def _cmd_import(desk: Any, args: argparse.Namespace) -> int:
    from ssw_desk.services.intake import import_paths

    result = import_paths(desk, paths=args.paths)
    if args.json:
        _print_json(result.as_dict())
    else:
        print(
            f"{result.inputs} inputs: {result.imported} imported, "
            f"{result.duplicates} duplicates, {result.quarantined} quarantined"
            + (f", {result.failed} FAILED (not stored)" if result.failed else "")
        )
        for reason, count in sorted(result.reasons.items()):
            print(f"  quarantined {count} x {reason}")
    return 0


def _cmd_requests(desk: Any, args: argparse.Namespace) -> int:
    from ssw_desk.messages import finding_sentence
    from ssw_desk.services.requests import list_requests, show_request

    decided = cli_requests.run(desk, args)
    if decided is not None:
        return decided
    if args.action == "list":
        views = list_requests(desk, status=args.status, search=args.search)
        if args.json:
            _print_json({"requests": [v.as_json() for v in views]})
        else:
            for v in views:
                fails = sum(1 for f in v.findings if f["status"] == "fail")
                print(f"{v.id:6} {v.reference} {v.status:18} due {v.due_date} fails={fails}")
        return 0
    view = show_request(desk, request_id=args.id)
    if args.json:
        _print_json(view.as_json())
    else:
        print(f"{view.reference} {view.status} due {view.due_date}")
        for key, value in view.fields.items():
            print(f"  {key:14} {value}")
        lang = cli_settings.cli_lang()
        for f in view.findings:
            text = finding_sentence(f["code"], lang, f.get("value"), f.get("limits"))
            print(f"  [{f['status']}] {f['code']} {f['subject']}: {text}")
    return 0


def _cmd_quarantine(desk: Any, args: argparse.Namespace) -> int:
    from ssw_desk.services.quarantine import list_quarantine

    if args.action != "list":
        return cli_quarantine.run(desk, args)

    items = list_quarantine(desk)
    if args.json:
        _print_json({"quarantined": [i.as_dict() for i in items]})
    else:
        for i in items:
            print(f"{i.id:6} {i.reason:22} {i.origin}\n       {i.advice}")
    return 0


def _cmd_roster(desk: Any, args: argparse.Namespace) -> int:
    from ssw_desk.services.roster import import_roster

    result = import_roster(desk, path=args.file)
    if args.json:
        _print_json(result.as_dict())
    else:
        print(
            f"{result.rows} rows: {result.created} new, {result.updated} updated, "
            f"{result.rechecked} requests re-checked"
        )
        for error in result.errors:
            print("  " + error)
    return 0


def _cmd_closures(desk: Any, args: argparse.Namespace) -> int:
    from ssw_desk.services import closures

    if args.action == "list":
        for day, note in closures.list_closures(desk):
            print(f"{day.isoformat()}  {note}")
        return 0
    if args.action == "add":
        moved = closures.add_closure(desk, day=args.day, note=args.note)
    else:
        moved = closures.remove_closure(desk, day=args.day)
    done = "added" if args.action == "add" else "removed"
    print(f"{done} {args.day.isoformat()}; {moved} due dates moved")
    return 0


def _cmd_catalogue(desk: Any, args: argparse.Namespace) -> int:
    from pathlib import Path

    from ssw_desk.services.notices import get_catalogue, save_catalogue

    path = Path(args.file)
    if args.action == "export":
        entries = {
            code: {"ja": e.ja, "en": e.en, "kind": e.kind}
            for code, e in get_catalogue(desk, raw=True).entries.items()
        }
        path.write_text(json.dumps(entries, ensure_ascii=False, indent=2), encoding="utf-8")
        print(f"{len(entries)} entries -> {path}")
        return 0
    try:
        edits = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DeskError("catalogue.unreadable", type(exc).__name__) from exc
    if not isinstance(edits, dict):
        raise DeskError("catalogue.unreadable", "not a JSON object")
    edits = {
        code: {k: str(v) for k, v in entry.items() if k in ("ja", "en")}
        for code, entry in edits.items()
        if isinstance(entry, dict)
    }
    save_catalogue(desk, edits=edits)
    print(f"{len(edits)} entries saved")
    return 0


def _cmd_check_photo(desk: Any, args: argparse.Namespace) -> int:
    from ssw_desk.messages import finding_sentence
    from ssw_desk.services.photos import check_photo_files, check_photos

    if desk is None:
        results = check_photo_files(args.files)
    else:
        results = check_photos(desk, paths=args.files)
    if args.json:
        _print_json(results)
    else:
        lang = cli_settings.cli_lang()
        for r in results:
            print(f"{r['file']}: {'ok' if r['ok'] else 'NOT OK'}")
            for c in r["checks"]:
                text = finding_sentence(c["code"], lang, c["value"], c["limits"])
                print(f"  [{c['status']:7}] {c['code']:20} {text}")
    return 0 if all(r["ok"] for r in results) else 1


def _check_photo_desk(args: argparse.Namespace) -> Any:
    """The desk whose stored limits apply, or None for the published defaults (no ``--db``, no
    ``SSW_DESK_DB`` and no desk file: none is created for a photo check)."""
    import os

    from ssw_desk.config import data_dir
    from ssw_desk.services.context import Desk

    if (
        not (args.db or os.environ.get("SSW_DESK_DB"))
        and not (data_dir() / "ssw_desk.sqlite3").is_file()
    ):
        print("note: no desk database: the published default limits apply", file=sys.stderr)
        return None
    try:
        return Desk.open(args.db)
    except DeskError as exc:
        print(f"note: no desk ({exc.code}): the published default limits apply", file=sys.stderr)
        return None


def _cmd_demo(desk: Any, args: argparse.Namespace) -> int:
    from ssw_desk.services.demo import make_demo

    summary = make_demo(desk, count=args.count)
    print(summary)
    if args.no_gui:
        return 0
    return _start_gui(args, desk)


def _cmd_mailbox(desk: Any, args: argparse.Namespace) -> int:
    from ssw_desk import cli_mailbox

    return cli_mailbox.run(desk, args)


def _start_gui(args: argparse.Namespace, desk: Any) -> int:
    from ssw_desk.gui.app import run

    return run(desk, lang=args.lang, smoke_test=args.smoke_test)


def _needs_first_run(db: str | None) -> bool:
    from ssw_desk.config import needs_first_run

    return needs_first_run(db)


def main(argv: Sequence[str] | None = None) -> int:
    from ssw_desk.logs import setup_logging

    args = build_parser().parse_args(argv)
    setup_logging()
    if args.command == "check-photo":
        photo_desk = _check_photo_desk(args)
        try:
            return _cmd_check_photo(photo_desk, args)
        finally:
            if photo_desk is not None:
                photo_desk.close()
    if args.command == "key":
        return cli_key.run(args)
    if args.command == "setup" or (
        args.command is None and not args.smoke_test and _needs_first_run(args.db)
    ):
        from ssw_desk.gui.first_run import run_setup

        if run_setup(edit=args.command == "setup") is None:
            print("set-up cancelled", file=sys.stderr)
            return 1
        if args.command == "setup":
            return 0
    if args.command in cli_clerks.WITHOUT_DESK:
        return cli_clerks.run_without_desk(args)
    from ssw_desk.services.context import Desk

    as_json = bool(getattr(args, "json", False))
    try:
        desk = Desk.open(args.db)
    except DeskError as exc:
        if args.command is None and not args.smoke_test:
            from ssw_desk.gui.start_error import show_start_error

            show_start_error(exc)
        return cli_settings.print_error(exc, as_json=as_json)
    try:
        handlers = {
            "import": _cmd_import,
            "requests": _cmd_requests,
            "quarantine": _cmd_quarantine,
            "roster": _cmd_roster,
            "demo": _cmd_demo,
            "report": cli_report.run_report,
            "issuer-key": cli_report.run_issuer_key,
            "retention": cli_report.run_retention,
            "closures": _cmd_closures,
            "catalogue": _cmd_catalogue,
            "photos": cli_photos.run,
            "settings": cli_settings.run,
            "mailbox": _cmd_mailbox,
            "outbox": _cmd_mailbox,
            **cli_clerks.HANDLERS,
        }
        if args.command is None:
            return _start_gui(args, desk)
        return handlers[args.command](desk, args)
    except DeskError as exc:
        return cli_settings.print_error(exc, as_json=as_json)
    finally:
        desk.close()
