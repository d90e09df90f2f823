"""Command line for clerks, the audit check and the key-store password (``ssw-desk clerks``,
``ssw-desk audit``, ``ssw-desk login``); registered by :mod:`ssw_desk.cli`."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from typing import Any

from ssw_desk.errors import DeskError

#: Commands that run before the database is opened (they provide what opening needs).
WITHOUT_DESK = {"login"}


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("clerks", help="desk users, their roles and display names (admin)")
    cs = p.add_subparsers(dest="action", required=True)
    q = cs.add_parser("add", help="add a clerk (PostgreSQL: a database login)")
    q.add_argument("name", help="the login (lower-case letters, digits, _)")
    q.add_argument("--role", required=True, choices=["clerk", "supervisor", "admin"])
    q.add_argument("--display-name", default="")
    q.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    q.add_argument("--json", action="store_true")
    q = cs.add_parser("list")
    q.add_argument("--json", action="store_true")
    q = cs.add_parser("disable", help="take a clerk's login away (the history stays)")
    q.add_argument("name")
    q = cs.add_parser("enable", help="give a disabled clerk their login back")
    q.add_argument("name")
    q = cs.add_parser("role", help="move a clerk to another role (PostgreSQL)")
    q.add_argument("name")
    q.add_argument("role", choices=["clerk", "supervisor", "admin"])

    p = sub.add_parser("audit", help="the tamper-evident history")
    au = p.add_subparsers(dest="action", required=True)
    q = au.add_parser("verify", help="check the hash chain and the signed heads")
    q.add_argument("--json", action="store_true")

    p = sub.add_parser("login", help="keep this clerk's database password in the OS key store")
    p.add_argument("--password-stdin", action="store_true")
    p.add_argument("--forget", action="store_true", help="remove the stored password")


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    return getpass.getpass("password: ")


def run_without_desk(args: argparse.Namespace) -> int:
    """``login``: stores (or forgets) the password for the URL's login in the key store."""
    try:
        return _login(args)
    except DeskError as exc:
        print(f"error: {exc.code} {exc.detail}", file=sys.stderr)
        return 2


def _login(args: argparse.Namespace) -> int:
    from sqlalchemy.engine import make_url

    from ssw_desk.config import resolve_db_url
    from ssw_desk.storage import passwords

    url = make_url(resolve_db_url(args.db))
    if not url.get_backend_name().startswith("postgresql"):
        raise DeskError("login.not_postgres")
    entry = passwords.entry_name(
        user=url.username or getpass.getuser(),
        host=url.host or "localhost",
        port=url.port or 5432,
        database=url.database or "",
    )
    try:
        if args.forget:
            passwords.forget(entry)
        else:
            passwords.store(entry, _password(args.password_stdin))
    except Exception as exc:  # keyring raises backend-specific errors
        raise DeskError("login.no_key_store", type(exc).__name__) from exc
    print("forgotten" if args.forget else "stored in the key store")
    return 0


def _clerks(desk: Any, args: argparse.Namespace) -> int:
    from ssw_desk.services import clerks

    if args.action == "add":
        password = _password(True) if args.password_stdin else None
        generated = clerks.add_clerk(
            desk,
            login=args.name,
            role=args.role,
            display_name=args.display_name,
            password=password,
        )
        info = {"login": args.name, "role": args.role, "initial_password": generated}
        if args.json:
            _print_json(info)
        else:
            print(f"added {args.name} ({args.role})")
            if generated:
                print(f"initial password (shown once): {generated}")
        return 0
    if args.action == "disable":
        clerks.disable_clerk(desk, login=args.name)
        print(f"disabled {args.name}")
        return 0
    if args.action == "enable":
        clerks.enable_clerk(desk, login=args.name)
        print(f"enabled {args.name}")
        return 0
    if args.action == "role":
        clerks.set_role(desk, login=args.name, role=args.role)
        print(f"{args.name} is now {args.role}")
        return 0
    views = clerks.list_clerks(desk, last_seen=True)
    if args.json:
        _print_json({"clerks": [v.as_dict() for v in views]})
    else:
        for v in views:
            state = "" if v.active else " (disabled)"
            seen = f" last seen {v.last_seen:%Y-%m-%d %H:%M}" if v.last_seen else ""
            print(f"{v.login:20} {v.role:10} {v.display_name}{state}{seen}")
    return 0


def _audit(desk: Any, args: argparse.Namespace) -> int:
    from ssw_desk.services.audit import verify_history

    check = verify_history(desk)
    if args.json:
        _print_json(check.as_dict())
    else:
        state = "ok" if check.ok else "NOT OK"
        print(f"{state}: {check.events} events, {check.heads_checked} signed heads checked")
        for problem in check.problems:
            print(f"  {problem['code']} event {problem['event']}")
    return 0 if check.ok else 1


HANDLERS = {"clerks": _clerks, "audit": _audit}
