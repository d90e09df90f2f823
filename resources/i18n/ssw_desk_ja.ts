<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ApproveDialog</name>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_dialogs.py" line="55" />
        <source>Approve {0}</source>
        <extracomment>Builds a preview text from (item codes, extra text).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_dialogs.py" line="60" />
        <source>No finding fails. Approve this request for its Score report?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_dialogs.py" line="63" />
        <source>The roster says this exam was passed: a Score report is never issued for a passed exam, so this request cannot be approved. Reject it instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_dialogs.py" line="68" />
        <source>These findings fail. To approve anyway, give the reason you accept each one; the reasons are kept in the request's history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_dialogs.py" line="77" />
        <source>Reason (required)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_dialogs.py" line="90" />
        <source>Approve</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../ssw_desk/gui/crash.py" line="108" />
        <source>SSW Desk</source>
        <translation>SSW Desk</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/crash.py" line="109" />
        <source>An unexpected error occurred. Your saved work is safe.</source>
        <translation>予期しないエラーが発生しました。保存済みの作業は失われていません。</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/crash.py" line="112" />
        <source>A report was written to:
{path}

Please send this file to the administrator. You may continue working or restart SSW Desk.</source>
        <translation>エラーの記録を次のファイルに書き出しました：
{path}

このファイルを管理者に送ってください。作業はこのまま続けるか、SSW Desk を再起動してください。</translation>
    </message>
