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
    <name>lupa::app::AnomalyInputs</name>
    <message>
        <source>Add Files…</source>
        <translation>ファイルを追加…</translation>
    </message>
    <message>
        <source>Simulate Demo Samples</source>
        <translation>デモサンプルをシミュレート</translation>
    </message>
    <message>
        <source>Use as Background</source>
        <translation>バックグラウンドとして使用</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>The first file is the background the autoencoder learns; the others are signals (Delete removes the selected files)</source>
        <translation>最初のファイルはオートエンコーダが学習するバックグラウンド、残りはシグナルです (Delete で選択したファイルを削除)</translation>
    </message>
    <message>
        <source>Write toy ADC2021-like samples: 50 000 background events and 10 000 events of each of four signals, with fixed seeds</source>
        <translation>ADC2021 風のトイサンプルを書き出します: バックグラウンド 50 000 事象と 4 種類のシグナルを各 10 000 事象、固定シードで</translation>
    </message>
    <message>
        <source>Make the selected file the background</source>
        <translation>選択したファイルをバックグラウンドにする</translation>
    </message>
    <message>
        <source>Event samples (background first):</source>
        <translation>事象サンプル (バックグラウンドが先頭):</translation>
    </message>
    <message>
        <source>%1 — background</source>
        <translation>%1 — バックグラウンド</translation>
    </message>
    <message>
        <source>%1 — signal</source>
        <translation>%1 — シグナル</translation>
    </message>
</context>
<context>
    <name>lupa::app::AnomalyJobs</name>
    <message>
        <source>demo samples in %1: %2 background events, %3 per signal</source>
        <translation>%1 にデモサンプル: バックグラウンド %2 事象、シグナルごとに %3 事象</translation>
    </message>
    <message>
        <source>evaluated %1 signal(s) against %2 background events</source>
        <translation>%1 個のシグナルを %2 事象のバックグラウンドに対して評価しました</translation>
    </message>
    <message>
        <source>compared float with %1 inference: mean relative score difference %2</source>
        <translation>浮動小数点と %1 の推論を比較しました: スコアの平均相対差 %2</translation>
    </message>
    <message>
        <source>trained on %1 events (the first half) of %2 for %3 epoch(s)</source>
        <translation>%2 の %1 イベント（前半）で %3 エポック学習しました</translation>
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
        <translation>異常検知</translation>
    </message>
    <message>
        <source>the dataset &quot;Particles&quot; must have the shape (events, objects, 4)</source>
        <translation>データセット「Particles」の形状は (事象, オブジェクト, 4) でなければなりません</translation>
    </message>
    <message>
        <source>ADC2021 events (*.h5 *.hdf5)</source>
        <translation>ADC2021 事象 (*.h5 *.hdf5)</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Score every sample and compute ROC curves, AUC and TPR (Ctrl+R)</source>
        <translation>すべてのサンプルをスコア付けし、ROC 曲線、AUC、TPR を計算 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事象</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>ROC</source>
        <translation>ROC</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Most Anomalous</source>
        <translation>最も異常な事象</translation>
    </message>
    <message>
        <source>Latent Space</source>
        <translation>潜在空間</translation>
    </message>
    <message>
        <source>Fixed Point</source>
        <translation>固定小数点</translation>
    </message>
    <message>
        <source>%1: %2 events, added as %3</source>
        <translation>%1: %2 事象を%3として追加</translation>
    </message>
    <message>
        <source>the background</source>
        <translation>バックグラウンド</translation>
    </message>
    <message>
        <source>a signal</source>
        <translation>シグナル</translation>
    </message>
    <message>
        <source>lupa anomaly models (*.lupa)</source>
        <translation>lupa 異常検知モデル (*.lupa)</translation>
    </message>
    <message>
        <source>Simulate demo samples</source>
        <translation>デモサンプルのシミュレーション</translation>
    </message>
    <message>
        <source>Open or simulate a background sample first</source>
        <translation>先にバックグラウンドサンプルを開くかシミュレートしてください</translation>
    </message>
    <message>
        <source>Train anomaly autoencoder</source>
        <translation>異常検知オートエンコーダの学習</translation>
    </message>
    <message>
        <source>Evaluation needs a model, a background and at least one signal</source>
        <translation>評価にはモデル、バックグラウンド、少なくとも 1 つのシグナルが必要です</translation>
    </message>
    <message>
        <source>Evaluate anomaly model</source>
        <translation>異常検知モデルの評価</translation>
    </message>
    <message>
        <source>The comparison needs a model and a background</source>
        <translation>比較にはモデルとバックグラウンドが必要です</translation>
    </message>
    <message>
        <source>Compare float and fixed point</source>
        <translation>浮動小数点と固定小数点の比較</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Wait for the running job to finish, or cancel it</source>
        <translation>実行中のジョブの終了を待つか、キャンセルしてください</translation>
    </message>
    <message>
        <source>No job runner</source>
        <translation>ジョブ実行環境がありません</translation>
    </message>
    <message>
        <source>Training stopped: %1</source>
        <translation>学習を中止しました: %1</translation>
    </message>
    <message>
        <source>%1 holds no training history.</source>
        <translation>%1 には学習履歴がありません。</translation>
    </message>
    <message>
        <source>Opened the model %1</source>
        <translation>モデル %1 を開きました</translation>
    </message>
    <message>
        <source>there is no model to save: train or open one first</source>
        <translation>保存するモデルがありません: 先に学習するか開いてください</translation>
    </message>
    <message>
        <source>Saved the model to %1</source>
        <translation>モデルを %1 に保存しました</translation>
    </message>
    <message>
        <source>trained, not saved yet: %1</source>
        <translation>学習済み、未保存: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open Anomaly Model</source>
        <translation>異常検知モデルを開く</translation>
    </message>
    <message>
        <source>lupa anomaly models (*.lupa);;All files (*)</source>
        <translation>lupa 異常検知モデル (*.lupa);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Save Anomaly Model</source>
        <translation>異常検知モデルを保存</translation>
    </message>
