<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>lupa::app::AboutDialog</name>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>A workbench for detector physicists: module inspection, event display, tracking, calorimeter validation and anomaly detection.</source>
        <translation>Eine Werkbank für Detektorphysiker: Modulprüfung, Ereignisanzeige, Spurrekonstruktion, Kalorimetervalidierung und Anomalieerkennung.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. It comes with no warranty.</source>
        <translation>Freie Software unter der GNU General Public License, Version 3 oder später. Sie wird ohne jede Gewährleistung bereitgestellt.</translation>
    </message>
    <message>
        <source>About lupa</source>
        <translation>Über lupa</translation>
    </message>
    <message>
        <source>Copy Versions</source>
        <translation>Versionen kopieren</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliotheken</translation>
    </message>
</context>
<context>
    <name>lupa::app::AnomalyWorkspace</name>
    <message>
        <source>Anomaly Detection</source>
        <translation>Anomalieerkennung</translation>
    </message>
    <message>
        <source>Train an autoencoder on background events, score signal events and read ROC curves, AUC and the true-positive rate at tiny false-positive rates.</source>
        <translation>Einen Autoencoder auf Untergrundereignissen trainieren, Signalereignisse bewerten und ROC-Kurven, AUC und die Richtig-positiv-Rate bei winzigen Falsch-positiv-Raten ablesen.</translation>
    </message>
    <message>
        <source>Autoencoder and variational autoencoder training</source>
        <translation>Training von Autoencodern und variationellen Autoencodern</translation>
    </message>
    <message>
        <source>ROC curves, AUC and TPR at FPR 10⁻⁵ for every signal</source>
        <translation>ROC-Kurven, AUC und TPR bei FPR 10⁻⁵ für jedes Signal</translation>
    </message>
    <message>
        <source>Checks of fixed-point inference for the trigger</source>
        <translation>Prüfung der Festkomma-Inferenz für den Trigger</translation>
    </message>
    <message>
        <source>Open Events…</source>
        <translation>Ereignisse öffnen …</translation>
    </message>
    <message>
        <source>the dataset &quot;Particles&quot; must have the shape (events, objects, 4)</source>
        <translation>der Datensatz „Particles“ muss die Form (Ereignisse, Objekte, 4) haben</translation>
    </message>
    <message>
        <source>%1 events with up to %2 physics objects each</source>
        <translation>%1 Ereignisse mit je bis zu %2 Physikobjekten</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>ADC2021 events (*.h5 *.hdf5)</source>
        <translation>ADC2021-Ereignisse (*.h5 *.hdf5)</translation>
    </message>
</context>
<context>
    <name>lupa::app::CalorimeterWorkspace</name>
    <message>
        <source>Calorimeter Validation</source>
        <translation>Kalorimetervalidierung</translation>
    </message>
    <message>
        <source>CaloChallenge showers (*.h5 *.hdf5)</source>
        <translation>CaloChallenge-Schauer (*.h5 *.hdf5)</translation>
    </message>
    <message>
        <source>CaloChallenge binning (*.xml)</source>
        <translation>CaloChallenge-Binning (*.xml)</translation>
    </message>
    <message>
        <source>Binning %1: %2 voxels</source>
        <translation>Binning %1: %2 Voxel</translation>
    </message>
    <message>
        <source>%1: %2 showers of %3 voxels, added as %4</source>
        <translation>%1: %2 Schauer mit %3 Voxeln, hinzugefügt als %4</translation>
    </message>
    <message>
        <source>the reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>a candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Open a reference and at least one candidate first</source>
        <translation>Zuerst eine Referenz und mindestens einen Kandidaten öffnen</translation>
    </message>
    <message>
        <source>Validate showers</source>
        <translation>Schauer validieren</translation>
    </message>
    <message>
        <source>validated %1 candidate(s) against %2</source>
        <translation>%1 Kandidat(en) gegen %2 validiert</translation>
    </message>
    <message>
        <source>nothing to export: run the validation first</source>
        <translation>nichts zu exportieren: zuerst die Validierung ausführen</translation>
    </message>
    <message>
        <source>Export the validation into</source>
        <translation>Die Validierung exportieren nach</translation>
    </message>
    <message>
        <source>Wrote metrics.json and the plots to %1</source>
        <translation>metrics.json und die Diagramme nach %1 geschrieben</translation>
    </message>
