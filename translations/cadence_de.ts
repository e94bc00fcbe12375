<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AboutBox</name>
    <message>
        <source>About Cadence</source>
        <translation type="unfinished">Über Cadence</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Cadence %1&lt;/h3&gt;&lt;p&gt;A desk for product managers: coverage of teams by PMs, interviews, metrics and goals, kept in one workspace file.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Free software under the &lt;a href=&quot;https://spdx.org/licenses/%3.html&quot;&gt;%3&lt;/a&gt; licence: you may share and change it under its terms.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupListDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no backups yet. Cadence keeps one before each upgrade, merge and restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadence keeps a backup before each upgrade, merge and restore. Choose the one to put in the place of the workspace; the workspace as it is now is kept as a backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an upgrade of Cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartModule</name>
    <message>
        <source>is missing (and is not in %1 either), so no chart can be drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be loaded (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a Cadence charts module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comes from another build of Cadence (%1, this is %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every problem of a refused file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more (--verbose lists them all)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Try &apos;cadence --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file (make one with &apos;cadence init %1&apos;, or choose another with --workspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is the workspace itself; name another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a date like 2025-10-06</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format: &apos;%1&apos; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Exit status: 0 success; 1 bad input or workspace (nothing changed); 2 usage error.
&apos;cadence COMMAND --help&apos; tells more about one command.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: cadence %1 COMMAND [OPTIONS]

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
&apos;cadence %1 COMMAND --help&apos; tells more about one command.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: cadence [-w FILE]              open the main window
       cadence FILE                    open the main window on FILE
       cadence COMMAND [OPTIONS]       run headless and exit

Every command takes --workspace FILE (-w); the default workspace is
  %1

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <source>%1
%2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current value kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other value restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to show it in its pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other value (lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictRepository</name>
    <message>
        <source>no longer has that conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer has %1, so its other value cannot be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the other %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the current %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer has that metric value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer has that record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>PM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metric value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>growth review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited after it was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record, with the edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(gone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week plan item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsPane</name>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore other value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the current value and dismiss the conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the other value back, as an edit of yours that merges onward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the record in its pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No open conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n resolved</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a merge finds that two people changed the same field without seeing each other&apos;s change, the later value is applied and the other is kept here for you to keep or restore.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverageCommands</name>
    <message>
        <source>Coverage on %1

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (light)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PM for %1 (since %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PM load (flagged above %1 teams)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 full, %2 light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ! over the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every team has a PM.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams with no PM: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage as it stood on DATE (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coverage takes no FILE; use --workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams × PMs on a day: full or light support, teams with no PM, PM load.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverageEdits</name>
    <message>
        <source>Add PM “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename PM “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive PM “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore PM “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add team “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename team “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive team “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore team “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassign %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch %1 on %2 to %3 support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverageMatrixModel</name>
    <message>
        <source>No PM · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light only · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 PMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this level since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 supports %2 (%3) since %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not support %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished">Abdeckung</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n team(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 full, %3 light%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> — more than %n team(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoveragePane</name>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Coverage as it stood on this day; edits take effect from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter teams…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light support only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add PM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams and PMs that were archived, to restore them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PM load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 light)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a PM onto a team to assign them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handbook wants each PM on a small number of teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag PMs above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with no PM</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with light support only</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PM(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Teams with no PM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams with no PM (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every team has a PM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No teams on %1.
Add the engineering teams with “Add Team…”, the PMs with “Add PM…”, then drag a PM onto a team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full support from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light support from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No support from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change on another date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change takes effect on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign PM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive Team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename PM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive PM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add PM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename PM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this day the team is no longer shown, and its PMs&apos; support ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this day %1 no longer supports any team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore PM %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n above %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Long form (one value per row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wide form (one column per metric)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostHog trends export by month (each value on the month&apos;s first day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostHog trends export by week (each value on the week&apos;s first day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostHog trends export by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Read as&lt;/b&gt; (what the file leaves to Cadence; change it where it guessed wrong):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3. Each column is read as shown in italics under its header. Values already in the workspace are left alone: importing the same file again changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no metric in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no product in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>series “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breakdown “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose a metric —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose a product —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (team %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n new product(s) to the catalogue: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): fix the file and import it again. Nothing will be imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n value(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvRecords</name>
    <message>
        <source>cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is UTF-16 text; save it as CSV UTF-8 and import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains NUL bytes: it looks like UTF-16 or a binary file; save it as CSV UTF-8 and import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a quoted field is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 is longer than %2 MB: it is not a CSV of metric values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 is not UTF-8 text (perhaps Latin-1 or Windows-1252); save the file as CSV UTF-8 and import it again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamageBanner</name>
    <message>
        <source>&lt;b&gt;This workspace is damaged, and Cadence no longer writes to it:&lt;/b&gt; nothing you change now is saved.&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;There is no backup of it to restore.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to the open workspace. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadence workspaces (*.cadence);;All files (*)</source>
        <translation type="unfinished">Cadence-Arbeitsbereiche (*.cadence);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>GoalCardDelegate</name>
    <message>
        <source>no owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalCommands</name>
    <message>
        <source>The quarter to export, like 2025-Q1 (default: this quarter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the goals this PM owns or supports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE instead of printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goals export-md takes no FILE; use --out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quarter wants a quarter like 2025-Q1, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no PM named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Markdown file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quarter of goals the file gives none, like 2025-Q1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goals import-md takes one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no goals; nothing to import.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quarter&apos;s goals as Markdown in the handbook&apos;s shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals from Markdown: updates goals of the same title, adds the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) read; the workspace already has them as they are.
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) read: %1 added, %2 updated.
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalContext</name>
    <message>
        <source>cannot be written (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be %2: write the full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PM is named &quot;%1&quot; (PMs: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <source>Link to the pull request with the findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the editor (Escape); changes not applied are dropped (selecting another card applies them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check one when met, double-click to edit, drag to reorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: the PM team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no metric: check it off by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a metric)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New key result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalEdits</name>
    <message>
        <source>Add goal &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit goal &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove goal &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check key result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncheck key result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder goal &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move goal &quot;%1&quot; to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Carry %n goal(s) over to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Goals</name>
    <message>
        <source>PM goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>research goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>side project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsImportDialog</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import goals from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text names no quarter for its goals; they go into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updates the board&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be imported from %1 until its problems are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no goals (a goal starts with “Goal 1: Title -&gt; Owner”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) read: %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): fix the text and import it again. Nothing will be imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n goal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalsMarkdown</name>
    <message>
        <source>no PM is named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a goal with no quarter: write a line such as &quot;# Goals 2025-Q1&quot; above it, or give its quarter (--quarter YYYY-Qn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a goal under a heading that names no quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the goal has no title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second &quot;%1&quot; for this goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no kind of goal (write %2, %3 or %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no status (write one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no team is named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key results go on the lines below &quot;Key results:&quot;, one bullet each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key result must look like &quot;- [ ] text&quot; or &quot;- [x] text&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a metric must read &quot;(metric: PRODUCT / KEY, baseline NUMBER, target NUMBER)&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no product is named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key result has no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty: there are no goals in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quarter (write it like 2025-Q1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a bullet of the goal above or &quot;Goal N: Title -&gt; Owner&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bullet outside any goal (a goal starts with &quot;Goal 1: Title -&gt; Owner&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n goal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalsPane</name>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Click a card to edit its goal. Drag cards between columns and within one, or move the selected card with Ctrl+arrow keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals this PM owns or supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals serving this team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a goal to the quarter shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the quarter as Markdown in the handbook&apos;s shape, or import goals from such a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All PMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry over to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry over</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goal of %1 matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals for %1 yet.
Add the first one, or open %2 and carry its unfinished goals over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copy the %n unfinished goal(s) of this quarter into the next one</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Carry the %n unfinished goal(s) of %1 over to %2?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This copies them: %1 keeps its goals as they are, and each copy in %2 continues its original, with its key results. Undo removes the copies again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every goal of %1 is finished or carried over already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all PMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1 (%2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export goals as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import goals from Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste goals from text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals of %1 written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) read; the workspace has them already.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>could not be imported: the workspace could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy the goals (the handbook&apos;s list, or Markdown in Cadence&apos;s shape) and paste them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ICalendar</name>
    <message>
        <source>line %1: a property of more than %2 MB; no calendar event holds that much</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a property with more than %2 parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a UID of more than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: not an iCalendar file (it should start with BEGIN:VCALENDAR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: unexpected text after END:VCALENDAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: “%2” is not an iCalendar line (NAME:value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: END:%2 closes nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: END:%2 where BEGIN:%3 of line %4 should end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty: not an iCalendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: BEGIN:%2 is never closed: the file is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is all-day for %2 days; an all-day interview lasts at most %3 (is its DTEND right?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lasts %2 hours; an interview lasts at most %3 (is its DTEND right?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libical cannot read it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no start (DTSTART)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts in %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts on an impossible date (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends in %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends on an impossible date (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its organizer %2 is not a PM of this workspace; name a PM for such events (--pm NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no organizer; name a PM for such events (--pm NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 repeats by a rule Cadence cannot expand (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 repeats more than %2 times within a year; Cadence refuses it rather than import part of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a changed occurrence has an impossible date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a changed occurrence ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libical cannot read it as iCalendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libical cannot read this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same event (UID %1) is in the file twice, also on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be written (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 MB; Cadence reads calendars of up to %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a binary file, not iCalendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a PM of this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCounts</name>
    <message>
        <source>%1 added, %2 updated, %3 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputRules</name>
    <message>
        <source>outside the years %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewAgendaModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewCommands</name>
    <message>
        <source>Interview cadence on %1: target %2 per PM per week (done/planned; · before joining)

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>streak  debt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PMs.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks since users of each covered team were last interviewed
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (last %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  No team is covered today.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>! %1 is booked twice: %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past weeks to show (default 12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--weeks: &apos;%1&apos; is not a number of weeks from 1 to 520</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interviews cadence takes no FILE; use --workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one FILE, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .ics file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 interviews to %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .ics file to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PM for events whose organizer is not a PM of the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what would change; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would import %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PMs × weeks of user interviews against the weekly target; streaks, debt, teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every interview as an iCalendar file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews from an iCalendar file; importing it again updates them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewEditor</name>
    <message>
        <source>Choose the PM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the person interviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A room or a video link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard (1 weak – 4 strong, 0 not assessed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an interview, or double-click the calendar to book one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New interview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewEdits</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the length of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewHabitModel</name>
    <message numerus="yes">
        <source>%n week(s) in a row at the target</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) short of the target over the past weeks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not on the team yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, week of %2: %3 done, %4 planned (target %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week, from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Interviews</name>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User closeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics ownership: technical (SQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics ownership: depth of experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product sense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands-on with code (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Culture fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Craves talking to users; red flag: years in user-facing roles without curiosity about users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does their own analysis: fluent in SQL; data modelling or dashboards a plus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has lived with retention, churn or revenue for months or years and iterated on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices friction, off defaults and drift from what feels right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can read and write code; a plus, not required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits how the team works: ownership, directness, pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate interview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interview: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewsPane</name>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an interview to edit it, or double-click the calendar to book one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the PM of the interview first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one PM&apos;s interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import .ics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search people, organisations, notes, findings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n interview(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>User interviews done (+ planned) per week against the target of %n per PM. Green: met; blue: planned to meet; amber: short; red: none.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Weeks since a user of each covered team was interviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PMs yet. Add the PMs on the Coverage pane, then book their interviews here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interviews yet. Double-click a time to book one, or import a calendar (.ics) from Google Calendar, Thunderbird or Outlook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interviews this week. Double-click a time to book one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no user interviewed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1 is booked twice on %2: %3 and %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a PM on the Coverage pane before booking interviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked an interview; fill in who and where on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new interview: fill in who and when, then Save (Escape drops it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Double-booked: this PM also has “%1” at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar (*.ics);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the interviews to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n week(s) (last on %2)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Cadence</source>
        <translation>Ü&amp;ber Cadence</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Der Arbeitsbereich lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is no longer in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Cannot create the workspace</source>
        <translation>Der Arbeitsbereich lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Keine zuletzt geöffneten Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Sync &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>cannot be written (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was not changed: the merge was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is open read-only; a merge needs to write to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a regular file; choose a file to export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is this workspace itself; export to another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be written: the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be written (the finished export could not replace it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a workspace file (it is not a regular file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is this workspace itself; merge another workspace&apos;s export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be copied to be upgraded for the merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a copy of this workspace (it has the same replica id): merge an export made with &apos;cadence export&apos; instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergePreviewDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) kept</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging %1 would change this workspace as follows. Nothing has changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to merge: this workspace already holds everything in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where both sides changed the same field, the later change is applied and the other value is kept: Edit ▸ Conflicts lists them, to keep or restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) stamped more than a day ahead of this computer&apos;s clock: is one of the clocks wrong?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A backup of this workspace is kept before the merge (File ▸ Restore Backup…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeReportDialog</name>
    <message>
        <source>Added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show it in its pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) lost to a concurrent edit, kept: review them in Conflicts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>From %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric values of %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricCatalogueModel</name>
    <message>
        <source>higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n-month average</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smoothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bands (poor / good / great)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricChartView</name>
    <message>
        <source>%1%2 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (bands: %1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Great</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily value</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rolling %n-month average</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Growth reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rolling %n-month average: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Band: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth review of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, done on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a .png, .svg or .pdf file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be written (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricDefinitionDialog</name>
    <message>
        <source>Benchmark bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit metric %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activation (as in CSV files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How exactly it is computed, so that every PM reads it alike.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months rolling average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the thresholds come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smoothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Great from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is lower-case letters, digits and _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue has a metric with that key already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A metric needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher is better: poor &lt; good ≤ great.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower is better: poor &gt; good ≥ great.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the bands come from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricSeries</name>
    <message>
        <source>week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>great</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricsCommands</name>
    <message>
        <source>long form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wide form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostHog trends export by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostHog trends export by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostHog trends export by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3 rows, %4 values
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (team %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Adds %n new product(s): %1
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more (--verbose lists them all)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Show the column mapping and the problems; import nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product of rows whose file names none (no product column, a PostHog export without breakdown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metric of rows whose file names none, or whose PostHog series is no metric of the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the products the file names that the catalogue does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metrics import needs one FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add it with --add-products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose one with --metric KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name one with --product NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--metric: &apos;%1&apos; is not a metric of the catalogue (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--product: &apos;%1&apos; is not a product of the catalogue (add it with --add-products)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 changed, %4 unchanged values
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n product(s): %1
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A product (repeat for several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metric&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PNG, SVG or PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3m, 6m, 1y, 3y or all (default all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also draw the previous period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image size (default 1200x800).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metrics chart needs --product, --metric and --out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size: &apos;%1&apos; is not like 1200x800</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--range: &apos;%1&apos; is not one of 3m, 6m, 1y, 3y, all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out: &apos;%1&apos; does not end in .png, .svg or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no product &apos;%1&apos; (products: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no metric &apos;%1&apos; (metrics: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month (default this month).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--month: &apos;%1&apos; is not like 2025-10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviews takes no FILE; use --workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth reviews for %1 (as of %2)

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  No product with product-market fit: no growth review is due.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>! overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import metric series from a CSV file (long or wide form): all rows or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a metric&apos;s chart (series, rolling average, bands, reviews) to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month&apos;s growth reviews: done, due and overdue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricsCsv</name>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown product %1: did you mean %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 new products: is the product column right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown product %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>series %1 is no metric of the catalogue (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown metric %1 (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty: expected a header line such as date,product,metric,value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1 has no period columns, only totals: export the insight as a graph over time (days, weeks or months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected date,product,metric,value (long form), date,product and one column per metric key (wide form), or a PostHog trends export; found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1 has no date column: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1 has no product column: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1 has a %1 column but no %2 column: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1: column %1 is not one of date, product, metric, value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1: column %1 is not a metric of the catalogue (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1 has no value column: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats %1 on %2 (first on line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given by month (as on line %2), and by day on line %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats a value of %1 given on an earlier line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a time of day, not a date: Cadence keeps one value per day (write the day, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date (expected YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in column %2 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 compares with the previous period, under this period&apos;s dates: export the insight without the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same series as line %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a header with no rows after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats a value of an earlier line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breakdown: product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>has %n field(s) where the header has %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricsEdits</name>
    <message>
        <source>Add product %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit product %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove product %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit metric %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add metric %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove metric %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark growth review of %1 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit growth review of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricsPane</name>
    <message>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import metric series from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chart as PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step through a product&apos;s metrics for its growth review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import metric series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 3 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also draw the previous period, shifted onto this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected review done, with notes and a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;No metrics yet&lt;/p&gt;&lt;p&gt;Add your products under &lt;b&gt;Products&lt;/b&gt; and your metric definitions under &lt;b&gt;Catalogue&lt;/b&gt;, then &lt;b&gt;Import…&lt;/b&gt; their series from a CSV file (&lt;tt&gt;date,product,metric,value&lt;/tt&gt;, or one column per metric).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;No products yet&lt;/p&gt;&lt;p&gt;Add them under &lt;b&gt;Products&lt;/b&gt;, then &lt;b&gt;Import…&lt;/b&gt; their series from a CSV file.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;The catalogue is empty&lt;/p&gt;&lt;p&gt;Add a metric under &lt;b&gt;Catalogue&lt;/b&gt;: its key is the name of its column in your CSV files.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;Charts are not available&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no written definition yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No values for %1 yet: import a CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest: %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · rolling %n-month average %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · band: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bands: %1 &amp;nbsp; %2 &amp;nbsp; %3 &amp;nbsp; %4 &amp;nbsp; (from %5, %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poor %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>great %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews (%1 overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth reviews: one per product with product-market fit at the start of every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No growth reviews yet.
Each product with product-market fit gets one at the start of every month: add your products under Products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No growth reviews yet.
None of the products has product-market fit: mark the ones that do under Products (Edit…), and their monthly reviews appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue is empty.

Add… a metric with its key (as in your CSV files), its written definition, its unit, which direction is good and its benchmark bands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No products yet.

Add… each product with its team, and whether it has product-market fit (then it gets a growth review every month).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tick the box above to add it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose its metric above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the product above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 changed, %4 unchanged values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricsSample</name>
    <message>
        <source>Activation rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of new organizations that reach the product&apos;s activation event within 30 days of their first event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of paying customers at the start of the month who stopped paying for the product by its end (tracked as a rolling 3-month average).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3-month retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of organizations active in a month that are still active three months later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly recurring revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring revenue of the product, annualized subscriptions divided by twelve, in USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illustrative sample benchmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation up after the onboarding checklist; churn flat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue ahead of plan; retention dipped after the pricing change, interviews planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn above the good band: follow up with the largest churned accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steady month. Next: instrument the new setup flow.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewWorkspaceDialog</name>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>From the handbook: teams, PMs, coverage history and goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data: the handbook plus made-up activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
</context>
<context>
    <name>NewWorkspaceForm</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Cadence workspaces (*.cadence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation>Wählen Sie eine Datei.</translation>
    </message>
    <message>
        <source>That file exists already; Cadence will not overwrite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation>Den Ordner gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>Pane</name>
    <message>
        <source>Nothing changed: the workspace could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Undo with %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PmLoadModel</name>
    <message>
        <source>%1: %2 full, %3 light. Drag onto a team to assign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 light)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PmNames</name>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemListView</name>
    <message numerus="yes">
        <source>Show all %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Has product-market fit (monthly growth reviews)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductListModel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product-market fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>cannot be written (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a record whose stamps cannot be read (%1 %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth review: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the metrics said and what the team will do about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… (the write-up or pull request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewListModel</name>
    <message>
        <source>done %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewModeDialog</name>
    <message>
        <source>Growth review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next product ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product with product-market fit yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · growth review of %2 (figures for %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 &amp;nbsp; MoM %3 &amp;nbsp; YoY %4 &amp;nbsp; &lt;span style=&apos;color:%5&apos;&gt;%6&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>band: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>band: –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No charts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the review as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewSchedule</name>
    <message>
        <source>upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenshotCommands</name>
    <message>
        <source>The pane to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PNG file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size (default 1280x800).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the names of the panes and stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this PM in the pane (This week: their week).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screenshot needs --out FILE.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size: &apos;%1&apos; is not like 1280x800</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no PM named “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pane: &apos;%1&apos; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pm: the %1 pane does not show one PM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be written (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render a pane of the main window to a PNG, headless.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>light, dark or system (default: the theme in your settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--theme: &apos;%1&apos; is not one of light, dark, system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SidewaysHint</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>◀ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll sideways for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>&amp;Export Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge From…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a copy of this workspace for teammates to merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge teammates&apos; exports into this workspace, after a preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values that lost a merge to a concurrent edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conflicts: values that lost a merge. Click to review them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1-export.cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be written: no workspace is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the workspace to %1: teammates can merge it with File ▸ Merge From…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading what the merge would change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge cancelled: nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadence will close %1, keep it in its folder under a name ending in &quot;damaged&quot;, and put the backup of %2 in its place.

Changes made since %2 stay in the damaged file only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadence will keep a backup of %1 as it is now, then put the backup of %2 in its place.

Changes made since %2 are in that new backup, listed as taken before a restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup of %1; the damaged file is kept as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup of %1; the workspace as it was is kept as a backup and as %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <source>The export to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export takes one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the merge would do; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace exports to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge needs at least one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging %1 (%2) would change:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged %1 (%2):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  nothing: this workspace has everything it holds
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cadence: %1: %2 changes are stamped more than a day ahead of this machine&apos;s clock (is one of the clocks wrong?)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also the conflicts already resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open conflicts.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  now:  %1 (%2, %3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  lost: %1 (%2, %3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the workspace for teammates to merge (replaces FILE atomically).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merges teammates&apos; exports field by field; values that lose are kept as conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the values that lost a merge to a concurrent edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 added, %2 updated, %3 deleted, %n conflict(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) lost to a concurrent edit are kept: &apos;cadence conflicts&apos; lists them.
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The folder Syncthing, Dropbox or git keeps in step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync-folder set takes one DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 syncs through %2 (&apos;cadence sync&apos; syncs now)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sync folder (&apos;cadence sync-folder set DIR&apos; sets one).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer syncs through a folder (its export there stays).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no sync folder; set one with &apos;cadence sync-folder set DIR&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged %1 (%2): %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still being written, left for the next sync: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No teammate&apos;s export in %1 yet.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In step with %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncs through a folder Syncthing, Dropbox or git keeps in step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the sync folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops syncing through a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes this workspace&apos;s export to the sync folder and merges the others&apos; there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncFolder</name>
    <message>
        <source>cannot be written (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a folder; choose the folder your sync tool shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be written; Cadence keeps its export there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds this workspace itself; keep the workspace outside the sync folder (only its export goes there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sync folder does not exist (any more?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a Cadence export (not named cadence-….cadence); skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncFolderDialog</name>
    <message>
        <source>&amp;Stop Syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this workspace in step with your teammates&apos; through a folder that Syncthing, Dropbox or a git repository shares between your machines. Cadence writes its own export there and merges theirs whenever they change; nothing else in the folder is touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sync folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Sync Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace does not sync through a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No teammate&apos;s export in the folder yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In step with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncFolderStatus</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No teammate in the sync folder yet · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced with %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Like the &amp;Desktop</source>
        <translation>Wie die &amp;Arbeitsumgebung</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>Dar&amp;k</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>TrendsPeriods</name>
    <message>
        <source>column %1 is not a period as PostHog labels them (a day like 1-Oct-2025, a week like 6ጒ Oct, a month like Oct 2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 is an hour: Cadence keeps one value per day, week or month; export the insight by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the columns mix months with days or weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 is not in the year of the weeks before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weeks do not say their year, and no year makes a whole week of them start on a Sunday or a Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 is not a week of the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 starts on another weekday than the weeks before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 is not a date %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns %1 and %2 are the same period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UncoveredTeamsModel</name>
    <message>
        <source>%1
no PM for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PM since %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekAction</name>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekActionDelegate</name>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekActionEdits</name>
    <message>
        <source>Tick off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekActionModel</name>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekCommands</name>
    <message>
        <source>Whose week: a PM&apos;s name, or &apos;everyone&apos; (default: the PM you are on this machine, else everyone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any day of the week (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text, md or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week takes no FILE; use --workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no PM named “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PM&apos;s week (or everyone&apos;s): agenda, interview habit, growth reviews, goals, hiring, the team, and the suggested actions with their state.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekMarkdown</name>
    <message>
        <source>cannot be written (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekOutline</name>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put aside: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 covers no team: any user interview counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams, longest without a user interview first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate interviews this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecards still missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams with no PM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PMs behind on user interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>PMs above the limit of %n team(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekPane</name>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Whose week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which PM you are on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of them: plan everyone’s week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous week (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week (Alt+Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the week as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the week (File ▸ Print)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose week is this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadence plans one PM’s week: their interviews and the habit of one a week, the growth reviews of their products, their goals and hiring. Which PM are you on this machine? Cadence remembers it for this workspace and opens on your week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That’s me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an item of your own, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadence now opens on everyone’s week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadence now opens on the week of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 to do)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show %n item(s) snoozed or dismissed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This week, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last week, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1; pick another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interviews: %1 done, %2 booked of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n growth review(s) to run</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) to look at</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scorecard(s) missing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team(s) with no PM</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needs you this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more (the Markdown export lists them all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until a day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring it back on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekPlan</name>
    <message>
        <source>Run the %1 growth review for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book a user interview with a %1 user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book a user interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book another user interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the weekly target of %2 booked so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get “%1” back on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the goal “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share the findings of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no findings link yet, and the quarter ends %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look into the key result “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the scorecard for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interviewed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a PM for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PM for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebalance %1’s teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in with %1 on user interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n team(s), above the limit of %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekText</name>
    <message>
        <source>this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Suggested actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview habit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished">Ziele</translation>
    </message>
    <message>
        <source>Hiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Across the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown PM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · week of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PMs on the team this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on the team this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done and %2 booked of %3 this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) in a row at the target</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no user interview on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users last interviewed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) short</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>done %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n earlier review(s) not done</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>; moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 review: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 → %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>untouched for %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>untouched for %n week(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no findings link yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n key result(s) off track</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (%2, %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the way with %2 of the quarter gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, interviewed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no PM for %2 (since %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snoozed until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do this week: the plan suggests nothing, and there are no items of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interviews this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No growth reviews due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No growth reviews due for the products of %1’s teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals at risk, untouched or off track in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidate interviews this week, and every scorecard is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no interview debt over the past %n week(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> over the past %n week(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n team(s) (%2 light), above the limit of %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every team has a PM, nobody is above the limit of %n team(s), and nobody is behind on interviews.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message numerus="yes">
        <source>%1
%2, %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Cadence</source>
        <translation>Willkommen bei Cadence</translation>
    </message>
    <message>
        <source>Plan the week, read the metric trends before a growth review, and see which teams have no PM. Everything lives in one workspace file that you can share with your teammates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from the handbook</source>
        <translation>Mit dem Handbuch beginnen</translation>
    </message>
    <message>
        <source>The PM team&apos;s teams, PMs, coverage history and goals.</source>
        <translation>Die Teams, PMs, die Geschichte der Abdeckung und die Ziele des PM-Teams.</translation>
    </message>
    <message>
        <source>Explore sample data</source>
        <translation>Beispieldaten erkunden</translation>
    </message>
    <message>
        <source>The handbook&apos;s data plus a year of made-up activity, marked as sample.</source>
        <translation>Die Daten des Handbuchs und ein Jahr erfundener Aktivität, als Beispiel gekennzeichnet.</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Leer beginnen</translation>
    </message>
    <message>
        <source>A workspace with nothing in it yet.</source>
        <translation>Ein Arbeitsbereich, in dem noch nichts steht.</translation>
    </message>
    <message>
        <source>Open a workspace…</source>
        <translation>Einen Arbeitsbereich öffnen…</translation>
    </message>
    <message>
        <source>A .cadence file of yours or a teammate&apos;s.</source>
        <translation>Eine .cadence-Datei, Ihre oder die eines Teammitglieds.</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Zuletzt geöffnete Arbeitsbereiche</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>cannot be created to keep a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be restored: the backup cannot be copied beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be restored: it cannot be moved aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be restored: the backup cannot take its place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2; and %3 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be opened (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be checked (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged (integrity check: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n %1 record(s) with a missing %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>has records that refer to missing ones: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 and %3 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged: schema version %1 has %2, which this file lacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program — perhaps Cadence&apos;s window — is writing to it; try again when it is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be written: the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be used: the file system reported an error (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a Cadence workspace (it is not an SQLite database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a Cadence workspace (it is an SQLite database of another application)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged: its schema version (%1) is not a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was written by a newer Cadence (schema version %1; this Cadence reads up to %2); update Cadence to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already exists; choose a new file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be created: the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be created: the folder is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs an upgrade to schema version %1, which a read-only opening cannot do; open it for writing once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be configured (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; Cadence will not write to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be upgraded to schema version %1 (%2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be upgraded (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be written (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is the workspace itself; choose another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no open transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was not changed: part of the work failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a symbolic link that leads back to itself (a loop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a symbolic link to %1, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a regular file (it is a pipe, socket or device); a workspace is a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is read-only; Cadence needs to write to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is in a read-only folder; Cadence needs to write beside it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceCommands</name>
    <message>
        <source>expected one FILE, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty workspace, without the handbook&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiplies the generated data (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale: &apos;%1&apos; is not a whole number from 1 to 10000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 (sample data, scale %2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace: the handbook&apos;s teams, PMs, coverage history and goals (or nothing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The starter data plus generated demo activity, marked as sample.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
