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
    <name>lupa::app::AnomalyInputs</name>
    <message>
        <source>Add Files…</source>
        <translation>Dateien hinzufügen …</translation>
    </message>
    <message>
        <source>Simulate Demo Samples</source>
        <translation>Demo-Stichproben simulieren</translation>
    </message>
    <message>
        <source>Use as Background</source>
        <translation>Als Untergrund verwenden</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>The first file is the background the autoencoder learns; the others are signals (Delete removes the selected files)</source>
        <translation>Die erste Datei ist der Untergrund, den der Autoencoder lernt; die übrigen sind Signale (Entf entfernt die ausgewählten Dateien)</translation>
    </message>
    <message>
        <source>Write toy ADC2021-like samples: 50 000 background events and 10 000 events of each of four signals, with fixed seeds</source>
        <translation>Spielzeug-Stichproben im Stil von ADC2021 schreiben: 50 000 Untergrundereignisse und je 10 000 Ereignisse von vier Signalen, mit festen Startwerten</translation>
    </message>
    <message>
        <source>Make the selected file the background</source>
        <translation>Die ausgewählte Datei zum Untergrund machen</translation>
    </message>
    <message>
        <source>Event samples (background first):</source>
        <translation>Ereignisstichproben (Untergrund zuerst):</translation>
    </message>
    <message>
        <source>%1 — background</source>
        <translation>%1 — Untergrund</translation>
    </message>
    <message>
        <source>%1 — signal</source>
        <translation>%1 — Signal</translation>
    </message>
</context>
<context>
    <name>lupa::app::AnomalyJobs</name>
    <message>
        <source>demo samples in %1: %2 background events, %3 per signal</source>
        <translation>Demo-Stichproben in %1: %2 Untergrundereignisse, %3 je Signal</translation>
    </message>
    <message>
        <source>evaluated %1 signal(s) against %2 background events</source>
        <translation>%1 Signal(e) gegen %2 Untergrundereignisse ausgewertet</translation>
    </message>
    <message>
        <source>compared float with %1 inference: mean relative score difference %2</source>
        <translation>Gleitkomma mit %1-Inferenz verglichen: mittlere relative Score-Abweichung %2</translation>
    </message>
    <message>
        <source>trained on %1 events (the first half) of %2 for %3 epoch(s)</source>
        <translation>auf %1 Ereignissen (der ersten Hälfte) von %2 für %3 Epoche(n) trainiert</translation>
    </message>
</context>
<context>
    <name>lupa::app::AnomalyPlots</name>
    <message>
        <source>%1 MHz</source>
        <translation>%1 MHz</translation>
    </message>
    <message>
        <source>%1 kHz</source>
        <translation>%1 kHz</translation>
    </message>
    <message>
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
</context>
<context>
    <name>lupa::app::AnomalyWorkspace</name>
    <message>
        <source>Anomaly Detection</source>
        <translation>Anomalieerkennung</translation>
    </message>
    <message>
        <source>the dataset &quot;Particles&quot; must have the shape (events, objects, 4)</source>
        <translation>der Datensatz „Particles“ muss die Form (Ereignisse, Objekte, 4) haben</translation>
    </message>
    <message>
        <source>ADC2021 events (*.h5 *.hdf5)</source>
        <translation>ADC2021-Ereignisse (*.h5 *.hdf5)</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Auswerten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Score every sample and compute ROC curves, AUC and TPR (Ctrl+R)</source>
        <translation>Jede Stichprobe bewerten und ROC-Kurven, AUC und TPR berechnen (Strg+R)</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>ROC</source>
        <translation>ROC</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Most Anomalous</source>
        <translation>Auffälligste Ereignisse</translation>
    </message>
    <message>
        <source>Latent Space</source>
        <translation>Latenter Raum</translation>
    </message>
    <message>
        <source>Fixed Point</source>
        <translation>Festkomma</translation>
    </message>
    <message>
        <source>%1: %2 events, added as %3</source>
        <translation>%1: %2 Ereignisse, hinzugefügt als %3</translation>
    </message>
    <message>
        <source>the background</source>
        <translation>Untergrund</translation>
    </message>
    <message>
        <source>a signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>lupa anomaly models (*.lupa)</source>
        <translation>lupa-Anomaliemodelle (*.lupa)</translation>
    </message>
    <message>
        <source>Simulate demo samples</source>
        <translation>Demo-Stichproben simulieren</translation>
    </message>
    <message>
        <source>Open or simulate a background sample first</source>
        <translation>Zuerst eine Untergrundstichprobe öffnen oder simulieren</translation>
    </message>
    <message>
        <source>Train anomaly autoencoder</source>
        <translation>Anomalie-Autoencoder trainieren</translation>
    </message>
    <message>
        <source>Evaluation needs a model, a background and at least one signal</source>
        <translation>Die Auswertung braucht ein Modell, einen Untergrund und mindestens ein Signal</translation>
    </message>
    <message>
        <source>Evaluate anomaly model</source>
        <translation>Anomaliemodell auswerten</translation>
    </message>
    <message>
        <source>The comparison needs a model and a background</source>
        <translation>Der Vergleich braucht ein Modell und einen Untergrund</translation>
    </message>
    <message>
        <source>Compare float and fixed point</source>
        <translation>Gleitkomma und Festkomma vergleichen</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1 …</translation>
    </message>
    <message>
        <source>Wait for the running job to finish, or cancel it</source>
        <translation>Auf das Ende des laufenden Auftrags warten oder ihn abbrechen</translation>
    </message>
    <message>
        <source>No job runner</source>
        <translation>Keine Auftragsverwaltung</translation>
    </message>
    <message>
        <source>Training stopped: %1</source>
        <translation>Training angehalten: %1</translation>
    </message>
    <message>
        <source>%1 holds no training history.</source>
        <translation>%1 enthält keinen Trainingsverlauf.</translation>
    </message>
    <message>
        <source>Opened the model %1</source>
        <translation>Modell %1 geöffnet</translation>
    </message>
    <message>
        <source>there is no model to save: train or open one first</source>
        <translation>kein Modell zum Speichern: zuerst eines trainieren oder öffnen</translation>
    </message>
    <message>
        <source>Saved the model to %1</source>
        <translation>Modell nach %1 gespeichert</translation>
    </message>
    <message>
        <source>trained, not saved yet: %1</source>
        <translation>trainiert, noch nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open Anomaly Model</source>
        <translation>Anomaliemodell öffnen</translation>
    </message>
    <message>
        <source>lupa anomaly models (*.lupa);;All files (*)</source>
        <translation>lupa-Anomaliemodelle (*.lupa);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Anomaly Model</source>
        <translation>Anomaliemodell speichern</translation>
    </message>
