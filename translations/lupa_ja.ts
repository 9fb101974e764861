<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>lupa::app::AboutDialog</name>
    <message>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>A workbench for detector physicists: module inspection, event display, tracking, calorimeter validation and anomaly detection.</source>
        <translation>検出器物理学者のためのワークベンチ：モジュール検査、イベント表示、飛跡再構成、カロリメータ検証、異常検知。</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. It comes with no warranty.</source>
        <translation>GNU 一般公衆利用許諾書バージョン 3 以降の下で配布されるフリーソフトウェアです。一切の保証はありません。</translation>
    </message>
    <message>
        <source>About lupa</source>
        <translation>lupa について</translation>
    </message>
    <message>
        <source>Copy Versions</source>
        <translation>バージョンをコピー</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>ライブラリ</translation>
    </message>
</context>
<context>
    <name>lupa::app::AnomalyWorkspace</name>
    <message>
        <source>Anomaly Detection</source>
        <translation>異常検知</translation>
    </message>
    <message>
        <source>Train an autoencoder on background events, score signal events and read ROC curves, AUC and the true-positive rate at tiny false-positive rates.</source>
        <translation>バックグラウンド事象でオートエンコーダを学習し、信号事象をスコア付けして、ROC 曲線、AUC、極めて小さい偽陽性率での真陽性率を読み取ります。</translation>
    </message>
    <message>
        <source>Autoencoder and variational autoencoder training</source>
        <translation>オートエンコーダと変分オートエンコーダの学習</translation>
    </message>
    <message>
        <source>ROC curves, AUC and TPR at FPR 10⁻⁵ for every signal</source>
        <translation>各信号の ROC 曲線、AUC、FPR 10⁻⁵ での TPR</translation>
    </message>
    <message>
        <source>Checks of fixed-point inference for the trigger</source>
        <translation>トリガー向け固定小数点推論の検証</translation>
    </message>
    <message>
        <source>Open Events…</source>
        <translation>事象を開く…</translation>
    </message>
    <message>
        <source>the dataset &quot;Particles&quot; must have the shape (events, objects, 4)</source>
        <translation>データセット「Particles」の形状は (事象, オブジェクト, 4) でなければなりません</translation>
    </message>
    <message>
        <source>%1 events with up to %2 physics objects each</source>
        <translation>%1 事象（各事象に最大 %2 個の物理オブジェクト）</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 を開きました</translation>
    </message>
    <message>
        <source>ADC2021 events (*.h5 *.hdf5)</source>
        <translation>ADC2021 事象 (*.h5 *.hdf5)</translation>
    </message>
</context>
<context>
    <name>lupa::app::CalorimeterWorkspace</name>
    <message>
        <source>Calorimeter Validation</source>
        <translation>カロリメータ検証</translation>
    </message>
    <message>
        <source>CaloChallenge showers (*.h5 *.hdf5)</source>
        <translation>CaloChallenge シャワー (*.h5 *.hdf5)</translation>
    </message>
    <message>
        <source>CaloChallenge binning (*.xml)</source>
        <translation>CaloChallenge ビニング (*.xml)</translation>
    </message>
    <message>
        <source>Binning %1: %2 voxels</source>
        <translation>ビニング %1: %2 ボクセル</translation>
    </message>
    <message>
        <source>%1: %2 showers of %3 voxels, added as %4</source>
        <translation>%1: %3 ボクセルのシャワー %2 個を%4として追加</translation>
    </message>
    <message>
        <source>the reference</source>
        <translation>参照</translation>
    </message>
    <message>
        <source>a candidate</source>
        <translation>候補</translation>
    </message>
    <message>
        <source>Open a reference and at least one candidate first</source>
        <translation>先に参照と少なくとも 1 つの候補を開いてください</translation>
    </message>
    <message>
        <source>Validate showers</source>
        <translation>シャワーの検証</translation>
    </message>
    <message>
        <source>validated %1 candidate(s) against %2</source>
        <translation>%2 に対して %1 個の候補を検証しました</translation>
    </message>
    <message>
        <source>nothing to export: run the validation first</source>
        <translation>エクスポートするものがありません: 先に検証を実行してください</translation>
    </message>
    <message>
        <source>Export the validation into</source>
        <translation>検証結果のエクスポート先</translation>
    </message>
    <message>
        <source>Wrote metrics.json and the plots to %1</source>
        <translation>metrics.json とプロットを %1 に書き出しました</translation>
    </message>
