"""``ssw-desk key export FILE | import FILE [--replace] | rotate | show``: the desk key.

These run before the usual key check (``rotate`` must open a database whose key is changing).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ssw_desk.errors import DeskError


def add_parsers(sub: Any) -> None:
    """Register the ``key`` command group."""
    p = sub.add_parser("key", help="the desk key that seals stored data (export, import, rotate)")
    kp = p.add_subparsers(dest="action", required=True)
    q = kp.add_parser("export", help="write this workstation's key to a file (mode 0600)")
    q.add_argument("file")
    q = kp.add_parser("import", help="install a key exported on another workstation")
    q.add_argument("file")
    q.add_argument("--replace", action="store_true", help="replace a different key (kept .bak)")
    kp.add_parser("rotate", help="re-seal everything under a new key (resumes if interrupted)")
    kp.add_parser("show", help="the fingerprint this workstation holds and the database expects")


def run(args: argparse.Namespace) -> int:
    """Run a ``key`` action; errors are reported as ``error: CODE detail``."""
    from ssw_desk.config import resolve_db_url
    from ssw_desk.storage import deskkey
    from ssw_desk.storage.crypto import BlobKey, load_key
    from ssw_desk.storage.db import Database

    try:
        if args.action == "export":
            fingerprint = deskkey.export_key(Path(args.file))
            print(f"exported desk key {fingerprint} to {args.file}")
            return 0
        if args.action == "import":
            fingerprint = deskkey.import_key(Path(args.file), replace=args.replace)
            print(f"installed desk key {fingerprint}")
            return 0
        db = Database(resolve_db_url(args.db), check_key=False)
        try:
            if args.action == "show":
                raw = load_key()
                with db.begin() as session:
                    state = deskkey._state(session) or {}
                print(f"this workstation: {BlobKey(raw).fingerprint if raw else 'no key'}")
                print(f"database expects: {state.get('fingerprint', 'nothing yet')}")
                if state.get("rotating_to"):
                    print(f"rotating to:      {state['rotating_to']}")
                return 0
            old, new, count = deskkey.rotate(db.begin)
            print(f"desk key {old} -> {new}: {count} values re-sealed")
            print("other workstations: ssw-desk key import FILE (export it here with key export)")
            return 0
        finally:
            db.dispose()
    except (DeskError, OSError) as exc:
        code = exc.code if isinstance(exc, DeskError) else "storage.key_file"
        detail = exc.detail if isinstance(exc, DeskError) else type(exc).__name__
        print(f"error: {code} {detail}", file=sys.stderr)
        return 2