</context>
<context>
    <name>lupa::app::BatchSummaryTable</name>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Defects</source>
        <translation>Defekte</translation>
    </message>
    <message>
        <source>not inspected</source>
        <translation>nicht geprüft</translation>
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
    <name>lupa::app::CollectionsPanel</name>
    <message>
        <source>Collection</source>
        <translation>Sammlung</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Hit size:</source>
        <translation>Treffergröße:</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Spuren</translation>
    </message>
    <message>
        <source>Geometry</source>
        <translation>Geometrie</translation>
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
    <name>lupa::app::EarlierStageBar</name>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Compare with Earlier Stage</source>
        <translation>Mit früherer Stufe vergleichen</translation>
    </message>
    <message>
        <source>Compare the image with the same module at an earlier production stage, as the QC database recorded it, instead of the reference (Ctrl+E)</source>
        <translation>Das Bild statt mit der Referenz mit demselben Modul in einer früheren Fertigungsstufe vergleichen, wie die QC-Datenbank es aufgezeichnet hat (Strg+E)</translation>
    </message>
    <message>
        <source>no earlier stage</source>
        <translation>keine frühere Stufe</translation>
    </message>
    <message>
        <source>The earlier stages of this module in the QC database</source>
        <translation>Die früheren Stufen dieses Moduls in der QC-Datenbank</translation>
    </message>
</context>
<context>
    <name>lupa::app::EarlierStages</name>
    <message>
        <source>The image recorded at stage &quot;%1&quot; no longer exists: %2</source>
        <translation>Das in Stufe „%1“ aufgezeichnete Bild existiert nicht mehr: %2</translation>
    </message>
    <message>
        <source>The image recorded at stage &quot;%1&quot; has changed since it was inspected (its SHA-256 no longer matches the QC record): %2</source>
        <translation>Das in Stufe „%1“ aufgezeichnete Bild wurde seit der Prüfung geändert (sein SHA-256 stimmt nicht mehr mit dem QC-Datensatz überein): %2</translation>
    </message>
    <message>
        <source>there is no current image to align it with</source>
        <translation>es gibt kein aktuelles Bild, auf das es ausgerichtet werden kann</translation>
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
    <message>
        <source>Hit %1: x %2, y %3, z %4 mm</source>
        <translation>Treffer %1: x %2, y %3, z %4 mm</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Sammlungen</translation>
    </message>
