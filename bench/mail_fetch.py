"""Mailbox benchmark: fetch and import request e-mails from a local Dovecot.

(Named mail_fetch, not mailbox: a script named mailbox.py in bench/ would shadow the standard
library module for every script run from there.)

"Fetch and import 1,000 request e-mails from the local Dovecot; print mails per second and the
ratio to the bare work (IMAP download + parse + image decode) in the same run. Aim: ratio
<= 1.5."

The mails are those of ``bench/intake.py`` (demo people, three images each), generated in a
temporary folder (not timed) and appended to a private Dovecot on 127.0.0.1 (started here, as
in the tests: ``tests/mailbox/servers.py``; needs the ``dovecot-imapd`` package). The bare
work downloads every message over IMAPS in the same batches as the desk, parses it and decodes
every image; the desk then runs ``fetch`` (download, intake into a fresh SQLite desk, state,
move to the done folder).

Usage: ``python bench/mail_fetch.py [--count 1000] [--seed 1] [--workers N] [--keep]``
"""

from __future__ import annotations

import argparse
import email
import email.policy
import io
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.intake import cpu_seconds, generate
from tests.mailbox.servers import PASSWORD, USER, Dovecot


def bare_work(dovecot: Dovecot, batch: int) -> tuple[float, int, int]:
    """Download every message of INBOX, parse it, decode its images: (seconds, mails, images)."""
    try:
        import pillow_heif

        pillow_heif.register_heif_opener()
    except ImportError:
        pass
    mails = images = 0
    start = time.perf_counter()
    with dovecot.client() as client:
        client.select_folder("INBOX", readonly=True)
        uids = sorted(client.search("ALL"))
        for i in range(0, len(uids), batch):
            chunk = uids[i : i + batch]
            data = client.fetch(chunk, [b"BODY.PEEK[]"])
            for uid in chunk:
                msg = email.message_from_bytes(data[uid][b"BODY[]"], policy=email.policy.default)
                mails += 1
                for part in msg.walk():
                    if part.get_content_maintype() != "image":
                        continue
                    with Image.open(io.BytesIO(part.get_payload(decode=True))) as image:
                        image.load()
                    images += 1
    return time.perf_counter() - start, mails, images


def desk_fetch(dovecot: Dovecot, work: Path) -> tuple[float, object]:
    os.environ["SSW_DESK_DATA_DIR"] = str(work / "data")
    os.environ["SSW_DESK_IMAP_PASSWORD"] = PASSWORD
    from ssw_desk.mailbox.fetch import fetch
    from ssw_desk.services.context import Desk
    from ssw_desk.services.mail_settings import set_mailbox

    desk = Desk.open(f"sqlite:///{work / 'desk.sqlite3'}")
    try:
        set_mailbox(
            desk,
            imap=f"imaps://{USER}@127.0.0.1:{dovecot.imaps_port}",
            ca_file=str(dovecot.cert),
            done_folder="Done",
            from_addr="secretariat@desk.example",
        )
        start = time.perf_counter()
        result = fetch(desk)
        return time.perf_counter() - start, result
    finally:
        desk.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=min(8, os.cpu_count() or 1))
    parser.add_argument("--aim", type=float, default=1.5)
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args(argv)

    from ssw_desk.mailbox import fetch as fetch_module

    root = Path(tempfile.mkdtemp(prefix="ssw-mailbox-bench-"))
    dovecot = Dovecot(root / "dovecot")
    try:
        t0 = time.perf_counter()
        (root / "mails").mkdir()
        paths = generate(root / "mails", args.count, args.seed, args.workers)
        print(f"generated {len(paths)} mails in {time.perf_counter() - t0:.1f} s")
        dovecot.configure()
        dovecot.start()
        t0 = time.perf_counter()
        with dovecot.client() as client:
            for path in paths:
                client.append("INBOX", path.read_bytes())
        print(f"appended to Dovecot in {time.perf_counter() - t0:.1f} s")
        cpu = cpu_seconds()
        bare_s, mails, images = bare_work(dovecot, fetch_module.BATCH)
        bare_cpu = cpu_seconds() - cpu
        print(
            f"bare work: {mails / bare_s:8.1f} mails/s  ({mails} mails, {images} images, "
            f"{bare_s:.2f} s, {bare_cpu:.2f} s CPU)"
        )
        cpu = cpu_seconds()
        real_s, result = desk_fetch(dovecot, root)
        real_cpu = cpu_seconds() - cpu
        counts = result.as_dict()  # type: ignore[attr-defined]
        print(
            f"fetch:     {counts['fetched'] / real_s:8.1f} mails/s  ({real_s:.2f} s, "
            f"{real_cpu:.2f} s CPU with workers) fetched={counts['fetched']} "
            f"imported={counts['imported']} duplicates={counts['duplicates']} "
            f"quarantined={counts['quarantined']}"
        )
        print(f"left in INBOX: {len(dovecot.folder_uids('INBOX'))}, "
              f"in Done: {len(dovecot.folder_uids('Done'))}")  # fmt: skip
        ratio = real_s / bare_s
        print(f"ratio fetch/bare: {ratio:.2f} (aim <= {args.aim})")
        return 0 if ratio <= args.aim else 1
    finally:
        dovecot.stop()
        if args.keep:
            print(f"kept {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
