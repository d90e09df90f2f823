"""Real mail benchmark: import every message of ``../shared/mail/realworld`` in both modes.

Prints, for the in-process import (``SSW_DESK_IMPORT_WORKERS=0``) and the pooled one, the
inputs, imported / duplicates / quarantined / failed with the reasons, and the time; then how
many messages the desk reads differently from an independent reference (Python's ``email``
package; for ``.msg`` a small olefile reader, see ``bench/reference.py``): body text
(whitespace ignored) or attachment bytes, and how many messages the reference reads but the
desk quarantined. Aims: zero crashes, zero silent drops, under 1 % of what the reference reads
quarantined.

Usage: ``python bench/realmail.py [--folder PATH] [--show N]``
"""

from __future__ import annotations

import argparse
import collections
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reference import normalise, reference_read

from ssw_desk.config import Actor
from ssw_desk.mail import MailError, iter_sources, parse_mail
from ssw_desk.services.context import Desk
from ssw_desk.services.intake import ImportResult, import_paths

ROOT = Path(__file__).resolve().parents[1]


def realworld_folder() -> Path:
    """``shared/mail/realworld/mail`` beside the clone (or beside a folder holding it)."""
    for base in ROOT.parents:
        candidate = base / "shared" / "mail" / "realworld" / "mail"
        if candidate.is_dir():
            return candidate
    return ROOT.parent / "shared" / "mail" / "realworld" / "mail"


DEFAULT = realworld_folder()


def run_import(folder: Path, workers: str) -> tuple[ImportResult, float]:
    os.environ["SSW_DESK_IMPORT_WORKERS"] = workers
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["SSW_DESK_DATA_DIR"] = tmp
        desk = Desk.open(f"sqlite:///{tmp}/bench.sqlite3", actor=Actor("bench", "bench"))
        try:
            start = time.perf_counter()
            result = import_paths(desk, paths=[folder])
            return result, time.perf_counter() - start
        finally:
            desk.close()


def compare(folder: Path, show: int) -> dict[str, int]:
    """Desk reading against the reference, message by message (no database)."""
    out: collections.Counter[str] = collections.Counter()
    shown = 0
    for source in iter_sources([folder]):
        ref = reference_read(source.raw)
        try:
            mail = parse_mail(source.raw, source_format=source.source_format)
        except MailError as exc:
            out["desk_refused"] += 1
            if ref is not None and (normalise(ref[0]) or ref[1]):
                out["reference_reads_desk_refused"] += 1
                if shown < show:
                    print(f"  refused {exc.code}: {source.origin}")
                    shown += 1
            continue
        if ref is None:
            out["reference_cannot_read"] += 1
            continue
        out["compared"] += 1
        ours = sorted(__import__("hashlib").sha256(a.data).hexdigest() for a in mail.attachments)
        if normalise(mail.body_text) != normalise(ref[0]):
            out["body_differs"] += 1
        if ours != ref[1]:
            out["attachments_differ"] += 1
        if normalise(mail.body_text) != normalise(ref[0]) or ours != ref[1]:
            out["differs"] += 1
    return dict(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=DEFAULT)
    parser.add_argument("--show", type=int, default=10, help="list this many refused messages")
    args = parser.parse_args()
    if not args.folder.is_dir():
        print(f"corpus not found: {args.folder} (the shared folder beside the clone)")
        return 2
    files = sum(1 for p in args.folder.iterdir() if p.is_file())
    print(f"corpus: {files} files in {args.folder}")
    for mode, workers in (("in-process", "0"), ("pooled", "2")):
        result, seconds = run_import(args.folder, workers)
        listed = len(result.not_imported)
        silent = result.inputs - result.imported - listed
        print(
            f"{mode:10s}: {result.inputs} inputs, {result.imported} imported, "
            f"{result.duplicates} duplicates, {result.quarantined} quarantined, "
            f"{result.failed} failed; {result.reused_message_ids} reused Message-IDs; "
            f"not imported and listed {listed}, silent drops {silent}; {seconds:.1f} s"
        )
        for reason, count in sorted(result.reasons.items()):
            print(f"    {count:4d} x {reason}")
    figures = compare(args.folder, args.show)
    readable = figures.get("compared", 0) + figures.get("reference_reads_desk_refused", 0)
    refused = figures.get("reference_reads_desk_refused", 0)
    print(
        f"reference: compared {figures.get('compared', 0)}, differ {figures.get('differs', 0)} "
        f"(body {figures.get('body_differs', 0)}, attachments "
        f"{figures.get('attachments_differ', 0)}); reference cannot read "
        f"{figures.get('reference_cannot_read', 0)}"
    )
    share = 100 * refused / readable if readable else 0.0
    print(f"quarantined although the reference reads them: {refused} of {readable} ({share:.2f} %)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
