"""What a Score report page must contain, computed the same way by the desk and by verifiers.

The desk draws the page in two content streams: the *body* (everything except the
verification code) and the *block* (the code's text and QR). The body is fixed before signing;
its digest (:func:`page_digest`: the body's drawing operators, the page box and every resource
it uses: fonts with their embedded glyphs, the photo) is signed. The block is a pure function
of the code (:func:`block_stream`), clipped to the verification box, so a verifier regenerates
it byte for byte. Anything else on the page -- an overlay stream, an edited operator, another
font or image, an annotation other than the invisible PDF-signature widget -- changes what is
compared and the report is *invalid*.
"""

from __future__ import annotations

import hashlib
from decimal import Decimal, InvalidOperation
from typing import Any

import segno
from pypdf import PageObject
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    ByteStringObject,
    DictionaryObject,
    FloatObject,
    IndirectObject,
    NameObject,
    NullObject,
    NumberObject,
    StreamObject,
    TextStringObject,
)

MM = 72 / 25.4
#: The resource name and definition of the font the code is printed in (not embedded).
CODE_FONT = "/SSWCode"
CODE_FONT_DICT = {"/Type": "/Font", "/Subtype": "/Type1", "/BaseFont": "/Courier"}
#: The verification box (x, y from the bottom-left, width, height) in points; the block is
#: clipped to it.
BOX = (15 * MM, 15 * MM, 180 * MM, 34 * MM)
QR_SIZE = 30 * MM
CODE_SIZE = 5.4
CODE_CHARS_PER_LINE = 112
_CODE_X = 53 * MM
_CODE_TOP = 297 * MM - 261.5 * MM
_LINE = 2.15 * MM
_MAX_DEPTH = 12
_SKIP_STREAM_KEYS = {"/Length", "/Filter", "/DecodeParms", "/DL"}


class PageError(ValueError):
    """The page cannot be read as a report page; ``reason`` is the named reason."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _num(value: float) -> str:
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def code_lines(code: str) -> list[str]:
    """The code as printed: fixed-width lines (readers drop the line breaks again)."""
    return [code[i : i + CODE_CHARS_PER_LINE] for i in range(0, len(code), CODE_CHARS_PER_LINE)]


def block_stream(code: str) -> bytes:
    """The drawing operators of the verification block: QR and code text, clipped to the box."""
    x, y, w, h = BOX
    ops = ["q", f"{_num(x)} {_num(y)} {_num(w)} {_num(h)} re W n", "0 g"]
    # A fixed mask: the QR is the same for every verifier and costs an eighth of the search.
    qr = segno.make(code, error="l", micro=False, mask=2)
    matrix = qr.matrix
    n = len(matrix)
    module = QR_SIZE / n
    left, top = x + 3 * MM, y + h - 2 * MM
    for r, row in enumerate(matrix):
        c = 0
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                ops.append(
                    f"{_num(left + start * module)} {_num(top - (r + 1) * module)} "
                    f"{_num((c - start) * module)} {_num(module)} re"
                )
            else:
                c += 1
    ops.append("f")
    ops.append(f"BT {CODE_FONT} {_num(CODE_SIZE)} Tf")
    for i, line in enumerate(code_lines(code)):
        ops.append(f"1 0 0 1 {_num(_CODE_X)} {_num(_CODE_TOP - i * _LINE)} Tm ({line}) Tj")
    ops.append("ET")
    ops.append("Q")
    return ("\n".join(ops) + "\n").encode("ascii")


def _canon(obj: Any, out: list[bytes], depth: int) -> None:
    """Append a canonical, re-save-proof spelling of a PDF object (streams decoded)."""
    if depth > _MAX_DEPTH:
        raise PageError("pdf.malformed")
    if isinstance(obj, IndirectObject):
        obj = obj.get_object()
    if isinstance(obj, StreamObject):
        out.append(b"S{")
        for key in sorted(k for k in obj if k not in _SKIP_STREAM_KEYS):
            out.append(key.encode("latin-1"))
            _canon(obj[key], out, depth + 1)
        data = obj.get_data()
        out.append(b"%d:" % len(data) + data + b"}")
    elif isinstance(obj, DictionaryObject):
        out.append(b"D{")
        for key in sorted(obj):
            out.append(str(key).encode("utf-8"))
            _canon(obj[key], out, depth + 1)
        out.append(b"}")
    elif isinstance(obj, ArrayObject):
        out.append(b"A[")
        for item in obj:
            _canon(item, out, depth + 1)
            out.append(b",")
        out.append(b"]")
    elif isinstance(obj, NameObject):
        out.append(b"N" + str(obj).encode("utf-8"))
    elif isinstance(obj, BooleanObject):
        out.append(b"B1" if obj else b"B0")
    elif isinstance(obj, NumberObject | FloatObject | int | float):
        try:
            number = Decimal(str(obj)).normalize()
        except InvalidOperation as exc:
            raise PageError("pdf.malformed") from exc
        out.append(b"#" + format(number, "f").encode("ascii"))
    elif isinstance(obj, TextStringObject | ByteStringObject):
        raw = obj.original_bytes if isinstance(obj, TextStringObject) else bytes(obj)
        out.append(b"s%d:" % len(raw) + raw)
    elif obj is None or isinstance(obj, NullObject):
        out.append(b"null")
    else:
        raise PageError("pdf.malformed")


def _resources(page: PageObject) -> DictionaryObject:
    resources = page.get("/Resources")
    if isinstance(resources, IndirectObject):
        resources = resources.get_object()
    if not isinstance(resources, DictionaryObject):
        raise PageError("pdf.malformed")
    return resources


def _fonts_without_code_font(resources: DictionaryObject) -> DictionaryObject:
    fonts = resources.get("/Font")
    fonts = fonts.get_object() if isinstance(fonts, IndirectObject) else fonts
    copy = DictionaryObject()
    if isinstance(fonts, DictionaryObject):
        for key, value in fonts.items():
            if key != CODE_FONT:
                copy[NameObject(key)] = value
    return copy


def page_digest(page: PageObject, body: bytes) -> str:
    """SHA-256 (hex) of the body's operators, the page's attributes and its resources.

    The code font (added with the block) is left out here and checked by :func:`code_font_ok`.
    """
    out = [b"SSW2-page\x00", hashlib.sha256(body).digest()]
    attributes = DictionaryObject(
        {
            NameObject(k): v
            for k, v in page.items()
            if k not in ("/Parent", "/Annots", "/Contents", "/Resources")
        }
    )
    _canon(attributes, out, 0)
    resources = _resources(page)
    trimmed = DictionaryObject({NameObject(k): v for k, v in resources.items() if k != "/Font"})
    trimmed[NameObject("/Font")] = _fonts_without_code_font(resources)
    _canon(trimmed, out, 0)
    return hashlib.sha256(b"".join(out)).hexdigest()


def code_font_ok(page: PageObject) -> bool:
    """True when the page's code font is exactly the standard Courier the block needs."""
    fonts = _resources(page).get("/Font")
    fonts = fonts.get_object() if isinstance(fonts, IndirectObject) else fonts
    if not isinstance(fonts, DictionaryObject) or CODE_FONT not in fonts:
        return False
    font = fonts[CODE_FONT].get_object()
    return (
        isinstance(font, DictionaryObject)
        and {str(k): str(v) for k, v in font.items()} == CODE_FONT_DICT
    )


