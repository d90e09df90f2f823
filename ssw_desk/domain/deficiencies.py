"""The standard texts of the secretariat's notices: deficiencies and ineligibility.

Pure data and functions, no I/O. Every finding code the desk produces that an applicant can fix
has a catalogue entry with a Japanese and an English text, quoting the published rule. An admin
may reword any text or add free entries; the edits are stored as a plain mapping (settings key
``deficiency_catalogue``) and merged over the defaults by :func:`catalogue_from_overrides`.

Texts come in three kinds:

* ``item``: a point raised in a deficiency notice (one per finding code, plus free entries such
  as ``other``); the clerk ticks them in a checklist.
* ``ineligible``: the reason of a rejection (``passed``, ``before_window``, ``test_vendor``,
  ``undefined_period``).
* ``frame``: the opening and closing paragraphs of each kind of notice. ``{reference}`` in a
  frame is replaced by the request reference.

Numbers and dates are never written into a text: they are placeholders (``{max_mb}``,
``{formats}``, ``{window_end}``, ...) filled from the settings in force by
:mod:`ssw_desk.domain.placeholders`. Only known names are substituted, so an admin's stray
brace cannot break a notice; an edit that drops a placeholder its standard text has is refused.

Findings about eligibility (``eligibility.*``) have no item: they are answered by a rejection,
never by a request to correct something.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Literal

#: Bumped when the stored mapping changes shape (2: numbers and dates became placeholders).
CATALOGUE_VERSION = 2

TextKind = Literal["item", "ineligible", "frame"]
NoticeKind = Literal["deficiency", "ineligible"]

INELIGIBLE_REASONS: tuple[str, ...] = ("passed", "before_window", "test_vendor", "undefined_period")
NOTICE_KINDS: tuple[str, ...] = ("deficiency", "ineligible")


@dataclass(frozen=True)
class Entry:
    """One bilingual text.

    Attributes:
        code: For items, the finding code it answers (``photo.head_size``) or a free code
            (``other``); for ineligibility, the reason; for frames, ``<kind>.opening`` /
            ``<kind>.closing``.
        ja: Japanese text (です・ます).
        en: English text.
        kind: ``item``, ``ineligible`` or ``frame``.
        standard: True for a shipped entry (an admin's edit rewords it, never deletes it).
    """

    code: str
    ja: str
    en: str
    kind: TextKind = "item"
    standard: bool = True


def _item(code: str, ja: str, en: str) -> Entry:
    return Entry(code, ja, en, "item")


_FILE_RULE_JA = "ファイルは{formats}のいずれかの形式で、{max_mb}MB未満としてください。"
_FILE_RULE_EN = "Each file must be a {formats} file under {max_mb} MB."

STANDARD_ITEMS: tuple[Entry, ...] = (
    _item(
        "fields.exam_number",
        "①受験番号の記載がないか、正しく読み取れません。受験票等で御確認の上、正しい受験番号を御記入ください。",
        "(1) Exam number: it is missing or cannot be read. Please check your admission ticket "
        "and write the correct exam number.",
    ),
    _item(
        "fields.exam_date",
        "②受験日の記載がないか、正しく読み取れません。「2024年5月12日」のように、年・月・日の順で御記入ください。",
        "(2) Exam date: it is missing or cannot be read. Please write it as year, month, day, "
        "for example 2024-05-12 (12 May 2024).",
    ),
    _item(
        "fields.category",
        "③受験した試験区分の記載がないか、正しく読み取れません。「機械金属加工区分」、"
        "「電気電子機器組立て区分」、「金属表面処理区分」のいずれかを御記入ください。",
        "(3) Exam category: it is missing or cannot be read. Please write one of: Machining "
        "and Metal Processing (機械金属加工区分), Electric and Electronic Device Assembly "
        "(電気電子機器組立て区分), Metal Surface Treatment (金属表面処理区分).",
    ),
    _item(
        "fields.name",
        "④氏名の記載がないか、正しく読み取れません。氏名は結果通知書に記載されますので、"
        "在留カードに記載されているとおりに御記入ください。",
        "(4) Name: it is missing or cannot be read. The name is printed on the Score report; "
        "please write it exactly as on your residence card.",
    ),
    _item(
        "fields.nationality",
        "⑤国籍の記載がないか、正しく読み取れません。在留カードに記載されている国籍・地域を御記入ください。",
        "(5) Nationality: it is missing or cannot be read. Please write the nationality/region "
        "shown on your residence card.",
    ),
    _item(
        "fields.date_of_birth",
        "⑥生年月日の記載がないか、正しく読み取れません。「1995年5月12日」のように、年・月・日の順で御記入ください。",
        "(6) Date of birth: it is missing or cannot be read. Please write it as year, month, "
        "day, for example 1995-05-12 (12 May 1995).",
    ),
    _item(
        "fields.sex",
        "⑦性別の記載がないか、正しく読み取れません。在留カードに記載されている性別を御記入ください。",
        "(7) Sex: it is missing or cannot be read. Please write your sex as shown on your "
        "residence card.",
    ),
    _item(
        "request.one_exam",
        "1通のメールで申請できるのは、1回の試験分のみです。2回以上の試験について申請される場合は、"
        "試験ごとに別のメールでお送りください。",
        "One e-mail may request the Score report of one exam only. For two or more exams, "
        "please send a separate e-mail for each exam.",
    ),
    _item(
        "request.duplicate",
        "同じ試験について、既に申請を受け付けているか、結果通知書を発行済みです。"
        "1回の試験につき、申請は1回のみです。",
        "We have already received a request for the same exam, or already issued its Score "
        "report. Please request each exam only once.",
    ),
    _item(
        "roster.found",
        "御記入の受験番号に該当する受験記録が見つかりません。受験番号を御確認ください。",
        "We cannot find an exam record for the exam number you wrote. Please check the exam "
        "number.",
    ),
    _item(
        "roster.exam_date",
        "御記入の受験日が、受験記録と一致しません。受験した日を御確認の上、正しく御記入ください。",
        "The exam date you wrote does not match our exam record. Please check the date you "
        "took the exam.",
    ),
    _item(
        "roster.category",
        "御記入の試験区分が、受験記録と一致しません。受験した試験区分を御確認ください。",
        "The exam category you wrote does not match our exam record. Please check the category "
        "you took.",
    ),
    _item(
        "roster.name",
        "御記入の氏名が、受験時の登録内容と一致しません。在留カードに記載されているとおりに御記入ください。",
        "The name you wrote does not match the name registered for the exam. Please write it "
        "exactly as on your residence card.",
    ),
    _item(
        "roster.nationality",
        "御記入の国籍が、受験時の登録内容と一致しません。在留カードに記載されている国籍・地域を御記入ください。",
        "The nationality you wrote does not match the one registered for the exam. Please write "
        "the nationality/region shown on your residence card.",
    ),
    _item(
        "roster.date_of_birth",
        "御記入の生年月日が、受験時の登録内容と一致しません。生年月日を御確認ください。",
        "The date of birth you wrote does not match the one registered for the exam. Please "
        "check it.",
    ),
    _item(
        "roster.sex",
        "御記入の性別が、受験時の登録内容と一致しません。性別を御確認ください。",
        "The sex you wrote does not match the one registered for the exam. Please check it.",
    ),
    _item(
        "attachments.residence_card_front",
        "在留カード（表面）の写真ファイルが添付されていません。在留カードの表面を撮影したファイルを添付してください。"
        + _FILE_RULE_JA,
        "No photo of the front of your residence card is attached. Please attach one. "
        + _FILE_RULE_EN,
    ),
    _item(
        "attachments.residence_card_back",
        "在留期間の更新を申請中の場合は、在留カード裏面の写真ファイルも添付してください。"
        + _FILE_RULE_JA,
        "If you are applying for an extension of your period of stay, please also attach a "
        "photo of the back of your residence card. " + _FILE_RULE_EN,
    ),
    _item(
        "attachments.face_photo",
        "顔写真のファイルが添付されていません。結果通知書に掲載する顔写真（最近{photo_months}か月以内に撮影したカラー写真）を"
        "添付してください。" + _FILE_RULE_JA,
        "No face photo is attached. Please attach the photo to be printed on the Score report "
        "(a colour photo taken within the last {photo_months} months). " + _FILE_RULE_EN,
    ),
    _item(
        "file.format",
        "添付ファイルの形式が{formats}のいずれでもありません（HEIC、PDF等は受け付けられません）。"
        "{formats}のいずれかの形式で添付してください。",
        "An attached file is not a {formats} file (HEIC, PDF and other formats cannot "
        "be accepted). Please attach {formats} files.",
    ),
    _item(
        "file.size",
        "添付ファイルの容量が{max_mb}MB以上です。1ファイルにつき{max_mb}MB未満としてください。",
        "An attached file is {max_mb} MB or larger. Each file must be under {max_mb} MB.",
    ),
    _item(
        "photo.face_count",
        "顔写真で、顔を確認できないか、複数の人物が写っています。御本人お一人のみが写っている写真をお送りください。",
        "In the face photo, no face can be seen or more than one person appears. Please send a "
        "photo of yourself alone.",
    ),
    _item(
        "photo.centred",
        "顔写真は、顔、頭全体及び肩の上部が、正面を向いて画像の中央に写るようにしてください。",
        "In the face photo, your face, whole head and upper shoulders, facing forward, must be "
        "centred in the image.",
    ),
    _item(
        "photo.head_size",
        "顔写真は、頭頂部（髪を含む）からあごまでの長さが、画像の縦の長さの{head_min}～{head_max}%となるようにしてください。",
        "In the face photo, your head from the top of the hair to the chin must take up "
        "{head_min}-{head_max} % of the image height.",
    ),
    _item(
        "photo.colour",
        "顔写真はカラー写真としてください（白黒・セピア等の写真は使用できません）。",
        "The face photo must be a colour photo (black-and-white or sepia photos cannot be used).",
    ),
    _item(
        "photo.background",
        "顔写真は、無地の背景で撮影してください。",
        "The face photo must have a plain background.",
    ),
    _item(
        "photo.eyes_visible",
        "顔写真は、サングラス等で目が隠れていないものとしてください。",
        "In the face photo, your eyes must be visible (no sunglasses).",
    ),
    _item(
        "photo.head_covering",
        "顔写真は、帽子等をかぶらず、顔を覆わずに撮影してください（宗教上の理由による場合も同様です）。",
        "In the face photo, you must not wear a hat or cover your face (this applies even for "
        "religious reasons).",
    ),
    _item(
        "photo.sharpness",
        "顔写真が不鮮明です。ピントの合った鮮明な写真をお送りください。",
        "The face photo is not clear. Please send a sharp, clear photo.",
    ),
    _item(
        "photo.resolution",
        "顔写真の画素数が不足しています。推奨サイズは横{photo_width}×縦{photo_height}ピクセルです。",
        "The face photo is too small. The recommended size is {photo_width} x {photo_height} "
        "pixels (width x height).",
    ),
    _item(
        "photo.shoulders",
        "顔写真は、肩の上部まで写るようにしてください。",
        "The face photo must show the upper part of your shoulders.",
    ),
    _item(
        "photo.pose",
        "顔写真は、正面を向き、上や下を向かず、顔を傾けずに撮影してください（横向きに保存された写真は縦向きに直してお送りください）。",
        "In the face photo, you must face forward, without looking up or down or tilting "
        "your head (a photo saved on its side must be turned upright before sending).",
    ),
    _item(
        "photo.age",
        "顔写真は、最近{photo_months}か月以内に撮影したものとしてください。",
        "The face photo must have been taken within the last {photo_months} months.",
    ),
    _item(
        "photo.face_covered",
        "顔写真は、マスク、手、物などで顔を覆わずに撮影してください。",
        "In the face photo, your face must not be covered by a mask, a hand or any object.",
    ),
    _item(
        "file.truncated",
        "添付ファイルが途中で切れており、開くことができません。もう一度添付してお送りください。",
        "An attached file is incomplete (cut off) and cannot be opened. Please attach it "
        "again and resend it.",
    ),
    _item(
        "image.bomb",
        "顔写真の画素数が極端に大きく、確認できません。横200×縦230ピクセル程度の写真をお送りください。",
        "The face photo has far too many pixels to be checked. Please send a photo of about "
        "200 x 230 pixels (width x height).",
    ),
    _item(
        "image.too_large",
        "顔写真の縦横の大きさが極端に大きく、確認できません。横200×縦230ピクセル程度の写真をお送りください。",
        "The face photo is far too large to be checked. Please send a photo of about "
        "200 x 230 pixels (width x height).",
    ),
    _item(
        "image.too_small",
        "顔写真が小さすぎて確認できません。推奨サイズは横200×縦230ピクセルです。",
        "The face photo is too small to be checked. The recommended size is 200 x 230 pixels "
        "(width x height).",
    ),
    _item(
        "image.empty",
        "顔写真のファイルが空です。写真を添付してもう一度お送りください。",
        "The face photo file is empty. Please attach the photo and resend it.",
    ),
    _item(
        "image.unreadable",
        "顔写真のファイルを開くことができません。JPG、GIF、PNGのいずれかの形式で添付してください。",
        "The face photo file cannot be opened. Please attach it as a JPG, GIF or PNG file.",
    ),
    _item(
        "other",
        "その他、次の点を御確認ください。",
        "Please also check the following.",
    ),
)

STANDARD_INELIGIBLE: tuple[Entry, ...] = (
    Entry(
        "passed",
        "受験記録によると、御申請の試験は合格となっています。合格した試験については、結果通知書は発行いたしません。",
        "Our exam records show that you passed this exam. A Score report is not issued for an "
        "exam that was passed.",
        "ineligible",
    ),
    Entry(
        "before_window",
        "本手続の対象は、{window_start}から{window_end}までに特定技能2号評価試験（工業製品製造業）を受験し、"
        "不合格となった方です。御申請の受験日は対象期間より前のため、本手続では結果通知書を発行できません。",
        "This procedure is for examinees who took the SSW(ii) Exam for Industrial Product "
        "Manufacturing between {window_start} and {window_end} and failed. The exam date of your "
        "request is before that period, so we cannot issue a Score report through this "
        "procedure.",
        "ineligible",
    ),
    Entry(
        "test_vendor",
        "{vendor_from}以降に実施された試験の結果通知書（Score report）は、受験後5営業日以内に"
        "プロメトリックのマイページで確認・取得できます。本手続ではなく、プロメトリックのマイページから取得してください。",
        "For exams held on or after {vendor_from}, the Score report is available on Prometric "
        "My Page within 5 business days of the exam. Please check and obtain it there; this "
        "e-mail procedure does not issue it.",
        "ineligible",
    ),
    Entry(
        "undefined_period",
        "本手続の対象は、{window_end}までに実施された試験です。{gap_start}から{gap_end}までに実施された"
        "試験の結果通知書は、本手続では発行できません。",
        "This procedure covers exams held on or before {window_end}. A Score report for an exam "
        "held between {gap_start} and {gap_end} cannot be issued through this procedure.",
        "ineligible",
    ),
)

STANDARD_FRAMES: tuple[Entry, ...] = (
    Entry(
        "deficiency.opening",
        "結果通知書の発行申請（受付番号：{reference}）について\n\n"
        "このたびは、結果通知書の発行を御申請いただき、ありがとうございます。\n"
        "御申請の内容を確認しましたところ、次の点に不備がありました。",
        "Your request for a Score report (reference: {reference})\n\n"
        "Thank you for your request. We reviewed it and found the following points to correct.",
        "frame",
    ),
    Entry(
        "deficiency.closing",
        "お手数ですが、内容を御確認の上、このメールに返信する形で再度お送りください。"
        "その際、件名の受付番号（{reference}）は変更しないでください。\n"
        "再提出の際は、①～⑦の記入事項と添付ファイル（在留カードの写真、顔写真）を、すべて改めてお送りください。\n"
        "不備が解消されない場合、結果通知書を発行することができません。",
        "Please correct these points and send your request again by replying to this e-mail. "
        "Do not change the reference ({reference}) in the subject.\n"
        "When you resubmit, please send all items (1) to (7) and all attachments (residence "
        "card photo, face photo) again.\n"
        "We cannot issue the Score report until these points are corrected.",
        "frame",
    ),
    Entry(
        "ineligible.opening",
        "結果通知書の発行申請（受付番号：{reference}）について\n\n"
        "このたびは、結果通知書の発行を御申請いただき、ありがとうございます。\n"
        "御申請の内容を確認しましたところ、次の理由により、本手続では結果通知書を発行することができません。",
        "Your request for a Score report (reference: {reference})\n\n"
        "Thank you for your request. We reviewed it and are unable to issue a Score report "
        "through this procedure, for the following reason.",
        "frame",
    ),
    Entry(
        "ineligible.closing",
        "御不明な点がありましたら、このメールに返信する形でお問い合わせください（件名の受付番号は変更しないでください）。",
        "If you have any questions, please reply to this e-mail (do not change the reference "
        "in the subject).",
        "frame",
    ),
)


@dataclass(frozen=True)
class Catalogue:
    """Every notice text in force: the defaults with the admin's edits applied.

    Attributes:
        entries: Code -> entry, for all three kinds; item codes, reasons and frame codes
            never collide (frames contain a dot after a notice kind, reasons have none).
    """

    entries: Mapping[str, Entry] = field(default_factory=dict)

    def items(self) -> list[Entry]:
        """The checklist entries, standard ones first in catalogue order."""
        return [e for e in self.entries.values() if e.kind == "item"]

    def item(self, code: str) -> Entry | None:
        entry = self.entries.get(code)
        return entry if entry is not None and entry.kind == "item" else None

    def ineligible(self, reason: str) -> Entry | None:
        entry = self.entries.get(reason)
        return entry if entry is not None and entry.kind == "ineligible" else None

    def frame(self, kind: str, part: Literal["opening", "closing"]) -> Entry:
        return self.entries[f"{kind}.{part}"]


def default_catalogue() -> Catalogue:
    return Catalogue({e.code: e for e in (*STANDARD_ITEMS, *STANDARD_INELIGIBLE, *STANDARD_FRAMES)})


DEFAULT_CATALOGUE = default_catalogue()


def catalogue_from_overrides(mapping: Mapping[str, Any] | None) -> Catalogue:
    """Merges an admin's stored edits over the standard catalogue.

    Args:
        mapping: ``{"version": 1, "entries": {code: {"ja": ..., "en": ...}}}``. An edit of a
            standard code rewords it (an empty or missing language keeps the standard text);
            an unknown code adds a free checklist item, kept only when both languages are
            given. Anything malformed is ignored, so a damaged setting never blocks a notice.

    Returns:
        The catalogue in force.
    """
    merged = dict(DEFAULT_CATALOGUE.entries)
    edits = (mapping or {}).get("entries")
    if not isinstance(edits, Mapping):
        return Catalogue(merged)
    for code, edit in edits.items():
        if not isinstance(code, str) or not code.strip() or not isinstance(edit, Mapping):
            continue
        ja, en = _text(edit.get("ja")), _text(edit.get("en"))
        current = merged.get(code)
        if current is not None:
            merged[code] = replace(current, ja=ja or current.ja, en=en or current.en)
        elif ja and en:
            merged[code] = Entry(code, ja, en, "item", standard=False)
    return Catalogue(merged)


def catalogue_to_overrides(catalogue: Catalogue) -> dict[str, Any]:
    """The stored form of ``catalogue``: only what differs from the standard texts."""
    entries: dict[str, dict[str, str]] = {}
    for code, entry in catalogue.entries.items():
        standard = DEFAULT_CATALOGUE.entries.get(code)
        if standard is None or (standard.ja, standard.en) != (entry.ja, entry.en):
            entries[code] = {"ja": entry.ja, "en": entry.en}
    return {"version": CATALOGUE_VERSION, "entries": entries}


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def item_for_finding(finding_code: str, catalogue: Catalogue = DEFAULT_CATALOGUE) -> str | None:
    """The checklist item that asks the applicant to fix ``finding_code``, if any."""
    return finding_code if catalogue.item(finding_code) is not None else None


@dataclass(frozen=True)
class ChecklistItem:
    """One line of the "flag deficiencies" checklist.

    Attributes:
        code: Catalogue code.
        ja: Japanese text.
        en: English text.
        checked: Pre-ticked: a finding with this code fails.
        finding_status: Worst status of the findings with this code (``fail`` before ``unknown``
            before ``warn``), or None when no finding suggests it.
    """

    code: str
    ja: str
    en: str
    checked: bool
    finding_status: str | None


_STATUS_RANK = {"fail": 3, "unknown": 2, "warn": 1}


def checklist(
    findings: Iterable[Mapping[str, Any]], catalogue: Catalogue = DEFAULT_CATALOGUE
) -> list[ChecklistItem]:
    """Builds the checklist: items suggested by findings first (in finding order), then the rest.

    Args:
        findings: The request's findings as stored (``{"code", "status", ...}``).
        catalogue: The catalogue in force.

    Returns:
        Every checklist item of the catalogue; failing ones are pre-ticked, ``warn`` and
        ``unknown`` ones are suggested but left to the clerk.
    """
    worst: dict[str, str] = {}
    for finding in findings:
        code = item_for_finding(str(finding.get("code", "")), catalogue)
        status = str(finding.get("status", ""))
        if code is None or status not in _STATUS_RANK:
            continue
        if _STATUS_RANK[status] > _STATUS_RANK.get(worst.get(code, ""), 0):
            worst[code] = status
    suggested = [catalogue.entries[c] for c in worst]
    rest = [e for e in catalogue.items() if e.code not in worst]
    return [
        ChecklistItem(
            code=e.code,
            ja=e.ja,
            en=e.en,
            checked=worst.get(e.code) == "fail",
            finding_status=worst.get(e.code),
        )
        for e in (*suggested, *rest)
    ]


def suggested_rejection(
    findings: Iterable[Mapping[str, Any]],
    *,
    window_start: str,
    window_end: str,
    vendor_from: str,
) -> str | None:
    """The ineligibility reason the findings point to, if any (the clerk decides).

    Args:
        findings: The request's findings as stored.
        window_start: First exam date of the procedure (ISO).
        window_end: Last exam date of the e-mail procedure (ISO).
        vendor_from: First exam date reported by the test vendor (ISO).

    Returns:
        ``passed``, ``before_window``, ``test_vendor``, ``undefined_period`` or None.
    """
    listed = list(findings)
    if any(f.get("code") == "eligibility.not_passed" for f in listed):
        return "passed"
    for f in listed:
        day = f.get("value")
        if f.get("code") != "eligibility.exam_window" or not isinstance(day, str) or not day:
            continue
        # ISO dates compare correctly as strings.
        if day < window_start:
            return "before_window"
        if day >= vendor_from:
            return "test_vendor"
        if day > window_end:
            return "undefined_period"
    return None


def fill(text: str, *, reference: str) -> str:
    """Puts the request reference into a frame text."""
    return text.replace("{reference}", reference)
