"""Every user-visible sentence for an error code or a finding code, in Japanese and English.

One table, :data:`MESSAGES`: ``code -> (Japanese, English)``. The GUI, the notices and the
command line all read it; nothing else spells these sentences. Adding a code is one line here;
``tests/test_messages.py`` scans the source for every code a module can raise or report and
fails when one has no line.

Sentences may hold ``{placeholders}`` filled from an error's ``params`` (``{setting}``,
``{rule}``; ``{detail}`` is the error's detail, never personal). A finding's measured value and its limit are added by :func:`finding_sentence` in
human units (「頭部の高さ 58 %（基準 50〜69 %）」, "2.1 MB (limit: under 5 MB)").

Pure Python: no Qt, no I/O (the GUI asks for the language it shows).
"""

# ruff: noqa: E501  (the table keeps one code per line, so adding one is one line)
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

LANGS = ("ja", "en")

# fmt: off
MESSAGES: dict[str, tuple[str, str]] = {
    # -- findings: the seven items -------------------------------------------------------------
    "fields.exam_number": ("受験番号の記載がないか、読み取れません", "The exam number is missing or unreadable"),
    "fields.exam_date": ("受験日の記載がないか、読み取れません", "The exam date is missing or unreadable"),
    "fields.category": ("試験区分の記載がないか、該当する区分がありません", "The exam category is missing or unknown"),
    "fields.name": ("氏名の記載がないか、読み取れません", "The name is missing or unreadable"),
    "fields.nationality": ("国籍・地域の記載がないか、該当するものがありません", "The nationality is missing or unknown"),
    "fields.date_of_birth": ("生年月日の記載がないか、読み取れません", "The date of birth is missing or unreadable"),
    "fields.sex": ("性別の記載がないか、読み取れません", "The sex is missing or unreadable"),
    # -- findings: the request, the roster, eligibility ----------------------------------------
    "request.one_exam": ("1 通のメールで複数の試験について申請されています", "More than one exam asked for in one e-mail"),
    "request.duplicate": ("同じ試験について別の申請があります", "Another request exists for the same exam"),
    "roster.found": ("受験番号が名簿にありません", "The exam number is not in the roster"),
    "roster.exam_date": ("受験日が名簿と一致しません", "The exam date differs from the roster"),
    "roster.category": ("試験区分が名簿と一致しません", "The exam category differs from the roster"),
    "roster.name": ("氏名が名簿と一致しません", "The name differs from the roster"),
    "roster.nationality": ("国籍・地域が名簿と一致しません", "The nationality differs from the roster"),
    "roster.date_of_birth": ("生年月日が名簿と一致しません", "The date of birth differs from the roster"),
    "roster.sex": ("性別が名簿と一致しません", "The sex differs from the roster"),
    "eligibility.not_passed": ("名簿ではこの試験は合格です（スコアレポートの発行対象外）", "The roster says this exam was passed: no Score report"),
    "eligibility.exam_window": ("受験日がこの手続の対象期間外です", "The exam date is outside the period this procedure covers"),
    # -- findings: attachments and files -------------------------------------------------------
    "attachments.residence_card_front": ("在留カード（表）の画像がありません", "No photo of the residence card front"),
    "attachments.residence_card_back": ("在留カード（裏）の画像がありません（在留期間更新申請中の場合）", "No photo of the residence card back (extension of stay pending)"),
    "attachments.face_photo": ("顔写真がありません", "No face photo"),
    "file.format": ("ファイル形式", "File format"),
    "file.size": ("ファイルの容量", "File size"),
    "file.readable": ("ファイルを読み込めません", "The file cannot be read"),
    # -- findings: face-photo checks (worded as the rule; the mark says pass or fail) ----------
    "photo.face_count": ("写っている顔の数", "Faces in the photo"),
    "photo.head_size": ("頭部の高さ", "Head height"),
    "photo.centred": ("顔の中心のずれ", "Face off centre"),
    "photo.shoulders": ("あごの下の余白（肩）", "Room below the chin (shoulders)"),
    "photo.pose": ("顔の向き・傾き", "Head turn and tilt"),
    "photo.colour": ("色の鮮やかさ（カラー写真）", "Colourfulness (colour photo)"),
    "photo.background": ("背景の模様・物の量", "Busy background"),
    "photo.eyes_visible": ("目の明るさ（サングラス不可）", "Eye brightness (no sunglasses)"),
    "photo.head_covering": ("帽子などのかぶり物", "Hat or head covering"),
    "photo.sharpness": ("鮮明さ", "Sharpness"),
    "photo.resolution": ("画像の大きさ", "Image size"),
    "photo.age": ("撮影日", "Date taken"),
    # -- errors: requests and decisions --------------------------------------------------------
    "request.not_found": ("この申請はもう存在しません。一覧を更新しました。", "This request no longer exists. The queue has been refreshed."),
    "attachment.not_found": ("この添付ファイルはもう存在しません。", "The attachment no longer exists."),
    "decision.issued": ("スコアレポートは既に発行されています。", "The report was already issued."),
    "decision.rejected": ("この申請は既に却下されています。", "The request was already rejected."),
    "decision.passed": ("名簿ではこの試験は合格となっているため、承認できません。", "The roster says this exam was passed: it cannot be approved."),
    "decision.unresolved_failures": ("理由が入力されていない不適合の指摘があるため、承認できません。", "Some failing findings have no reason: approval refused."),
    "decision.no_items": ("項目を 1 つ以上選択してください。", "Tick at least one point."),
    "decision.no_recipient": ("この申請には返信先のメールアドレスがありません。", "The request has no sender address to answer."),
    "decision.unknown_item": ("定型文にない項目が含まれています。", "A point is not in the catalogue."),
    "decision.unknown_reason": ("不明な理由です。", "Unknown reason."),
    "note.empty": ("メモが入力されていません。", "The note is empty."),
    "note.too_long": ("メモが長すぎます。", "The note is too long."),
    "notice.not_found": ("この通知は見つかりません。", "The notice cannot be found."),
    "notice.unknown_kind": ("不明な種類の通知です。", "Unknown kind of notice."),
    "notice.unreadable": ("保存された通知を読み込めません。", "The saved notice cannot be read."),
    "closure.exists": ("その日は既に休業日として登録されています。", "That day is already a closure day."),
    "closure.not_found": ("その日は休業日として登録されていません。", "That day is not a closure day."),
    # -- errors: catalogue and settings (admin) ------------------------------------------------
    "catalogue.unreadable": ("定型文のファイルを読み込めません。JSON 形式か確認してください。", "The catalogue file cannot be read. Please check that it is JSON."),
    "catalogue.placeholder_missing": ("定型文 {entry} に差込項目 {placeholder} がありません。設定値を示す差込項目は消せません。", "The text {entry} lacks the placeholder {placeholder}. Placeholders that show a setting cannot be removed."),
    "catalogue.placeholder_unknown": ("定型文 {entry} に不明な差込項目 {placeholder} があります。", "The text {entry} has an unknown placeholder {placeholder}."),
    "settings.invalid": ("設定「{name}」（{setting}）の値が規則に合いません（規則：{rule}）。", "The setting “{name}” ({setting}) was refused: it must be {rule}."),
    "settings.unknown": ("設定 {setting} はありません。", "There is no setting {setting}."),
    "settings.read_only": ("設定「{name}」（{setting}）はここでは変更できません。", "The setting “{name}” ({setting}) cannot be changed here."),
    # -- settings: names, what each is for, field labels, rules (the admin's settings screen) ----
    "setting.intake": ("受付の規則", "Intake rules"),
    "setting_summary.intake": ("受験期間、ファイルの容量と形式、受験番号の形式、回答までの営業日数", "Exam period, file size and formats, exam-number patterns, days to answer"),
    "setting.intake.window_start": ("対象期間の開始日", "Exam period: first day"),
    "setting.intake.window_end": ("対象期間の終了日", "Exam period: last day"),
    "setting.intake.vendor_from": ("試験実施機関による実施の開始日", "Test vendor's exams: first day"),
    "setting.intake.max_file_mb": ("ファイルの上限（MB）", "File size limit (MB)"),
    "setting.intake.mb_bytes": ("1 MB のバイト数", "Bytes in one MB"),
    "setting.intake.accepted_formats": ("受け付けるファイル形式", "File formats accepted"),
    "setting.intake.business_days": ("回答までの営業日数", "Business days to answer"),
    "setting.intake.exam_number_patterns": ("受験番号の形式（正規表現）", "Exam-number patterns (regular expressions)"),
    "setting.photo": ("顔写真の確認", "Face-photo checks"),
    "setting_summary.photo": ("顔写真の各確認の基準値（ファイルの規則は受付の規則にあります）", "Every limit of the face-photo checks (the file rule is in the intake rules)"),
    "setting.photo.head_ratio_min": ("頭部の高さの下限（写真の高さに対する割合）", "Head height: lowest (share of the photo height)"),
    "setting.photo.head_ratio_max": ("頭部の高さの上限（写真の高さに対する割合）", "Head height: highest (share of the photo height)"),
    "setting.photo.head_ratio_estimate_margin": ("頭頂を推定したときの頭部の高さの余裕", "Head height margin when the crown is estimated"),
    "setting.photo.centre_offset_pass": ("顔の中心のずれ：適合の上限", "Face off centre: pass up to"),
    "setting.photo.centre_offset_fail": ("顔の中心のずれ：不適合とする値", "Face off centre: fail from"),
    "setting.photo.colourfulness_min": ("色の鮮やかさの下限", "Colourfulness: lowest"),
    "setting.photo.background_busy_warn": ("背景の模様：注意とする値", "Busy background: warn from"),
    "setting.photo.background_busy_fail": ("背景の模様：不適合とする値", "Busy background: fail from"),
    "setting.photo.sharpness_min": ("鮮明さの下限", "Sharpness: lowest"),
    "setting.photo.sharpness_warn": ("鮮明さ：注意とする値", "Sharpness: warn below"),
    "setting.photo.eye_darkness_max": ("目の暗さの上限（サングラス）", "Eye darkness: highest (sunglasses)"),
    "setting.photo.recommended_width": ("推奨する画像の幅（ピクセル）", "Recommended image width (pixels)"),
    "setting.photo.recommended_height": ("推奨する画像の高さ（ピクセル）", "Recommended image height (pixels)"),
    "setting.photo.aspect_tolerance": ("縦横比の許容差", "Aspect ratio tolerance"),
    "setting.photo.shoulder_room_warn": ("あごの下の余白：注意とする値", "Room below the chin: warn below"),
    "setting.photo.shoulder_room_fail": ("あごの下の余白：不適合とする値", "Room below the chin: fail below"),
    "setting.photo.roll_warn_deg": ("顔の傾き：注意とする角度（度）", "Head tilt: warn from (degrees)"),
    "setting.photo.roll_fail_deg": ("顔の傾き：不適合とする角度（度）", "Head tilt: fail from (degrees)"),
    "setting.photo.yaw_warn": ("顔の向き：注意とする値", "Head turn: warn from"),
    "setting.photo.yaw_fail": ("顔の向き：不適合とする値", "Head turn: fail from"),
    "setting.photo.max_age_days": ("撮影日からの日数の上限", "Days since the photo was taken: at most"),
    "setting.photo.min_face_score": ("顔検出の確からしさの下限", "Face detection confidence: lowest"),
    "setting.photo.min_face_fraction": ("顔の大きさの下限（画像に対する割合）", "Face size: lowest (share of the image)"),
    "setting.photo.backdrop_plain_max": ("無地の背景とみなす上限", "Plain backdrop: up to"),
    "setting.photo.backdrop_unsure": ("背景の判定を担当者に委ねる値", "Backdrop: clerk decides from"),
    "setting.photo.backdrop_uneven": ("背景のむら：不適合とする値", "Uneven backdrop: fail from"),
    "setting.photo.covering_height_max": ("かぶり物：頭部の高さの上限", "Head covering: height at most"),
    "setting.photo.covering_width_max": ("かぶり物：頭部の幅の上限", "Head covering: width at most"),
    "setting.photo.eye_texture_min": ("目の細部の下限", "Eye detail: lowest"),
    "setting.photo.eye_texture_unsure": ("目の細部：担当者に委ねる値", "Eye detail: clerk decides below"),
    "setting.photo.face_skin_min": ("顔の肌の見える割合の下限", "Visible face skin: lowest"),
    "setting.photo.face_skin_unsure": ("顔の肌：担当者に委ねる値", "Visible face skin: clerk decides below"),
    "setting.photo.nose_skin_min": ("鼻の周りの肌の見える割合の下限（マスク）", "Visible skin around the nose: lowest (mask)"),
    "setting.photo.pitch_min": ("顔の上下の向きの下限", "Head pitch: lowest"),
    "setting.photo.pitch_max": ("顔の上下の向きの上限", "Head pitch: highest"),
    "setting.photo.pitch_unsure": ("顔の上下の向き：担当者に委ねる幅", "Head pitch: clerk decides within"),
    "setting.photo.covering_colour_max": ("かぶり物：額の上の帯で髪にない色の割合の上限", "Head covering: colours hair does not have, above the forehead, at most"),
    "setting.photo.covering_white_max": ("かぶり物：額の上の帯で白い部分の割合の上限", "Head covering: white above the forehead, at most"),
    "setting.photo.face_visibility_min": ("顔が見えている確からしさの下限（顔を覆うもの）", "Face visibility: lowest (face covered)"),
    "setting.photo.pitch_up_deg": ("上向き：不適合とする角度（度）", "Looking up: fail from (degrees)"),
    "setting.photo.pitch_down_deg": ("下向き：不適合とする角度（度）", "Looking down: fail from (degrees)"),
    "setting.photo.pitch_deg_unsure": ("上下の向き：担当者に委ねる幅（度）", "Looking up or down: clerk decides within (degrees)"),
    "setting.photo.face_score_unsure": ("顔検出の確からしさ：担当者に委ねる値", "Face detection confidence: clerk decides below"),
    "setting.notices": ("通知メール", "Notice e-mails"),
    "setting_summary.notices": ("差出人のアドレスと名前、通知とスコアレポートのメールの署名", "Sender address and name, signatures of notices and report e-mails"),
    "setting.notices.from_addr": ("差出人のメールアドレス", "Sender address"),
    "setting.notices.from_name": ("差出人の名前", "Sender name"),
    "setting.notices.signature_ja": ("署名（日本語）", "Signature (Japanese)"),
    "setting.notices.signature_en": ("署名（英語）", "Signature (English)"),
    "setting.report_serial": ("スコアレポートの通し番号", "Report serial numbers"),
    "setting_summary.report_serial": ("通し番号の先頭の文字（<先頭>-<年>-<番号>）", "Prefix of report serials (<prefix>-<year>-<number>)"),
    "setting.report_serial.prefix": ("先頭の文字", "Prefix"),
    "setting.retention": ("保存期間", "Retention"),
    "setting_summary.retention": ("判断後に個人情報を保存する日数と、デスクによる定期削除", "Days personal data is kept after the decision; the desk's scheduled purge"),
    "setting.retention.days": ("保存する日数", "Days kept"),
    "setting.retention.auto_purge": ("自動で削除する", "Purge automatically"),
    "setting.retention.purge_every_hours": ("削除の間隔（時間）", "Purge every (hours)"),
    "setting.report_layout": ("スコアレポートの文言", "Score report wording"),
    "setting_summary.report_layout": ("スコアレポートの表題、事務局、項目名（日本語・英語）", "Wording of the Score report: titles, secretariat, labels (Japanese, English)"),
    "setting.deficiency_catalogue": ("通知の定型文", "Notice texts"),
    "setting_summary.deficiency_catalogue": ("通知の定型文（「通知の定型文」画面または ssw-desk catalogue で編集）", "Notice texts (edit them in the notice texts screen or with ssw-desk catalogue)"),
    "setting.mailbox": ("メールボックス", "Mailbox"),
    "setting_summary.mailbox": ("IMAP・SMTP サーバー、フォルダー、差出人、ログイン方式（ssw-desk mailbox set で編集。パスワードはキーストアにあり、ここにはありません）", "IMAP and SMTP servers, folders, sender address, sign-in (edit with ssw-desk mailbox set; passwords are in the key store, never here)"),
    "setting.mailbox.imap": ("受信サーバー（IMAP）", "Incoming server (IMAP)"),
    "setting.mailbox.smtp": ("送信サーバー（SMTP）", "Outgoing server (SMTP)"),
    "setting.mailbox.from_addr": ("差出人のメールアドレス", "Sender address"),
    "setting.mailbox.folder": ("受信フォルダー", "Folder to fetch"),
    "setting.mailbox.done_folder": ("取り込み済みフォルダー", "Folder for fetched mail"),
    "setting.mailbox.sent_folder": ("送信済みフォルダー", "Sent folder"),
    "setting.mailbox.server_keeps_sent": ("送信済みをサーバーが保存する", "The server keeps sent mail"),
    "setting.mailbox.ca_file": ("証明書ファイル", "Certificate file"),
    "setting.mailbox.fetch_minutes": ("受信の間隔（分）", "Fetch every (minutes)"),
    "setting.mailbox.auth": ("ログイン方式", "Sign-in method"),
    "setting.mailbox.oauth_device_url": ("OAuth2 の端末認証 URL", "OAuth2 device sign-in URL"),
    "setting.mailbox.oauth_token_url": ("OAuth2 のトークン URL", "OAuth2 token URL"),
    "setting.mailbox.oauth_client_id": ("OAuth2 のクライアント ID", "OAuth2 client ID"),
    "setting.mailbox.oauth_scope": ("OAuth2 のスコープ", "OAuth2 scope"),
    "setting.desk_key": ("デスクの鍵", "Desk key"),
    "setting_summary.desk_key": ("保存ファイルを暗号化するデスクの鍵の指紋（ssw-desk key）", "Fingerprint of the desk key the stored files are sealed with (ssw-desk key)"),
    "setting.desk_key.fingerprint": ("鍵の指紋", "Key fingerprint"),
    "setting.desk_key.label": ("鍵の名前", "Key label"),
    "setting.desk_key.rotating_to": ("交換中の新しい鍵", "Key being rotated to"),
    "setting.report_signing": ("スコアレポートの署名鍵", "Report signing key"),
    "setting_summary.report_signing": ("スコアレポートに署名する Ed25519 の鍵（デスクの鍵で暗号化。表示しません）", "The Ed25519 key that signs reports (sealed with the desk key; never shown)"),
    "setting_type.int": ("整数", "whole number"),
    "setting_type.float": ("数値", "number"),
    "setting_type.text": ("文字列", "text"),
    "setting_type.date": ("日付（年-月-日）", "date (year-month-day)"),
    "setting_type.bool": ('はい／いいえ（"true" / "false"）', 'yes or no ("true" / "false")'),
    "setting_type.list": ("文字列の一覧（コンマ区切り）", "list of texts (comma-separated)"),
    "rule.between": ("{lo}以上{hi}以下", "between {lo} and {hi}"),
    "rule.above_at_most": ("{lo}より大きく{hi}以下", "greater than {lo} and at most {hi}"),
    "rule.one_of": ("{choices} のいずれか", "one of {choices}"),
    "rule.each_one_of": ("{choices} から1つ以上", "a non-empty list of {choices}"),
    "rule.non_empty": ("空でないこと", "not empty"),
    "rule.regexes": ("正しい正規表現（1つ以上）", "a non-empty list of valid regular expressions"),
    "rule.email": ("メールアドレス（name@domain）", "an e-mail address (name@domain)"),
    "rule.capitals": ("英大文字・数字1〜12文字", "1 to 12 capital letters or digits"),
    "rule.server_url": ("空欄、または {protocol} サーバーの URL（TLS。暗号化なしはこのコンピューターのみ）", "empty or a {protocol} server URL (TLS, or plain only to this computer)"),
    "rule.empty_or_email": ("空欄、またはメールアドレス（name@domain）", "empty or an e-mail address (name@domain)"),
    "rule.of_type": ("{type}の値", "a value of type {type}"),
    "rule.readable": ("この設定が読み取れる値", "a value this setting can read"),
    "rule.less": ("「{a}」が「{b}」より小さいこと", "“{a}” less than “{b}”"),
    "rule.at_most": ("「{a}」が「{b}」以下であること", "“{a}” at most “{b}”"),
    "rule.less_than_both": ("「{a}」が「{b}」と「{c}」のどちらよりも小さいこと", "“{a}” less than both “{b}” and “{c}”"),
    "rule.in_order": ("「{a}」≦「{b}」＜「{c}」の順であること", "“{a}” on or before “{b}”, and “{b}” before “{c}”"),
    # -- errors: first run (setting up the workstation: gui/first_run_check.py) --------------------
    "setup.unreachable": ("データベースサーバーが応答しません。アドレスとポート、このパソコンが事務所のネットワークにつながっているかを確認し、サーバーが動いているか管理者に確認してください。", "The database server does not answer. Check the address and port, that this computer is on the office network, and ask the administrator whether the server is running."),
    "setup.wrong_login": ("ログイン名またはパスワードが受け付けられませんでした。大文字・小文字を含めて確認するか、管理者にパスワードの再設定を依頼してください。", "The server refused this login or password. Check them (they are case-sensitive) or ask the administrator to reset your password."),
    "setup.no_database": ("その名前のデータベースはサーバーにありません。名前を管理者に確認してください。", "The server has no database of that name. Check the name with the administrator."),
    "setup.db_newer": ("事務所のデータベースはこのデスクより新しい版で作られています。新しい版をこの端末に入れてから（管理者に依頼）、もう一度お試しください。", "The office database was set up by a newer SSW Desk than this one. Install the newer version on this workstation (ask the administrator), then try again."),
    "setup.failed": ("データベースを確認できませんでした。ログファイルを管理者に渡してください。", "The database could not be checked. Give the administrator the log file."),
    "setup.key_unreadable": ("鍵ファイルを読めないか、デスクの鍵ではありません。事務所データベースの鍵ファイルを管理者に依頼してください。", "The key file cannot be read or is not a desk key. Ask the administrator for the key file of the office database."),
    "setup.key_mismatch": ("この鍵は事務所データベースに登録された鍵ではありません。正しい鍵ファイルを管理者に依頼してください。", "This key is not the one the office database records. Ask the administrator for the right key file."),
    "setup.key_needed": ("事務所データベースにはすでに鍵が登録されています。管理者から受け取った鍵を取り込んでください（新しい鍵は最初の1台だけです）。", "The office database already has a desk key: import the key file the administrator gave you (a new key is only for the very first workstation)."),
    "setup.key_rotating": ("事務所データベースの鍵を交換している最中です。交換が終わってから、管理者に新しい鍵ファイルを依頼してください。", "The office database's desk key is being replaced. When that is finished, ask the administrator for the new key file."),
    "setup.no_keyring": ("この端末のパスワード保管庫（キーリング）を使えないため、パスワードを保存できません。パスワード欄を空にして .pgpass ファイルを使うか、管理者に相談してください。", "This computer's password store (keyring) cannot be used, so the password cannot be kept. Leave the password empty and use a .pgpass file, or ask the administrator."),
    # -- errors: storage -----------------------------------------------------------------------
    "storage.blob_missing": ("この申請の保存ファイルが見つかりません。管理者に連絡してください。", "A stored file of this request is missing. Please tell the administrator."),
    "storage.key_mismatch": ("この暗号鍵では保存ファイルを開けません。管理者に連絡してください。", "Stored files cannot be opened with this encryption key. Please tell the administrator."),
    "storage.sealed_damaged": ("暗号化された保存値を開けません（改ざんまたは破損）。管理者に連絡してください。", "A sealed stored value cannot be opened (altered or damaged). Please tell the administrator."),
    "database.unreachable": ("データベースに接続できません。ネットワークとデータベースの設定を確認するか、管理者に連絡してください。", "The database cannot be reached. Check the network and the database setting, or tell the administrator."),
    "database.busy": ("データベースが使用中です。少し待ってからもう一度お試しください。", "The database is busy. Please try again in a moment."),
    "internal": ("問題が発生しました。詳細はログファイルに記録しました。", "Something went wrong. The details were written to the log file."),
    # -- errors: roster ------------------------------------------------------------------------
    "roster.columns_missing": ("名簿ファイルに必要な列がありません。ファイルを確認してください。", "The roster file lacks required columns. Please check the file."),
    "roster.empty": ("名簿ファイルにデータがありません。", "The roster file contains no rows."),
    "roster.encoding": ("名簿ファイルを読み込めませんでした。UTF-8 の CSV で保存し直してください。", "The roster file could not be read. Please save it as UTF-8 CSV."),
    "roster.no_input": ("名簿ファイルが指定されていません。", "No roster file was given."),
    "roster.unreadable": ("名簿ファイルを開けません。", "The roster file cannot be opened."),
    # -- errors: images ------------------------------------------------------------------------
    "image.unreadable": ("画像を読み込めません。", "The image cannot be read."),
    "image.truncated": ("画像ファイルが不完全です。", "The image file is incomplete."),
    "image.bomb": ("画像が大きすぎるため、安全に開けません。", "The image is too large to open safely."),
    "image.too_large": ("画像が大きすぎるため、安全に開けません。", "The image is too large to open safely."),
    "image.too_small": ("画像が小さすぎます。", "The image is too small."),
    "image.empty": ("画像ファイルが空です。", "The image file is empty."),
    # -- errors: reports -----------------------------------------------------------------------
    "report.not_approved": ("この申請は承認されていないため、スコアレポートを発行できません。", "The request is not approved: no Score report can be issued."),
    "report.no_roster": ("受験番号が名簿にありません。先に試験結果を取り込んでください。", "The exam number is not in the roster: import the exam results first."),
    "report.passed": ("名簿ではこの試験は合格となっているため、スコアレポートは発行されません。", "The roster says this exam was passed: no Score report is issued."),
    "report.no_score": ("名簿にこの試験の得点または合格点がありません。", "The roster has no score or passing mark for this exam."),
    "report.no_photo": ("この申請には顔写真がありません。", "The request has no face photo."),
    "report.fields_missing": ("次の項目がありません：", "Items are missing:"),
    "report.already_issued": ("スコアレポートは既に発行されています。訂正には再発行が必要です。通し番号：", "A report was already issued; a correction needs a reissue. Serial:"),
    "report.reissue_needs_reason": ("再発行には理由が必要です。スコアレポートは再発行されていません。", "A reissue needs a reason: the report was not reissued."),
    "report.not_found": ("このスコアレポートは台帳に登録されていません。", "The report is not in the register."),
    "report.nothing_to_verify": ("検証する PDF または確認コードを指定してください。", "Give a report PDF or a verification code to verify."),
    "report.font_missing": ("スコアレポート用のフォントがありません。SSW Desk を再インストールしてください。", "The font for the Score report is missing. Please reinstall SSW Desk."),
    "report.resources_missing": ("SSW Desk のファイルが不足しています。SSW Desk を再インストールしてください。", "Files of SSW Desk are missing. Please reinstall SSW Desk."),
    "report.photo_unreadable": ("顔写真を読み込めないため、スコアレポートを作成できません。", "The face photo could not be read, so no Score report can be made from it."),
    "report.photo_crop_outside": ("スコアレポート用に顔の部分を切り出せません。", "The face cannot be cut out of the photo for the Score report."),
    # -- quarantine reasons (what the clerk can do) ---------------------------------------------
    "mail.empty": ("ファイルが空です。送信者にメールの再送を依頼してください。", "The file is empty: ask the sender to send the e-mail again."),
    "mail.not_email": ("このファイルはメールではありません。取り込んだファイルを確認してください。", "This file is not an e-mail: check what was dropped on the desk."),
    "mail.truncated": ("メールが途中で切れています。送信者に再送を依頼してください。", "The e-mail is cut off: ask the sender to send it again."),
    "mail.undecodable": ("本文の文字コードを判別できません。元のファイルを開いて確認してください。", "The text cannot be decoded: open the raw file and read it by hand."),
    "mail.no_body": ("本文も添付ファイルもありません。送信者に再送を依頼してください。", "The e-mail has neither text nor attachments: ask the sender to resend."),
    "mail.msg_unreadable": ("Outlook のファイルが壊れています。.eml 形式での送付を依頼してください。", "The Outlook file is damaged: ask for the e-mail as .eml."),
    "quarantine.not_found": ("この隔離メールは見つかりません（既に取り込まれたか削除されました）。", "This quarantined message cannot be found (imported or removed already)."),
    "intake.internal_error": ("このメールの処理に失敗しました。元のデータは保存されています。管理者に報告してください。", "The desk failed on this e-mail: report it, the raw bytes are kept."),
    # -- shared desk: changes, claims, roles -----------------------------------------------
    "claim.held": ("別の担当者が確認中です。引き継ぐには理由を入力してください。", "Another clerk is reviewing this request; give a reason to take it over."),
    "claim.needs_reason": ("引き継ぎには理由が必要です。", "Taking over needs a reason."),
    "claim.not_held": ("この申請を確認中ではありません。", "You are not reviewing this request."),
    "decision.needs_reason": ("理由を入力してください。", "Give a reason."),
    "decision.override_format": ("上書き理由は「コード=理由」の形で指定してください。", "Give an override as CODE=REASON."),
    "request.not_allowed": ("申請の現在の状態ではこの操作はできません。", "This is not possible in the request's current status."),
    "request.changed": ("この間に別の担当者が申請を変更したため、保存しませんでした。現在の内容を表示しています。", "Another clerk changed this request in the meantime: nothing was saved. It is shown as it is now."),
    "role.not_permitted": ("この操作を行う権限がありません。", "Your role may not do this."),
    "roster.report_issued": ("有効なスコアレポートがある試験が名簿で合格となっています。先にレポートを取り消してください。", "The roster says passed for an exam whose Score report is valid: revoke it first."),
    # -- report trust: issuer keys, revocation, retention ----------------------------------
    "key.already_registered": ("この鍵は既に登録されています。", "This key is already registered."),
    "key.bad_certificate": ("証明書を読み込めません。", "The certificate cannot be read."),
    "key.bad_status": ("鍵の状態が不正です。", "Not a key status."),
    "key.issuer_exists": ("発行者鍵は既にあります。", "An issuer key already exists."),
    "key.not_registered": ("この鍵は登録されていません。", "This key is not registered."),
    "key.passphrase_mismatch": ("2回入力したパスフレーズが一致しません。", "The two passphrases differ."),
    "key.passphrase_short": ("パスフレーズは8文字以上にしてください。", "The passphrase must have at least 8 characters."),
    "report.already_revoked": ("この通知書は既に取り消されています。", "This report is already revoked."),
    "report.file_not_found": ("ファイルが見つかりません。", "The file was not found."),
    "report.file_unreadable": ("ファイルを読み込めません。", "The file cannot be read."),
    "report.issuer_key_bad": ("パスフレーズが違うか、発行者鍵ファイルが壊れています。", "Wrong passphrase, or the issuer key file is damaged."),
    "report.issuer_key_locked": ("発行者鍵のパスフレーズが入力されていません。", "The issuer key's passphrase was not given."),
    "report.key_not_active": ("この発行者鍵は失効・廃止済みか、有効期間外です。", "This issuer key is retired, revoked or outside its validity."),
    "report.key_not_registered": ("この発行者鍵は登録されていません。管理者に登録を依頼してください。", "This issuer key is not registered. Ask an admin to register it."),
    "report.no_issuer_key": ("この端末には発行者鍵がありません。発行者鍵を作成し、管理者に登録を依頼してください。", "This workstation has no issuer key. Create one and ask an admin to register it."),
    "report.purged": ("保存期間の経過により、この通知書のPDFは削除されました（照合は引き続き可能です）。", "This report's PDF was removed after the retention period (it still verifies)."),
    "report.revoke_needs_reason": ("取消しには理由が必要です。", "Revoking needs a reason."),
    "retention.bad_setting": ("保存期間の設定が不正です（1以上の日数）。", "The retention setting is not valid (a number of days, at least 1)."),
    # -- desk key (storage encryption key) -------------------------------------------------
    "storage.key_corrupt": ("暗号鍵ファイルが壊れています。バックアップから復元してください。", "The desk key file is damaged. Restore it from backup."),
    "storage.key_different": ("この端末の暗号鍵はデータベースの鍵と異なります。正しい鍵を取り込んでください。", "This workstation's desk key is not the database's. Import the right key."),
    "storage.key_exists": ("暗号鍵ファイルは既にあります（置き換えるには --replace）。", "A desk key file already exists (use --replace to replace it)."),
    "storage.key_in_environment": ("SSW_DESK_KEY ではなく desk.key で切り替えてください。", "Rotate with desk.key, not SSW_DESK_KEY."),
    "storage.key_missing": ("この端末にはデータベースの暗号鍵がありません。他の端末から鍵をコピーするか（ssw-desk key export / import）、バックアップから復元してください。", "This workstation lacks the database's desk key. Copy it from another workstation (ssw-desk key export / import) or restore it from backup."),
    "storage.key_rotating": ("暗号鍵の切替え中です。完了後に新しい鍵を取り込んでください。", "The desk key is being replaced. Import the new key when it is done."),
    "storage.key_short": ("暗号鍵ファイルの長さが正しくありません（32バイトが必要）。", "The desk key file has the wrong length (32 bytes needed)."),
    "storage.key_file": ("暗号鍵ファイルを読み書きできません。", "The desk key file cannot be read or written."),
    # -- mailbox, OAuth2 sign-in, outbox ---------------------------------------------------
    "mailbox.bad_address": ("差出人のメールアドレスが正しくありません。", "The sender address is not valid."),
    "mailbox.bad_auth": ("ログイン方式は password または xoauth2 を指定してください。", "The login method must be password or xoauth2."),
    "mailbox.bad_ca_file": ("指定された証明書ファイルを読み込めません。", "The certificate file given cannot be read."),
    "mailbox.bad_url": ("サーバーの指定が正しくありません（例: imaps://user@host:993）。", "The server address is not valid (e.g. imaps://user@host:993)."),
    "mailbox.busy": ("別の端末がメールの受信・送信中です（{detail}）。", "Another desk is fetching or sending mail now ({detail})."),
    "mailbox.connection_lost": ("メールサーバーとの接続が途中で切れました。保存済みのメールは失われていません。", "The connection to the mail server was cut. Messages already stored are kept."),
    "mailbox.keyring_unavailable": ("OS のキーストアを利用できません。", "The operating system's key store is not available."),
    "mailbox.lock_lost": ("メール処理のロックが別の端末に移りました。", "The mail lock was taken over by another desk."),
    "mailbox.login_refused": ("メールサーバーがログインを拒否しました。ユーザー名とパスワードを確認してください。", "The mail server refused the login. Check the user name and password."),
    "mailbox.no_folder": ("メールボックスにフォルダー「{detail}」がありません。", "The mailbox has no folder \"{detail}\"."),
    "mailbox.no_password": ("パスワードが保存されていません（キーストアまたは環境変数）。", "No password is stored (key store or environment variable)."),
    "mailbox.not_configured": ("メールボックス（IMAP/SMTP）が設定されていません。管理者が設定してください。", "The mailbox (IMAP/SMTP) is not set up. An administrator must set it."),
    "mailbox.plain_not_loopback": ("暗号化なしの接続はこのコンピューター内のサーバーにのみ使えます。TLS または STARTTLS を指定してください。", "Unencrypted connections are only allowed to this computer. Use TLS or STARTTLS."),
    "mailbox.protocol_error": ("メールサーバーが予期しない応答をしました。", "The mail server answered unexpectedly."),
    "mailbox.timeout": ("メールサーバーが応答しません。", "The mail server does not answer."),
    "mailbox.tls_failed": ("サーバーとの暗号化接続を確立できません。", "A secure connection to the server could not be made."),
    "mailbox.tls_untrusted": ("サーバーの証明書が信頼できないため接続を拒否しました。", "The server's certificate is not trusted: the connection was refused."),
    "mailbox.unavailable": ("メールサーバーの認証が一時的に利用できません。後で再試行します。", "The mail server's authentication is unavailable for now. The desk will try again."),
    "mailbox.unreachable": ("メールサーバーに接続できません。ネットワークとサーバーを確認してください。", "The mail server cannot be reached. Check the network and the server."),
    "oauth.bad_url": ("認証サーバーのアドレスは https:// で指定してください。", "The sign-in server's address must start with https://."),
    "oauth.expired": ("時間内に承認されませんでした。もう一度ログインしてください。", "The approval did not come in time. Sign in again."),
    "oauth.login_needed": ("メールサーバーへのログイン（OAuth2）が必要です: ssw-desk mailbox login", "The desk must be signed in to the mail server (OAuth2): ssw-desk mailbox login"),
    "oauth.refused": ("認証サーバーが拒否しました。もう一度ログインしてください（ssw-desk mailbox login）。", "The sign-in server refused. Sign in again (ssw-desk mailbox login)."),
    "oauth.unreachable": ("認証サーバーに接続できません。", "The sign-in server cannot be reached."),
    "outbox.not_cancellable": ("送信待ち・失敗・不確定のメールのみ取り消せます。", "Only waiting, failed or uncertain messages can be cancelled."),
    "outbox.not_found": ("送信待ちメールが見つかりません。", "The outgoing message was not found."),
    "outbox.not_resendable": ("失敗または不確定のメールのみ再送信できます。", "Only failed or uncertain messages can be sent again."),
    "outbox.reason_needed": ("再送信の理由を入力してください。", "Give a reason for sending again."),
    # -- photo and file checks -------------------------------------------------------------
    "file.truncated": ("ファイルが途中で切れています", "The file is cut off (incomplete)"),
    "photo.face_covered": ("顔を覆うもの（マスク・手など）", "Face covered (mask, hand or object)"),
    # -- roles, clerks, migrations, the audit chain (docs/roles-and-audit.md) -------------
    "auth.not_allowed": ("この操作を行う権限がありません（データベースが拒否しました）。", "Your role may not do this (the database refused it)."),
    "storage.db_newer": ("データベースがこのデスクより新しいバージョンです（{detail}）。SSW Desk を更新してください。", "The database is newer than this desk ({detail}). Please update SSW Desk."),
    "storage.db_older": ("データベースの更新が必要ですが、このログインでは更新できません（{detail}）。管理者に連絡してください。", "The database needs an update that this login may not run ({detail}). Please ask an administrator."),
    "clerks.bad_name": ("ログイン名は半角英小文字・数字・_ で指定してください。", "A login is lower-case letters, digits and _."),
    "clerks.bad_role": ("役割は clerk、supervisor、admin のいずれかです。", "The role is clerk, supervisor or admin."),
    "clerks.exists": ("この担当者はすでに登録されています。", "This clerk already exists."),
    "clerks.not_found": ("この担当者は登録されていません。", "No such clerk."),
    "clerks.own_login": ("自分のログインの無効化や役割の変更はできません。別の管理者に依頼してください。", "You cannot disable your own login or change your own role: ask another administrator."),
    "clerks.one_workstation": ("この端末のデータベース（SQLite）では、担当者は OS のユーザーで、役割はありません。", "On this workstation's database (SQLite) the clerk is the operating-system user and roles do not apply."),
    "login.not_postgres": ("パスワードの保存は PostgreSQL の接続先にのみ使います。", "Passwords are kept only for PostgreSQL databases."),
    "login.no_key_store": ("OS のキーストアが使えません。.pgpass などをご利用ください。", "The OS key store is not available; use .pgpass or similar."),
    "audit.hash_mismatch": ("履歴の記録内容が書き換えられています。", "An event of the history was edited."),
    "audit.broken_link": ("履歴の記録が削除または挿入されています。", "An event was deleted from or inserted into the history."),
    "audit.head_mismatch": ("履歴が署名済みの記録と一致しません。", "The history does not match its signed head."),
    "audit.head_missing": ("署名済みの履歴の記録がなくなっています。", "A signed event of the history is gone."),
    "audit.unsigned_event": ("このデスクが署名していない記録が、このデスクの名前で履歴にあります。", "The history holds an event in this desk's name that it never signed."),
    "audit.bad_signature": ("履歴の署名記録が改ざんされています。", "The log of signed history heads was edited."),
    "audit.no_heads": ("履歴の署名済みの記録がありません。", "There are no signed heads of the history."),
}
# fmt: on