</context>
<context>
    <name>lupa::app::CommandLine</name>
    <message>
        <source>lupa, the workbench for detector physicists.</source>
        <translation>lupa — 検出器物理学者のためのワークベンチ。</translation>
    </message>
    <message>
        <source>Show the demo event.</source>
        <translation>デモ事象を表示します。</translation>
    </message>
    <message>
        <source>Save a picture of the main window to &lt;file&gt; once it is shown, then quit.</source>
        <translation>メインウィンドウが表示されたらその画像を &lt;file&gt; に保存して終了します。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Start in the workspace &lt;id&gt;: inspection, event-display, tracking, calorimeter or anomaly.</source>
        <translation>ワークスペース &lt;id&gt; で開始します：inspection、event-display、tracking、calorimeter、anomaly。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Print the time from start to the first painted window, then quit.</source>
        <translation>起動から最初のウィンドウ描画までの時間を表示して終了します。</translation>
    </message>
    <message>
        <source>Files to open.</source>
        <translation>開くファイル。</translation>
    </message>
</context>
<context>
    <name>lupa::app::DemoSession</name>
    <message>
        <source>Demo job</source>
        <translation>デモジョブ</translation>
    </message>
    <message>
        <source>The demo job finished.</source>
        <translation>デモジョブが完了しました。</translation>
    </message>
</context>
<context>
    <name>lupa::app::EventDisplayWorkspace</name>
    <message>
        <source>Event Display</source>
        <translation>イベント表示</translation>
    </message>
    <message>
        <source>Look at an event: detector geometry, hits, tracks, calorimeter deposits and physics objects. Pick, filter, project and share a picture.</source>
        <translation>事象を見る：検出器の形状、ヒット、飛跡、カロリメータのエネルギー損失、物理オブジェクト。選択、フィルタ、投影、画像の共有ができます。</translation>
    </message>
    <message>
        <source>Detector geometry from TrackML detector files and OBJ meshes</source>
        <translation>TrackML 検出器ファイルと OBJ メッシュからの検出器形状</translation>
    </message>
    <message>
        <source>Tracks, calorimeter cells and physics objects from Phoenix files</source>
        <translation>Phoenix ファイルからの飛跡、カロリメータセル、物理オブジェクト</translation>
    </message>
    <message>
        <source>3D, x-y, r-z and η-φ views; picking and filters</source>
        <translation>3D、x-y、r-z、η-φ 表示、選択とフィルタ</translation>
    </message>
    <message>
        <source>Show Demo Event</source>
        <translation>デモ事象を表示</translation>
    </message>
    <message>
        <source>Open Event…</source>
        <translation>事象を開く…</translation>
    </message>
    <message>
        <source>Event hits (*.csv *.csv.gz)</source>
        <translation>事象のヒット (*.csv *.csv.gz)</translation>
    </message>
    <message>
        <source>Phoenix events (*.json)</source>
        <translation>Phoenix 事象 (*.json)</translation>
    </message>
    <message>
        <source>Hit Radii</source>
        <translation>ヒットの半径</translation>
    </message>
    <message>
        <source>%1: %2 hits</source>
        <translation>%1：%2 ヒット</translation>
    </message>
    <message>
        <source>Demo event: %1 hits</source>
        <translation>デモ事象：%1 ヒット</translation>
    </message>
    <message>
        <source>Demo event</source>
        <translation>デモ事象</translation>
    </message>
    <message>
        <source>TrackML detector descriptions (detectors*.csv detectors*.csv.gz)</source>
        <translation>TrackML 検出器記述 (detectors*.csv detectors*.csv.gz)</translation>
    </message>
    <message>
        <source>Detector description: %1 modules</source>
        <translation>検出器記述: %1 個のモジュール</translation>
    </message>
    <message>
        <source>%1: %2 detector modules</source>
        <translation>%1: %2 個の検出器モジュール</translation>
    </message>
</context>
<context>
    <name>lupa::app::FileActions</name>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Open a file in the workspace that reads it</source>
        <translation>ファイルを読み込めるワークスペースで開きます</translation>
    </message>
    <message>
        <source>Quit lupa</source>
        <translation>lupa を終了します</translation>
    </message>
    <message>
        <source>Open File</source>
        <translation>ファイルを開く</translation>
    </message>
