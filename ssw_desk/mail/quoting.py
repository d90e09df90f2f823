"""Keep only what the sender wrote now: drop quoted reply history from a plain-text body.

Cut points (everything from the first one onward is dropped):

* attribution lines: ``On ... wrote:`` (also wrapped over two lines, as Gmail does), and their
  translations (Japanese ``...のメッセージ:``, ``...さんは書きました:``, ``...のメール:``,
  Gmail's ``2024年5月12日(日) 10:00 山田 <x@y>:``, Vietnamese ``... đã viết:``, Chinese
  ``...写道:``, Indonesian ``... menulis:`` ...);
* separators: ``-----Original Message-----``, ``-----元のメッセージ-----``, Outlook's
  ``________________`` rule when a header block follows;
* Outlook header blocks: ``From:``/``差出人:``/``送信者:`` followed within four lines by
  ``Sent:``/``Date:``/``送信日時:``/``日付:``.

Lines starting with ``>`` are dropped wherever they are. Forward markers (``---------- Forwarded
message ---------``, ``Begin forwarded message:``, ``転送メッセージ``) are *not* cut points: a
forwarded message is content, not history, and neither is the header block right after one.
If stripping would leave nothing, the text is returned unchanged (a request forwarded without a
comment must stay readable).
"""

from __future__ import annotations

import re

__all__ = ["strip_quoted"]

_WROTE = re.compile(
    r"(wrote|writes|đã viết|写道|寫道|menulis|escribió|a écrit|schrieb|เขียนว่า"
    r"|のメッセージ|さんは書きました|書きました|のメール|からのメール)\s*[:：]\s*$",
    re.I,
)
_ON_START = re.compile(r"^(On|Am|Le|El|Vào|Pada|在)\s", re.I)
_SEPARATOR = re.compile(
    r"^[-=_ ]*(Original Message|元のメッセージ|オリジナルメッセージ|Tin nhắn gốc)[-=_ ]*$", re.I
)
_RULE = re.compile(r"^_{10,}\s*$")
_FROM = re.compile(r"^\**(From|差出人|送信者|Từ)\**\s*[:：]", re.I)
_SENT = re.compile(r"^\**(Sent|Date|送信日時|送信日|日付|日時|Đã gửi|Gửi)\**\s*[:：]", re.I)
_FORWARD = re.compile(
    r"(Forwarded message|Forwarded Message|Begin forwarded message|転送メッセージ"
    r"|転送されたメッセージ|Tin nhắn đã chuyển tiếp)",
    re.I,
)
_JP_DATE_ATTRIBUTION = re.compile(r"^\d{4}\s*[年/.-]\s*\d{1,2}\s*[月/.-]\s*\d{1,2}.*[:：]\s*$")


def _is_quoted(line: str) -> bool:
    return line.lstrip().startswith(">")


def _next_content(lines: list[str], start: int) -> str | None:
    """The first non-blank line at or after ``start``."""
    for line in lines[start:]:
        if line.strip():
            return line
    return None


def _is_attribution(lines: list[str], i: int) -> bool:
    line = lines[i].strip()
    if _WROTE.search(line):
        return True
    if _ON_START.match(line) and not line.endswith((":", "：")):
        # Gmail wraps a long "On <date> <name> <address> wrote:" over two lines
        following = lines[i + 1].strip() if i + 1 < len(lines) else ""
        return bool(_WROTE.search(following))
    if _JP_DATE_ATTRIBUTION.match(line) and ("@" in line or ":" in line[:-1]):
        after = _next_content(lines, i + 1)
        return after is None or _is_quoted(after) or "@" in line
    return False


def _is_header_block(lines: list[str], i: int) -> bool:
    """``From:`` followed within four lines by ``Sent:``/``Date:`` (Outlook, any language)."""
    if not _FROM.match(lines[i].strip()):
        return False
    return any(_SENT.match(line.strip()) for line in lines[i + 1 : i + 5])


def _after_forward_marker(lines: list[str], i: int) -> bool:
    """True when the nearest non-blank line above ``i`` is a forward marker."""
    for line in reversed(lines[max(0, i - 3) : i]):
        if line.strip():
            return bool(_FORWARD.search(line))
    return False


def _cut_index(lines: list[str]) -> int | None:
    for i, raw in enumerate(lines):
        line = raw.strip()
        if not line or _is_quoted(raw):
            continue
        if _SEPARATOR.match(line) or _is_attribution(lines, i):
            return i
        outlook_rule = _RULE.match(line) and i + 1 < len(lines) and _is_header_block(lines, i + 1)
        if (outlook_rule or _is_header_block(lines, i)) and not _after_forward_marker(lines, i):
            return i
    return None


def strip_quoted(text: str) -> str:
    """Return ``text`` without quoted reply history (see the module docstring for the rules).

    Args:
        text: A plain-text mail body (``\\n`` line ends).

    Returns:
        The new text, trailing blank lines removed; ``text`` itself when nothing would remain.
    """
    lines = text.split("\n")
    cut = _cut_index(lines)
    kept = [line for line in (lines if cut is None else lines[:cut]) if not _is_quoted(line)]
    result = "\n".join(kept).strip("\n")
    if not result.strip():
        return text
    return result.rstrip()
