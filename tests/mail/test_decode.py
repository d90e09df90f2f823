"""Charsets and header decoding: Japanese code pages, NEC specials, wrong labels."""

from __future__ import annotations

import pytest

from ssw_desk.mail.decode import UndecodableError, decode_bytes, decode_iso2022jp
from ssw_desk.mail.headers import decode_header_value, header_params, parse_sender

from .builders import encoded_word, jis

NEC_SPECIALS = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ㈱㈲㎝㎏㎡№℡"
IBM_KANJI = "髙﨑"  # 髙橋, 山﨑: common in names, outside JIS X 0208


def test_stdlib_codecs_really_fail_on_nec_specials() -> None:
    """Guards the reason decode_iso2022jp exists."""
    for codec in ("iso2022_jp", "iso2022_jp_ext", "iso2022_jp_2", "iso2022_jp_2004"):
        with pytest.raises(UnicodeDecodeError):
            jis("①").decode(codec)


def test_iso2022jp_decodes_nec_specials_and_ibm_kanji() -> None:
    text = f"受験番号 {NEC_SPECIALS} {IBM_KANJI} ABC ｶﾅ"
    assert decode_iso2022jp(jis(text)) == text


@pytest.mark.parametrize("label", ["ISO-2022-JP", "iso-2022-jp", "csISO2022JP", "ISO-2022-JP-MS"])
def test_decode_bytes_iso2022jp_labels(label: str) -> None:
    assert decode_bytes(jis("①受験番号：123\r\n"), label) == "①受験番号：123\n"


@pytest.mark.parametrize("label", ["shift_jis", "Shift_JIS", "x-sjis", "windows-31j", "cp932"])
def test_shift_jis_is_read_as_cp932(label: str) -> None:
    text = f"⑤国籍：ベトナム {NEC_SPECIALS} {IBM_KANJI}"
    assert decode_bytes(text.encode("cp932"), label) == text


def test_euc_jp_plain_and_with_nec_specials() -> None:
    assert decode_bytes("受験番号は１２３です".encode("euc_jp"), "EUC-JP") == "受験番号は１２３です"
    nec = "①受験番号"
    # eucJP-ms: NEC row 13 is at the EUC position of its JIS code
    raw = bytes(b | 0x80 if b >= 0x21 else b for b in jis(nec)[3:-3])
    assert decode_bytes(raw, "euc-jp") == nec


@pytest.mark.parametrize(
    ("raw", "label"),
    [
        ("受験番号は１２３です。よろしくお願いします。".encode("cp932"), None),
        ("受験番号は１２３です。よろしくお願いします。".encode("euc_jp"), None),
        ("受験番号は１２３です。よろしくお願いします。".encode("cp932"), "utf-8"),
        ("受験番号は１２３です。よろしくお願いします。".encode("euc_jp"), "shift_jis"),
        ("受験番号は１２３です。よろしくお願いします。".encode(), "iso-8859-1"),
        ("受験番号は１２３です。よろしくお願いします。".encode("cp932"), "us-ascii"),
        ("受験番号は１２３です。よろしくお願いします。".encode("cp932"), "x-unknown-charset"),
        (jis("受験番号は１２３です。よろしくお願いします。"), None),
        (jis("受験番号は１２３です。よろしくお願いします。"), "us-ascii"),
    ],
)
def test_wrong_or_missing_labels_fall_back(raw: bytes, label: str | None) -> None:
    assert decode_bytes(raw, label) == "受験番号は１２３です。よろしくお願いします。"


def test_vietnamese_utf8_mislabelled_as_windows_1258() -> None:
    text = "Tôi là Nguyễn Văn An, quốc tịch Việt Nam"
    assert decode_bytes(text.encode(), "windows-1258") == text


def test_latin1_label_kept_when_bytes_are_latin1() -> None:
    assert decode_bytes("José Muñoz".encode("latin-1"), "iso-8859-1") == "José Muñoz"


def test_binary_is_undecodable() -> None:
    with pytest.raises(UndecodableError):
        decode_bytes(bytes(range(256)) * 4, "utf-8")


def test_header_encoded_words_in_japanese_charsets() -> None:
    assert decode_header_value(encoded_word("申請①", "ISO-2022-JP")) == "申請①"
    assert (
        decode_header_value(encoded_word("申請①", "CP932").replace("CP932", "Shift_JIS")) == "申請①"
    )
    assert decode_header_value(encoded_word("申請", "EUC-JP", "Q")) == "申請"


def test_header_misdeclared_charset_falls_back() -> None:
    lying = encoded_word("スコアレポート", "UTF-8").replace("UTF-8", "ISO-8859-1")
    assert decode_header_value(lying) == "スコアレポート"
    sjis_as_utf8 = "=?UTF-8?B?" + encoded_word("申請", "cp932").split("?")[3] + "?="
    assert decode_header_value(sjis_as_utf8) == "申請"


def test_header_words_split_mid_character_and_folded() -> None:
    data = "スコアレポート申請".encode()
    first, second = data[:8], data[8:]  # splits a 3-byte character
    import base64

    value = (
        f"=?UTF-8?B?{base64.b64encode(first).decode()}?=\r\n "
        f"=?UTF-8?B?{base64.b64encode(second).decode()}?= (Re)"
    ).replace("\r\n", "")
    assert decode_header_value(value) == "スコアレポート申請 (Re)"


def test_header_raw_8bit_and_raw_jis() -> None:
    raw_utf8 = "スコア申請".encode().decode("ascii", "surrogateescape")
    assert decode_header_value(raw_utf8) == "スコア申請"
    raw_jis = jis("スコア申請①").decode("ascii")
    assert decode_header_value(raw_jis) == "スコア申請①"


def test_sender_with_encoded_name_containing_comma() -> None:
    address, name = parse_sender(f"{encoded_word('山田, 太郎')} <Yamada@Example.JP>")
    assert (address, name) == ("yamada@example.jp", "山田, 太郎")


def test_rfc2231_params_with_continuations_and_language() -> None:
    value = (
        "attachment; filename*0*=UTF-8'ja'%E5%9C%A8%E7%95%99;"
        " filename*1*=%E3%82%AB%E3%83%BC%E3%83%89.jpg"
    )
    kind, params = header_params(value)
    assert (kind, params["filename"]) == ("attachment", "在留カード.jpg")