</context>
<context>
    <name>lupa::app::BatchSummaryTable</name>
    <message>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Defects</source>
        <translation>欠陥</translation>
    </message>
    <message>
        <source>not inspected</source>
        <translation>未検査</translation>
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
    <name>lupa::app::CollectionsPanel</name>
    <message>
        <source>Collection</source>
        <translation>コレクション</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Hit size:</source>
        <translation>ヒットの大きさ:</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>ヒット</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>飛跡</translation>
    </message>
    <message>
        <source>Geometry</source>
        <translation>形状</translation>
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
    <name>lupa::app::EarlierStageBar</name>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1、%2、%3</translation>
    </message>
    <message>
        <source>Compare with Earlier Stage</source>
        <translation>前の工程と比較</translation>
    </message>
    <message>
        <source>Compare the image with the same module at an earlier production stage, as the QC database recorded it, instead of the reference (Ctrl+E)</source>
        <translation>参照の代わりに、QC データベースに記録された前の製造工程の同じモジュールと画像を比較 (Ctrl+E)</translation>
    </message>
    <message>
        <source>no earlier stage</source>
        <translation>前の工程なし</translation>
    </message>
    <message>
        <source>The earlier stages of this module in the QC database</source>
        <translation>QC データベースにあるこのモジュールの前の工程</translation>
    </message>
</context>
<context>
    <name>lupa::app::EarlierStages</name>
    <message>
        <source>The image recorded at stage &quot;%1&quot; no longer exists: %2</source>
        <translation>工程「%1」で記録された画像はもう存在しません: %2</translation>
    </message>
    <message>
        <source>The image recorded at stage &quot;%1&quot; has changed since it was inspected (its SHA-256 no longer matches the QC record): %2</source>
        <translation>工程「%1」で記録された画像は検査後に変更されています (SHA-256 が QC 記録と一致しません): %2</translation>
    </message>
    <message>
        <source>there is no current image to align it with</source>
        <translation>位置合わせの対象となる現在の画像がありません</translation>
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
    <message>
        <source>Hit %1: x %2, y %3, z %4 mm</source>
        <translation>ヒット %1: x %2, y %3, z %4 mm</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>コレクション</translation>
    </message>
