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
    <name>BatchIssueDialog</name>
    <message>
        <location filename="../../gui/batch_dialog.py" line="162"/>
        <source>Folder for the reports</source>
        <extracomment>Print resolution: enough for the report&apos;s text and its verification code.</extracomment>
        <translation>スコアレポートの保存先フォルダー</translation>
    </message>
    <message>
        <location filename="../../gui/batch_dialog.py" line="187"/>
        <source>Issuing reports</source>
        <translation>スコアレポートを発行しています</translation>
    </message>
    <message>
        <location filename="../../gui/batch_dialog.py" line="237"/>
        <source>%1: issued, serial %2</source>
        <translation>%1：発行しました（通し番号 %2）</translation>
    </message>
    <message>
        <location filename="../../gui/batch_dialog.py" line="240"/>
        <source>; e-mail to the applicant written</source>
        <translation>。申請者へのメールを作成しました</translation>
    </message>
    <message>
        <location filename="../../gui/batch_dialog.py" line="246"/>
        <source>%1: not issued: %2</source>
        <translation>%1：発行していません：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/batch_dialog.py" line="250"/>
        <source>Cancelled: %n request(s) not tried</source>
        <translation>
            <numerusform>中止しました：%n 件は処理していません</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/batch_dialog.py" line="253"/>
        <source>Printed: %n page(s)</source>
        <translation>
            <numerusform>印刷しました：%n ページ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/batch_dialog.py" line="254"/>
        <source>Issued %1, not issued %2</source>
        <translation>発行 %1 件、未発行 %2 件</translation>
    </message>
    <message>
        <location filename="../../gui/batch_dialog.py" line="260"/>
        <source>Issue the Score reports of approved requests</source>
        <translation>承認済みの申請のスコアレポートを発行</translation>
    </message>
    <message>
        <location filename="../../gui/batch_dialog.py" line="263"/>
        <source>Each ticked request is issued on its own: one that cannot be issued is listed with the reason, and the others go on.</source>
        <translation>チェックした申請を 1 件ずつ発行します。発行できない申請は理由とともに一覧に示し、残りの申請の発行は続けます。</translation>
    </message>
    <message>
        <location filename="../../gui/batch_dialog.py" line="267"/>
        <source>Send each report to its applicant by e-mail</source>
        <translation>スコアレポートを申請者にメールで送る</translation>
    </message>
    <message>
        <location filename="../../gui/batch_dialog.py" line="268"/>
        <source>Save the PDFs in a folder</source>
        <translation>PDF をフォルダーに保存する</translation>
    </message>
    <message>
        <location filename="../../gui/batch_dialog.py" line="269"/>
        <source>Print the reports</source>
        <translation>スコアレポートを印刷する</translation>
    </message>
    <message>
        <location filename="../../gui/batch_dialog.py" line="270"/>
        <source>Issue</source>
        <translation>発行</translation>
    </message>
    <message>
        <location filename="../../gui/batch_dialog.py" line="271"/>
        <source>Stop after this one</source>
        <translation>この 1 件で中止</translation>
    </message>
    <message>
        <location filename="../../gui/batch_dialog.py" line="272"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>ClerksDialog</name>
    <message>
        <location filename="../../gui/admin/clerks.py" line="226"/>
        <source>Clerk %1 added.</source>
        <translation>担当者 %1 を追加しました。</translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="259"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="265"/>
        <source>Clerk</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="265"/>
        <source>Supervisor</source>
        <translation>監督者</translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="266"/>
        <source>Administrator</source>
        <translation>管理者</translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="270"/>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="270"/>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="273"/>
        <source>Clerks</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="276"/>
        <source>Login</source>
        <translation>ログイン名</translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="277"/>
        <source>Display name</source>
        <translation>表示名</translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="278"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="279"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="280"/>
        <source>Last seen</source>
        <translation>最終操作</translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="289"/>
        <source>The role to give the chosen clerk</source>
        <translation>選択した担当者に与える役割</translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="290"/>
        <source>Change r&amp;ole</source>
        <translation>役割を変更(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="291"/>
        <source>D&amp;isable login</source>
        <translation>ログインを無効にする(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="295"/>
        <source>&amp;Enable login</source>
        <translation>ログインを有効にする(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="306"/>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="293"/>
        <source>The clerk can no longer sign in; their name stays in the history.</source>
        <translation>この担当者はログインできなくなります。履歴の名前は残ります。</translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="296"/>
        <source>Add a clerk</source>
        <translation>担当者の追加</translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="297"/>
        <source>&amp;Login</source>
        <translation>ログイン名(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="297"/>
        <source>&amp;Display name</source>
        <translation>表示名(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="297"/>
        <source>&amp;Role</source>
        <translation>役割(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="298"/>
        <source>Initial &amp;password</source>
        <translation>初期パスワード(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="301"/>
        <source>lower-case letters, digits and _</source>
        <translation>半角英小文字・数字・_</translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="302"/>
        <source>as other clerks see it</source>
        <translation>他の担当者に表示される名前</translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="304"/>
        <source>empty: the desk makes one and shows it once</source>
        <translation>空欄：デスクが作成し、1回だけ表示します</translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="307"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>ClosuresDialog</name>
    <message numerus="yes">
        <location filename="../../gui/admin/closures.py" line="92"/>
        <source>Saved; %n due date(s) moved.</source>
        <translation>
            <numerusform>保存しました。期限が %n 件変わりました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/admin/closures.py" line="97"/>
        <source>Office closure days</source>
        <translation>休業日</translation>
    </message>
    <message>
        <location filename="../../gui/admin/closures.py" line="98"/>
        <source>Day</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../gui/admin/closures.py" line="98"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../gui/admin/closures.py" line="99"/>
        <source>Note (for example: office move)</source>
        <translation>メモ（例：事務所移転）</translation>
    </message>
    <message>
        <location filename="../../gui/admin/closures.py" line="100"/>
        <source>Add day</source>
        <translation>休業日を追加</translation>
    </message>
    <message>
        <location filename="../../gui/admin/closures.py" line="101"/>
        <source>Remove the chosen day</source>
        <translation>選んだ休業日を削除</translation>
    </message>
    <message>
        <location filename="../../gui/admin/closures.py" line="102"/>
        <source>Close</source>
        <translation>閉じる</translation>
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
    <name>DashboardDialog</name>
    <message>
        <location filename="../../gui/dashboard.py" line="268"/>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../gui/dashboard.py" line="136"/>
        <source>Reading the dashboard</source>
        <translation>ダッシュボードを読み込んでいます</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="179"/>
        <source>%1+ days</source>
        <translation>%1 日以上</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="180"/>
        <source>%1–%2 days</source>
        <translation>%1〜%2 日</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="184"/>
        <source>Open</source>
        <translation>処理中</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="185"/>
        <source>Due within 2 business days</source>
        <translation>期限まで 2 営業日以内</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="186"/>
        <source>Overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="187"/>
        <source>Waiting for the applicant</source>
        <translation>申請者の回答待ち</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="188"/>
        <location filename="../../gui/dashboard.py" line="192"/>
        <source>Issued this week</source>
        <translation>今週の発行</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="192"/>
        <source>Clerk</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="192"/>
        <source>Reviewing now</source>
        <translation>確認中</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="198"/>
        <source>Per clerk</source>
        <translation>担当者別</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="199"/>
        <source>Open requests by business days since receipt</source>
        <translation>処理中の申請（受付からの営業日数）</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="200"/>
        <source>Export CSV…</source>
        <translation>CSV に書き出す…</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="201"/>
        <source>Refresh</source>
        <translation>最新の情報に更新</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="207"/>
        <source>Reading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="211"/>
        <location filename="../../gui/dashboard.py" line="230"/>
        <source>Requests</source>
        <translation>申請数</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="212"/>
        <source>As of %1</source>
        <translation>%1 現在</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="226"/>
        <source>Figure</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="226"/>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="230"/>
        <source>Business days since receipt</source>
        <translation>受付からの営業日数</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="232"/>
        <source>As of</source>
        <translation>基準日</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="244"/>
        <source>Export the dashboard</source>
        <translation>ダッシュボードの書き出し</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="244"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="250"/>
        <source>Could not write the file: %1</source>
        <translation>ファイルを書き込めませんでした：%1</translation>
    </message>
</context>
<context>
    <name>DecisionBar</name>
    <message>
        <location filename="../../gui/review/decision_bar.py" line="86"/>
        <source>Approve</source>
        <translation>承認</translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_bar.py" line="87"/>
        <source>Approve: no finding fails</source>
        <translation>承認（不適合の指摘なし）</translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_bar.py" line="88"/>
        <source>Approve with reasons…</source>
        <translation>理由を付けて承認…</translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_bar.py" line="90"/>
        <source>Some findings fail: approve giving a reason for each one</source>
        <translation>不適合の指摘があります。指摘ごとに理由を付けて承認します</translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_bar.py" line="92"/>
        <source>Flag deficiencies…</source>
        <translation>不備を通知…</translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_bar.py" line="93"/>
        <source>Write the notice asking the applicant to correct</source>
        <translation>申請者に訂正を依頼する通知を作成します</translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_bar.py" line="94"/>
        <source>Reject as ineligible…</source>
        <translation>不適格として却下…</translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_bar.py" line="95"/>
        <source>Reject and write the standard notice</source>
        <translation>却下し、定型の通知を作成します</translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_bar.py" line="96"/>
        <source>Note…</source>
        <translation>メモ…</translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_bar.py" line="97"/>
        <source>Add a note to the request&apos;s history</source>
        <translation>申請の履歴にメモを追加します</translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_bar.py" line="98"/>
        <source>Score report…</source>
        <translation>スコアレポート…</translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_bar.py" line="100"/>
        <source>Preview, issue, print or send the Score report (approved requests)</source>
        <translation>スコアレポートの確認・発行・印刷・送付（承認済みの申請）</translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_bar.py" line="102"/>
        <location filename="../../gui/review/decision_bar.py" line="151"/>
        <source>Approve and send the report…</source>
        <translation>承認してスコアレポートを送付…</translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_bar.py" line="104"/>
        <source>Approve, issue the Score report and e-mail it to the applicant, in one step</source>
        <translation>承認、スコアレポートの発行、申請者へのメール送付を一度に行います</translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_bar.py" line="106"/>
        <source>Reopen…</source>
        <translation>決定を取り消して再審査…</translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_bar.py" line="108"/>
        <source>Supervisor: take an approved or rejected request back into review</source>
        <translation>責任者用：承認済みまたは却下済みの申請を審査に戻します</translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_bar.py" line="151"/>
        <source>Send the report…</source>
        <translation>スコアレポートを送付…</translation>
    </message>
</context>
<context>
    <name>DetailTabs</name>
    <message>
        <location filename="../../gui/review/details.py" line="212"/>
        <source>Items</source>
        <translation>申請項目</translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="212"/>
        <location filename="../../gui/review/details.py" line="233"/>
        <source>Checks</source>
        <translation>チェック結果</translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="212"/>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="212"/>
        <source>Versions</source>
        <translation>版</translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="213"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="233"/>
        <source>Checks ({0} ✗)</source>
        <translation>チェック結果（✗ {0} 件）</translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="234"/>
        <source>Versions ({0})</source>
        <translation>版（{0}）</translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="246"/>
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
        <location filename="../../gui/review/findings_view.py" line="126"/>
        <source>Status</source>
        <extracomment>Role holding an item&apos;s code (findings and checks) for tests and for copying. Column -&gt; first width of the columns after the sentence (about, measured, limits).</extracomment>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../gui/review/findings_view.py" line="127"/>
        <source>Check</source>
        <translation>チェック項目</translation>
    </message>
    <message>
        <location filename="../../gui/review/findings_view.py" line="128"/>
        <source>About</source>
        <translation>対象</translation>
    </message>
    <message>
        <location filename="../../gui/review/findings_view.py" line="129"/>
        <source>Measured</source>
        <translation>測定値</translation>
    </message>
    <message>
        <location filename="../../gui/review/findings_view.py" line="130"/>
        <source>Limits</source>
        <translation>基準</translation>
    </message>
    <message>
        <location filename="../../gui/review/findings_view.py" line="151"/>
        <source>Findings</source>
        <translation>指摘</translation>
    </message>
    <message>
        <location filename="../../gui/review/findings_view.py" line="152"/>
        <source>Face photo checks</source>
        <translation>顔写真のチェック</translation>
    </message>
    <message>
        <location filename="../../gui/review/findings_view.py" line="153"/>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <location filename="../../gui/review/findings_view.py" line="182"/>
        <source>No findings: everything passed</source>
        <translation>指摘なし：すべて適合</translation>
    </message>
    <message>
        <location filename="../../gui/review/findings_view.py" line="194"/>
        <source>No face photo was checked</source>
        <translation>チェックした顔写真はありません</translation>
    </message>
    <message>
        <location filename="../../gui/review/findings_view.py" line="201"/>
        <source>Findings ({0} failing)</source>
        <translation>指摘（不適合 {0} 件）</translation>
    </message>
    <message>
        <location filename="../../gui/review/findings_view.py" line="224"/>
        <source>The photo cannot be analysed: {0}</source>
        <translation>写真を解析できません：{0}</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../gui/first_run.py" line="64"/>
        <source>SSW Desk: set up this workstation</source>
        <translation>SSW Desk：この端末の設定</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="67"/>
        <source>Does this workstation work alone, or with the office database?</source>
        <translation>この端末は単独で使いますか、それとも事務所のデータベースにつなぎますか？</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="70"/>
        <source>Alone: the requests stay on this computer</source>
        <translation>単独：申請はこのパソコンだけに保存されます</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="71"/>
        <source>Office database: shared with the other desks</source>
        <translation>事務所データベース：他の端末と共有します</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="78"/>
        <source>Office database (from your administrator)</source>
        <translation>事務所データベース（管理者から受け取った情報）</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="88"/>
        <source>Server address</source>
        <translation>サーバーのアドレス</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="89"/>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="90"/>
        <source>Database</source>
        <translation>データベース名</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="91"/>
        <source>Your login</source>
        <translation>あなたのログイン名</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="92"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="95"/>
        <source>desk key file given by the administrator</source>
        <translation>管理者から受け取ったデスク鍵ファイル</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="96"/>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="100"/>
        <source>Desk key</source>
        <translation>デスク鍵</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="102"/>
        <source>This is the office&apos;s first workstation: create a new desk key</source>
        <translation>事務所で最初の端末です：新しいデスク鍵を作成する</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="105"/>
        <source>Test connection</source>
        <translation>接続をテスト</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="140"/>
        <source>kept in this computer&apos;s key store</source>
        <translation>このパソコンのパスワード保管庫に保存済み</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="143"/>
        <source>Desk key file</source>
        <translation>デスク鍵ファイル</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="170"/>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="179"/>
        <source>Connected. The database holds files: import the desk key.</source>
        <translation>接続しました。データベースにはファイルがあります。デスク鍵を取り込んでください。</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="181"/>
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
        <location filename="../../gui/review/history_view.py" line="37"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../gui/review/history_view.py" line="48"/>
        <source>Changed: {0}</source>
        <extracomment>Detail keys worded as a sentence part; keys absent here (row ids, revisions, outbox entries, flags that are false) are bookkeeping and not shown.</extracomment>
        <translation>変更：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/review/history_view.py" line="50"/>
        <source>Reworded for this notice: {0}</source>
        <translation>この通知のみ文言変更：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/review/history_view.py" line="52"/>
        <source>with the clerk&apos;s own words</source>
        <translation>担当者の追記あり</translation>
    </message>
    <message>
        <location filename="../../gui/review/history_view.py" line="54"/>
        <source>Reason: {0}</source>
        <translation>理由：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/review/history_view.py" line="56"/>
        <source>Before: {0}</source>
        <translation>変更前：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/review/history_view.py" line="57"/>
        <source>Version {0}</source>
        <translation>第 {0} 版</translation>
    </message>
    <message>
        <location filename="../../gui/review/history_view.py" line="58"/>
        <source>Serial {0}</source>
        <translation>通し番号 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/review/history_view.py" line="71"/>
        <source>{0}: accepted because {1}</source>
        <translation>{0}：承認理由「{1}」</translation>
    </message>
    <message>
        <location filename="../../gui/review/history_view.py" line="89"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../gui/review/history_view.py" line="89"/>
        <source>Who</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../gui/review/history_view.py" line="89"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../gui/review/history_view.py" line="89"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>ImagePane</name>
    <message>
        <location filename="../../gui/review/image_view.py" line="247"/>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <location filename="../../gui/review/image_view.py" line="248"/>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <location filename="../../gui/review/image_view.py" line="249"/>
        <source>Fit</source>
        <translation>全体</translation>
    </message>
    <message>
        <location filename="../../gui/review/image_view.py" line="250"/>
        <source>Fit the whole image</source>
        <translation>画像全体を表示</translation>
    </message>
    <message>
        <location filename="../../gui/review/image_view.py" line="254"/>
        <source>Overlay</source>
        <translation>計測線</translation>
    </message>
    <message>
        <location filename="../../gui/review/image_view.py" line="256"/>
        <source>Show the face box, crown and chin lines, the 50-69 % band and the centre</source>
        <translation>顔の枠、頭頂線とあご線、50～69 % の範囲、中心線を表示します</translation>
    </message>
    <message>
        <location filename="../../gui/review/image_view.py" line="241"/>
        <source>No image</source>
        <translation>画像なし</translation>
    </message>
    <message>
        <location filename="../../gui/review/image_view.py" line="252"/>
        <source>Turn the image a quarter turn clockwise (display only)</source>
        <translation>画像を右に 90° 回転します（表示のみ）</translation>
    </message>
</context>
<context>
    <name>ImagesRow</name>
    <message>
        <location filename="../../gui/review/images_row.py" line="142"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location filename="../../gui/review/images_row.py" line="162"/>
        <source>No back of the card
(needed only when an extension of stay is pending)</source>
        <translation>在留カード（裏）なし
（在留期間の更新申請中の場合のみ必要）</translation>
    </message>
    <message>
        <location filename="../../gui/review/images_row.py" line="165"/>
        <source>No face photo attached</source>
        <translation>顔写真の添付なし</translation>
    </message>
    <message>
        <location filename="../../gui/review/images_row.py" line="166"/>
        <source>No residence card front attached</source>
        <translation>在留カード（表）の添付なし</translation>
    </message>
    <message>
        <location filename="../../gui/review/images_row.py" line="185"/>
        <source>Loading images</source>
        <translation>画像を読み込んでいます</translation>
    </message>
    <message>
        <location filename="../../gui/review/images_row.py" line="225"/>
        <source>converted from {0} for display</source>
        <translation>表示用に {0} から変換</translation>
    </message>
    <message>
        <location filename="../../gui/review/images_row.py" line="227"/>
        <source>turned upright</source>
        <translation>向きを補正</translation>
    </message>
</context>
<context>
    <name>InitialPasswordDialog</name>
    <message>
        <location filename="../../gui/admin/clerks.py" line="77"/>
        <source>Initial password</source>
        <translation>初期パスワード</translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="80"/>
        <source>The initial password of %1. Hand it to the clerk in person; it is shown only now and is not kept by the desk.</source>
        <translation>%1 の初期パスワードです。担当者本人に直接渡してください。表示はこの1回だけで、デスクには保存されません。</translation>
    </message>
</context>
<context>
    <name>ItemsTab</name>
    <message>
        <location filename="../../gui/review/details.py" line="149"/>
        <source>Double-click an item to see the line of the e-mail it was read from.</source>
        <translation>項目をダブルクリックすると、読み取り元のメール本文の行を表示します。</translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="168"/>
        <source>Not in the roster.</source>
        <translation>名簿に該当がありません。</translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="169"/>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="169"/>
        <source>failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="170"/>
        <source>Roster: exam {0}, {1}</source>
        <translation>名簿：受験番号 {0}、{1}</translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="173"/>
        <source> · score {0:g} / passing mark {1:g}</source>
        <translation> · 得点 {0:g}／合格点 {1:g}</translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="175"/>
        <source> (of {0:g})</source>
        <translation>（{0:g} 点満点）</translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="176"/>
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
        <location filename="../../gui/mailbox_status.py" line="111"/>
        <source>Fetch and send mail now</source>
        <translation>今すぐメールを受信・送信</translation>
    </message>
    <message>
        <location filename="../../gui/mailbox_status.py" line="112"/>
        <source>Outbox…</source>
        <translation>送信トレイ…</translation>
    </message>
    <message>
        <location filename="../../gui/mailbox_status.py" line="142"/>
        <source>Fetching mail</source>
        <translation>メールを受信中</translation>
    </message>
    <message>
        <location filename="../../gui/mailbox_status.py" line="166"/>
        <source>Mail: not fetched yet</source>
        <translation>メール: まだ受信していません</translation>
    </message>
    <message>
        <location filename="../../gui/mailbox_status.py" line="171"/>
        <source>Mail error at %1: %2</source>
        <translation>メールのエラー（%1）: %2</translation>
    </message>
    <message>
        <location filename="../../gui/mailbox_status.py" line="175"/>
        <source>Mail: another desk fetches (%1)</source>
        <translation>メール: 別の端末が受信中です（%1）</translation>
    </message>
    <message>
        <location filename="../../gui/mailbox_status.py" line="178"/>
        <source>Mail fetched at %1: %2 new, %3 sent, %4 waiting</source>
        <translation>メール受信 %1: 新着 %2 件、送信 %3 件、送信待ち %4 件</translation>
    </message>
    <message>
        <location filename="../../gui/mailbox_status.py" line="113"/>
        <source>Mail settings…</source>
        <translation>メール設定…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="261"/>
        <source>SSW Desk: Score report requests</source>
        <extracomment>Files the drop target and the import dialog accept (folders are searched for them). The queue&apos;s widest first split (a full-HD screen: room for all but one column). Keys of the review panel&apos;s actions (approve and flag have their own, above).</extracomment>
        <translation>SSW Desk：スコアレポート申請</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="262"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="264"/>
        <source>&amp;Request</source>
        <translation>申請(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="265"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="266"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="267"/>
        <source>&amp;Import e-mails…</source>
        <translation>メールを取り込む(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="268"/>
        <source>Import a &amp;folder…</source>
        <translation>フォルダーを取り込む(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="269"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="270"/>
        <source>&amp;Next request</source>
        <translation>次の申請(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="271"/>
        <source>&amp;Previous request</source>
        <translation>前の申請(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="272"/>
        <source>&amp;Approve</source>
        <translation>承認(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="273"/>
        <source>&amp;Flag deficiencies…</source>
        <translation>不備を通知(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="274"/>
        <source>&amp;Search</source>
        <translation>検索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="275"/>
        <source>Re&amp;fresh</source>
        <translation>最新の情報に更新(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="276"/>
        <source>&amp;About SSW Desk</source>
        <translation>SSW Desk について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="280"/>
        <source>Cancel</source>
        <translation>中止</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="358"/>
        <source>Opening request</source>
        <translation>申請を開いています</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="393"/>
        <source>Reloading request</source>
        <translation>申請を再読み込み中</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="415"/>
        <source>Keeping the review claim</source>
        <translation>確認中の表示を更新しています</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="433"/>
        <source>Ending the review</source>
        <translation>確認を終了しています</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="462"/>
        <source>Import e-mails</source>
        <translation>メールの取り込み</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="462"/>
        <source>E-mails (*.eml *.msg *.mbox)</source>
        <translation>メール (*.eml *.msg *.mbox)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="469"/>
        <source>Import a folder of e-mails</source>
        <translation>メールのフォルダーを取り込む</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="476"/>
        <source>Importing e-mails</source>
        <translation>メールを取り込んでいます</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="483"/>
        <source>Importing: %n message(s)</source>
        <translation>
            <numerusform>取り込み中：%n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="486"/>
        <source>Imported %1, duplicates %2, quarantined %3</source>
        <translation>取り込み %1 件、重複 %2 件、隔離 %3 件</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="544"/>
        <source>SSW Desk</source>
        <translation>SSW Desk</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="576"/>
        <source>About SSW Desk</source>
        <translation>SSW Desk について</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="578"/>
        <source>SSW Desk %1
Review of Score report requests for the SSW(ii) exam for industrial product manufacturing.</source>
        <translation>SSW Desk %1
工業製品製造分野 特定技能2号評価試験のスコアレポート申請を審査します。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="277"/>
        <source>&amp;Verify a Score report…</source>
        <translation>スコアレポートの真正性確認(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="278"/>
        <source>&amp;Quarantine…</source>
        <translation>隔離メール(&amp;Q)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="279"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="490"/>
        <source>(why: File &gt; Quarantine, Ctrl+Shift+Q)</source>
        <translation>（理由：ファイル ＞ 隔離メール、Ctrl+Shift+Q）</translation>
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
        <location filename="../../gui/review/notice_box.py" line="41"/>
        <location filename="../../gui/review/notice_box.py" line="64"/>
        <source>Preview of the notice (Japanese, then English)</source>
        <extracomment>Fetches a saved notice&apos;s ``.eml`` bytes: (message_pk, purpose ``copy``/``export``) -&gt; bytes.</extracomment>
        <translation>通知のプレビュー（日本語、続いて英語）</translation>
    </message>
    <message>
        <location filename="../../gui/review/notice_box.py" line="44"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../../gui/review/notice_box.py" line="45"/>
        <source>Copy the notice (To, Subject, text) to the clipboard</source>
        <translation>通知（宛先・件名・本文）をクリップボードにコピーします</translation>
    </message>
    <message>
        <location filename="../../gui/review/notice_box.py" line="47"/>
        <source>Save .eml…</source>
        <translation>.eml で保存…</translation>
    </message>
    <message>
        <location filename="../../gui/review/notice_box.py" line="48"/>
        <source>Save the notice as an e-mail file to send</source>
        <translation>通知を送信用のメールファイルとして保存します</translation>
    </message>
    <message>
        <location filename="../../gui/review/notice_box.py" line="72"/>
        <source>Notice saved with request {0}: send it from the mail program</source>
        <translation>通知を申請 {0} に保存しました。メールソフトから送信してください</translation>
    </message>
    <message>
        <location filename="../../gui/review/notice_box.py" line="91"/>
        <source>Copied.</source>
        <translation>コピーしました。</translation>
    </message>
    <message>
        <location filename="../../gui/review/notice_box.py" line="98"/>
        <source>Save notice</source>
        <translation>通知の保存</translation>
    </message>
    <message>
        <location filename="../../gui/review/notice_box.py" line="100"/>
        <source>E-mail message (*.eml)</source>
        <translation>メールファイル (*.eml)</translation>
    </message>
    <message>
        <location filename="../../gui/review/notice_box.py" line="109"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
</context>
<context>
    <name>NoticeTextsDialog</name>
    <message>
        <location filename="../../gui/admin/notice_texts.py" line="74"/>
        <source>Item</source>
        <translation>指摘項目</translation>
    </message>
    <message>
        <location filename="../../gui/admin/notice_texts.py" line="74"/>
        <source>Rejection</source>
        <translation>却下理由</translation>
    </message>
    <message>
        <location filename="../../gui/admin/notice_texts.py" line="75"/>
        <source>Frame</source>
        <translation>通知の前文・結び</translation>
    </message>
    <message>
        <location filename="../../gui/admin/notice_texts.py" line="114"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <location filename="../../gui/admin/notice_texts.py" line="118"/>
        <source>Notice texts</source>
        <translation>通知の定型文</translation>
    </message>
    <message>
        <location filename="../../gui/admin/notice_texts.py" line="119"/>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <location filename="../../gui/admin/notice_texts.py" line="120"/>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <location filename="../../gui/admin/notice_texts.py" line="121"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../gui/admin/notice_texts.py" line="122"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>OfficeMenu</name>
    <message>
        <location filename="../../gui/office_menu.py" line="102"/>
        <source>&amp;Office</source>
        <translation>事務(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../gui/office_menu.py" line="103"/>
        <source>&amp;Dashboard</source>
        <translation>ダッシュボード(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gui/office_menu.py" line="104"/>
        <source>&amp;Issue approved reports…</source>
        <translation>承認済みのスコアレポートを一括発行(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../gui/office_menu.py" line="105"/>
        <source>&amp;Administration</source>
        <translation>管理(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/office_menu.py" line="106"/>
        <source>&amp;Closure days…</source>
        <translation>休業日(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../gui/office_menu.py" line="107"/>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../gui/office_menu.py" line="108"/>
        <source>&amp;Notice texts…</source>
        <translation>通知の定型文(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../gui/office_menu.py" line="109"/>
        <source>C&amp;lerks…</source>
        <translation>担当者(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>OneStep</name>
    <message>
        <location filename="../../gui/review/one_step.py" line="54"/>
        <source>Send the Score report</source>
        <extracomment>Messages the outbox sent in this step (0 without a mailbox, or when another desk sends). Why sending did not happen now, as a code (None: sent, or the desk does not send).</extracomment>
        <translation>スコアレポートの送付</translation>
    </message>
    <message>
        <location filename="../../gui/review/one_step.py" line="56"/>
        <source>Approve %1, issue its Score report and e-mail it to the applicant?</source>
        <translation>%1 を承認し、スコアレポートを発行して申請者にメールで送りますか。</translation>
    </message>
    <message>
        <location filename="../../gui/review/one_step.py" line="60"/>
        <source>Issue the Score report of %1 and e-mail it to the applicant?</source>
        <translation>%1 のスコアレポートを発行し、申請者にメールで送りますか。</translation>
    </message>
    <message>
        <location filename="../../gui/review/one_step.py" line="80"/>
        <source>Score report %1 issued and sent.</source>
        <translation>スコアレポート %1 を発行し、送信しました。</translation>
    </message>
    <message>
        <location filename="../../gui/review/one_step.py" line="82"/>
        <source>Score report %1 issued; the e-mail waits in the outbox.</source>
        <translation>スコアレポート %1 を発行しました。メールは送信待ちです。</translation>
    </message>
    <message>
        <location filename="../../gui/review/one_step.py" line="86"/>
        <source>Score report %1 issued; the e-mail is ready to send.</source>
        <translation>スコアレポート %1 を発行しました。メールは送信できる状態です。</translation>
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
    <name>QuarantineDialog</name>
    <message>
        <location filename="../../gui/quarantine_dialog.py" line="167"/>
        <source>Reading the message</source>
        <translation>メールを読み込み中</translation>
    </message>
    <message>
        <location filename="../../gui/quarantine_dialog.py" line="182"/>
        <source>Importing again</source>
        <translation>再取り込み中</translation>
    </message>
    <message>
        <location filename="../../gui/quarantine_dialog.py" line="185"/>
        <source>Imported: {0}. Still in quarantine: {1}.</source>
        <translation>取り込み：{0} 件。隔離のまま：{1} 件。</translation>
    </message>
    <message>
        <location filename="../../gui/quarantine_dialog.py" line="201"/>
        <source>Export the raw message</source>
        <translation>元のメールを書き出す</translation>
    </message>
    <message>
        <location filename="../../gui/quarantine_dialog.py" line="203"/>
        <source>E-mails (*.eml *.msg)</source>
        <translation>メール (*.eml *.msg)</translation>
    </message>
    <message>
        <location filename="../../gui/quarantine_dialog.py" line="216"/>
        <source>Exporting</source>
        <translation>書き出し中</translation>
    </message>
    <message>
        <location filename="../../gui/quarantine_dialog.py" line="218"/>
        <source>Written: {0}</source>
        <translation>書き出しました：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/quarantine_dialog.py" line="231"/>
        <source>Quarantine: messages that could not be imported</source>
        <translation>隔離メール：取り込めなかったメール</translation>
    </message>
    <message>
        <location filename="../../gui/quarantine_dialog.py" line="233"/>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../../gui/quarantine_dialog.py" line="233"/>
        <source>Imported</source>
        <translation>取り込み日時</translation>
    </message>
    <message>
        <location filename="../../gui/quarantine_dialog.py" line="233"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../../gui/quarantine_dialog.py" line="233"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../gui/quarantine_dialog.py" line="235"/>
        <source>Choose a message and View to read it as text.</source>
        <translation>メールを選んで「表示」を押すと、テキストとして読めます。</translation>
    </message>
    <message>
        <location filename="../../gui/quarantine_dialog.py" line="236"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/quarantine_dialog.py" line="237"/>
        <source>&amp;Retry import</source>
        <translation>再取り込み(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/quarantine_dialog.py" line="238"/>
        <source>Retry &amp;all</source>
        <translation>すべて再取り込み(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/quarantine_dialog.py" line="239"/>
        <source>&amp;Export…</source>
        <translation>書き出し(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../gui/quarantine_dialog.py" line="240"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../gui/queue_model.py" line="98"/>
        <source>Reference</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="99"/>
        <source>Received</source>
        <translation>受信日時</translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="94"/>
        <source>Due</source>
        <translation>回答期限</translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="93"/>
        <source>Name</source>
        <extracomment>What a clerk needs first comes first: who, by when, where it stands, what needs their eye; then the exam number and the rest. :func:`columns_for_width` shows them in this order as far as the pane&apos;s width allows; the header&apos;s context menu shows or hides any of them.</extracomment>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="97"/>
        <source>Exam number</source>
        <translation>受験番号</translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="100"/>
        <source>Category</source>
        <translation>試験区分</translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="95"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="96"/>
        <source>Findings</source>
        <translation>指摘</translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="379"/>
        <source>{0} is reviewing</source>
        <extracomment>Always shown by default, however narrow the pane.</extracomment>
        <translation>{0}さんが確認中</translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="383"/>
        <source>paused</source>
        <translation>停止中</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/queue_model.py" line="390"/>
        <source>%n day(s) over</source>
        <translation>
            <numerusform>%n 日超過</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/queue_model.py" line="391"/>
        <source>%1 (%n left)</source>
        <translation>
            <numerusform>%1（残り %n 日）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="409"/>
        <source>Answer due by %1</source>
        <translation>回答期限：%1</translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="411"/>
        <source>Overdue: the applicant may write again.</source>
        <translation>期限切れです。申請者から再度問い合わせが来る可能性があります。</translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="414"/>
        <source>The clock is stopped while waiting for the applicant&apos;s correction.</source>
        <translation>申請者の訂正を待っている間、期限の計算は止まっています。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/queue_model.py" line="418"/>
        <source>%n version(s) received</source>
        <translation>
            <numerusform>%n 回受信</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="396"/>
        <source>No findings</source>
        <translation>指摘なし</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/queue_model.py" line="397"/>
        <source>%n failure(s)</source>
        <translation>
            <numerusform>不備 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/queue_model.py" line="397"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>注意 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/queue_model.py" line="402"/>
        <source>%n for the clerk to decide</source>
        <translation>
            <numerusform>担当者の判断待ち %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../../gui/queue_view.py" line="287"/>
        <source>All (%1)</source>
        <extracomment>Tab order: the work first, then what is done.</extracomment>
        <translation>すべて (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/queue_view.py" line="294"/>
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/queue_view.py" line="297"/>
        <source>Search name, exam number or reference</source>
        <translation>氏名・受験番号・受付番号で検索</translation>
    </message>
</context>
<context>
    <name>ReanalyseOffer</name>
    <message>
        <location filename="../../gui/review/reanalyse.py" line="58"/>
        <source>The photo checks were updated after this photo was checked. Check it again to see the current findings.</source>
        <translation>この写真の確認後に写真の確認基準が更新されました。もう一度確認すると、現在の基準での結果が表示されます。</translation>
    </message>
    <message>
        <location filename="../../gui/review/reanalyse.py" line="62"/>
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
    <name>ReopenDialog</name>
    <message>
        <location filename="../../gui/review/reopen_dialog.py" line="53"/>
        <source>Reopen the decision — %1</source>
        <translation>決定の取り消し — %1</translation>
    </message>
    <message>
        <location filename="../../gui/review/reopen_dialog.py" line="56"/>
        <source>The request goes back to review and its deadline counts again. Why is the decision reopened? The reason is kept in the history.</source>
        <translation>申請は審査に戻り、期限の計算も再開します。決定を取り消す理由を入力してください。理由は履歴に記録されます。</translation>
    </message>
    <message>
        <location filename="../../gui/review/reopen_dialog.py" line="60"/>
        <source>Reason (no card numbers or other personal data)</source>
        <translation>理由（カード番号などの個人情報は書かないでください）</translation>
    </message>
    <message>
        <location filename="../../gui/review/reopen_dialog.py" line="61"/>
        <source>Reopen</source>
        <translation>審査に戻す</translation>
    </message>
    <message>
        <location filename="../../gui/review/reopen_dialog.py" line="80"/>
        <source>Reopened for review.</source>
        <translation>審査に戻しました。</translation>
    </message>
</context>
<context>
    <name>ReplyMailDialog</name>
    <message>
        <location filename="../../gui/reply_mail_dialog.py" line="38"/>
        <source>Reply e-mail</source>
        <translation>返信メール</translation>
    </message>
    <message>
        <location filename="../../gui/reply_mail_dialog.py" line="40"/>
        <source>Saved with the request. Send it from the mail program. Attached: {0}</source>
        <translation>申請に保存しました。メールソフトから送信してください。添付：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/reply_mail_dialog.py" line="49"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../../gui/reply_mail_dialog.py" line="50"/>
        <source>Copy To, Subject and text to the clipboard</source>
        <translation>宛先・件名・本文をクリップボードにコピーします</translation>
    </message>
    <message>
        <location filename="../../gui/reply_mail_dialog.py" line="52"/>
        <source>Save .eml…</source>
        <translation>.eml で保存…</translation>
    </message>
    <message>
        <location filename="../../gui/reply_mail_dialog.py" line="54"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../gui/reply_mail_dialog.py" line="68"/>
        <source>Copied.</source>
        <translation>コピーしました。</translation>
    </message>
    <message>
        <location filename="../../gui/reply_mail_dialog.py" line="73"/>
        <source>Save the reply e-mail</source>
        <translation>返信メールの保存</translation>
    </message>
    <message>
        <location filename="../../gui/reply_mail_dialog.py" line="75"/>
        <source>E-mail message (*.eml)</source>
        <translation>メールファイル (*.eml)</translation>
    </message>
    <message>
        <location filename="../../gui/reply_mail_dialog.py" line="80"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../gui/report_dialog.py" line="123"/>
        <source>Score report {0}</source>
        <extracomment>Pages are rasterised for the printer at its resolution, but at most this: 300 dpi keeps text and the QR sharp on paper while an A4 page stays about 35 MB in memory (1200 dpi would be 550 MB). The first size when the screen has room (an A4 page and the buttons below).</extracomment>
        <translation>スコアレポート {0}</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="135"/>
        <source>Issue…</source>
        <translation>発行…</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="136"/>
        <source>Take the next serial and issue this report</source>
        <translation>次の通し番号でこのスコアレポートを発行します</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="137"/>
        <source>Reissue…</source>
        <translation>再発行…</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="139"/>
        <source>Issue a new report with a reason; the current serial becomes superseded</source>
        <translation>理由を付けて新しいスコアレポートを発行します。現在の通し番号は無効（差替え済み）になります</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="141"/>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="142"/>
        <source>Save as PDF…</source>
        <translation>PDF で保存…</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="143"/>
        <source>Reply e-mail (.eml)…</source>
        <translation>返信メール（.eml）…</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="145"/>
        <source>The reply to the applicant with the report attached, saved with the request</source>
        <translation>スコアレポートを添付した申請者への返信メール（申請に保存されます）</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="147"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="189"/>
        <source>Preparing the report…</source>
        <translation>スコアレポートを準備しています…</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="193"/>
        <source>Preparing the Score report</source>
        <translation>スコアレポートを準備しています</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="212"/>
        <source>Preview: not issued yet. Check it, then issue the report.</source>
        <translation>プレビュー：まだ発行されていません。内容を確認してから発行してください。</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="215"/>
        <source>Issued report {0}.</source>
        <translation>発行済みのスコアレポート {0}。</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="220"/>
        <source>No Score report can be issued for this request.</source>
        <translation>この申請にはスコアレポートを発行できません。</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="226"/>
        <source>Unexpected error: {0}</source>
        <translation>予期しないエラー：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="256"/>
        <source>Issue the Score report</source>
        <translation>スコアレポートの発行</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="258"/>
        <source>Issue the Score report now? It takes the next serial and cannot be undone; a correction later needs a reissue with a reason.</source>
        <translation>スコアレポートを発行しますか。次の通し番号を使用し、取り消すことはできません。後で訂正するには、理由を付けて再発行する必要があります。</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="271"/>
        <source>Reissue the Score report</source>
        <translation>スコアレポートの再発行</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="273"/>
        <source>Why is the report reissued? The reason is recorded and {0} becomes superseded.</source>
        <translation>再発行の理由を入力してください。理由は記録され、{0} は無効（差替え済み）になります。</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="292"/>
        <source>Issuing the Score report</source>
        <translation>スコアレポートを発行しています</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="308"/>
        <source>Report {0} reissued; {1} is superseded.</source>
        <translation>スコアレポート {0} を再発行しました。{1} は無効（差替え済み）です。</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="313"/>
        <source>Report {0} issued.</source>
        <translation>スコアレポート {0} を発行しました。</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="328"/>
        <source>Sent to the printer.</source>
        <translation>プリンターに送信しました。</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="335"/>
        <source>The printer could not be started.</source>
        <translation>プリンターを開始できませんでした。</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="363"/>
        <source>Save the Score report</source>
        <translation>スコアレポートの保存</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="365"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="371"/>
        <source>Saving the Score report</source>
        <translation>スコアレポートを保存しています</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="373"/>
        <source>Saved to {0}.</source>
        <translation>{0} に保存しました。</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="386"/>
        <source>Writing the reply e-mail</source>
        <translation>返信メールを作成しています</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="393"/>
        <source>Reply e-mail saved with the request.</source>
        <translation>返信メールを申請に保存しました。</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="285"/>
        <source>Issuer key</source>
        <translation>発行者鍵</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="286"/>
        <source>Passphrase of your issuer key (it signs the report):</source>
        <translation>発行者鍵のパスフレーズ（通知書への署名に使います）：</translation>
    </message>
</context>
<context>
    <name>RequestHeader</name>
    <message>
        <location filename="../../gui/review/details.py" line="100"/>
        <source>{0} is reviewing</source>
        <translation>{0}さんが確認中</translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="101"/>
        <source>Take over…</source>
        <translation>引き継ぐ…</translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="102"/>
        <source>Take over this review, stating a reason</source>
        <translation>理由を入力して、この申請の確認を引き継ぎます</translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="104"/>
        <source>Received {0}</source>
        <translation>受信 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="108"/>
        <source>Answer by {0}</source>
        <translation>回答期限 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="111"/>
        <source>Deadline paused: waiting for the applicant</source>
        <translation>期限停止中：申請者の返信待ち</translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="113"/>
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
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../gui/review/panel.py" line="85"/>
        <location filename="../../gui/review/panel.py" line="123"/>
        <source>Sent e-mail</source>
        <translation>送信メール</translation>
    </message>
    <message>
        <location filename="../../gui/review/panel.py" line="122"/>
        <source>Choose a request in the queue.</source>
        <translation>一覧から申請を選んでください。</translation>
    </message>
    <message>
        <location filename="../../gui/review/panel.py" line="125"/>
        <location filename="../../gui/review/panel.py" line="182"/>
        <source>Show photo geometry</source>
        <translation>顔写真の計測線を表示</translation>
    </message>
    <message>
        <location filename="../../gui/review/panel.py" line="208"/>
        <source>Approved.</source>
        <translation>承認しました。</translation>
    </message>
    <message>
        <location filename="../../gui/review/panel.py" line="268"/>
        <source>Deficiency notice written.</source>
        <translation>不備の通知を作成しました。</translation>
    </message>
    <message>
        <location filename="../../gui/review/panel.py" line="308"/>
        <source>Rejected; notice written.</source>
        <translation>却下し、通知を作成しました。</translation>
    </message>
    <message>
        <location filename="../../gui/review/panel.py" line="325"/>
        <source>Note added.</source>
        <translation>メモを追加しました。</translation>
    </message>
    <message>
        <location filename="../../gui/review/panel.py" line="356"/>
        <source>Photo checked again.</source>
        <translation>写真をもう一度確認しました。</translation>
    </message>
    <message>
        <location filename="../../gui/review/panel.py" line="378"/>
        <source>Score report {0} issued.</source>
        <translation>スコアレポート {0} を発行しました。</translation>
    </message>
    <message>
        <location filename="../../gui/review/panel.py" line="396"/>
        <source>Reading the notice</source>
        <translation>通知を読み込んでいます</translation>
    </message>
    <message>
        <location filename="../../gui/review/panel.py" line="434"/>
        <source>Saving the decision</source>
        <translation>判定を保存しています</translation>
    </message>
    <message>
        <location filename="../../gui/review/panel.py" line="448"/>
        <source>Unexpected error: {0}</source>
        <translation>予期しないエラー：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/review/panel.py" line="471"/>
        <source>E-mail updated.</source>
        <translation>メールを更新しました。</translation>
    </message>
</context>
<context>
    <name>ReviewTexts</name>
    <message>
        <location filename="../../gui/review/texts.py" line="27"/>
        <source>① Exam number</source>
        <translation>① 受験番号</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="28"/>
        <source>② Exam date</source>
        <translation>② 受験日</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="29"/>
        <source>③ Exam category</source>
        <translation>③ 試験区分</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="30"/>
        <source>④ Name</source>
        <translation>④ 氏名</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="31"/>
        <source>⑤ Nationality</source>
        <translation>⑤ 国籍・地域</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="32"/>
        <source>⑥ Date of birth</source>
        <translation>⑥ 生年月日</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="33"/>
        <source>⑦ Sex</source>
        <translation>⑦ 性別</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="41"/>
        <source>Residence card, front</source>
        <translation>在留カード（表）</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="42"/>
        <source>Residence card, back</source>
        <translation>在留カード（裏）</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="43"/>
        <source>Face photo</source>
        <translation>顔写真</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="44"/>
        <source>Other attachment</source>
        <translation>その他の添付ファイル</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="52"/>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="53"/>
        <source>Resubmitted</source>
        <translation>再提出</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="54"/>
        <source>Waiting for applicant</source>
        <translation>返信待ち</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="55"/>
        <location filename="../../gui/review/texts.py" line="99"/>
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="56"/>
        <location filename="../../gui/review/texts.py" line="101"/>
        <source>Rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="57"/>
        <location filename="../../gui/review/texts.py" line="104"/>
        <source>Report issued</source>
        <translation>スコアレポート発行済み</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="64"/>
        <source>Pass</source>
        <translation>適合</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="65"/>
        <source>Fail</source>
        <translation>不適合</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="66"/>
        <source>Check</source>
        <translation>要確認</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="67"/>
        <source>Clerk decides</source>
        <translation>担当者が判断</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="68"/>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="94"/>
        <source>Request received</source>
        <translation>申請を受信</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="95"/>
        <source>Correction received</source>
        <translation>訂正を受信</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="96"/>
        <location filename="../../gui/review/texts.py" line="97"/>
        <source>Opened</source>
        <translation>閲覧</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="98"/>
        <source>Image viewed</source>
        <translation>画像を閲覧</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="100"/>
        <source>Deficiencies notified</source>
        <translation>不備を通知</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="102"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="103"/>
        <source>Notice opened</source>
        <translation>通知を閲覧</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="105"/>
        <source>Report reissued</source>
        <translation>スコアレポートを再発行</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="106"/>
        <source>Report opened or saved</source>
        <translation>スコアレポートを閲覧・保存</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="107"/>
        <source>Report reply e-mail written</source>
        <translation>スコアレポートの返信メールを作成</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="108"/>
        <source>Report verified</source>
        <translation>スコアレポートを検証</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="110"/>
        <source>Notice saved</source>
        <translation>通知を保存</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="111"/>
        <source>Review started</source>
        <translation>確認開始</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="112"/>
        <source>Review ended</source>
        <translation>確認終了</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="113"/>
        <source>Review taken over</source>
        <translation>確認を引き継ぎ</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="114"/>
        <source>Re-checked against the roster</source>
        <translation>名簿で再チェック</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="115"/>
        <source>Due date moved (closure days)</source>
        <translation>期限を変更（休業日）</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="116"/>
        <source>Reopened</source>
        <translation>再開</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="134"/>
        <source>The exam was passed</source>
        <translation>試験に合格している</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="135"/>
        <source>Exam before November 2023</source>
        <translation>2023 年 11 月より前の受験</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="136"/>
        <source>Exam on or after 4 Nov 2025: the report is on the vendor&apos;s page</source>
        <translation>2025 年 11 月 4 日以降の受験：スコアレポートは試験実施機関のページで確認</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="139"/>
        <source>Exam between 8 Jul and 3 Nov 2025</source>
        <translation>2025 年 7 月 8 日から 11 月 3 日までの受験</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="109"/>
        <source>Report revoked</source>
        <translation>通知書取消し</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="117"/>
        <source>E-mail queued for sending</source>
        <translation>メールを送信待ちに登録</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="118"/>
        <source>E-mail sent</source>
        <translation>メール送信済み</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="119"/>
        <source>E-mail not sent yet: will retry</source>
        <translation>メール未送信: 再試行します</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="120"/>
        <source>E-mail sending failed</source>
        <translation>メール送信失敗</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="121"/>
        <source>E-mail maybe sent: to confirm</source>
        <translation>メール送信状況が不明: 要確認</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="122"/>
        <source>E-mail sent again</source>
        <translation>メールを再送信</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="123"/>
        <source>E-mail cancelled</source>
        <translation>メール送信を取り消し</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="124"/>
        <source>E-mail undelivered (bounce)</source>
        <translation>メール不達（エラー返送）</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="125"/>
        <source>Bounce received</source>
        <translation>エラー返送メールを受信</translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="126"/>
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
    <name>SettingsDialog</name>
    <message>
        <location filename="../../gui/admin/settings.py" line="164"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <location filename="../../gui/admin/settings.py" line="173"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../gui/admin/settings.py" line="174"/>
        <source>Setting</source>
        <translation>設定項目</translation>
    </message>
    <message>
        <location filename="../../gui/admin/settings.py" line="174"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../../gui/admin/settings.py" line="174"/>
        <source>Kind and rule</source>
        <translation>種類と規則</translation>
    </message>
    <message>
        <location filename="../../gui/admin/settings.py" line="175"/>
        <source>New value</source>
        <translation>新しい値</translation>
    </message>
    <message>
        <location filename="../../gui/admin/settings.py" line="176"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../gui/admin/settings.py" line="177"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../gui/shortcuts_dialog.py" line="54"/>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location filename="../../gui/shortcuts_dialog.py" line="57"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../gui/shortcuts_dialog.py" line="57"/>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
</context>
<context>
    <name>TakeOverDialog</name>
    <message>
        <location filename="../../gui/review/take_over.py" line="80"/>
        <source>Take over the review — %1</source>
        <translation>確認の引き継ぎ — %1</translation>
    </message>
    <message>
        <location filename="../../gui/review/take_over.py" line="83"/>
        <source>{0} is reviewing this request. Why do you take it over? The reason is kept in the history, with {0}&apos;s name.</source>
        <translation>{0}さんがこの申請を確認中です。引き継ぐ理由を入力してください。理由は{0}さんの名前とともに履歴に残ります。</translation>
    </message>
    <message>
        <location filename="../../gui/review/take_over.py" line="88"/>
        <source>Their claim has expired: any clerk may take it over.</source>
        <translation>確認中の表示は期限切れです。どの担当者も引き継げます。</translation>
    </message>
    <message>
        <location filename="../../gui/review/take_over.py" line="91"/>
        <source>Their desk is still open: only a supervisor may take it over.</source>
        <translation>相手のデスクはまだ開いています。引き継げるのは監督者のみです。</translation>
    </message>
    <message>
        <location filename="../../gui/review/take_over.py" line="96"/>
        <source>Reason (no card numbers or other personal data)</source>
        <translation>理由（カード番号などの個人情報は書かないでください）</translation>
    </message>
    <message>
        <location filename="../../gui/review/take_over.py" line="97"/>
        <source>Take over</source>
        <translation>引き継ぐ</translation>
    </message>
    <message>
        <location filename="../../gui/review/take_over.py" line="126"/>
        <source>You are now reviewing this request.</source>
        <translation>この申請の確認を引き継ぎました。</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../gui/verify_dialog.py" line="38"/>
        <source>Verify a Score report</source>
        <translation>スコアレポートの真正性確認</translation>
    </message>
    <message>
        <location filename="../../gui/verify_dialog.py" line="40"/>
        <source>Scan or type the verification code</source>
        <translation>確認コードを読み取るか入力してください</translation>
    </message>
    <message>
        <location filename="../../gui/verify_dialog.py" line="42"/>
        <source>Verify code</source>
        <translation>コードを確認</translation>
    </message>
    <message>
        <location filename="../../gui/verify_dialog.py" line="44"/>
        <source>Open PDF…</source>
        <translation>PDFを開く…</translation>
    </message>
    <message>
        <location filename="../../gui/verify_dialog.py" line="54"/>
        <source>Signed item</source>
        <translation>署名された項目</translation>
    </message>
    <message>
        <location filename="../../gui/verify_dialog.py" line="54"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../../gui/verify_dialog.py" line="59"/>
        <source>On the document</source>
        <translation>文書上の写真</translation>
    </message>
    <message>
        <location filename="../../gui/verify_dialog.py" line="60"/>
        <source>Issued by the desk</source>
        <translation>発行時の写真</translation>
    </message>
    <message>
        <location filename="../../gui/verify_dialog.py" line="74"/>
        <source>Open a Score report</source>
        <translation>スコアレポートを開く</translation>
    </message>
    <message>
        <location filename="../../gui/verify_dialog.py" line="74"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/verify_dialog.py" line="86"/>
        <source>The file cannot be read.</source>
        <translation>ファイルを読み込めません。</translation>
    </message>
    <message>
        <location filename="../../gui/verify_dialog.py" line="98"/>
        <source>VALID: the report is genuine and unchanged.</source>
        <translation>有効：本物で、改変されていません。</translation>
    </message>
    <message>
        <location filename="../../gui/verify_dialog.py" line="99"/>
        <source>INVALID: do not accept this report.</source>
        <translation>無効：この通知書を受理しないでください。</translation>
    </message>
    <message>
        <location filename="../../gui/verify_dialog.py" line="100"/>
        <source>SUPERSEDED: a newer report replaces this one.</source>
        <translation>差替え済み：新しい通知書に置き換えられています。</translation>
    </message>
    <message>
        <location filename="../../gui/verify_dialog.py" line="101"/>
        <source>REVOKED: the secretariat withdrew this report.</source>
        <translation>取消し済み：事務局がこの通知書を取り消しました。</translation>
    </message>
    <message>
        <location filename="../../gui/verify_dialog.py" line="102"/>
        <source>Not a Score report or code.</source>
        <translation>スコアレポートまたは確認コードではありません。</translation>
    </message>
    <message>
        <location filename="../../gui/verify_dialog.py" line="108"/>
        <source>[earlier scheme {0}]</source>
        <translation>［旧方式 {0}］</translation>
    </message>
    <message>
        <location filename="../../gui/verify_dialog.py" line="126"/>
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
    <name>labels</name>
    <message>
        <location filename="../../gui/queue_model.py" line="44"/>
        <source>New</source>
        <extracomment>The request id of a row (``Qt.UserRole``).</extracomment>
        <translation>新規</translation>
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
</TS>