def content_streams(page: PageObject) -> list[bytes]:
    """The page's content streams, decoded, in order."""
    contents = page.get("/Contents")
    contents = contents.get_object() if isinstance(contents, IndirectObject) else contents
    items = contents if isinstance(contents, ArrayObject) else [contents]
    streams = []
    for item in items:
        stream = item.get_object() if isinstance(item, IndirectObject) else item
        if not isinstance(stream, StreamObject):
            raise PageError("pdf.malformed")
        streams.append(stream.get_data())
    return streams


def photos(page: PageObject) -> list[bytes]:
    """The encoded bytes of every image the page's resources hold (the photo: one JPEG)."""
    xobjects = _resources(page).get("/XObject")
    xobjects = xobjects.get_object() if isinstance(xobjects, IndirectObject) else xobjects
    found = []
    if isinstance(xobjects, DictionaryObject):
        for value in xobjects.values():
            obj = value.get_object()
            if isinstance(obj, StreamObject) and obj.get("/Subtype") == "/Image":
                found.append(obj.get_data())
    return found


def only_signature_widgets(page: PageObject) -> bool:
    """True when the page has no annotation but invisible PDF-signature widgets."""
    annots = page.get("/Annots")
    annots = annots.get_object() if isinstance(annots, IndirectObject) else annots
    if annots is None:
        return True
    if not isinstance(annots, ArrayObject):
        return False
    for item in annots:
        annot = item.get_object()
        if not isinstance(annot, DictionaryObject) or annot.get("/Subtype") != "/Widget":
            return False
        field_type = annot.get("/FT") or annot.get("/Parent", DictionaryObject()).get("/FT")
        if field_type != "/Sig":
            return False
        rect = [float(v) for v in annot.get("/Rect", [0, 0, 0, 0])]
        # a visible signature appearance could draw over the page: only zero-area widgets
        if len(rect) != 4 or (rect[0] != rect[2] and rect[1] != rect[3]):
            return False
    return True