</context>
<context>
    <name>lupa::app::CommandLine</name>
    <message>
        <source>lupa, the workbench for detector physicists.</source>
        <translation>lupa, die Werkbank für Detektorphysiker.</translation>
    </message>
    <message>
        <source>Show the demo event.</source>
        <translation>Das Demo-Ereignis anzeigen.</translation>
    </message>
    <message>
        <source>Save a picture of the main window to &lt;file&gt; once it is shown, then quit.</source>
        <translation>Ein Bild des Hauptfensters nach &lt;file&gt; speichern, sobald es angezeigt wird, und dann beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Start in the workspace &lt;id&gt;: inspection, event-display, tracking, calorimeter or anomaly.</source>
        <translation>Im Arbeitsbereich &lt;id&gt; starten: inspection, event-display, tracking, calorimeter oder anomaly.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Print the time from start to the first painted window, then quit.</source>
        <translation>Die Zeit vom Start bis zum ersten gezeichneten Fenster ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Files to open.</source>
        <translation>Zu öffnende Dateien.</translation>
    </message>
</context>
<context>
    <name>lupa::app::DemoSession</name>
    <message>
        <source>Demo job</source>
        <translation>Demo-Auftrag</translation>
    </message>
    <message>
        <source>The demo job finished.</source>
        <translation>Der Demo-Auftrag ist fertig.</translation>
    </message>
</context>
<context>
    <name>lupa::app::EventDisplayWorkspace</name>
    <message>
        <source>Event Display</source>
        <translation>Ereignisanzeige</translation>
    </message>
    <message>
        <source>Look at an event: detector geometry, hits, tracks, calorimeter deposits and physics objects. Pick, filter, project and share a picture.</source>
        <translation>Ein Ereignis betrachten: Detektorgeometrie, Treffer, Spuren, Kalorimeterdepositionen und Physikobjekte. Auswählen, filtern, projizieren und ein Bild teilen.</translation>
    </message>
    <message>
        <source>Detector geometry from TrackML detector files and OBJ meshes</source>
        <translation>Detektorgeometrie aus TrackML-Detektordateien und OBJ-Netzen</translation>
    </message>
    <message>
        <source>Tracks, calorimeter cells and physics objects from Phoenix files</source>
        <translation>Spuren, Kalorimeterzellen und Physikobjekte aus Phoenix-Dateien</translation>
    </message>
    <message>
        <source>3D, x-y, r-z and η-φ views; picking and filters</source>
        <translation>3D-, x-y-, r-z- und η-φ-Ansichten; Auswahl und Filter</translation>
    </message>
    <message>
        <source>Show Demo Event</source>
        <translation>Demo-Ereignis anzeigen</translation>
    </message>
    <message>
        <source>Open Event…</source>
        <translation>Ereignis öffnen …</translation>
    </message>
    <message>
        <source>Event hits (*.csv *.csv.gz)</source>
        <translation>Ereignistreffer (*.csv *.csv.gz)</translation>
    </message>
    <message>
        <source>Phoenix events (*.json)</source>
        <translation>Phoenix-Ereignisse (*.json)</translation>
    </message>
    <message>
        <source>Hit Radii</source>
        <translation>Trefferradien</translation>
    </message>
    <message>
        <source>%1: %2 hits</source>
        <translation>%1: %2 Treffer</translation>
    </message>
    <message>
        <source>Demo event: %1 hits</source>
        <translation>Demo-Ereignis: %1 Treffer</translation>
    </message>
    <message>
        <source>Demo event</source>
        <translation>Demo-Ereignis</translation>
    </message>
    <message>
        <source>TrackML detector descriptions (detectors*.csv detectors*.csv.gz)</source>
        <translation>TrackML-Detektorbeschreibungen (detectors*.csv detectors*.csv.gz)</translation>
    </message>
    <message>
        <source>Detector description: %1 modules</source>
        <translation>Detektorbeschreibung: %1 Module</translation>
    </message>
    <message>
        <source>%1: %2 detector modules</source>
        <translation>%1: %2 Detektormodule</translation>
    </message>
</context>
<context>
    <name>lupa::app::FileActions</name>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Open a file in the workspace that reads it</source>
        <translation>Eine Datei in dem Arbeitsbereich öffnen, der sie liest</translation>
    </message>
    <message>
        <source>Quit lupa</source>
        <translation>lupa beenden</translation>
    </message>
    <message>
        <source>Open File</source>
        <translation>Datei öffnen</translation>
    </message>
