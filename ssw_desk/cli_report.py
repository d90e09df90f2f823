"""``ssw-desk report ...`` and ``ssw-desk key issuer-* / register / retire / revoke``.

Issuing keys belong to issuers (see :mod:`ssw_desk.services.report_keys`): the passphrase is
read from ``SSW_DESK_ISSUER_PASSPHRASE`` or asked for at the terminal, never from arguments.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any

from ssw_desk.errors import DeskError

MAX_TARGET = 4096


def add_parsers(sub: Any) -> None:
    """Register the ``report`` command group."""
    p = sub.add_parser("report", help="issue, verify and revoke Score reports")
    rp = p.add_subparsers(dest="action", required=True)
    q = rp.add_parser("issue")
    q.add_argument("request_id", type=int)
    q.add_argument("--out", required=True, help="where to write the PDF")
    q.add_argument("--reissue", metavar="REASON", help="supersede the earlier report")
    q.add_argument("--expect-revision", type=int, help="the revision the decision was taken on")
    q.add_argument("--json", action="store_true")
    q = rp.add_parser("verify", help="valid, invalid, superseded, revoked or malformed")
    q.add_argument("target", help="a report PDF or a printed/scanned code")
    q.add_argument("--json", action="store_true")
    q = rp.add_parser("public-key", help="the signed public-key registry (JSON) for verifiers")
    q.add_argument("--out", help="write to this file instead of standard output")
    q = rp.add_parser("revocations", help="the signed list of revoked and superseded reports")
    q.add_argument("--out", help="write to this file instead of standard output")
    q = rp.add_parser("revoke", help="revoke an issued report (supervisor)")
    q.add_argument("serial")
    q.add_argument("--reason", required=True)

    p = sub.add_parser("issuer-key", help="issuer signing keys (create, register, retire)")
    kp = p.add_subparsers(dest="action", required=True)
    q = kp.add_parser("create", help="create your issuer key (asks for a passphrase)")
    q.add_argument("--issuer", help="name on the certificate (default: your user name)")
    q.add_argument("--cert-out", help="write the certificate (for the admin) to this file")
    q = kp.add_parser("register", help="register an issuer's certificate (admin)")
    q.add_argument("certificate")
    q.add_argument("--issuer")
    q.add_argument("--valid-from", type=dt.date.fromisoformat)
    q.add_argument("--valid-until", type=dt.date.fromisoformat)
    for action in ("retire", "revoke"):
        q = kp.add_parser(action, help=f"{action} a registered key (admin)")
        q.add_argument("key_id")
    q = kp.add_parser("list", help="the registered keys")
    q.add_argument("--json", action="store_true")

    p = sub.add_parser("retention", help="remove personal data after the retention period")
    rp = p.add_subparsers(dest="action", required=True)
    q = rp.add_parser("purge", help="purge decided requests past the period (admin)")
    q.add_argument("--json", action="store_true")
    q = rp.add_parser("hold", help="keep a request beyond the period (admin)")
    q.add_argument("request_id", type=int)
    q.add_argument("--reason", required=True)
    q = rp.add_parser("release", help="end a hold (admin)")
    q.add_argument("request_id", type=int)


def _passphrase(confirm: bool = False) -> str | None:
    from ssw_desk.services.report_keys import PASSPHRASE_ENV

    if os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    if not sys.stdin.isatty():
        return None
    first = getpass.getpass("Issuer key passphrase: ")
    if confirm and getpass.getpass("Again: ") != first:
        raise DeskError("key.passphrase_mismatch")
    return first


def _write(data: dict[str, Any], out: str | None) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if out:
        Path(out).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


def _verify(desk: Any, args: argparse.Namespace) -> int:
    from ssw_desk.services import reports

    target: str = args.target
    pdf: bytes | None = None
    looks_like_code = target.strip().upper().startswith(("SSW1.", "SSW2."))
    if len(target) <= MAX_TARGET and not looks_like_code:
        path = Path(target)
        try:
            is_file = path.is_file()
        except OSError:  # e.g. a name too long for the file system: read it as a code
            is_file = False
        if is_file:
            try:
                pdf = path.read_bytes()
            except OSError as exc:
                raise DeskError("report.file_unreadable", type(exc).__name__) from exc
        elif path.suffix.lower() == ".pdf":
            raise DeskError("report.file_not_found", path.name)
    check = reports.verify(desk, pdf=pdf) if pdf is not None else reports.verify(desk, code=target)
    if args.json:
        json.dump(check.as_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        line = f"{check.result}: {check.serial or '?'}"
        if check.reason:
            line += f" ({check.reason})"
        if check.superseded_by:
            line += f" superseded by {check.superseded_by}"
        if check.scheme != "SSW2":
            line += f" [earlier scheme {check.scheme}]"
        print(line)
        for key, value in (check.signed or {}).items():
            print(f"  {key}: {value}")
    return 0 if check.result == "valid" else 1


def run_report(desk: Any, args: argparse.Namespace) -> int:
    """Run a ``report`` action."""
    from ssw_desk.services import report_keys, reports

    if args.action == "verify":
        return _verify(desk, args)
    if args.action == "public-key":
        _write(report_keys.export_registry(desk, _passphrase()), args.out)
        return 0
    if args.action == "revocations":
        _write(report_keys.export_revocations(desk, _passphrase()), args.out)
        return 0
    if args.action == "revoke":
        reports.revoke(desk, serial=args.serial, reason=args.reason)
        print(f"revoked {args.serial}")
        return 0
    issued = reports.issue(
        desk,
        request_id=args.request_id,
        reissue_reason=args.reissue,
        out=args.out,
        passphrase=_passphrase(),
        expect_revision=args.expect_revision,
    )
    info = {"serial": issued.serial, "code": issued.code, "out": args.out}
    info["superseded"] = issued.superseded
    if args.json:
        _write(info, None)
    else:
        print(f"issued {issued.serial} -> {args.out}")
    return 0


def run_issuer_key(desk: Any, args: argparse.Namespace) -> int:
    """Run an ``issuer-key`` action."""
    from ssw_desk.services import report_keys

    if args.action == "create":
        secret = _passphrase(confirm=True)
        if not secret:
            raise DeskError("report.issuer_key_locked", report_keys.PASSPHRASE_ENV)
        key = report_keys.create_key(desk, secret, issuer=args.issuer)
        if args.cert_out:
            Path(args.cert_out).write_bytes(key.certificate_pem())
        print(f"created issuer key {key.key_id} in {report_keys.key_path()}")
        print("an admin registers it: ssw-desk issuer-key register CERT.pem")
        return 0
    if args.action == "register":
        key_id = report_keys.register(
            desk,
            Path(args.certificate).read_bytes(),
            issuer=args.issuer,
            valid_from=args.valid_from,
            valid_until=args.valid_until,
        )
        print(f"registered {key_id}")
        return 0
    if args.action in ("retire", "revoke"):
        report_keys.set_status(
            desk, args.key_id, "retired" if args.action == "retire" else "revoked"
        )
        print(f"{args.action}d {args.key_id}")
        return 0
    rows = report_keys.list_keys(desk)
    if args.json:
        _write({"keys": rows}, None)
    else:
        for row in rows:
            print(f"{row['key_id']}  {row['status']:8} {row['valid_from']}..{row['valid_until']}")
    return 0


def run_retention(desk: Any, args: argparse.Namespace) -> int:
    """Run a ``retention`` action."""
    from dataclasses import asdict

    from ssw_desk.services import retention

    if args.action == "hold":
        retention.hold(desk, request_id=args.request_id, reason=args.reason)
        print(f"held request {args.request_id}")
        return 0
    if args.action == "release":
        retention.release(desk, request_id=args.request_id)
        print(f"released request {args.request_id}")
        return 0
    summary = retention.purge(desk)
    if args.json:
        _write(asdict(summary), None)
    else:
        print(
            f"purged {len(summary.requests)} requests, {summary.quarantined} quarantined "
            f"messages, {summary.outbox} outbox copies, {summary.roster} roster rows, "
            f"{summary.blobs} stored files; kept {len(summary.held)} on hold"
        )
    return 0
