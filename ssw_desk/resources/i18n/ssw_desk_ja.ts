<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ApproveDialog</name>
    <message>
        <location filename="../../gui/review/decision_dialogs.py" line="58"/>
        <source>Approve {0}</source>
        <extracomment>Builds a preview text from (item codes, extra text).</extracomment>
        <translation>{0} の承認</translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_dialogs.py" line="63"/>
        <source>No finding fails. Approve this request for its Score report?</source>
        <translation>不適合の指摘はありません。この申請を承認し、スコアレポートの発行対象としますか。</translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_dialogs.py" line="66"/>
        <source>The roster says this exam was passed: a Score report is never issued for a passed exam, so this request cannot be approved. Reject it instead.</source>
        <translation>名簿ではこの試験は合格となっています。合格した試験にはスコアレポートを発行しないため、この申請は承認できません。却下してください。</translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_dialogs.py" line="71"/>
        <source>These findings fail. To approve anyway, give the reason you accept each one; the reasons are kept in the request&apos;s history.</source>
        <translation>次の指摘が不適合です。それでも承認する場合は、指摘ごとに認める理由を入力してください。理由は申請の履歴に記録されます。</translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_dialogs.py" line="80"/>
        <source>Reason (required)</source>
        <translation>理由（必須）</translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_dialogs.py" line="93"/>
        <source>Approve</source>
        <translation>承認</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../gui/crash.py" line="115"/>
        <source>SSW Desk</source>
        <translation>SSW Desk</translation>
    </message>
    <message>
        <location filename="../../gui/crash.py" line="116"/>
        <source>An unexpected error occurred. Your saved work is safe.</source>
        <translation>予期しないエラーが発生しました。保存済みの作業は失われていません。</translation>
    </message>
    <message>
        <location filename="../../gui/crash.py" line="119"/>
        <source>A report was written to:
{path}

Please send this file to the administrator. You may continue working or restart SSW Desk.</source>
        <translation>エラーの記録を次のファイルに書き出しました：
{path}

このファイルを管理者に送ってください。作業はこのまま続けるか、SSW Desk を再起動してください。</translation>
    </message>
    <message>
        <location filename="../../gui/crash.py" line="125"/>
        <source>Open folder</source>
        <translation>フォルダーを開く</translation>
    </message>
</context>
<context>
    <name>DecisionBar</name>
    <message>
        <location filename="../../gui/review/decision_bar.py" line="46"/>
        <source>Approve</source>
        <translation>承認</translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_bar.py" line="47"/>
        <source>Approve: no finding fails</source>
        <translation>承認（不適合の指摘なし）</translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_bar.py" line="48"/>
        <source>Approve with reasons…</source>
        <translation>理由を付けて承認…</translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_bar.py" line="50"/>
        <source>Some findings fail: approve giving a reason for each one</source>
        <translation>不適合の指摘があります。指摘ごとに理由を付けて承認します</translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_bar.py" line="52"/>
        <source>Flag deficiencies…</source>
        <translation>不備を通知…</translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_bar.py" line="53"/>
        <source>Write the notice asking the applicant to correct</source>
        <translation>申請者に訂正を依頼する通知を作成します</translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_bar.py" line="54"/>
        <source>Reject as ineligible…</source>
        <translation>不適格として却下…</translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_bar.py" line="55"/>
        <source>Reject and write the standard notice</source>
        <translation>却下し、定型の通知を作成します</translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_bar.py" line="56"/>
        <source>Note…</source>
        <translation>メモ…</translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_bar.py" line="57"/>
        <source>Add a note to the request&apos;s history</source>
        <translation>申請の履歴にメモを追加します</translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_bar.py" line="58"/>
        <source>Score report…</source>
        <translation>スコアレポート…</translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_bar.py" line="60"/>
        <source>Preview, issue, print or send the Score report (approved requests)</source>
        <translation>スコアレポートの確認・発行・印刷・送付（承認済みの申請）</translation>
    </message>
</context>
<context>
    <name>DetailTabs</name>
    <message>
        <location filename="../../gui/review/details.py" line="172"/>
        <source>Items</source>
        <translation>申請項目</translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="173"/>
        <location filename="../../gui/review/details.py" line="191"/>
        <source>Checks</source>
        <translation>チェック結果</translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="174"/>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="175"/>
        <source>Versions</source>
        <translation>版</translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="176"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="191"/>
        <source>Checks ({0} ✗)</source>
        <translation>チェック結果（✗ {0} 件）</translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="192"/>
        <source>Versions ({0})</source>
        <translation>版（{0}）</translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="204"/>
        <source>Version {0} · {1} · highlighted: the lines the items were read from</source>
        <translation>第 {0} 版 · {1} · 強調表示：申請項目を読み取った行</translation>
    </message>
</context>
<context>
    <name>FieldsModel</name>
    <message>
        <location filename="../../gui/review/fields_table.py" line="156"/>
        <source>Item</source>
        <extracomment>Role holding a row&apos;s status key: ``ok``, ``mismatch``, ``missing``, ``invalid``, ``ambiguous``, ``no_roster`` or ``unchecked``.</extracomment>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../gui/review/fields_table.py" line="157"/>
        <source>As typed</source>
        <translation>記載内容</translation>
    </message>
    <message>
        <location filename="../../gui/review/fields_table.py" line="158"/>
        <source>Read as</source>
        <translation>読み取り結果</translation>
    </message>
    <message>
        <location filename="../../gui/review/fields_table.py" line="159"/>
        <source>Roster</source>
        <translation>名簿</translation>
    </message>
    <message>
        <location filename="../../gui/review/fields_table.py" line="160"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../gui/review/fields_table.py" line="210"/>
        <source>{0} or {1}</source>
        <translation>{0} または {1}</translation>
    </message>
    <message>
        <location filename="../../gui/review/fields_table.py" line="218"/>
        <source>✓ Matches</source>
        <translation>✓ 一致</translation>
    </message>
    <message>
        <location filename="../../gui/review/fields_table.py" line="219"/>
        <source>✗ Differs from roster</source>
        <translation>✗ 名簿と不一致</translation>
    </message>
    <message>
        <location filename="../../gui/review/fields_table.py" line="220"/>
        <source>✗ Missing</source>
        <translation>✗ 記載なし</translation>
    </message>
    <message>
        <location filename="../../gui/review/fields_table.py" line="221"/>
        <source>✗ Cannot be read</source>
        <translation>✗ 読み取り不能</translation>
    </message>
    <message>
        <location filename="../../gui/review/fields_table.py" line="222"/>
        <source>? Ambiguous: clerk decides</source>
        <translation>？ 判別困難：担当者が判断</translation>
    </message>
    <message>
        <location filename="../../gui/review/fields_table.py" line="223"/>
        <source>✗ Not in roster</source>
        <translation>✗ 名簿に該当なし</translation>
    </message>
    <message>
        <location filename="../../gui/review/fields_table.py" line="224"/>
        <source>– Not compared</source>
        <translation>– 照合対象外</translation>
    </message>
    <message>
        <location filename="../../gui/review/fields_table.py" line="230"/>
        <source>From line {0} of the e-mail (double-click to show it)</source>
        <translation>メール本文の {0} 行目から読み取り（ダブルクリックで表示）</translation>
    </message>
    <message>
        <location filename="../../gui/review/fields_table.py" line="234"/>
        <source>Possible readings: {0}</source>
        <translation>考えられる読み取り：{0}</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <location filename="../../gui/review/findings_view.py" line="84"/>
        <source>Status</source>
        <extracomment>Role holding an item&apos;s code (findings and checks) for tests and for copying.</extracomment>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../gui/review/findings_view.py" line="85"/>
        <source>Check</source>
        <translation>チェック項目</translation>
    </message>
    <message>
        <location filename="../../gui/review/findings_view.py" line="86"/>
        <source>About</source>
        <translation>対象</translation>
    </message>
    <message>
        <location filename="../../gui/review/findings_view.py" line="87"/>
        <source>Measured</source>
        <translation>測定値</translation>
    </message>
    <message>
        <location filename="../../gui/review/findings_view.py" line="88"/>
        <source>Limits</source>
        <translation>基準</translation>
    </message>
    <message>
        <location filename="../../gui/review/findings_view.py" line="100"/>
        <source>Findings</source>
        <translation>指摘</translation>
    </message>
    <message>
        <location filename="../../gui/review/findings_view.py" line="101"/>
        <source>Face photo checks</source>
        <translation>顔写真のチェック</translation>
    </message>
    <message>
        <location filename="../../gui/review/findings_view.py" line="102"/>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <location filename="../../gui/review/findings_view.py" line="129"/>
        <source>No findings: everything passed</source>
        <translation>指摘なし：すべて適合</translation>
    </message>
    <message>
        <location filename="../../gui/review/findings_view.py" line="139"/>
        <source>No face photo was checked</source>
        <translation>チェックした顔写真はありません</translation>
    </message>
    <message>
        <location filename="../../gui/review/findings_view.py" line="146"/>
        <source>Findings ({0} failing)</source>
        <translation>指摘（不適合 {0} 件）</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../gui/first_run.py" line="63"/>
        <source>SSW Desk: set up this workstation</source>
        <translation>SSW Desk：この端末の設定</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="66"/>
        <source>Does this workstation work alone, or with the office database?</source>
        <translation>この端末は単独で使いますか、それとも事務所のデータベースにつなぎますか？</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="69"/>
        <source>Alone: the requests stay on this computer</source>
        <translation>単独：申請はこのパソコンだけに保存されます</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="70"/>
        <source>Office database: shared with the other desks</source>
        <translation>事務所データベース：他の端末と共有します</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="77"/>
        <source>Office database (from your administrator)</source>
        <translation>事務所データベース（管理者から受け取った情報）</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="87"/>
        <source>Server address</source>
        <translation>サーバーのアドレス</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="88"/>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="89"/>
        <source>Database</source>
        <translation>データベース名</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="90"/>
        <source>Your login</source>
        <translation>あなたのログイン名</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="91"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="94"/>
        <source>desk key file given by the administrator</source>
        <translation>管理者から受け取ったデスク鍵ファイル</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="95"/>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="99"/>
        <source>Desk key</source>
        <translation>デスク鍵</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="101"/>
        <source>This is the office&apos;s first workstation: create a new desk key</source>
        <translation>事務所で最初の端末です：新しいデスク鍵を作成する</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="104"/>
        <source>Test connection</source>
        <translation>接続をテスト</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="138"/>
        <source>kept in this computer&apos;s key store</source>
        <translation>このパソコンのパスワード保管庫に保存済み</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="141"/>
        <source>Desk key file</source>
        <translation>デスク鍵ファイル</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="168"/>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="177"/>
        <source>Connected. The database holds files: import the desk key.</source>
        <translation>接続しました。データベースにはファイルがあります。デスク鍵を取り込んでください。</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="179"/>
        <source>Connected. The database is ready.</source>
        <translation>接続しました。データベースは使用できます。</translation>
    </message>