</context>
<context>
    <name>lupa::app::FileOpener</name>
    <message>
        <source>The file %1 does not exist or cannot be read.</source>
        <translation>Die Datei %1 existiert nicht oder kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No such readable file.</source>
        <translation>Keine solche lesbare Datei.</translation>
    </message>
    <message>
        <source>lupa does not know how to open %1. It reads TrackML CSV files, Phoenix JSON events, CaloChallenge and ADC2021 HDF5 files and module images.</source>
        <translation>lupa kann %1 nicht öffnen. Es liest TrackML-CSV-Dateien, Phoenix-JSON-Ereignisse, HDF5-Dateien von CaloChallenge und ADC2021 sowie Modulbilder.</translation>
    </message>
    <message>
        <source>No workspace reads files like this one.</source>
        <translation>Kein Arbeitsbereich liest Dateien dieser Art.</translation>
    </message>
    <message>
        <source>%1 could not be opened in %2: %3</source>
        <translation>%1 konnte in %2 nicht geöffnet werden: %3</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot Open File</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>lupa::app::HelpActions</name>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;About lupa</source>
        <translation>Ü&amp;ber lupa</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Open lupa&apos;s user guide</source>
        <translation>Das Benutzerhandbuch von lupa öffnen</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>The user guide could not be opened. It is docs/user-guide.md in lupa&apos;s sources and share/doc/lupa/user-guide.md where lupa is installed.</source>
        <translation>Das Benutzerhandbuch konnte nicht geöffnet werden. Es liegt in den Quellen von lupa unter docs/user-guide.md und in der Installation unter share/doc/lupa/user-guide.md.</translation>
    </message>
</context>
<context>
    <name>lupa::app::HitHistogram</name>
    <message>
        <source>Hits</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Transverse radius r [mm]</source>
        <translation>Transversaler Radius r [mm]</translation>
    </message>
</context>
<context>
    <name>lupa::app::HitsReader</name>
    <message>
        <source>%1 hits in %2 layers</source>
        <translation>%1 Treffer in %2 Lagen</translation>
    </message>
    <message>
        <source>%1 events; showing &quot;%2&quot;</source>
        <translation>%1 Ereignisse; „%2“ wird angezeigt</translation>
    </message>
    <message>
        <source>%1 hits in %2 collections</source>
        <translation>%1 Treffer in %2 Sammlungen</translation>
    </message>
    <message>
        <source>%1 tracks drawn</source>
        <translation>%1 Spuren gezeichnet</translation>
    </message>
</context>
<context>
    <name>lupa::app::InspectionWorkspace</name>
    <message>
        <source>Inspection</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Photograph each detector module at each production stage and get PASS, FAIL or REVIEW with the defects marked.</source>
        <translation>Jedes Detektormodul in jeder Fertigungsstufe fotografieren und PASS, FAIL oder REVIEW mit markierten Defekten erhalten.</translation>
    </message>
    <message>
        <source>Registration of the photograph to its reference image</source>
        <translation>Registrierung des Fotos auf sein Referenzbild</translation>
    </message>
    <message>
        <source>Anomaly maps and defect boxes with their classes</source>
        <translation>Anomaliekarten und Defektrahmen mit ihren Klassen</translation>
    </message>
    <message>
        <source>Confirm or overrule the verdict and keep the QC record</source>
        <translation>Das Urteil bestätigen oder aufheben und den QC-Eintrag aufbewahren</translation>
    </message>
    <message>
        <source>Open Module Image…</source>
        <translation>Modulbild öffnen …</translation>
    </message>
    <message>
        <source>not a readable image (%1)</source>
        <translation>kein lesbares Bild (%1)</translation>
    </message>
    <message>
        <source>16-bit grey</source>
        <translation>16-Bit-Graustufen</translation>
    </message>
    <message>
        <source>8-bit grey</source>
        <translation>8-Bit-Graustufen</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3</source>
        <translation>%1 × %2 Pixel, %3</translation>
    </message>
    <message>
        <source>Opened image %1</source>
        <translation>Bild %1 geöffnet</translation>
    </message>
    <message>
        <source>Module images (*.png *.tif *.tiff *.jpg *.jpeg *.bmp)</source>
        <translation>Modulbilder (*.png *.tif *.tiff *.jpg *.jpeg *.bmp)</translation>
    </message>
