"""Command line: ``ssw-desk`` starts the desk; subcommands script the same services."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from datetime import date
from typing import Any

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

    p = sub.add_parser("quarantine", help="messages that could not be understood")
    qsub = p.add_subparsers(dest="action", required=True)
    q = qsub.add_parser("list")
    q.add_argument("--json", action="store_true")

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

    p = sub.add_parser("check-photo", help="check face photos against the rules")
    p.add_argument("files", nargs="+")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("report", help="issue and verify Score reports")
    rp = p.add_subparsers(dest="action", required=True)
    q = rp.add_parser("issue")
    q.add_argument("request_id", type=int)
    q.add_argument("--out", required=True, help="where to write the PDF")
    q.add_argument("--reissue", metavar="REASON", help="supersede the earlier report")
    q.add_argument("--json", action="store_true")
    q = rp.add_parser("verify")
    q.add_argument("target", help="a report PDF or a printed/scanned code")
    q.add_argument("--json", action="store_true")
    rp.add_parser("public-key", help="print the PEM public key that verifies reports")

    p = sub.add_parser("demo", help="fill the database with demo requests and start the desk")
    p.add_argument("--count", type=int, default=40)
    p.add_argument("--no-gui", action="store_true")
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
    from ssw_desk.services.requests import list_requests, show_request

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
        for f in view.findings:
            print(f"  [{f['status']}] {f['code']} {f['subject']}: {f['message']}")
    return 0


def _cmd_quarantine(desk: Any, args: argparse.Namespace) -> int:
    from ssw_desk.services.quarantine import list_quarantine

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
            for code, e in get_catalogue(desk).entries.items()
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


def _cmd_check_photo(args: argparse.Namespace) -> int:
    from ssw_desk.services.photos import check_photo_files

    results = check_photo_files(args.files)
    if args.json:
        _print_json(results)
    else:
        for r in results:
            print(f"{r['file']}: {'ok' if r['ok'] else 'NOT OK'}")
            for c in r["checks"]:
                print(f"  [{c['status']:7}] {c['code']:20} {c['value']}  {c['message']}")
    return 0 if all(r["ok"] for r in results) else 1


def _cmd_report(desk: Any, args: argparse.Namespace) -> int:
    from pathlib import Path

    from ssw_desk.services import reports

    if args.action == "public-key":
        sys.stdout.write(reports.public_key(desk).decode())
        return 0
    if args.action == "issue":
        issued = reports.issue(
            desk, request_id=args.request_id, reissue_reason=args.reissue, out=args.out
        )
        info = {
            "serial": issued.serial,
            "code": issued.code,
            "out": args.out,
            "superseded": issued.superseded,
        }
        if args.json:
            _print_json(info)
        else:
            print(f"issued {issued.serial} -> {args.out}")
        return 0
    target = Path(args.target)
    if target.suffix.lower() == ".pdf" or target.is_file():
        check = reports.verify(desk, pdf=target.read_bytes())
    else:
        check = reports.verify(desk, code=args.target)
    if args.json:
        _print_json(check.as_dict())
    else:
        line = f"{check.status}: {check.serial or '?'}"
        if check.reason:
            line += f" ({check.reason})"
        if check.superseded_by:
            line += f" superseded by {check.superseded_by}"
        print(line)
    return 0 if check.status == "valid" else 1


def _cmd_demo(desk: Any, args: argparse.Namespace) -> int:
    from ssw_desk.services.demo import make_demo

    summary = make_demo(desk, count=args.count)
    print(summary)
    if args.no_gui:
        return 0
    return _start_gui(args, desk)


def _start_gui(args: argparse.Namespace, desk: Any) -> int:
    from ssw_desk.gui.app import run

    return run(desk, lang=args.lang, smoke_test=args.smoke_test)


def main(argv: Sequence[str] | None = None) -> int:
    from ssw_desk.logs import setup_logging

    args = build_parser().parse_args(argv)
    setup_logging()
    if args.command == "check-photo":
        return _cmd_check_photo(args)
    from ssw_desk.services.context import Desk

    try:
        desk = Desk.open(args.db)
    except DeskError as exc:
        print(f"error: {exc.code} {exc.detail}", file=sys.stderr)
        return 2
    try:
        handlers = {
            "import": _cmd_import,
            "requests": _cmd_requests,
            "quarantine": _cmd_quarantine,
            "roster": _cmd_roster,
            "demo": _cmd_demo,
            "report": _cmd_report,
            "closures": _cmd_closures,
            "catalogue": _cmd_catalogue,
        }
        if args.command is None:
            return _start_gui(args, desk)
        return handlers[args.command](desk, args)
    except DeskError as exc:
        print(f"error: {exc.code} {exc.detail}", file=sys.stderr)
        return 2
    finally:
        desk.close()