</context>
<context>
    <name>FlagDialog</name>
    <message>
        <location filename="../../gui/review/decision_dialogs.py" line="130"/>
        <source>Flag deficiencies — {0}</source>
        <translation>不備を通知 — {0}</translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_dialogs.py" line="139"/>
        <source>Your own words, added as the last point (optional)</source>
        <translation>最後の項目として追加する文（任意）</translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_dialogs.py" line="147"/>
        <source>Points to raise (ticked: failing findings)</source>
        <translation>通知する不備（チェック済み：不適合の指摘）</translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_dialogs.py" line="149"/>
        <source>Additional point</source>
        <translation>追加の項目</translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_dialogs.py" line="156"/>
        <source>Write notice</source>
        <translation>通知を作成</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../gui/review/history_view.py" line="45"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../gui/review/history_view.py" line="45"/>
        <source>Who</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../gui/review/history_view.py" line="45"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../gui/review/history_view.py" line="45"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>ImagePane</name>
    <message>
        <location filename="../../gui/review/image_view.py" line="185"/>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <location filename="../../gui/review/image_view.py" line="186"/>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <location filename="../../gui/review/image_view.py" line="187"/>
        <source>Fit</source>
        <translation>全体</translation>
    </message>
    <message>
        <location filename="../../gui/review/image_view.py" line="187"/>
        <source>Fit the whole image</source>
        <translation>画像全体を表示</translation>
    </message>
    <message>
        <location filename="../../gui/review/image_view.py" line="189"/>
        <source>Overlay</source>
        <translation>計測線</translation>
    </message>
    <message>
        <location filename="../../gui/review/image_view.py" line="191"/>
        <source>Show the face box, crown and chin lines, the 50-69 % band and the centre</source>
        <translation>顔の枠、頭頂線とあご線、50～69 % の範囲、中心線を表示します</translation>
    </message>
    <message>
        <location filename="../../gui/review/image_view.py" line="213"/>
        <source>No image</source>
        <translation>画像なし</translation>
    </message>
</context>
<context>
    <name>ImagesRow</name>
    <message>
        <location filename="../../gui/review/images_row.py" line="122"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location filename="../../gui/review/images_row.py" line="142"/>
        <source>No back of the card
(needed only when an extension of stay is pending)</source>
        <translation>在留カード（裏）なし
（在留期間の更新申請中の場合のみ必要）</translation>
    </message>
    <message>
        <location filename="../../gui/review/images_row.py" line="145"/>
        <source>No face photo attached</source>
        <translation>顔写真の添付なし</translation>
    </message>
    <message>
        <location filename="../../gui/review/images_row.py" line="146"/>
        <source>No residence card front attached</source>
        <translation>在留カード（表）の添付なし</translation>
    </message>
    <message>
        <location filename="../../gui/review/images_row.py" line="165"/>
        <source>Loading images</source>
        <translation>画像を読み込んでいます</translation>
    </message>
    <message>
        <location filename="../../gui/review/images_row.py" line="204"/>
        <source>converted from {0} for display</source>
        <translation>表示用に {0} から変換</translation>
    </message>
    <message>
        <location filename="../../gui/review/images_row.py" line="206"/>
        <source>turned upright</source>
        <translation>向きを補正</translation>
    </message>
</context>
<context>
    <name>ItemsTab</name>
    <message>
        <location filename="../../gui/review/details.py" line="123"/>
        <source>Double-click an item to see the line of the e-mail it was read from.</source>
        <translation>項目をダブルクリックすると、読み取り元のメール本文の行を表示します。</translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="141"/>
        <source>Not in the roster.</source>
        <translation>名簿に該当がありません。</translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="142"/>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="142"/>
        <source>failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="143"/>
        <source>Roster: exam {0}, {1}</source>
        <translation>名簿：受験番号 {0}、{1}</translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="146"/>
        <source> · score {0:g} / passing mark {1:g}</source>
        <translation> · 得点 {0:g}／合格点 {1:g}</translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="148"/>
        <source> (of {0:g})</source>
        <translation>（{0:g} 点満点）</translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="149"/>
        <source> · {0:.0%} of the passing mark</source>
        <translation> · 合格点の {0:.0%}</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <location filename="../../gui/mail_settings_dialog.py" line="81"/>
        <source>For the administrator: these settings are the office&apos;s and apply to every desk. Passwords and tokens stay in this computer&apos;s key store, never in the database.</source>
        <translation>管理者向け：この設定は事務所全体のもので、すべての端末に適用されます。パスワードとトークンはこのパソコンのパスワード保管庫に保存され、データベースには保存されません。</translation>
    </message>
    <message>
        <location filename="../../gui/mail_settings_dialog.py" line="94"/>
        <source>OAuth2: after saving, approve the desk once in a browser with ssw-desk mailbox login (device code); the desk renews the token itself.</source>
        <translation>OAuth2：保存した後、ssw-desk mailbox login（デバイスコード）でブラウザから一度だけデスクを承認してください。トークンはデスクが自動で更新します。</translation>
    </message>
    <message>
        <location filename="../../gui/mail_settings_dialog.py" line="102"/>
        <source>IMAP server</source>
        <translation>IMAP サーバー</translation>
    </message>
    <message>
        <location filename="../../gui/mail_settings_dialog.py" line="103"/>
        <source>IMAP password</source>
        <translation>IMAP パスワード</translation>
    </message>
    <message>
        <location filename="../../gui/mail_settings_dialog.py" line="104"/>
        <source>SMTP server</source>
        <translation>SMTP サーバー</translation>
    </message>
    <message>
        <location filename="../../gui/mail_settings_dialog.py" line="105"/>
        <source>SMTP password</source>
        <translation>SMTP パスワード</translation>
    </message>
    <message>
        <location filename="../../gui/mail_settings_dialog.py" line="106"/>
        <source>Login</source>
        <translation>ログイン方式</translation>
    </message>
    <message>
        <location filename="../../gui/mail_settings_dialog.py" line="107"/>
        <source>OAuth2 device-code endpoint</source>
        <translation>OAuth2 デバイスコードのエンドポイント</translation>
    </message>
    <message>
        <location filename="../../gui/mail_settings_dialog.py" line="108"/>
        <source>OAuth2 token endpoint</source>
        <translation>OAuth2 トークンのエンドポイント</translation>
    </message>
    <message>
        <location filename="../../gui/mail_settings_dialog.py" line="109"/>
        <source>OAuth2 client id</source>
        <translation>OAuth2 クライアント ID</translation>
    </message>
    <message>
        <location filename="../../gui/mail_settings_dialog.py" line="110"/>
        <source>OAuth2 scopes</source>
        <translation>OAuth2 スコープ</translation>
    </message>
    <message>
        <location filename="../../gui/mail_settings_dialog.py" line="112"/>
        <source>Sender address</source>
        <translation>差出人アドレス</translation>
    </message>
    <message>
        <location filename="../../gui/mail_settings_dialog.py" line="113"/>
        <source>Folder of requests</source>
        <translation>申請メールのフォルダー</translation>
    </message>
    <message>
        <location filename="../../gui/mail_settings_dialog.py" line="114"/>
        <source>Move fetched mail to</source>
        <translation>受信後の移動先フォルダー</translation>
    </message>
    <message>
        <location filename="../../gui/mail_settings_dialog.py" line="115"/>
        <source>Sent folder</source>
        <translation>送信済みフォルダー</translation>
    </message>
    <message>
        <location filename="../../gui/mail_settings_dialog.py" line="117"/>
        <source>Extra trusted certificates (PEM)</source>
        <translation>追加で信頼する証明書（PEM）</translation>
    </message>
    <message>
        <location filename="../../gui/mail_settings_dialog.py" line="118"/>
        <source>Fetch every (minutes, 0: off)</source>
        <translation>受信の間隔（分、0: 自動受信しない）</translation>
    </message>
    <message>
        <location filename="../../gui/mail_settings_dialog.py" line="119"/>
        <source>The server keeps a copy of sent mail itself</source>
        <translation>送信済みメールのコピーはサーバーが保存する</translation>
    </message>
    <message>
        <location filename="../../gui/mail_settings_dialog.py" line="130"/>
        <source>Mail settings</source>
        <translation>メール設定</translation>
    </message>
</context>
<context>
    <name>MailTextView</name>
    <message>
        <location filename="../../gui/review/mail_text.py" line="91"/>
        <source>Read as: {0}</source>
        <translation>読み取り結果：{0}</translation>
    </message>