</context>
<context>
    <name>lupa::app::MainWindow</name>
    <message>
        <source>There is no workspace &quot;%1&quot;.</source>
        <translation>Es gibt keinen Arbeitsbereich „%1“.</translation>
    </message>
    <message>
        <source>Showing the demo event</source>
        <translation>Das Demo-Ereignis wird angezeigt</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>Show &amp;Demo Event</source>
        <translation>&amp;Demo-Ereignis anzeigen</translation>
    </message>
    <message>
        <source>Show a simulated event in the event display</source>
        <translation>Ein simuliertes Ereignis in der Ereignisanzeige zeigen</translation>
    </message>
    <message>
        <source>Preferences applied</source>
        <translation>Einstellungen übernommen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>lupa::app::PlaceholderPage</name>
    <message>
        <source>Coming to this workspace:</source>
        <translation>Demnächst in diesem Arbeitsbereich:</translation>
    </message>
</context>
<context>
    <name>lupa::app::PreferencesAction</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Threads, theme and language</source>
        <translation>Threads, Farbschema und Sprache</translation>
    </message>
</context>
<context>
    <name>lupa::app::PreferencesDialog</name>
    <message>
        <source>The new language is used when lupa starts the next time.</source>
        <translation>Die neue Sprache wird beim nächsten Start von lupa verwendet.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>One per core (%1)</source>
        <translation>Eine pro Kern (%1)</translation>
    </message>
    <message>
        <source>How many threads lupa&apos;s computations may use at the same time.</source>
        <translation>Wie viele Threads die Berechnungen von lupa gleichzeitig verwenden dürfen.</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Threads:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>lupa::app::RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>lupa::app::StatusIndicators</name>
    <message>
        <source>Threads: %1</source>
        <translation>Threads: %1</translation>
    </message>
    <message>
        <source>Threads lupa&apos;s computations use; change them in the preferences.</source>
        <translation>Threads, die die Berechnungen von lupa verwenden; in den Einstellungen änderbar.</translation>
    </message>
    <message>
        <source>No jobs running</source>
        <translation>Keine Aufträge aktiv</translation>
    </message>
    <message>
        <source>Jobs running: %1</source>
        <translation>Aktive Aufträge: %1</translation>
    </message>
</context>
<context>
    <name>lupa::app::TrackingWorkspace</name>
    <message>
        <source>Tracking</source>
        <translation>Spurrekonstruktion</translation>
    </message>
    <message>
        <source>Simulate events, reconstruct their tracks with a graph neural network or a classical baseline, and score them the TrackML way.</source>
        <translation>Ereignisse simulieren, ihre Spuren mit einem graphbasierten neuronalen Netz oder einem klassischen Verfahren rekonstruieren und sie nach TrackML-Art bewerten.</translation>
    </message>
    <message>
        <source>Event simulation with pile-up</source>
        <translation>Ereignissimulation mit Pile-up</translation>
    </message>
    <message>
        <source>Training and running the track-finding pipeline</source>
        <translation>Training und Ausführung der Spurfindungs-Pipeline</translation>
    </message>
    <message>
        <source>Score, efficiency, fake and duplicate rates</source>
        <translation>Score, Effizienz, Fehl- und Duplikatraten</translation>
    </message>
    <message>
        <source>Open TrackML Event…</source>
        <translation>TrackML-Ereignis öffnen …</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Spalten: %1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>TrackML event files (*.csv *.csv.gz)</source>
        <translation>TrackML-Ereignisdateien (*.csv *.csv.gz)</translation>
    </message>
</context>
<context>
    <name>lupa::app::ValidationInputs</name>
    <message>
        <source>none: open or drop a CaloChallenge file</source>
        <translation>keine: eine CaloChallenge-Datei öffnen oder hierher ziehen</translation>
    </message>
    <message>
        <source>Fréchet and kernel physics distances</source>
        <translation>Fréchet- und Kernel-Physikdistanzen</translation>
    </message>
    <message>
        <source>Run Validation</source>
        <translation>Validierung ausführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export Report…</source>
        <translation>Bericht exportieren …</translation>
    </message>
    <message>
        <source>Generated showers compared with the reference (Delete removes)</source>
        <translation>Generierte Schauer, die mit der Referenz verglichen werden (Entf entfernt)</translation>
    </message>
    <message>
        <source>Automatic (from the voxel count)</source>
        <translation>Automatisch (aus der Voxelzahl)</translation>
    </message>
    <message>
        <source>Dataset %1</source>
        <translation>Datensatz %1</translation>
    </message>
    <message>
        <source>Compute features, histograms and metrics (Ctrl+R)</source>
        <translation>Merkmale, Histogramme und Metriken berechnen (Strg+R)</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>Dateien hinzufügen …</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referenz:</translation>
    </message>
    <message>
        <source>Binning:</source>
        <translation>Binning:</translation>
    </message>
    <message>
        <source>Candidates:</source>
        <translation>Kandidaten:</translation>
    </message>
    <message>
        <source>%1; choose a binning</source>
        <translation>%1; ein Binning wählen</translation>
    </message>
