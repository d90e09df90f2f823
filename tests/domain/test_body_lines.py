"""Second-round extraction rules on small bodies written the way applicants write them."""

from __future__ import annotations

from ssw_desk.domain.body_lines import logical_lines, unwrapped
from ssw_desk.domain.extract import extract_fields


def _values(body: str) -> dict[str, str | None]:
    return {name: fv.value for name, fv in extract_fields(body).fields.items()}


def test_items_listed_on_one_line_are_cut_before_each_label() -> None:
    body = "受験番号：M1234567、受験日：2024年5月12日、性別：男性\n"
    pieces = [p for _, p in logical_lines(list(enumerate(body.splitlines())))]
    assert pieces == ["受験番号：M1234567", "受験日：2024年5月12日", "性別：男性"]
    values = _values("Test ID: E1234567; Date of exam: 2025-08-04; Gender: F\n")
    assert (values["exam_number"], values["exam_date"], values["sex"]) == (
        "E1234567",
        "2025-08-04",
        "F",
    )


def test_a_bilingual_label_is_not_cut() -> None:
    pieces = [p for _, p in logical_lines([(0, "氏名 / Name: NGUYEN VAN AN")])]
    assert pieces == ["氏名 / Name: NGUYEN VAN AN"]
    assert _values("国籍・地域 / Nationality/Region: Vietnam\n")["nationality"] == "VN"


def test_a_line_wrapped_by_the_client_is_joined_even_inside_a_label() -> None:
    body = (  # wrapped at 76 columns (a full-width character counts two)
        "受験番号：M1234567 / 受験日：2025-06-13 / 受験した試験区分：機械金属加工区分 / "
        "氏名：BUDI\n"
        "SANTOSO / 国籍：Myanmar / 生年月日(せいねんがっぴ)：1991.11.27 / 性別(せいべつ)：女\n"
        "性\n"
    )
    assert len(unwrapped(body)) == 1
    values = _values(body)
    assert (values["name"], values["sex"], values["date_of_birth"]) == (
        "BUDI SANTOSO",
        "F",
        "1991-11-27",
    )


def test_a_long_item_is_not_joined_with_the_next_item() -> None:
    body = (
        "【受験した試験区分（Exam Category）】　Machinery and metal processing\n"
        "【お名前（Full Name）】　BUDI SANTOSO\n"
    )
    assert len(unwrapped(body)) == 2
    assert _values(body)["name"] == "BUDI SANTOSO"


def test_answers_under_quoted_labels_and_a_quoted_empty_template() -> None:
    body = "> ①受験(じゅけん)番号：\nM4589391240\n> ④氏名(しめい)：\nPHAM MINH DUC\n"
    values = _values(body)
    assert (values["exam_number"], values["name"]) == ("M4589391240", "PHAM MINH DUC")
    reply = "性別 男性\n\n> ⑦性別(せいべつ)：\n\nよろしくお願いいたします。\n"
    assert _values(reply)["sex"] == "M"  # the reading answer beats the empty quoted label


def test_notes_after_values_and_romaji_labels() -> None:
    body = (
        "受験番号：E3187959617　※受験票より\n"
        "生年月日：1995年3月4日生まれ\n"
        "Shimei (romaji): NGUYEN VAN AN\n"
        "Kokuseki - ベトナム\n"
    )
    values = _values(body)
    assert values["exam_number"] == "E3187959617"
    assert values["date_of_birth"] == "1995-03-04"
    assert values["name"] == "NGUYEN VAN AN"
    assert values["nationality"] == "VN"


def test_short_phone_labels_need_a_separator() -> None:
    assert _values("国 ベトナム\n名前 LE HOANG NAM\n")["nationality"] == "VN"
    assert _values("国際交流協会より\n")["nationality"] is None