</context>
<context>
    <name>MailboxStatus</name>
    <message>
        <location filename="../../gui/mailbox_status.py" line="110"/>
        <source>Fetch and send mail now</source>
        <translation>今すぐメールを受信・送信</translation>
    </message>
    <message>
        <location filename="../../gui/mailbox_status.py" line="111"/>
        <source>Outbox…</source>
        <translation>送信トレイ…</translation>
    </message>
    <message>
        <location filename="../../gui/mailbox_status.py" line="141"/>
        <source>Fetching mail</source>
        <translation>メールを受信中</translation>
    </message>
    <message>
        <location filename="../../gui/mailbox_status.py" line="165"/>
        <source>Mail: not fetched yet</source>
        <translation>メール: まだ受信していません</translation>
    </message>
    <message>
        <location filename="../../gui/mailbox_status.py" line="170"/>
        <source>Mail error at %1: %2</source>
        <translation>メールのエラー（%1）: %2</translation>
    </message>
    <message>
        <location filename="../../gui/mailbox_status.py" line="174"/>
        <source>Mail: another desk fetches (%1)</source>
        <translation>メール: 別の端末が受信中です（%1）</translation>
    </message>
    <message>
        <location filename="../../gui/mailbox_status.py" line="177"/>
        <source>Mail fetched at %1: %2 new, %3 sent, %4 waiting</source>
        <translation>メール受信 %1: 新着 %2 件、送信 %3 件、送信待ち %4 件</translation>
    </message>
    <message>
        <location filename="../../gui/mailbox_status.py" line="112"/>
        <source>Mail settings…</source>
        <translation>メール設定…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="236"/>
        <source>SSW Desk: Score report requests</source>
        <extracomment>Files the drop target and the import dialog accept (folders are searched for them).</extracomment>
        <translation>SSW Desk：スコアレポート申請</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="237"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="239"/>
        <source>&amp;Request</source>
        <translation>申請(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="240"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="241"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="242"/>
        <source>&amp;Import e-mails…</source>
        <translation>メールを取り込む(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="243"/>
        <source>Import a &amp;folder…</source>
        <translation>フォルダーを取り込む(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="244"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="245"/>
        <source>&amp;Next request</source>
        <translation>次の申請(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="246"/>
        <source>&amp;Previous request</source>
        <translation>前の申請(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="247"/>
        <source>&amp;Approve</source>
        <translation>承認(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="248"/>
        <source>&amp;Flag deficiencies…</source>
        <translation>不備を通知(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="249"/>
        <source>&amp;Search</source>
        <translation>検索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="250"/>
        <source>Re&amp;fresh</source>
        <translation>最新の情報に更新(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="251"/>
        <source>&amp;About SSW Desk</source>
        <translation>SSW Desk について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="253"/>
        <source>Cancel</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Choose a request on the left to review it.</source>
        <translation type="vanished">左の一覧から申請を選ぶと、ここに内容が表示されます。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="328"/>
        <source>Opening request</source>
        <translation>申請を開いています</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="363"/>
        <source>Reloading request</source>
        <translation>申請を再読み込み中</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="421"/>
        <source>Import e-mails</source>
        <translation>メールの取り込み</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="421"/>
        <source>E-mails (*.eml *.msg *.mbox)</source>
        <translation>メール (*.eml *.msg *.mbox)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="427"/>
        <source>Import a folder of e-mails</source>
        <translation>メールのフォルダーを取り込む</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="433"/>
        <source>Importing e-mails</source>
        <translation>メールを取り込んでいます</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="440"/>
        <source>Importing: %n message(s)</source>
        <translation>
            <numerusform>取り込み中：%n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="443"/>
        <source>Imported %1, duplicates %2, quarantined %3</source>
        <translation>取り込み %1 件、重複 %2 件、隔離 %3 件</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="499"/>
        <source>SSW Desk</source>
        <translation>SSW Desk</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="512"/>
        <source>About SSW Desk</source>
        <translation>SSW Desk について</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="514"/>
        <source>SSW Desk %1
Review of Score report requests for the SSW(ii) exam for industrial product manufacturing.</source>
        <translation>SSW Desk %1
工業製品製造分野 特定技能2号評価試験のスコアレポート申請を審査します。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="252"/>
        <source>&amp;Verify a Score report…</source>
        <translation>スコアレポートの真正性確認(&amp;V)…</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../gui/review/decision_dialogs.py" line="330"/>
        <source>Note — {0}</source>
        <translation>メモ — {0}</translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_dialogs.py" line="333"/>
        <source>What should the next clerk know? (no card numbers or other personal data)</source>
        <translation>次の担当者への申し送り事項を入力してください（在留カード番号などの個人情報は記入しないでください）</translation>
    </message>
</context>
<context>
    <name>NoticeBox</name>
    <message>
        <location filename="../../gui/review/notice_box.py" line="39"/>
        <location filename="../../gui/review/notice_box.py" line="62"/>
        <source>Preview of the notice (Japanese, then English)</source>
        <extracomment>Fetches a saved notice&apos;s ``.eml`` bytes: (message_pk, purpose ``copy``/``export``) -&gt; bytes.</extracomment>
        <translation>通知のプレビュー（日本語、続いて英語）</translation>
    </message>
    <message>
        <location filename="../../gui/review/notice_box.py" line="42"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../../gui/review/notice_box.py" line="43"/>
        <source>Copy the notice (To, Subject, text) to the clipboard</source>
        <translation>通知（宛先・件名・本文）をクリップボードにコピーします</translation>
    </message>
    <message>
        <location filename="../../gui/review/notice_box.py" line="45"/>
        <source>Save .eml…</source>
        <translation>.eml で保存…</translation>
    </message>
    <message>
        <location filename="../../gui/review/notice_box.py" line="46"/>
        <source>Save the notice as an e-mail file to send</source>
        <translation>通知を送信用のメールファイルとして保存します</translation>
    </message>
    <message>
        <location filename="../../gui/review/notice_box.py" line="70"/>
        <source>Notice saved with request {0}: send it from the mail program</source>
        <translation>通知を申請 {0} に保存しました。メールソフトから送信してください</translation>
    </message>
    <message>
        <location filename="../../gui/review/notice_box.py" line="89"/>
        <source>Copied.</source>
        <translation>コピーしました。</translation>
    </message>
    <message>
        <location filename="../../gui/review/notice_box.py" line="96"/>
        <source>Save notice</source>
        <translation>通知の保存</translation>
    </message>
    <message>
        <location filename="../../gui/review/notice_box.py" line="98"/>
        <source>E-mail message (*.eml)</source>
        <translation>メールファイル (*.eml)</translation>
    </message>
    <message>
        <location filename="../../gui/review/notice_box.py" line="107"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../gui/outbox_dialog.py" line="65"/>
        <source>Outbox</source>
        <translation>送信トレイ</translation>
    </message>
    <message>
        <location filename="../../gui/outbox_dialog.py" line="68"/>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../../gui/outbox_dialog.py" line="69"/>
        <source>Request</source>
        <translation>申請</translation>
    </message>
    <message>
        <location filename="../../gui/outbox_dialog.py" line="70"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../gui/outbox_dialog.py" line="71"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../gui/outbox_dialog.py" line="72"/>
        <source>Tries</source>
        <translation>試行回数</translation>
    </message>
    <message>
        <location filename="../../gui/outbox_dialog.py" line="73"/>
        <source>Answer or reason</source>
        <translation>サーバーの応答・理由</translation>
    </message>
    <message>
        <location filename="../../gui/outbox_dialog.py" line="74"/>
        <source>Written</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <location filename="../../gui/outbox_dialog.py" line="77"/>
        <source>Resend…</source>
        <translation>再送信…</translation>
    </message>
    <message>
        <location filename="../../gui/outbox_dialog.py" line="78"/>
        <source>Cancel sending</source>
        <translation>送信を取り消す</translation>
    </message>
    <message>
        <location filename="../../gui/outbox_dialog.py" line="101"/>
        <source>bounced</source>
        <translation>不達</translation>
    </message>
    <message>
        <location filename="../../gui/outbox_dialog.py" line="135"/>
        <source>Resend</source>
        <translation>再送信</translation>
    </message>
    <message>
        <location filename="../../gui/outbox_dialog.py" line="135"/>
        <source>Why send it again? (kept in the history)</source>
        <translation>再送信の理由（履歴に残ります）</translation>
    </message>
    <message>
        <location filename="../../gui/outbox_dialog.py" line="86"/>
        <source>waiting</source>
        <translation>送信待ち</translation>
    </message>
    <message>
        <location filename="../../gui/outbox_dialog.py" line="87"/>
        <source>sending</source>
        <translation>送信中</translation>
    </message>
    <message>
        <location filename="../../gui/outbox_dialog.py" line="88"/>
        <source>sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <location filename="../../gui/outbox_dialog.py" line="89"/>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../../gui/outbox_dialog.py" line="90"/>
        <source>uncertain: to confirm</source>
        <translation>不確定（要確認）</translation>
    </message>
    <message>
        <location filename="../../gui/outbox_dialog.py" line="91"/>
        <source>cancelled</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <location filename="../../gui/outbox_dialog.py" line="94"/>
        <source>Deficiency notice</source>
        <translation>不備のお知らせ</translation>
    </message>
    <message>
        <location filename="../../gui/outbox_dialog.py" line="95"/>
        <source>Rejection notice</source>
        <translation>発行不可のお知らせ</translation>
    </message>
    <message>
        <location filename="../../gui/outbox_dialog.py" line="96"/>
        <source>Score report</source>
        <translation>スコアレポート</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../gui/queue_model.py" line="91"/>
        <source>Reference</source>
        <extracomment>What a clerk triages by comes first; who and what exam after.</extracomment>
        <translation>受付番号</translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="92"/>
        <source>Received</source>
        <translation>受信日時</translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="93"/>
        <source>Due</source>
        <translation>回答期限</translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="96"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="97"/>
        <source>Exam number</source>
        <translation>受験番号</translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="98"/>
        <source>Category</source>
        <translation>試験区分</translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="94"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="95"/>
        <source>Findings</source>
        <translation>指摘</translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="362"/>
        <source>{0} is reviewing</source>
        <translation>{0}さんが確認中</translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="366"/>
        <source>paused</source>
        <translation>停止中</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/queue_model.py" line="373"/>
        <source>%n day(s) over</source>
        <translation>
            <numerusform>%n 日超過</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/queue_model.py" line="374"/>
        <source>%1 (%n left)</source>
        <translation>
            <numerusform>%1（残り %n 日）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="386"/>
        <source>Answer due by %1</source>
        <translation>回答期限：%1</translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="388"/>
        <source>Overdue: the applicant may write again.</source>
        <translation>期限切れです。申請者から再度問い合わせが来る可能性があります。</translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="391"/>
        <source>The clock is stopped while waiting for the applicant&apos;s correction.</source>
        <translation>申請者の訂正を待っている間、期限の計算は止まっています。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/queue_model.py" line="395"/>
        <source>%n version(s) received</source>
        <translation>
            <numerusform>%n 回受信</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="379"/>
        <source>No findings</source>
        <translation>指摘なし</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/queue_model.py" line="380"/>
        <source>%n failure(s)</source>
        <translation>
            <numerusform>不備 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/queue_model.py" line="380"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>注意 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../../gui/queue_view.py" line="244"/>
        <source>All (%1)</source>
        <extracomment>Tab order: the work first, then what is done.</extracomment>
        <translation>すべて (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/queue_view.py" line="251"/>
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/queue_view.py" line="254"/>
        <source>Search name, exam number or reference</source>
        <translation>氏名・受験番号・受付番号で検索</translation>
    </message>
</context>
<context>
    <name>ReanalyseOffer</name>
    <message>
        <location filename="../../gui/review/reanalyse.py" line="46"/>
        <source>The photo checks were updated after this photo was checked. Check it again to see the current findings.</source>
        <translation>この写真を確認した後で写真チェックの基準が更新されました。もう一度確認すると、現在の基準での結果が表示されます。</translation>
    </message>
    <message>
        <location filename="../../gui/review/reanalyse.py" line="52"/>
        <source>Check the photo again</source>
        <translation>写真をもう一度確認</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <location filename="../../gui/review/decision_dialogs.py" line="255"/>
        <source>Reject as ineligible — {0}</source>
        <translation>不適格として却下 — {0}</translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_dialogs.py" line="263"/>
        <source>{0} (suggested by the findings)</source>
        <translation>{0}（指摘からの候補）</translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_dialogs.py" line="280"/>
        <source>The notice appears here once it is written.</source>
        <translation>通知を作成すると、ここに表示されます。</translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_dialogs.py" line="281"/>
        <source>Reject and write notice</source>
        <translation>却下して通知を作成</translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_dialogs.py" line="290"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>ReplyMailDialog</name>
    <message>
        <location filename="../../gui/reply_mail_dialog.py" line="36"/>
        <source>Reply e-mail</source>
        <translation>返信メール</translation>
    </message>
    <message>
        <location filename="../../gui/reply_mail_dialog.py" line="38"/>
        <source>Saved with the request. Send it from the mail program. Attached: {0}</source>
        <translation>申請に保存しました。メールソフトから送信してください。添付：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/reply_mail_dialog.py" line="47"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../../gui/reply_mail_dialog.py" line="48"/>
        <source>Copy To, Subject and text to the clipboard</source>
        <translation>宛先・件名・本文をクリップボードにコピーします</translation>
    </message>
    <message>
        <location filename="../../gui/reply_mail_dialog.py" line="50"/>
        <source>Save .eml…</source>
        <translation>.eml で保存…</translation>
    </message>
    <message>
        <location filename="../../gui/reply_mail_dialog.py" line="52"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../gui/reply_mail_dialog.py" line="66"/>
        <source>Copied.</source>
        <translation>コピーしました。</translation>
    </message>
    <message>
        <location filename="../../gui/reply_mail_dialog.py" line="71"/>
        <source>Save the reply e-mail</source>
        <translation>返信メールの保存</translation>
    </message>
    <message>
        <location filename="../../gui/reply_mail_dialog.py" line="73"/>
        <source>E-mail message (*.eml)</source>
        <translation>メールファイル (*.eml)</translation>
    </message>
    <message>
        <location filename="../../gui/reply_mail_dialog.py" line="78"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../gui/report_dialog.py" line="120"/>
        <source>Score report {0}</source>
        <extracomment>Pages are rasterised for the printer at its resolution, but at most this: 300 dpi keeps text and the QR sharp on paper while an A4 page stays about 35 MB in memory (1200 dpi would be 550 MB).</extracomment>
        <translation>スコアレポート {0}</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="132"/>
        <source>Issue…</source>
        <translation>発行…</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="133"/>
        <source>Take the next serial and issue this report</source>
        <translation>次の通し番号でこのスコアレポートを発行します</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="134"/>
        <source>Reissue…</source>
        <translation>再発行…</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="136"/>
        <source>Issue a new report with a reason; the current serial becomes superseded</source>
        <translation>理由を付けて新しいスコアレポートを発行します。現在の通し番号は無効（差替え済み）になります</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="138"/>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="139"/>
        <source>Save as PDF…</source>
        <translation>PDF で保存…</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="140"/>
        <source>Reply e-mail (.eml)…</source>
        <translation>返信メール（.eml）…</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="142"/>
        <source>The reply to the applicant with the report attached, saved with the request</source>
        <translation>スコアレポートを添付した申請者への返信メール（申請に保存されます）</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="144"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="176"/>
        <source>Preparing the report…</source>
        <translation>スコアレポートを準備しています…</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="180"/>
        <source>Preparing the Score report</source>
        <translation>スコアレポートを準備しています</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="199"/>
        <source>Preview: not issued yet. Check it, then issue the report.</source>
        <translation>プレビュー：まだ発行されていません。内容を確認してから発行してください。</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="202"/>
        <source>Issued report {0}.</source>
        <translation>発行済みのスコアレポート {0}。</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="207"/>
        <source>No Score report can be issued for this request.</source>
        <translation>この申請にはスコアレポートを発行できません。</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="213"/>
        <source>Unexpected error: {0}</source>
        <translation>予期しないエラー：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="243"/>
        <source>Issue the Score report</source>
        <translation>スコアレポートの発行</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="245"/>
        <source>Issue the Score report now? It takes the next serial and cannot be undone; a correction later needs a reissue with a reason.</source>
        <translation>スコアレポートを発行しますか。次の通し番号を使用し、取り消すことはできません。後で訂正するには、理由を付けて再発行する必要があります。</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="258"/>
        <source>Reissue the Score report</source>
        <translation>スコアレポートの再発行</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="260"/>
        <source>Why is the report reissued? The reason is recorded and {0} becomes superseded.</source>
        <translation>再発行の理由を入力してください。理由は記録され、{0} は無効（差替え済み）になります。</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="279"/>
        <source>Issuing the Score report</source>
        <translation>スコアレポートを発行しています</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="295"/>
        <source>Report {0} reissued; {1} is superseded.</source>
        <translation>スコアレポート {0} を再発行しました。{1} は無効（差替え済み）です。</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="300"/>
        <source>Report {0} issued.</source>
        <translation>スコアレポート {0} を発行しました。</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="315"/>
        <source>Sent to the printer.</source>
        <translation>プリンターに送信しました。</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="322"/>
        <source>The printer could not be started.</source>
        <translation>プリンターを開始できませんでした。</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="350"/>
        <source>Save the Score report</source>
        <translation>スコアレポートの保存</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="352"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="358"/>
        <source>Saving the Score report</source>
        <translation>スコアレポートを保存しています</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="360"/>
        <source>Saved to {0}.</source>
        <translation>{0} に保存しました。</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="373"/>
        <source>Writing the reply e-mail</source>
        <translation>返信メールを作成しています</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="380"/>
        <source>Reply e-mail saved with the request.</source>
        <translation>返信メールを申請に保存しました。</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="272"/>
        <source>Issuer key</source>
        <translation>発行者鍵</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="273"/>
        <source>Passphrase of your issuer key (it signs the report):</source>
        <translation>発行者鍵のパスフレーズ（通知書への署名に使います）：</translation>
    </message>
</context>
<context>
    <name>RequestHeader</name>
    <message>
        <source>Take over…</source>
        <translation>引き継ぐ…</translation>
    </message>
    <message>
        <source>Take over this review, stating a reason</source>
        <translation>理由を入力して、この申請の確認を引き継ぎます</translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="89"/>
        <source>{0} is reviewing</source>
        <translation>{0}さんが確認中</translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="90"/>
        <source>Received {0}</source>
        <translation>受信 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="93"/>
        <source>Answer by {0}</source>
        <translation>回答期限 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="96"/>
        <source>Deadline paused: waiting for the applicant</source>
        <translation>期限停止中：申請者の返信待ち</translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="98"/>
        <source>Version {0}</source>
        <translation>第 {0} 版</translation>
    </message>
</context>
<context>
    <name>ReviewOverlay</name>
    <message>
        <location filename="../../gui/review/overlay.py" line="131"/>
        <source>centre {0:+.1%}</source>
        <translation>中心 {0:+.1%}</translation>
    </message>
    <message>
        <location filename="../../gui/review/overlay.py" line="153"/>
        <source>crown (estimated)</source>
        <translation>頭頂（推定）</translation>
    </message>
    <message>
        <location filename="../../gui/review/overlay.py" line="155"/>
        <source>crown</source>
        <translation>頭頂</translation>
    </message>
    <message>
        <location filename="../../gui/review/overlay.py" line="164"/>
        <source>chin (estimated)</source>
        <translation>あご（推定）</translation>
    </message>
    <message>
        <location filename="../../gui/review/overlay.py" line="166"/>
        <source>chin</source>
        <translation>あご</translation>
    </message>
    <message>
        <location filename="../../gui/review/overlay.py" line="169"/>
        <source>head {0:.1%}</source>
        <translation>頭部 {0:.1%}</translation>
    </message>
    <message>
        <source>chin · head {0:.1%}</source>
        <translation type="vanished">あご · 頭部 {0:.1%}</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../gui/review/panel.py" line="85"/>
        <source>Sent e-mail</source>
        <translation>送信メール</translation>
    </message>
    <message>
        <location filename="../../gui/review/panel.py" line="97"/>
        <source>Choose a request in the queue.</source>
        <translation>一覧から申請を選んでください。</translation>
    </message>
    <message>
        <location filename="../../gui/review/panel.py" line="159"/>
        <source>Show photo geometry</source>
        <translation>顔写真の計測線を表示</translation>
    </message>
    <message>
        <location filename="../../gui/review/panel.py" line="185"/>
        <source>Approved.</source>
        <translation>承認しました。</translation>
    </message>
    <message>
        <location filename="../../gui/review/panel.py" line="245"/>
        <source>Deficiency notice written.</source>
        <translation>不備の通知を作成しました。</translation>
    </message>
    <message>
        <location filename="../../gui/review/panel.py" line="285"/>
        <source>Rejected; notice written.</source>
        <translation>却下し、通知を作成しました。</translation>
    </message>
    <message>
        <location filename="../../gui/review/panel.py" line="302"/>
        <source>Note added.</source>
        <translation>メモを追加しました。</translation>
    </message>
    <message>
        <location filename="../../gui/review/panel.py" line="315"/>
        <source>Photo checked again.</source>
        <translation>写真をもう一度確認しました。</translation>
    </message>
    <message>
        <location filename="../../gui/review/panel.py" line="337"/>
        <source>Score report {0} issued.</source>
        <translation>スコアレポート {0} を発行しました。</translation>
    </message>
    <message>
        <location filename="../../gui/review/panel.py" line="377"/>
        <source>Saving the decision</source>
        <translation>判定を保存しています</translation>
    </message>
    <message>
        <location filename="../../gui/review/panel.py" line="391"/>
        <source>Unexpected error: {0}</source>
        <translation>予期しないエラー：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/review/panel.py" line="414"/>
        <source>E-mail updated.</source>
        <translation>メールを更新しました。</translation>
    </message>
</context>
<context>
    <name>ReviewTexts</name>
    <message>
        <location filename="../../gui/review/texts.py" line="26"/>
        <source>① Exam number</source>
        <translation>① 受験番号</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="27"/>
        <source>② Exam date</source>
        <translation>② 受験日</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="28"/>
        <source>③ Exam category</source>
        <translation>③ 試験区分</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="29"/>
        <source>④ Name</source>
        <translation>④ 氏名</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="30"/>
        <source>⑤ Nationality</source>
        <translation>⑤ 国籍・地域</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="31"/>
        <source>⑥ Date of birth</source>
        <translation>⑥ 生年月日</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="32"/>
        <source>⑦ Sex</source>
        <translation>⑦ 性別</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="40"/>
        <source>Residence card, front</source>
        <translation>在留カード（表）</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="41"/>
        <source>Residence card, back</source>
        <translation>在留カード（裏）</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="42"/>
        <source>Face photo</source>
        <translation>顔写真</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="43"/>
        <source>Other attachment</source>
        <translation>その他の添付ファイル</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="51"/>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="vanished">審査中</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="52"/>
        <source>Resubmitted</source>
        <translation>再提出</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="53"/>
        <source>Waiting for applicant</source>
        <translation>返信待ち</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="54"/>
        <location filename="../../gui/review/texts.py" line="98"/>
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="55"/>
        <location filename="../../gui/review/texts.py" line="100"/>
        <source>Rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="56"/>
        <location filename="../../gui/review/texts.py" line="103"/>
        <source>Report issued</source>
        <translation>スコアレポート発行済み</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="63"/>
        <source>Pass</source>
        <translation>適合</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="64"/>
        <source>Fail</source>
        <translation>不適合</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="65"/>
        <source>Check</source>
        <translation>要確認</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="66"/>
        <source>Clerk decides</source>
        <translation>担当者が判断</translation>
    </message>
    <message>
        <source>The exam number is missing or unreadable</source>
        <translation type="vanished">受験番号の記載がないか、読み取れません</translation>
    </message>
    <message>
        <source>The exam date is missing or unreadable</source>
        <translation type="vanished">受験日の記載がないか、読み取れません</translation>
    </message>
    <message>
        <source>The exam category is missing or unknown</source>
        <translation type="vanished">試験区分の記載がないか、該当する区分がありません</translation>
    </message>
    <message>
        <source>The name is missing or unreadable</source>
        <translation type="vanished">氏名の記載がないか、読み取れません</translation>
    </message>
    <message>
        <source>The nationality is missing or unknown</source>
        <translation type="vanished">国籍・地域の記載がないか、該当するものがありません</translation>
    </message>
    <message>
        <source>The date of birth is missing or unreadable</source>
        <translation type="vanished">生年月日の記載がないか、読み取れません</translation>
    </message>
    <message>
        <source>The sex is missing or unreadable</source>
        <translation type="vanished">性別の記載がないか、読み取れません</translation>
    </message>
    <message>
        <source>More than one exam asked for in one e-mail</source>
        <translation type="vanished">1 通のメールで複数の試験について申請されています</translation>
    </message>
    <message>
        <source>Another request exists for the same exam</source>
        <translation type="vanished">同じ試験について別の申請があります</translation>
    </message>
    <message>
        <source>The exam number is not in the roster</source>
        <translation type="vanished">受験番号が名簿にありません</translation>
    </message>
    <message>
        <source>The exam date differs from the roster</source>
        <translation type="vanished">受験日が名簿と一致しません</translation>
    </message>
    <message>
        <source>The exam category differs from the roster</source>
        <translation type="vanished">試験区分が名簿と一致しません</translation>
    </message>
    <message>
        <source>The name differs from the roster</source>
        <translation type="vanished">氏名が名簿と一致しません</translation>
    </message>
    <message>
        <source>The nationality differs from the roster</source>
        <translation type="vanished">国籍・地域が名簿と一致しません</translation>
    </message>
    <message>
        <source>The date of birth differs from the roster</source>
        <translation type="vanished">生年月日が名簿と一致しません</translation>
    </message>
    <message>
        <source>The sex differs from the roster</source>
        <translation type="vanished">性別が名簿と一致しません</translation>
    </message>
    <message>
        <source>The roster says this exam was passed: no Score report</source>
        <translation type="vanished">名簿ではこの試験は合格です（スコアレポートの発行対象外）</translation>
    </message>
    <message>
        <source>The exam date is outside the period this procedure covers</source>
        <translation type="vanished">受験日がこの手続の対象期間外です</translation>
    </message>
    <message>
        <source>No photo of the residence card front</source>
        <translation type="vanished">在留カード（表）の画像がありません</translation>
    </message>
    <message>
        <source>No photo of the residence card back (extension of stay pending)</source>
        <translation type="vanished">在留カード（裏）の画像がありません（在留期間更新申請中の場合）</translation>
    </message>
    <message>
        <source>No face photo</source>
        <translation type="vanished">顔写真がありません</translation>
    </message>
    <message>
        <source>The file is not JPG, GIF or PNG</source>
        <translation type="vanished">ファイル形式が JPG・GIF・PNG のいずれでもありません</translation>
    </message>
    <message>
        <source>The file is 5 MB or larger</source>
        <translation type="vanished">ファイルサイズが 5 MB 以上です</translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation type="vanished">ファイルを読み込めません</translation>
    </message>
    <message>
        <source>Exactly one face must be visible</source>
        <translation type="vanished">顔が 1 人分だけ写っている必要があります</translation>
    </message>
    <message>
        <source>Head height (hair to chin) must be 50-69 %</source>
        <translation type="vanished">頭部の高さ（頭頂からあごまで）は 50～69 % である必要があります</translation>
    </message>
    <message>
        <source>The face must be centred</source>
        <translation type="vanished">顔が中央にある必要があります</translation>
    </message>
    <message>
        <source>The photo must be in colour</source>
        <translation type="vanished">カラー写真である必要があります</translation>
    </message>
    <message>
        <source>The background must be plain</source>
        <translation type="vanished">背景は無地である必要があります</translation>
    </message>
    <message>
        <source>The photo must be sharp</source>
        <translation type="vanished">写真が鮮明である必要があります</translation>
    </message>
    <message>
        <source>The eyes must be visible (no sunglasses)</source>
        <translation type="vanished">目が見えている必要があります（サングラス不可）</translation>
    </message>
    <message>
        <source>No hat or head covering</source>
        <translation type="vanished">帽子などのかぶり物は不可です</translation>
    </message>
    <message>
        <source>The face must look straight ahead</source>
        <translation type="vanished">正面を向いている必要があります</translation>
    </message>
    <message>
        <source>The upper shoulders must be visible</source>
        <translation type="vanished">肩の上部まで写っている必要があります</translation>
    </message>
    <message>
        <source>Recommended size is 200 x 230 px</source>
        <translation type="vanished">推奨サイズは 200 × 230 ピクセルです</translation>
    </message>
    <message>
        <source>The photo must be taken within the last six months</source>
        <translation type="vanished">6 か月以内に撮影した写真である必要があります</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="67"/>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="93"/>
        <source>Request received</source>
        <translation>申請を受信</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="94"/>
        <source>Correction received</source>
        <translation>訂正を受信</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="95"/>
        <location filename="../../gui/review/texts.py" line="96"/>
        <source>Opened</source>
        <translation>閲覧</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="97"/>
        <source>Image viewed</source>
        <translation>画像を閲覧</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="99"/>
        <source>Deficiencies notified</source>
        <translation>不備を通知</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="101"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="102"/>
        <source>Notice opened</source>
        <translation>通知を閲覧</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="104"/>
        <source>Report reissued</source>
        <translation>スコアレポートを再発行</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="105"/>
        <source>Report opened or saved</source>
        <translation>スコアレポートを閲覧・保存</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="106"/>
        <source>Report reply e-mail written</source>
        <translation>スコアレポートの返信メールを作成</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="107"/>
        <source>Report verified</source>
        <translation>スコアレポートを検証</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="109"/>
        <source>Notice saved</source>
        <translation>通知を保存</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="110"/>
        <source>Review started</source>
        <translation>確認開始</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="111"/>
        <source>Review ended</source>
        <translation>確認終了</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="112"/>
        <source>Review taken over</source>
        <translation>確認を引き継ぎ</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="113"/>
        <source>Re-checked against the roster</source>
        <translation>名簿で再チェック</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="114"/>
        <source>Due date moved (closure days)</source>
        <translation>期限を変更（休業日）</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="115"/>
        <source>Reopened</source>
        <translation>再開</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="133"/>
        <source>The exam was passed</source>
        <translation>試験に合格している</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="134"/>
        <source>Exam before November 2023</source>
        <translation>2023 年 11 月より前の受験</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="135"/>
        <source>Exam on or after 4 Nov 2025: the report is on the vendor&apos;s page</source>
        <translation>2025 年 11 月 4 日以降の受験：スコアレポートは試験実施機関のページで確認</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="138"/>
        <source>Exam between 8 Jul and 3 Nov 2025</source>
        <translation>2025 年 7 月 8 日から 11 月 3 日までの受験</translation>
    </message>
    <message>
        <source>The report was already issued.</source>
        <translation type="vanished">スコアレポートは既に発行されています。</translation>
    </message>
    <message>
        <source>The request was already rejected.</source>
        <translation type="vanished">この申請は既に却下されています。</translation>
    </message>
    <message>
        <source>The roster says this exam was passed: it cannot be approved.</source>
        <translation type="vanished">名簿ではこの試験は合格となっているため、承認できません。</translation>
    </message>
    <message>
        <source>Some failing findings have no reason: approval refused.</source>
        <translation type="vanished">理由が入力されていない不適合の指摘があるため、承認できません。</translation>
    </message>
    <message>
        <source>Tick at least one point.</source>
        <translation type="vanished">項目を 1 つ以上選択してください。</translation>
    </message>
    <message>
        <source>The request has no sender address to answer.</source>
        <translation type="vanished">この申請には返信先のメールアドレスがありません。</translation>
    </message>
    <message>
        <source>A point is not in the catalogue.</source>
        <translation type="vanished">定型文にない項目が含まれています。</translation>
    </message>
    <message>
        <source>Unknown reason.</source>
        <translation type="vanished">不明な理由です。</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation type="vanished">メモが入力されていません。</translation>
    </message>
    <message>
        <source>The note is too long.</source>
        <translation type="vanished">メモが長すぎます。</translation>
    </message>
    <message>
        <source>The request no longer exists.</source>
        <translation type="vanished">この申請はもう存在しません。</translation>
    </message>
    <message>
        <source>The attachment no longer exists.</source>
        <translation type="vanished">この添付ファイルはもう存在しません。</translation>
    </message>
    <message>
        <source>The file is missing from the store.</source>
        <translation type="vanished">保存領域にファイルが見つかりません。</translation>
    </message>
    <message>
        <source>The file was encrypted with another desk&apos;s key.</source>
        <translation type="vanished">ファイルが別の端末の暗号鍵で暗号化されています。</translation>
    </message>
    <message>
        <source>The image cannot be read.</source>
        <translation type="vanished">画像を読み込めません。</translation>
    </message>
    <message>
        <source>The image file is incomplete.</source>
        <translation type="vanished">画像ファイルが不完全です。</translation>
    </message>
    <message>
        <source>The image is too large to open safely.</source>
        <translation type="vanished">画像が大きすぎるため、安全に開けません。</translation>
    </message>
    <message>
        <source>The image is too small.</source>
        <translation type="vanished">画像が小さすぎます。</translation>
    </message>
    <message>
        <source>The image file is empty.</source>
        <translation type="vanished">画像ファイルが空です。</translation>
    </message>
    <message>
        <source>The request is not approved: no Score report can be issued.</source>
        <translation type="vanished">この申請は承認されていないため、スコアレポートを発行できません。</translation>
    </message>
    <message>
        <source>The exam number is not in the roster: import the exam results first.</source>
        <translation type="vanished">受験番号が名簿にありません。先に試験結果を取り込んでください。</translation>
    </message>
    <message>
        <source>The roster says this exam was passed: no Score report is issued.</source>
        <translation type="vanished">名簿ではこの試験は合格となっているため、スコアレポートは発行されません。</translation>
    </message>
    <message>
        <source>The roster has no score or passing mark for this exam.</source>
        <translation type="vanished">名簿にこの試験の得点または合格点がありません。</translation>
    </message>
    <message>
        <source>The request has no face photo.</source>
        <translation type="vanished">この申請には顔写真がありません。</translation>
    </message>
    <message>
        <source>Items are missing:</source>
        <translation type="vanished">次の項目がありません：</translation>
    </message>
    <message>
        <source>A report was already issued; a correction needs a reissue. Serial:</source>
        <translation type="vanished">スコアレポートは既に発行されています。訂正には再発行が必要です。通し番号：</translation>
    </message>
    <message>
        <source>A reissue needs a reason: the report was not reissued.</source>
        <translation type="vanished">再発行には理由が必要です。スコアレポートは再発行されていません。</translation>
    </message>
    <message>
        <source>The report is not in the register.</source>
        <translation type="vanished">このスコアレポートは台帳に登録されていません。</translation>
    </message>
    <message>
        <source>Another clerk changed this request in the meantime: nothing was saved. It is shown as it is now. Changed by:</source>
        <translation type="vanished">この間に別の担当者が申請を変更したため、保存しませんでした。現在の内容を表示しています。変更者：</translation>
    </message>
    <message>
        <source>This is not possible in the request&apos;s current status.</source>
        <translation type="vanished">申請の現在の状態ではこの操作はできません。</translation>
    </message>
    <message>
        <source>Another clerk is reviewing this request; give a reason to take it over.</source>
        <translation type="vanished">別の担当者が確認中です。引き継ぐには理由を入力してください。</translation>
    </message>
    <message>
        <source>You are not reviewing this request.</source>
        <translation type="vanished">この申請を確認中ではありません。</translation>
    </message>
    <message>
        <source>Taking over needs a reason.</source>
        <translation type="vanished">引き継ぎには理由が必要です。</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation type="vanished">この操作を行う権限がありません。</translation>
    </message>
    <message>
        <source>The roster says passed for an exam whose Score report is valid: revoke it first.</source>
        <translation type="vanished">有効なスコアレポートがある試験が名簿で合格となっています。先にレポートを取り消してください。</translation>
    </message>
    <message>
        <source>Error: {0}</source>
        <translation type="vanished">エラー：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="108"/>
        <source>Report revoked</source>
        <translation>通知書取消し</translation>
    </message>
    <message>
        <source>This workstation has no issuer key: create one and ask an admin to register it.</source>
        <translation type="vanished">この端末には発行者鍵がありません。鍵を作成し、管理者に登録を依頼してください。</translation>
    </message>
    <message>
        <source>The issuer key&apos;s passphrase was not given.</source>
        <translation type="vanished">発行者鍵のパスフレーズが入力されていません。</translation>
    </message>
    <message>
        <source>Wrong passphrase, or the issuer key file is damaged.</source>
        <translation type="vanished">パスフレーズが違うか、発行者鍵ファイルが壊れています。</translation>
    </message>
    <message>
        <source>This issuer key is not registered: ask an admin to register it.</source>
        <translation type="vanished">この発行者鍵は登録されていません。管理者に登録を依頼してください。</translation>
    </message>
    <message>
        <source>This issuer key is retired, revoked or outside its validity.</source>
        <translation type="vanished">この発行者鍵は廃止・失効済みか、有効期間外です。</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="116"/>
        <source>E-mail queued for sending</source>
        <translation>メールを送信待ちに登録</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="117"/>
        <source>E-mail sent</source>
        <translation>メール送信済み</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="118"/>
        <source>E-mail not sent yet: will retry</source>
        <translation>メール未送信: 再試行します</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="119"/>
        <source>E-mail sending failed</source>
        <translation>メール送信失敗</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="120"/>
        <source>E-mail maybe sent: to confirm</source>
        <translation>メール送信状況が不明: 要確認</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="121"/>
        <source>E-mail sent again</source>
        <translation>メールを再送信</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="122"/>
        <source>E-mail cancelled</source>
        <translation>メール送信を取り消し</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="123"/>
        <source>E-mail undelivered (bounce)</source>
        <translation>メール不達（エラー返送）</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="124"/>
        <source>Bounce received</source>
        <translation>エラー返送メールを受信</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="125"/>
        <source>Automatic reply received</source>
        <translation>自動応答メールを受信</translation>
    </message>
</context>
<context>
    <name>SentMailView</name>
    <message>
        <location filename="../../gui/review/sent_mail.py" line="88"/>
        <source>Written</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <location filename="../../gui/review/sent_mail.py" line="89"/>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <location filename="../../gui/review/sent_mail.py" line="90"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../gui/review/sent_mail.py" line="91"/>
        <source>Tries</source>
        <translation>試行回数</translation>
    </message>
    <message>
        <location filename="../../gui/review/sent_mail.py" line="92"/>
        <source>Server&apos;s answer or reason</source>
        <translation>サーバーの応答・理由</translation>
    </message>
    <message>
        <location filename="../../gui/review/sent_mail.py" line="93"/>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <location filename="../../gui/review/sent_mail.py" line="99"/>
        <source>No notice or report e-mail for this request yet.</source>
        <translation>この申請のお知らせメール・スコアレポートのメールはまだありません。</translation>
    </message>
    <message>
        <location filename="../../gui/review/sent_mail.py" line="103"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../../gui/review/sent_mail.py" line="104"/>
        <source>Show the e-mail as text</source>
        <translation>メールをテキストで表示します</translation>
    </message>
    <message>
        <location filename="../../gui/review/sent_mail.py" line="106"/>
        <source>Resend…</source>
        <translation>再送信…</translation>
    </message>
    <message>
        <location filename="../../gui/review/sent_mail.py" line="107"/>
        <source>Send a failed or uncertain e-mail again</source>
        <translation>失敗した、または不確定のメールをもう一度送信します</translation>
    </message>
    <message>
        <location filename="../../gui/review/sent_mail.py" line="109"/>
        <source>Cancel sending</source>
        <translation>送信を取り消す</translation>
    </message>
    <message>
        <location filename="../../gui/review/sent_mail.py" line="110"/>
        <source>Do not send an e-mail that is still waiting</source>
        <translation>送信待ちのメールを送らないようにします</translation>
    </message>
    <message>
        <location filename="../../gui/review/sent_mail.py" line="127"/>
        <source>prepared: to send by hand</source>
        <translation>作成済み（手動で送信）</translation>
    </message>
    <message>
        <location filename="../../gui/review/sent_mail.py" line="128"/>
        <source>waiting</source>
        <translation>送信待ち</translation>
    </message>
    <message>
        <location filename="../../gui/review/sent_mail.py" line="129"/>
        <source>sending</source>
        <translation>送信中</translation>
    </message>
    <message>
        <location filename="../../gui/review/sent_mail.py" line="130"/>
        <source>sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <location filename="../../gui/review/sent_mail.py" line="131"/>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../../gui/review/sent_mail.py" line="132"/>
        <source>uncertain: to confirm</source>
        <translation>不確定（要確認）</translation>
    </message>
    <message>
        <location filename="../../gui/review/sent_mail.py" line="133"/>
        <source>bounced</source>
        <translation>不達</translation>
    </message>
    <message>
        <location filename="../../gui/review/sent_mail.py" line="134"/>
        <source>cancelled</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <location filename="../../gui/review/sent_mail.py" line="140"/>
        <source>Deficiency notice</source>
        <translation>不備のお知らせ</translation>
    </message>
    <message>
        <location filename="../../gui/review/sent_mail.py" line="141"/>
        <source>Rejection notice</source>
        <translation>発行不可のお知らせ</translation>
    </message>
    <message>
        <location filename="../../gui/review/sent_mail.py" line="142"/>
        <source>Score report</source>
        <translation>スコアレポート</translation>
    </message>
    <message>
        <location filename="../../gui/review/sent_mail.py" line="220"/>
        <source>Resend</source>
        <translation>再送信</translation>
    </message>
    <message>
        <location filename="../../gui/review/sent_mail.py" line="220"/>
        <source>Why send it again? (kept in the history)</source>
        <translation>再送信の理由（履歴に残ります）</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../gui/verify_dialog.py" line="37"/>
        <source>Verify a Score report</source>
        <translation>スコアレポートの真正性確認</translation>
    </message>
    <message>
        <location filename="../../gui/verify_dialog.py" line="39"/>
        <source>Scan or type the verification code</source>
        <translation>確認コードを読み取るか入力してください</translation>
    </message>
    <message>
        <location filename="../../gui/verify_dialog.py" line="41"/>
        <source>Verify code</source>
        <translation>コードを確認</translation>
    </message>
    <message>
        <location filename="../../gui/verify_dialog.py" line="43"/>
        <source>Open PDF…</source>
        <translation>PDFを開く…</translation>
    </message>
    <message>
        <location filename="../../gui/verify_dialog.py" line="53"/>
        <source>Signed item</source>
        <translation>署名された項目</translation>
    </message>
    <message>
        <location filename="../../gui/verify_dialog.py" line="53"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../../gui/verify_dialog.py" line="58"/>
        <source>On the document</source>
        <translation>文書上の写真</translation>
    </message>
    <message>
        <location filename="../../gui/verify_dialog.py" line="59"/>
        <source>Issued by the desk</source>
        <translation>発行時の写真</translation>
    </message>
    <message>
        <location filename="../../gui/verify_dialog.py" line="73"/>
        <source>Open a Score report</source>
        <translation>スコアレポートを開く</translation>
    </message>
    <message>
        <location filename="../../gui/verify_dialog.py" line="73"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/verify_dialog.py" line="85"/>
        <source>The file cannot be read.</source>
        <translation>ファイルを読み込めません。</translation>
    </message>
    <message>
        <location filename="../../gui/verify_dialog.py" line="97"/>
        <source>VALID: the report is genuine and unchanged.</source>
        <translation>有効：本物で、改変されていません。</translation>
    </message>
    <message>
        <location filename="../../gui/verify_dialog.py" line="98"/>
        <source>INVALID: do not accept this report.</source>
        <translation>無効：この通知書を受理しないでください。</translation>
    </message>
    <message>
        <location filename="../../gui/verify_dialog.py" line="99"/>
        <source>SUPERSEDED: a newer report replaces this one.</source>
        <translation>差替え済み：新しい通知書に置き換えられています。</translation>
    </message>
    <message>
        <location filename="../../gui/verify_dialog.py" line="100"/>
        <source>REVOKED: the secretariat withdrew this report.</source>
        <translation>取消し済み：事務局がこの通知書を取り消しました。</translation>
    </message>
    <message>
        <location filename="../../gui/verify_dialog.py" line="101"/>
        <source>Not a Score report or code.</source>
        <translation>スコアレポートまたは確認コードではありません。</translation>
    </message>
    <message>
        <location filename="../../gui/verify_dialog.py" line="107"/>
        <source>[earlier scheme {0}]</source>
        <translation>［旧方式 {0}］</translation>
    </message>
    <message>
        <location filename="../../gui/verify_dialog.py" line="125"/>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
</context>
<context>
    <name>VersionsView</name>
    <message>
        <location filename="../../gui/review/versions_view.py" line="103"/>
        <source>What</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../gui/review/versions_view.py" line="103"/>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <location filename="../../gui/review/versions_view.py" line="103"/>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <location filename="../../gui/review/versions_view.py" line="110"/>
        <source>Version:</source>
        <translation>版：</translation>
    </message>
    <message>
        <location filename="../../gui/review/versions_view.py" line="125"/>
        <source>Version {0} — {1}</source>
        <translation>第 {0} 版 — {1}</translation>
    </message>
    <message>
        <location filename="../../gui/review/versions_view.py" line="146"/>
        <source>No version.</source>
        <translation>版がありません。</translation>
    </message>
    <message>
        <location filename="../../gui/review/versions_view.py" line="155"/>
        <source>Version {0} is the first message: nothing to compare.</source>
        <translation>第 {0} 版は最初のメールのため、比較する対象がありません。</translation>
    </message>
    <message>
        <location filename="../../gui/review/versions_view.py" line="163"/>
        <source>Version {0} compared with version {1}: {2} item(s) changed, {3} attachment(s) new, {4} finding(s) resolved, {5} new.</source>
        <translation>第 {0} 版と第 {1} 版の比較：変更された項目 {2} 件、新しい添付ファイル {3} 件、解消した指摘 {4} 件、新たな指摘 {5} 件。</translation>
    </message>
    <message>
        <location filename="../../gui/review/versions_view.py" line="185"/>
        <source>Items changed</source>
        <translation>変更された項目</translation>
    </message>
    <message>
        <location filename="../../gui/review/versions_view.py" line="188"/>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <location filename="../../gui/review/versions_view.py" line="190"/>
        <source>removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../gui/review/versions_view.py" line="193"/>
        <source>new: {0}</source>
        <translation>追加：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/review/versions_view.py" line="197"/>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <location filename="../../gui/review/versions_view.py" line="198"/>
        <source>Findings resolved</source>
        <translation>解消した指摘</translation>
    </message>
    <message>
        <location filename="../../gui/review/versions_view.py" line="200"/>
        <source>✓ resolved</source>
        <translation>✓ 解消</translation>
    </message>
    <message>
        <location filename="../../gui/review/versions_view.py" line="202"/>
        <source>New findings</source>
        <translation>新たな指摘</translation>
    </message>
    <message>
        <location filename="../../gui/review/versions_view.py" line="204"/>
        <source>✗ new</source>
        <translation>✗ 新規</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>This request no longer exists. The queue has been refreshed.</source>
        <extracomment>Codes a clerk may meet, in sentences (translated in the &quot;errors&quot; context).</extracomment>
        <translation type="vanished">この申請はもう存在しません。一覧を更新しました。</translation>
    </message>
    <message>
        <source>A stored file of this request is missing. Please tell the administrator.</source>
        <translation type="vanished">この申請の保存ファイルが見つかりません。管理者に連絡してください。</translation>
    </message>
    <message>
        <source>The encryption key is not valid. Please tell the administrator.</source>
        <translation type="vanished">暗号鍵が正しくありません。管理者に連絡してください。</translation>
    </message>
    <message>
        <source>Stored files cannot be opened with this encryption key. Please tell the administrator.</source>
        <translation type="vanished">この暗号鍵では保存ファイルを開けません。管理者に連絡してください。</translation>
    </message>
    <message>
        <source>The roster file lacks required columns. Please check the file.</source>
        <translation type="vanished">名簿ファイルに必要な列がありません。ファイルを確認してください。</translation>
    </message>
    <message>
        <source>The roster file contains no rows.</source>
        <translation type="vanished">名簿ファイルにデータがありません。</translation>
    </message>
    <message>
        <source>The roster file could not be read. Please save it as UTF-8 CSV.</source>
        <translation type="vanished">名簿ファイルを読み込めませんでした。UTF-8 の CSV で保存し直してください。</translation>
    </message>
    <message>
        <source>The font for the Score report is missing. Please reinstall SSW Desk.</source>
        <translation type="vanished">スコアレポート用のフォントがありません。SSW Desk を再インストールしてください。</translation>
    </message>
    <message>
        <source>Files of SSW Desk are missing. Please reinstall SSW Desk.</source>
        <translation type="vanished">SSW Desk のファイルが不足しています。SSW Desk を再インストールしてください。</translation>
    </message>
    <message>
        <source>The face photo could not be read, so no Score report can be made from it.</source>
        <translation type="vanished">顔写真を読み込めないため、スコアレポートを作成できません。</translation>
    </message>
    <message>
        <source>The face cannot be cut out of the photo for the Score report.</source>
        <translation type="vanished">スコアレポート用に顔の部分を切り出せません。</translation>
    </message>
    <message>
        <source>The database is busy. Please try again in a moment.</source>
        <translation type="vanished">データベースが使用中です。少し待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Something went wrong. The details were written to the log file.</source>
        <translation type="vanished">問題が発生しました。詳細はログファイルに記録しました。</translation>
    </message>
    <message>
        <source>The action could not be completed.</source>
        <translation type="vanished">操作を完了できませんでした。</translation>
    </message>
</context>
<!-- issue 15b: office screens -->
<context>
    <name>ReanalyseOffer</name>
    <message>
        <source>The photo checks were updated after this photo was checked. Check it again to see the current findings.</source>
        <translation>この写真の確認後に写真の確認基準が更新されました。もう一度確認すると、現在の基準での結果が表示されます。</translation>
    </message>
    <message>
        <source>Check the photo again</source>
        <translation>写真をもう一度確認</translation>
    </message>
</context>
<context>
    <name>BatchIssueDialog</name>
    <message>
        <source>Folder for the reports</source>
        <translation>スコアレポートの保存先フォルダー</translation>
    </message>
    <message>
        <source>Issuing reports</source>
        <translation>スコアレポートを発行しています</translation>
    </message>
    <message>
        <source>%1: issued, serial %2</source>
        <translation>%1：発行しました（通し番号 %2）</translation>
    </message>
    <message>
        <source>; e-mail to the applicant written</source>
        <translation>。申請者へのメールを作成しました</translation>
    </message>
    <message>
        <source>%1: not issued: %2</source>
        <translation>%1：発行していません：%2</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n request(s) not tried</source>
        <translation>
            <numerusform>中止しました：%n 件は処理していません</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed: %n page(s)</source>
        <translation>
            <numerusform>印刷しました：%n ページ</numerusform>
        </translation>
    </message>
    <message>
        <source>Issued %1, not issued %2</source>
        <translation>発行 %1 件、未発行 %2 件</translation>
    </message>
    <message>
        <source>Issue the Score reports of approved requests</source>
        <translation>承認済みの申請のスコアレポートを発行</translation>
    </message>
    <message>
        <source>Each ticked request is issued on its own: one that cannot be issued is listed with the reason, and the others go on.</source>
        <translation>チェックした申請を 1 件ずつ発行します。発行できない申請は理由とともに一覧に示し、残りの申請の発行は続けます。</translation>
    </message>
    <message>
        <source>Send each report to its applicant by e-mail</source>
        <translation>スコアレポートを申請者にメールで送る</translation>
    </message>
    <message>
        <source>Save the PDFs in a folder</source>
        <translation>PDF をフォルダーに保存する</translation>
    </message>
    <message>
        <source>Print the reports</source>
        <translation>スコアレポートを印刷する</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>発行</translation>
    </message>
    <message>
        <source>Stop after this one</source>
        <translation>この 1 件で中止</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>ClosuresDialog</name>
    <message numerus="yes">
        <source>Saved; %n due date(s) moved.</source>
        <translation>
            <numerusform>保存しました。期限が %n 件変わりました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Office closure days</source>
        <translation>休業日</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Note (for example: office move)</source>
        <translation>メモ（例：事務所移転）</translation>
    </message>
    <message>
        <source>Add day</source>
        <translation>休業日を追加</translation>
    </message>
    <message>
        <source>Remove the chosen day</source>
        <translation>選んだ休業日を削除</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Reading the dashboard</source>
        <translation>ダッシュボードを読み込んでいます</translation>
    </message>
    <message>
        <source>%1+ days</source>
        <translation>%1 日以上</translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1〜%2 日</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Due within 2 business days</source>
        <translation>期限まで 2 営業日以内</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>Waiting for the applicant</source>
        <translation>申請者の回答待ち</translation>
    </message>
    <message>
        <source>Issued this week</source>
        <translation>今週の発行</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Reviewing now</source>
        <translation>確認中</translation>
    </message>
    <message>
        <source>Per clerk</source>
        <translation>担当者別</translation>
    </message>
    <message>
        <source>Open requests by business days since receipt</source>
        <translation>処理中の申請（受付からの営業日数）</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV に書き出す…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>最新の情報に更新</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>申請数</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>%1 現在</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Business days since receipt</source>
        <translation>受付からの営業日数</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>基準日</translation>
    </message>
    <message>
        <source>Export the dashboard</source>
        <translation>ダッシュボードの書き出し</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>ファイルを書き込めませんでした：%1</translation>
    </message>
</context>
<context>
    <name>DecisionBar</name>
    <message>
        <source>Approve and send the report…</source>
        <translation>承認してスコアレポートを送付…</translation>
    </message>
    <message>
        <source>Approve, issue the Score report and e-mail it to the applicant, in one step</source>
        <translation>承認、スコアレポートの発行、申請者へのメール送付を一度に行います</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>決定を取り消して再審査…</translation>
    </message>
    <message>
        <source>Supervisor: take an approved or rejected request back into review</source>
        <translation>責任者用：承認済みまたは却下済みの申請を審査に戻します</translation>
    </message>
    <message>
        <source>Send the report…</source>
        <translation>スコアレポートを送付…</translation>
    </message>
</context>
<context>
    <name>ImagePane</name>
    <message>
        <source>Turn the image a quarter turn clockwise (display only)</source>
        <translation>画像を右に 90° 回転します（表示のみ）</translation>
    </message>
</context>
<context>
    <name>NoticeTextsDialog</name>
    <message>
        <source>Item</source>
        <translation>指摘項目</translation>
    </message>
    <message>
        <source>Rejection</source>
        <translation>却下理由</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>通知の前文・結び</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>Notice texts</source>
        <translation>通知の定型文</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>OfficeMenu</name>
    <message>
        <source>&amp;Office</source>
        <translation>事務(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>ダッシュボード(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Issue approved reports…</source>
        <translation>承認済みのスコアレポートを一括発行(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>管理(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Closure days…</source>
        <translation>休業日(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Notice texts…</source>
        <translation>通知の定型文(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>OneStep</name>
    <message>
        <source>Send the Score report</source>
        <translation>スコアレポートの送付</translation>
    </message>
    <message>
        <source>Approve %1, issue its Score report and e-mail it to the applicant?</source>
        <translation>%1 を承認し、スコアレポートを発行して申請者にメールで送りますか。</translation>
    </message>
    <message>
        <source>Issue the Score report of %1 and e-mail it to the applicant?</source>
        <translation>%1 のスコアレポートを発行し、申請者にメールで送りますか。</translation>
    </message>
    <message>
        <source>Score report %1 issued and sent.</source>
        <translation>スコアレポート %1 を発行し、送信しました。</translation>
    </message>
    <message>
        <source>Score report %1 issued; the e-mail waits in the outbox.</source>
        <translation>スコアレポート %1 を発行しました。メールは送信待ちです。</translation>
    </message>
    <message>
        <source>Score report %1 issued; the e-mail is ready to send.</source>
        <translation>スコアレポート %1 を発行しました。メールは送信できる状態です。</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen the decision — %1</source>
        <translation>決定の取り消し — %1</translation>
    </message>
    <message>
        <source>The request goes back to review and its deadline counts again. Why is the decision reopened? The reason is kept in the history.</source>
        <translation>申請は審査に戻り、期限の計算も再開します。決定を取り消す理由を入力してください。理由は履歴に記録されます。</translation>
    </message>
    <message>
        <source>Reason (no card numbers or other personal data)</source>
        <translation>理由（カード番号などの個人情報は書かないでください）</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>審査に戻す</translation>
    </message>
    <message>
        <source>Reopened for review.</source>
        <translation>審査に戻しました。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>設定項目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新しい値</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../gui/queue_model.py" line="44"/>
        <source>New</source>
        <extracomment>The request id of a row (``Qt.UserRole``).</extracomment>
        <translation>新規</translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="vanished">審査中</translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="45"/>
        <source>Resubmitted</source>
        <translation>再提出</translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="46"/>
        <source>Waiting for applicant</source>
        <translation>返信待ち</translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="47"/>
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="48"/>
        <source>Rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="49"/>
        <source>Issued</source>
        <translation>発行済み</translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="53"/>
        <source>Machining and metal processing</source>
        <translation>機械金属加工</translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="54"/>
        <source>Electric and electronic assembly</source>
        <translation>電気電子機器組立て</translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="55"/>
        <source>Metal surface treatment</source>
        <translation>金属表面処理</translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="56"/>
        <source>Unclear</source>
        <translation>判別不能</translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="57"/>
        <source>Not recognised</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="69"/>
        <source>Machining</source>
        <extracomment>Short names for the table column (the full name is in the tooltip).</extracomment>
        <translation>機械金属</translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="70"/>
        <source>Electrical</source>
        <translation>電気電子</translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="71"/>
        <source>Surface</source>
        <translation>表面処理</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Changed: {0}</source>
        <translation>変更：{0}</translation>
    </message>
    <message>
        <source>Reworded for this notice: {0}</source>
        <translation>この通知のみ文言変更：{0}</translation>
    </message>
    <message>
        <source>with the clerk&apos;s own words</source>
        <translation>担当者の追記あり</translation>
    </message>
    <message>
        <source>Reason: {0}</source>
        <translation>理由：{0}</translation>
    </message>
    <message>
        <source>Before: {0}</source>
        <translation>変更前：{0}</translation>
    </message>
    <message>
        <source>Version {0}</source>
        <translation>第 {0} 版</translation>
    </message>
    <message>
        <source>Serial {0}</source>
        <translation>通し番号 {0}</translation>
    </message>
    <message>
        <source>{0}: accepted because {1}</source>
        <translation>{0}：承認理由「{1}」</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message numerus="yes">
        <source>%n for the clerk to decide</source>
        <translation>
            <numerusform>担当者の判断待ち %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Quarantine…</source>
        <translation>隔離メール(&amp;Q)…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>(why: File &gt; Quarantine, Ctrl+Shift+Q)</source>
        <translation>（理由：ファイル ＞ 隔離メール、Ctrl+Shift+Q）</translation>
    </message>
</context>
<context>
    <name>QuarantineDialog</name>
    <message>
        <source>Reading the message</source>
        <translation>メールを読み込み中</translation>
    </message>
    <message>
        <source>Importing again</source>
        <translation>再取り込み中</translation>
    </message>
    <message>
        <source>Imported: {0}. Still in quarantine: {1}.</source>
        <translation>取り込み：{0} 件。隔離のまま：{1} 件。</translation>
    </message>
    <message>
        <source>Export the raw message</source>
        <translation>元のメールを書き出す</translation>
    </message>
    <message>
        <source>E-mails (*.eml *.msg)</source>
        <translation>メール (*.eml *.msg)</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>書き出し中</translation>
    </message>
    <message>
        <source>Written: {0}</source>
        <translation>書き出しました：{0}</translation>
    </message>
    <message>
        <source>Quarantine: messages that could not be imported</source>
        <translation>隔離メール：取り込めなかったメール</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>取り込み日時</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Choose a message and View to read it as text.</source>
        <translation>メールを選んで「表示」を押すと、テキストとして読めます。</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Retry import</source>
        <translation>再取り込み(&amp;R)</translation>
    </message>
    <message>
        <source>Retry &amp;all</source>
        <translation>すべて再取り込み(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>書き出し(&amp;E)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <source>The photo cannot be analysed: {0}</source>
        <translation>写真を解析できません：{0}</translation>
    </message>
</context>

<context>
    <name>TakeOverDialog</name>
    <message>
        <source>Take over the review — %1</source>
        <translation>確認の引き継ぎ — %1</translation>
    </message>
    <message>
        <source>{0} is reviewing this request. Why do you take it over? The reason is kept in the history, with {0}&apos;s name.</source>
        <translation>{0}さんがこの申請を確認中です。引き継ぐ理由を入力してください。理由は{0}さんの名前とともに履歴に残ります。</translation>
    </message>
    <message>
        <source>Their claim has expired: any clerk may take it over.</source>
        <translation>確認中の表示は期限切れです。どの担当者も引き継げます。</translation>
    </message>
    <message>
        <source>Their desk is still open: only a supervisor may take it over.</source>
        <translation>相手のデスクはまだ開いています。引き継げるのは監督者のみです。</translation>
    </message>
    <message>
        <source>Reason (no card numbers or other personal data)</source>
        <translation>理由（カード番号などの個人情報は書かないでください）</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>引き継ぐ</translation>
    </message>
    <message>
        <source>You are now reviewing this request.</source>
        <translation>この申請の確認を引き継ぎました。</translation>
    </message>
</context>
</TS>
