<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApproveDialog</name>
    <message>
        <location filename="../../gui/review/decision_dialogs.py" line="58"/>
        <source>Approve {0}</source>
        <extracomment>Builds a preview text from (item codes, extra text).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_dialogs.py" line="63"/>
        <source>No finding fails. Approve this request for its Score report?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_dialogs.py" line="66"/>
        <source>The roster says this exam was passed: a Score report is never issued for a passed exam, so this request cannot be approved. Reject it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_dialogs.py" line="71"/>
        <source>These findings fail. To approve anyway, give the reason you accept each one; the reasons are kept in the request&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_dialogs.py" line="80"/>
        <source>Reason (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_dialogs.py" line="93"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchIssueDialog</name>
    <message>
        <location filename="../../gui/batch_dialog.py" line="162"/>
        <source>Folder for the reports</source>
        <extracomment>Print resolution: enough for the report&apos;s text and its verification code.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/batch_dialog.py" line="187"/>
        <source>Issuing reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/batch_dialog.py" line="237"/>
        <source>%1: issued, serial %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/batch_dialog.py" line="240"/>
        <source>; e-mail to the applicant written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/batch_dialog.py" line="246"/>
        <source>%1: not issued: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/batch_dialog.py" line="250"/>
        <source>Cancelled: %n request(s) not tried</source>
        <translation>
            <numerusform>Cancelled: %n request not tried</numerusform>
            <numerusform>Cancelled: %n requests not tried</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/batch_dialog.py" line="253"/>
        <source>Printed: %n page(s)</source>
        <translation>
            <numerusform>Printed: %n page</numerusform>
            <numerusform>Printed: %n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/batch_dialog.py" line="254"/>
        <source>Issued %1, not issued %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/batch_dialog.py" line="260"/>
        <source>Issue the Score reports of approved requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/batch_dialog.py" line="263"/>
        <source>Each ticked request is issued on its own: one that cannot be issued is listed with the reason, and the others go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/batch_dialog.py" line="267"/>
        <source>Send each report to its applicant by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/batch_dialog.py" line="268"/>
        <source>Save the PDFs in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/batch_dialog.py" line="269"/>
        <source>Print the reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/batch_dialog.py" line="270"/>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/batch_dialog.py" line="271"/>
        <source>Stop after this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/batch_dialog.py" line="272"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClerksDialog</name>
    <message>
        <location filename="../../gui/admin/clerks.py" line="226"/>
        <source>Clerk %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="259"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="265"/>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="265"/>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="266"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="270"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="270"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="273"/>
        <source>Clerks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="276"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="277"/>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="278"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="279"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="280"/>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="289"/>
        <source>The role to give the chosen clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="290"/>
        <source>Change r&amp;ole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="291"/>
        <source>D&amp;isable login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="295"/>
        <source>&amp;Enable login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="306"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="293"/>
        <source>The clerk can no longer sign in; their name stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="296"/>
        <source>Add a clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="297"/>
        <source>&amp;Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="297"/>
        <source>&amp;Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="297"/>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="298"/>
        <source>Initial &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="301"/>
        <source>lower-case letters, digits and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="302"/>
        <source>as other clerks see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="304"/>
        <source>empty: the desk makes one and shows it once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="307"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosuresDialog</name>
    <message numerus="yes">
        <location filename="../../gui/admin/closures.py" line="92"/>
        <source>Saved; %n due date(s) moved.</source>
        <translation>
            <numerusform>Saved; %n due date moved.</numerusform>
            <numerusform>Saved; %n due dates moved.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/admin/closures.py" line="97"/>
        <source>Office closure days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin/closures.py" line="98"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin/closures.py" line="98"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin/closures.py" line="99"/>
        <source>Note (for example: office move)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin/closures.py" line="100"/>
        <source>Add day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin/closures.py" line="101"/>
        <source>Remove the chosen day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin/closures.py" line="102"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../gui/crash.py" line="115"/>
        <source>SSW Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/crash.py" line="116"/>
        <source>An unexpected error occurred. Your saved work is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/crash.py" line="119"/>
        <source>A report was written to:
{path}

Please send this file to the administrator. You may continue working or restart SSW Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/crash.py" line="125"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <location filename="../../gui/dashboard.py" line="268"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../gui/dashboard.py" line="136"/>
        <source>Reading the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="179"/>
        <source>%1+ days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="180"/>
        <source>%1–%2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="184"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="185"/>
        <source>Due within 2 business days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="186"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="187"/>
        <source>Waiting for the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="188"/>
        <location filename="../../gui/dashboard.py" line="192"/>
        <source>Issued this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="192"/>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="192"/>
        <source>Reviewing now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="198"/>
        <source>Per clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="199"/>
        <source>Open requests by business days since receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="200"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="201"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="207"/>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="211"/>
        <location filename="../../gui/dashboard.py" line="230"/>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="212"/>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="226"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="226"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="230"/>
        <source>Business days since receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="232"/>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="244"/>
        <source>Export the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="244"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dashboard.py" line="250"/>
        <source>Could not write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionBar</name>
    <message>
        <location filename="../../gui/review/decision_bar.py" line="86"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_bar.py" line="87"/>
        <source>Approve: no finding fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_bar.py" line="88"/>
        <source>Approve with reasons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_bar.py" line="90"/>
        <source>Some findings fail: approve giving a reason for each one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_bar.py" line="92"/>
        <source>Flag deficiencies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_bar.py" line="93"/>
        <source>Write the notice asking the applicant to correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_bar.py" line="94"/>
        <source>Reject as ineligible…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_bar.py" line="95"/>
        <source>Reject and write the standard notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_bar.py" line="96"/>
        <source>Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_bar.py" line="97"/>
        <source>Add a note to the request&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_bar.py" line="98"/>
        <source>Score report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_bar.py" line="100"/>
        <source>Preview, issue, print or send the Score report (approved requests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_bar.py" line="102"/>
        <location filename="../../gui/review/decision_bar.py" line="151"/>
        <source>Approve and send the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_bar.py" line="104"/>
        <source>Approve, issue the Score report and e-mail it to the applicant, in one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_bar.py" line="106"/>
        <source>Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_bar.py" line="108"/>
        <source>Supervisor: take an approved or rejected request back into review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_bar.py" line="151"/>
        <source>Send the report…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailTabs</name>
    <message>
        <location filename="../../gui/review/details.py" line="212"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="212"/>
        <location filename="../../gui/review/details.py" line="233"/>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="212"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="212"/>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="213"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="233"/>
        <source>Checks ({0} ✗)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="234"/>
        <source>Versions ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="246"/>
        <source>Version {0} · {1} · highlighted: the lines the items were read from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldsModel</name>
    <message>
        <location filename="../../gui/review/fields_table.py" line="156"/>
        <source>Item</source>
        <extracomment>Role holding a row&apos;s status key: ``ok``, ``mismatch``, ``missing``, ``invalid``, ``ambiguous``, ``no_roster`` or ``unchecked``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/fields_table.py" line="157"/>
        <source>As typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/fields_table.py" line="158"/>
        <source>Read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/fields_table.py" line="159"/>
        <source>Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/fields_table.py" line="160"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/fields_table.py" line="210"/>
        <source>{0} or {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/fields_table.py" line="218"/>
        <source>✓ Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/fields_table.py" line="219"/>
        <source>✗ Differs from roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/fields_table.py" line="220"/>
        <source>✗ Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/fields_table.py" line="221"/>
        <source>✗ Cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/fields_table.py" line="222"/>
        <source>? Ambiguous: clerk decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/fields_table.py" line="223"/>
        <source>✗ Not in roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/fields_table.py" line="224"/>
        <source>– Not compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/fields_table.py" line="230"/>
        <source>From line {0} of the e-mail (double-click to show it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/fields_table.py" line="234"/>
        <source>Possible readings: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <location filename="../../gui/review/findings_view.py" line="126"/>
        <source>Status</source>
        <extracomment>Role holding an item&apos;s code (findings and checks) for tests and for copying. Column -&gt; first width of the columns after the sentence (about, measured, limits).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/findings_view.py" line="127"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/findings_view.py" line="128"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/findings_view.py" line="129"/>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/findings_view.py" line="130"/>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/findings_view.py" line="151"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/findings_view.py" line="152"/>
        <source>Face photo checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/findings_view.py" line="153"/>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/findings_view.py" line="182"/>
        <source>No findings: everything passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/findings_view.py" line="194"/>
        <source>No face photo was checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/findings_view.py" line="201"/>
        <source>Findings ({0} failing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/findings_view.py" line="224"/>
        <source>The photo cannot be analysed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../gui/first_run.py" line="64"/>
        <source>SSW Desk: set up this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="67"/>
        <source>Does this workstation work alone, or with the office database?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="70"/>
        <source>Alone: the requests stay on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="71"/>
        <source>Office database: shared with the other desks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="78"/>
        <source>Office database (from your administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="88"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="89"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="90"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="91"/>
        <source>Your login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="92"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="95"/>
        <source>desk key file given by the administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="96"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="100"/>
        <source>Desk key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="102"/>
        <source>This is the office&apos;s first workstation: create a new desk key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="105"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="140"/>
        <source>kept in this computer&apos;s key store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="143"/>
        <source>Desk key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="170"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="179"/>
        <source>Connected. The database holds files: import the desk key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="181"/>
        <source>Connected. The database is ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlagDialog</name>
    <message>
        <location filename="../../gui/review/decision_dialogs.py" line="130"/>
        <source>Flag deficiencies — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_dialogs.py" line="139"/>
        <source>Your own words, added as the last point (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_dialogs.py" line="147"/>
        <source>Points to raise (ticked: failing findings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_dialogs.py" line="149"/>
        <source>Additional point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_dialogs.py" line="156"/>
        <source>Write notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../gui/review/history_view.py" line="37"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/history_view.py" line="48"/>
        <source>Changed: {0}</source>
        <extracomment>Detail keys worded as a sentence part; keys absent here (row ids, revisions, outbox entries, flags that are false) are bookkeeping and not shown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/history_view.py" line="50"/>
        <source>Reworded for this notice: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/history_view.py" line="52"/>
        <source>with the clerk&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/history_view.py" line="54"/>
        <source>Reason: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/history_view.py" line="56"/>
        <source>Before: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/history_view.py" line="57"/>
        <source>Version {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/history_view.py" line="58"/>
        <source>Serial {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/history_view.py" line="71"/>
        <source>{0}: accepted because {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/history_view.py" line="89"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/history_view.py" line="89"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/history_view.py" line="89"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/history_view.py" line="89"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImagePane</name>
    <message>
        <location filename="../../gui/review/image_view.py" line="247"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/image_view.py" line="248"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/image_view.py" line="249"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/image_view.py" line="250"/>
        <source>Fit the whole image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/image_view.py" line="252"/>
        <source>Turn the image a quarter turn clockwise (display only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/image_view.py" line="254"/>
        <source>Overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/image_view.py" line="256"/>
        <source>Show the face box, crown and chin lines, the 50-69 % band and the centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/image_view.py" line="241"/>
        <source>No image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImagesRow</name>
    <message>
        <location filename="../../gui/review/images_row.py" line="142"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/images_row.py" line="162"/>
        <source>No back of the card
(needed only when an extension of stay is pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/images_row.py" line="165"/>
        <source>No face photo attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/images_row.py" line="166"/>
        <source>No residence card front attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/images_row.py" line="185"/>
        <source>Loading images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/images_row.py" line="225"/>
        <source>converted from {0} for display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/images_row.py" line="227"/>
        <source>turned upright</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitialPasswordDialog</name>
    <message>
        <location filename="../../gui/admin/clerks.py" line="77"/>
        <source>Initial password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin/clerks.py" line="80"/>
        <source>The initial password of %1. Hand it to the clerk in person; it is shown only now and is not kept by the desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemsTab</name>
    <message>
        <location filename="../../gui/review/details.py" line="149"/>
        <source>Double-click an item to see the line of the e-mail it was read from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="168"/>
        <source>Not in the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="169"/>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="169"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="170"/>
        <source>Roster: exam {0}, {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="173"/>
        <source> · score {0:g} / passing mark {1:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="175"/>
        <source> (of {0:g})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="176"/>
        <source> · {0:.0%} of the passing mark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <location filename="../../gui/mail_settings_dialog.py" line="81"/>
        <source>For the administrator: these settings are the office&apos;s and apply to every desk. Passwords and tokens stay in this computer&apos;s key store, never in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/mail_settings_dialog.py" line="94"/>
        <source>OAuth2: after saving, approve the desk once in a browser with ssw-desk mailbox login (device code); the desk renews the token itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/mail_settings_dialog.py" line="102"/>
        <source>IMAP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/mail_settings_dialog.py" line="103"/>
        <source>IMAP password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/mail_settings_dialog.py" line="104"/>
        <source>SMTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/mail_settings_dialog.py" line="105"/>
        <source>SMTP password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/mail_settings_dialog.py" line="106"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/mail_settings_dialog.py" line="107"/>
        <source>OAuth2 device-code endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/mail_settings_dialog.py" line="108"/>
        <source>OAuth2 token endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/mail_settings_dialog.py" line="109"/>
        <source>OAuth2 client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/mail_settings_dialog.py" line="110"/>
        <source>OAuth2 scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/mail_settings_dialog.py" line="112"/>
        <source>Sender address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/mail_settings_dialog.py" line="113"/>
        <source>Folder of requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/mail_settings_dialog.py" line="114"/>
        <source>Move fetched mail to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/mail_settings_dialog.py" line="115"/>
        <source>Sent folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/mail_settings_dialog.py" line="117"/>
        <source>Extra trusted certificates (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/mail_settings_dialog.py" line="118"/>
        <source>Fetch every (minutes, 0: off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/mail_settings_dialog.py" line="119"/>
        <source>The server keeps a copy of sent mail itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/mail_settings_dialog.py" line="130"/>
        <source>Mail settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailTextView</name>
    <message>
        <location filename="../../gui/review/mail_text.py" line="91"/>
        <source>Read as: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailboxStatus</name>
    <message>
        <location filename="../../gui/mailbox_status.py" line="111"/>
        <source>Fetch and send mail now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/mailbox_status.py" line="112"/>
        <source>Outbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/mailbox_status.py" line="113"/>
        <source>Mail settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/mailbox_status.py" line="142"/>
        <source>Fetching mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/mailbox_status.py" line="166"/>
        <source>Mail: not fetched yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/mailbox_status.py" line="171"/>
        <source>Mail error at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/mailbox_status.py" line="175"/>
        <source>Mail: another desk fetches (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/mailbox_status.py" line="178"/>
        <source>Mail fetched at %1: %2 new, %3 sent, %4 waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="261"/>
        <source>SSW Desk: Score report requests</source>
        <extracomment>Files the drop target and the import dialog accept (folders are searched for them). The queue&apos;s widest first split (a full-HD screen: room for all but one column). Keys of the review panel&apos;s actions (approve and flag have their own, above).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="262"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="264"/>
        <source>&amp;Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="265"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="266"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="267"/>
        <source>&amp;Import e-mails…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="268"/>
        <source>Import a &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="269"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="270"/>
        <source>&amp;Next request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="271"/>
        <source>&amp;Previous request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="272"/>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="273"/>
        <source>&amp;Flag deficiencies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="274"/>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="275"/>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="276"/>
        <source>&amp;About SSW Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="280"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="358"/>
        <source>Opening request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="393"/>
        <source>Reloading request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="415"/>
        <source>Keeping the review claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="433"/>
        <source>Ending the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="462"/>
        <source>Import e-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="462"/>
        <source>E-mails (*.eml *.msg *.mbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="469"/>
        <source>Import a folder of e-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="476"/>
        <source>Importing e-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="483"/>
        <source>Importing: %n message(s)</source>
        <translation>
            <numerusform>Importing: %n message</numerusform>
            <numerusform>Importing: %n messages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="486"/>
        <source>Imported %1, duplicates %2, quarantined %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="544"/>
        <source>SSW Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="576"/>
        <source>About SSW Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="578"/>
        <source>SSW Desk %1
Review of Score report requests for the SSW(ii) exam for industrial product manufacturing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="277"/>
        <source>&amp;Verify a Score report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="278"/>
        <source>&amp;Quarantine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="279"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="490"/>
        <source>(why: File &gt; Quarantine, Ctrl+Shift+Q)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../gui/review/decision_dialogs.py" line="330"/>
        <source>Note — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_dialogs.py" line="333"/>
        <source>What should the next clerk know? (no card numbers or other personal data)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBox</name>
    <message>
        <location filename="../../gui/review/notice_box.py" line="41"/>
        <location filename="../../gui/review/notice_box.py" line="64"/>
        <source>Preview of the notice (Japanese, then English)</source>
        <extracomment>Fetches a saved notice&apos;s ``.eml`` bytes: (message_pk, purpose ``copy``/``export``) -&gt; bytes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/notice_box.py" line="44"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/notice_box.py" line="45"/>
        <source>Copy the notice (To, Subject, text) to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/notice_box.py" line="47"/>
        <source>Save .eml…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/notice_box.py" line="48"/>
        <source>Save the notice as an e-mail file to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/notice_box.py" line="72"/>
        <source>Notice saved with request {0}: send it from the mail program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/notice_box.py" line="91"/>
        <source>Copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/notice_box.py" line="98"/>
        <source>Save notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/notice_box.py" line="100"/>
        <source>E-mail message (*.eml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/notice_box.py" line="109"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeTextsDialog</name>
    <message>
        <location filename="../../gui/admin/notice_texts.py" line="74"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin/notice_texts.py" line="74"/>
        <source>Rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin/notice_texts.py" line="75"/>
        <source>Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin/notice_texts.py" line="114"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin/notice_texts.py" line="118"/>
        <source>Notice texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin/notice_texts.py" line="119"/>
        <source>Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin/notice_texts.py" line="120"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin/notice_texts.py" line="121"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin/notice_texts.py" line="122"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeMenu</name>
    <message>
        <location filename="../../gui/office_menu.py" line="102"/>
        <source>&amp;Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/office_menu.py" line="103"/>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/office_menu.py" line="104"/>
        <source>&amp;Issue approved reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/office_menu.py" line="105"/>
        <source>&amp;Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/office_menu.py" line="106"/>
        <source>&amp;Closure days…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/office_menu.py" line="107"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/office_menu.py" line="108"/>
        <source>&amp;Notice texts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/office_menu.py" line="109"/>
        <source>C&amp;lerks…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneStep</name>
    <message>
        <location filename="../../gui/review/one_step.py" line="54"/>
        <source>Send the Score report</source>
        <extracomment>Messages the outbox sent in this step (0 without a mailbox, or when another desk sends). Why sending did not happen now, as a code (None: sent, or the desk does not send).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/one_step.py" line="56"/>
        <source>Approve %1, issue its Score report and e-mail it to the applicant?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/one_step.py" line="60"/>
        <source>Issue the Score report of %1 and e-mail it to the applicant?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/one_step.py" line="80"/>
        <source>Score report %1 issued and sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/one_step.py" line="82"/>
        <source>Score report %1 issued; the e-mail waits in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/one_step.py" line="86"/>
        <source>Score report %1 issued; the e-mail is ready to send.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../gui/outbox_dialog.py" line="65"/>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/outbox_dialog.py" line="68"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/outbox_dialog.py" line="69"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/outbox_dialog.py" line="70"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/outbox_dialog.py" line="71"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/outbox_dialog.py" line="72"/>
        <source>Tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/outbox_dialog.py" line="73"/>
        <source>Answer or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/outbox_dialog.py" line="74"/>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/outbox_dialog.py" line="77"/>
        <source>Resend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/outbox_dialog.py" line="78"/>
        <source>Cancel sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/outbox_dialog.py" line="86"/>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/outbox_dialog.py" line="87"/>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/outbox_dialog.py" line="88"/>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/outbox_dialog.py" line="89"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/outbox_dialog.py" line="90"/>
        <source>uncertain: to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/outbox_dialog.py" line="91"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/outbox_dialog.py" line="94"/>
        <source>Deficiency notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/outbox_dialog.py" line="95"/>
        <source>Rejection notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/outbox_dialog.py" line="96"/>
        <source>Score report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/outbox_dialog.py" line="101"/>
        <source>bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/outbox_dialog.py" line="135"/>
        <source>Resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/outbox_dialog.py" line="135"/>
        <source>Why send it again? (kept in the history)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuarantineDialog</name>
    <message>
        <location filename="../../gui/quarantine_dialog.py" line="167"/>
        <source>Reading the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/quarantine_dialog.py" line="182"/>
        <source>Importing again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/quarantine_dialog.py" line="185"/>
        <source>Imported: {0}. Still in quarantine: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/quarantine_dialog.py" line="201"/>
        <source>Export the raw message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/quarantine_dialog.py" line="203"/>
        <source>E-mails (*.eml *.msg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/quarantine_dialog.py" line="216"/>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/quarantine_dialog.py" line="218"/>
        <source>Written: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/quarantine_dialog.py" line="231"/>
        <source>Quarantine: messages that could not be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/quarantine_dialog.py" line="233"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/quarantine_dialog.py" line="233"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/quarantine_dialog.py" line="233"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/quarantine_dialog.py" line="233"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/quarantine_dialog.py" line="235"/>
        <source>Choose a message and View to read it as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/quarantine_dialog.py" line="236"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/quarantine_dialog.py" line="237"/>
        <source>&amp;Retry import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/quarantine_dialog.py" line="238"/>
        <source>Retry &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/quarantine_dialog.py" line="239"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/quarantine_dialog.py" line="240"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../gui/queue_model.py" line="98"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="99"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="94"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="93"/>
        <source>Name</source>
        <extracomment>What a clerk needs first comes first: who, by when, where it stands, what needs their eye; then the exam number and the rest. :func:`columns_for_width` shows them in this order as far as the pane&apos;s width allows; the header&apos;s context menu shows or hides any of them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="97"/>
        <source>Exam number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="100"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="95"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="96"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="379"/>
        <source>{0} is reviewing</source>
        <extracomment>Always shown by default, however narrow the pane.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="383"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/queue_model.py" line="390"/>
        <source>%n day(s) over</source>
        <translation>
            <numerusform>%n day over</numerusform>
            <numerusform>%n days over</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/queue_model.py" line="391"/>
        <source>%1 (%n left)</source>
        <translation>
            <numerusform>%1 (%n day left)</numerusform>
            <numerusform>%1 (%n days left)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="409"/>
        <source>Answer due by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="411"/>
        <source>Overdue: the applicant may write again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="414"/>
        <source>The clock is stopped while waiting for the applicant&apos;s correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/queue_model.py" line="418"/>
        <source>%n version(s) received</source>
        <translation>
            <numerusform>%n version received</numerusform>
            <numerusform>%n versions received</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="396"/>
        <source>No findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/queue_model.py" line="397"/>
        <source>%n failure(s)</source>
        <translation>
            <numerusform>%n failure</numerusform>
            <numerusform>%n failures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/queue_model.py" line="397"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/queue_model.py" line="402"/>
        <source>%n for the clerk to decide</source>
        <translation>
            <numerusform>%n for the clerk to decide</numerusform>
            <numerusform>%n for the clerk to decide</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../../gui/queue_view.py" line="287"/>
        <source>All (%1)</source>
        <extracomment>Tab order: the work first, then what is done.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/queue_view.py" line="294"/>
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/queue_view.py" line="297"/>
        <source>Search name, exam number or reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReanalyseOffer</name>
    <message>
        <location filename="../../gui/review/reanalyse.py" line="58"/>
        <source>The photo checks were updated after this photo was checked. Check it again to see the current findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/reanalyse.py" line="62"/>
        <source>Check the photo again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <location filename="../../gui/review/decision_dialogs.py" line="255"/>
        <source>Reject as ineligible — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_dialogs.py" line="263"/>
        <source>{0} (suggested by the findings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_dialogs.py" line="280"/>
        <source>The notice appears here once it is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_dialogs.py" line="281"/>
        <source>Reject and write notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/decision_dialogs.py" line="290"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../gui/review/reopen_dialog.py" line="53"/>
        <source>Reopen the decision — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/reopen_dialog.py" line="56"/>
        <source>The request goes back to review and its deadline counts again. Why is the decision reopened? The reason is kept in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/reopen_dialog.py" line="60"/>
        <source>Reason (no card numbers or other personal data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/reopen_dialog.py" line="61"/>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/reopen_dialog.py" line="80"/>
        <source>Reopened for review.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyMailDialog</name>
    <message>
        <location filename="../../gui/reply_mail_dialog.py" line="38"/>
        <source>Reply e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/reply_mail_dialog.py" line="40"/>
        <source>Saved with the request. Send it from the mail program. Attached: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/reply_mail_dialog.py" line="49"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/reply_mail_dialog.py" line="50"/>
        <source>Copy To, Subject and text to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/reply_mail_dialog.py" line="52"/>
        <source>Save .eml…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/reply_mail_dialog.py" line="54"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/reply_mail_dialog.py" line="68"/>
        <source>Copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/reply_mail_dialog.py" line="73"/>
        <source>Save the reply e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/reply_mail_dialog.py" line="75"/>
        <source>E-mail message (*.eml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/reply_mail_dialog.py" line="80"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../gui/report_dialog.py" line="123"/>
        <source>Score report {0}</source>
        <extracomment>Pages are rasterised for the printer at its resolution, but at most this: 300 dpi keeps text and the QR sharp on paper while an A4 page stays about 35 MB in memory (1200 dpi would be 550 MB). The first size when the screen has room (an A4 page and the buttons below).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="135"/>
        <source>Issue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="136"/>
        <source>Take the next serial and issue this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="137"/>
        <source>Reissue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="139"/>
        <source>Issue a new report with a reason; the current serial becomes superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="141"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="142"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="143"/>
        <source>Reply e-mail (.eml)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="145"/>
        <source>The reply to the applicant with the report attached, saved with the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="147"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="189"/>
        <source>Preparing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="193"/>
        <source>Preparing the Score report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="212"/>
        <source>Preview: not issued yet. Check it, then issue the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="215"/>
        <source>Issued report {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="220"/>
        <source>No Score report can be issued for this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="226"/>
        <source>Unexpected error: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="256"/>
        <source>Issue the Score report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="258"/>
        <source>Issue the Score report now? It takes the next serial and cannot be undone; a correction later needs a reissue with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="271"/>
        <source>Reissue the Score report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="273"/>
        <source>Why is the report reissued? The reason is recorded and {0} becomes superseded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="292"/>
        <source>Issuing the Score report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="308"/>
        <source>Report {0} reissued; {1} is superseded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="313"/>
        <source>Report {0} issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="328"/>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="335"/>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="363"/>
        <source>Save the Score report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="365"/>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="371"/>
        <source>Saving the Score report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="373"/>
        <source>Saved to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="386"/>
        <source>Writing the reply e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="393"/>
        <source>Reply e-mail saved with the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="285"/>
        <source>Issuer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="286"/>
        <source>Passphrase of your issuer key (it signs the report):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestHeader</name>
    <message>
        <location filename="../../gui/review/details.py" line="100"/>
        <source>{0} is reviewing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="101"/>
        <source>Take over…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="102"/>
        <source>Take over this review, stating a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="104"/>
        <source>Received {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="108"/>
        <source>Answer by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="111"/>
        <source>Deadline paused: waiting for the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/details.py" line="113"/>
        <source>Version {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewOverlay</name>
    <message>
        <location filename="../../gui/review/overlay.py" line="131"/>
        <source>centre {0:+.1%}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/overlay.py" line="153"/>
        <source>crown (estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/overlay.py" line="155"/>
        <source>crown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/overlay.py" line="164"/>
        <source>chin (estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/overlay.py" line="166"/>
        <source>chin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/overlay.py" line="169"/>
        <source>head {0:.1%}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../gui/review/panel.py" line="85"/>
        <location filename="../../gui/review/panel.py" line="123"/>
        <source>Sent e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/panel.py" line="122"/>
        <source>Choose a request in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/panel.py" line="125"/>
        <location filename="../../gui/review/panel.py" line="182"/>
        <source>Show photo geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/panel.py" line="208"/>
        <source>Approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/panel.py" line="268"/>
        <source>Deficiency notice written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/panel.py" line="308"/>
        <source>Rejected; notice written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/panel.py" line="325"/>
        <source>Note added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/panel.py" line="356"/>
        <source>Photo checked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/panel.py" line="378"/>
        <source>Score report {0} issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/panel.py" line="396"/>
        <source>Reading the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/panel.py" line="434"/>
        <source>Saving the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/panel.py" line="448"/>
        <source>Unexpected error: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/panel.py" line="471"/>
        <source>E-mail updated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewTexts</name>
    <message>
        <location filename="../../gui/review/texts.py" line="27"/>
        <source>① Exam number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="28"/>
        <source>② Exam date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="29"/>
        <source>③ Exam category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="30"/>
        <source>④ Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="31"/>
        <source>⑤ Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="32"/>
        <source>⑥ Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="33"/>
        <source>⑦ Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="41"/>
        <source>Residence card, front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="42"/>
        <source>Residence card, back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="43"/>
        <source>Face photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="44"/>
        <source>Other attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="52"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="53"/>
        <source>Resubmitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="54"/>
        <source>Waiting for applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="55"/>
        <location filename="../../gui/review/texts.py" line="99"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="56"/>
        <location filename="../../gui/review/texts.py" line="101"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="57"/>
        <location filename="../../gui/review/texts.py" line="104"/>
        <source>Report issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="64"/>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="65"/>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="66"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="67"/>
        <source>Clerk decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="68"/>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="94"/>
        <source>Request received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="95"/>
        <source>Correction received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="96"/>
        <location filename="../../gui/review/texts.py" line="97"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="98"/>
        <source>Image viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="100"/>
        <source>Deficiencies notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="102"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="103"/>
        <source>Notice opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="105"/>
        <source>Report reissued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="106"/>
        <source>Report opened or saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="107"/>
        <source>Report reply e-mail written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="108"/>
        <source>Report verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="110"/>
        <source>Notice saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="111"/>
        <source>Review started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="112"/>
        <source>Review ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="113"/>
        <source>Review taken over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="114"/>
        <source>Re-checked against the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="115"/>
        <source>Due date moved (closure days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="116"/>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="117"/>
        <source>E-mail queued for sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="118"/>
        <source>E-mail sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="119"/>
        <source>E-mail not sent yet: will retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="120"/>
        <source>E-mail sending failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="121"/>
        <source>E-mail maybe sent: to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="122"/>
        <source>E-mail sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="123"/>
        <source>E-mail cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="124"/>
        <source>E-mail undelivered (bounce)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="125"/>
        <source>Bounce received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="126"/>
        <source>Automatic reply received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="134"/>
        <source>The exam was passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="135"/>
        <source>Exam before November 2023</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="136"/>
        <source>Exam on or after 4 Nov 2025: the report is on the vendor&apos;s page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="139"/>
        <source>Exam between 8 Jul and 3 Nov 2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/texts.py" line="109"/>
        <source>Report revoked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SentMailView</name>
    <message>
        <location filename="../../gui/review/sent_mail.py" line="88"/>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/sent_mail.py" line="89"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/sent_mail.py" line="90"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/sent_mail.py" line="91"/>
        <source>Tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/sent_mail.py" line="92"/>
        <source>Server&apos;s answer or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/sent_mail.py" line="93"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/sent_mail.py" line="99"/>
        <source>No notice or report e-mail for this request yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/sent_mail.py" line="103"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/sent_mail.py" line="104"/>
        <source>Show the e-mail as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/sent_mail.py" line="106"/>
        <source>Resend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/sent_mail.py" line="107"/>
        <source>Send a failed or uncertain e-mail again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/sent_mail.py" line="109"/>
        <source>Cancel sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/sent_mail.py" line="110"/>
        <source>Do not send an e-mail that is still waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/sent_mail.py" line="127"/>
        <source>prepared: to send by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/sent_mail.py" line="128"/>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/sent_mail.py" line="129"/>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/sent_mail.py" line="130"/>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/sent_mail.py" line="131"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/sent_mail.py" line="132"/>
        <source>uncertain: to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/sent_mail.py" line="133"/>
        <source>bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/sent_mail.py" line="134"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/sent_mail.py" line="140"/>
        <source>Deficiency notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/sent_mail.py" line="141"/>
        <source>Rejection notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/sent_mail.py" line="142"/>
        <source>Score report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/sent_mail.py" line="220"/>
        <source>Resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/sent_mail.py" line="220"/>
        <source>Why send it again? (kept in the history)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../gui/admin/settings.py" line="164"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin/settings.py" line="173"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin/settings.py" line="174"/>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin/settings.py" line="174"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin/settings.py" line="174"/>
        <source>Kind and rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin/settings.py" line="175"/>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin/settings.py" line="176"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin/settings.py" line="177"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../gui/shortcuts_dialog.py" line="54"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/shortcuts_dialog.py" line="57"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/shortcuts_dialog.py" line="57"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TakeOverDialog</name>
    <message>
        <location filename="../../gui/review/take_over.py" line="80"/>
        <source>Take over the review — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/take_over.py" line="83"/>
        <source>{0} is reviewing this request. Why do you take it over? The reason is kept in the history, with {0}&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/take_over.py" line="88"/>
        <source>Their claim has expired: any clerk may take it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/take_over.py" line="91"/>
        <source>Their desk is still open: only a supervisor may take it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/take_over.py" line="96"/>
        <source>Reason (no card numbers or other personal data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/take_over.py" line="97"/>
        <source>Take over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/take_over.py" line="126"/>
        <source>You are now reviewing this request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../gui/verify_dialog.py" line="38"/>
        <source>Verify a Score report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/verify_dialog.py" line="40"/>
        <source>Scan or type the verification code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/verify_dialog.py" line="42"/>
        <source>Verify code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/verify_dialog.py" line="44"/>
        <source>Open PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/verify_dialog.py" line="54"/>
        <source>Signed item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/verify_dialog.py" line="54"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/verify_dialog.py" line="59"/>
        <source>On the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/verify_dialog.py" line="60"/>
        <source>Issued by the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/verify_dialog.py" line="74"/>
        <source>Open a Score report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/verify_dialog.py" line="74"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/verify_dialog.py" line="86"/>
        <source>The file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/verify_dialog.py" line="98"/>
        <source>VALID: the report is genuine and unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/verify_dialog.py" line="99"/>
        <source>INVALID: do not accept this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/verify_dialog.py" line="100"/>
        <source>SUPERSEDED: a newer report replaces this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/verify_dialog.py" line="101"/>
        <source>REVOKED: the secretariat withdrew this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/verify_dialog.py" line="102"/>
        <source>Not a Score report or code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/verify_dialog.py" line="108"/>
        <source>[earlier scheme {0}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/verify_dialog.py" line="126"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionsView</name>
    <message>
        <location filename="../../gui/review/versions_view.py" line="103"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/versions_view.py" line="103"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/versions_view.py" line="103"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/versions_view.py" line="110"/>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/versions_view.py" line="125"/>
        <source>Version {0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/versions_view.py" line="146"/>
        <source>No version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/versions_view.py" line="155"/>
        <source>Version {0} is the first message: nothing to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/versions_view.py" line="163"/>
        <source>Version {0} compared with version {1}: {2} item(s) changed, {3} attachment(s) new, {4} finding(s) resolved, {5} new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/versions_view.py" line="185"/>
        <source>Items changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/versions_view.py" line="188"/>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/versions_view.py" line="190"/>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/versions_view.py" line="193"/>
        <source>new: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/versions_view.py" line="197"/>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/versions_view.py" line="198"/>
        <source>Findings resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/versions_view.py" line="200"/>
        <source>✓ resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/versions_view.py" line="202"/>
        <source>New findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/review/versions_view.py" line="204"/>
        <source>✗ new</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../gui/queue_model.py" line="44"/>
        <source>New</source>
        <extracomment>The request id of a row (``Qt.UserRole``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="45"/>
        <source>Resubmitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="46"/>
        <source>Waiting for applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="47"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="48"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="49"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="53"/>
        <source>Machining and metal processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="54"/>
        <source>Electric and electronic assembly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="55"/>
        <source>Metal surface treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="56"/>
        <source>Unclear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="57"/>
        <source>Not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="69"/>
        <source>Machining</source>
        <extracomment>Short names for the table column (the full name is in the tooltip).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="70"/>
        <source>Electrical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/queue_model.py" line="71"/>
        <source>Surface</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
