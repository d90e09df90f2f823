"""Find the messages inside the paths a user picked: files, folders, mbox files, Maildirs.

Accounting rule: the caller counts imported + duplicates + quarantined = inputs, so every input
file yields exactly one :class:`MailSource` and every mbox message yields one too. Nothing is
silently skipped except what is not an input at all:

* hidden entries (name starting with ``.``: ``.DS_Store``, editor backups) in a folder walk;
* a Maildir's ``tmp`` folder (messages still being delivered) and the other files in a Maildir
  root (``dovecot-uidlist``, ``maildirfolder`` ...); only ``new``, ``cur`` and Maildir++
  subfolders are read there;
* symbolic links to folders (to avoid cycles); links to files are followed.

Everything else is yielded. A file that is not mail (``README.txt``, a photo) is yielded with
its bytes and parse_mail quarantines it as ``mail.not_email``; a path that does not exist or
cannot be read is yielded with ``raw=b''`` and becomes ``mail.empty``.

The format is taken from the content, never the extension: OLE2 magic means ``.msg``, a first
line ``From `` means an mbox file, anything else is treated as a single RFC 5322 message.
"""

from __future__ import annotations

import logging
import mailbox
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from ssw_desk.mail.model import MailSource
from ssw_desk.mail.msg import OLE_MAGIC

__all__ = ["display_path", "iter_sources"]

log = logging.getLogger(__name__)

_MAILDIR_PARTS = ("cur", "new", "tmp")


def display_path(path: Path | str) -> str:
    """A path as printable text. A name that is not valid UTF-8 (a Shift_JIS name from a
    Windows zip unpacked on Linux) is read as cp932, else its odd bytes are shown as ``\\xNN``.
    """
    text = str(path)
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        pass
    data = os.fsencode(text)
    try:
        text = data.decode("cp932")
        if not _ODD.search(text):
            return text
    except UnicodeDecodeError:
        pass
    return data.decode("utf-8", "backslashreplace")


_ODD = re.compile("[\x00-\x1f\x7f-\x9f\ue000-\uf8ff]")  # controls, private use


def _is_maildir(folder: Path) -> bool:
    return all((folder / name).is_dir() for name in _MAILDIR_PARTS)


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError as exc:
        log.warning("cannot read a mail input: %s", type(exc).__name__)
        return None


def _iter_mbox(path: Path) -> Iterator[MailSource]:
    """One source per message of an mbox file, raw bytes without the ``From`` line."""
    box = mailbox.mbox(path, create=False)
    try:
        box.lock = lambda: None  # type: ignore[method-assign]  # read-only: never lock or write
        for number, key in enumerate(box.iterkeys(), start=1):
            raw = box.get_bytes(key)
            fmt = "msg" if raw.startswith(OLE_MAGIC) else "eml"
            yield MailSource(origin=f"{display_path(path)}#{number}", raw=raw, source_format=fmt)
    finally:
        box.close()


def _cr_only(raw: bytes) -> bool:
    """Classic Mac OS line endings: CR alone (the mailbox module splits on LF only)."""
    return b"\n" not in raw[:65536] and b"\r" in raw


def _split_cr_mbox(path: Path, raw: bytes) -> list[MailSource]:
    """An mbox file with CR line endings, one source per message (bytes kept as they are)."""
    pieces = re.split(rb"\r(?=From )", raw)
    sources = []
    for number, piece in enumerate(pieces, start=1):
        body = piece.split(b"\r", 1)[1] if b"\r" in piece else b""
        fmt = "msg" if body.startswith(OLE_MAGIC) else "eml"
        sources.append(MailSource(f"{display_path(path)}#{number}", body, fmt))
    if len(sources) == 1:  # one message: the file itself is the input, as for any file
        return [MailSource(display_path(path), raw, sources[0].source_format)]
    return sources


def _iter_file(path: Path) -> Iterator[MailSource]:
    raw = _read(path)
    if raw is None:
        yield MailSource(origin=display_path(path), raw=b"", source_format="eml")
        return
    if raw.startswith(OLE_MAGIC):
        yield MailSource(origin=display_path(path), raw=raw, source_format="msg")
        return
    if raw.startswith(b"From "):
        try:
            sources = _split_cr_mbox(path, raw) if _cr_only(raw) else list(_iter_mbox(path))
        except (OSError, mailbox.Error) as exc:
            log.warning("mbox could not be split: %s", type(exc).__name__)
            sources = []
        if sources:
            yield from sources
            return
    yield MailSource(origin=display_path(path), raw=raw, source_format="eml")


def _iter_maildir(folder: Path) -> Iterator[MailSource]:
    for part in ("new", "cur"):
        for path in sorted((folder / part).iterdir()):
            if path.is_file() and not path.name.startswith("."):
                yield from _iter_file(path)


def _iter_folder(folder: Path) -> Iterator[MailSource]:
    maildir = _is_maildir(folder)
    if maildir:
        yield from _iter_maildir(folder)
    try:
        entries = sorted(folder.iterdir())
    except OSError as exc:
        log.warning("cannot list a mail folder: %s", type(exc).__name__)
        return
    for entry in entries:
        if entry.is_symlink() and entry.is_dir():
            continue
        if maildir:
            # in a Maildir root only Maildir++ subfolders hold more messages
            if entry.is_dir() and entry.name not in _MAILDIR_PARTS and _is_maildir(entry):
                yield from _iter_folder(entry)
        elif entry.is_dir():
            if not entry.name.startswith(".") or _is_maildir(entry):
                yield from _iter_folder(entry)
        elif entry.is_file() and not entry.name.startswith("."):
            yield from _iter_file(entry)


def iter_sources(paths: Iterable[str | bytes | Path]) -> Iterator[MailSource]:
    """Expand the user's selection into one :class:`MailSource` per message.

    Args:
        paths: Files (.eml, .msg, extension-less, mbox) and folders (searched recursively,
            Maildir folders recognised by their ``cur``/``new``/``tmp`` subfolders).

    Yields:
        Sources in a stable order: the paths as given, folder entries sorted by name, Maildir
        ``new`` before ``cur``, mbox messages in file order (origin ``path#1``, ``path#2`` ...).
    """
    for item in paths:
        path = Path(os.fsdecode(item))
        if path.is_dir():
            yield from _iter_folder(path)
        elif path.exists():
            yield from _iter_file(path)
        else:
            yield MailSource(origin=display_path(path), raw=b"", source_format="eml")