</context>
<context>
    <name>lupa::app::FileOpener</name>
    <message>
        <source>The file %1 does not exist or cannot be read.</source>
        <translation>ファイル %1 が存在しないか、読み込めません。</translation>
    </message>
    <message>
        <source>No such readable file.</source>
        <translation>読み込み可能なファイルがありません。</translation>
    </message>
    <message>
        <source>lupa does not know how to open %1. It reads TrackML CSV files, Phoenix JSON events, CaloChallenge and ADC2021 HDF5 files and module images.</source>
        <translation>lupa は %1 を開く方法を知りません。読み込めるのは TrackML の CSV ファイル、Phoenix の JSON 事象、CaloChallenge と ADC2021 の HDF5 ファイル、モジュール画像です。</translation>
    </message>
    <message>
        <source>No workspace reads files like this one.</source>
        <translation>この種類のファイルを読み込むワークスペースはありません。</translation>
    </message>
    <message>
        <source>%1 could not be opened in %2: %3</source>
        <translation>%1 を %2 で開けませんでした：%3</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cannot Open File</source>
        <translation>ファイルを開けません</translation>
    </message>
</context>
<context>
    <name>lupa::app::HelpActions</name>
    <message>
        <source>&amp;User Guide</source>
        <translation>ユーザーガイド(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;About lupa</source>
        <translation>lupa について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>Open lupa&apos;s user guide</source>
        <translation>lupa のユーザーガイドを開きます</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>ユーザーガイド</translation>
    </message>
    <message>
        <source>The user guide could not be opened. It is docs/user-guide.md in lupa&apos;s sources and share/doc/lupa/user-guide.md where lupa is installed.</source>
        <translation>ユーザーガイドを開けませんでした。ソースでは docs/user-guide.md、インストール先では share/doc/lupa/user-guide.md にあります。</translation>
    </message>
</context>
<context>
    <name>lupa::app::HitHistogram</name>
    <message>
        <source>Hits</source>
        <translation>ヒット数</translation>
    </message>
    <message>
        <source>Transverse radius r [mm]</source>
        <translation>横方向半径 r [mm]</translation>
    </message>
</context>
<context>
    <name>lupa::app::HitsReader</name>
    <message>
        <source>%1 hits in %2 layers</source>
        <translation>%2 層に %1 ヒット</translation>
    </message>
    <message>
        <source>%1 events; showing &quot;%2&quot;</source>
        <translation>%1 事象、「%2」を表示中</translation>
    </message>
    <message>
        <source>%1 hits in %2 collections</source>
        <translation>%2 コレクションに %1 ヒット</translation>
    </message>
    <message>
        <source>%1 tracks drawn</source>
        <translation>%1 本の飛跡を描画</translation>
    </message>
</context>
<context>
    <name>lupa::app::InspectionWorkspace</name>
    <message>
        <source>Inspection</source>
        <translation>検査</translation>
    </message>
    <message>
        <source>Photograph each detector module at each production stage and get PASS, FAIL or REVIEW with the defects marked.</source>
        <translation>各製造段階で検出器モジュールを撮影し、欠陥を示した上で合格・不合格・要確認の判定を得ます。</translation>
    </message>
    <message>
        <source>Registration of the photograph to its reference image</source>
        <translation>写真と参照画像の位置合わせ</translation>
    </message>
    <message>
        <source>Anomaly maps and defect boxes with their classes</source>
        <translation>異常マップと分類付き欠陥ボックス</translation>
    </message>
    <message>
        <source>Confirm or overrule the verdict and keep the QC record</source>
        <translation>判定の確認または変更と品質管理記録の保存</translation>
    </message>
    <message>
        <source>Open Module Image…</source>
        <translation>モジュール画像を開く…</translation>
    </message>
    <message>
        <source>not a readable image (%1)</source>
        <translation>読み込める画像ではありません (%1)</translation>
    </message>
    <message>
        <source>16-bit grey</source>
        <translation>16 ビットグレー</translation>
    </message>
    <message>
        <source>8-bit grey</source>
        <translation>8 ビットグレー</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>カラー</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3</source>
        <translation>%1 × %2 ピクセル、%3</translation>
    </message>
    <message>
        <source>Opened image %1</source>
        <translation>画像 %1 を開きました</translation>
    </message>
    <message>
        <source>Module images (*.png *.tif *.tiff *.jpg *.jpeg *.bmp)</source>
        <translation>モジュール画像 (*.png *.tif *.tiff *.jpg *.jpeg *.bmp)</translation>
    </message>
</context>
<context>
    <name>lupa::app::MainWindow</name>
    <message>
        <source>There is no workspace &quot;%1&quot;.</source>
        <translation>ワークスペース「%1」はありません。</translation>
    </message>
    <message>
        <source>Showing the demo event</source>
        <translation>デモ事象を表示しています</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>Show &amp;Demo Event</source>
        <translation>デモ事象を表示(&amp;D)</translation>
    </message>
    <message>
        <source>Show a simulated event in the event display</source>
        <translation>シミュレーション事象をイベント表示に表示します</translation>
    </message>
    <message>
        <source>Preferences applied</source>
        <translation>設定を適用しました</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
</context>
<context>
    <name>lupa::app::PlaceholderPage</name>
    <message>
        <source>Coming to this workspace:</source>
        <translation>このワークスペースに今後追加される機能：</translation>
    </message>
</context>
<context>
    <name>lupa::app::PreferencesAction</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <source>Threads, theme and language</source>
        <translation>スレッド、テーマ、言語</translation>
    </message>
</context>
<context>
    <name>lupa::app::PreferencesDialog</name>
    <message>
        <source>The new language is used when lupa starts the next time.</source>
        <translation>新しい言語は次回 lupa を起動したときに使われます。</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>One per core (%1)</source>
        <translation>コアごとに 1 つ (%1)</translation>
    </message>
    <message>
        <source>How many threads lupa&apos;s computations may use at the same time.</source>
        <translation>lupa の計算が同時に使えるスレッド数です。</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>スレッド数(&amp;T)：</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>テーマ(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>lupa::app::RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>履歴を消去(&amp;C)</translation>
    </message>
</context>
<context>
    <name>lupa::app::StatusIndicators</name>
    <message>
        <source>Threads: %1</source>
        <translation>スレッド：%1</translation>
    </message>
    <message>
        <source>Threads lupa&apos;s computations use; change them in the preferences.</source>
        <translation>lupa の計算が使うスレッド数です。設定で変更できます。</translation>
    </message>
    <message>
        <source>No jobs running</source>
        <translation>実行中のジョブはありません</translation>
    </message>
    <message>
        <source>Jobs running: %1</source>
        <translation>実行中のジョブ：%1</translation>
    </message>
</context>
<context>
    <name>lupa::app::TrackingWorkspace</name>
    <message>
        <source>Tracking</source>
        <translation>飛跡再構成</translation>
    </message>
    <message>
        <source>Simulate events, reconstruct their tracks with a graph neural network or a classical baseline, and score them the TrackML way.</source>
        <translation>事象をシミュレーションし、グラフニューラルネットワークまたは従来手法で飛跡を再構成して、TrackML の方式で評価します。</translation>
    </message>
    <message>
        <source>Event simulation with pile-up</source>
        <translation>パイルアップを含む事象シミュレーション</translation>
    </message>
    <message>
        <source>Training and running the track-finding pipeline</source>
        <translation>飛跡探索パイプラインの学習と実行</translation>
    </message>
    <message>
        <source>Score, efficiency, fake and duplicate rates</source>
        <translation>スコア、効率、偽飛跡率、重複率</translation>
    </message>
    <message>
        <source>Open TrackML Event…</source>
        <translation>TrackML 事象を開く…</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>列：%1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 を開きました</translation>
    </message>
    <message>
        <source>TrackML event files (*.csv *.csv.gz)</source>
        <translation>TrackML 事象ファイル (*.csv *.csv.gz)</translation>
    </message>
</context>
<context>
    <name>lupa::app::ValidationInputs</name>
    <message>
        <source>none: open or drop a CaloChallenge file</source>
        <translation>なし: CaloChallenge ファイルを開くかドロップしてください</translation>
    </message>
    <message>
        <source>Fréchet and kernel physics distances</source>
        <translation>フレシェ距離とカーネル物理距離</translation>
    </message>
    <message>
        <source>Run Validation</source>
        <translation>検証を実行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Export Report…</source>
        <translation>レポートをエクスポート…</translation>
    </message>
    <message>
        <source>Generated showers compared with the reference (Delete removes)</source>
        <translation>参照と比較する生成シャワー (Delete で削除)</translation>
    </message>
    <message>
        <source>Automatic (from the voxel count)</source>
        <translation>自動 (ボクセル数から)</translation>
    </message>
    <message>
        <source>Dataset %1</source>
        <translation>データセット %1</translation>
    </message>
    <message>
        <source>Compute features, histograms and metrics (Ctrl+R)</source>
        <translation>特徴量、ヒストグラム、指標を計算 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>ファイルを追加…</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>参照:</translation>
    </message>
    <message>
        <source>Binning:</source>
        <translation>ビニング:</translation>
    </message>
    <message>
        <source>Candidates:</source>
        <translation>候補:</translation>
    </message>
    <message>
        <source>%1; choose a binning</source>
        <translation>%1; ビニングを選択してください</translation>
    </message>
</context>
<context>
    <name>lupa::app::ValidationResults</name>
    <message>
        <source>Features, coloured by their largest separation power (green: alike, red: apart)</source>
        <translation>最大分離能で色分けした特徴量 (緑: 類似, 赤: 相違)</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>ヒストグラム</translation>
    </message>
    <message>
        <source>Average Shower</source>
        <translation>平均シャワー</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>層:</translation>
    </message>
    <message>
        <source>Candidate:</source>
        <translation>候補:</translation>
    </message>
    <message>
        <source>%1   (%2)</source>
        <translation>%1   (%2)</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>特徴量</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候補</translation>
    </message>
    <message>
        <source>Separation power</source>
        <translation>分離能</translation>
    </message>
    <message>
        <source>± (bootstrap)</source>
        <translation>± (ブートストラップ)</translation>
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
        <translation>%1 (分離能 %2)</translation>
    </message>
    <message>
        <source>normalised entries</source>
        <translation>規格化エントリー</translation>
    </message>
    <message>
        <source>reference: %1</source>
        <translation>参照: %1</translation>
    </message>
    <message>
        <source>reference, layer %1</source>
        <translation>参照, 層 %1</translation>
    </message>
    <message>
        <source>%1, layer %2</source>
        <translation>%1, 層 %2</translation>
    </message>
</context>
<context>
    <name>lupa::app::ViewActions</name>
    <message>
        <source>&amp;Full Screen</source>
        <translation>全画面表示(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>レイアウトを初期化(&amp;R)</translation>
    </message>
    <message>
        <source>Put the panels back where they were when lupa started for the first time</source>
        <translation>パネルを lupa の初回起動時の位置に戻します</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>パネル(&amp;P)</translation>
    </message>
</context>
<context>
    <name>lupa::app::WorkspaceSwitcher</name>
    <message>
        <source>Workspaces</source>
        <translation>ワークスペース</translation>
    </message>
</context>
<context>
    <name>lupa::widgets</name>
    <message>
        <source>cannot write the %1</source>
        <translation>%1 を書き込めません</translation>
    </message>
    <message>
        <source>%1 picture</source>
        <translation>%1 画像</translation>
    </message>
</context>
<context>
    <name>lupa::widgets::HistogramComparisonPlot</name>
    <message>
        <source>ratio</source>
        <translation>比</translation>
    </message>
</context>
<context>
    <name>lupa::widgets::JobManager</name>
    <message>
        <source>Cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
</context>
<context>
    <name>lupa::widgets::JobRow</name>
    <message>
        <source>Waiting…</source>
        <translation>待機中…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
</context>
<context>
    <name>lupa::widgets::JobsPanel</name>
    <message>
        <source>Clear finished</source>
        <translation>完了したものを消去</translation>
    </message>
</context>
<context>
    <name>lupa::widgets::LogPanel</name>
    <message>
        <source>Debug</source>
        <translation>デバッグ</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>表示:</translation>
    </message>
</context>
<context>
    <name>lupa::widgets::PlotView</name>
    <message>
        <source>lupa plot</source>
        <translation>lupa のプロット</translation>
    </message>
    <message>
        <source>PNG picture</source>
        <translation>PNG 画像</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文書</translation>
    </message>
    <message>
        <source>SVG picture</source>
        <translation>SVG 画像</translation>
    </message>
    <message>
        <source>cannot export a plot as &apos;.%1&apos;: use .png, .pdf or .svg</source>
        <translation>プロットを &apos;.%1&apos; 形式で書き出せません: .png、.pdf、.svg のいずれかを使ってください</translation>
    </message>
</context>
<context>
    <name>lupa::widgets::ShowerImageView</name>
    <message>
        <source>PNG picture</source>
        <translation>PNG 画像</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文書</translation>
    </message>
    <message>
        <source>SVG picture</source>
        <translation>SVG 画像</translation>
    </message>
    <message>
        <source>cannot export a shower image as &apos;.%1&apos;: use .png, .pdf or .svg</source>
        <translation>シャワー画像を &apos;.%1&apos; 形式で書き出せません: .png、.pdf、.svg のいずれかを使ってください</translation>
    </message>
</context>
<context>
    <name>lupa::widgets::VtkView</name>
    <message>
        <source>cannot render the view: OpenGL is not available</source>
        <translation>ビューを描画できません: OpenGL が利用できません</translation>
    </message>
</context>
</TS>