</context>
<context>
    <name>lupa::app::ValidationResults</name>
    <message>
        <source>Features, coloured by their largest separation power (green: alike, red: apart)</source>
        <translation>Merkmale, gefärbt nach ihrer größten Trennkraft (grün: ähnlich, rot: verschieden)</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>Histogramm</translation>
    </message>
    <message>
        <source>Average Shower</source>
        <translation>Mittlerer Schauer</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Lage:</translation>
    </message>
    <message>
        <source>Candidate:</source>
        <translation>Kandidat:</translation>
    </message>
    <message>
        <source>%1   (%2)</source>
        <translation>%1   (%2)</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Separation power</source>
        <translation>Trennkraft</translation>
    </message>
    <message>
        <source>± (bootstrap)</source>
        <translation>± (Bootstrap)</translation>
    </message>
    <message>
        <source>W1</source>
        <translation>W1</translation>
    </message>
    <message>
        <source>KS</source>
        <translation>KS</translation>
    </message>
    <message>
        <source>χ² / ndf</source>
        <translation>χ² / ndf</translation>
    </message>
    <message>
        <source>%1 (separation power %2)</source>
        <translation>%1 (Trennkraft %2)</translation>
    </message>
    <message>
        <source>normalised entries</source>
        <translation>normierte Einträge</translation>
    </message>
    <message>
        <source>reference: %1</source>
        <translation>Referenz: %1</translation>
    </message>
    <message>
        <source>reference, layer %1</source>
        <translation>Referenz, Lage %1</translation>
    </message>
    <message>
        <source>%1, layer %2</source>
        <translation>%1, Lage %2</translation>
    </message>
</context>
<context>
    <name>lupa::app::ViewActions</name>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>Anordnung &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Put the panels back where they were when lupa started for the first time</source>
        <translation>Die Bereiche dorthin zurücksetzen, wo sie beim ersten Start von lupa waren</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Bereiche</translation>
    </message>
</context>
<context>
    <name>lupa::app::WorkspaceSwitcher</name>
    <message>
        <source>Workspaces</source>
        <translation>Arbeitsbereiche</translation>
    </message>
</context>
<context>
    <name>lupa::widgets</name>
    <message>
        <source>cannot write the %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1 picture</source>
        <translation>%1-Bild</translation>
    </message>
</context>
<context>
    <name>lupa::widgets::HistogramComparisonPlot</name>
    <message>
        <source>ratio</source>
        <translation>Verhältnis</translation>
    </message>
</context>
<context>
    <name>lupa::widgets::JobManager</name>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>lupa::widgets::JobRow</name>
    <message>
        <source>Waiting…</source>
        <translation>Wartet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>lupa::widgets::JobsPanel</name>
    <message>
        <source>Clear finished</source>
        <translation>Beendete entfernen</translation>
    </message>
</context>
<context>
    <name>lupa::widgets::LogPanel</name>
    <message>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
</context>
<context>
    <name>lupa::widgets::PlotView</name>
    <message>
        <source>lupa plot</source>
        <translation>lupa-Diagramm</translation>
    </message>
    <message>
        <source>PNG picture</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>SVG picture</source>
        <translation>SVG-Bild</translation>
    </message>
    <message>
        <source>cannot export a plot as &apos;.%1&apos;: use .png, .pdf or .svg</source>
        <translation>Diagramm kann nicht als „.%1“ exportiert werden: .png, .pdf oder .svg verwenden</translation>
    </message>
</context>
<context>
    <name>lupa::widgets::ShowerImageView</name>
    <message>
        <source>PNG picture</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>SVG picture</source>
        <translation>SVG-Bild</translation>
    </message>
    <message>
        <source>cannot export a shower image as &apos;.%1&apos;: use .png, .pdf or .svg</source>
        <translation>Schauerbild kann nicht als „.%1“ exportiert werden: .png, .pdf oder .svg verwenden</translation>
    </message>
</context>
<context>
    <name>lupa::widgets::VtkView</name>
    <message>
        <source>cannot render the view: OpenGL is not available</source>
        <translation>Die Ansicht kann nicht gezeichnet werden: OpenGL ist nicht verfügbar</translation>
    </message>
</context>
</TS>
