"""HTML bodies to plain text, keeping the line structure a reader sees.

Uses BeautifulSoup with the standard library's ``html.parser`` (no lxml needed), which copes
with the broken HTML that mail clients produce.
"""

from __future__ import annotations

import re
import warnings

from bs4 import BeautifulSoup, Comment, Doctype, NavigableString, Tag, XMLParsedAsHTMLWarning

__all__ = ["cid_references", "html_to_text", "remove_html_quotes"]

_DROP = frozenset({"script", "style", "head", "title", "template", "noscript", "object"})
_BLOCK = frozenset(
    {
        "address", "article", "aside", "blockquote", "center", "dd", "div", "dl", "dt",
        "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hr", "li", "main", "nav", "ol", "pre", "section", "table", "tbody", "thead", "tfoot",
        "tr", "ul",
    }
)  # fmt: skip
_CELLS = frozenset({"td", "th"})
_CID = re.compile(r"""cid:([^"'\s>)]+)""", re.I)

# Quote containers of Gmail, Thunderbird, Apple Mail, Yahoo and Outlook on the web.
_QUOTE_SELECTORS = (
    "div.gmail_quote",
    "div.gmail_quote_container",
    "div.gmail_attr",
    "div.moz-cite-prefix",
    "div.yahoo_quoted",
    "blockquote",
)
# Outlook (web and desktop) marks where the quoted history starts; everything after goes.
_OUTLOOK_MARKERS = (
    "div#appendonsend",
    "div#divRplyFwdMsg",
    "div#mail-editor-reference-message-container",
)


def _soup(html: str) -> BeautifulSoup:
    with warnings.catch_warnings():
        # an XHTML body with an XML declaration is still HTML to us
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        return BeautifulSoup(html, "html.parser")


class _TextWriter:
    """Accumulates text with block-aware line breaks."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def _tail(self) -> str:
        return "".join(self.parts[-3:])

    def text(self, value: str) -> None:
        self.parts.append(value)

    def newline(self) -> None:
        self.parts.append("\n")

    def ensure_line_start(self) -> None:
        if self.parts and not self._tail().endswith("\n"):
            self.parts.append("\n")

    def ensure_blank_line(self) -> None:
        if not self.parts:
            return
        tail = self._tail()
        if not tail.endswith("\n\n"):
            self.parts.append("\n" if tail.endswith("\n") else "\n\n")


def _walk(node: Tag, out: _TextWriter, in_pre: bool) -> None:
    for child in node.children:
        if isinstance(child, (Comment, Doctype)):
            continue
        if isinstance(child, NavigableString):
            text = str(child).replace("\xa0", " ")
            out.text(text if in_pre else re.sub(r"\s+", " ", text))
            continue
        if not isinstance(child, Tag) or child.name in _DROP:
            continue
        name = child.name
        if name == "br":
            out.newline()
        elif name == "p":
            out.ensure_blank_line()
            _walk(child, out, in_pre)
            out.ensure_blank_line()
        elif name in _BLOCK:
            out.ensure_line_start()
            _walk(child, out, in_pre or name == "pre")
            out.ensure_line_start()
        elif name in _CELLS:
            _walk(child, out, in_pre)
            out.text("\t")
        elif name == "img" and child.get("alt"):
            out.text(str(child.get("alt")))
        else:
            _walk(child, out, in_pre)


def _tidy(text: str) -> str:
    lines = [line.strip(" \t") for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


def html_to_text(html: str) -> str:
    """Convert an HTML mail body to text.

    ``<br>`` and block elements (``<p>``, ``<div>``, ``<li>``, ``<tr>``, headings ...) become
    line breaks, table cells are separated by a tab, ``<style>``/``<script>``/``<head>`` are
    dropped, runs of blank lines are collapsed to one.

    Args:
        html: The HTML document or fragment.

    Returns:
        Plain text.
    """
    soup = _soup(html)
    root = soup.body if soup.body is not None else soup
    out = _TextWriter()
    _walk(root, out, in_pre=False)
    return _tidy("".join(out.parts))


def remove_html_quotes(html: str) -> str:
    """Return ``html`` without the quoted history of a reply (Gmail, Outlook, Apple, Thunderbird).

    Args:
        html: The HTML body of a reply.

    Returns:
        HTML with quote containers (and everything after Outlook's reply marker) removed.
    """
    soup = _soup(html)
    for selector in _OUTLOOK_MARKERS:
        marker = soup.select_one(selector)
        if marker is None:
            continue
        node: Tag | None = marker
        while node is not None and node.name != "[document]":
            for sibling in list(node.next_siblings):
                sibling.extract()
            node = node.parent
        marker.decompose()
    for selector in _QUOTE_SELECTORS:
        for element in soup.select(selector):
            if not element.decomposed:
                element.decompose()
    return str(soup)


def cid_references(html: str) -> set[str]:
    """Content ids referenced by ``cid:`` URLs in ``html``, lower case."""
    return {match.lower() for match in _CID.findall(html)}
