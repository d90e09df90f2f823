"""Independent readings of a message for the benchmarks and tests: Python's ``email`` package
for RFC 5322 bytes, a small olefile reader for Outlook ``.msg`` (not the desk's python-oxmsg).

``reference_read(raw)`` gives (body text, attachment SHA-256s) or None when the reference
cannot read the message either. Used by ``bench/realmail.py`` and the fuzz test.
"""

from __future__ import annotations

import hashlib
import io
import re
from email import message_from_bytes, policy
from email.message import EmailMessage

import olefile

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    return _SPACE.sub("", text)


def _eml(raw: bytes) -> tuple[str, list[str]] | None:
    msg = message_from_bytes(raw, policy=policy.default)
    if not isinstance(msg, EmailMessage) or not msg.keys():
        return None
    body = msg.get_body(preferencelist=("plain", "html"))
    text = ""
    if body is not None:
        try:
            text = str(body.get_content())
        except (LookupError, ValueError, AssertionError, KeyError):
            text = ""
    shas = []
    for part in msg.walk():
        if part.is_multipart() or part is body:
            continue
        if part.get_content_maintype() == "text" and part.get_filename() is None:
            continue
        if part.get_content_type().startswith("message/"):
            continue
        data = part.get_payload(decode=True)
        if isinstance(data, bytes) and data:
            shas.append(hashlib.sha256(data).hexdigest())
    return text, sorted(shas)


def _msg(raw: bytes) -> tuple[str, list[str]] | None:
    try:
        ole = olefile.OleFileIO(io.BytesIO(raw))
    except OSError:
        return None
    try:
        text = ""
        if ole.exists("__substg1.0_1000001F"):
            text = ole.openstream("__substg1.0_1000001F").read().decode("utf-16-le", "replace")
        elif ole.exists("__substg1.0_1000001E"):
            text = ole.openstream("__substg1.0_1000001E").read().decode("cp1252", "replace")
        shas = []
        for entry in ole.listdir(streams=True, storages=False):
            if (
                len(entry) == 2
                and entry[0].startswith("__attach_version1.0_")
                and entry[1] == "__substg1.0_37010102"
            ):
                data = ole.openstream(entry).read()
                if data:
                    shas.append(hashlib.sha256(data).hexdigest())
        return text.rstrip("\x00"), sorted(shas)
    finally:
        ole.close()


def reference_read(raw: bytes) -> tuple[str, list[str]] | None:
    """(body text, sorted attachment SHA-256s), or None when the reference cannot read it."""
    try:
        if raw.startswith(OLE_MAGIC):
            return _msg(raw)
        return _eml(raw)
    except Exception:  # the reference is a yardstick, not the thing measured
        return None
