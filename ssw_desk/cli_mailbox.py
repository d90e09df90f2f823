"""Command line of the mailbox: ``ssw-desk mailbox ...`` and ``ssw-desk outbox ...``."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from typing import Any

from ssw_desk.errors import DeskError


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("mailbox", help="the secretariat's mailbox (IMAP in, SMTP out)")
    ms = p.add_subparsers(dest="action", required=True)
    q = ms.add_parser("set", help="servers, folders and sender (admin)")
    q.add_argument("--imap", help="imaps://user@host:993 or imap+starttls://user@host:143")
    q.add_argument("--smtp", help="smtp+starttls://user@host:587 or smtps://user@host:465")
    q.add_argument("--from", dest="from_addr", help="the secretariat's address")
    q.add_argument("--folder", help="where requests arrive (INBOX)")
    q.add_argument("--done-folder", help="where fetched messages are moved (else: marked seen)")
    q.add_argument("--sent-folder", help="the Sent folder (Sent)")
    q.add_argument(
        "--server-keeps-sent",
        choices=["yes", "no"],
        help="the SMTP server files its own copy in Sent (the desk then adds none)",
    )
    q.add_argument("--ca-file", help="PEM file of extra certificate authorities to trust")
    q.add_argument("--fetch-minutes", type=int, help="fetch on a timer every N minutes (0: off)")
    q.add_argument("--auth", choices=["password", "xoauth2"], help="how the desk logs in")
    q.add_argument("--oauth-device-url", help="the provider's device authorisation endpoint")
    q.add_argument("--oauth-token-url", help="the provider's token endpoint")
    q.add_argument("--oauth-client-id", help="the desk's client id at the provider")
    q.add_argument("--oauth-scope", help="scopes to ask for (IMAP and SMTP access)")
    q.add_argument("--json", action="store_true")
    q = ms.add_parser("show", help="the settings, the last fetch and who holds the lock")
    q.add_argument("--json", action="store_true")
    q = ms.add_parser("password", help="keep a server password in the OS key store")
    q.add_argument("server", choices=["imap", "smtp"])
    ms.add_parser("login", help="OAuth2: approve the desk in a browser (device code)")
    q = ms.add_parser("fetch", help="fetch new messages now")
    q.add_argument("--json", action="store_true")

    p = sub.add_parser("outbox", help="outgoing e-mail: notices and report e-mails")
    os_ = p.add_subparsers(dest="action", required=True)
    q = os_.add_parser("list")
    q.add_argument("--status", action="append", help="only these statuses (repeatable)")
    q.add_argument("--json", action="store_true")
    q = os_.add_parser("send", help="send what is due now")
    q.add_argument("--json", action="store_true")
    q = os_.add_parser("resend", help="send a failed or uncertain message again")
    q.add_argument("id", type=int)
    q.add_argument("--reason", required=True)
    q = os_.add_parser("cancel", help="cancel a message still waiting")
    q.add_argument("id", type=int)


def _print(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def run(desk: Any, args: argparse.Namespace) -> int:
    if args.command == "mailbox":
        return _mailbox(desk, args)
    return _outbox(desk, args)


def _mailbox(desk: Any, args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from ssw_desk.services.mail_settings import get_mailbox_settings, set_mailbox

    if args.action == "set":
        keeps = None if args.server_keeps_sent is None else args.server_keeps_sent == "yes"
        settings = set_mailbox(
            desk,
            imap=args.imap,
            smtp=args.smtp,
            from_addr=args.from_addr,
            folder=args.folder,
            done_folder=args.done_folder,
            sent_folder=args.sent_folder,
            server_keeps_sent=keeps,
            ca_file=args.ca_file,
            fetch_minutes=args.fetch_minutes,
            auth=args.auth,
            oauth_device_url=args.oauth_device_url,
            oauth_token_url=args.oauth_token_url,
            oauth_client_id=args.oauth_client_id,
            oauth_scope=args.oauth_scope,
        )
        if args.json:
            _print(asdict(settings))
        else:
            print("mailbox settings saved")
        return 0
    if args.action == "show":
        from ssw_desk.mailbox.status import mailbox_status

        status = mailbox_status(desk)
        if args.json:
            _print(status)
        else:
            for key, value in status.items():
                print(f"{key:16} {value}")
        return 0
    if args.action == "password":
        from ssw_desk.mailbox.connect import store_password

        settings = get_mailbox_settings(desk)
        url = settings.imap_url() if args.server == "imap" else settings.smtp_url()
        if sys.stdin.isatty():
            secret = getpass.getpass(f"{args.server} password for {url.user}: ")
        else:  # a script pipes it in (never on the command line: it would show in ps)
            secret = sys.stdin.readline().rstrip("\r\n")
        if not secret:
            raise DeskError("mailbox.no_password", args.server)
        store_password(url, secret)
        print("saved in the key store")
        return 0
    if args.action == "login":
        from ssw_desk.mailbox import oauth

        settings = get_mailbox_settings(desk)
        device = oauth.start_device_flow(settings)
        print(f"Open {device.verification_uri} and enter the code {device.user_code}", flush=True)
        oauth.poll_device_flow(settings, device)
        print("approved: the refresh token is kept in the key store")
        return 0
    from ssw_desk.mailbox.fetch import fetch

    result = fetch(desk)
    if args.json:
        _print(result.as_dict())
    else:
        print(
            f"{result.fetched} fetched: {result.imported} imported, "
            f"{result.duplicates} duplicates, {result.quarantined} quarantined, "
            f"{result.notifications} bounces or automatic replies"
        )
    return 0


def _outbox(desk: Any, args: argparse.Namespace) -> int:
    from ssw_desk.services import outbox

    if args.action == "list":
        rows = outbox.list_outbox(desk, statuses=tuple(args.status or ()) or None)
        if args.json:
            _print({"outbox": [r.as_dict() for r in rows]})
        else:
            for r in rows:
                print(f"{r.id:6} {r.status:10} {r.kind:20} tries={r.attempts} {r.last_error or ''}")
        return 0
    if args.action == "resend":
        outbox.resend(desk, outbox_id=args.id, reason=args.reason)
        return 0
    if args.action == "cancel":
        outbox.cancel(desk, outbox_id=args.id)
        return 0
    from ssw_desk.mailbox.send import send_outbox

    try:
        result = send_outbox(desk)
    except DeskError as exc:
        if exc.code != "mailbox.busy":
            raise
        data = {"sent": 0, "failed": 0, "waiting": outbox.count_waiting(desk), "busy": exc.detail}
        _print(data) if args.json else print(f"another desk sends now ({exc.detail})")
        return 0
    if args.json:
        _print(result.as_dict())
    else:
        print(f"{result.sent} sent, {result.failed} failed, {result.waiting} waiting")
    return 0 if result.error is None else 3