</context>
<context>
    <name>lupa::app::EventNavigator</name>
    <message>
        <source>Previous event of this folder</source>
        <translation>このフォルダーの前の事象</translation>
    </message>
    <message>
        <source>Next event of this folder</source>
        <translation>このフォルダーの次の事象</translation>
    </message>
    <message>
        <source>Event %1 of %2</source>
        <translation>事象 %1 / %2</translation>
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
    <name>lupa::app::FixedPointPanel</name>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Limited by statistics: the background is too small to reach this false-positive rate</source>
        <translation>統計による制限: バックグラウンドが少なすぎてこの偽陽性率に届きません</translation>
    </message>
    <message>
        <source>Separate weight format</source>
        <translation>重みに別の形式を使う</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Run the model in float and in fixed point on every sample (Ctrl+Shift+R)</source>
        <translation>すべてのサンプルでモデルを浮動小数点と固定小数点で実行 (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Δ = fixed-point value − float value of each stage over the events compared; overflow: share of float values outside the data format&apos;s range</source>
        <translation>Δ = 各段の固定小数点値 − 浮動小数点値 (比較した事象全体); オーバーフロー: データ形式の範囲外にある浮動小数点値の割合</translation>
    </message>
    <message>
        <source>Choose the formats an FPGA implementation would use and press Compare.</source>
        <translation>FPGA 実装で使う形式を選び、「比較」を押してください。</translation>
    </message>
    <message>
        <source>Truncate (AP_TRN)</source>
        <translation>切り捨て (AP_TRN)</translation>
    </message>
    <message>
        <source>Nearest (AP_RND)</source>
        <translation>最近接丸め (AP_RND)</translation>
    </message>
    <message>
        <source>Wrap (AP_WRAP)</source>
        <translation>ラップアラウンド (AP_WRAP)</translation>
    </message>
    <message>
        <source>Saturate (AP_SAT)</source>
        <translation>飽和 (AP_SAT)</translation>
    </message>
    <message>
        <source>Integer bits, the sign bit included</source>
        <translation>整数ビット (符号ビットを含む)</translation>
    </message>
    <message>
        <source>ap_fixed&lt;W,I&gt; formats</source>
        <translation>ap_fixed&lt;W,I&gt; 形式</translation>
    </message>
    <message>
        <source>Total bits W:</source>
        <translation>総ビット数 W:</translation>
    </message>
    <message>
        <source>Integer bits I:</source>
        <translation>整数ビット数 I:</translation>
    </message>
    <message>
        <source>Rounding:</source>
        <translation>丸め:</translation>
    </message>
    <message>
        <source>Overflow:</source>
        <translation>オーバーフロー:</translation>
    </message>
    <message>
        <source>Weight total bits:</source>
        <translation>重みの総ビット数:</translation>
    </message>
    <message>
        <source>Weight integer bits:</source>
        <translation>重みの整数ビット数:</translation>
    </message>
    <message>
        <source>Data %1, weights %2, on %3 background events: the fixed-point score differs from the float score by %4 % on average (at most %5 %) of the mean score.</source>
        <translation>データ %1、重み %2、バックグラウンド %3 事象: 固定小数点と浮動小数点のスコアの差は、平均スコアに対して平均 %4 % (最大 %5 %) です。</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>幅</translation>
    </message>
    <message>
        <source>Max |Δ|</source>
        <translation>最大 |Δ|</translation>
    </message>
    <message>
        <source>RMS Δ</source>
        <translation>RMS Δ</translation>
    </message>
    <message>
        <source>Float RMS</source>
        <translation>浮動小数点 RMS</translation>
    </message>
    <message>
        <source>RMS Δ / float RMS</source>
        <translation>RMS Δ / 浮動小数点 RMS</translation>
    </message>
    <message>
        <source>Overflow [%]</source>
        <translation>オーバーフロー [%]</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>シグナル</translation>
    </message>
    <message>
        <source>AUC float</source>
        <translation>AUC 浮動小数点</translation>
    </message>
    <message>
        <source>AUC fixed</source>
        <translation>AUC 固定小数点</translation>
    </message>
    <message>
        <source>Δ AUC</source>
        <translation>Δ AUC</translation>
    </message>
    <message>
        <source>TPR at FPR %1 float</source>
        <translation>FPR %1 での TPR 浮動小数点</translation>
    </message>
    <message>
        <source>TPR at FPR %1 fixed</source>
        <translation>FPR %1 での TPR 固定小数点</translation>
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
    <name>lupa::app::HitTableModel</name>
    <message>
        <source>Hit</source>
        <translation>ヒット</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>ボリューム</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>層</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>モジュール</translation>
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
        <translation>粒子</translation>
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
    <message>
        <source>Truth particles loaded</source>
        <translation>真の粒子を読み込みました</translation>
    </message>
</context>
<context>
    <name>lupa::app::InspectionControlPanel</name>
    <message>
        <source>Open Image…</source>
        <translation>画像を開く…</translation>
    </message>
    <message>
        <source>Choose the photograph of the module to inspect</source>
        <translation>検査するモジュールの写真を選択</translation>
    </message>
    <message>
        <source>Open Reference…</source>
        <translation>参照を開く…</translation>
    </message>
    <message>
        <source>Choose the golden reference image of this module type</source>
        <translation>このモジュールタイプのゴールデン参照画像を選択</translation>
    </message>
    <message>
        <source>Open Model…</source>
        <translation>モデルを開く…</translation>
    </message>
    <message>
        <source>Choose a trained inspection model (lupa-cli inspect train)</source>
        <translation>学習済みの検査モデルを選択 (lupa-cli inspect train)</translation>
    </message>
    <message>
        <source>QC Database…</source>
        <translation>QC データベース…</translation>
    </message>
    <message>
        <source>Choose the QC database the records are saved to</source>
        <translation>記録の保存先となる QC データベースを選択</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Inspect the image against the reference (Ctrl+R)</source>
        <translation>画像を参照と比較して検査 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Demo Sample</source>
        <translation>デモサンプル</translation>
    </message>
    <message>
        <source>Make a synthetic board pair with defects and inspect it</source>
        <translation>欠陥を含む合成基板のペアを作成して検査</translation>
    </message>
    <message>
        <source>Inspect Folder…</source>
        <translation>フォルダーを検査…</translation>
    </message>
    <message>
        <source>Inspect every image of a folder against the reference</source>
        <translation>フォルダー内のすべての画像を参照と比較して検査</translation>
    </message>
    <message>
        <source>Train Model…</source>
        <translation>モデルを学習…</translation>
    </message>
    <message>
        <source>Train an inspection model on a folder of good images</source>
        <translation>良品画像のフォルダーで検査モデルを学習</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop the running job</source>
        <translation>実行中のジョブを停止</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>no image</source>
        <translation>画像なし</translation>
    </message>
    <message>
        <source>no reference</source>
        <translation>参照なし</translation>
    </message>
    <message>
        <source>template difference</source>
        <translation>テンプレート差分</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Module Type…</source>
        <translation>モジュールタイプ…</translation>
    </message>
    <message>
        <source>Open a module-type file: its reference, regions of interest and pixel scale</source>
        <translation>モジュールタイプファイルを開く：基準画像、関心領域、ピクセルスケール</translation>
    </message>
    <message>
        <source>Save Module Type…</source>
        <translation>モジュールタイプを保存…</translation>
    </message>
    <message>
        <source>Save the reference and the regions drawn on the image as a module-type file</source>
        <translation>基準画像と画像上に描いた領域をモジュールタイプファイルとして保存</translation>
    </message>
    <message>
        <source>no module type</source>
        <translation>モジュールタイプなし</translation>
    </message>
</context>
<context>
    <name>lupa::app::InspectionJobs</name>
    <message>
        <source>%1: %2, %3 defect(s)</source>
        <translation>%1: %2、欠陥 %3 件</translation>
    </message>
    <message>
        <source>inspected %1 image(s), %2 could not be inspected</source>
        <translation>%1 枚の画像を検査しました。%2 枚は検査できませんでした</translation>
    </message>
    <message>
        <source>trained on %1 good image(s), model written to %2</source>
        <translation>良品画像 %1 枚で学習し、モデルを %2 に書き込みました</translation>
    </message>
    <message>
        <source>Comparing with stage &quot;%1&quot; (%2), aligned with the current image</source>
        <translation>工程「%1」(%2) と比較中、現在の画像に位置合わせ済み</translation>
    </message>
    <message>
        <source>Comparing with stage &quot;%1&quot; (%2) as recorded: it could not be aligned (%3)</source>
        <translation>工程「%1」(%2) と記録のまま比較中: 位置合わせできませんでした (%3)</translation>
    </message>
</context>
<context>
    <name>lupa::app::InspectionLossPlot</name>
    <message>
        <source>training</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <source>reconstruction MSE (grey levels in [0, 1])</source>
        <translation>再構成 MSE (グレー値 [0, 1])</translation>
    </message>
    <message>
        <source>Train a model on good images (Train Model…) to see its loss curves here.</source>
        <translation>良品画像でモデルを学習すると (モデルを学習…)、ここに損失曲線が表示されます。</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>学習中…</translation>
    </message>
    <message>
        <source>Epoch %1 of at most %2: training loss %3, validation loss %4</source>
        <translation>エポック %1 / 最大 %2: 学習損失 %3、検証損失 %4</translation>
    </message>
</context>
<context>
    <name>lupa::app::InspectionReport</name>
    <message>
        <source>open</source>
        <translation>未判断</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>overruled: no defect</source>
        <translation>却下：欠陥なし</translation>
    </message>
    <message>
        <source>overruled: %1</source>
        <translation>却下：%1</translation>
    </message>
    <message>
        <source>Module inspection report</source>
        <translation>モジュール検査レポート</translation>
    </message>
    <message>
        <source>Module: %1 (%2), stage %3</source>
        <translation>モジュール：%1 (%2)、工程 %3</translation>
    </message>
    <message>
        <source>Inspected %1 by %2 at %3</source>
        <translation>%1 に %2 が %3 で検査</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>画像：%1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256：%1</translation>
    </message>
    <message>
        <source>Model: %1; thresholds: %2</source>
        <translation>モデル：%1、しきい値：%2</translation>
    </message>
    <message>
        <source>The operator overruled the pipeline&apos;s verdict %1.</source>
        <translation>オペレーターがパイプラインの判定 %1 を覆しました。</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>信頼度</translation>
    </message>
    <message>
        <source>Area (px)</source>
        <translation>面積 (px)</translation>
    </message>
    <message>
        <source>Area (mm²)</source>
        <translation>面積 (mm²)</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>ピーク</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>領域</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>判断</translation>
    </message>
    <message>
        <source>unclassified</source>
        <translation>未分類</translation>
    </message>
    <message>
        <source>No defects.</source>
        <translation>欠陥なし。</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>コメント：%1</translation>
    </message>
</context>
<context>
    <name>lupa::app::InspectionViewPanel</name>
    <message>
        <source>&amp;Overlay</source>
        <translation>オーバーレイ(&amp;O)</translation>
    </message>
    <message>
        <source>Tested (registered)</source>
        <translation>検査画像 (位置合わせ済み)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参照</translation>
    </message>
    <message>
        <source>Show the anomaly map over the image</source>
        <translation>画像に異常マップを重ねて表示</translation>
    </message>
    <message>
        <source>Opacity of the anomaly overlay</source>
        <translation>異常オーバーレイの不透明度</translation>
    </message>
    <message>
        <source>Single</source>
        <translation>単独</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>並べて表示</translation>
    </message>
    <message>
        <source>Blink</source>
        <translation>点滅</translation>
    </message>
    <message>
        <source>Compare the tested image with the reference</source>
        <translation>検査画像を参照と比較</translation>
    </message>
    <message>
        <source>Defect threshold relative to the calibrated one: higher finds fewer defects</source>
        <translation>校正済みのしきい値に対する欠陥しきい値: 高くすると検出される欠陥が減ります</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>不透明度:</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>比較:</translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation>しきい値:</translation>
    </message>
    <message>
        <source>Earlier stage: %1</source>
        <translation>前の工程: %1</translation>
    </message>
</context>
<context>
    <name>lupa::app::InspectionWorkspace</name>
    <message>
        <source>Inspection</source>
        <translation>検査</translation>
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
        <source>Opened image %1</source>
        <translation>画像 %1 を開きました</translation>
    </message>
    <message>
        <source>Module images (*.png *.tif *.tiff *.jpg *.jpeg *.bmp)</source>
        <translation>モジュール画像 (*.png *.tif *.tiff *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>C confirms the selected defect, O overrules it, N goes to the next one</source>
        <translation>C で選択した欠陥を確認、O で却下、N で次の欠陥へ移動</translation>
    </message>
    <message>
        <source>Defects (C confirm, O overrule, N next)</source>
        <translation>欠陥 (C 確認、O 却下、N 次へ)</translation>
    </message>
    <message>
        <source>%1: %2 × %3 pixels, %4</source>
        <translation>%1: %2 × %3 ピクセル、%4</translation>
    </message>
    <message>
        <source>Reference %1: %2 × %3 pixels</source>
        <translation>参照 %1: %2 × %3 ピクセル</translation>
    </message>
    <message>
        <source>Template difference with the default settings</source>
        <translation>既定の設定によるテンプレート差分</translation>
    </message>
    <message>
        <source>Opened the model %1 (%2 channel)</source>
        <translation>モデル %1 を開きました (%2 チャネル)</translation>
    </message>
    <message>
        <source>Open a module image and its reference, or try the demo sample.</source>
        <translation>モジュール画像とその参照画像を開くか、デモサンプルを試してください。</translation>
    </message>
    <message>
        <source>Module images (*.png *.tif *.tiff *.jpg *.jpeg *.bmp);;All files (*)</source>
        <translation>モジュール画像 (*.png *.tif *.tiff *.jpg *.jpeg *.bmp);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Open Module Image</source>
        <translation>モジュール画像を開く</translation>
    </message>
    <message>
        <source>Open Reference Image</source>
        <translation>参照画像を開く</translation>
    </message>
    <message>
        <source>Open Inspection Model</source>
        <translation>検査モデルを開く</translation>
    </message>
    <message>
        <source>Inspection models (*.lupa);;All files (*)</source>
        <translation>検査モデル (*.lupa);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>QC Database</source>
        <translation>QC データベース</translation>
    </message>
    <message>
        <source>QC databases (*.sqlite *.db)</source>
        <translation>QC データベース (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Inspect Folder</source>
        <translation>フォルダーを検査</translation>
    </message>
    <message>
        <source>Export ITk JSON</source>
        <translation>ITk JSON をエクスポート</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>Open a module image first</source>
        <translation>先にモジュール画像を開いてください</translation>
    </message>
    <message>
        <source>Open the golden reference image first (or a model that needs none)</source>
        <translation>先にゴールデン参照画像を開いてください (または参照画像が不要なモデル)</translation>
    </message>
    <message>
        <source>Inspect %1</source>
        <translation>%1 を検査</translation>
    </message>
    <message>
        <source>%1 holds no module images</source>
        <translation>%1 にはモジュール画像がありません</translation>
    </message>
    <message numerus="yes">
        <source>Inspect %n image(s) of %1</source>
        <translation>
            <numerusform>%1 の画像 %n 枚を検査</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose where to save the model</source>
        <translation>モデルの保存先を選択</translation>
    </message>
    <message>
        <source>Train inspection model</source>
        <translation>検査モデルの学習</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Wait for the running job to finish, or cancel it</source>
        <translation>実行中のジョブの終了を待つか、キャンセルしてください</translation>
    </message>
    <message>
        <source>No job runner</source>
        <translation>ジョブ実行環境がありません</translation>
    </message>
    <message>
        <source>Training stopped: %1</source>
        <translation>学習を中止しました: %1</translation>
    </message>
    <message>
        <source>The model was saved to %1 and is in use.</source>
        <translation>モデルを %1 に保存し、使用しています。</translation>
    </message>
    <message numerus="yes">
        <source>Threshold × %1: %n defect(s), %2</source>
        <translation>
            <numerusform>しきい値 × %1: 欠陥 %n 件、%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Defect %1 %2</source>
        <translation>欠陥 %1 %2</translation>
    </message>
    <message>
        <source>run an inspection before saving its record</source>
        <translation>記録を保存する前に検査を実行してください</translation>
    </message>
    <message>
        <source>Saved QC record %1 to %2</source>
        <translation>QC 記録 %1 を %2 に保存しました</translation>
    </message>
    <message>
        <source>run an inspection before exporting its record</source>
        <translation>記録をエクスポートする前に検査を実行してください</translation>
    </message>
    <message>
        <source>Wrote the ITk record to %1</source>
        <translation>ITk 記録を %1 に書き込みました</translation>
    </message>
    <message>
        <source>Inspection Report</source>
        <translation>検査レポート</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Module type %1: %n region(s)</source>
        <translation>
            <numerusform>モジュールタイプ %1：%n 個の領域</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved module type %1</source>
        <translation>モジュールタイプ %1 を保存しました</translation>
    </message>
    <message>
        <source>Open Module Type</source>
        <translation>モジュールタイプを開く</translation>
    </message>
    <message>
        <source>Module types (*.json);;All files (*)</source>
        <translation>モジュールタイプ (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Save Module Type</source>
        <translation>モジュールタイプを保存</translation>
    </message>
    <message>
        <source>Module types (*.json)</source>
        <translation>モジュールタイプ (*.json)</translation>
    </message>
    <message>
        <source>run an inspection before writing its report</source>
        <translation>レポートを書く前に検査を実行してください</translation>
    </message>
    <message>
        <source>Wrote the report to %1</source>
        <translation>レポートを %1 に書き出しました</translation>
    </message>
    <message>
        <source>Enter the module&apos;s serial number to compare it with its earlier stages</source>
        <translation>前の工程と比較するには、モジュールのシリアル番号を入力してください</translation>
    </message>
    <message>
        <source>The QC database %1 holds no inspection of %2 at a stage before &quot;%3&quot;</source>
        <translation>QC データベース %1 には、工程「%3」より前の %2 の検査がありません</translation>
    </message>
    <message>
        <source>The QC database holds no inspection of this module at stage &quot;%1&quot;</source>
        <translation>QC データベースには、工程「%1」でのこのモジュールの検査がありません</translation>
    </message>
    <message>
        <source>Compare with stage %1</source>
        <translation>工程 %1 と比較</translation>
    </message>
    <message>
        <source>Comparing with the reference</source>
        <translation>参照と比較中</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
</context>
<context>
    <name>lupa::app::LatentSpacePanel</name>
    <message>
        <source>Horizontal dimension:</source>
        <translation>横軸の次元:</translation>
    </message>
    <message>
        <source>Vertical dimension:</source>
        <translation>縦軸の次元:</translation>
    </message>
    <message>
        <source>Signal:</source>
        <translation>シグナル:</translation>
    </message>
    <message>
        <source>All signals</source>
        <translation>すべてのシグナル</translation>
    </message>
    <message>
        <source>latent dimension %1</source>
        <translation>潜在次元 %1</translation>
    </message>
</context>
<context>
    <name>lupa::app::LossCurvePanel</name>
    <message>
        <source>training</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <source>masked MSE (standardised units)</source>
        <translation>マスク付き MSE (標準化単位)</translation>
    </message>
    <message>
        <source>Train a model to see its loss curves here.</source>
        <translation>モデルを学習すると、ここに損失曲線が表示されます。</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>学習中…</translation>
    </message>
    <message>
        <source>Epoch %1 of at most %2: training loss %3, validation loss %4</source>
        <translation>エポック %1 / 最大 %2: 学習損失 %3、検証損失 %4</translation>
    </message>
    <message>
        <source>Best epoch %1 (loss %2); stopped early: no improvement for a while</source>
        <translation>最良エポック %1 (損失 %2); 改善が続かないため早期終了しました</translation>
    </message>
    <message>
        <source>Best epoch %1 (loss %2); the model keeps that epoch&apos;s weights</source>
        <translation>最良エポック %1 (損失 %2); モデルはそのエポックの重みを保持します</translation>
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
    <name>lupa::app::ModuleForm</name>
    <message>
        <source>e.g. 20UPGM22110039</source>
        <translation>例: 20UPGM22110039</translation>
    </message>
    <message>
        <source>The module&apos;s serial number, as on its carrier</source>
        <translation>キャリアに記載されているモジュールのシリアル番号</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>&amp;Serial:</source>
        <translation>シリアル番号(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>タイプ(&amp;T):</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>工程(&amp;A):</translation>
    </message>
    <message>
        <source>O&amp;perator:</source>
        <translation>作業者(&amp;P):</translation>
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
    <name>lupa::app::RegionToolbar</name>
    <message>
        <source>Draw Region</source>
        <translation>領域を描く</translation>
    </message>
    <message>
        <source>Draw a region of interest (Ctrl+D): click its corners, Enter or double-click closes it, Esc cancels; Delete removes the selected region, Ctrl+Z undoes</source>
        <translation>関心領域を描く (Ctrl+D)：角をクリックし、Enter またはダブルクリックで閉じ、Esc で取り消し。Delete で選択中の領域を削除、Ctrl+Z で元に戻す</translation>
    </message>
    <message>
        <source>Generic</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>無視</translation>
    </message>
    <message>
        <source>Wire-bond pads</source>
        <translation>ワイヤーボンドパッド</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>コネクタ</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>部品</translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>センサー</translation>
    </message>
    <message>
        <source>The kind of the regions drawn next; &quot;Ignore&quot; regions are never inspected</source>
        <translation>次に描く領域の種類。「無視」領域は検査されません</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>種類：</translation>
    </message>
</context>
<context>
    <name>lupa::app::RocPanel</name>
    <message>
        <source>background efficiency (false-positive rate)</source>
        <translation>バックグラウンド効率 (偽陽性率)</translation>
    </message>
    <message>
        <source>trigger rate at 40 MHz [Hz]</source>
        <translation>40 MHz でのトリガーレート [Hz]</translation>
    </message>
    <message>
        <source>signal efficiency (true-positive rate)</source>
        <translation>シグナル効率 (真陽性率)</translation>
    </message>
    <message>
        <source>%1 (AUC %2)</source>
        <translation>%1 (AUC %2)</translation>
    </message>
    <message>
        <source>random selection</source>
        <translation>ランダム選択</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>シグナル</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事象数</translation>
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
        <translation>FPR %1 での TPR
(%2)</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Limited by statistics: the background has fewer than %1 events, so this is the TPR above the highest background score</source>
        <translation>統計による制限: バックグラウンドが %1 事象未満のため、これはバックグラウンドの最高スコアを超える TPR です</translation>
    </message>
    <message>
        <source>* limited by statistics: the background sample is too small to reach this false-positive rate</source>
        <translation>* 統計による制限: バックグラウンドサンプルが少なすぎてこの偽陽性率に届きません</translation>
    </message>
</context>
<context>
    <name>lupa::app::ScoreHistogramPanel</name>
    <message>
        <source>anomaly score (mean squared error, standardised units)</source>
        <translation>異常スコア (平均二乗誤差、標準化単位)</translation>
    </message>
    <message>
        <source>fraction of events</source>
        <translation>事象の割合</translation>
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
    <name>lupa::app::TopEventsTable</name>
    <message>
        <source>The highest-scoring events of all samples; the feature column names the input the autoencoder reconstructs worst</source>
        <translation>全サンプルで最もスコアの高い事象; 特徴量の列はオートエンコーダが最もうまく再構成できない入力を示します</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>順位</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>サンプル</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事象</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Leading feature</source>
        <translation>主な特徴量</translation>
    </message>
    <message>
        <source>Share of score [%]</source>
        <translation>スコアに占める割合 [%]</translation>
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
        <translation>シミュレート</translation>
    </message>
    <message>
        <source>Open Event Folder…</source>
        <translation>イベントフォルダーを開く…</translation>
    </message>
    <message>
        <source>Number of events to simulate</source>
        <translation>シミュレートするイベント数</translation>
    </message>
    <message>
        <source>Mean number of pile-up interactions per event (200 is the HL-LHC&apos;s; ~50 particles each)</source>
        <translation>イベントあたりのパイルアップ相互作用の平均数（HL-LHC は 200、各約 50 粒子）</translation>
    </message>
    <message>
        <source>Events depend on the seed and their number only</source>
        <translation>イベントはシードと番号だけで決まります</translation>
    </message>
    <message>
        <source>Folder the simulated TrackML CSV files are written to</source>
        <translation>シミュレートした TrackML CSV ファイルの書き込み先フォルダー</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>出力フォルダーを選択</translation>
    </message>
    <message>
        <source>The event to reconstruct and score; the GNN trains on the folder&apos;s other events</source>
        <translation>再構成・評価するイベント。GNN はフォルダー内の他のイベントで学習します</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>イベント数:</translation>
    </message>
    <message>
        <source>Pile-up μ:</source>
        <translation>パイルアップ μ:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>シード:</translation>
    </message>
    <message>
        <source>Output folder:</source>
        <translation>出力フォルダー:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>フォルダー:</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>イベント:</translation>
    </message>
    <message>
        <source>none: simulate events or open a folder</source>
        <translation>なし: イベントをシミュレートするかフォルダーを開いてください</translation>
    </message>
    <message>
        <source>%1 (events: %2)</source>
        <translation>%1（イベント数: %2）</translation>
    </message>
    <message>
        <source>Folder for Simulated Events</source>
        <translation>シミュレートしたイベントのフォルダー</translation>
    </message>
</context>
<context>
    <name>lupa::app::TrackingJobs</name>
    <message>
        <source>the event has no hits file</source>
        <translation>このイベントには hits ファイルがありません</translation>
    </message>
    <message>
        <source>not scored: the event has no truth file</source>
        <translation>未評価: このイベントには truth ファイルがありません</translation>
    </message>
    <message>
        <source>no efficiency: the event has no particles file</source>
        <translation>効率なし: このイベントには particles ファイルがありません</translation>
    </message>
    <message>
        <source>%1, %2: %3 tracks from %4 hits</source>
        <translation>%1、%2: %4 ヒットから %3 トラック</translation>
    </message>
    <message>
        <source>, TrackML score %1</source>
        <translation>、TrackML スコア %1</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>ベースライン</translation>
    </message>
    <message>
        <source>GNN</source>
        <translation>GNN</translation>
    </message>
    <message>
        <source>simulated %1 event(s) with pile-up %2 into %3</source>
        <translation>パイルアップ %2 で %1 イベントを %3 にシミュレートしました</translation>
    </message>
    <message>
        <source>trained the GNN on %1 event(s); model written to %2</source>
        <translation>%1 イベントで GNN を学習し、モデルを %2 に書き込みました</translation>
    </message>
</context>
<context>
    <name>lupa::app::TrackingMetricsTable</name>
    <message>
        <source>TrackML score</source>
        <translation>TrackML スコア</translation>
    </message>
    <message>
        <source>Efficiency (pT &gt; 1 GeV)</source>
        <translation>効率（pT &gt; 1 GeV）</translation>
    </message>
    <message>
        <source>Fake rate</source>
        <translation>フェイク率</translation>
    </message>
    <message>
        <source>Duplicate rate</source>
        <translation>重複率</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>トラック</translation>
    </message>
    <message>
        <source>Reconstruction time</source>
        <translation>再構成時間</translation>
    </message>
    <message>
        <source>Weighted share of the hits on good tracks (more than half of a track&apos;s hits from one particle, which has more than half of its hits on the track)</source>
        <translation>良いトラック上のヒットの重み付き割合（トラックのヒットの過半数が一つの粒子に由来し、その粒子のヒットの過半数がトラック上にある）</translation>
    </message>
    <message>
        <source>Particles with pT &gt; 1 GeV, |η| &lt; 4 and at least 4 hits that a track matches (more than half of its hits are theirs)</source>
        <translation>pT &gt; 1 GeV、|η| &lt; 4、ヒット 4 以上の粒子のうち、トラックが対応するもの（トラックのヒットの過半数がその粒子のもの）</translation>
    </message>
    <message>
        <source>Tracks of at least 3 hits matched to no particle</source>
        <translation>どの粒子にも対応しない、ヒット 3 以上のトラック</translation>
    </message>
    <message>
        <source>Matched tracks beyond the first of their particle, per matched track</source>
        <translation>同じ粒子に対応する 2 本目以降のトラックの、対応トラックあたりの割合</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1（%3 中 %2）</translation>
    </message>
    <message>
        <source>%1 (from %2 hits)</source>
        <translation>%1（%2 ヒットから）</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>lupa::app::TrackingModelPanel</name>
    <message>
        <source>Run Baseline</source>
        <translation>ベースラインを実行</translation>
    </message>
    <message>
        <source>Train GNN</source>
        <translation>GNN を学習</translation>
    </message>
    <message>
        <source>Open Model…</source>
        <translation>モデルを開く…</translation>
    </message>
    <message>
        <source>Run GNN</source>
        <translation>GNN を実行</translation>
    </message>
    <message>
        <source>Triplet seeding and Kalman track following, no model needed (Ctrl+B)</source>
        <translation>トリプレットシーディングとカルマンフィルターによる追跡。モデル不要（Ctrl+B）</translation>
    </message>
    <message>
        <source>Layer pairs crossed in the training truth</source>
        <translation>学習用 truth で通過したレイヤーの組</translation>
    </message>
    <message>
        <source>Module pairs crossed in the training truth (needs many events)</source>
        <translation>学習用 truth で通過したモジュールの組（多くのイベントが必要）</translation>
    </message>
    <message>
        <source>Doublet cuts only, no map learnt</source>
        <translation>ダブレットのカットのみ、マップは学習しない</translation>
    </message>
    <message>
        <source>How the hit graph is built</source>
        <translation>ヒットグラフの構築方法</translation>
    </message>
    <message>
        <source>Passes over the training graphs; the model keeps the best epoch&apos;s weights</source>
        <translation>学習グラフを通す回数。モデルは最良エポックの重みを保持します</translation>
    </message>
    <message>
        <source>Width of the network&apos;s hidden representations</source>
        <translation>ネットワークの隠れ表現の幅</translation>
    </message>
    <message>
        <source>Message-passing steps of the interaction network (0: an MLP judges each edge alone)</source>
        <translation>インタラクションネットワークのメッセージパッシング回数（0: MLP が各エッジを単独で判定）</translation>
    </message>
    <message>
        <source>Learn the graph map and train the edge classifier (Ctrl+T)</source>
        <translation>グラフマップを学習し、エッジ分類器を学習（Ctrl+T）</translation>
    </message>
    <message>
        <source>Graph, edge classifier and segmentation on the chosen event (Ctrl+R)</source>
        <translation>選択したイベントでグラフ構築・エッジ分類・分割を実行（Ctrl+R）</translation>
    </message>
    <message>
        <source>Graph:</source>
        <translation>グラフ:</translation>
    </message>
    <message>
        <source>Epochs:</source>
        <translation>エポック数:</translation>
    </message>
    <message>
        <source>Hidden size:</source>
        <translation>隠れ層の幅:</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>ステップ数:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>モデル:</translation>
    </message>
    <message>
        <source>none: train one or open a model file</source>
        <translation>なし: 学習するかモデルファイルを開いてください</translation>
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
        <translation>飛跡再構成</translation>
    </message>
    <message>
        <source>TrackML event files (*.csv *.csv.gz)</source>
        <translation>TrackML 事象ファイル (*.csv *.csv.gz)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>efficiency</source>
        <translation>効率</translation>
    </message>
    <message>
        <source>fake rate</source>
        <translation>フェイク率</translation>
    </message>
    <message>
        <source>edge loss (binary cross-entropy)</source>
        <translation>エッジ損失（二値交差エントロピー）</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Reconstruction</source>
        <translation>再構成</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>効率</translation>
    </message>
    <message>
        <source>Fake Rate</source>
        <translation>フェイク率</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>ファイルが存在しません</translation>
    </message>
    <message>
        <source>%1: %2 event(s)</source>
        <translation>%1: %2 イベント</translation>
    </message>
    <message>
        <source>this is a &quot;%1&quot; model, not a GNN tracking model (&quot;track-gnn&quot;)</source>
        <translation>これは「%1」モデルで、GNN トラッキングモデル（「track-gnn」）ではありません</translation>
    </message>
    <message>
        <source>%1 holds no training history.</source>
        <translation>%1 には学習履歴がありません。</translation>
    </message>
    <message>
        <source>%1 (%2 graph)</source>
        <translation>%1（%2 グラフ）</translation>
    </message>
    <message>
        <source>Choose the folder for the simulated events first</source>
        <translation>先にシミュレートしたイベントのフォルダーを選んでください</translation>
    </message>
    <message>
        <source>Simulate TrackML events</source>
        <translation>TrackML イベントをシミュレート</translation>
    </message>
    <message>
        <source>Baseline track reconstruction</source>
        <translation>ベースラインによるトラック再構成</translation>
    </message>
    <message>
        <source>Train the GNN track finder</source>
        <translation>GNN トラックファインダーを学習</translation>
    </message>
    <message>
        <source>Train a GNN or open a model first</source>
        <translation>先に GNN を学習するかモデルを開いてください</translation>
    </message>
    <message>
        <source>GNN track reconstruction</source>
        <translation>GNN によるトラック再構成</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Wait for the running job to finish, or cancel it</source>
        <translation>実行中のジョブの終了を待つか、キャンセルしてください</translation>
    </message>
    <message>
        <source>No job runner</source>
        <translation>ジョブ実行環境がありません</translation>
    </message>
    <message>
        <source>Simulate events or open a folder of TrackML events first</source>
        <translation>先にイベントをシミュレートするか TrackML イベントのフォルダーを開いてください</translation>
    </message>
    <message>
        <source>Training stopped: %1</source>
        <translation>学習が停止しました: %1</translation>
    </message>
    <message>
        <source>Open a Folder of TrackML Events</source>
        <translation>TrackML イベントのフォルダーを開く</translation>
    </message>
    <message>
        <source>Open GNN Tracking Model</source>
        <translation>GNN トラッキングモデルを開く</translation>
    </message>
    <message>
        <source>lupa models (*.lupa);;All files (*)</source>
        <translation>lupa モデル (*.lupa);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>lupa::app::TrainModelDialog</name>
    <message>
        <source>Train Inspection Model</source>
        <translation>検査モデルの学習</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>The autoencoder learns what good modules look like; its threshold is calibrated on every fifth image.</source>
        <translation>オートエンコーダは良品モジュールの外観を学習します。しきい値は 5 枚に 1 枚の画像で校正されます。</translation>
    </message>
    <message>
        <source>&amp;Good images:</source>
        <translation>良品画像(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>エポック数(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Model file:</source>
        <translation>モデルファイル(&amp;M):</translation>
    </message>
    <message>
        <source>Folder of Good Images</source>
        <translation>良品画像のフォルダー</translation>
    </message>
    <message>
        <source>Save Inspection Model</source>
        <translation>検査モデルを保存</translation>
    </message>
    <message>
        <source>Inspection models (*.lupa)</source>
        <translation>検査モデル (*.lupa)</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n 枚の画像</numerusform>
        </translation>
    </message>
    <message>
        <source>How many 32 × 32 px patches are cut from the good images to train on: fewer train faster, more learn the modules better</source>
        <translation>学習用に良品画像から切り出す 32 × 32 px のパッチ数: 少ないほど速く学習し、多いほどモジュールをよく学習します</translation>
    </message>
    <message>
        <source>&amp;Patches:</source>
        <translation>パッチ数(&amp;P):</translation>
    </message>
</context>
<context>
    <name>lupa::app::TrainingPanel</name>
    <message>
        <source>Train</source>
        <translation>学習を開始</translation>
    </message>
    <message>
        <source>Open Model…</source>
        <translation>モデルを開く…</translation>
    </message>
    <message>
        <source>Save Model…</source>
        <translation>モデルを保存…</translation>
    </message>
    <message>
        <source>Widths of the encoder&apos;s hidden layers, comma separated (the decoder mirrors them)</source>
        <translation>エンコーダの隠れ層の幅をカンマ区切りで (デコーダは対称)</translation>
    </message>
    <message>
        <source>Width of the bottleneck</source>
        <translation>ボトルネックの幅</translation>
    </message>
    <message>
        <source>Passes over the background; training stops early after 3 epochs without improvement of the validation loss</source>
        <translation>バックグラウンドを通す回数; 検証損失が 3 エポック改善しないと学習は早期終了します</translation>
    </message>
    <message>
        <source>Seeds the initial weights, the shuffling and the validation split</source>
        <translation>初期重み、シャッフル、検証データの分割のシード</translation>
    </message>
    <message>
        <source>Train the autoencoder on the background (Ctrl+T)</source>
        <translation>バックグラウンドでオートエンコーダを学習 (Ctrl+T)</translation>
    </message>
    <message>
        <source>Save the model file (Ctrl+S)</source>
        <translation>モデルファイルを保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Hidden widths:</source>
        <translation>隠れ層の幅:</translation>
    </message>
    <message>
        <source>Latent size:</source>
        <translation>潜在次元数:</translation>
    </message>
    <message>
        <source>Epochs:</source>
        <translation>エポック数:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>シード:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>モデル:</translation>
    </message>
    <message>
        <source>hidden widths must be positive whole numbers separated by commas, not &quot;%1&quot;</source>
        <translation>隠れ層の幅はカンマ区切りの正の整数で指定してください (「%1」は不可)</translation>
    </message>
    <message>
        <source>none: train one or open a model file</source>
        <translation>なし: 学習するかモデルファイルを開いてください</translation>
    </message>
    <message>
        <source>Autoencoder</source>
        <translation>オートエンコーダ</translation>
    </message>
    <message>
        <source>Variational autoencoder</source>
        <translation>変分オートエンコーダ</translation>
    </message>
    <message>
        <source>A variational autoencoder scores events by the KL divergence of their latent Gaussian, which needs only the encoder (the trigger-friendly score)</source>
        <translation>変分オートエンコーダは潜在ガウス分布の KL ダイバージェンスでイベントを評価します。エンコーダだけで計算できます（トリガー向きのスコア）</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>ネットワーク:</translation>
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
    <name>lupa::app::VerdictPanel</name>
    <message>
        <source>Save Record</source>
        <translation>記録を保存</translation>
    </message>
    <message>
        <source>Export ITk JSON…</source>
        <translation>ITk JSON をエクスポート…</translation>
    </message>
    <message>
        <source>keep the pipeline&apos;s verdict</source>
        <translation>パイプラインの判定を維持</translation>
    </message>
    <message>
        <source>The verdict you give: the same as the pipeline&apos;s confirms it, another overrules it</source>
        <translation>あなたの判定: パイプラインと同じなら確認、異なれば却下になります</translation>
    </message>
    <message>
        <source>comment for the record</source>
        <translation>記録へのコメント</translation>
    </message>
    <message>
        <source>Save the inspection with your decisions to the QC database (Ctrl+S)</source>
        <translation>検査結果とあなたの判断を QC データベースに保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Write the record as an ITk production database VISUAL_INSPECTION test run</source>
        <translation>記録を ITk 製造データベースの VISUAL_INSPECTION テスト実行として書き出す</translation>
    </message>
    <message>
        <source>&amp;Your verdict:</source>
        <translation>あなたの判定(&amp;Y):</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>コメント(&amp;M):</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>レポート…</translation>
    </message>
    <message>
        <source>Write a PDF report: module, verdict, the image with the defects, the defect table</source>
        <translation>PDF レポートを書き出す：モジュール、判定、欠陥付きの画像、欠陥の表</translation>
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
    <name>lupa::widgets::DefectTableModel</name>
    <message>
        <source>open</source>
        <translation>未判定</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>overruled</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>unclassified</source>
        <translation>未分類</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>信頼度</translation>
    </message>
    <message>
        <source>Area (px)</source>
        <translation>面積 (px)</translation>
    </message>
    <message>
        <source>Area (mm²)</source>
        <translation>面積 (mm²)</translation>
    </message>
    <message>
        <source>Peak score</source>
        <translation>ピークスコア</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>領域</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Mark defect %1 %2</source>
        <translation>欠陥 %1 を「%2」にする</translation>
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
    <name>lupa::widgets::InspectionCompareView</name>
    <message>
        <source>Tested</source>
        <translation>検査画像</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参照</translation>
    </message>
</context>
<context>
    <name>lupa::widgets::InspectionImageView</name>
    <message>
        <source>Move region</source>
        <translation>領域を移動</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>参照</translation>
    </message>
    <message>
        <source>Add region %1</source>
        <translation>領域 %1 を追加</translation>
    </message>
    <message>
        <source>Delete region %1</source>
        <translation>領域 %1 を削除</translation>
    </message>
    <message>
        <source>Move region %1</source>
        <translation>領域 %1 を移動</translation>
    </message>
    <message>
        <source>Rename region to %1</source>
        <translation>領域の名前を %1 に変更</translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation>領域 %1</translation>
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
    <name>lupa::widgets::RegionListModel</name>
    <message numerus="yes">
        <source>%1 (%2, %n vertices)</source>
        <translation>
            <numerusform>%1 (%2、頂点 %n 個)</numerusform>
        </translation>
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