</context>
<context>
    <name>DecisionBar</name>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_bar.py" line="45" />
        <source>Approve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_bar.py" line="46" />
        <source>Approve: no finding fails</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_bar.py" line="47" />
        <source>Approve with reasons…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_bar.py" line="49" />
        <source>Some findings fail: approve giving a reason for each one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_bar.py" line="51" />
        <source>Flag deficiencies…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_bar.py" line="52" />
        <source>Write the notice asking the applicant to correct</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_bar.py" line="53" />
        <source>Reject as ineligible…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_bar.py" line="54" />
        <source>Reject and write the standard notice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_bar.py" line="55" />
        <source>Note…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_bar.py" line="56" />
        <source>Add a note to the request's history</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DetailTabs</name>
    <message>
        <location filename="../../ssw_desk/gui/review/details.py" line="163" />
        <source>Items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/details.py" line="164" />
        <location filename="../../ssw_desk/gui/review/details.py" line="182" />
        <source>Checks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/details.py" line="165" />
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/details.py" line="166" />
        <source>Versions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/details.py" line="167" />
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/details.py" line="182" />
        <source>Checks ({0} ✗)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/details.py" line="183" />
        <source>Versions ({0})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/details.py" line="195" />
        <source>Version {0} · {1} · highlighted: the lines the items were read from</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FieldsModel</name>
    <message>
        <location filename="../../ssw_desk/gui/review/fields_table.py" line="149" />
        <source>Item</source>
        <extracomment>Role holding a row's status key: ``ok``, ``mismatch``, ``missing``, ``invalid``, ``ambiguous``, ``no_roster`` or ``unchecked``.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/fields_table.py" line="150" />
        <source>As typed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/fields_table.py" line="151" />
        <source>Read as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/fields_table.py" line="152" />
        <source>Roster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/fields_table.py" line="153" />
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/fields_table.py" line="203" />
        <source>{0} or {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/fields_table.py" line="211" />
        <source>✓ Matches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/fields_table.py" line="212" />
        <source>✗ Differs from roster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/fields_table.py" line="213" />
        <source>✗ Missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/fields_table.py" line="214" />
        <source>✗ Cannot be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/fields_table.py" line="215" />
        <source>? Ambiguous: clerk decides</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/fields_table.py" line="216" />
        <source>✗ Not in roster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/fields_table.py" line="217" />
        <source>– Not compared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/fields_table.py" line="223" />
        <source>From line {0} of the e-mail (double-click to show it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/fields_table.py" line="227" />
        <source>Possible readings: {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <location filename="../../ssw_desk/gui/review/findings_view.py" line="71" />
        <source>Status</source>
        <extracomment>Role holding an item's code (findings and checks) for tests and for copying.</extracomment>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/findings_view.py" line="72" />
        <source>Check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/findings_view.py" line="73" />
        <source>About</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/findings_view.py" line="74" />
        <source>Measured</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/findings_view.py" line="75" />
        <source>Limits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/findings_view.py" line="87" />
        <source>Findings</source>
        <translation>指摘</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/findings_view.py" line="88" />
        <source>Face photo checks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/findings_view.py" line="89" />
        <source>Attachments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/findings_view.py" line="116" />
        <source>No findings: everything passed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/findings_view.py" line="130" />
        <source>No face photo was checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/findings_view.py" line="137" />
        <source>Findings ({0} failing)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FlagDialog</name>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_dialogs.py" line="127" />
        <source>Flag deficiencies — {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_dialogs.py" line="136" />
        <source>Your own words, added as the last point (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_dialogs.py" line="144" />
        <source>Points to raise (ticked: failing findings)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_dialogs.py" line="146" />
        <source>Additional point</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_dialogs.py" line="153" />
        <source>Write notice</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../ssw_desk/gui/review/history_view.py" line="45" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/history_view.py" line="45" />
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/history_view.py" line="45" />
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/history_view.py" line="45" />
        <source>Details</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImagePane</name>
    <message>
        <location filename="../../ssw_desk/gui/review/image_view.py" line="180" />
        <source>Zoom out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/image_view.py" line="181" />
        <source>Zoom in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/image_view.py" line="182" />
        <source>Fit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/image_view.py" line="182" />
        <source>Fit the whole image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/image_view.py" line="184" />
        <source>Overlay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/image_view.py" line="186" />
        <source>Show the face box, crown and chin lines, the 50-69 % band and the centre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/image_view.py" line="208" />
        <source>No image</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImagesRow</name>
    <message>
        <location filename="../../ssw_desk/gui/review/images_row.py" line="102" />
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/images_row.py" line="119" />
        <source>No back of the card
(needed only when an extension of stay is pending)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/images_row.py" line="122" />
        <source>No face photo attached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/images_row.py" line="123" />
        <source>No residence card front attached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/images_row.py" line="142" />
        <source>Loading images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/images_row.py" line="173" />
        <source>converted from {0} for display</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/images_row.py" line="175" />
        <source>turned upright</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ItemsTab</name>
    <message>
        <location filename="../../ssw_desk/gui/review/details.py" line="114" />
        <source>Double-click an item to see the line of the e-mail it was read from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/details.py" line="132" />
        <source>Not in the roster.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/details.py" line="133" />
        <source>passed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/details.py" line="133" />
        <source>failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/details.py" line="134" />
        <source>Roster: exam {0}, {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/details.py" line="137" />
        <source> · score {0:g} / passing mark {1:g}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/details.py" line="139" />
        <source> (of {0:g})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/details.py" line="140" />
        <source> · {0:.0%} of the passing mark</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MailTextView</name>
    <message>
        <location filename="../../ssw_desk/gui/review/mail_text.py" line="91" />
        <source>Read as: {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ssw_desk/gui/main_window.py" line="227" />
        <source>SSW Desk: Score report requests</source>
        <extracomment>Files the drop target and the import dialog accept (folders are searched for them).</extracomment>
        <translation>SSW Desk：スコアレポート申請</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/main_window.py" line="228" />
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/main_window.py" line="229" />
        <source>&amp;Request</source>
        <translation>申請(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/main_window.py" line="230" />
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/main_window.py" line="231" />
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/main_window.py" line="232" />
        <source>&amp;Import e-mails…</source>
        <translation>メールを取り込む(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/main_window.py" line="233" />
        <source>Import a &amp;folder…</source>
        <translation>フォルダーを取り込む(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/main_window.py" line="234" />
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/main_window.py" line="235" />
        <source>&amp;Next request</source>
        <translation>次の申請(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/main_window.py" line="236" />
        <source>&amp;Previous request</source>
        <translation>前の申請(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/main_window.py" line="237" />
        <source>&amp;Approve</source>
        <translation>承認(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/main_window.py" line="238" />
        <source>&amp;Flag for a colleague</source>
        <translation>要確認にする(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/main_window.py" line="239" />
        <source>&amp;Search</source>
        <translation>検索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/main_window.py" line="240" />
        <source>Re&amp;fresh</source>
        <translation>最新の情報に更新(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/main_window.py" line="241" />
        <source>&amp;About SSW Desk</source>
        <translation>SSW Desk について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/main_window.py" line="242" />
        <source>Cancel</source>
        <translation>中止</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/main_window.py" line="244" />
        <location filename="../../ssw_desk/gui/main_window.py" line="335" />
        <source>Choose a request on the left to review it.</source>
        <translation>左の一覧から申請を選ぶと、ここに内容が表示されます。</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/main_window.py" line="307" />
        <source>Opening request</source>
        <translation>申請を開いています</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/main_window.py" line="366" />
        <source>Import e-mails</source>
        <translation>メールの取り込み</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/main_window.py" line="366" />
        <source>E-mails (*.eml *.msg *.mbox)</source>
        <translation>メール (*.eml *.msg *.mbox)</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/main_window.py" line="372" />
        <source>Import a folder of e-mails</source>
        <translation>メールのフォルダーを取り込む</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/main_window.py" line="378" />
        <source>Importing e-mails</source>
        <translation>メールを取り込んでいます</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssw_desk/gui/main_window.py" line="385" />
        <source>Importing: %n message(s)</source>
        <translation>
            <numerusform>取り込み中：%n 件</numerusform>
            </translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/main_window.py" line="388" />
        <source>Imported %1, duplicates %2, quarantined %3</source>
        <translation>取り込み %1 件、重複 %2 件、隔離 %3 件</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/main_window.py" line="437" />
        <source>SSW Desk</source>
        <translation>SSW Desk</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/main_window.py" line="444" />
        <source>About SSW Desk</source>
        <translation>SSW Desk について</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/main_window.py" line="446" />
        <source>SSW Desk %1
Review of Score report requests for the SSW(ii) exam for industrial product manufacturing.</source>
        <translation>SSW Desk %1
工業製品製造分野 特定技能2号評価試験のスコアレポート申請を審査します。</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_dialogs.py" line="327" />
        <source>Note — {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_dialogs.py" line="330" />
        <source>What should the next clerk know? (no card numbers or other personal data)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NoticeBox</name>
    <message>
        <location filename="../../ssw_desk/gui/review/notice_box.py" line="36" />
        <location filename="../../ssw_desk/gui/review/notice_box.py" line="59" />
        <source>Preview of the notice (Japanese, then English)</source>
        <extracomment>Fetches a saved notice's ``.eml`` bytes: (message_pk, purpose ``copy``/``export``) -&gt; bytes.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/notice_box.py" line="39" />
        <source>Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/notice_box.py" line="40" />
        <source>Copy the notice (To, Subject, text) to the clipboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/notice_box.py" line="42" />
        <source>Save .eml…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/notice_box.py" line="43" />
        <source>Save the notice as an e-mail file to send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/notice_box.py" line="67" />
        <source>Notice saved with request {0}: send it from the mail program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/notice_box.py" line="86" />
        <source>Copied.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/notice_box.py" line="93" />
        <source>Save notice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/notice_box.py" line="95" />
        <source>E-mail message (*.eml)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/notice_box.py" line="104" />
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="90" />
        <source>Reference</source>
        <extracomment>What a clerk triages by comes first; who and what exam after.</extracomment>
        <translation>受付番号</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="91" />
        <source>Received</source>
        <translation>受信日時</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="92" />
        <source>Due</source>
        <translation>回答期限</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="95" />
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="96" />
        <source>Exam number</source>
        <translation>受験番号</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="97" />
        <source>Category</source>
        <translation>試験区分</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="93" />
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="94" />
        <source>Findings</source>
        <translation>指摘</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="359" />
        <source>paused</source>
        <translation>停止中</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssw_desk/gui/queue_model.py" line="366" />
        <source>%n day(s) over</source>
        <translation>
            <numerusform>%n 日超過</numerusform>
            </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssw_desk/gui/queue_model.py" line="367" />
        <source>%1 (%n left)</source>
        <translation>
            <numerusform>%1（残り %n 日）</numerusform>
            </translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="373" />
        <source>Answer due by %1</source>
        <translation>回答期限：%1</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="375" />
        <source>Overdue: the applicant may write again.</source>
        <translation>期限切れです。申請者から再度問い合わせが来る可能性があります。</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="378" />
        <source>The clock is stopped while waiting for the applicant's correction.</source>
        <translation>申請者の訂正を待っている間、期限の計算は止まっています。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssw_desk/gui/queue_model.py" line="382" />
        <source>%n version(s) received</source>
        <translation>
            <numerusform>%n 回受信</numerusform>
            </translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="412" />
        <source>No findings</source>
        <translation>指摘なし</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssw_desk/gui/queue_model.py" line="415" />
        <source>%n failure(s)</source>
        <translation>
            <numerusform>不備 %n 件</numerusform>
            </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssw_desk/gui/queue_model.py" line="416" />
        <source>%n warning(s)</source>
        <translation>
            <numerusform>注意 %n 件</numerusform>
            </translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../../ssw_desk/gui/queue_view.py" line="244" />
        <source>All (%1)</source>
        <extracomment>Tab order: the work first, then what is done.</extracomment>
        <translation>すべて (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssw_desk/gui/queue_view.py" line="251" />
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln 件</numerusform>
            </translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/queue_view.py" line="254" />
        <source>Search name, exam number or reference</source>
        <translation>氏名・受験番号・受付番号で検索</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_dialogs.py" line="252" />
        <source>Reject as ineligible — {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_dialogs.py" line="260" />
        <source>{0} (suggested by the findings)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_dialogs.py" line="277" />
        <source>The notice appears here once it is written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_dialogs.py" line="278" />
        <source>Reject and write notice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_dialogs.py" line="287" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RequestHeader</name>
    <message>
        <location filename="../../ssw_desk/gui/review/details.py" line="81" />
        <source>Received {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/details.py" line="84" />
        <source>Answer by {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/details.py" line="87" />
        <source>Deadline paused: waiting for the applicant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/details.py" line="89" />
        <source>Version {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReviewOverlay</name>
    <message>
        <location filename="../../ssw_desk/gui/review/overlay.py" line="226" />
        <source>centre {0:+.1%}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/overlay.py" line="248" />
        <source>crown (estimated)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/overlay.py" line="250" />
        <source>crown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/overlay.py" line="257" />
        <source>chin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/overlay.py" line="259" />
        <source>chin · head {0:.1%}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../ssw_desk/gui/review/panel.py" line="87" />
        <source>Choose a request in the queue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/panel.py" line="141" />
        <source>Show photo geometry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/panel.py" line="163" />
        <source>Approved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/panel.py" line="215" />
        <source>Deficiency notice written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/panel.py" line="250" />
        <source>Rejected; notice written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/panel.py" line="263" />
        <source>Note added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/panel.py" line="298" />
        <source>Saving the decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/panel.py" line="307" />
        <source>Unexpected error: {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReviewTexts</name>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="19" />
        <source>① Exam number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="20" />
        <source>② Exam date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="21" />
        <source>③ Exam category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="22" />
        <source>④ Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="23" />
        <source>⑤ Nationality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="24" />
        <source>⑥ Date of birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="25" />
        <source>⑦ Sex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="33" />
        <source>Residence card, front</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="34" />
        <source>Residence card, back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="35" />
        <source>Face photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="36" />
        <source>Other attachment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="44" />
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="45" />
        <source>In review</source>
        <translation>審査中</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="46" />
        <source>Resubmitted</source>
        <translation>再提出</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="47" />
        <source>Waiting for applicant</source>
        <translation>返信待ち</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="48" />
        <location filename="../../ssw_desk/gui/review/texts.py" line="136" />
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="49" />
        <location filename="../../ssw_desk/gui/review/texts.py" line="138" />
        <source>Rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="50" />
        <location filename="../../ssw_desk/gui/review/texts.py" line="141" />
        <source>Report issued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="57" />
        <source>Pass</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="58" />
        <source>Fail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="59" />
        <source>Check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="60" />
        <source>Clerk decides</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="67" />
        <source>The exam number is missing or unreadable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="68" />
        <source>The exam date is missing or unreadable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="69" />
        <source>The exam category is missing or unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="70" />
        <source>The name is missing or unreadable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="71" />
        <source>The nationality is missing or unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="72" />
        <source>The date of birth is missing or unreadable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="75" />
        <source>The sex is missing or unreadable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="76" />
        <source>More than one exam asked for in one e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="77" />
        <source>Another request exists for the same exam</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="78" />
        <source>The exam number is not in the roster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="79" />
        <source>The exam date differs from the roster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="80" />
        <source>The exam category differs from the roster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="81" />
        <source>The name differs from the roster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="82" />
        <source>The nationality differs from the roster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="83" />
        <source>The date of birth differs from the roster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="86" />
        <source>The sex differs from the roster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="87" />
        <source>The roster says this exam was passed: no Score report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="90" />
        <source>The exam date is outside the period this procedure covers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="93" />
        <source>No photo of the residence card front</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="96" />
        <source>No face photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="97" />
        <source>The file is not JPG, GIF or PNG</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="98" />
        <source>The file is 5 MB or larger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="99" />
        <source>The file cannot be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="100" />
        <source>Exactly one face must be visible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="101" />
        <source>Head height (hair to chin) must be 50-69 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="102" />
        <source>The face must be centred</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="103" />
        <source>The photo must be in colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="104" />
        <source>The background must be plain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="105" />
        <source>The photo must be sharp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="106" />
        <source>The eyes must be visible (no sunglasses)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="107" />
        <source>No hat or head covering</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="108" />
        <source>The face must look straight ahead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="109" />
        <source>The upper shoulders must be visible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="110" />
        <source>Recommended size is 200 x 230 px</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="111" />
        <source>The photo must be taken within the last six months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="131" />
        <source>Request received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="132" />
        <source>Correction received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="133" />
        <location filename="../../ssw_desk/gui/review/texts.py" line="134" />
        <source>Opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="135" />
        <source>Image viewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="137" />
        <source>Deficiencies notified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="139" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="140" />
        <source>Notice opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="142" />
        <source>Notice saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="150" />
        <source>The exam was passed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="151" />
        <source>Exam before November 2023</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="152" />
        <source>Exam on or after 4 Nov 2025: the report is on the vendor's page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="155" />
        <source>Exam between 8 Jul and 3 Nov 2025</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="163" />
        <source>The report was already issued.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="164" />
        <source>The request was already rejected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="165" />
        <source>The roster says this exam was passed: it cannot be approved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="168" />
        <source>Some failing findings have no reason: approval refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="171" />
        <source>Tick at least one point.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="172" />
        <source>The request has no sender address to answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="175" />
        <source>A point is not in the catalogue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="176" />
        <source>Unknown reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="177" />
        <source>The note is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="178" />
        <source>The note is too long.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="179" />
        <source>The request no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="180" />
        <source>The attachment no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="181" />
        <source>The file is missing from the store.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="182" />
        <source>The file was encrypted with another desk's key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="185" />
        <source>The image cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="186" />
        <source>The image file is incomplete.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="187" />
        <location filename="../../ssw_desk/gui/review/texts.py" line="188" />
        <source>The image is too large to open safely.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="189" />
        <source>The image is too small.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="190" />
        <source>The image file is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="192" />
        <source>Error: {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VersionsView</name>
    <message>
        <location filename="../../ssw_desk/gui/review/versions_view.py" line="103" />
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/versions_view.py" line="103" />
        <source>Before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/versions_view.py" line="103" />
        <source>Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/versions_view.py" line="110" />
        <source>Version:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/versions_view.py" line="125" />
        <source>Version {0} — {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/versions_view.py" line="146" />
        <source>No version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/versions_view.py" line="155" />
        <source>Version {0} is the first message: nothing to compare.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/versions_view.py" line="163" />
        <source>Version {0} compared with version {1}: {2} item(s) changed, {3} attachment(s) new, {4} finding(s) resolved, {5} new.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/versions_view.py" line="185" />
        <source>Items changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/versions_view.py" line="188" />
        <source>Attachments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/versions_view.py" line="190" />
        <source>removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/versions_view.py" line="193" />
        <source>new: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/versions_view.py" line="197" />
        <source>unchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/versions_view.py" line="198" />
        <source>Findings resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/versions_view.py" line="200" />
        <source>✓ resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/versions_view.py" line="202" />
        <source>New findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/versions_view.py" line="204" />
        <source>✗ new</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ssw_desk/gui/i18n.py" line="168" />
        <source>This request no longer exists. The queue has been refreshed.</source>
        <extracomment>Codes a clerk may meet, in sentences (translated in the "errors" context).</extracomment>
        <translation>この申請はもう存在しません。一覧を更新しました。</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/i18n.py" line="171" />
        <source>A stored file of this request is missing. Please tell the administrator.</source>
        <translation>この申請の保存ファイルが見つかりません。管理者に連絡してください。</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/i18n.py" line="174" />
        <source>The encryption key is not valid. Please tell the administrator.</source>
        <translation>暗号鍵が正しくありません。管理者に連絡してください。</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/i18n.py" line="177" />
        <source>Stored files cannot be opened with this encryption key. Please tell the administrator.</source>
        <translation>この暗号鍵では保存ファイルを開けません。管理者に連絡してください。</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/i18n.py" line="181" />
        <source>The roster file lacks required columns. Please check the file.</source>
        <translation>名簿ファイルに必要な列がありません。ファイルを確認してください。</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/i18n.py" line="184" />
        <source>The roster file contains no rows.</source>
        <translation>名簿ファイルにデータがありません。</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/i18n.py" line="185" />
        <source>The roster file could not be read. Please save it as UTF-8 CSV.</source>
        <translation>名簿ファイルを読み込めませんでした。UTF-8 の CSV で保存し直してください。</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/i18n.py" line="188" />
        <source>The font for the Score report is missing. Please reinstall SSW Desk.</source>
        <translation>スコアレポート用のフォントがありません。SSW Desk を再インストールしてください。</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/i18n.py" line="191" />
        <source>Files of SSW Desk are missing. Please reinstall SSW Desk.</source>
        <translation>SSW Desk のファイルが不足しています。SSW Desk を再インストールしてください。</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/i18n.py" line="194" />
        <source>The face photo could not be read, so no Score report can be made from it.</source>
        <translation>顔写真を読み込めないため、スコアレポートを作成できません。</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/i18n.py" line="197" />
        <source>The face cannot be cut out of the photo for the Score report.</source>
        <translation>スコアレポート用に顔の部分を切り出せません。</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/i18n.py" line="200" />
        <source>The database is busy. Please try again in a moment.</source>
        <translation>データベースが使用中です。少し待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/i18n.py" line="203" />
        <source>Something went wrong. The details were written to the log file.</source>
        <translation>問題が発生しました。詳細はログファイルに記録しました。</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/i18n.py" line="224" />
        <source>The action could not be completed.</source>
        <translation>操作を完了できませんでした。</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="42" />
        <source>New</source>
        <extracomment>The request id of a row (``Qt.UserRole``).</extracomment>
        <translation>新規</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="43" />
        <source>In review</source>
        <translation>審査中</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="44" />
        <source>Resubmitted</source>
        <translation>再提出</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="45" />
        <source>Waiting for applicant</source>
        <translation>返信待ち</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="46" />
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="47" />
        <source>Rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="48" />
        <source>Issued</source>
        <translation>発行済み</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="52" />
        <source>Machining and metal processing</source>
        <translation>機械金属加工</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="53" />
        <source>Electric and electronic assembly</source>
        <translation>電気電子機器組立て</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="54" />
        <source>Metal surface treatment</source>
        <translation>金属表面処理</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="55" />
        <source>Unclear</source>
        <translation>判別不能</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="56" />
        <source>Not recognised</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="68" />
        <source>Machining</source>
        <extracomment>Short names for the table column (the full name is in the tooltip).</extracomment>
        <translation>機械金属</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="69" />
        <source>Electrical</source>
        <translation>電気電子</translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="70" />
        <source>Surface</source>
        <translation>表面処理</translation>
    </message>
</context>
</TS>