#: Shown for a code that has no line yet (the code is appended so it can be reported).
FALLBACK = ("操作を完了できませんでした。", "The action could not be completed.")


def _index(lang: str) -> int:
    return 0 if lang == "ja" else 1


class _Keep(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def has_text(code: str) -> bool:
    """True when ``code`` has a sentence in both languages."""
    pair = MESSAGES.get(code)
    return pair is not None and all(t.strip() for t in pair)


def text(code: str, lang: str = "ja", params: Mapping[str, Any] | None = None) -> str:
    """The sentence for ``code`` in ``lang`` (``ja`` or ``en``), placeholders filled.

    A parameter given as a ``(Japanese, English)`` pair is taken in ``lang``. An unknown code
    gives a generic sentence ending in ``(code)``, never an exception.
    """
    pair = MESSAGES.get(code)
    if pair is None:
        return f"{FALLBACK[_index(lang)]} ({code})"
    i = _index(lang)
    values = {k: v[i] if isinstance(v, tuple) else str(v) for k, v in (params or {}).items()}
    return pair[i].format_map(_Keep(values))


def error_sentence(exc: BaseException, lang: str = "ja") -> str:
    """The sentence for an exception: a coded error's own, else a coarse one (never raises)."""
    code = getattr(exc, "code", None)
    if not isinstance(code, str):
        code = "database.busy" if "locked" in str(exc) else "internal"
    params = {"detail": str(getattr(exc, "detail", "") or ""), **getattr(exc, "params", {})}
    return text(code, lang, params)


# -- formatting values and limits in human units -----------------------------------------------

_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_FORMAT_NAMES = {"jpeg": "JPG", "tiff": "TIFF", "heic": "HEIC"}


def format_number(value: float) -> str:
    """``5`` for 5.0, ``2.5`` for 2.5, ``0.001`` for 0.001: up to four decimals, no trailing
    zeros (a limit is shown as it was set, never rounded to 0)."""
    if value == int(value):
        return str(int(value))
    return f"{value:.4f}".rstrip("0").rstrip(".")


def format_date(day: date, lang: str) -> str:
    """``2025年7月7日`` or ``7 July 2025``."""
    if lang == "ja":
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"


def format_formats(formats: Sequence[str], lang: str) -> str:
    """``JPG、GIF、PNG`` or ``JPG, GIF or PNG``."""
    names = [_FORMAT_NAMES.get(f, f.upper()) for f in formats]
    if lang == "ja":
        return "、".join(names)
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


def format_mb(size: float, mb_bytes: int = 1024 * 1024) -> str:
    """A byte count in MB with one decimal (``2.1 MB``); under 0.1 MB in KB (``45 KB``)."""
    if size < mb_bytes / 10:
        kb = 1024 if mb_bytes == 1024 * 1024 else 1000
        return f"{size / kb:.0f} KB"
    return f"{size / mb_bytes:.1f} MB"


def format_percent(fraction: float) -> str:
    return f"{fraction * 100:.0f} %"


def _num(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


_WORDS = {
    "range": ("{0}〜{1}", "{0}-{1}"),
    "max": ("{0} 以下", "at most {0}"),
    "min": ("{0} 以上", "at least {0}"),
    "under": ("{0} 未満", "under {0}"),
    "exactly": ("{0}", "exactly {0}"),
    "recommended": ("推奨 {0}", "recommended {0}"),
    "within_days": ("{0} 日以内", "within {0} days"),
}


def _w(word: str, lang: str, *args: str) -> str:
    return _WORDS[word][_index(lang)].format(*args)


Measure = Callable[[Any, Mapping[str, Any], str], tuple[str, str] | None]
"""(value, limits, lang) -> (value in words or "" when not measured, limit in words)."""


def _file_size(value: Any, lim: Mapping[str, Any], lang: str) -> tuple[str, str] | None:
    size, mb_bytes, max_mb = _num(value), int(lim.get("mb_bytes") or 1024 * 1024), lim.get("max_mb")
    if max_mb is None:
        return None
    shown = "" if size is None else format_mb(size, mb_bytes)
    return shown, _w("under", lang, f"{format_number(float(max_mb))} MB")


def _file_format(value: Any, lim: Mapping[str, Any], lang: str) -> tuple[str, str] | None:
    accepted = [str(a) for a in lim.get("accepted") or []]
    if not accepted:
        return None
    shown = "" if value is None else format_formats([str(value)], lang)
    return shown, format_formats(accepted, lang)


def _head(value: Any, lim: Mapping[str, Any], lang: str) -> tuple[str, str] | None:
    v, lo, hi = _num(value), _num(lim.get("min")), _num(lim.get("max"))
    if lo is None or hi is None:
        return None
    limit = _w("range", lang, f"{lo * 100:.0f}", f"{hi * 100:.0f}") + " %"
    return ("" if v is None else format_percent(v)), limit


def _percent(key: str, word: str) -> Measure:
    def measure(value: Any, lim: Mapping[str, Any], lang: str) -> tuple[str, str] | None:
        v, limit = _num(value), _num(lim.get(key))
        if limit is None:
            return None
        return ("" if v is None else format_percent(abs(v))), _w(word, lang, format_percent(limit))

    return measure


def _plain(key: str, word: str) -> Measure:
    def measure(value: Any, lim: Mapping[str, Any], lang: str) -> tuple[str, str] | None:
        v, limit = _num(value), _num(lim.get(key))
        if limit is None:
            return None
        shown = "" if v is None else format_number(round(v, 2))
        return shown, _w(word, lang, format_number(limit))

    return measure


def _resolution(value: Any, lim: Mapping[str, Any], lang: str) -> tuple[str, str] | None:
    recommended = str(lim.get("recommended") or "").replace("x", " × ")
    if not recommended:
        return None
    shown = "" if value is None else str(value).replace("x", " × ") + " px"
    return shown, _w("recommended", lang, recommended + " px")


def _age(value: Any, lim: Mapping[str, Any], lang: str) -> tuple[str, str] | None:
    days = lim.get("max_days")
    if days is None:
        return None
    try:
        shown = "" if value is None else format_date(date.fromisoformat(str(value)[:10]), lang)
    except ValueError:
        shown = str(value)
    return shown, _w("within_days", lang, str(days))


#: Words of the analyser's composed measures ("roll 2.0 deg, yaw -0.10") in Japanese.
_MEASURE_WORDS_JA = (
    ("face visibility", "顔の見え方"),
    ("mouth skin", "口元の肌"),
    ("chin skin", "あごの肌"),
    ("nose skin", "鼻の肌"),
    ("colour", "色"),
    ("white", "白"),
    ("nod", "上下"),
    ("skin_min", "肌の最小"),
    ("darkness", "暗さ"),
    ("texture", "模様"),
    ("roll", "傾き"),
    ("yaw", "向き"),
    ("pitch", "上下"),
    ("height", "高さ"),
    ("width", "幅"),
    ("n/a", "—"),
    (", ", "、"),
)


def measure_words(text: str, lang: str) -> str:
    """A composed measure in the interface language: 「傾き 2.0°、向き -0.10」."""
    text = text.replace(" deg", "°").replace("skin_min", "skin min" if lang != "ja" else "skin_min")
    if lang == "ja":
        for word, ja in _MEASURE_WORDS_JA:
            text = text.replace(word, ja)
    return text


def _pose(value: Any, lim: Mapping[str, Any], lang: str) -> tuple[str, str] | None:
    roll, yaw = lim.get("roll_fail_deg"), lim.get("yaw_fail")
    if roll is None or yaw is None:
        return None
    r, y = format_number(float(roll)), format_number(float(yaw))
    limit = (
        f"傾き {r}° 以下、向き {y} 以下" if lang == "ja" else f"roll at most {r}°, yaw at most {y}"
    )
    up, down = lim.get("pitch_up_deg"), lim.get("pitch_down_deg")
    if up is not None and down is not None:
        u, d = format_number(float(up)), format_number(float(down))
        limit += f"、上下 -{d}°〜+{u}°" if lang == "ja" else f", nod -{d}° to +{u}°"
    return ("" if value is None else measure_words(str(value), lang)), limit


def _covering(value: Any, lim: Mapping[str, Any], lang: str) -> tuple[str, str] | None:
    colour, white = lim.get("colour_max"), lim.get("white_max")
    if colour is not None and white is not None:
        c, w = format_number(float(colour)), format_number(float(white))
        limit = (
            f"色 {c} 未満、白 {w} 未満" if lang == "ja" else f"colour under {c}, white under {w}"
        )
        return ("" if value is None else measure_words(str(value), lang)), limit
    height, width = lim.get("height_max"), lim.get("width_max")
    if height is None or width is None:
        return None
    h, w = format_number(float(height)), format_number(float(width))
    if lang == "ja":
        limit = f"高さ {h} 以下、幅 {w} 以下"
    else:
        limit = f"height at most {h}, width at most {w}"
    return ("" if value is None else measure_words(str(value), lang)), limit


def _face_covered(value: Any, lim: Mapping[str, Any], lang: str) -> tuple[str, str] | None:
    visibility = lim.get("visibility_min")
    if visibility is None:
        return None
    v = format_number(float(visibility))
    limit = f"顔の見え方 {v} 以上" if lang == "ja" else f"face visibility at least {v}"
    return ("" if value is None else measure_words(str(value), lang)), limit


def _count(value: Any, lim: Mapping[str, Any], lang: str) -> tuple[str, str] | None:
    return ("" if value is None else str(value)), _w("exactly", lang, str(lim.get("exactly", 1)))


#: Finding or check code -> how its value and limits read in human units.
MEASURES: dict[str, Measure] = {
    "file.size": _file_size,
    "file.format": _file_format,
    "photo.face_count": _count,
    "photo.head_size": _head,
    "photo.centred": _percent("max_abs_fail", "max"),
    "photo.pose": _pose,
    "photo.head_covering": _covering,
    "photo.face_covered": _face_covered,
    "photo.shoulders": _percent("warn_below", "min"),
    "photo.colour": _plain("min", "min"),
    "photo.background": _percent("warn_from", "under"),
    "photo.eyes_visible": _plain("min_ratio", "min"),
    "photo.sharpness": _plain("warn_below", "min"),
    "photo.resolution": _resolution,
    "photo.age": _age,
}


def measured(code: str, value: Any, limits: Any, lang: str) -> tuple[str, str] | None:
    """The value (``""`` when not measured) and the limit of a finding in human units, or None
    when the code has no limit to show."""
    measure = MEASURES.get(code)
    if measure is None or not isinstance(limits, Mapping):
        return None
    try:
        return measure(value, limits, lang)
    except (TypeError, ValueError):
        return None


def finding_sentence(code: str, lang: str, value: Any = None, limits: Any = None) -> str:
    """The finding as a sentence with its measured value and limit.

    Examples: 「頭部の高さ 58 %（基準 50〜69 %）」, "File size 2.1 MB (limit: under 5 MB)"; a check
    that could not measure shows the limit alone (「撮影日（基準 183 日以内）」).
    """
    base = text(code, lang)
    shown = measured(code, value, limits, lang)
    if shown is None:
        return base
    head = f"{base} {shown[0]}" if shown[0] else base
    if lang == "ja":
        return f"{head}（基準 {shown[1]}）"
    return f"{head} (limit: {shown[1]})"
