<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>%Ln count report(s)</source>
        <translation>
            <numerusform>%Ln count report</numerusform>
            <numerusform>%Ln count reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln incident</numerusform>
            <numerusform>%Ln incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The database is sound: %Ln incident(s), schema version {v}.</source>
        <translation>
            <numerusform>The database is sound: %Ln incident, schema version {v}.</numerusform>
            <numerusform>The database is sound: %Ln incidents, schema version {v}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Damaged: SQLite&apos;s check found %Ln problem(s) (Show Details lists them). Restore a backup (the Backups page) or salvage what can still be read (incident-logger salvage OUT.sqlite3).</source>
        <translation>
            <numerusform>Damaged: SQLite&apos;s check found %Ln problem (Show Details lists it). Restore a backup (the Backups page) or salvage what can still be read (incident-logger salvage OUT.sqlite3).</numerusform>
            <numerusform>Damaged: SQLite&apos;s check found %Ln problems (Show Details lists them). Restore a backup (the Backups page) or salvage what can still be read (incident-logger salvage OUT.sqlite3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln country(ies)</source>
        <translation>
            <numerusform>%Ln country</numerusform>
            <numerusform>%Ln countries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln region(s)</source>
        <translation>
            <numerusform>%Ln region</numerusform>
            <numerusform>%Ln regions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln district(s)</source>
        <translation>
            <numerusform>%Ln district</numerusform>
            <numerusform>%Ln districts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln town(s) or city(ies)</source>
        <translation>
            <numerusform>%Ln town or city</numerusform>
            <numerusform>%Ln towns and cities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln locality(ies)</source>
        <translation>
            <numerusform>%Ln locality</numerusform>
            <numerusform>%Ln localities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The gazetteer knows %Ln place(s): {kinds}.</source>
        <translation>
            <numerusform>The gazetteer knows %Ln place: {kinds}.</numerusform>
            <numerusform>The gazetteer knows %Ln places: {kinds}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new place(s)</source>
        <translation>
            <numerusform>%Ln new place</numerusform>
            <numerusform>%Ln new places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new source(s)</source>
        <translation>
            <numerusform>%Ln new source</numerusform>
            <numerusform>%Ln new sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new category(ies)</source>
        <translation>
            <numerusform>%Ln new category</numerusform>
            <numerusform>%Ln new categories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: {name} could not be read (%Ln problem(s) listed).</source>
        <translation>
            <numerusform>Nothing was imported: {name} could not be read (%Ln problem listed).</numerusform>
            <numerusform>Nothing was imported: {name} could not be read (%Ln problems listed).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: {name} has %Ln problem(s). Fix them, or import the good rows only.</source>
        <translation>
            <numerusform>Nothing was imported: {name} has %Ln problem. Fix them, or import the good rows only.</numerusform>
            <numerusform>Nothing was imported: {name} has %Ln problems. Fix them, or import the good rows only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: imported {imported} of %Ln incident(s)</source>
        <translation>
            <numerusform>{name}: imported {imported} of %Ln incident</numerusform>
            <numerusform>{name}: imported {imported} of %Ln incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) refused (see the problems)</source>
        <translation>
            <numerusform>%Ln row refused (see the problems)</numerusform>
            <numerusform>%Ln rows refused (see the problems)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) repeating an earlier line, skipped</source>
        <translation>
            <numerusform>%Ln row repeating an earlier line, skipped</numerusform>
            <numerusform>%Ln rows repeating an earlier line, skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) already in the database, skipped</source>
        <translation>
            <numerusform>%Ln incident already in the database, skipped</numerusform>
            <numerusform>%Ln incidents already in the database, skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln count report(s) already in the database, skipped</source>
        <translation>
            <numerusform>%Ln count report already in the database, skipped</numerusform>
            <numerusform>%Ln count reports already in the database, skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message numerus="yes">
        <source>, %Ln incident(s)</source>
        <translation>
            <numerusform>, %Ln incident</numerusform>
            <numerusform>, %Ln incidents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptureWindow</name>
    <message numerus="yes">
        <source>%Ln count report(s)</source>
        <translation>
            <numerusform>%Ln count report</numerusform>
            <numerusform>%Ln count reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln incident</numerusform>
            <numerusform>%Ln incidents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountsPage</name>
    <message numerus="yes">
        <source>%Ln count report(s) match the search{0}</source>
        <translation>
            <numerusform>%Ln count report matches the search{0}</numerusform>
            <numerusform>%Ln count reports match the search{0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln count report(s) in the trash</source>
        <translation>
            <numerusform>%Ln count report in the trash</numerusform>
            <numerusform>%Ln count reports in the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln count report(s)</source>
        <translation>
            <numerusform>%Ln count report</numerusform>
            <numerusform>%Ln count reports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln incident</numerusform>
            <numerusform>%Ln incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln incident(s) (of {matched}; the others have no coordinates) to {path} in {seconds} s.</source>
        <translation>
            <numerusform>Exported %Ln incident (of {matched}; the others have no coordinates) to {path} in {seconds} s.</numerusform>
            <numerusform>Exported %Ln incidents (of {matched}; the others have no coordinates) to {path} in {seconds} s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln incident(s) to {path} in {seconds} s.</source>
        <translation>
            <numerusform>Exported %Ln incident to {path} in {seconds} s.</numerusform>
            <numerusform>Exported %Ln incidents to {path} in {seconds} s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%Ln count report(s)</source>
        <translation>
            <numerusform>%Ln count report</numerusform>
            <numerusform>%Ln count reports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message numerus="yes">
        <source>Not saved: %Ln field(s) need attention.</source>
        <translation>
            <numerusform>Not saved: %Ln field needs attention.</numerusform>
            <numerusform>Not saved: %Ln fields need attention.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln incident(s) to the Trash. Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>Moved %Ln incident to the Trash. Ctrl+Z brings it back.</numerusform>
            <numerusform>Moved %Ln incidents to the Trash. Ctrl+Z brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentsPanel</name>
    <message numerus="yes">
        <source>The newest {0} of %Ln incident(s); search to see them all.</source>
        <translation>
            <numerusform>The newest {0} of %Ln incident; search to see them all.</numerusform>
            <numerusform>The newest {0} of %Ln incidents; search to see them all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln incident</numerusform>
            <numerusform>%Ln incidents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveCount</name>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln incident</numerusform>
            <numerusform>%Ln incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %Ln count statement(s)</source>
        <translation>
            <numerusform> and %Ln count statement</numerusform>
            <numerusform> and %Ln count statements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln incident(s) in all</source>
        <translation>
            <numerusform>%Ln incident in all</numerusform>
            <numerusform>%Ln incidents in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <source>&apos;{name}&apos; is cited by %Ln incident(s); it cannot go to the trash while they cite it</source>
        <translation>
            <numerusform>&apos;{name}&apos; is cited by %Ln incident; it cannot go to the trash while they cite it</numerusform>
            <numerusform>&apos;{name}&apos; is cited by %Ln incidents; it cannot go to the trash while they cite it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;{name}&apos; is still used by %Ln incident(s) or place(s); move them first</source>
        <translation>
            <numerusform>&apos;{name}&apos; is still used by %Ln incident or place; move them first</numerusform>
            <numerusform>&apos;{name}&apos; is still used by %Ln incidents or places; move them first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) read</source>
        <translation>
            <numerusform>%Ln row read</numerusform>
            <numerusform>%Ln rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) read</source>
        <translation>
            <numerusform>%Ln incident read</numerusform>
            <numerusform>%Ln incidents read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) point at records that do not exist</source>
        <translation>
            <numerusform>%Ln row point at records that do not exist</numerusform>
            <numerusform>%Ln rows point at records that do not exist</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlacesPage</name>
    <message numerus="yes">
        <source>%Ln place(s)</source>
        <translation>
            <numerusform>%Ln place</numerusform>
            <numerusform>%Ln places</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message numerus="yes">
        <source>, %Ln incident(s)</source>
        <translation>
            <numerusform>, %Ln incident</numerusform>
            <numerusform>, %Ln incidents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegionTotalsModel</name>
    <message numerus="yes">
        <source>{0}: {1} in %Ln report(s)</source>
        <translation>
            <numerusform>{0}: {1} in %Ln report</numerusform>
            <numerusform>{0}: {1} in %Ln reports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln source</numerusform>
            <numerusform>%Ln sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message numerus="yes">
        <source>Restored %Ln incident(s). Ctrl+Z puts them back in the Trash.</source>
        <translation>
            <numerusform>Restored %Ln incident. Ctrl+Z puts it back in the Trash.</numerusform>
            <numerusform>Restored %Ln incidents. Ctrl+Z puts them back in the Trash.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message numerus="yes">
        <source>It knows %Ln source(s) to cite.</source>
        <translation>
            <numerusform>It knows %Ln source to cite.</numerusform>
            <numerusform>It knows %Ln sources to cite.</numerusform>
        </translation>
    </message>
</context>
</TS>