</context>
<context>
    <name>lupa::app::EventNavigator</name>
    <message>
        <source>Previous event of this folder</source>
        <translation>Vorheriges Ereignis dieses Ordners</translation>
    </message>
    <message>
        <source>Next event of this folder</source>
        <translation>Nächstes Ereignis dieses Ordners</translation>
    </message>
    <message>
        <source>Event %1 of %2</source>
        <translation>Ereignis %1 von %2</translation>
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
    <name>lupa::app::FixedPointPanel</name>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Limited by statistics: the background is too small to reach this false-positive rate</source>
        <translation>Durch die Statistik begrenzt: der Untergrund ist zu klein, um diese Falsch-Positiv-Rate zu erreichen</translation>
    </message>
    <message>
        <source>Separate weight format</source>
        <translation>Eigenes Format für die Gewichte</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Run the model in float and in fixed point on every sample (Ctrl+Shift+R)</source>
        <translation>Das Modell auf jeder Stichprobe in Gleitkomma und in Festkomma ausführen (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>Δ = fixed-point value − float value of each stage over the events compared; overflow: share of float values outside the data format&apos;s range</source>
        <translation>Δ = Festkommawert − Gleitkommawert jeder Stufe über die verglichenen Ereignisse; Überlauf: Anteil der Gleitkommawerte außerhalb des Bereichs des Datenformats</translation>
    </message>
    <message>
        <source>Choose the formats an FPGA implementation would use and press Compare.</source>
        <translation>Die Formate wählen, die eine FPGA-Implementierung verwenden würde, und Vergleichen drücken.</translation>
    </message>
    <message>
        <source>Truncate (AP_TRN)</source>
        <translation>Abschneiden (AP_TRN)</translation>
    </message>
    <message>
        <source>Nearest (AP_RND)</source>
        <translation>Runden (AP_RND)</translation>
    </message>
    <message>
        <source>Wrap (AP_WRAP)</source>
        <translation>Umbrechen (AP_WRAP)</translation>
    </message>
    <message>
        <source>Saturate (AP_SAT)</source>
        <translation>Sättigen (AP_SAT)</translation>
    </message>
    <message>
        <source>Integer bits, the sign bit included</source>
        <translation>Ganzzahlbits einschließlich des Vorzeichenbits</translation>
    </message>
    <message>
        <source>ap_fixed&lt;W,I&gt; formats</source>
        <translation>ap_fixed&lt;W,I&gt;-Formate</translation>
    </message>
    <message>
        <source>Total bits W:</source>
        <translation>Bits gesamt W:</translation>
    </message>
    <message>
        <source>Integer bits I:</source>
        <translation>Ganzzahlbits I:</translation>
    </message>
    <message>
        <source>Rounding:</source>
        <translation>Rundung:</translation>
    </message>
    <message>
        <source>Overflow:</source>
        <translation>Überlauf:</translation>
    </message>
    <message>
        <source>Weight total bits:</source>
        <translation>Gewichte, Bits gesamt:</translation>
    </message>
    <message>
        <source>Weight integer bits:</source>
        <translation>Gewichte, Ganzzahlbits:</translation>
    </message>
    <message>
        <source>Data %1, weights %2, on %3 background events: the fixed-point score differs from the float score by %4 % on average (at most %5 %) of the mean score.</source>
        <translation>Daten %1, Gewichte %2, auf %3 Untergrundereignissen: der Festkomma-Score weicht im Mittel um %4 % (höchstens %5 %) des mittleren Scores vom Gleitkomma-Score ab.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Max |Δ|</source>
        <translation>Max. |Δ|</translation>
    </message>
    <message>
        <source>RMS Δ</source>
        <translation>RMS Δ</translation>
    </message>
    <message>
        <source>Float RMS</source>
        <translation>RMS Gleitkomma</translation>
    </message>
    <message>
        <source>RMS Δ / float RMS</source>
        <translation>RMS Δ / RMS Gleitkomma</translation>
    </message>
    <message>
        <source>Overflow [%]</source>
        <translation>Überlauf [%]</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>AUC float</source>
        <translation>AUC Gleitkomma</translation>
    </message>
    <message>
        <source>AUC fixed</source>
        <translation>AUC Festkomma</translation>
    </message>
    <message>
        <source>Δ AUC</source>
        <translation>Δ AUC</translation>
    </message>
    <message>
        <source>TPR at FPR %1 float</source>
        <translation>TPR bei FPR %1 Gleitkomma</translation>
    </message>
    <message>
        <source>TPR at FPR %1 fixed</source>
        <translation>TPR bei FPR %1 Festkomma</translation>
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
    <name>lupa::app::HitTableModel</name>
    <message>
        <source>Hit</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Lage</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>x (mm)</source>
        <translation>x (mm)</translation>
    </message>
    <message>
        <source>y (mm)</source>
        <translation>y (mm)</translation>
    </message>
    <message>
        <source>z (mm)</source>
        <translation>z (mm)</translation>
    </message>
    <message>
        <source>r (mm)</source>
        <translation>r (mm)</translation>
    </message>
    <message>
        <source>η</source>
        <translation>η</translation>
    </message>
    <message>
        <source>φ (rad)</source>
        <translation>φ (rad)</translation>
    </message>
    <message>
        <source>Particle</source>
        <translation>Teilchen</translation>
    </message>
    <message>
        <source>pT (GeV)</source>
        <translation>pT (GeV)</translation>
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
    <message>
        <source>Truth particles loaded</source>
        <translation>Wahre Teilchen geladen</translation>
    </message>
</context>
<context>
    <name>lupa::app::InspectionControlPanel</name>
    <message>
        <source>Open Image…</source>
        <translation>Bild öffnen …</translation>
    </message>
    <message>
        <source>Choose the photograph of the module to inspect</source>
        <translation>Das Foto des zu prüfenden Moduls auswählen</translation>
    </message>
    <message>
        <source>Open Reference…</source>
        <translation>Referenz öffnen …</translation>
    </message>
    <message>
        <source>Choose the golden reference image of this module type</source>
        <translation>Das goldene Referenzbild dieses Modultyps auswählen</translation>
    </message>
    <message>
        <source>Open Model…</source>
        <translation>Modell öffnen …</translation>
    </message>
    <message>
        <source>Choose a trained inspection model (lupa-cli inspect train)</source>
        <translation>Ein trainiertes Prüfmodell auswählen (lupa-cli inspect train)</translation>
    </message>
    <message>
        <source>QC Database…</source>
        <translation>QC-Datenbank …</translation>
    </message>
    <message>
        <source>Choose the QC database the records are saved to</source>
        <translation>Die QC-Datenbank auswählen, in der die Datensätze gespeichert werden</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Inspect the image against the reference (Ctrl+R)</source>
        <translation>Das Bild gegen die Referenz prüfen (Strg+R)</translation>
    </message>
    <message>
        <source>Demo Sample</source>
        <translation>Demo-Beispiel</translation>
    </message>
    <message>
        <source>Make a synthetic board pair with defects and inspect it</source>
        <translation>Ein synthetisches Platinenpaar mit Defekten erzeugen und prüfen</translation>
    </message>
    <message>
        <source>Inspect Folder…</source>
        <translation>Ordner prüfen …</translation>
    </message>
    <message>
        <source>Inspect every image of a folder against the reference</source>
        <translation>Jedes Bild eines Ordners gegen die Referenz prüfen</translation>
    </message>
    <message>
        <source>Train Model…</source>
        <translation>Modell trainieren …</translation>
    </message>
    <message>
        <source>Train an inspection model on a folder of good images</source>
        <translation>Ein Prüfmodell mit einem Ordner guter Bilder trainieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the running job</source>
        <translation>Den laufenden Auftrag anhalten</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>no image</source>
        <translation>kein Bild</translation>
    </message>
    <message>
        <source>no reference</source>
        <translation>keine Referenz</translation>
    </message>
    <message>
        <source>template difference</source>
        <translation>Vorlagendifferenz</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Module Type…</source>
        <translation>Modultyp…</translation>
    </message>
    <message>
        <source>Open a module-type file: its reference, regions of interest and pixel scale</source>
        <translation>Eine Modultyp-Datei öffnen: Referenz, interessierende Bereiche und Pixelmaßstab</translation>
    </message>
    <message>
        <source>Save Module Type…</source>
        <translation>Modultyp speichern…</translation>
    </message>
    <message>
        <source>Save the reference and the regions drawn on the image as a module-type file</source>
        <translation>Die Referenz und die auf dem Bild gezeichneten Bereiche als Modultyp-Datei speichern</translation>
    </message>
    <message>
        <source>no module type</source>
        <translation>kein Modultyp</translation>
    </message>
</context>
<context>
    <name>lupa::app::InspectionJobs</name>
    <message>
        <source>%1: %2, %3 defect(s)</source>
        <translation>%1: %2, %3 Defekt(e)</translation>
    </message>
    <message>
        <source>inspected %1 image(s), %2 could not be inspected</source>
        <translation>%1 Bild(er) geprüft, %2 konnten nicht geprüft werden</translation>
    </message>
    <message>
        <source>trained on %1 good image(s), model written to %2</source>
        <translation>mit %1 guten Bild(ern) trainiert, Modell nach %2 geschrieben</translation>
    </message>
    <message>
        <source>Comparing with stage &quot;%1&quot; (%2), aligned with the current image</source>
        <translation>Vergleich mit Stufe „%1“ (%2), auf das aktuelle Bild ausgerichtet</translation>
    </message>
    <message>
        <source>Comparing with stage &quot;%1&quot; (%2) as recorded: it could not be aligned (%3)</source>
        <translation>Vergleich mit Stufe „%1“ (%2) wie aufgezeichnet: es ließ sich nicht ausrichten (%3)</translation>
    </message>
</context>
<context>
    <name>lupa::app::InspectionLossPlot</name>
    <message>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>reconstruction MSE (grey levels in [0, 1])</source>
        <translation>Rekonstruktions-MSE (Grauwerte in [0, 1])</translation>
    </message>
    <message>
        <source>Train a model on good images (Train Model…) to see its loss curves here.</source>
        <translation>Ein Modell mit guten Bildern trainieren (Modell trainieren …), um hier seine Verlustkurven zu sehen.</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Training läuft …</translation>
    </message>
    <message>
        <source>Epoch %1 of at most %2: training loss %3, validation loss %4</source>
        <translation>Epoche %1 von höchstens %2: Trainingsverlust %3, Validierungsverlust %4</translation>
    </message>
</context>
<context>
    <name>lupa::app::InspectionReport</name>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>overruled: no defect</source>
        <translation>verworfen: kein Defekt</translation>
    </message>
    <message>
        <source>overruled: %1</source>
        <translation>verworfen: %1</translation>
    </message>
    <message>
        <source>Module inspection report</source>
        <translation>Modulprüfbericht</translation>
    </message>
    <message>
        <source>Module: %1 (%2), stage %3</source>
        <translation>Modul: %1 (%2), Stufe %3</translation>
    </message>
    <message>
        <source>Inspected %1 by %2 at %3</source>
        <translation>Geprüft %1 von %2 an %3</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>Bild: %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Model: %1; thresholds: %2</source>
        <translation>Modell: %1; Schwellen: %2</translation>
    </message>
    <message>
        <source>The operator overruled the pipeline&apos;s verdict %1.</source>
        <translation>Der Bediener hat das Urteil %1 der Pipeline verworfen.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Area (px)</source>
        <translation>Fläche (px)</translation>
    </message>
    <message>
        <source>Area (mm²)</source>
        <translation>Fläche (mm²)</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Spitze</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>unclassified</source>
        <translation>nicht klassifiziert</translation>
    </message>
    <message>
        <source>No defects.</source>
        <translation>Keine Defekte.</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Kommentar: %1</translation>
    </message>
</context>
<context>
    <name>lupa::app::InspectionViewPanel</name>
    <message>
        <source>&amp;Overlay</source>
        <translation>&amp;Überlagerung</translation>
    </message>
    <message>
        <source>Tested (registered)</source>
        <translation>Geprüft (registriert)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Show the anomaly map over the image</source>
        <translation>Die Anomaliekarte über dem Bild anzeigen</translation>
    </message>
    <message>
        <source>Opacity of the anomaly overlay</source>
        <translation>Deckkraft der Anomalieüberlagerung</translation>
    </message>
    <message>
        <source>Single</source>
        <translation>Einzeln</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Blink</source>
        <translation>Blinken</translation>
    </message>
    <message>
        <source>Compare the tested image with the reference</source>
        <translation>Das geprüfte Bild mit der Referenz vergleichen</translation>
    </message>
    <message>
        <source>Defect threshold relative to the calibrated one: higher finds fewer defects</source>
        <translation>Defektschwelle relativ zur kalibrierten: höher findet weniger Defekte</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>Deckkraft:</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>Vergleich:</translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation>Schwelle:</translation>
    </message>
    <message>
        <source>Earlier stage: %1</source>
        <translation>Frühere Stufe: %1</translation>
    </message>
</context>
<context>
    <name>lupa::app::InspectionWorkspace</name>
    <message>
        <source>Inspection</source>
        <translation>Prüfung</translation>
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
        <source>Opened image %1</source>
        <translation>Bild %1 geöffnet</translation>
    </message>
    <message>
        <source>Module images (*.png *.tif *.tiff *.jpg *.jpeg *.bmp)</source>
        <translation>Modulbilder (*.png *.tif *.tiff *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>C confirms the selected defect, O overrules it, N goes to the next one</source>
        <translation>C bestätigt den ausgewählten Defekt, O verwirft ihn, N springt zum nächsten</translation>
    </message>
    <message>
        <source>Defects (C confirm, O overrule, N next)</source>
        <translation>Defekte (C bestätigen, O verwerfen, N nächster)</translation>
    </message>
    <message>
        <source>%1: %2 × %3 pixels, %4</source>
        <translation>%1: %2 × %3 Pixel, %4</translation>
    </message>
    <message>
        <source>Reference %1: %2 × %3 pixels</source>
        <translation>Referenz %1: %2 × %3 Pixel</translation>
    </message>
    <message>
        <source>Template difference with the default settings</source>
        <translation>Vorlagendifferenz mit den Standardeinstellungen</translation>
    </message>
    <message>
        <source>Opened the model %1 (%2 channel)</source>
        <translation>Modell %1 geöffnet (Kanal %2)</translation>
    </message>
    <message>
        <source>Open a module image and its reference, or try the demo sample.</source>
        <translation>Ein Modulbild und seine Referenz öffnen oder das Demo-Beispiel ausprobieren.</translation>
    </message>
    <message>
        <source>Module images (*.png *.tif *.tiff *.jpg *.jpeg *.bmp);;All files (*)</source>
        <translation>Modulbilder (*.png *.tif *.tiff *.jpg *.jpeg *.bmp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Module Image</source>
        <translation>Modulbild öffnen</translation>
    </message>
    <message>
        <source>Open Reference Image</source>
        <translation>Referenzbild öffnen</translation>
    </message>
    <message>
        <source>Open Inspection Model</source>
        <translation>Prüfmodell öffnen</translation>
    </message>
    <message>
        <source>Inspection models (*.lupa);;All files (*)</source>
        <translation>Prüfmodelle (*.lupa);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>QC Database</source>
        <translation>QC-Datenbank</translation>
    </message>
    <message>
        <source>QC databases (*.sqlite *.db)</source>
        <translation>QC-Datenbanken (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Inspect Folder</source>
        <translation>Ordner prüfen</translation>
    </message>
    <message>
        <source>Export ITk JSON</source>
        <translation>ITk-JSON exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Open a module image first</source>
        <translation>Zuerst ein Modulbild öffnen</translation>
    </message>
    <message>
        <source>Open the golden reference image first (or a model that needs none)</source>
        <translation>Zuerst das goldene Referenzbild öffnen (oder ein Modell, das keines braucht)</translation>
    </message>
    <message>
        <source>Inspect %1</source>
        <translation>%1 prüfen</translation>
    </message>
    <message>
        <source>%1 holds no module images</source>
        <translation>%1 enthält keine Modulbilder</translation>
    </message>
    <message numerus="yes">
        <source>Inspect %n image(s) of %1</source>
        <translation>
            <numerusform>%n Bild aus %1 prüfen</numerusform>
            <numerusform>%n Bilder aus %1 prüfen</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose where to save the model</source>
        <translation>Speicherort für das Modell auswählen</translation>
    </message>
    <message>
        <source>Train inspection model</source>
        <translation>Prüfmodell trainieren</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1 …</translation>
    </message>
    <message>
        <source>Wait for the running job to finish, or cancel it</source>
        <translation>Auf das Ende des laufenden Auftrags warten oder ihn abbrechen</translation>
    </message>
    <message>
        <source>No job runner</source>
        <translation>Keine Auftragsverwaltung</translation>
    </message>
    <message>
        <source>Training stopped: %1</source>
        <translation>Training angehalten: %1</translation>
    </message>
    <message>
        <source>The model was saved to %1 and is in use.</source>
        <translation>Das Modell wurde nach %1 gespeichert und wird verwendet.</translation>
    </message>
    <message numerus="yes">
        <source>Threshold × %1: %n defect(s), %2</source>
        <translation>
            <numerusform>Schwelle × %1: %n Defekt, %2</numerusform>
            <numerusform>Schwelle × %1: %n Defekte, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Defect %1 %2</source>
        <translation>Defekt %1 %2</translation>
    </message>
    <message>
        <source>run an inspection before saving its record</source>
        <translation>vor dem Speichern des Datensatzes eine Prüfung ausführen</translation>
    </message>
    <message>
        <source>Saved QC record %1 to %2</source>
        <translation>QC-Datensatz %1 in %2 gespeichert</translation>
    </message>
    <message>
        <source>run an inspection before exporting its record</source>
        <translation>vor dem Exportieren des Datensatzes eine Prüfung ausführen</translation>
    </message>
    <message>
        <source>Wrote the ITk record to %1</source>
        <translation>ITk-Datensatz nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Inspection Report</source>
        <translation>Prüfbericht</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Module type %1: %n region(s)</source>
        <translation>
            <numerusform>Modultyp %1: %n Bereich(e)</numerusform>
            <numerusform>Modultyp %1: %n Bereich(e)</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved module type %1</source>
        <translation>Modultyp %1 gespeichert</translation>
    </message>
    <message>
        <source>Open Module Type</source>
        <translation>Modultyp öffnen</translation>
    </message>
    <message>
        <source>Module types (*.json);;All files (*)</source>
        <translation>Modultypen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Module Type</source>
        <translation>Modultyp speichern</translation>
    </message>
    <message>
        <source>Module types (*.json)</source>
        <translation>Modultypen (*.json)</translation>
    </message>
    <message>
        <source>run an inspection before writing its report</source>
        <translation>vor dem Bericht zuerst eine Prüfung ausführen</translation>
    </message>
    <message>
        <source>Wrote the report to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Enter the module&apos;s serial number to compare it with its earlier stages</source>
        <translation>Die Seriennummer des Moduls eingeben, um es mit seinen früheren Stufen zu vergleichen</translation>
    </message>
    <message>
        <source>The QC database %1 holds no inspection of %2 at a stage before &quot;%3&quot;</source>
        <translation>Die QC-Datenbank %1 enthält keine Prüfung von %2 in einer Stufe vor „%3“</translation>
    </message>
    <message>
        <source>The QC database holds no inspection of this module at stage &quot;%1&quot;</source>
        <translation>Die QC-Datenbank enthält keine Prüfung dieses Moduls in Stufe „%1“</translation>
    </message>
    <message>
        <source>Compare with stage %1</source>
        <translation>Mit Stufe %1 vergleichen</translation>
    </message>
    <message>
        <source>Comparing with the reference</source>
        <translation>Vergleich mit der Referenz</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
</context>
<context>
    <name>lupa::app::LatentSpacePanel</name>
    <message>
        <source>Horizontal dimension:</source>
        <translation>Horizontale Dimension:</translation>
    </message>
    <message>
        <source>Vertical dimension:</source>
        <translation>Vertikale Dimension:</translation>
    </message>
    <message>
        <source>Signal:</source>
        <translation>Signal:</translation>
    </message>
    <message>
        <source>All signals</source>
        <translation>Alle Signale</translation>
    </message>
    <message>
        <source>latent dimension %1</source>
        <translation>latente Dimension %1</translation>
    </message>
</context>
<context>
    <name>lupa::app::LossCurvePanel</name>
    <message>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>masked MSE (standardised units)</source>
        <translation>maskierter MSE (standardisierte Einheiten)</translation>
    </message>
    <message>
        <source>Train a model to see its loss curves here.</source>
        <translation>Ein Modell trainieren, um hier seine Verlustkurven zu sehen.</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Training läuft …</translation>
    </message>
    <message>
        <source>Epoch %1 of at most %2: training loss %3, validation loss %4</source>
        <translation>Epoche %1 von höchstens %2: Trainingsverlust %3, Validierungsverlust %4</translation>
    </message>
    <message>
        <source>Best epoch %1 (loss %2); stopped early: no improvement for a while</source>
        <translation>Beste Epoche %1 (Verlust %2); vorzeitig beendet: eine Weile keine Verbesserung</translation>
    </message>
    <message>
        <source>Best epoch %1 (loss %2); the model keeps that epoch&apos;s weights</source>
        <translation>Beste Epoche %1 (Verlust %2); das Modell behält die Gewichte dieser Epoche</translation>
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
    <name>lupa::app::ModuleForm</name>
    <message>
        <source>e.g. 20UPGM22110039</source>
        <translation>z. B. 20UPGM22110039</translation>
    </message>
    <message>
        <source>The module&apos;s serial number, as on its carrier</source>
        <translation>Die Seriennummer des Moduls, wie auf seinem Träger angegeben</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>&amp;Serial:</source>
        <translation>&amp;Seriennummer:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>St&amp;ufe:</translation>
    </message>
    <message>
        <source>O&amp;perator:</source>
        <translation>&amp;Bediener:</translation>
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
    <name>lupa::app::RegionToolbar</name>
    <message>
        <source>Draw Region</source>
        <translation>Bereich zeichnen</translation>
    </message>
    <message>
        <source>Draw a region of interest (Ctrl+D): click its corners, Enter or double-click closes it, Esc cancels; Delete removes the selected region, Ctrl+Z undoes</source>
        <translation>Einen interessierenden Bereich zeichnen (Strg+D): Ecken anklicken, Eingabe oder Doppelklick schließt ihn, Esc bricht ab; Entf löscht den gewählten Bereich, Strg+Z macht rückgängig</translation>
    </message>
    <message>
        <source>Generic</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Wire-bond pads</source>
        <translation>Bondpads</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Steckverbinder</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Bauteil</translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>Sensor</translation>
    </message>
    <message>
        <source>The kind of the regions drawn next; &quot;Ignore&quot; regions are never inspected</source>
        <translation>Art der als Nächstes gezeichneten Bereiche; „Ignorieren“-Bereiche werden nie geprüft</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
</context>
<context>
    <name>lupa::app::RocPanel</name>
    <message>
        <source>background efficiency (false-positive rate)</source>
        <translation>Untergrundeffizienz (Falsch-Positiv-Rate)</translation>
    </message>
    <message>
        <source>trigger rate at 40 MHz [Hz]</source>
        <translation>Triggerrate bei 40 MHz [Hz]</translation>
    </message>
    <message>
        <source>signal efficiency (true-positive rate)</source>
        <translation>Signaleffizienz (Richtig-Positiv-Rate)</translation>
    </message>
    <message>
        <source>%1 (AUC %2)</source>
        <translation>%1 (AUC %2)</translation>
    </message>
    <message>
        <source>random selection</source>
        <translation>Zufallsauswahl</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>±</source>
        <translation>±</translation>
    </message>
    <message>
        <source>TPR at FPR %1
(%2)</source>
        <translation>TPR bei FPR %1
(%2)</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Limited by statistics: the background has fewer than %1 events, so this is the TPR above the highest background score</source>
        <translation>Durch die Statistik begrenzt: der Untergrund hat weniger als %1 Ereignisse, daher ist dies die TPR oberhalb des höchsten Untergrund-Scores</translation>
    </message>
    <message>
        <source>* limited by statistics: the background sample is too small to reach this false-positive rate</source>
        <translation>* durch die Statistik begrenzt: die Untergrundstichprobe ist zu klein, um diese Falsch-Positiv-Rate zu erreichen</translation>
    </message>
</context>
<context>
    <name>lupa::app::ScoreHistogramPanel</name>
    <message>
        <source>anomaly score (mean squared error, standardised units)</source>
        <translation>Anomalie-Score (mittlerer quadratischer Fehler, standardisierte Einheiten)</translation>
    </message>
    <message>
        <source>fraction of events</source>
        <translation>Anteil der Ereignisse</translation>
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
    <name>lupa::app::TopEventsTable</name>
    <message>
        <source>The highest-scoring events of all samples; the feature column names the input the autoencoder reconstructs worst</source>
        <translation>Die Ereignisse mit den höchsten Scores aller Stichproben; die Merkmalsspalte nennt die Eingabe, die der Autoencoder am schlechtesten rekonstruiert</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Stichprobe</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Leading feature</source>
        <translation>Führendes Merkmal</translation>
    </message>
    <message>
        <source>Share of score [%]</source>
        <translation>Anteil am Score [%]</translation>
    </message>
</context>
<context>
    <name>lupa::app::TrackingInputs</name>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Simulate</source>
        <translation>Simulieren</translation>
    </message>
    <message>
        <source>Open Event Folder…</source>
        <translation>Ereignisordner öffnen…</translation>
    </message>
    <message>
        <source>Number of events to simulate</source>
        <translation>Anzahl der zu simulierenden Ereignisse</translation>
    </message>
    <message>
        <source>Mean number of pile-up interactions per event (200 is the HL-LHC&apos;s; ~50 particles each)</source>
        <translation>Mittlere Zahl der Pile-up-Wechselwirkungen pro Ereignis (200 beim HL-LHC; je ~50 Teilchen)</translation>
    </message>
    <message>
        <source>Events depend on the seed and their number only</source>
        <translation>Ereignisse hängen nur vom Seed und ihrer Nummer ab</translation>
    </message>
    <message>
        <source>Folder the simulated TrackML CSV files are written to</source>
        <translation>Ordner, in den die simulierten TrackML-CSV-Dateien geschrieben werden</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>Ausgabeordner wählen</translation>
    </message>
    <message>
        <source>The event to reconstruct and score; the GNN trains on the folder&apos;s other events</source>
        <translation>Das zu rekonstruierende und zu bewertende Ereignis; das GNN trainiert auf den übrigen Ereignissen des Ordners</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Ereignisse:</translation>
    </message>
    <message>
        <source>Pile-up μ:</source>
        <translation>Pile-up μ:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <source>Output folder:</source>
        <translation>Ausgabeordner:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Ereignis:</translation>
    </message>
    <message>
        <source>none: simulate events or open a folder</source>
        <translation>keiner: Ereignisse simulieren oder einen Ordner öffnen</translation>
    </message>
    <message>
        <source>%1 (events: %2)</source>
        <translation>%1 (Ereignisse: %2)</translation>
    </message>
    <message>
        <source>Folder for Simulated Events</source>
        <translation>Ordner für simulierte Ereignisse</translation>
    </message>
</context>
<context>
    <name>lupa::app::TrackingJobs</name>
    <message>
        <source>the event has no hits file</source>
        <translation>das Ereignis hat keine Hits-Datei</translation>
    </message>
    <message>
        <source>not scored: the event has no truth file</source>
        <translation>nicht bewertet: das Ereignis hat keine Truth-Datei</translation>
    </message>
    <message>
        <source>no efficiency: the event has no particles file</source>
        <translation>keine Effizienz: das Ereignis hat keine Particles-Datei</translation>
    </message>
    <message>
        <source>%1, %2: %3 tracks from %4 hits</source>
        <translation>%1, %2: %3 Spuren aus %4 Hits</translation>
    </message>
    <message>
        <source>, TrackML score %1</source>
        <translation>, TrackML-Score %1</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>GNN</source>
        <translation>GNN</translation>
    </message>
    <message>
        <source>simulated %1 event(s) with pile-up %2 into %3</source>
        <translation>%1 Ereignis(se) mit Pile-up %2 nach %3 simuliert</translation>
    </message>
    <message>
        <source>trained the GNN on %1 event(s); model written to %2</source>
        <translation>GNN auf %1 Ereignis(sen) trainiert; Modell nach %2 geschrieben</translation>
    </message>
</context>
<context>
    <name>lupa::app::TrackingMetricsTable</name>
    <message>
        <source>TrackML score</source>
        <translation>TrackML-Score</translation>
    </message>
    <message>
        <source>Efficiency (pT &gt; 1 GeV)</source>
        <translation>Effizienz (pT &gt; 1 GeV)</translation>
    </message>
    <message>
        <source>Fake rate</source>
        <translation>Fake-Rate</translation>
    </message>
    <message>
        <source>Duplicate rate</source>
        <translation>Duplikatrate</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Spuren</translation>
    </message>
    <message>
        <source>Reconstruction time</source>
        <translation>Rekonstruktionszeit</translation>
    </message>
    <message>
        <source>Weighted share of the hits on good tracks (more than half of a track&apos;s hits from one particle, which has more than half of its hits on the track)</source>
        <translation>Gewichteter Anteil der Hits auf guten Spuren (mehr als die Hälfte der Hits einer Spur von einem Teilchen, das mehr als die Hälfte seiner Hits auf der Spur hat)</translation>
    </message>
    <message>
        <source>Particles with pT &gt; 1 GeV, |η| &lt; 4 and at least 4 hits that a track matches (more than half of its hits are theirs)</source>
        <translation>Teilchen mit pT &gt; 1 GeV, |η| &lt; 4 und mindestens 4 Hits, denen eine Spur zugeordnet ist (mehr als die Hälfte ihrer Hits stammt von ihnen)</translation>
    </message>
    <message>
        <source>Tracks of at least 3 hits matched to no particle</source>
        <translation>Spuren mit mindestens 3 Hits, die keinem Teilchen zugeordnet sind</translation>
    </message>
    <message>
        <source>Matched tracks beyond the first of their particle, per matched track</source>
        <translation>Zugeordnete Spuren über die erste ihres Teilchens hinaus, pro zugeordneter Spur</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>%1 (from %2 hits)</source>
        <translation>%1 (aus %2 Hits)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>lupa::app::TrackingModelPanel</name>
    <message>
        <source>Run Baseline</source>
        <translation>Baseline ausführen</translation>
    </message>
    <message>
        <source>Train GNN</source>
        <translation>GNN trainieren</translation>
    </message>
    <message>
        <source>Open Model…</source>
        <translation>Modell öffnen…</translation>
    </message>
    <message>
        <source>Run GNN</source>
        <translation>GNN ausführen</translation>
    </message>
    <message>
        <source>Triplet seeding and Kalman track following, no model needed (Ctrl+B)</source>
        <translation>Triplett-Seeding und Kalman-Spurverfolgung, kein Modell nötig (Strg+B)</translation>
    </message>
    <message>
        <source>Layer pairs crossed in the training truth</source>
        <translation>In der Trainings-Truth durchquerte Lagenpaare</translation>
    </message>
    <message>
        <source>Module pairs crossed in the training truth (needs many events)</source>
        <translation>In der Trainings-Truth durchquerte Modulpaare (braucht viele Ereignisse)</translation>
    </message>
    <message>
        <source>Doublet cuts only, no map learnt</source>
        <translation>Nur Dublett-Schnitte, keine gelernte Karte</translation>
    </message>
    <message>
        <source>How the hit graph is built</source>
        <translation>Wie der Hit-Graph gebaut wird</translation>
    </message>
    <message>
        <source>Passes over the training graphs; the model keeps the best epoch&apos;s weights</source>
        <translation>Durchläufe über die Trainingsgraphen; das Modell behält die Gewichte der besten Epoche</translation>
    </message>
    <message>
        <source>Width of the network&apos;s hidden representations</source>
        <translation>Breite der verborgenen Darstellungen des Netzes</translation>
    </message>
    <message>
        <source>Message-passing steps of the interaction network (0: an MLP judges each edge alone)</source>
        <translation>Message-Passing-Schritte des Interaktionsnetzes (0: ein MLP beurteilt jede Kante allein)</translation>
    </message>
    <message>
        <source>Learn the graph map and train the edge classifier (Ctrl+T)</source>
        <translation>Graphkarte lernen und Kantenklassifikator trainieren (Strg+T)</translation>
    </message>
    <message>
        <source>Graph, edge classifier and segmentation on the chosen event (Ctrl+R)</source>
        <translation>Graph, Kantenklassifikator und Segmentierung auf dem gewählten Ereignis (Strg+R)</translation>
    </message>
    <message>
        <source>Graph:</source>
        <translation>Graph:</translation>
    </message>
    <message>
        <source>Epochs:</source>
        <translation>Epochen:</translation>
    </message>
    <message>
        <source>Hidden size:</source>
        <translation>Verborgene Breite:</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>none: train one or open a model file</source>
        <translation>keins: eines trainieren oder eine Modelldatei öffnen</translation>
    </message>
</context>
<context>
    <name>lupa::app::TrackingRatePlots</name>
    <message>
        <source>pT [GeV]</source>
        <translation>pT [GeV]</translation>
    </message>
    <message>
        <source>η</source>
        <translation>η</translation>
    </message>
</context>
<context>
    <name>lupa::app::TrackingWorkspace</name>
    <message>
        <source>Tracking</source>
        <translation>Spurrekonstruktion</translation>
    </message>
    <message>
        <source>TrackML event files (*.csv *.csv.gz)</source>
        <translation>TrackML-Ereignisdateien (*.csv *.csv.gz)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>efficiency</source>
        <translation>Effizienz</translation>
    </message>
    <message>
        <source>fake rate</source>
        <translation>Fake-Rate</translation>
    </message>
    <message>
        <source>edge loss (binary cross-entropy)</source>
        <translation>Kantenverlust (binäre Kreuzentropie)</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Reconstruction</source>
        <translation>Rekonstruktion</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Effizienz</translation>
    </message>
    <message>
        <source>Fake Rate</source>
        <translation>Fake-Rate</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>%1: %2 event(s)</source>
        <translation>%1: %2 Ereignis(se)</translation>
    </message>
    <message>
        <source>this is a &quot;%1&quot; model, not a GNN tracking model (&quot;track-gnn&quot;)</source>
        <translation>dies ist ein „%1“-Modell, kein GNN-Spurfindungsmodell („track-gnn“)</translation>
    </message>
    <message>
        <source>%1 holds no training history.</source>
        <translation>%1 enthält keinen Trainingsverlauf.</translation>
    </message>
    <message>
        <source>%1 (%2 graph)</source>
        <translation>%1 (%2-Graph)</translation>
    </message>
    <message>
        <source>Choose the folder for the simulated events first</source>
        <translation>Zuerst den Ordner für die simulierten Ereignisse wählen</translation>
    </message>
    <message>
        <source>Simulate TrackML events</source>
        <translation>TrackML-Ereignisse simulieren</translation>
    </message>
    <message>
        <source>Baseline track reconstruction</source>
        <translation>Baseline-Spurrekonstruktion</translation>
    </message>
    <message>
        <source>Train the GNN track finder</source>
        <translation>GNN-Spurfinder trainieren</translation>
    </message>
    <message>
        <source>Train a GNN or open a model first</source>
        <translation>Zuerst ein GNN trainieren oder ein Modell öffnen</translation>
    </message>
    <message>
        <source>GNN track reconstruction</source>
        <translation>GNN-Spurrekonstruktion</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Wait for the running job to finish, or cancel it</source>
        <translation>Warten, bis der laufende Auftrag endet, oder ihn abbrechen</translation>
    </message>
    <message>
        <source>No job runner</source>
        <translation>Keine Auftragsverwaltung</translation>
    </message>
    <message>
        <source>Simulate events or open a folder of TrackML events first</source>
        <translation>Zuerst Ereignisse simulieren oder einen Ordner mit TrackML-Ereignissen öffnen</translation>
    </message>
    <message>
        <source>Training stopped: %1</source>
        <translation>Training beendet: %1</translation>
    </message>
    <message>
        <source>Open a Folder of TrackML Events</source>
        <translation>Ordner mit TrackML-Ereignissen öffnen</translation>
    </message>
    <message>
        <source>Open GNN Tracking Model</source>
        <translation>GNN-Spurfindungsmodell öffnen</translation>
    </message>
    <message>
        <source>lupa models (*.lupa);;All files (*)</source>
        <translation>lupa-Modelle (*.lupa);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>lupa::app::TrainModelDialog</name>
    <message>
        <source>Train Inspection Model</source>
        <translation>Prüfmodell trainieren</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>The autoencoder learns what good modules look like; its threshold is calibrated on every fifth image.</source>
        <translation>Der Autoencoder lernt, wie gute Module aussehen; seine Schwelle wird an jedem fünften Bild kalibriert.</translation>
    </message>
    <message>
        <source>&amp;Good images:</source>
        <translation>&amp;Gute Bilder:</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>&amp;Epochen:</translation>
    </message>
    <message>
        <source>&amp;Model file:</source>
        <translation>&amp;Modelldatei:</translation>
    </message>
    <message>
        <source>Folder of Good Images</source>
        <translation>Ordner mit guten Bildern</translation>
    </message>
    <message>
        <source>Save Inspection Model</source>
        <translation>Prüfmodell speichern</translation>
    </message>
    <message>
        <source>Inspection models (*.lupa)</source>
        <translation>Prüfmodelle (*.lupa)</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>How many 32 × 32 px patches are cut from the good images to train on: fewer train faster, more learn the modules better</source>
        <translation>Wie viele Ausschnitte von 32 × 32 px zum Trainieren aus den guten Bildern geschnitten werden: weniger trainieren schneller, mehr lernen die Module besser</translation>
    </message>
    <message>
        <source>&amp;Patches:</source>
        <translation>&amp;Ausschnitte:</translation>
    </message>
</context>
<context>
    <name>lupa::app::TrainingPanel</name>
    <message>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <source>Open Model…</source>
        <translation>Modell öffnen …</translation>
    </message>
    <message>
        <source>Save Model…</source>
        <translation>Modell speichern …</translation>
    </message>
    <message>
        <source>Widths of the encoder&apos;s hidden layers, comma separated (the decoder mirrors them)</source>
        <translation>Breiten der verborgenen Schichten des Encoders, durch Kommas getrennt (der Decoder spiegelt sie)</translation>
    </message>
    <message>
        <source>Width of the bottleneck</source>
        <translation>Breite des Flaschenhalses</translation>
    </message>
    <message>
        <source>Passes over the background; training stops early after 3 epochs without improvement of the validation loss</source>
        <translation>Durchläufe über den Untergrund; das Training endet vorzeitig nach 3 Epochen ohne Verbesserung des Validierungsverlusts</translation>
    </message>
    <message>
        <source>Seeds the initial weights, the shuffling and the validation split</source>
        <translation>Startwert für die Anfangsgewichte, das Mischen und die Aufteilung in Validierungsdaten</translation>
    </message>
    <message>
        <source>Train the autoencoder on the background (Ctrl+T)</source>
        <translation>Den Autoencoder auf dem Untergrund trainieren (Strg+T)</translation>
    </message>
    <message>
        <source>Save the model file (Ctrl+S)</source>
        <translation>Die Modelldatei speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Hidden widths:</source>
        <translation>Verborgene Breiten:</translation>
    </message>
    <message>
        <source>Latent size:</source>
        <translation>Latente Größe:</translation>
    </message>
    <message>
        <source>Epochs:</source>
        <translation>Epochen:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Startwert:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>hidden widths must be positive whole numbers separated by commas, not &quot;%1&quot;</source>
        <translation>verborgene Breiten müssen positive ganze Zahlen sein, durch Kommas getrennt, nicht „%1“</translation>
    </message>
    <message>
        <source>none: train one or open a model file</source>
        <translation>keines: eines trainieren oder eine Modelldatei öffnen</translation>
    </message>
    <message>
        <source>Autoencoder</source>
        <translation>Autoencoder</translation>
    </message>
    <message>
        <source>Variational autoencoder</source>
        <translation>Variationeller Autoencoder</translation>
    </message>
    <message>
        <source>A variational autoencoder scores events by the KL divergence of their latent Gaussian, which needs only the encoder (the trigger-friendly score)</source>
        <translation>Ein variationeller Autoencoder bewertet Ereignisse über die KL-Divergenz ihrer latenten Gauß-Verteilung, die nur den Encoder braucht (der triggerfreundliche Score)</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Netz:</translation>
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
    <name>lupa::app::VerdictPanel</name>
    <message>
        <source>Save Record</source>
        <translation>Datensatz speichern</translation>
    </message>
    <message>
        <source>Export ITk JSON…</source>
        <translation>ITk-JSON exportieren …</translation>
    </message>
    <message>
        <source>keep the pipeline&apos;s verdict</source>
        <translation>Urteil der Pipeline übernehmen</translation>
    </message>
    <message>
        <source>The verdict you give: the same as the pipeline&apos;s confirms it, another overrules it</source>
        <translation>Ihr Urteil: dasselbe wie das der Pipeline bestätigt es, ein anderes verwirft es</translation>
    </message>
    <message>
        <source>comment for the record</source>
        <translation>Kommentar zum Datensatz</translation>
    </message>
    <message>
        <source>Save the inspection with your decisions to the QC database (Ctrl+S)</source>
        <translation>Die Prüfung mit Ihren Entscheidungen in der QC-Datenbank speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Write the record as an ITk production database VISUAL_INSPECTION test run</source>
        <translation>Den Datensatz als VISUAL_INSPECTION-Testlauf der ITk-Produktionsdatenbank schreiben</translation>
    </message>
    <message>
        <source>&amp;Your verdict:</source>
        <translation>&amp;Ihr Urteil:</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>Ko&amp;mmentar:</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Bericht…</translation>
    </message>
    <message>
        <source>Write a PDF report: module, verdict, the image with the defects, the defect table</source>
        <translation>Einen PDF-Bericht schreiben: Modul, Urteil, das Bild mit den Defekten, die Defekttabelle</translation>
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
    <name>lupa::widgets::DefectTableModel</name>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>overruled</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>unclassified</source>
        <translation>nicht klassifiziert</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Area (px)</source>
        <translation>Fläche (px)</translation>
    </message>
    <message>
        <source>Area (mm²)</source>
        <translation>Fläche (mm²)</translation>
    </message>
    <message>
        <source>Peak score</source>
        <translation>Höchster Score</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mark defect %1 %2</source>
        <translation>Defekt %1 als „%2“ markieren</translation>
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
    <name>lupa::widgets::InspectionCompareView</name>
    <message>
        <source>Tested</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
</context>
<context>
    <name>lupa::widgets::InspectionImageView</name>
    <message>
        <source>Move region</source>
        <translation>Bereich verschieben</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Add region %1</source>
        <translation>Bereich %1 hinzufügen</translation>
    </message>
    <message>
        <source>Delete region %1</source>
        <translation>Bereich %1 löschen</translation>
    </message>
    <message>
        <source>Move region %1</source>
        <translation>Bereich %1 verschieben</translation>
    </message>
    <message>
        <source>Rename region to %1</source>
        <translation>Bereich in %1 umbenennen</translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation>Bereich %1</translation>
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
    <name>lupa::widgets::RegionListModel</name>
    <message numerus="yes">
        <source>%1 (%2, %n vertices)</source>
        <translation>
            <numerusform>%1 (%2, %n Eckpunkt)</numerusform>
            <numerusform>%1 (%2, %n Eckpunkte)</numerusform>
        </translation>
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
