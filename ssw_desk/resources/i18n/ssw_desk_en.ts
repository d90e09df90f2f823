<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApproveDialog</name>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_dialogs.py" line="58"/>
        <source>Approve {0}</source>
        <extracomment>Builds a preview text from (item codes, extra text).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_dialogs.py" line="63"/>
        <source>No finding fails. Approve this request for its Score report?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_dialogs.py" line="66"/>
        <source>The roster says this exam was passed: a Score report is never issued for a passed exam, so this request cannot be approved. Reject it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_dialogs.py" line="71"/>
        <source>These findings fail. To approve anyway, give the reason you accept each one; the reasons are kept in the request&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_dialogs.py" line="80"/>
        <source>Reason (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_dialogs.py" line="93"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../ssw_desk/gui/crash.py" line="108"/>
        <source>SSW Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/crash.py" line="109"/>
        <source>An unexpected error occurred. Your saved work is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/crash.py" line="112"/>
        <source>A report was written to:
{path}

Please send this file to the administrator. You may continue working or restart SSW Desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionBar</name>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_bar.py" line="46"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_bar.py" line="47"/>
        <source>Approve: no finding fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_bar.py" line="48"/>
        <source>Approve with reasons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_bar.py" line="50"/>
        <source>Some findings fail: approve giving a reason for each one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_bar.py" line="52"/>
        <source>Flag deficiencies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_bar.py" line="53"/>
        <source>Write the notice asking the applicant to correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_bar.py" line="54"/>
        <source>Reject as ineligible…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_bar.py" line="55"/>
        <source>Reject and write the standard notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_bar.py" line="56"/>
        <source>Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_bar.py" line="57"/>
        <source>Add a note to the request&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_bar.py" line="58"/>
        <source>Score report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_bar.py" line="60"/>
        <source>Preview, issue, print or send the Score report (approved requests)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailTabs</name>
    <message>
        <location filename="../../ssw_desk/gui/review/details.py" line="172"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/details.py" line="173"/>
        <location filename="../../ssw_desk/gui/review/details.py" line="191"/>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/details.py" line="174"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/details.py" line="175"/>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/details.py" line="176"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/details.py" line="191"/>
        <source>Checks ({0} ✗)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/details.py" line="192"/>
        <source>Versions ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/details.py" line="204"/>
        <source>Version {0} · {1} · highlighted: the lines the items were read from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldsModel</name>
    <message>
        <location filename="../../ssw_desk/gui/review/fields_table.py" line="156"/>
        <source>Item</source>
        <extracomment>Role holding a row&apos;s status key: ``ok``, ``mismatch``, ``missing``, ``invalid``, ``ambiguous``, ``no_roster`` or ``unchecked``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/fields_table.py" line="157"/>
        <source>As typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/fields_table.py" line="158"/>
        <source>Read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/fields_table.py" line="159"/>
        <source>Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/fields_table.py" line="160"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/fields_table.py" line="210"/>
        <source>{0} or {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/fields_table.py" line="218"/>
        <source>✓ Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/fields_table.py" line="219"/>
        <source>✗ Differs from roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/fields_table.py" line="220"/>
        <source>✗ Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/fields_table.py" line="221"/>
        <source>✗ Cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/fields_table.py" line="222"/>
        <source>? Ambiguous: clerk decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/fields_table.py" line="223"/>
        <source>✗ Not in roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/fields_table.py" line="224"/>
        <source>– Not compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/fields_table.py" line="230"/>
        <source>From line {0} of the e-mail (double-click to show it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/fields_table.py" line="234"/>
        <source>Possible readings: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <location filename="../../ssw_desk/gui/review/findings_view.py" line="81"/>
        <source>Status</source>
        <extracomment>Role holding an item&apos;s code (findings and checks) for tests and for copying.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/findings_view.py" line="82"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/findings_view.py" line="83"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/findings_view.py" line="84"/>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/findings_view.py" line="85"/>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/findings_view.py" line="97"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/findings_view.py" line="98"/>
        <source>Face photo checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/findings_view.py" line="99"/>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/findings_view.py" line="126"/>
        <source>No findings: everything passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/findings_view.py" line="140"/>
        <source>No face photo was checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/findings_view.py" line="147"/>
        <source>Findings ({0} failing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlagDialog</name>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_dialogs.py" line="130"/>
        <source>Flag deficiencies — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_dialogs.py" line="139"/>
        <source>Your own words, added as the last point (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_dialogs.py" line="147"/>
        <source>Points to raise (ticked: failing findings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_dialogs.py" line="149"/>
        <source>Additional point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_dialogs.py" line="156"/>
        <source>Write notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../ssw_desk/gui/review/history_view.py" line="45"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/history_view.py" line="45"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/history_view.py" line="45"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/history_view.py" line="45"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImagePane</name>
    <message>
        <location filename="../../ssw_desk/gui/review/image_view.py" line="180"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/image_view.py" line="181"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/image_view.py" line="182"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/image_view.py" line="182"/>
        <source>Fit the whole image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/image_view.py" line="184"/>
        <source>Overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/image_view.py" line="186"/>
        <source>Show the face box, crown and chin lines, the 50-69 % band and the centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/image_view.py" line="208"/>
        <source>No image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImagesRow</name>
    <message>
        <location filename="../../ssw_desk/gui/review/images_row.py" line="122"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/images_row.py" line="142"/>
        <source>No back of the card
(needed only when an extension of stay is pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/images_row.py" line="145"/>
        <source>No face photo attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/images_row.py" line="146"/>
        <source>No residence card front attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/images_row.py" line="165"/>
        <source>Loading images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/images_row.py" line="204"/>
        <source>converted from {0} for display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/images_row.py" line="206"/>
        <source>turned upright</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemsTab</name>
    <message>
        <location filename="../../ssw_desk/gui/review/details.py" line="123"/>
        <source>Double-click an item to see the line of the e-mail it was read from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/details.py" line="141"/>
        <source>Not in the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/details.py" line="142"/>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/details.py" line="142"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/details.py" line="143"/>
        <source>Roster: exam {0}, {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/details.py" line="146"/>
        <source> · score {0:g} / passing mark {1:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/details.py" line="148"/>
        <source> (of {0:g})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/details.py" line="149"/>
        <source> · {0:.0%} of the passing mark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailTextView</name>
    <message>
        <location filename="../../ssw_desk/gui/review/mail_text.py" line="91"/>
        <source>Read as: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ssw_desk/gui/main_window.py" line="224"/>
        <source>SSW Desk: Score report requests</source>
        <extracomment>Files the drop target and the import dialog accept (folders are searched for them).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/main_window.py" line="225"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/main_window.py" line="226"/>
        <source>&amp;Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/main_window.py" line="227"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/main_window.py" line="228"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/main_window.py" line="229"/>
        <source>&amp;Import e-mails…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/main_window.py" line="230"/>
        <source>Import a &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/main_window.py" line="231"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/main_window.py" line="232"/>
        <source>&amp;Next request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/main_window.py" line="233"/>
        <source>&amp;Previous request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/main_window.py" line="234"/>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/main_window.py" line="235"/>
        <source>&amp;Flag deficiencies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/main_window.py" line="236"/>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/main_window.py" line="237"/>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/main_window.py" line="238"/>
        <source>&amp;About SSW Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/main_window.py" line="239"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/main_window.py" line="313"/>
        <source>Opening request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/main_window.py" line="348"/>
        <source>Reloading request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/main_window.py" line="394"/>
        <source>Import e-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/main_window.py" line="394"/>
        <source>E-mails (*.eml *.msg *.mbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/main_window.py" line="400"/>
        <source>Import a folder of e-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/main_window.py" line="406"/>
        <source>Importing e-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssw_desk/gui/main_window.py" line="413"/>
        <source>Importing: %n message(s)</source>
        <translation>
            <numerusform>Importing: %n message</numerusform>
            <numerusform>Importing: %n messages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/main_window.py" line="416"/>
        <source>Imported %1, duplicates %2, quarantined %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/main_window.py" line="472"/>
        <source>SSW Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/main_window.py" line="479"/>
        <source>About SSW Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/main_window.py" line="481"/>
        <source>SSW Desk %1
Review of Score report requests for the SSW(ii) exam for industrial product manufacturing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify a Score report…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_dialogs.py" line="330"/>
        <source>Note — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_dialogs.py" line="333"/>
        <source>What should the next clerk know? (no card numbers or other personal data)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBox</name>
    <message>
        <location filename="../../ssw_desk/gui/review/notice_box.py" line="39"/>
        <location filename="../../ssw_desk/gui/review/notice_box.py" line="62"/>
        <source>Preview of the notice (Japanese, then English)</source>
        <extracomment>Fetches a saved notice&apos;s ``.eml`` bytes: (message_pk, purpose ``copy``/``export``) -&gt; bytes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/notice_box.py" line="42"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/notice_box.py" line="43"/>
        <source>Copy the notice (To, Subject, text) to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/notice_box.py" line="45"/>
        <source>Save .eml…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/notice_box.py" line="46"/>
        <source>Save the notice as an e-mail file to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/notice_box.py" line="70"/>
        <source>Notice saved with request {0}: send it from the mail program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/notice_box.py" line="89"/>
        <source>Copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/notice_box.py" line="96"/>
        <source>Save notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/notice_box.py" line="98"/>
        <source>E-mail message (*.eml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/notice_box.py" line="107"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="91"/>
        <source>Reference</source>
        <extracomment>What a clerk triages by comes first; who and what exam after.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="92"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="93"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="96"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="97"/>
        <source>Exam number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="98"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="94"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="95"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="362"/>
        <source>{0} is reviewing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="366"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssw_desk/gui/queue_model.py" line="373"/>
        <source>%n day(s) over</source>
        <translation>
            <numerusform>%n day over</numerusform>
            <numerusform>%n days over</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssw_desk/gui/queue_model.py" line="374"/>
        <source>%1 (%n left)</source>
        <translation>
            <numerusform>%1 (%n day left)</numerusform>
            <numerusform>%1 (%n days left)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="386"/>
        <source>Answer due by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="388"/>
        <source>Overdue: the applicant may write again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="391"/>
        <source>The clock is stopped while waiting for the applicant&apos;s correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssw_desk/gui/queue_model.py" line="395"/>
        <source>%n version(s) received</source>
        <translation>
            <numerusform>%n version received</numerusform>
            <numerusform>%n versions received</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="379"/>
        <source>No findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssw_desk/gui/queue_model.py" line="380"/>
        <source>%n failure(s)</source>
        <translation>
            <numerusform>%n failure</numerusform>
            <numerusform>%n failures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssw_desk/gui/queue_model.py" line="380"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../../ssw_desk/gui/queue_view.py" line="244"/>
        <source>All (%1)</source>
        <extracomment>Tab order: the work first, then what is done.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssw_desk/gui/queue_view.py" line="251"/>
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/queue_view.py" line="254"/>
        <source>Search name, exam number or reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_dialogs.py" line="255"/>
        <source>Reject as ineligible — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_dialogs.py" line="263"/>
        <source>{0} (suggested by the findings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_dialogs.py" line="280"/>
        <source>The notice appears here once it is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_dialogs.py" line="281"/>
        <source>Reject and write notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/decision_dialogs.py" line="290"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyMailDialog</name>
    <message>
        <location filename="../../ssw_desk/gui/reply_mail_dialog.py" line="36"/>
        <source>Reply e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/reply_mail_dialog.py" line="38"/>
        <source>Saved with the request. Send it from the mail program. Attached: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/reply_mail_dialog.py" line="47"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/reply_mail_dialog.py" line="48"/>
        <source>Copy To, Subject and text to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/reply_mail_dialog.py" line="50"/>
        <source>Save .eml…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/reply_mail_dialog.py" line="52"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/reply_mail_dialog.py" line="66"/>
        <source>Copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/reply_mail_dialog.py" line="71"/>
        <source>Save the reply e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/reply_mail_dialog.py" line="73"/>
        <source>E-mail message (*.eml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/reply_mail_dialog.py" line="78"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ssw_desk/gui/report_dialog.py" line="119"/>
        <source>Score report {0}</source>
        <extracomment>Pages are rasterised for the printer at its resolution, but at most this: 300 dpi keeps text and the QR sharp on paper while an A4 page stays about 35 MB in memory (1200 dpi would be 550 MB).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/report_dialog.py" line="131"/>
        <source>Issue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/report_dialog.py" line="132"/>
        <source>Take the next serial and issue this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/report_dialog.py" line="133"/>
        <source>Reissue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/report_dialog.py" line="135"/>
        <source>Issue a new report with a reason; the current serial becomes superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/report_dialog.py" line="137"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/report_dialog.py" line="138"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/report_dialog.py" line="139"/>
        <source>Reply e-mail (.eml)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/report_dialog.py" line="141"/>
        <source>The reply to the applicant with the report attached, saved with the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/report_dialog.py" line="143"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/report_dialog.py" line="175"/>
        <source>Preparing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/report_dialog.py" line="179"/>
        <source>Preparing the Score report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/report_dialog.py" line="198"/>
        <source>Preview: not issued yet. Check it, then issue the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/report_dialog.py" line="201"/>
        <source>Issued report {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/report_dialog.py" line="206"/>
        <source>No Score report can be issued for this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/report_dialog.py" line="212"/>
        <source>Unexpected error: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/report_dialog.py" line="242"/>
        <source>Issue the Score report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/report_dialog.py" line="244"/>
        <source>Issue the Score report now? It takes the next serial and cannot be undone; a correction later needs a reissue with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/report_dialog.py" line="257"/>
        <source>Reissue the Score report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/report_dialog.py" line="259"/>
        <source>Why is the report reissued? The reason is recorded and {0} becomes superseded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/report_dialog.py" line="268"/>
        <source>Issuing the Score report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/report_dialog.py" line="280"/>
        <source>Report {0} reissued; {1} is superseded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/report_dialog.py" line="285"/>
        <source>Report {0} issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/report_dialog.py" line="300"/>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/report_dialog.py" line="307"/>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/report_dialog.py" line="335"/>
        <source>Save the Score report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/report_dialog.py" line="337"/>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/report_dialog.py" line="343"/>
        <source>Saving the Score report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/report_dialog.py" line="345"/>
        <source>Saved to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/report_dialog.py" line="358"/>
        <source>Writing the reply e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/report_dialog.py" line="365"/>
        <source>Reply e-mail saved with the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of your issuer key (it signs the report):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestHeader</name>
    <message>
        <location filename="../../ssw_desk/gui/review/details.py" line="89"/>
        <source>{0} is reviewing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/details.py" line="90"/>
        <source>Received {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/details.py" line="93"/>
        <source>Answer by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/details.py" line="96"/>
        <source>Deadline paused: waiting for the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/details.py" line="98"/>
        <source>Version {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewOverlay</name>
    <message>
        <location filename="../../ssw_desk/gui/review/overlay.py" line="226"/>
        <source>centre {0:+.1%}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/overlay.py" line="248"/>
        <source>crown (estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/overlay.py" line="250"/>
        <source>crown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/overlay.py" line="257"/>
        <source>chin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/overlay.py" line="259"/>
        <source>chin · head {0:.1%}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../ssw_desk/gui/review/panel.py" line="89"/>
        <source>Choose a request in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/panel.py" line="148"/>
        <source>Show photo geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/panel.py" line="174"/>
        <source>Approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/panel.py" line="233"/>
        <source>Deficiency notice written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/panel.py" line="273"/>
        <source>Rejected; notice written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/panel.py" line="290"/>
        <source>Note added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/panel.py" line="312"/>
        <source>Score report {0} issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/panel.py" line="352"/>
        <source>Saving the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/panel.py" line="366"/>
        <source>Unexpected error: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewTexts</name>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="21"/>
        <source>① Exam number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="22"/>
        <source>② Exam date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="23"/>
        <source>③ Exam category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="24"/>
        <source>④ Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="25"/>
        <source>⑤ Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="26"/>
        <source>⑥ Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="27"/>
        <source>⑦ Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="35"/>
        <source>Residence card, front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="36"/>
        <source>Residence card, back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="37"/>
        <source>Face photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="38"/>
        <source>Other attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="46"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="47"/>
        <source>Resubmitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="48"/>
        <source>Waiting for applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="49"/>
        <location filename="../../ssw_desk/gui/review/texts.py" line="140"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="50"/>
        <location filename="../../ssw_desk/gui/review/texts.py" line="142"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="51"/>
        <location filename="../../ssw_desk/gui/review/texts.py" line="145"/>
        <source>Report issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="58"/>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="59"/>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="60"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="61"/>
        <source>Clerk decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="68"/>
        <source>The exam number is missing or unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="69"/>
        <source>The exam date is missing or unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="70"/>
        <source>The exam category is missing or unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="71"/>
        <source>The name is missing or unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="72"/>
        <source>The nationality is missing or unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="73"/>
        <source>The date of birth is missing or unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="76"/>
        <source>The sex is missing or unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="77"/>
        <source>More than one exam asked for in one e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="78"/>
        <source>Another request exists for the same exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="79"/>
        <source>The exam number is not in the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="80"/>
        <source>The exam date differs from the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="81"/>
        <source>The exam category differs from the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="82"/>
        <source>The name differs from the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="83"/>
        <source>The nationality differs from the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="84"/>
        <source>The date of birth differs from the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="87"/>
        <source>The sex differs from the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="88"/>
        <source>The roster says this exam was passed: no Score report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="91"/>
        <source>The exam date is outside the period this procedure covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="94"/>
        <source>No photo of the residence card front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="97"/>
        <source>No photo of the residence card back (extension of stay pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="100"/>
        <source>No face photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="101"/>
        <source>The file is not JPG, GIF or PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="102"/>
        <source>The file is 5 MB or larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="103"/>
        <source>The file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="104"/>
        <source>Exactly one face must be visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="105"/>
        <source>Head height (hair to chin) must be 50-69 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="106"/>
        <source>The face must be centred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="107"/>
        <source>The photo must be in colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="108"/>
        <source>The background must be plain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="109"/>
        <source>The photo must be sharp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="110"/>
        <source>The eyes must be visible (no sunglasses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="111"/>
        <source>No hat or head covering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="112"/>
        <source>The face must look straight ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="113"/>
        <source>The upper shoulders must be visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="114"/>
        <source>Recommended size is 200 x 230 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="115"/>
        <source>The photo must be taken within the last six months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="135"/>
        <source>Request received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="136"/>
        <source>Correction received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="137"/>
        <location filename="../../ssw_desk/gui/review/texts.py" line="138"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="139"/>
        <source>Image viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="141"/>
        <source>Deficiencies notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="143"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="144"/>
        <source>Notice opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="146"/>
        <source>Report reissued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="147"/>
        <source>Report opened or saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="148"/>
        <source>Report reply e-mail written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="149"/>
        <source>Report verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="150"/>
        <source>Notice saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="151"/>
        <source>Review started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="152"/>
        <source>Review ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="153"/>
        <source>Review taken over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="154"/>
        <source>Re-checked against the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="155"/>
        <source>Due date moved (closure days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="156"/>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="164"/>
        <source>The exam was passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="165"/>
        <source>Exam before November 2023</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="166"/>
        <source>Exam on or after 4 Nov 2025: the report is on the vendor&apos;s page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="169"/>
        <source>Exam between 8 Jul and 3 Nov 2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="177"/>
        <source>The report was already issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="178"/>
        <source>The request was already rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="179"/>
        <source>The roster says this exam was passed: it cannot be approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="182"/>
        <source>Some failing findings have no reason: approval refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="185"/>
        <source>Tick at least one point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="186"/>
        <source>The request has no sender address to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="189"/>
        <source>A point is not in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="190"/>
        <source>Unknown reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="191"/>
        <source>The note is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="192"/>
        <source>The note is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="193"/>
        <source>The request no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="194"/>
        <source>The attachment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="195"/>
        <source>The file is missing from the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="196"/>
        <source>The file was encrypted with another desk&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="199"/>
        <source>The image cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="200"/>
        <source>The image file is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="201"/>
        <location filename="../../ssw_desk/gui/review/texts.py" line="202"/>
        <source>The image is too large to open safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="203"/>
        <source>The image is too small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="204"/>
        <source>The image file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="205"/>
        <source>The request is not approved: no Score report can be issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="208"/>
        <source>The exam number is not in the roster: import the exam results first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="211"/>
        <source>The roster says this exam was passed: no Score report is issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="214"/>
        <source>The roster has no score or passing mark for this exam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="217"/>
        <source>The request has no face photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="218"/>
        <source>Items are missing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="219"/>
        <source>A report was already issued; a correction needs a reissue. Serial:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="222"/>
        <source>A reissue needs a reason: the report was not reissued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="225"/>
        <source>The report is not in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="226"/>
        <source>Another clerk changed this request in the meantime: nothing was saved. It is shown as it is now. Changed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="231"/>
        <source>This is not possible in the request&apos;s current status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="234"/>
        <source>Another clerk is reviewing this request; give a reason to take it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="237"/>
        <source>You are not reviewing this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="238"/>
        <source>Taking over needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="239"/>
        <source>Your role may not do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="240"/>
        <source>The roster says passed for an exam whose Score report is valid: revoke it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/texts.py" line="245"/>
        <source>Error: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation has no issuer key: create one and ask an admin to register it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer key&apos;s passphrase was not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase, or the issuer key file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This issuer key is not registered: ask an admin to register it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This issuer key is retired, revoked or outside its validity.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionsView</name>
    <message>
        <location filename="../../ssw_desk/gui/review/versions_view.py" line="103"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/versions_view.py" line="103"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/versions_view.py" line="103"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/versions_view.py" line="110"/>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/versions_view.py" line="125"/>
        <source>Version {0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/versions_view.py" line="146"/>
        <source>No version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/versions_view.py" line="155"/>
        <source>Version {0} is the first message: nothing to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/versions_view.py" line="163"/>
        <source>Version {0} compared with version {1}: {2} item(s) changed, {3} attachment(s) new, {4} finding(s) resolved, {5} new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/versions_view.py" line="185"/>
        <source>Items changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/versions_view.py" line="188"/>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/versions_view.py" line="190"/>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/versions_view.py" line="193"/>
        <source>new: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/versions_view.py" line="197"/>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/versions_view.py" line="198"/>
        <source>Findings resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/versions_view.py" line="200"/>
        <source>✓ resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/versions_view.py" line="202"/>
        <source>New findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/review/versions_view.py" line="204"/>
        <source>✗ new</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ssw_desk/gui/i18n.py" line="171"/>
        <source>This request no longer exists. The queue has been refreshed.</source>
        <extracomment>Codes a clerk may meet, in sentences (translated in the &quot;errors&quot; context).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/i18n.py" line="174"/>
        <source>A stored file of this request is missing. Please tell the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/i18n.py" line="177"/>
        <source>The encryption key is not valid. Please tell the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/i18n.py" line="180"/>
        <source>Stored files cannot be opened with this encryption key. Please tell the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/i18n.py" line="184"/>
        <source>The roster file lacks required columns. Please check the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/i18n.py" line="187"/>
        <source>The roster file contains no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/i18n.py" line="188"/>
        <source>The roster file could not be read. Please save it as UTF-8 CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/i18n.py" line="191"/>
        <source>The font for the Score report is missing. Please reinstall SSW Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/i18n.py" line="194"/>
        <source>Files of SSW Desk are missing. Please reinstall SSW Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/i18n.py" line="197"/>
        <source>The face photo could not be read, so no Score report can be made from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/i18n.py" line="200"/>
        <source>The face cannot be cut out of the photo for the Score report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/i18n.py" line="203"/>
        <source>The database is busy. Please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/i18n.py" line="206"/>
        <source>Something went wrong. The details were written to the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/i18n.py" line="227"/>
        <source>The action could not be completed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="44"/>
        <source>New</source>
        <extracomment>The request id of a row (``Qt.UserRole``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="45"/>
        <source>Resubmitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="46"/>
        <source>Waiting for applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="47"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="48"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="49"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="53"/>
        <source>Machining and metal processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="54"/>
        <source>Electric and electronic assembly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="55"/>
        <source>Metal surface treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="56"/>
        <source>Unclear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="57"/>
        <source>Not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="69"/>
        <source>Machining</source>
        <extracomment>Short names for the table column (the full name is in the tooltip).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="70"/>
        <source>Electrical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ssw_desk/gui/queue_model.py" line="71"/>
        <source>Surface</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a Score report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type the verification code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Score report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALID: the report is genuine and unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INVALID: do not accept this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUPERSEDED: a newer report replaces this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REVOKED: the secretariat withdrew this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a Score report or code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[earlier scheme {0}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reworded for this notice: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with the clerk&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: accepted because {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message numerus="yes">
        <source>%n for the clerk to decide</source>
        <translation>
            <numerusform>%n for the clerk to decide</numerusform>
            <numerusform>%n for the clerk to decide</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Quarantine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(why: File &gt; Quarantine, Ctrl+Shift+Q)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuarantineDialog</name>
    <message>
        <source>Reading the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: {0}. Still in quarantine: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the raw message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails (*.eml *.msg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantine: messages that could not be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a message and View to read it as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <source>The photo cannot be analysed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
