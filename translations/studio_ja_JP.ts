<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="40"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../app/debug/inspectormodel.cpp" line="143"/>
        <source>%1 s ago</source>
        <translation>%1 秒前</translation>
    </message>
    <message>
        <location filename="../app/debug/inspectormodel.cpp" line="144"/>
        <source>%1 min ago</source>
        <translation>%1 分前</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacemodel.cpp" line="148"/>
        <source>partner</source>
        <translation>パートナー</translation>
    </message>
</context>
<context>
    <name>Studio</name>
    <message>
        <location filename="../app/editors/form/yamlbridge.cpp" line="92"/>
        <source>This build has no YAML editor; edit the text instead.</source>
        <translation>このビルドには YAML エディターがありません。代わりにテキストを編集してください。</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/panels.cpp" line="196"/>
        <source>The endpoint server could not start.</source>
        <translation>エンドポイントサーバーを起動できませんでした。</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/panels.cpp" line="318"/>
        <source>The plugin could not start to check the credentials: %1</source>
        <translation>認証情報を確認するためのプラグインを起動できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/panels.cpp" line="388"/>
        <source>&amp;Workspace Settings...</source>
        <translation>ワークスペース設定(&amp;W)...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/panels.cpp" line="398"/>
        <source>The workspace could not be opened: %1</source>
        <translation>ワークスペースを開けませんでした: %1</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="211"/>
        <source>Packaged, but signing failed: %1</source>
        <translation>パッケージ化しましたが、署名に失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="223"/>
        <source>This build has no packager.</source>
        <translation>このビルドにはパッケージャーがありません。</translation>
    </message>
    <message>
        <location filename="../app/package/packageinspector.cpp" line="127"/>
        <source>Signed and verified by %1 (category %2).</source>
        <translation>%1 によって署名され、検証済みです（カテゴリー %2）。</translation>
    </message>
    <message>
        <location filename="../app/package/packageinspector.cpp" line="129"/>
        <source>Signed, but no trusted key verifies it: %1</source>
        <translation>署名されていますが、検証できる信頼済みキーがありません: %1</translation>
    </message>
    <message>
        <location filename="../app/package/packageinspector.cpp" line="131"/>
        <source>Not signed. A daemon that enforces signatures will refuse it.</source>
        <translation>署名されていません。署名を必須とするデーモンはこれを拒否します。</translation>
    </message>
    <message>
        <location filename="../app/problems/livevalidator.cpp" line="57"/>
        <source>The project folder %1 no longer exists.</source>
        <translation>プロジェクトフォルダー %1 は存在しなくなりました。</translation>
    </message>
    <message>
        <location filename="../core/debug/debugserver.cpp" line="58"/>
        <location filename="../core/debug/relay.cpp" line="46"/>
        <source>no handshake within %1 s</source>
        <translation>%1 秒以内にハンドシェイクがありませんでした</translation>
    </message>
    <message>
        <location filename="../core/debug/debugserver.cpp" line="200"/>
        <source>Refusing to listen on %1: the debug server accepts code registrations, so it only listens on 127.0.0.1 unless you explicitly allow other addresses.</source>
        <translation>%1 での待ち受けを拒否しました: デバッグサーバーはコードの登録を受け付けるため、他のアドレスを明示的に許可しない限り 127.0.0.1 でのみ待ち受けます。</translation>
    </message>
    <message>
        <location filename="../core/debug/debugserver.cpp" line="208"/>
        <source>Cannot listen on %1:%2: %3 — choose another port or stop the program using it.</source>
        <translation>%1:%2 で待ち受けできません: %3 — 別のポートを選ぶか、そのポートを使用しているプログラムを停止してください。</translation>
    </message>
    <message>
        <location filename="../core/debug/debugserver.cpp" line="215"/>
        <source>The debug server listens on %1, reachable from other machines; anyone with the debug key can register a plugin.</source>
        <translation>デバッグサーバーは %1 で待ち受けており、他のマシンから接続できます。デバッグキーを持つ人は誰でもプラグインを登録できます。</translation>
    </message>
    <message>
        <location filename="../core/debug/debugserver.cpp" line="230"/>
        <source>the debug server was stopped</source>
        <translation>デバッグサーバーが停止されました</translation>
    </message>
    <message>
        <location filename="../core/debug/debugserver.cpp" line="269"/>
        <source>disconnected from Plugin Studio</source>
        <translation>Plugin Studio から切断されました</translation>
    </message>
    <message>
        <location filename="../core/debug/debugserver.cpp" line="384"/>
        <source>replaced by a new registration of %1 from %2</source>
        <translation>%2 からの %1 の新しい登録に置き換えられました</translation>
    </message>
    <message>
        <location filename="../core/debug/endpointserver.cpp" line="540"/>
        <source>Cannot start the endpoint server on %1:%2: %3</source>
        <translation>%1:%2 でエンドポイントサーバーを起動できません: %3</translation>
    </message>
    <message>
        <location filename="../core/debug/inspector.cpp" line="194"/>
        <location filename="../core/debug/inspector.cpp" line="204"/>
        <source>Cannot write the capture: %1</source>
        <translation>キャプチャを書き込めません: %1</translation>
    </message>
    <message>
        <location filename="../core/debug/inspector.cpp" line="213"/>
        <source>Cannot open the capture: %1</source>
        <translation>キャプチャを開けません: %1</translation>
    </message>
    <message>
        <location filename="../core/debug/inspector.cpp" line="226"/>
        <source>Not a capture file: line %1 is not JSON (%2)</source>
        <translation>キャプチャファイルではありません: %1 行目が JSON ではありません（%2）</translation>
    </message>
    <message>
        <location filename="../core/debug/inspector.cpp" line="232"/>
        <source>Not a Plugin Studio capture file (the first line has no &quot;format&quot;:&quot;plugin-studio-capture&quot;)</source>
        <translation>Plugin Studio のキャプチャファイルではありません（1 行目に &quot;format&quot;:&quot;plugin-studio-capture&quot; がありません）</translation>
    </message>
    <message>
        <location filename="../core/debug/inspector.cpp" line="237"/>
        <source>Capture version %1 is not supported; update Plugin Studio</source>
        <translation>キャプチャのバージョン %1 には対応していません。Plugin Studio を更新してください</translation>
    </message>
    <message>
        <location filename="../core/debug/inspector.cpp" line="259"/>
        <source>The capture file is empty</source>
        <translation>キャプチャファイルが空です</translation>
    </message>
    <message>
        <location filename="../core/debug/relay.cpp" line="28"/>
        <source>the plugin closed the connection</source>
        <translation>プラグインが接続を閉じました</translation>
    </message>
    <message>
        <location filename="../core/debug/relay.cpp" line="32"/>
        <source>the Dify debug host closed the connection</source>
        <translation>Dify のデバッグホストが接続を閉じました</translation>
    </message>
    <message>
        <location filename="../core/debug/relay.cpp" line="42"/>
        <source>upstream error: %1</source>
        <translation>アップストリームのエラー: %1</translation>
    </message>
    <message>
        <location filename="../core/debug/relay.cpp" line="159"/>
        <source>a line from the Dify debug host exceeded the limit</source>
        <translation>Dify のデバッグホストから受信した行が上限を超えました</translation>
    </message>
    <message>
        <location filename="../core/debug/relay.cpp" line="192"/>
        <source>Set the Dify debug host, port and key before starting the relay (Dify: Plugins → Debug).</source>
        <translation>リレーを開始する前に、Dify のデバッグホスト、ポート、キーを設定してください（Dify: プラグイン → デバッグ）。</translation>
    </message>
    <message>
        <location filename="../core/debug/relay.cpp" line="195"/>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>%1:%2 で待ち受けできません: %3</translation>
    </message>
    <message>
        <location filename="../core/debug/relay.cpp" line="207"/>
        <source>the relay was stopped</source>
        <translation>リレーが停止されました</translation>
    </message>
    <message>
        <location filename="../core/debug/tcptransport.cpp" line="25"/>
        <location filename="../core/debug/tcptransport.cpp" line="29"/>
        <source>the plugin closed the debug connection</source>
        <translation>プラグインがデバッグ接続を閉じました</translation>
    </message>
    <message>
        <location filename="../core/debug/tcptransport.cpp" line="31"/>
        <source>debug connection error: %1</source>
        <translation>デバッグ接続のエラー: %1</translation>
    </message>
    <message>
        <location filename="../core/debug/tcptransport.cpp" line="36"/>
        <source>no heartbeat from the plugin for %1 s; is its process paused or stuck?</source>
        <translation>プラグインから %1 秒間ハートビートがありません。プロセスが一時停止しているか、停止したままになっていませんか？</translation>
    </message>
    <message>
        <location filename="../core/debug/tcptransport.cpp" line="98"/>
        <location filename="../core/debug/tcptransport.cpp" line="153"/>
        <source>a line from the plugin is longer than %1 MiB; closing</source>
        <translation>プラグインからの行が %1 MiB を超えています。接続を閉じます</translation>
    </message>
    <message>
        <location filename="../core/package/manifestinfo.cpp" line="40"/>
        <source>manifest.yaml is missing at the root of %1.</source>
        <translation>%1 のルートに manifest.yaml がありません。</translation>
    </message>
    <message>
        <location filename="../core/package/manifestinfo.cpp" line="52"/>
        <source>manifest.yaml must be a mapping.</source>
        <translation>manifest.yaml はマッピングである必要があります。</translation>
    </message>
    <message>
        <location filename="../core/package/manifestinfo.cpp" line="76"/>
        <source>manifest.yaml has no %1; add it.</source>
        <translation>manifest.yaml に %1 がありません。追加してください。</translation>
    </message>
    <message>
        <location filename="../core/runtime/filestore.cpp" line="58"/>
        <source>the file store could not listen on %1: %2</source>
        <translation>ファイルストアが %1 で待ち受けできませんでした: %2</translation>
    </message>
    <message>
        <location filename="../core/runtime/invocation.cpp" line="31"/>
        <source>the call %1/%2 did not finish within %3 s and was abandoned (raise the timeout if the plugin is legitimately slow)</source>
        <translation>呼び出し %1/%2 が %3 秒以内に完了しなかったため、破棄されました（プラグインの処理が正当に遅い場合はタイムアウトを延ばしてください）</translation>
    </message>
    <message>
        <location filename="../core/runtime/invocation.cpp" line="54"/>
        <source>the call was cancelled</source>
        <translation>呼び出しはキャンセルされました</translation>
    </message>
    <message>
        <location filename="../core/runtime/pluginconnection.cpp" line="32"/>
        <location filename="../core/runtime/pluginconnection.cpp" line="35"/>
        <source>the connection was destroyed</source>
        <translation>接続は破棄されました</translation>
    </message>
    <message>
        <location filename="../core/runtime/pluginconnection.cpp" line="67"/>
        <source>the plugin is not running</source>
        <translation>プラグインは実行されていません</translation>
    </message>
    <message>
        <location filename="../core/runtime/pluginconnection.cpp" line="70"/>
        <source>cannot call the plugin: %1 (start it first)</source>
        <translation>プラグインを呼び出せません: %1（先に起動してください）</translation>
    </message>
    <message>
        <location filename="../core/runtime/pluginconnection.cpp" line="85"/>
        <source>could not write the request to the plugin</source>
        <translation>プラグインにリクエストを書き込めませんでした</translation>
    </message>
    <message>
        <location filename="../core/runtime/pluginconnection.cpp" line="139"/>
        <source>unknown event &quot;%1&quot; from the plugin: %2
</source>
        <translation>プラグインからの不明なイベント「%1」: %2
</translation>
    </message>
    <message>
        <location filename="../core/runtime/pluginconnection.cpp" line="176"/>
        <source>invoke dify failed: invoke request missing %1</source>
        <translation>Dify の呼び出しに失敗しました: 呼び出しリクエストに %1 がありません</translation>
    </message>
    <message>
        <location filename="../core/runtime/pluginconnection.cpp" line="192"/>
        <source>reverse invocation is not available in this host (no handler configured)</source>
        <translation>このホストではリバース呼び出しを利用できません（ハンドラーが設定されていません）</translation>
    </message>
    <message>
        <location filename="../core/runtime/pluginconnection.cpp" line="208"/>
        <source>unknown session message type &quot;%1&quot; from the plugin</source>
        <translation>プラグインからの不明なセッションメッセージの種類「%1」</translation>
    </message>
    <message>
        <location filename="../core/runtime/pluginconnection.cpp" line="234"/>
        <source>%1 while this call was running</source>
        <translation>この呼び出しの実行中に%1</translation>
    </message>
    <message>
        <location filename="../core/runtime/pluginhost.cpp" line="29"/>
        <source>cannot create a temporary folder</source>
        <translation>一時フォルダーを作成できません</translation>
    </message>
    <message>
        <location filename="../core/runtime/pluginhost.cpp" line="32"/>
        <source>cannot create the workspace folder %1</source>
        <translation>ワークスペースフォルダー %1 を作成できません</translation>
    </message>
    <message>
        <location filename="../core/runtime/reverse.cpp" line="135"/>
        <source>storage is not available: no storage database is configured</source>
        <translation>ストレージを利用できません: ストレージデータベースが設定されていません</translation>
    </message>
    <message>
        <location filename="../core/runtime/reverse.cpp" line="183"/>
        <source>file upload is not available: the studio&apos;s file store is not running</source>
        <translation>ファイルのアップロードを利用できません: スタジオのファイルストアが実行されていません</translation>
    </message>
    <message>
        <location filename="../core/runtime/reverse.cpp" line="203"/>
        <source>no running plugin provides the %1 provider &quot;%2&quot;; start or install the plugin that provides it in the studio</source>
        <translation>%1 プロバイダー「%2」を提供する実行中のプラグインがありません。スタジオでそれを提供するプラグインを起動またはインストールしてください</translation>
    </message>
    <message>
        <location filename="../core/runtime/reverse.cpp" line="288"/>
        <source>the plugin called a Dify app (%1), but no Dify instance is configured; set the Dify API base URL and an app API key in Settings &gt; Dify instance (or --dify-url/--dify-key on the command line)</source>
        <translation>プラグインが Dify アプリ（%1）を呼び出しましたが、Dify インスタンスが設定されていません。「設定 &gt; Dify インスタンス」で Dify API のベース URL とアプリの API キーを設定してください（またはコマンドラインで --dify-url/--dify-key を指定してください）</translation>
    </message>
    <message>
        <location filename="../core/runtime/reverse.cpp" line="350"/>
        <source>the Dify instance answered %1: %2</source>
        <translation>Dify インスタンスが %1 を返しました: %2</translation>
    </message>
    <message>
        <location filename="../core/runtime/reverse.cpp" line="360"/>
        <source>the Dify instance did not answer JSON</source>
        <translation>Dify インスタンスが JSON を返しませんでした</translation>
    </message>
    <message>
        <location filename="../core/runtime/stdiotransport.cpp" line="62"/>
        <source>the plugin folder %1 does not exist</source>
        <translation>プラグインフォルダー %1 は存在しません</translation>
    </message>
    <message>
        <location filename="../core/runtime/stdiotransport.cpp" line="144"/>
        <source>the plugin wrote a line of %1 bytes on stdout, over the %2-byte limit; the instance was stopped (send large data as blob chunks or files)</source>
        <translation>プラグインが stdout に %1 バイトの行を書き込み、%2 バイトの上限を超えました。インスタンスを停止しました（大きなデータは blob チャンクまたはファイルとして送信してください）</translation>
    </message>
    <message>
        <location filename="../core/runtime/stdiotransport.cpp" line="166"/>
        <source>the plugin wrote more than %1 bytes on stdout without a line break (%2 bytes so far); the instance was stopped (send large data as blob chunks or files)</source>
        <translation>プラグインが改行なしで stdout に %1 バイトを超えるデータを書き込みました（現在 %2 バイト）。インスタンスを停止しました（大きなデータは blob チャンクまたはファイルとして送信してください）</translation>
    </message>
    <message>
        <location filename="../core/runtime/stdiotransport.cpp" line="203"/>
        <source>the plugin process exited (code %1)</source>
        <translation>プラグインプロセスが終了しました（コード %1）</translation>
    </message>
    <message>
        <location filename="../core/runtime/stdiotransport.cpp" line="205"/>
        <source>the plugin process crashed</source>
        <translation>プラグインプロセスがクラッシュしました</translation>
    </message>
    <message>
        <location filename="../core/runtime/stdiotransport.cpp" line="216"/>
        <source>could not start %1: %2 (check the interpreter path)</source>
        <translation>%1 を起動できませんでした: %2（インタープリターのパスを確認してください）</translation>
    </message>
    <message>
        <location filename="../core/runtime/storage.cpp" line="29"/>
        <source>invalid key: the key is empty</source>
        <translation>無効なキー: キーが空です</translation>
    </message>
    <message>
        <location filename="../core/runtime/storage.cpp" line="62"/>
        <source>cannot create the folder of the storage database %1</source>
        <translation>ストレージデータベース %1 のフォルダーを作成できません</translation>
    </message>
    <message>
        <location filename="../core/runtime/storage.cpp" line="71"/>
        <source>cannot open the storage database %1: %2</source>
        <translation>ストレージデータベース %1 を開けません: %2</translation>
    </message>
    <message>
        <location filename="../core/runtime/storage.cpp" line="77"/>
        <source>cannot create the storage table in %1: %2</source>
        <translation>%1 にストレージテーブルを作成できません: %2</translation>
    </message>
    <message>
        <location filename="../core/runtime/storage.cpp" line="103"/>
        <source>no value is stored under the key &quot;%1&quot;</source>
        <translation>キー「%1」には値が保存されていません</translation>
    </message>
    <message>
        <location filename="../core/runtime/storage.cpp" line="138"/>
        <source> (%1 bytes would be stored, the limit is %2 bytes; raise resource.permission.storage.size in manifest.yaml or delete keys)</source>
        <translation> (保存されるサイズは %1 バイトで、上限は %2 バイトです。manifest.yaml の resource.permission.storage.size を引き上げるか、キーを削除してください)</translation>
    </message>
    <message>
        <location filename="../core/runtime/streamassembler.cpp" line="14"/>
        <source>a blob is not valid base64</source>
        <translation>blob が有効な base64 ではありません</translation>
    </message>
    <message>
        <location filename="../core/runtime/streamassembler.cpp" line="23"/>
        <source>a hex body has an odd length</source>
        <translation>16 進数の本文の長さが奇数です</translation>
    </message>
    <message>
        <location filename="../core/runtime/streamassembler.cpp" line="26"/>
        <source>a hex body is not valid hex</source>
        <translation>16 進数の本文が有効な 16 進数ではありません</translation>
    </message>
    <message>
        <location filename="../core/runtime/streamassembler.cpp" line="148"/>
        <source>single file chunk is too large: blob %1 sent %2 bytes in one chunk, the limit is %3</source>
        <translation>ファイルチャンクが大きすぎます: blob %1 が 1 つのチャンクで %2 バイトを送信しました。上限は %3 です</translation>
    </message>
    <message>
        <location filename="../core/runtime/streamassembler.cpp" line="163"/>
        <source>blob %1 got a chunk after its end</source>
        <translation>blob %1 の終了後にチャンクを受信しました</translation>
    </message>
    <message>
        <location filename="../core/runtime/streamassembler.cpp" line="168"/>
        <source>file is too large: blob %1 exceeds %2 bytes</source>
        <translation>ファイルが大きすぎます: blob %1 が %2 バイトを超えています</translation>
    </message>
    <message>
        <location filename="../core/runtime/streamassembler.cpp" line="204"/>
        <source>file is too large: %1 bytes (limit %2)</source>
        <translation>ファイルが大きすぎます: %1 バイト（上限 %2）</translation>
    </message>
    <message>
        <location filename="../core/runtime/streamassembler.cpp" line="236"/>
        <source>unknown message type &quot;%1&quot;</source>
        <translation>不明なメッセージの種類「%1」</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="207"/>
        <source>key &apos;%1&apos; appears %2 times in %3; remove the duplicates before editing it</source>
        <translation>キー &apos;%1&apos; が %3 に %2 回出現します。編集する前に重複を削除してください</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="251"/>
        <source>invalid YAML path &apos;%1&apos;: %2</source>
        <translation>無効な YAML パス &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="257"/>
        <source>it ends with a backslash</source>
        <translation>末尾がバックスラッシュです</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="262"/>
        <location filename="../core/yaml/yamleditor.cpp" line="291"/>
        <source>empty key</source>
        <translation>キーが空です</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="274"/>
        <source>&apos;[&apos; without &apos;]&apos;</source>
        <translation>&apos;[&apos; に対応する &apos;]&apos; がありません</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="278"/>
        <source>the index must be a number &gt;= 0</source>
        <translation>インデックスは 0 以上の数値である必要があります</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="282"/>
        <source>&apos;]&apos; without &apos;[&apos;</source>
        <translation>&apos;]&apos; に対応する &apos;[&apos; がありません</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="322"/>
        <source>internal error: edit range out of bounds; nothing was changed</source>
        <translation>内部エラー: 編集範囲が範囲外です。何も変更されていません</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="328"/>
        <source>the edit at %1 would make the YAML invalid (%2); nothing was changed</source>
        <translation>%1 での編集により YAML が無効になります（%2）。何も変更されていません</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="398"/>
        <source>the edit at %1 would change more than that value (is it shared through a YAML alias, or written in an unusual style?); nothing was changed — edit the text directly</source>
        <translation>%1 での編集はその値以外も変更してしまいます（YAML エイリアスで共有されているか、特殊な書式で記述されていませんか？）。何も変更されていません — テキストを直接編集してください</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="413"/>
        <source>the edit at %1 would not leave the keys in the intended order; nothing was changed — edit the text directly</source>
        <translation>%1 での編集ではキーが意図した順序になりません。何も変更されていません — テキストを直接編集してください</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="463"/>
        <location filename="../core/yaml/yamleditor.cpp" line="617"/>
        <location filename="../core/yaml/yamleditor.cpp" line="730"/>
        <location filename="../core/yaml/yamleditor.cpp" line="886"/>
        <source>no document is loaded</source>
        <translation>ドキュメントが読み込まれていません</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="472"/>
        <location filename="../core/yaml/yamleditor.cpp" line="628"/>
        <location filename="../core/yaml/yamleditor.cpp" line="688"/>
        <location filename="../core/yaml/yamleditor.cpp" line="893"/>
        <source>%1 was not found</source>
        <translation>%1 が見つかりません</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="476"/>
        <source>%1 does not exist: item %2 is out of range (append items instead)</source>
        <translation>%1 は存在しません: 項目 %2 は範囲外です（代わりに項目を追加してください）</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="525"/>
        <location filename="../core/yaml/yamleditor.cpp" line="572"/>
        <source>cannot find the &apos;:&apos; after %1</source>
        <translation>%1 の後の &apos;:&apos; が見つかりません</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="536"/>
        <source>%1 has the tag %2 on another line; edit the text directly</source>
        <translation>%1 のタグ %2 が別の行にあります。テキストを直接編集してください</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="582"/>
        <source>cannot replace %1: other content follows it on the same line</source>
        <translation>%1 を置換できません: 同じ行の後ろに他の内容があります</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="599"/>
        <source>cannot replace %1 in this position</source>
        <translation>この位置の %1 は置換できません</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="640"/>
        <source>%1 is not a mapping; cannot add key &apos;%2&apos; to it</source>
        <translation>%1 はマッピングではありません。キー &apos;%2&apos; を追加できません</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="642"/>
        <source>%1 already exists</source>
        <translation>%1 はすでに存在します</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="648"/>
        <source>key &apos;%1&apos; not found in %2</source>
        <translation>%2 にキー &apos;%1&apos; が見つかりません</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="666"/>
        <source>cannot insert after %1: other content follows it on the same line</source>
        <translation>%1 の後に挿入できません: 同じ行の後ろに他の内容があります</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="685"/>
        <location filename="../core/yaml/yamleditor.cpp" line="888"/>
        <source>&apos;%1&apos; does not name a mapping key</source>
        <translation>&apos;%1&apos; はマッピングのキー名ではありません</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="709"/>
        <source>cannot remove %1: other content follows it on the same line</source>
        <translation>%1 を削除できません: 同じ行の後ろに他の内容があります</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="714"/>
        <source>cannot remove %1 in this layout</source>
        <translation>このレイアウトでは %1 を削除できません</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="738"/>
        <location filename="../core/yaml/yamleditor.cpp" line="777"/>
        <location filename="../core/yaml/yamleditor.cpp" line="821"/>
        <source>%1 is not a list</source>
        <translation>%1 はリストではありません</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="750"/>
        <source>cannot find the &apos;-&apos; of the last item of %1</source>
        <translation>%1 の最後の項目の &apos;-&apos; が見つかりません</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="755"/>
        <source>cannot append to %1: other content follows its last item on the same line</source>
        <translation>%1 に追加できません: 最後の項目と同じ行の後ろに他の内容があります</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="780"/>
        <source>%1 has no item %2</source>
        <translation>%1 に項目 %2 はありません</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="794"/>
        <source>cannot find the &apos;-&apos; of item %1</source>
        <translation>項目 %1 の &apos;-&apos; が見つかりません</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="799"/>
        <location filename="../core/yaml/yamleditor.cpp" line="807"/>
        <source>cannot remove item %1 in this layout</source>
        <translation>このレイアウトでは項目 %1 を削除できません</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="825"/>
        <source>cannot move item %1 to %2: %3 has %4 items</source>
        <translation>項目 %1 を %2 に移動できません: %3 の項目数は %4 です</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="844"/>
        <source>cannot reorder %1: its items do not each start on their own line</source>
        <translation>%1 を並べ替えできません: 各項目がそれぞれ独立した行から始まっていません</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="865"/>
        <location filename="../core/yaml/yamleditor.cpp" line="1045"/>
        <source>cannot reorder %1 in this layout</source>
        <translation>このレイアウトでは %1 を並べ替えできません</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="897"/>
        <source>%1 has a key that is not a plain name; edit the text directly</source>
        <translation>%1 に単純な名前ではないキーがあります。テキストを直接編集してください</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="924"/>
        <source>cannot rename %1: the new name is empty; type a name</source>
        <translation>%1 の名前を変更できません: 新しい名前が空です。名前を入力してください</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="927"/>
        <source>cannot rename %1: the new name is longer than 1000 characters</source>
        <translation>%1 の名前を変更できません: 新しい名前が 1000 文字を超えています</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="931"/>
        <source>cannot rename %1: the new name contains a control character (line break, tab…); use letters, digits, &apos;_&apos; or &apos;-&apos;</source>
        <translation>%1 の名前を変更できません: 新しい名前に制御文字（改行、タブ…）が含まれています。英字、数字、&apos;_&apos;、&apos;-&apos; を使用してください</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="941"/>
        <source>cannot rename %1: %2 already exists; choose another name</source>
        <translation>%1 の名前を変更できません: %2 はすでに存在します。別の名前を選択してください</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="947"/>
        <source>cannot rename %1: the key carries a tag or an anchor; edit the text directly</source>
        <translation>%1 の名前を変更できません: キーにタグまたはアンカーが付いています。テキストを直接編集してください</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="974"/>
        <source>cannot move %1 to position %2: the mapping has %3 keys</source>
        <translation>%1 を位置 %2 に移動できません: マッピングのキーは %3 個です</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="1024"/>
        <source>cannot reorder %1: its keys do not each start on their own line</source>
        <translation>%1 を並べ替えられません: キーがそれぞれ独立した行から始まっていません</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="1070"/>
        <source>cannot move %1 there: the entry that would come first has comment lines above it, and the first key shares its line with &apos;-&apos;; edit the text directly</source>
        <translation>%1 をそこへ移動できません: 先頭に来るエントリの上にコメント行があり、最初のキーが &apos;-&apos; と同じ行にあります。テキストを直接編集してください</translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="98"/>
        <source>The Marketplace request was cancelled.</source>
        <translation>マーケットプレイスへのリクエストはキャンセルされました。</translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="178"/>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="601"/>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="662"/>
        <source>The Marketplace URL &quot;%1&quot; is not a valid http(s) address; fix it in the settings.</source>
        <translation>マーケットプレイスの URL「%1」は有効な http(s) アドレスではありません。設定で修正してください。</translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="228"/>
        <source>The download is larger than the limit of %1 MiB; raise the limit if you trust this package.</source>
        <translation>ダウンロードが上限の %1 MiB を超えています。このパッケージを信頼できる場合は上限を引き上げてください。</translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="281"/>
        <source>The Marketplace answered with something that is not JSON (%1); check the Marketplace URL.</source>
        <translation>マーケットプレイスから JSON ではない応答が返されました（%1）。マーケットプレイスの URL を確認してください。</translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="290"/>
        <source>The Marketplace refused the request: %1</source>
        <translation>マーケットプレイスがリクエストを拒否しました: %1</translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="291"/>
        <source>error code %1</source>
        <translation>エラーコード %1</translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="323"/>
        <source>Tried: %1.</source>
        <translation>試行先: %1。</translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="333"/>
        <source>The Marketplace download-url answer (HTTP %1) has no usable Location; try again later.</source>
        <translation>マーケットプレイスのダウンロード URL の応答（HTTP %1）に使用可能な Location がありません。しばらくしてから再試行してください。</translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="349"/>
        <source>The Marketplace answered &quot;not modified&quot; but the cached catalogue is missing or damaged; try again.</source>
        <translation>マーケットプレイスは「未変更」と応答しましたが、キャッシュされたカタログが見つからないか破損しています。再試行してください。</translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="383"/>
        <source>The Marketplace at %1 cannot be reached (%2); check your network or proxy, or work offline.</source>
        <translation>%1 のマーケットプレイスに接続できません（%2）。ネットワークやプロキシを確認するか、オフラインで作業してください。</translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="396"/>
        <source>The Marketplace has no such item (HTTP 404 for %1).</source>
        <translation>マーケットプレイスにそのアイテムはありません（%1 に対して HTTP 404）。</translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="399"/>
        <source>The Marketplace answered HTTP %1 for %2. %3</source>
        <translation>マーケットプレイスが %2 に対して HTTP %1 を返しました。%3</translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="417"/>
        <source>The download is larger than the limit of %1 MiB.</source>
        <translation>ダウンロードが上限の %1 MiB を超えています。</translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="424"/>
        <source>The Marketplace did not return a plugin package (not a ZIP file).</source>
        <translation>マーケットプレイスがプラグインパッケージを返しませんでした（ZIP ファイルではありません）。</translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="425"/>
        <source>The Marketplace did not return a plugin package (not a ZIP file): %1</source>
        <translation>マーケットプレイスがプラグインパッケージを返しませんでした（ZIP ファイルではありません）: %1</translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="525"/>
        <source>&quot;%1&quot; is not a valid collection name.</source>
        <translation>「%1」は有効なコレクション名ではありません。</translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="535"/>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="546"/>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="567"/>
        <source>&quot;%1/%2&quot; is not a valid plugin id.</source>
        <translation>「%1/%2」は有効なプラグイン ID ではありません。</translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="575"/>
        <source>&quot;%1/%2:%3&quot; is not a valid bundle id.</source>
        <translation>「%1/%2:%3」は有効なバンドル ID ではありません。</translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="596"/>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="619"/>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="677"/>
        <source>&quot;%1&quot; is not a plugin identifier; expected org/name:version@checksum.</source>
        <translation>「%1」はプラグインの識別子ではありません。org/name:version@checksum の形式である必要があります。</translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="761"/>
        <source>Unknown dependency type &quot;%1&quot;.</source>
        <translation>不明な依存関係タイプ「%1」です。</translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="791"/>
        <source>%1 is not on the Marketplace.</source>
        <translation>%1 はマーケットプレイスにありません。</translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="822"/>
        <source>Version %1 of %2 is not on the Marketplace.</source>
        <translation>%2 のバージョン %1 はマーケットプレイスにありません。</translation>
    </message>
    <message>
        <location filename="../core/runtime/workflownodes.cpp" line="336"/>
        <source>the Dify inner API answered %1: %2 (check the inner API URL and that the key matches INNER_API_KEY_FOR_PLUGIN on the Dify side)</source>
        <translation>Dify 内部 API が %1 を返しました: %2（内部 API の URL と、キーが Dify 側の INNER_API_KEY_FOR_PLUGIN と一致しているかを確認してください）</translation>
    </message>
    <message>
        <location filename="../core/runtime/workflownodes.cpp" line="348"/>
        <source>the Dify inner API answered HTTP %1: %2</source>
        <translation>Dify 内部 API が HTTP %1 を返しました: %2</translation>
    </message>
    <message>
        <location filename="../core/runtime/workflownodes.cpp" line="577"/>
        <source>sending the request to the Dify inner API timed out after %1 ms</source>
        <translation>Dify 内部 API へのリクエスト送信が %1 ms 後にタイムアウトしました</translation>
    </message>
    <message>
        <location filename="../core/runtime/workflownodes.cpp" line="579"/>
        <source>the Dify inner API sent no complete answer within %1 ms</source>
        <translation>Dify 内部 API から %1 ms 以内に完全な応答がありませんでした</translation>
    </message>
    <message>
        <location filename="../core/runtime/workflownodes.cpp" line="603"/>
        <source>cannot reach the Dify inner API: %1 (check the inner API URL in the workspace settings)</source>
        <translation>Dify 内部 API に接続できません: %1（ワークスペース設定で内部 API の URL を確認してください）</translation>
    </message>
    <message>
        <location filename="../core/runtime/workflownodes.cpp" line="638"/>
        <source>To let a real Dify run it, set the Dify inner API URL and key in Edit &gt; Workspace Settings (CLI: --dify-inner-url and --dify-inner-key).</source>
        <translation>実際の Dify で実行するには、「編集 &gt; ワークスペース設定」で Dify 内部 API の URL とキーを設定してください（CLI: --dify-inner-url と --dify-inner-key）。</translation>
    </message>
    <message>
        <location filename="../core/runtime/workflownodes.cpp" line="646"/>
        <source>no system model is configured: the studio summarizes with the system model, set it in Edit &gt; Workspace Settings (CLI: --system-model PROVIDER/MODEL) and run the plugin that provides it. </source>
        <translation>システムモデルが設定されていません: Studio はシステムモデルを使って要約します。「編集 &gt; ワークスペース設定」で設定し（CLI: --system-model PROVIDER/MODEL）、そのモデルを提供するプラグインを実行してください。 </translation>
    </message>
    <message>
        <location filename="../core/runtime/workflownodes.cpp" line="654"/>
        <source>no running plugin provides the model provider &quot;%1&quot; that the studio needs to run this node itself; start or install the plugin that provides it in the studio. </source>
        <translation>Studio がこのノードを自分で実行するために必要なモデルプロバイダー「%1」を提供する実行中のプラグインがありません。Studio でそれを提供するプラグインを起動またはインストールしてください。 </translation>
    </message>
    <message>
        <location filename="../core/runtime/workflownodes.cpp" line="680"/>
        <source>the model %1/%2 failed: %3</source>
        <translation>モデル %1/%2 が失敗しました: %3</translation>
    </message>
    <message>
        <location filename="../core/runtime/workflownodes.cpp" line="695"/>
        <source>the system model %1/%2 answered with no text</source>
        <translation>システムモデル %1/%2 がテキストなしで応答しました</translation>
    </message>
    <message>
        <location filename="../app/console/historystore.cpp" line="72"/>
        <source>This is not a console invocation: the keys &quot;id&quot; and &quot;action&quot; are required.</source>
        <translation>これはコンソールの呼び出しではありません: キー &quot;id&quot; と &quot;action&quot; が必要です。</translation>
    </message>
    <message>
        <location filename="../app/console/historystore.cpp" line="98"/>
        <source>Cannot read the console history %1: %2</source>
        <translation>コンソール履歴 %1 を読み取れません: %2</translation>
    </message>
    <message>
        <location filename="../app/console/historystore.cpp" line="139"/>
        <source>Cannot write the console history %1: %2. Check the workspace folder permissions.</source>
        <translation>コンソール履歴 %1 に書き込めません: %2。ワークスペースフォルダーの権限を確認してください。</translation>
    </message>
    <message>
        <location filename="../app/console/historystore.cpp" line="143"/>
        <location filename="../app/console/historystore.cpp" line="152"/>
        <location filename="../app/console/historystore.cpp" line="156"/>
        <source>Cannot write the console history %1: %2</source>
        <translation>コンソール履歴 %1 に書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../app/console/historystore.cpp" line="179"/>
        <location filename="../app/console/historystore.cpp" line="185"/>
        <location filename="../app/wizard/scaffold.cpp" line="751"/>
        <location filename="../core/package/bundle.cpp" line="34"/>
        <location filename="../core/package/packagereader.cpp" line="533"/>
        <location filename="../core/package/packagereader.cpp" line="535"/>
        <location filename="../core/package/signature.cpp" line="357"/>
        <location filename="../core/package/zipwriter.cpp" line="120"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../app/console/historystore.cpp" line="193"/>
        <location filename="../core/package/packagereader.cpp" line="130"/>
        <location filename="../core/package/signature.cpp" line="151"/>
        <location filename="../core/workspace/installtask.cpp" line="382"/>
        <location filename="../core/workspace/installtask.cpp" line="528"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <location filename="../app/console/historystore.cpp" line="195"/>
        <source>%1 is larger than 64 MiB; an exported invocation is much smaller.</source>
        <translation>%1 は 64 MiB を超えています。エクスポートされた呼び出しはこれよりずっと小さいはずです。</translation>
    </message>
    <message>
        <location filename="../app/console/historystore.cpp" line="200"/>
        <source>%1 is not valid JSON (%2 at offset %3). Choose a file saved with &quot;Export invocation&quot;.</source>
        <translation>%1 は有効な JSON ではありません（オフセット %3 で %2）。「呼び出しをエクスポート」で保存したファイルを選択してください。</translation>
    </message>
    <message>
        <location filename="../app/console/historystore.cpp" line="206"/>
        <source>%1 is not an exported invocation (missing &quot;format&quot;: &quot;plugin-studio-invocation&quot;).</source>
        <translation>%1 はエクスポートされた呼び出しではありません（&quot;format&quot;: &quot;plugin-studio-invocation&quot; がありません）。</translation>
    </message>
    <message>
        <location filename="../app/console/historystore.cpp" line="227"/>
        <source>- (%1 lines)
+ (%2 lines)
(the texts differ; too large for a line diff)</source>
        <translation>- （%1 行）
+ （%2 行）
（テキストが異なります。行単位の差分を表示するには大きすぎます）</translation>
    </message>
    <message>
        <location filename="../app/console/pythonchoice.cpp" line="100"/>
        <source>existing interpreter</source>
        <translation>既存のインタープリター</translation>
    </message>
    <message>
        <location filename="../app/console/pythonchoice.cpp" line="102"/>
        <source>existing virtual environment</source>
        <translation>既存の仮想環境</translation>
    </message>
    <message>
        <location filename="../app/console/pythonchoice.cpp" line="106"/>
        <source>managed environment</source>
        <translation>管理環境</translation>
    </message>
    <message>
        <location filename="../app/console/pythonchoice.cpp" line="106"/>
        <source>managed environment, offline wheels</source>
        <translation>管理環境、オフライン wheel</translation>
    </message>
    <message>
        <location filename="../app/console/pythonchoice.cpp" line="127"/>
        <source>The interpreter %1 chosen for this plugin is gone (or no longer executable). Choose another one in Environment…, or switch to a managed environment.</source>
        <translation>このプラグイン用に選択されたインタープリター %1 が見つかりません（または実行できなくなりました）。「環境…」で別のものを選択するか、管理環境に切り替えてください。</translation>
    </message>
    <message>
        <location filename="../app/console/pythonchoice.cpp" line="137"/>
        <source>The offline wheel folder %1 is gone. Choose another folder in Environment…, or clear it to install from the package index.</source>
        <translation>オフライン wheel フォルダー %1 が見つかりません。「環境…」で別のフォルダーを選択するか、設定をクリアしてパッケージインデックスからインストールしてください。</translation>
    </message>
    <message>
        <location filename="../app/console/pythonchoice.cpp" line="170"/>
        <source>No workspace is open, so the choice cannot be kept; open a workspace first.</source>
        <translation>ワークスペースが開かれていないため、この選択を保存できません。先にワークスペースを開いてください。</translation>
    </message>
    <message>
        <location filename="../app/console/pythonchoice.cpp" line="187"/>
        <source>Choose the folder of a virtual environment (the one holding bin/python).</source>
        <translation>仮想環境のフォルダー（bin/python を含むフォルダー）を選択してください。</translation>
    </message>
    <message>
        <location filename="../app/console/pythonchoice.cpp" line="190"/>
        <source>The virtual environment %1 does not exist. Create it with &quot;python3 -m venv %1&quot; or choose another folder.</source>
        <translation>仮想環境 %1 は存在しません。「python3 -m venv %1」で作成するか、別のフォルダーを選択してください。</translation>
    </message>
    <message>
        <location filename="../app/console/pythonchoice.cpp" line="193"/>
        <source>%1 is not a virtual environment: %2 is missing. Choose the folder that holds bin/python, or create one with &quot;python3 -m venv&quot;.</source>
        <translation>%1 は仮想環境ではありません: %2 がありません。bin/python を含むフォルダーを選択するか、「python3 -m venv」で作成してください。</translation>
    </message>
    <message>
        <location filename="../app/console/pythonchoice.cpp" line="201"/>
        <source>The wheel folder %1 does not exist; choose a folder of .whl files.</source>
        <translation>wheel フォルダー %1 は存在しません。.whl ファイルのあるフォルダーを選択してください。</translation>
    </message>
    <message>
        <location filename="../app/console/pythonchoice.cpp" line="205"/>
        <source>%1 holds no .whl files. Fill it on a connected machine with &quot;pip download -d %1 -r requirements.txt&quot; (or pip wheel), then choose it again.</source>
        <translation>%1 に .whl ファイルがありません。ネットワークに接続されたマシンで「pip download -d %1 -r requirements.txt」（または pip wheel）を実行してファイルを入れてから、もう一度選択してください。</translation>
    </message>
    <message>
        <location filename="../app/console/pythonchoice.cpp" line="214"/>
        <source>Python %1 cannot run Dify plugins; choose a Python 3 interpreter.</source>
        <translation>Python %1 では Dify プラグインを実行できません。Python 3 のインタープリターを選択してください。</translation>
    </message>
    <message>
        <location filename="../app/console/pythonchoice.cpp" line="219"/>
        <source>Python %1 is older than Python %2, which this plugin declares (meta.runner.version in manifest.yaml). Choose Python %2 or newer.</source>
        <translation>Python %1 は、このプラグインが宣言している Python %2（manifest.yaml の meta.runner.version）より古いバージョンです。Python %2 以降を選択してください。</translation>
    </message>
    <message>
        <location filename="../app/console/pythonchoice.cpp" line="240"/>
        <source>Add the wheel for %1 to %2, or switch to a managed environment that installs from the package index (Environment…).</source>
        <translation>%1 の wheel を %2 に追加するか、パッケージインデックスからインストールする管理環境に切り替えてください（環境…）。</translation>
    </message>
    <message>
        <location filename="../app/console/pythonchoice.cpp" line="248"/>
        <source>%1 did not answer within %2 s; it is not a usable Python interpreter.</source>
        <translation>%1 が %2 秒以内に応答しませんでした。使用可能な Python インタープリターではありません。</translation>
    </message>
    <message>
        <location filename="../app/console/pythonchoice.cpp" line="263"/>
        <source>%1 is not an executable file; choose a Python interpreter.</source>
        <translation>%1 は実行可能ファイルではありません。Python インタープリターを選択してください。</translation>
    </message>
    <message>
        <location filename="../app/console/pythonchoice.cpp" line="264"/>
        <source>%1 does not exist; choose a Python interpreter.</source>
        <translation>%1 は存在しません。Python インタープリターを選択してください。</translation>
    </message>
    <message>
        <location filename="../app/console/pythonchoice.cpp" line="293"/>
        <source>%1 is not a Python interpreter (it did not report a Python version); choose python3 or the bin/python of a virtual environment.</source>
        <translation>%1 は Python インタープリターではありません（Python のバージョンを報告しませんでした）。python3 または仮想環境の bin/python を選択してください。</translation>
    </message>
    <message>
        <location filename="../app/console/pythonchoice.cpp" line="304"/>
        <source>%1 could not be run (%2); choose a Python interpreter.</source>
        <translation>%1 を実行できませんでした（%2）。Python インタープリターを選択してください。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="24"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="24"/>
        <source>The value sent to the plugin.</source>
        <translation>プラグインに送信される値です。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="25"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="37"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="58"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="91"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="113"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="158"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="198"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="221"/>
        <source>Label</source>
        <translation>表示名</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="31"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="88"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="112"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="157"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="233"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="31"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="53"/>
        <source>Key of the value in the credentials dictionary.</source>
        <translation>認証情報の辞書におけるこの値のキーです。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="32"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="54"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="89"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="238"/>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="35"/>
        <source>tool-selector and dataset-selector are not accepted by the daemon.</source>
        <translation>tool-selector と dataset-selector はデーモンで受け付けられません。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="36"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="57"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="90"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="241"/>
        <source>Required</source>
        <translation>必須</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="38"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="59"/>
        <source>Placeholder</source>
        <translation>プレースホルダー</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="39"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="60"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="102"/>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="40"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="61"/>
        <source>Help URL</source>
        <translation>ヘルプ URL</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="41"/>
        <source>Scope</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="42"/>
        <source>Only for app-selector (all, chat, workflow, completion) and model-selector (llm, text-embedding, rerank…); several joined with &apos;&amp;&apos;.</source>
        <translation>app-selector（all、chat、workflow、completion）と model-selector（llm、text-embedding、rerank…）専用です。複数指定する場合は &apos;&amp;&apos; で連結します。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="44"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="64"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="104"/>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="44"/>
        <source>Choices of a select field.</source>
        <translation>選択フィールドの選択肢です。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="53"/>
        <source>Variable</source>
        <translation>変数</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="57"/>
        <source>Write it: the daemon defaults to false, the SDK to true.</source>
        <translation>明示的に記述してください: デーモンの既定値は false、SDK の既定値は true です。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="62"/>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="63"/>
        <source>Maximum length</source>
        <translation>最大長</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="64"/>
        <source>Choices of a select or radio field.</source>
        <translation>選択フィールドまたはラジオフィールドの選択肢です。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="88"/>
        <source>The key the plugin receives.</source>
        <translation>プラグインが受け取るキーです。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="94"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="100"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="116"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="159"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="191"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="199"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="250"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="276"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="292"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="94"/>
        <source>Shown to the user.</source>
        <translation>ユーザーに表示されます。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="95"/>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="97"/>
        <source>llm: filled by the model; form: set by the user before the run.</source>
        <translation>llm: モデルが入力します。form: 実行前にユーザーが設定します。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="98"/>
        <source>LLM description</source>
        <translation>LLM 向けの説明</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="98"/>
        <source>Tells the model what to put here.</source>
        <translation>ここに何を入れるべきかをモデルに伝えます。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="104"/>
        <source>Choices of a select parameter.</source>
        <translation>選択パラメーターの選択肢です。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="111"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="156"/>
        <source>Author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="112"/>
        <source>Letters, digits, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>英字、数字、&apos;_&apos;、&apos;-&apos;。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="118"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="160"/>
        <source>Icon</source>
        <translation>アイコン</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="118"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="160"/>
        <source>A file in _assets/.</source>
        <translation>_assets/ 内のファイルです。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="119"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="161"/>
        <source>Dark icon</source>
        <translation>ダークアイコン</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="119"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="161"/>
        <source>A file in _assets/ for dark mode.</source>
        <translation>ダークモード用の _assets/ 内のファイルです。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="122"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="177"/>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="133"/>
        <source>OAuth client settings</source>
        <translation>OAuth クライアント設定</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="134"/>
        <source>Entered by the administrator (client id, client secret…). A list only.</source>
        <translation>管理者が入力します（client id、client secret…）。リストのみ。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="135"/>
        <source>OAuth credentials</source>
        <translation>OAuth 認証情報</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="136"/>
        <source>What the OAuth flow returns (access token…). A list only.</source>
        <translation>OAuth フローが返す内容（access token…）。リストのみ。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="146"/>
        <source>Python source</source>
        <translation>Python ソース</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="146"/>
        <source>Module with exactly one subclass of the SDK&apos;s base class.</source>
        <translation>SDK の基底クラスのサブクラスをちょうど 1 つ含むモジュールです。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="155"/>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="155"/>
        <source>Like 0.0.1 or 1.2.3-beta.</source>
        <translation>0.0.1 や 1.2.3-beta のような形式です。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="156"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="157"/>
        <source>Lower-case letters, digits, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>英小文字、数字、&apos;_&apos;、&apos;-&apos;。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="162"/>
        <source>Memory (bytes)</source>
        <translation>メモリ（バイト）</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="162"/>
        <source>268435456 = 256 MiB.</source>
        <translation>268435456 = 256 MiB。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="163"/>
        <source>Permissions</source>
        <translation>権限</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="164"/>
        <source>Tool providers</source>
        <translation>ツールプロバイダー</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="164"/>
        <source>At most one file.</source>
        <translation>ファイルは 1 つまでです。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="165"/>
        <source>Model providers</source>
        <translation>モデルプロバイダー</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="165"/>
        <source>Cannot be combined with anything else.</source>
        <translation>他のどの種類とも組み合わせられません。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="166"/>
        <source>Endpoint groups</source>
        <translation>エンドポイントグループ</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="166"/>
        <source>May be combined with tools only.</source>
        <translation>ツールとのみ組み合わせられます。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="167"/>
        <source>Agent strategies</source>
        <translation>エージェント戦略</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="168"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="272"/>
        <source>Datasources</source>
        <translation>データソース</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="169"/>
        <source>Triggers</source>
        <translation>トリガー</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="170"/>
        <source>Meta version</source>
        <translation>メタバージョン</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="171"/>
        <source>Architectures</source>
        <translation>アーキテクチャ</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="172"/>
        <source>Runner language</source>
        <translation>ランナー言語</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="173"/>
        <source>Python version</source>
        <translation>Python バージョン</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="174"/>
        <source>Written quoted, as the SDK needs.</source>
        <translation>SDK の要件に合わせて引用符付きで書き込まれます。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="175"/>
        <source>Entry point</source>
        <translation>エントリーポイント</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="175"/>
        <source>Module name without .py (main).</source>
        <translation>.py を除いたモジュール名（main）です。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="176"/>
        <source>Minimum Dify version</source>
        <translation>Dify の最低バージョン</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="178"/>
        <source>Created at</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="178"/>
        <source>RFC 3339 with a time zone, not in the future.</source>
        <translation>タイムゾーン付きの RFC 3339 形式で、未来の日時は指定できません。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="179"/>
        <source>Privacy policy</source>
        <translation>プライバシーポリシー</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="179"/>
        <source>PRIVACY.md or a URL (required by the Marketplace).</source>
        <translation>PRIVACY.md または URL（マーケットプレイスで必須）。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="180"/>
        <source>Repository</source>
        <translation>リポジトリ</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="180"/>
        <source>A full URL.</source>
        <translation>完全な URL です。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="184"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="268"/>
        <source>Credentials</source>
        <translation>認証情報</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="185"/>
        <source>Written as a map (name: fields), the form the SDK reads.</source>
        <translation>マッピング（name: fields）として書き込まれます。SDK が読み込む形式です。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="187"/>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="187"/>
        <source>Tool YAML files.</source>
        <translation>ツールの YAML ファイルです。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="192"/>
        <source>Description for the LLM</source>
        <translation>LLM 向けの説明</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="193"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="251"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="277"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="293"/>
        <source>Parameters</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="197"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="318"/>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="200"/>
        <source>Small icon</source>
        <translation>小アイコン</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="201"/>
        <source>Large icon</source>
        <translation>大アイコン</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="202"/>
        <source>Background</source>
        <translation>背景色</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="202"/>
        <source>A CSS colour.</source>
        <translation>CSS の色です。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="203"/>
        <source>Model types</source>
        <translation>モデルタイプ</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="206"/>
        <source>Configuration methods</source>
        <translation>設定方法</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="208"/>
        <source>Provider credentials</source>
        <translation>プロバイダー認証情報</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="209"/>
        <source>Entered once for the whole provider (predefined models).</source>
        <translation>プロバイダー全体に対して 1 回入力します（事前定義モデル）。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="210"/>
        <source>Model name label</source>
        <translation>モデル名のラベル</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="211"/>
        <source>Customizable models: the label of the model name field.</source>
        <translation>カスタマイズ可能なモデル: モデル名フィールドのラベルです。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="212"/>
        <source>Model name placeholder</source>
        <translation>モデル名のプレースホルダー</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="213"/>
        <source>Model credentials</source>
        <translation>モデル認証情報</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="214"/>
        <source>Entered for each customizable model.</source>
        <translation>カスタマイズ可能なモデルごとに入力します。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="215"/>
        <source>Provider source</source>
        <translation>プロバイダーのソース</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="216"/>
        <source>Model sources</source>
        <translation>モデルのソース</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="220"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="309"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="222"/>
        <source>Model type</source>
        <translation>モデルタイプ</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="225"/>
        <source>Features</source>
        <translation>機能</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="229"/>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="230"/>
        <source>Context size</source>
        <translation>コンテキストサイズ</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="231"/>
        <source>Deprecated</source>
        <translation>非推奨</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="232"/>
        <source>Parameter rules</source>
        <translation>パラメータールール</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="234"/>
        <source>Template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="246"/>
        <source>Strategies</source>
        <translation>戦略</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="254"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="255"/>
        <source>Endpoints</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="257"/>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="257"/>
        <source>A werkzeug rule such as /webhook/&lt;app_id&gt;.</source>
        <translation>/webhook/&lt;app_id&gt; のような werkzeug のルールです。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="258"/>
        <source>Method</source>
        <translation>メソッド</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="261"/>
        <source>Hidden</source>
        <translation>非表示</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="266"/>
        <source>Provider type</source>
        <translation>プロバイダータイプ</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="269"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="283"/>
        <source>The SDK reads a list only; the daemon also accepts a map.</source>
        <translation>SDK はリストのみを読み込みます。デーモンはマッピングも受け付けます。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="282"/>
        <source>Subscription settings</source>
        <translation>サブスクリプション設定</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="284"/>
        <source>Constructor credentials</source>
        <translation>コンストラクター認証情報</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="285"/>
        <source>A list or a map.</source>
        <translation>リストまたはマッピング。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="288"/>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="305"/>
        <source>Manifest</source>
        <translation>マニフェスト</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="306"/>
        <source>Tool provider</source>
        <translation>ツールプロバイダー</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="307"/>
        <location filename="../app/wizard/scaffold.cpp" line="573"/>
        <source>Tool</source>
        <translation>ツール</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="308"/>
        <source>Model provider</source>
        <translation>モデルプロバイダー</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="310"/>
        <source>Agent strategy provider</source>
        <translation>エージェント戦略プロバイダー</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="311"/>
        <location filename="../app/wizard/scaffold.cpp" line="576"/>
        <source>Agent strategy</source>
        <translation>エージェント戦略</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="312"/>
        <source>Endpoint group</source>
        <translation>エンドポイントグループ</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="313"/>
        <source>Endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="314"/>
        <source>Datasource provider</source>
        <translation>データソースプロバイダー</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="315"/>
        <location filename="../app/wizard/scaffold.cpp" line="579"/>
        <source>Datasource</source>
        <translation>データソース</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="316"/>
        <source>Trigger provider</source>
        <translation>トリガープロバイダー</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="317"/>
        <source>Trigger event</source>
        <translation>トリガーイベント</translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="574"/>
        <source>Model provider (predefined models)</source>
        <translation>モデルプロバイダー（定義済みモデル）</translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="575"/>
        <source>Model provider (customizable models)</source>
        <translation>モデルプロバイダー（カスタムモデル）</translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="577"/>
        <source>Extension (endpoints)</source>
        <translation>拡張（エンドポイント）</translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="578"/>
        <source>Tools and endpoints</source>
        <translation>ツールとエンドポイント</translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="580"/>
        <source>Trigger</source>
        <translation>トリガー</translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="581"/>
        <source>Bundle</source>
        <translation>バンドル</translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="632"/>
        <source>The name must be 1-128 characters of lower-case letters, digits, &apos;_&apos; or &apos;-&apos; (for example weather_tool).</source>
        <translation>名前は英小文字、数字、&apos;_&apos;、&apos;-&apos; からなる 1～128 文字にしてください（例: weather_tool）。</translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="634"/>
        <source>The name needs at least one letter or digit.</source>
        <translation>名前には英字または数字を少なくとも 1 文字含めてください。</translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="636"/>
        <source>The author must be 1-64 characters of lower-case letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>作成者は英小文字、数字、&apos;_&apos;、&apos;-&apos; からなる 1～64 文字にしてください。</translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="638"/>
        <source>The author must not look like a UUID: those are reserved for remote-debugging sessions.</source>
        <translation>作成者を UUID のような形式にすることはできません。UUID はリモートデバッグのセッション用に予約されています。</translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="640"/>
        <source>Enter a description: the marketplace and the Dify UI show it.</source>
        <translation>説明を入力してください。マーケットプレイスと Dify の UI に表示されます。</translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="642"/>
        <source>Label and description must be shorter than 1024 characters.</source>
        <translation>表示名と説明は 1024 文字未満にしてください。</translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="646"/>
        <source>Unknown language %1: use zh_Hans, ja_JP or pt_BR.</source>
        <translation>不明な言語 %1 です。zh_Hans、ja_JP、pt_BR のいずれかを使用してください。</translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="655"/>
        <source>Unknown tag %1: pick tags from the list.</source>
        <translation>不明なタグ %1 です。一覧からタグを選択してください。</translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="659"/>
        <source>The repository must be a full URL such as https://github.com/you/plugin.</source>
        <translation>リポジトリは https://github.com/you/plugin のような完全な URL にしてください。</translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="663"/>
        <source>The Python version must look like 3.12.</source>
        <translation>Python バージョンは 3.12 のような形式にしてください。</translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="676"/>
        <source>The folder %1 is not empty: choose a new folder for the plugin.</source>
        <translation>フォルダー %1 は空ではありません。プラグイン用に新しいフォルダーを選択してください。</translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="732"/>
        <source>Cannot create the folder %1: check that its parent exists and is writable.</source>
        <translation>フォルダー %1 を作成できません。親フォルダーが存在し、書き込み可能であることを確認してください。</translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="746"/>
        <source>Cannot create the folder for %1.</source>
        <translation>%1 のフォルダーを作成できません。</translation>
    </message>
    <message>
        <location filename="../core/package/bundle.cpp" line="40"/>
        <source>Cannot replace %1.</source>
        <translation>%1 を置き換えられません。</translation>
    </message>
    <message>
        <location filename="../core/package/bundle.cpp" line="67"/>
        <source>Bundle name &quot;%1&quot; is invalid: use 1-128 letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>バンドル名 &quot;%1&quot; は無効です。英字、数字、&apos;-&apos;、&apos;_&apos; からなる 1～128 文字を使用してください。</translation>
    </message>
    <message>
        <location filename="../core/package/bundle.cpp" line="69"/>
        <source>The bundle author is required (--author).</source>
        <translation>バンドルの作成者は必須です（--author）。</translation>
    </message>
    <message>
        <location filename="../core/package/bundle.cpp" line="72"/>
        <source>%1 already exists and is not empty.</source>
        <translation>%1 はすでに存在し、空ではありません。</translation>
    </message>
    <message>
        <location filename="../core/package/bundle.cpp" line="74"/>
        <location filename="../core/package/packagereader.cpp" line="479"/>
        <location filename="../core/package/packagereader.cpp" line="519"/>
        <source>Cannot create %1.</source>
        <translation>%1 を作成できません。</translation>
    </message>
    <message>
        <location filename="../core/package/bundle.cpp" line="109"/>
        <source>Bundle not found: %1</source>
        <translation>バンドルが見つかりません: %1</translation>
    </message>
    <message>
        <location filename="../core/package/bundle.cpp" line="113"/>
        <source>%1 has no manifest.yaml; is it a bundle folder? Create one with `bundle init`.</source>
        <translation>%1 に manifest.yaml がありません。バンドルのフォルダーですか？ `bundle init` で作成してください。</translation>
    </message>
    <message>
        <location filename="../core/package/bundle.cpp" line="132"/>
        <source>failed to load bundle manifest: %1 has no manifest.yaml.</source>
        <translation>バンドルのマニフェストを読み込めませんでした: %1 に manifest.yaml がありません。</translation>
    </message>
    <message>
        <location filename="../core/package/bundle.cpp" line="136"/>
        <location filename="../core/workspace/installtask.cpp" line="756"/>
        <location filename="../core/workspace/installtask.cpp" line="760"/>
        <source>failed to load bundle manifest: %1</source>
        <translation>バンドルのマニフェストを読み込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../core/package/bundle.cpp" line="183"/>
        <source>&quot;%1&quot; is not a valid marketplace pattern; use org/plugin:VERSION, e.g. langgenius/openai:^0.0.1.</source>
        <translation>「%1」は有効なマーケットプレイスのパターンではありません。org/plugin:VERSION の形式で指定してください（例: langgenius/openai:^0.0.1）。</translation>
    </message>
    <message>
        <location filename="../core/package/bundle.cpp" line="191"/>
        <source>&quot;%1&quot; is not a valid GitHub pattern; use owner/repo:VERSION/asset-name.difypkg.</source>
        <translation>「%1」は有効な GitHub のパターンではありません。owner/repo:VERSION/asset-name.difypkg の形式で指定してください。</translation>
    </message>
    <message>
        <location filename="../core/package/bundle.cpp" line="203"/>
        <location filename="../core/package/signature.cpp" line="486"/>
        <location filename="../core/package/signature.cpp" line="490"/>
        <source>%1 does not decode as a plugin: %2</source>
        <translation>%1 をプラグインとしてデコードできません: %2</translation>
    </message>
    <message>
        <location filename="../core/package/bundle.cpp" line="220"/>
        <source>No dependency at index %1; the bundle has %2 (see `bundle analyze`).</source>
        <translation>インデックス %1 に依存関係はありません。このバンドルの依存関係は %2 件です（`bundle analyze` を参照）。</translation>
    </message>
    <message>
        <location filename="../core/package/bundle.cpp" line="233"/>
        <source>&quot;%1&quot; is not a valid version; use MAJOR.MINOR.PATCH, e.g. 0.0.2.</source>
        <translation>「%1」は有効なバージョンではありません。MAJOR.MINOR.PATCH の形式で指定してください（例: 0.0.2）。</translation>
    </message>
    <message>
        <location filename="../core/package/bundle.cpp" line="276"/>
        <source>Cannot read _assets/%1.</source>
        <translation>_assets/%1 を読み取れません。</translation>
    </message>
    <message>
        <location filename="../core/package/bundle.cpp" line="285"/>
        <source>Cannot read %1.</source>
        <translation>%1 を読み取れません。</translation>
    </message>
    <message>
        <location filename="../core/package/bundle.cpp" line="293"/>
        <source>The bundle is larger than 600 MiB; Dify refuses it.</source>
        <translation>バンドルが 600 MiB を超えています。Dify はこれを受け付けません。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="117"/>
        <source>Package not found: %1</source>
        <translation>パッケージが見つかりません: %1</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="119"/>
        <source>%1 is not a file.</source>
        <translation>%1 はファイルではありません。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="122"/>
        <source>%1 is %2 bytes, more than the limit of %3 bytes (file size exceeds the maximum limit).</source>
        <translation>%1 は %2 バイトで、上限の %3 バイトを超えています（ファイルサイズが上限を超えています）。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="133"/>
        <source>Cannot read all of %1.</source>
        <translation>%1 をすべて読み取ることができません。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="160"/>
        <source>The archive is %1 bytes, more than the limit of %2 bytes.</source>
        <translation>アーカイブは %1 バイトで、上限の %2 バイトを超えています。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="165"/>
        <source>Not a zip archive (too short: %1 bytes); the file may be truncated.</source>
        <translation>zip アーカイブではありません（短すぎます: %1 バイト）。ファイルが途中で切れている可能性があります。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="177"/>
        <source>Not a zip archive (no end-of-central-directory record); the file may be truncated or is not a .difypkg.</source>
        <translation>zip アーカイブではありません（中央ディレクトリ終端レコードがありません）。ファイルが途中で切れているか、.difypkg ではありません。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="189"/>
        <source>ZIP64 archives are not supported (a plugin package is at most 50 MiB). %1</source>
        <translation>ZIP64 アーカイブには対応していません（プラグインパッケージは最大 50 MiB です）。%1</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="192"/>
        <source>ZIP64 archives are not supported. %1</source>
        <translation>ZIP64 アーカイブには対応していません。%1</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="194"/>
        <source>Multi-volume (split) zip archives are not supported.</source>
        <translation>マルチボリューム（分割）zip アーカイブには対応していません。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="196"/>
        <source>The archive has %1 entries, more than the limit of %2.</source>
        <translation>アーカイブのエントリ数は %1 で、上限の %2 を超えています。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="201"/>
        <source>The central directory lies outside the file; the archive is truncated or corrupt.</source>
        <translation>中央ディレクトリがファイルの範囲外にあります。アーカイブが途中で切れているか、破損しています。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="213"/>
        <source>Central directory entry %1 is damaged; the archive is truncated or corrupt.</source>
        <translation>中央ディレクトリのエントリ %1 が破損しています。アーカイブが途中で切れているか、破損しています。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="228"/>
        <source>Central directory entry %1 runs past the directory; the archive is corrupt.</source>
        <translation>中央ディレクトリのエントリ %1 がディレクトリの範囲を超えています。アーカイブが破損しています。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="238"/>
        <source>Entry &quot;%1&quot; has a NUL byte in its name; refusing the archive.</source>
        <translation>エントリ「%1」の名前に NUL バイトが含まれています。このアーカイブは拒否されます。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="242"/>
        <source>Entry &quot;%1&quot; has a name that is not valid UTF-8; the daemon cannot open it. %2</source>
        <translation>エントリ「%1」の名前が有効な UTF-8 ではありません。デーモンはこれを開けません。%2</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="245"/>
        <source>Entry %1 has an empty name.</source>
        <translation>エントリ %1 の名前が空です。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="248"/>
        <source>Entry &quot;%1&quot; uses backslashes in its name; zip names must use &apos;/&apos;. %2</source>
        <translation>エントリ「%1」の名前にバックスラッシュが使われています。zip 内の名前には &apos;/&apos; を使用する必要があります。%2</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="253"/>
        <source>Entry &quot;%1&quot; has an absolute path; refusing the archive (it would write outside the target folder).</source>
        <translation>エントリ「%1」は絶対パスです。このアーカイブは拒否されます（対象フォルダーの外に書き込まれるため）。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="262"/>
        <source>Entry &quot;%1&quot; is a directory entry; the Dify daemon reads every entry as a file and fails with &quot;is a directory&quot;. %2</source>
        <translation>エントリ「%1」はディレクトリエントリです。Dify デーモンはすべてのエントリをファイルとして読み込むため、&quot;is a directory&quot; で失敗します。%2</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="268"/>
        <source>Entry &quot;%1&quot; contains a &quot;..&quot; segment (path traversal); refusing the archive.</source>
        <translation>エントリ「%1」に &quot;..&quot; セグメントが含まれています（パストラバーサル）。このアーカイブは拒否されます。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="272"/>
        <source>Entry &quot;%1&quot; has an unclean name (empty or &quot;.&quot; segment); the daemon cannot open it. %2</source>
        <translation>エントリ「%1」の名前が正規化されていません（空のセグメントまたは &quot;.&quot; セグメント）。デーモンはこれを開けません。%2</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="277"/>
        <source>Entry &quot;%1&quot; appears twice in the archive; refusing an ambiguous package.</source>
        <translation>エントリ「%1」がアーカイブ内に 2 回出現します。曖昧なパッケージは拒否されます。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="282"/>
        <source>Entry &quot;%1&quot; is a symbolic link; packages must contain regular files only. Replace the link with the file it points to.</source>
        <translation>エントリ「%1」はシンボリックリンクです。パッケージには通常のファイルのみを含める必要があります。リンクをリンク先のファイルに置き換えてください。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="286"/>
        <source>Entry &quot;%1&quot; is encrypted; Dify packages cannot be encrypted.</source>
        <translation>エントリ「%1」は暗号化されています。Dify パッケージは暗号化できません。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="289"/>
        <source>Entry &quot;%1&quot; uses the %2 compression (id %3); only store (0) and deflate (8) are readable by Dify. %4</source>
        <translation>エントリ「%1」は %2 圧縮（ID %3）を使用しています。Dify が読み取れるのは store (0) と deflate (8) のみです。%4</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="296"/>
        <source>Entry &quot;%1&quot; is stored uncompressed but declares %2 compressed and %3 uncompressed bytes; the archive is corrupt.</source>
        <translation>エントリ「%1」は無圧縮で格納されていますが、圧縮後 %2 バイト、圧縮前 %3 バイトと宣言されています。アーカイブが破損しています。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="305"/>
        <source>Entry &quot;%1&quot; would inflate from %2 to %3 bytes (ratio above %4:1); refusing a likely zip bomb.</source>
        <translation>エントリ「%1」は %2 バイトから %3 バイトに展開されます（圧縮率が %4:1 を超えています）。zip 爆弾の疑いがあるため拒否します。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="314"/>
        <source>The uncompressed contents exceed %1 bytes (reached at entry &quot;%2&quot;); plugin package size is too large.</source>
        <translation>展開後の内容が %1 バイトを超えています（エントリ「%2」の時点で到達）。プラグインパッケージのサイズが大きすぎます。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="321"/>
        <source>The local header of entry &quot;%1&quot; is missing or damaged; the archive is truncated or corrupt.</source>
        <translation>エントリ「%1」のローカルヘッダーがないか破損しています。アーカイブが途中で切れているか、破損しています。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="328"/>
        <source>Entry &quot;%1&quot; has a different name in its local header; refusing a forged archive.</source>
        <translation>エントリ「%1」のローカルヘッダー内の名前が異なります。偽造されたアーカイブは拒否されます。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="332"/>
        <source>The data of entry &quot;%1&quot; runs past the end of the file data; the archive is truncated.</source>
        <translation>エントリ「%1」のデータがファイルデータの末尾を超えています。アーカイブが途中で切れています。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="350"/>
        <source>Entries &quot;%1&quot; and &quot;%2&quot; overlap in the file; refusing a forged archive (overlapping-entry zip bomb).</source>
        <translation>エントリ「%1」と「%2」がファイル内で重なっています。偽造されたアーカイブは拒否されます（エントリ重複型の zip 爆弾）。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="361"/>
        <location filename="../core/package/packagereader.cpp" line="368"/>
        <source>Cannot open the archive: %1</source>
        <translation>アーカイブを開けません: %1</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="373"/>
        <source>The archive&apos;s entry count is inconsistent; it is corrupt.</source>
        <translation>アーカイブのエントリ数が一致しません。破損しています。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="414"/>
        <source>file not found: %1</source>
        <translation>ファイルが見つかりません: %1</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="421"/>
        <source>Cannot open entry &quot;%1&quot;: %2</source>
        <translation>エントリ「%1」を開けません: %2</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="432"/>
        <source>Entry &quot;%1&quot; is damaged (%2); the archive is corrupt or truncated.</source>
        <translation>エントリ「%1」が破損しています（%2）。アーカイブが破損しているか、途中で切れています。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="443"/>
        <source>Entry &quot;%1&quot; inflates to more than its declared %2 bytes; refusing a forged archive (zip bomb).</source>
        <translation>エントリ「%1」は展開すると宣言された %2 バイトを超えます。偽造されたアーカイブは拒否されます（zip 爆弾）。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="450"/>
        <source>Entry &quot;%1&quot; is shorter than its declared %2 bytes; the archive is truncated or corrupt.</source>
        <translation>エントリ「%1」が宣言された %2 バイトより短くなっています。アーカイブが途中で切れているか、破損しています。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="473"/>
        <source>%1 already exists and is not an empty folder; choose a new target.</source>
        <translation>%1 はすでに存在し、空のフォルダーではありません。別の展開先を選択してください。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="484"/>
        <source>Cannot create the temporary folder %1.</source>
        <translation>一時フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="500"/>
        <source>Extraction cancelled.</source>
        <translation>展開はキャンセルされました。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="504"/>
        <source>Entry &quot;%1&quot; resolves outside the target folder; extraction aborted.</source>
        <translation>エントリ「%1」は対象フォルダーの外を指しています。展開を中止しました。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="514"/>
        <source>Entry &quot;%1&quot; needs folder &quot;%2&quot;, which is a file in the archive; extraction aborted.</source>
        <translation>エントリ「%1」にはフォルダー「%2」が必要ですが、アーカイブ内ではファイルです。展開を中止しました。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="529"/>
        <source>Entry &quot;%1&quot; collides with another entry; extraction aborted.</source>
        <translation>エントリ「%1」が別のエントリと衝突しています。展開を中止しました。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="543"/>
        <source>Cannot replace the empty folder %1.</source>
        <translation>空のフォルダー %1 を置き換えられません。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="545"/>
        <source>Cannot move the extracted files to %1.</source>
        <translation>展開したファイルを %1 に移動できません。</translation>
    </message>
    <message>
        <location filename="../core/package/packagewriter.cpp" line="99"/>
        <source>Git metadata</source>
        <translation>Git メタデータ</translation>
    </message>
    <message>
        <location filename="../core/package/packagewriter.cpp" line="101"/>
        <source>a Python virtual environment</source>
        <translation>Python 仮想環境</translation>
    </message>
    <message>
        <location filename="../core/package/packagewriter.cpp" line="109"/>
        <source>Python bytecode caches</source>
        <translation>Python バイトコードキャッシュ</translation>
    </message>
    <message>
        <location filename="../core/package/packagewriter.cpp" line="111"/>
        <source>an .env file with secrets</source>
        <translation>シークレットを含む .env ファイル</translation>
    </message>
    <message>
        <location filename="../core/package/packagewriter.cpp" line="113"/>
        <source>private keys</source>
        <translation>秘密鍵</translation>
    </message>
    <message>
        <location filename="../core/package/packagewriter.cpp" line="119"/>
        <source>other plugin packages</source>
        <translation>ほかのプラグインパッケージ</translation>
    </message>
    <message>
        <location filename="../core/package/packagewriter.cpp" line="132"/>
        <source>%1 would be packaged (%2 file(s), e.g. %3). Dify has no built-in ignore list: add the line `%4` to .difyignore.</source>
        <translation>%1 がパッケージに含まれます（%2 個のファイル。例: %3）。Dify には組み込みの除外リストがありません。.difyignore に `%4` という行を追加してください。</translation>
    </message>
    <message>
        <location filename="../core/package/packagewriter.cpp" line="150"/>
        <source>uv is not installed: install it (pip install uv) or add requirements.txt. The plugin has pyproject.toml and uv.lock but no requirements.txt, so Dify needs `uv export` to generate one.</source>
        <translation>uv がインストールされていません。uv をインストールする（pip install uv）か、requirements.txt を追加してください。このプラグインには pyproject.toml と uv.lock がありますが requirements.txt がないため、Dify は `uv export` で requirements.txt を生成する必要があります。</translation>
    </message>
    <message>
        <location filename="../core/package/packagewriter.cpp" line="160"/>
        <location filename="../core/workspace/offlineexport.cpp" line="125"/>
        <source>Cannot start %1: %2</source>
        <translation>%1 を起動できません: %2</translation>
    </message>
    <message>
        <location filename="../core/package/packagewriter.cpp" line="164"/>
        <source>`uv export` did not finish within 5 minutes.</source>
        <translation>`uv export` が 5 分以内に完了しませんでした。</translation>
    </message>
    <message>
        <location filename="../core/package/packagewriter.cpp" line="168"/>
        <source>`uv export` failed (exit code %1): %2. Fix uv.lock (run `uv lock`) or add requirements.txt.</source>
        <translation>`uv export` が失敗しました（終了コード %1）: %2。uv.lock を修正する（`uv lock` を実行）か、requirements.txt を追加してください。</translation>
    </message>
    <message>
        <location filename="../core/package/packagewriter.cpp" line="181"/>
        <source>Plugin folder not found: %1</source>
        <translation>プラグインフォルダーが見つかりません: %1</translation>
    </message>
    <message>
        <location filename="../core/package/packagewriter.cpp" line="183"/>
        <source>%1 is not a folder; give the plugin folder.</source>
        <translation>%1 はフォルダーではありません。プラグインフォルダーを指定してください。</translation>
    </message>
    <message>
        <location filename="../core/package/packagewriter.cpp" line="186"/>
        <source>Refusing to package the root folder; specify the plugin folder.</source>
        <translation>ルートフォルダーはパッケージ化できません。プラグインフォルダーを指定してください。</translation>
    </message>
    <message>
        <location filename="../core/package/packagewriter.cpp" line="196"/>
        <source>Cannot package %1: %2</source>
        <translation>%1 をパッケージ化できません: %2</translation>
    </message>
    <message>
        <location filename="../core/package/packagewriter.cpp" line="210"/>
        <source>The plugin does not validate: %1</source>
        <translation>プラグインが検証に合格しませんでした: %1</translation>
    </message>
    <message>
        <location filename="../core/package/packagewriter.cpp" line="221"/>
        <source>The plugin does not validate (%1 error(s)); fix them and package again.</source>
        <translation>プラグインが検証に合格しませんでした（エラー %1 件）。修正してから再度パッケージ化してください。</translation>
    </message>
    <message>
        <location filename="../core/package/packagewriter.cpp" line="239"/>
        <source>%1 is used by the plugin but excluded by the line `%2` of %3; the installed plugin will miss it. Remove or narrow that line.</source>
        <translation>%1 はプラグインで使用されていますが、%3 の `%2` という行で除外されています。インストールされたプラグインにはこのファイルが含まれません。その行を削除するか、対象を絞り込んでください。</translation>
    </message>
    <message>
        <location filename="../core/package/packagewriter.cpp" line="248"/>
        <location filename="../core/package/packagewriter.cpp" line="287"/>
        <source>Packaging cancelled; no file was written.</source>
        <translation>パッケージ化をキャンセルしました。ファイルは書き込まれていません。</translation>
    </message>
    <message>
        <location filename="../core/package/packagewriter.cpp" line="278"/>
        <source>The plugin is %1 uncompressed, more than the %2 limit. Largest files: %3. Exclude what is not needed in .difyignore or raise --max-size.</source>
        <translation>プラグインの非圧縮サイズは %1 で、上限の %2 を超えています。大きいファイル: %3。不要なものを .difyignore で除外するか、--max-size を引き上げてください。</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="91"/>
        <source>%1 is not a PEM file (no &quot;-----BEGIN&quot; line).</source>
        <translation>%1 は PEM ファイルではありません（&quot;-----BEGIN&quot; 行がありません）。</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="95"/>
        <source>%1 has a malformed BEGIN line.</source>
        <translation>%1 の BEGIN 行の形式が正しくありません。</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="102"/>
        <source>%1 has no matching &quot;%2&quot; line.</source>
        <translation>%1 に対応する &quot;%2&quot; 行がありません。</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="106"/>
        <source>%1 has PEM headers (an encrypted key?); use an unencrypted PKCS#1 key: openssl rsa -in KEY -traditional -out key.rsa.pem</source>
        <translation>%1 に PEM ヘッダーがあります（暗号化された鍵でしょうか？）。暗号化されていない PKCS#1 の鍵を使用してください: openssl rsa -in KEY -traditional -out key.rsa.pem</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="115"/>
        <source>%1 has invalid base64 in its PEM body.</source>
        <translation>%1 の PEM 本文に無効な base64 が含まれています。</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="123"/>
        <source>%1: unexpected text after the END line.</source>
        <translation>%1: END 行の後に予期しないテキストがあります。</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="127"/>
        <source>%1: extra data included in the PEM block (the Dify daemon refuses anything after the END line except one line break). Remove the trailing blank lines or other content.</source>
        <translation>%1: PEM ブロックに余分なデータが含まれています（Dify のデーモンは END 行の後に改行 1 つ以外があると拒否します）。末尾の空行やその他の内容を削除してください。</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="147"/>
        <source>Key file not found: %1</source>
        <translation>鍵ファイルが見つかりません: %1</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="155"/>
        <source>%1 is too large to be a PEM key.</source>
        <translation>%1 は PEM 鍵としては大きすぎます。</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="179"/>
        <source>Out of memory.</source>
        <translation>メモリが不足しています。</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="192"/>
        <source>Signing failed: %1</source>
        <translation>署名に失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="210"/>
        <location filename="../core/package/signature.cpp" line="472"/>
        <source>No private key given.</source>
        <translation>秘密鍵が指定されていません。</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="231"/>
        <source>%1 is an SPKI (&quot;PUBLIC KEY&quot;) PEM; Dify needs PKCS#1 (&quot;RSA PUBLIC KEY&quot;). Convert it: openssl rsa -pubin -in %1 -RSAPublicKey_out -out pub.rsa.pem</source>
        <translation>%1 は SPKI（&quot;PUBLIC KEY&quot;）形式の PEM です。Dify には PKCS#1（&quot;RSA PUBLIC KEY&quot;）が必要です。次のコマンドで変換してください: openssl rsa -pubin -in %1 -RSAPublicKey_out -out pub.rsa.pem</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="234"/>
        <source>%1 is a private key; give the public key (NAME.public.pem).</source>
        <translation>%1 は秘密鍵です。公開鍵（NAME.public.pem）を指定してください。</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="236"/>
        <source>%1 holds a &quot;%2&quot; PEM block; Dify needs an &quot;RSA PUBLIC KEY&quot; (PKCS#1).</source>
        <translation>%1 には &quot;%2&quot; の PEM ブロックが含まれています。Dify には &quot;RSA PUBLIC KEY&quot;（PKCS#1）が必要です。</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="241"/>
        <source>%1 is not a valid PKCS#1 RSA public key: %2</source>
        <translation>%1 は有効な PKCS#1 RSA 公開鍵ではありません: %2</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="261"/>
        <source>%1 is a PKCS#8 (&quot;%2&quot;) PEM; Dify needs PKCS#1 (&quot;RSA PRIVATE KEY&quot;). Convert it: openssl rsa -in %1 -traditional -out key.rsa.pem</source>
        <translation>%1 は PKCS#8（&quot;%2&quot;）形式の PEM です。Dify には PKCS#1（&quot;RSA PRIVATE KEY&quot;）が必要です。次のコマンドで変換してください: openssl rsa -in %1 -traditional -out key.rsa.pem</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="265"/>
        <source>%1 is a public key; signing needs the private key (NAME.private.pem).</source>
        <translation>%1 は公開鍵です。署名には秘密鍵（NAME.private.pem）が必要です。</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="267"/>
        <source>%1 holds a &quot;%2&quot; PEM block; Dify needs an &quot;RSA PRIVATE KEY&quot; (PKCS#1).</source>
        <translation>%1 には &quot;%2&quot; の PEM ブロックが含まれています。Dify には &quot;RSA PRIVATE KEY&quot;（PKCS#1）が必要です。</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="272"/>
        <source>%1 is not a valid PKCS#1 RSA private key: %2</source>
        <translation>%1 は有効な PKCS#1 RSA 秘密鍵ではありません: %2</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="329"/>
        <source>RSA keys shorter than 2048 bits are not accepted.</source>
        <translation>2048 ビット未満の RSA 鍵は使用できません。</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="334"/>
        <source>%1 already exists; choose another name or delete it first.</source>
        <translation>%1 はすでに存在します。別の名前を選ぶか、先に削除してください。</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="343"/>
        <source>Key generation failed: %1</source>
        <translation>鍵の生成に失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="348"/>
        <source>Cannot encode the private key: %1</source>
        <translation>秘密鍵をエンコードできません: %1</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="360"/>
        <location filename="../core/package/signature.cpp" line="368"/>
        <location filename="../core/package/zipwriter.cpp" line="128"/>
        <source>Cannot write %1.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="403"/>
        <source>The package is not signed (no signature in the archive comment).</source>
        <translation>パッケージは署名されていません（アーカイブコメントに署名がありません）。</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="409"/>
        <source>The archive comment is not a signature (not JSON); the package is unsigned or damaged.</source>
        <translation>アーカイブコメントは署名ではありません（JSON ではありません）。パッケージが署名されていないか、破損しています。</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="416"/>
        <source>The archive comment has no valid &quot;signature&quot;/&quot;time&quot; fields; the package is unsigned or damaged.</source>
        <translation>アーカイブコメントに有効な &quot;signature&quot;/&quot;time&quot; フィールドがありません。パッケージが署名されていないか、破損しています。</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="423"/>
        <source>The signature is not valid base64; the package was modified after signing.</source>
        <translation>署名が有効な base64 ではありません。パッケージは署名後に変更されています。</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="439"/>
        <source>No trusted key to verify with.</source>
        <translation>検証に使用できる信頼済みの鍵がありません。</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="450"/>
        <source>The signature does not match any trusted key (%1 tried): the package was modified after signing or signed with another key.</source>
        <translation>署名がどの信頼済みの鍵とも一致しません（%1 個を試行）。パッケージが署名後に変更されたか、別の鍵で署名されています。</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="459"/>
        <source>%1 is not valid JSON; the daemon refuses the package.</source>
        <translation>%1 は有効な JSON ではありません。デーモンはこのパッケージを拒否します。</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="478"/>
        <source>Unknown category &quot;%1&quot;; use langgenius, partner or community.</source>
        <translation>不明なカテゴリー &quot;%1&quot; です。langgenius、partner、community のいずれかを使用してください。</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="531"/>
        <source>The signed package does not re-open: %1</source>
        <translation>署名したパッケージを再度開けません: %1</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="536"/>
        <source>The signed package does not verify: %1</source>
        <translation>署名したパッケージの検証に失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../core/package/zipwriter.cpp" line="60"/>
        <location filename="../core/package/zipwriter.cpp" line="65"/>
        <source>Cannot add %1: %2</source>
        <translation>%1 を追加できません: %2</translation>
    </message>
    <message>
        <location filename="../core/package/zipwriter.cpp" line="70"/>
        <source>Cannot set up %1: %2</source>
        <translation>%1 を設定できません: %2</translation>
    </message>
    <message>
        <location filename="../core/package/zipwriter.cpp" line="74"/>
        <source>The archive comment is longer than 65535 bytes.</source>
        <translation>アーカイブコメントが 65535 バイトを超えています。</translation>
    </message>
    <message>
        <location filename="../core/package/zipwriter.cpp" line="76"/>
        <source>Cannot set the archive comment: %1</source>
        <translation>アーカイブコメントを設定できません: %1</translation>
    </message>
    <message>
        <location filename="../core/package/zipwriter.cpp" line="90"/>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <location filename="../core/package/zipwriter.cpp" line="99"/>
        <source>Cannot create %1: %2</source>
        <translation>%1 を作成できません: %2</translation>
    </message>
    <message>
        <location filename="../core/package/zipwriter.cpp" line="119"/>
        <source>Cancelled; no file was written.</source>
        <translation>キャンセルしました。ファイルは書き込まれていません。</translation>
    </message>
    <message>
        <location filename="../core/package/zipwriter.cpp" line="133"/>
        <source>Cannot move the new archive to %1.</source>
        <translation>新しいアーカイブを %1 に移動できません。</translation>
    </message>
    <message>
        <location filename="../core/package/zipwriter.cpp" line="142"/>
        <source>Cannot create a temporary folder.</source>
        <translation>一時フォルダーを作成できません。</translation>
    </message>
    <message>
        <location filename="../core/package/zipwriter.cpp" line="149"/>
        <source>Cannot read back the archive.</source>
        <translation>アーカイブを読み戻せません。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="319"/>
        <source>The key &quot;%1&quot; is set twice in this mapping; the daemon refuses to decode the file. Keep only one of them.</source>
        <translation>キー &quot;%1&quot; がこのマッピング内で 2 回設定されています。デーモンはこのファイルのデコードを拒否します。どちらか一方だけを残してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="336"/>
        <source>%1 must be a mapping (key: value pairs), not %2.</source>
        <translation>%1 はマッピング（キー: 値 のペア）である必要があります。%2ではありません。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="337"/>
        <location filename="../core/plugin/decoder.cpp" line="2401"/>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="337"/>
        <location filename="../core/plugin/decoder.cpp" line="2401"/>
        <source>a scalar</source>
        <translation>スカラー</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="351"/>
        <source>&quot;%1&quot; must be a single value (a string), not a %2.</source>
        <translation>&quot;%1&quot; は単一の値（文字列）である必要があります。%2ではありません。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="352"/>
        <source>mapping</source>
        <translation>マッピング</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="352"/>
        <source>list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="369"/>
        <source>&quot;%1&quot; must be a boolean, but it is the quoted string &quot;%2&quot;; remove the quotes (write true or false).</source>
        <translation>&quot;%1&quot; はブール値である必要がありますが、引用符付きの文字列 &quot;%2&quot; になっています。引用符を外してください（true または false と記述）。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="375"/>
        <source>&quot;%1&quot; must be a boolean (true or false).</source>
        <translation>&quot;%1&quot; はブール値（true または false）である必要があります。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="390"/>
        <source>&quot;%1&quot; must be an integer, but it is the quoted string &quot;%2&quot;; remove the quotes.</source>
        <translation>&quot;%1&quot; は整数である必要がありますが、引用符付きの文字列 &quot;%2&quot; になっています。引用符を外してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="394"/>
        <source>&quot;%1&quot; must be an integer.</source>
        <translation>&quot;%1&quot; は整数である必要があります。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="410"/>
        <source>&quot;%1&quot; must be a number (unquoted).</source>
        <translation>&quot;%1&quot; は数値（引用符なし）である必要があります。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="421"/>
        <source>&quot;%1&quot; must be a list (- item).</source>
        <translation>&quot;%1&quot; はリスト（- item）である必要があります。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="440"/>
        <source>&quot;%1&quot; must be a mapping of languages, e.g. {en_US: &quot;Text&quot;}.</source>
        <translation>&quot;%1&quot; は {en_US: &quot;Text&quot;} のような言語のマッピングである必要があります。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="460"/>
        <source>Language key(s) %1 are ignored by Dify (only en_US, zh_Hans, ja_JP and pt_BR are read); rename or remove them.</source>
        <translation>言語キー %1 は Dify で無視されます（読み込まれるのは en_US、zh_Hans、ja_JP、pt_BR のみです）。名前を変更するか、削除してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="479"/>
        <source>The key &quot;%1&quot; is defined twice in this mapping (first at line %2); the daemon refuses to decode the file. Keep only one.</source>
        <translation>キー &quot;%1&quot; がこのマッピング内で 2 回定義されています（最初は %2 行目）。デーモンはこのファイルのデコードを拒否します。1 つだけを残してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="502"/>
        <source>&quot;%1&quot; must be a mapping.</source>
        <translation>&quot;%1&quot; はマッピングである必要があります。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="518"/>
        <source>%1 has no en_US text; add `en_US: ...` (English is mandatory).</source>
        <translation>%1 に en_US のテキストがありません。`en_US: ...` を追加してください（英語は必須です）。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="519"/>
        <source>%1 is missing; add it with at least an en_US text.</source>
        <translation>%1 がありません。少なくとも en_US のテキストを含めて追加してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="526"/>
        <source>%1 has a translation of %2 characters; at most 1023 are allowed.</source>
        <translation>%1 に %2 文字の翻訳があります。上限は 1023 文字です。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="539"/>
        <source>%1 is %2 characters long; the limit is %3.</source>
        <translation>%1 は %2 文字です。上限は %3 文字です。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="548"/>
        <source>Tag &quot;%1&quot; is not a Dify tag; use one of: %2.</source>
        <translation>タグ &quot;%1&quot; は Dify のタグではありません。次のいずれかを使用してください: %2。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="554"/>
        <source>The Python SDK refuses tag &quot;%1&quot; on a tool provider; remove it.</source>
        <translation>Python SDK はツールプロバイダーのタグ &quot;%1&quot; を受け付けません。削除してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="558"/>
        <source>The Python SDK refuses tag &quot;%1&quot; on a datasource provider; remove it.</source>
        <translation>Python SDK はデータソースプロバイダーのタグ &quot;%1&quot; を受け付けません。削除してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="561"/>
        <source>The Python SDK accepts no Dify tag on a trigger provider (tag &quot;%1&quot;); leave `tags` empty.</source>
        <translation>Python SDK はトリガープロバイダーの Dify タグを一切受け付けません（タグ &quot;%1&quot;）。`tags` は空のままにしてください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="581"/>
        <source>`scope` is only allowed for app-selector, model-selector%1 fields, not for type &quot;%2&quot;; remove it.</source>
        <translation>`scope` は app-selector、model-selector%1 のフィールドでのみ使用でき、タイプ &quot;%2&quot; では使用できません。削除してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="582"/>
        <source> and any</source>
        <translation> および any</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="593"/>
        <source>Scope &quot;%1&quot; is not valid for %2; use one of: %3 (several joined with &amp;).</source>
        <translation>スコープ &quot;%1&quot; は %2 では無効です。次のいずれかを使用してください: %3（複数指定する場合は &amp; で連結）。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="606"/>
        <source>%1 &quot;%2&quot; was not among the uploaded assets (file not found: %2); put the file directly in _assets/.</source>
        <translation>%1 &quot;%2&quot; はアップロードされたアセットに含まれていません（ファイルが見つかりません: %2）。ファイルを _assets/ の直下に置いてください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="614"/>
        <source>%1 &quot;%2&quot; exists but is excluded by .difyignore/.gitignore, so the daemon will not find it; remove the matching ignore pattern.</source>
        <translation>%1 &quot;%2&quot; は存在しますが、.difyignore/.gitignore で除外されているため、デーモンが見つけられません。該当する除外パターンを削除してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="621"/>
        <source>%1 &quot;%2&quot; does not exist: add the file _assets/%2 (icon names are relative to _assets/).</source>
        <translation>%1 &quot;%2&quot; は存在しません。ファイル _assets/%2 を追加してください（アイコン名は _assets/ からの相対パスです）。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="647"/>
        <source>%1 has no extra.python.source; the Python SDK needs it to find the implementation (e.g. extra: {python: {source: provider/my_provider.py}}).</source>
        <translation>%1 に extra.python.source がありません。Python SDK が実装を見つけるために必要です（例: extra: {python: {source: provider/my_provider.py}}）。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="656"/>
        <source>extra.python.source &quot;%1&quot; does not exist in the plugin; create it or fix the path.</source>
        <translation>extra.python.source &quot;%1&quot; はプラグイン内に存在しません。ファイルを作成するか、パスを修正してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="668"/>
        <source>The path &quot;%1&quot; is longer than 128 characters; shorten it.</source>
        <translation>パス &quot;%1&quot; が 128 文字を超えています。短くしてください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="679"/>
        <source>The path &quot;%1&quot; is not a clean package path: the daemon&apos;s zip decoder refuses it. Write it relative to the plugin root without &quot;./&quot;, &quot;..&quot;, &quot;//&quot; or a leading &quot;/&quot;.</source>
        <translation>パス &quot;%1&quot; はパッケージ内の正規のパスではありません。デーモンの zip デコーダーで拒否されます。&quot;./&quot;、&quot;..&quot;、&quot;//&quot;、先頭の &quot;/&quot; を使わずに、プラグインのルートからの相対パスで記述してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="707"/>
        <source>An empty file reference; write the path of a YAML file.</source>
        <translation>ファイル参照が空です。YAML ファイルのパスを記述してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="715"/>
        <source>&quot;%1&quot; is referenced but excluded by .difyignore/.gitignore, so it will not be in the package; remove the matching ignore pattern.</source>
        <translation>&quot;%1&quot; は参照されていますが、.difyignore/.gitignore で除外されているため、パッケージに含まれません。該当する除外パターンを削除してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="721"/>
        <source>The referenced file &quot;%1&quot; does not exist; create it or fix the path.</source>
        <translation>参照されているファイル &quot;%1&quot; が存在しません。ファイルを作成するか、パスを修正してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="729"/>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation>&quot;%1&quot; を読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="737"/>
        <source>%1 is not valid YAML: %2</source>
        <translation>%1 は有効な YAML ではありません: %2</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="755"/>
        <source>&quot;%1&quot; must be a list of %2 files.</source>
        <translation>&quot;%1&quot; は %2 ファイルのリストである必要があります。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="764"/>
        <source>An inline %1 declaration is accepted by the daemon but the Python SDK only loads file paths; move it into its own YAML file and list the path here.</source>
        <translation>インラインの %1 宣言はデーモンでは受け付けられますが、Python SDK はファイルパスしか読み込みません。独立した YAML ファイルに移動し、ここにそのパスを記載してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="780"/>
        <source>%1 must contain a YAML mapping (the %2 declaration).</source>
        <translation>%1 には YAML のマッピング（%2 の宣言）が含まれている必要があります。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="817"/>
        <source>`identity` is missing; add author, name, label%1.</source>
        <translation>`identity` がありません。author、name、label%1 を追加してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="817"/>
        <source> and icon</source>
        <translation> と icon</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="839"/>
        <source>identity.author is empty; write the author&apos;s name.</source>
        <translation>identity.author が空です。作成者の名前を記述してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="841"/>
        <source>identity.name is empty; give it a name.</source>
        <translation>identity.name が空です。名前を指定してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="844"/>
        <source>identity.name &quot;%1&quot; may only contain letters, digits, &apos;_&apos; and &apos;-&apos; (no spaces).</source>
        <translation>identity.name &quot;%1&quot; に使用できるのは英字、数字、&apos;_&apos;、&apos;-&apos; のみです（空白は使用できません）。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="850"/>
        <source>identity.icon is missing; name an icon file in _assets/.</source>
        <translation>identity.icon がありません。_assets/ 内のアイコンファイルを指定してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="854"/>
        <source>A tag is longer than 128 characters.</source>
        <translation>128 文字を超えるタグがあります。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="879"/>
        <source>An option has no value; add `value:`.</source>
        <translation>値のないオプションがあります。`value:` を追加してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="882"/>
        <source>Option value is longer than 127 characters.</source>
        <translation>オプションの値が 127 文字を超えています。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="886"/>
        <source>Option value %1 is read as a boolean by the Python SDK but as a string by the daemon; quote it (&quot;%1&quot;).</source>
        <translation>オプションの値 %1 は、Python SDK ではブール値、デーモンでは文字列として読み込まれます。引用符で囲んでください（&quot;%1&quot;）。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="918"/>
        <source>`default` must be a single value (string, number or boolean), not a list or mapping.</source>
        <translation>`default` はリストやマッピングではなく、単一の値（文字列、数値、ブール値）である必要があります。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="925"/>
        <location filename="../core/plugin/decoder.cpp" line="1063"/>
        <location filename="../core/plugin/decoder.cpp" line="1658"/>
        <source>`options` must be a list.</source>
        <translation>`options` はリストである必要があります。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="933"/>
        <source>At most 127 options are allowed.</source>
        <translation>オプションは 127 個までです。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="950"/>
        <source>Field name is longer than 1023 characters.</source>
        <translation>フィールド名が 1023 文字を超えています。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="953"/>
        <source>Field type &quot;%1&quot; is not valid; use one of: %2.</source>
        <translation>フィールドタイプ &quot;%1&quot; は無効です。次のいずれかを使用してください: %2。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="992"/>
        <source>&quot;%1&quot; must be a list of fields or a mapping name: {field}.</source>
        <translation>&quot;%1&quot; はフィールドのリスト、または name: {field} 形式のマッピングである必要があります。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="993"/>
        <source>&quot;%1&quot; must be a list of fields (- name: ...); the map form is not accepted here.</source>
        <translation>&quot;%1&quot; はフィールドのリスト（- name: ...）である必要があります。ここではマッピング形式は使用できません。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1093"/>
        <source>auto_generate.type must be prompt_instruction, not &quot;%1&quot;.</source>
        <translation>auto_generate.type は &quot;%1&quot; ではなく prompt_instruction である必要があります。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1104"/>
        <source>A parameter has no name; add `name:`.</source>
        <translation>名前のないパラメーターがあります。`name:` を追加してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1106"/>
        <source>Parameter name</source>
        <translation>パラメーター名</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1107"/>
        <source>Parameter label</source>
        <translation>パラメーターの label</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1122"/>
        <source>Parameter type &quot;%1&quot; is accepted by the Python SDK but refused by the daemon&apos;s validator; use one of: %2.</source>
        <translation>パラメータータイプ &quot;%1&quot; は Python SDK では受け付けられますが、デーモンのバリデーターで拒否されます。次のいずれかを使用してください: %2。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1125"/>
        <source>Parameter type &quot;%1&quot; is not valid here; use one of: %2.</source>
        <translation>パラメータータイプ &quot;%1&quot; はここでは無効です。次のいずれかを使用してください: %2。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1132"/>
        <source>Parameter human_description</source>
        <translation>パラメーターの human_description</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1135"/>
        <source>Parameter `form` is missing; use llm, form or schema.</source>
        <translation>パラメーターの `form` がありません。llm、form、schema のいずれかを使用してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1136"/>
        <source>Parameter form &quot;%1&quot; is not valid; use llm, form or schema.</source>
        <translation>パラメーターの form &quot;%1&quot; は無効です。llm、form、schema のいずれかを使用してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1142"/>
        <source>Parameter help</source>
        <translation>パラメーターの help</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1147"/>
        <source>Parameter description</source>
        <translation>パラメーターの description</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1150"/>
        <source>Datasource parameters must not have a `scope` (the daemon&apos;s validator always refuses it); remove it.</source>
        <translation>データソースのパラメーターに `scope` は指定できません（デーモンのバリデーターで常に拒否されます）。削除してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1159"/>
        <source>`default` must be a single value (string, number or boolean).</source>
        <translation>`default` は単一の値（文字列、数値、ブール値）である必要があります。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1164"/>
        <source>`multiple: true` is only supported by the Python SDK for select and dynamic-select parameters.</source>
        <translation>Python SDK で `multiple: true` がサポートされるのは select と dynamic-select のパラメーターのみです。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1169"/>
        <source>With `multiple: true` the `default` must be a list, e.g. [a, b].</source>
        <translation>`multiple: true` の場合、`default` は [a, b] のようなリストである必要があります。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1172"/>
        <source>A list `default` needs `multiple: true`; use a single value or set multiple.</source>
        <translation>リスト形式の `default` には `multiple: true` が必要です。単一の値を使用するか、multiple を設定してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1184"/>
        <source>`parameters` must be a list.</source>
        <translation>`parameters` はリストである必要があります。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1280"/>
        <source>`version` is missing; write the plugin version, e.g. version: 0.0.1.</source>
        <translation>`version` がありません。version: 0.0.1 のようにプラグインのバージョンを記述してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1283"/>
        <source>Version &quot;%1&quot; is not valid; write three numbers like 1.0.0 (optionally -suffix).</source>
        <translation>バージョン &quot;%1&quot; は無効です。1.0.0 のように 3 つの数字で記述してください（-サフィックスは任意）。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1287"/>
        <source>Version &quot;%1&quot; is not valid; write exactly three numbers like 1.0.0 (optionally -suffix).</source>
        <translation>バージョン &quot;%1&quot; は無効です。1.0.0 のようにちょうど 3 つの数字で記述してください（-サフィックスは任意）。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1293"/>
        <source>Version &quot;%1&quot; is not a valid PEP 440 version, which the Python SDK requires; use a suffix such as -beta, -rc1, -post1 or -dev1.</source>
        <translation>バージョン &quot;%1&quot; は、Python SDK が要求する有効な PEP 440 バージョンではありません。-beta、-rc1、-post1、-dev1 などのサフィックスを使用してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1301"/>
        <source>`type` must be &quot;plugin&quot; (found &quot;%1&quot;).</source>
        <translation>`type` は &quot;plugin&quot; である必要があります（現在は &quot;%1&quot;）。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1306"/>
        <source>`author` is longer than 64 characters.</source>
        <translation>`author` が 64 文字を超えています。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1309"/>
        <source>Author &quot;%1&quot; is not valid: use 1–64 lowercase letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>作成者 &quot;%1&quot; は無効です。英小文字、数字、&apos;_&apos;、&apos;-&apos; からなる 1～64 文字を使用してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1312"/>
        <source>The Python SDK also refuses author &quot;%1&quot;.</source>
        <translation>Python SDK でも作成者 &quot;%1&quot; は受け付けられません。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1315"/>
        <source>Author &quot;%1&quot; looks like a UUID, which the daemon reserves for remote-debug plugins; use your account or organisation name.</source>
        <translation>作成者 &quot;%1&quot; は UUID のような形式ですが、UUID はデーモンでリモートデバッグ用プラグインのために予約されています。アカウント名または組織名を使用してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1323"/>
        <source>`name` is empty; give the plugin a name.</source>
        <translation>`name` が空です。プラグインの名前を指定してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1325"/>
        <source>`name` is longer than 128 characters.</source>
        <translation>`name` が 128 文字を超えています。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1328"/>
        <source>Name &quot;%1&quot; is not valid: use 1–128 lowercase letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>名前 &quot;%1&quot; は無効です。英小文字、数字、&apos;_&apos;、&apos;-&apos; からなる 1～128 文字を使用してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1340"/>
        <source>`icon` is missing; name an icon file in _assets/ (e.g. icon: icon.svg).</source>
        <translation>`icon` がありません。_assets/ 内のアイコンファイルを指定してください（例: icon: icon.svg）。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1342"/>
        <source>`icon` is longer than 128 characters.</source>
        <translation>`icon` が 128 文字を超えています。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1343"/>
        <source>Plugin icon</source>
        <translation>プラグインのアイコン</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1345"/>
        <source>Plugin dark icon</source>
        <translation>プラグインのダークアイコン</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1399"/>
        <source>Storage size %1 is out of range; write a size in bytes between 1024 and 1073741824 (e.g. 1048576), even when storage is disabled.</source>
        <translation>ストレージサイズ %1 が範囲外です。ストレージが無効な場合でも、1024～1073741824 のバイト数を記述してください（例: 1048576）。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1402"/>
        <source>The storage block has no `size`; add a size in bytes between 1024 and 1073741824 (e.g. size: 1048576).</source>
        <translation>storage ブロックに `size` がありません。1024～1073741824 のバイト数を追加してください（例: size: 1048576）。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1410"/>
        <source>resource.memory is missing or 0; write the memory limit in bytes (e.g. 268435456).</source>
        <translation>resource.memory がないか 0 です。メモリの上限をバイト単位で記述してください（例: 268435456）。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1418"/>
        <source>`plugins` is missing; list the provider YAML files (e.g. plugins: {tools: [provider/x.yaml]}).</source>
        <translation>`plugins` がありません。プロバイダーの YAML ファイルを列挙してください（例: plugins: {tools: [provider/x.yaml]}）。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1425"/>
        <source>plugins.%1 lists %2 files but the daemon keeps only the last one (the SDK loads all); declare exactly one provider per kind.</source>
        <translation>plugins.%1 には %2 個のファイルが記載されていますが、デーモンは最後の 1 つしか保持しません（SDK はすべて読み込みます）。種類ごとにプロバイダーを 1 つだけ宣言してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1444"/>
        <source>`meta` is missing; add version, arch and runner.</source>
        <translation>`meta` がありません。version、arch、runner を追加してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1449"/>
        <source>meta.version &quot;%1&quot; is not valid; write 0.0.1.</source>
        <translation>meta.version &quot;%1&quot; は無効です。0.0.1 と記述してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1455"/>
        <source>meta.arch is missing; write arch: [amd64, arm64].</source>
        <translation>meta.arch がありません。arch: [amd64, arm64] と記述してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1459"/>
        <source>Architecture &quot;%1&quot; is not supported; use amd64 and/or arm64.</source>
        <translation>アーキテクチャ &quot;%1&quot; はサポートされていません。amd64 と arm64 のいずれかまたは両方を使用してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1465"/>
        <source>meta.runner is missing; write runner: {language: python, version: &quot;3.12&quot;, entrypoint: main}.</source>
        <translation>meta.runner がありません。runner: {language: python, version: &quot;3.12&quot;, entrypoint: main} と記述してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1471"/>
        <source>Runner language &quot;%1&quot; is not supported; write language: python.</source>
        <translation>ランナー言語 &quot;%1&quot; はサポートされていません。language: python と記述してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1477"/>
        <source>meta.runner.version is missing; write version: &quot;3.12&quot;.</source>
        <translation>meta.runner.version がありません。version: &quot;3.12&quot; と記述してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1480"/>
        <source>meta.runner.version is longer than 128 characters.</source>
        <translation>meta.runner.version が 128 文字を超えています。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1485"/>
        <source>Unquoted runner version %1 is read by the Python SDK as the number %2 and refused; quote it: version: &quot;%1&quot;.</source>
        <translation>引用符のないランナーバージョン %1 は Python SDK で数値 %2 として読み込まれ、拒否されます。引用符で囲んでください: version: &quot;%1&quot;。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1488"/>
        <source>Quote the runner version (version: &quot;%1&quot;): the Python SDK reads a bare %1 as a number.</source>
        <translation>ランナーバージョンは引用符で囲んでください（version: &quot;%1&quot;）。Python SDK は引用符のない %1 を数値として読み込みます。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1496"/>
        <source>meta.runner.entrypoint is missing; write entrypoint: main.</source>
        <translation>meta.runner.entrypoint がありません。entrypoint: main と記述してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1499"/>
        <source>meta.runner.entrypoint is longer than 256 characters.</source>
        <translation>meta.runner.entrypoint が 256 文字を超えています。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1502"/>
        <source>The entrypoint module %1.py does not exist; the plugin will not start.</source>
        <translation>エントリーポイントのモジュール %1.py が存在しません。プラグインは起動しません。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1509"/>
        <source>minimum_dify_version &quot;%1&quot; is not a valid version; write e.g. 1.7.0.</source>
        <translation>minimum_dify_version &quot;%1&quot; は有効なバージョンではありません。1.7.0 のように記述してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1527"/>
        <source>created_at must be a timestamp such as 2026-01-02T03:04:05Z.</source>
        <translation>created_at は 2026-01-02T03:04:05Z のようなタイムスタンプである必要があります。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1536"/>
        <source>created_at &quot;%1&quot; is not a timestamp; write RFC 3339 with a zone, e.g. 2026-01-02T03:04:05Z.</source>
        <translation>created_at &quot;%1&quot; はタイムスタンプではありません。2026-01-02T03:04:05Z のように、タイムゾーン付きの RFC 3339 形式で記述してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1539"/>
        <source>Quoted created_at &quot;%1&quot; must be RFC 3339 with a time zone (e.g. &quot;2026-01-02T03:04:05Z&quot;); add the zone or remove the quotes.</source>
        <translation>引用符付きの created_at &quot;%1&quot; は、タイムゾーン付きの RFC 3339 形式（例: &quot;2026-01-02T03:04:05Z&quot;）である必要があります。タイムゾーンを追加するか、引用符を外してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1548"/>
        <source>created_at is missing; write the creation time, e.g. created_at: 2026-01-02T03:04:05Z.</source>
        <translation>created_at がありません。created_at: 2026-01-02T03:04:05Z のように作成日時を記述してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1555"/>
        <source>`repo` must be a URL with scheme and host (e.g. https://github.com/me/plugin); remove the key if there is none.</source>
        <translation>`repo` はスキームとホストを含む URL（例: https://github.com/me/plugin）である必要があります。リポジトリがない場合は、このキーを削除してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1574"/>
        <source>The tool has no `description`; add description: {human: {en_US: ...}, llm: ...}.</source>
        <translation>このツールには `description` がありません。description: {human: {en_US: ...}, llm: ...} を追加してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1583"/>
        <source>description.llm is empty; describe for the model what the tool does.</source>
        <translation>description.llm が空です。このツールの機能をモデル向けに説明してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1591"/>
        <source>The tool</source>
        <translation>このツール</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1599"/>
        <source>Tool provider icon</source>
        <translation>ツールプロバイダーのアイコン</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1599"/>
        <source>Tool provider dark icon</source>
        <translation>ツールプロバイダーのダークアイコン</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1616"/>
        <source>The Python SDK reads credentials_for_provider only as a mapping (name: {type: ..., label: ...}); convert the list.</source>
        <translation>Python SDK は credentials_for_provider をマッピング（name: {type: ..., label: ...}）としてのみ読み込みます。リストを変換してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1621"/>
        <source>credentials_schema is not read by the Python SDK; write the credentials as a mapping under credentials_for_provider instead.</source>
        <translation>credentials_schema は Python SDK で読み込まれません。代わりに credentials_for_provider の下にマッピングとして認証情報を記述してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1628"/>
        <source>The tool provider</source>
        <translation>このツールプロバイダー</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1652"/>
        <location filename="../core/workspace/offlineexport.cpp" line="120"/>
        <source>default</source>
        <translation>デフォルト値</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1670"/>
        <source>Option label</source>
        <translation>オプションの label</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1672"/>
        <source>An option has no value.</source>
        <translation>値のないオプションがあります。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1695"/>
        <source>A credential form field has no `variable`; add the variable name.</source>
        <translation>`variable` のない認証情報フォームのフィールドがあります。変数名を追加してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1698"/>
        <source>Credential form type &quot;%1&quot; is not valid; use one of: %2.</source>
        <translation>認証情報フォームのタイプ &quot;%1&quot; は無効です。次のいずれかを使用してください: %2。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1700"/>
        <source>Field label</source>
        <translation>フィールドの label</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1701"/>
        <source>Field help</source>
        <translation>フィールドの help</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1702"/>
        <source>Field placeholder</source>
        <translation>フィールドの placeholder</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1705"/>
        <source>Write `required:` explicitly: the daemon defaults it to false, the Python SDK to true.</source>
        <translation>`required:` は明示的に記述してください。デフォルト値はデーモンでは false、Python SDK では true です。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1728"/>
        <source>`model` is empty; write the model name.</source>
        <translation>`model` が空です。モデル名を記述してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1730"/>
        <source>model</source>
        <translation>モデル名</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1739"/>
        <source>model_type &quot;%1&quot; is not valid; use one of: %2.</source>
        <translation>model_type &quot;%1&quot; は無効です。次のいずれかを使用してください: %2。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1747"/>
        <source>Model feature &quot;%1&quot; is refused by the Python SDK; use one of: %2.</source>
        <translation>モデルの機能 &quot;%1&quot; は Python SDK で受け付けられません。次のいずれかを使用してください: %2。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1757"/>
        <source>fetch_from must be predefined-model or customizable-model.</source>
        <translation>fetch_from は predefined-model または customizable-model である必要があります。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1765"/>
        <source>model_properties key &quot;%1&quot; is refused by the Python SDK; allowed keys: %2.</source>
        <translation>model_properties のキー &quot;%1&quot; は Python SDK で受け付けられません。使用できるキー: %2。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1776"/>
        <source>parameter_rules must be a list.</source>
        <translation>parameter_rules はリストである必要があります。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1779"/>
        <source>At most 128 parameter rules.</source>
        <translation>パラメータールールは 128 個までです。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1801"/>
        <source>A rule `default` must be a single value.</source>
        <translation>ルールの `default` は単一の値である必要があります。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1818"/>
        <source>use_template &quot;%1&quot; is not a known template (the daemon fails to decode the file); use temperature, top_p, top_k, presence_penalty, frequency_penalty, max_tokens, response_format or json_schema.</source>
        <translation>use_template &quot;%1&quot; は既知のテンプレートではありません（デーモンはこのファイルをデコードできません）。temperature、top_p、top_k、presence_penalty、frequency_penalty、max_tokens、response_format、json_schema のいずれかを使用してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1839"/>
        <source>A parameter rule has no name.</source>
        <translation>名前のないパラメータールールがあります。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1842"/>
        <source>Parameter rule &quot;%1&quot; has neither `type` nor `use_template`; add type: float|int|string|boolean|text.</source>
        <translation>パラメータールール &quot;%1&quot; には `type` も `use_template` もありません。type: float|int|string|boolean|text を追加してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1848"/>
        <source>Parameter rule type &quot;%1&quot; is not valid; use float, int, string, boolean or text.</source>
        <translation>パラメータールールのタイプ &quot;%1&quot; は無効です。float、int、string、boolean、text のいずれかを使用してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1850"/>
        <source>Rule help</source>
        <translation>ルールの help</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1868"/>
        <source>pricing.%1 must be a decimal number (e.g. &apos;0.003&apos;).</source>
        <translation>pricing.%1 は 10 進数である必要があります（例: &apos;0.003&apos;）。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1884"/>
        <source>`provider` is empty; write its name.</source>
        <translation>`provider` が空です。名前を記述してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1886"/>
        <source>provider</source>
        <translation>プロバイダー名</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1908"/>
        <source>Model provider %1</source>
        <translation>モデルプロバイダーの %1</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1926"/>
        <source>supported_model_types is missing; list the model types (e.g. [llm]).</source>
        <translation>supported_model_types がありません。モデルタイプを列挙してください（例: [llm]）。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1928"/>
        <source>At most 16 model types.</source>
        <translation>モデルタイプは 16 個までです。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1932"/>
        <source>Model type &quot;%1&quot; is not valid; use one of: %2.</source>
        <translation>モデルタイプ &quot;%1&quot; は無効です。次のいずれかを使用してください: %2。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1940"/>
        <source>configurate_methods is missing; write [predefined-model] and/or customizable-model.</source>
        <translation>configurate_methods がありません。[predefined-model] と customizable-model のいずれかまたは両方を記述してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1944"/>
        <source>Configurate method &quot;%1&quot; is not valid; use predefined-model or customizable-model.</source>
        <translation>設定方法 &quot;%1&quot; は無効です。predefined-model または customizable-model を使用してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1952"/>
        <source>credential_form_schemas must be a list.</source>
        <translation>credential_form_schemas はリストである必要があります。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1956"/>
        <source>At most 32 credential fields.</source>
        <translation>認証情報のフィールドは 32 個までです。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2005"/>
        <source>Inline models are accepted by the daemon only; the Python SDK loads model files through models.&lt;type&gt;.predefined globs.</source>
        <translation>インラインのモデルはデーモンでしか受け付けられません。Python SDK は models.&lt;type&gt;.predefined の glob パターンでモデルファイルを読み込みます。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2045"/>
        <source>The glob &quot;%1&quot; matches no file: package paths never start with &quot;./&quot;; write it without the prefix.</source>
        <translation>glob パターン &quot;%1&quot; に一致するファイルがありません。パッケージ内のパスは &quot;./&quot; で始まることはありません。このプレフィックスを外して記述してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2048"/>
        <source>The glob &quot;%1&quot; matches only files excluded by .difyignore.</source>
        <translation>glob パターン &quot;%1&quot; に一致するのは .difyignore で除外されたファイルだけです。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2049"/>
        <source>The glob &quot;%1&quot; matches no model file.</source>
        <translation>glob パターン &quot;%1&quot; に一致するモデルファイルがありません。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2062"/>
        <source>The position file %1 must be a YAML list of model names.</source>
        <translation>位置ファイル %1 はモデル名の YAML リストである必要があります。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2076"/>
        <source>configurate_methods has predefined-model but no models are declared; add models.&lt;type&gt;.predefined globs.</source>
        <translation>configurate_methods に predefined-model がありますが、モデルが宣言されていません。models.&lt;type&gt;.predefined の glob パターンを追加してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2094"/>
        <source>The model provider has no extra.python.provider_source; the Python SDK needs it.</source>
        <translation>モデルプロバイダーに extra.python.provider_source がありません。Python SDK で必要です。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2097"/>
        <source>extra.python.provider_source &quot;%1&quot; does not exist.</source>
        <translation>extra.python.provider_source &quot;%1&quot; が存在しません。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2101"/>
        <source>extra.python.model_sources entry &quot;%1&quot; does not exist.</source>
        <translation>extra.python.model_sources のエントリー &quot;%1&quot; が存在しません。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2106"/>
        <source>The model provider has no extra.python.provider_source; the Python SDK needs it (extra: {python: {provider_source: provider/x.py, model_sources: [...]}}).</source>
        <translation>モデルプロバイダーに extra.python.provider_source がありません。Python SDK で必要です（extra: {python: {provider_source: provider/x.py, model_sources: [...]}}）。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2127"/>
        <source>The endpoint has no `path` (e.g. /webhook).</source>
        <translation>このエンドポイントには `path` がありません（例: /webhook）。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2130"/>
        <source>Endpoint method &quot;%1&quot; is not valid; use one of: %2 (upper case).</source>
        <translation>エンドポイントのメソッド &quot;%1&quot; は無効です。次のいずれかを使用してください: %2（大文字）。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2133"/>
        <source>The endpoint</source>
        <translation>このエンドポイント</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2169"/>
        <source>A feature is too long.</source>
        <translation>長すぎる機能名があります。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2172"/>
        <source>Strategy feature &quot;%1&quot; is refused by the Python SDK; the only feature is history-messages.</source>
        <translation>戦略の機能 &quot;%1&quot; は Python SDK で受け付けられません。使用できる機能は history-messages のみです。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2177"/>
        <source>The agent strategy</source>
        <translation>このエージェント戦略</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2185"/>
        <source>Agent strategy provider icon</source>
        <translation>エージェント戦略プロバイダーのアイコン</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2185"/>
        <source>Agent strategy provider dark icon</source>
        <translation>エージェント戦略プロバイダーのダークアイコン</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2190"/>
        <source>The agent strategy provider</source>
        <translation>このエージェント戦略プロバイダー</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2204"/>
        <source>Datasource icon</source>
        <translation>データソースのアイコン</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2212"/>
        <source>The datasource</source>
        <translation>このデータソース</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2222"/>
        <source>Datasource provider icon</source>
        <translation>データソースプロバイダーのアイコン</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2229"/>
        <source>The Python SDK reads datasource credentials_schema only as a list (- name: ...); convert the mapping.</source>
        <translation>Python SDK はデータソースの credentials_schema をリスト（- name: ...）としてのみ読み込みます。マッピングを変換してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2236"/>
        <source>provider_type &quot;%1&quot; is not valid; use website_crawl, online_document or online_drive.</source>
        <translation>provider_type &quot;%1&quot; は無効です。website_crawl、online_document、online_drive のいずれかを使用してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2242"/>
        <source>The datasource provider</source>
        <translation>このデータソースプロバイダー</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2261"/>
        <source>The trigger event</source>
        <translation>このトリガーイベント</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2269"/>
        <source>Trigger provider icon</source>
        <translation>トリガープロバイダーのアイコン</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2269"/>
        <source>Trigger provider dark icon</source>
        <translation>トリガープロバイダーのダークアイコン</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2296"/>
        <source>subscription_schema must be a list or a mapping.</source>
        <translation>subscription_schema はリストまたはマッピングである必要があります。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2300"/>
        <source>The Python SDK reads subscription_schema only as a list (- name: ...); convert the mapping.</source>
        <translation>Python SDK は subscription_schema をリスト（- name: ...）としてのみ読み込みます。マッピングを変換してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2315"/>
        <source>The trigger provider</source>
        <translation>このトリガープロバイダー</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2335"/>
        <source>The plugin declares no provider; list one under plugins (tools, models, endpoints, agent_strategies, datasources or triggers).</source>
        <translation>プラグインでプロバイダーが宣言されていません。plugins の下に 1 つ記載してください（tools、models、endpoints、agent_strategies、datasources、triggers）。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2347"/>
        <source>plugins.%1 cannot be combined with other provider kinds (only tools + endpoints may be combined); split it into separate plugins.</source>
        <translation>plugins.%1 は他の種類のプロバイダーと組み合わせられません（組み合わせられるのは tools + endpoints のみです）。別々のプラグインに分割してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2376"/>
        <source>manifest.yaml is excluded by the ignore file; remove that pattern.</source>
        <translation>manifest.yaml が除外ファイルによって除外されています。そのパターンを削除してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2377"/>
        <source>There is no manifest.yaml at the plugin root; this is not a Dify plugin folder.</source>
        <translation>プラグインのルートに manifest.yaml がありません。これは Dify のプラグインフォルダーではありません。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2384"/>
        <source>manifest.yaml cannot be read: %1</source>
        <translation>manifest.yaml を読み込めません: %1</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2390"/>
        <source>manifest.yaml is not valid YAML: %1</source>
        <translation>manifest.yaml は有効な YAML ではありません: %1</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2400"/>
        <source>manifest.yaml must be a YAML mapping with version, type, author, name, ... (it is %1).</source>
        <translation>manifest.yaml は version、type、author、name などを含む YAML のマッピングである必要があります（現在は%1）。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2401"/>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2451"/>
        <source>The provider file %1</source>
        <translation>プロバイダーファイル %1</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2462"/>
        <source>An inline `%1` declaration in manifest.yaml is read by the daemon but ignored by the Python SDK; move it to a file listed under plugins.</source>
        <translation>manifest.yaml 内のインラインの `%1` 宣言はデーモンでは読み込まれますが、Python SDK では無視されます。plugins の下に記載されたファイルに移動してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2488"/>
        <source>The plugin declares endpoints but resource.permission.endpoint.enabled is not true; enable it.</source>
        <translation>プラグインでエンドポイントが宣言されていますが、resource.permission.endpoint.enabled が true ではありません。有効にしてください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="318"/>
        <source>The bundle manifest.yaml must be a YAML mapping (name, labels, ...).</source>
        <translation>バンドルの manifest.yaml は YAML のマッピング（name、labels、...）である必要があります。</translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="327"/>
        <source>`%1` must be a single value.</source>
        <translation>`%1` は単一の値である必要があります。</translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="343"/>
        <source>`%1` must be a mapping of languages.</source>
        <translation>`%1` は言語のマッピングである必要があります。</translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="370"/>
        <source>`tags` must be a list.</source>
        <translation>`tags` はリストである必要があります。</translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="377"/>
        <source>`dependencies` must be a list.</source>
        <translation>`dependencies` はリストである必要があります。</translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="382"/>
        <source>Each dependency must be a mapping {type, value}.</source>
        <translation>各依存関係はマッピング {type, value} である必要があります。</translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="419"/>
        <source>Bundle name &quot;%1&quot; must be 1–128 letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>バンドル名 &quot;%1&quot; は英字、数字、&apos;_&apos;、&apos;-&apos; からなる 1～128 文字にしてください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="423"/>
        <source>Bundle version &quot;%1&quot; is not valid; write three numbers like 0.0.1.</source>
        <translation>バンドルのバージョン &quot;%1&quot; は無効です。0.0.1 のように 3 つの数字で記述してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="426"/>
        <source>`type` must be &quot;bundle&quot;.</source>
        <translation>`type` は &quot;bundle&quot; である必要があります。</translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="429"/>
        <source>`author` is missing.</source>
        <translation>`author` がありません。</translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="432"/>
        <source>`icon` is missing; name a file in _assets/.</source>
        <translation>`icon` がありません。_assets/ 内のファイルを指定してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="435"/>
        <source>`labels` needs an en_US text (note the plural key).</source>
        <translation>`labels` には en_US のテキストが必要です（キーが複数形であることに注意してください）。</translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="438"/>
        <source>`description` needs an en_US text.</source>
        <translation>`description` には en_US のテキストが必要です。</translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="441"/>
        <source>`dependencies` is missing; write dependencies: [].</source>
        <translation>`dependencies` がありません。dependencies: [] と記述してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="449"/>
        <source>Marketplace pattern &quot;%1&quot; is not valid; write org/plugin:1.0.0.</source>
        <translation>マーケットプレイスの形式 &quot;%1&quot; は無効です。org/plugin:1.0.0 の形式で記述してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="453"/>
        <source>GitHub pattern &quot;%1&quot; is not valid; write owner/repo:1.0.0/asset.difypkg.</source>
        <translation>GitHub の形式 &quot;%1&quot; は無効です。owner/repo:1.0.0/asset.difypkg の形式で記述してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="457"/>
        <source>A package dependency needs value.path.</source>
        <translation>package 型の依存関係には value.path が必要です。</translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="461"/>
        <source>Dependency type &quot;%1&quot; is not valid; use marketplace, github or package.</source>
        <translation>依存関係のタイプ &quot;%1&quot; は無効です。marketplace、github、package のいずれかを使用してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="469"/>
        <source>Tag &quot;%1&quot; is not a Dify tag.</source>
        <translation>タグ &quot;%1&quot; は Dify のタグではありません。</translation>
    </message>
    <message>
        <location filename="../core/plugin/validator.cpp" line="62"/>
        <source>There is no README.md at the plugin root; Dify shows it as the English description. Add one.</source>
        <translation>プラグインのルートに README.md がありません。Dify はこれを英語の説明として表示します。追加してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/validator.cpp" line="68"/>
        <source>README.md contains Chinese characters; Marketplace review rejects that for the English README. Move translations to readme/README_zh_Hans.md.</source>
        <translation>README.md に中国語の文字が含まれています。英語の README に中国語が含まれているとマーケットプレイスの審査で却下されます。翻訳は readme/README_zh_Hans.md に移動してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/validator.cpp" line="72"/>
        <source>README.md is empty; describe the plugin.</source>
        <translation>README.md が空です。プラグインの説明を記述してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/validator.cpp" line="89"/>
        <source>%1 is not detected as a translated README; name it readme/README_&lt;lang&gt;.md (e.g. readme/README_zh_Hans.md) directly inside readme/.</source>
        <translation>%1 は翻訳版の README として認識されません。readme/README_&lt;lang&gt;.md（例: readme/README_zh_Hans.md）という名前にして、readme/ の直下に置いてください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/validator.cpp" line="95"/>
        <source>%1 at the plugin root is not detected; move it to readme/%1.</source>
        <translation>プラグインのルートにある %1 は認識されません。readme/%1 に移動してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/validator.cpp" line="99"/>
        <source>.env is part of the plugin files and would be packaged with its secrets; add it to .difyignore.</source>
        <translation>.env はプラグインのファイルに含まれ、シークレットごとパッケージ化されてしまいます。.difyignore に追加してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/validator.cpp" line="106"/>
        <source>The folder %1/ is a virtual environment; Marketplace CI refuses it. Delete it or add it to .difyignore.</source>
        <translation>フォルダー %1/ は仮想環境です。マーケットプレイスの CI で拒否されます。削除するか、.difyignore に追加してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/validator.cpp" line="113"/>
        <source>There is no pyproject.toml; Marketplace CI requires it (with uv.lock) to build the plugin.</source>
        <translation>pyproject.toml がありません。マーケットプレイスの CI でプラグインをビルドするには、pyproject.toml（と uv.lock）が必要です。</translation>
    </message>
    <message>
        <location filename="../core/plugin/validator.cpp" line="117"/>
        <source>Neither requirements.txt nor pyproject.toml exists; the runtime cannot install dify_plugin.</source>
        <translation>requirements.txt も pyproject.toml も存在しません。ランタイムが dify_plugin をインストールできません。</translation>
    </message>
    <message>
        <location filename="../core/plugin/validator.cpp" line="123"/>
        <source>`privacy` is not set; Marketplace requires a privacy policy (privacy: PRIVACY.md).</source>
        <translation>`privacy` が設定されていません。マーケットプレイスではプライバシーポリシーが必須です（privacy: PRIVACY.md）。</translation>
    </message>
    <message>
        <location filename="../core/plugin/validator.cpp" line="128"/>
        <source>The privacy policy file &quot;%1&quot; does not exist; create it.</source>
        <translation>プライバシーポリシーのファイル &quot;%1&quot; が存在しません。作成してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/validator.cpp" line="133"/>
        <source>%1 looks like a placeholder; describe what data the plugin collects and sends.</source>
        <translation>%1 はプレースホルダーのようです。プラグインが収集・送信するデータについて記述してください。</translation>
    </message>
    <message>
        <location filename="../core/plugin/validator.cpp" line="141"/>
        <source>created_at (%1) is in the future; Marketplace refuses that. Use the current time.</source>
        <translation>created_at（%1）が未来の日時です。マーケットプレイスで拒否されます。現在の日時を使用してください。</translation>
    </message>
    <message>
        <location filename="../core/runtime/localplugin.cpp" line="71"/>
        <source>%1 has no manifest.yaml; is this a plugin folder?</source>
        <translation>%1 に manifest.yaml がありません。プラグインのフォルダーですか？</translation>
    </message>
    <message>
        <location filename="../core/runtime/localplugin.cpp" line="87"/>
        <source>the plugin does not load cleanly (%1); running it anyway with the basic manifest fields — run `plugin-studio-cli validate` for the full report</source>
        <translation>プラグインを問題なく読み込めません（%1）。基本的なマニフェストのフィールドだけでそのまま実行します — 完全なレポートは `plugin-studio-cli validate` を実行して確認してください</translation>
    </message>
    <message>
        <location filename="../core/runtime/localplugin.cpp" line="96"/>
        <source>manifest.yaml is not a mapping</source>
        <translation>manifest.yaml はマッピングではありません</translation>
    </message>
    <message>
        <location filename="../core/runtime/localplugin.cpp" line="136"/>
        <source>manifest.yaml has no name</source>
        <translation>manifest.yaml に name がありません</translation>
    </message>
    <message>
        <location filename="../core/runtime/localplugin.cpp" line="150"/>
        <source>the plugin did not become ready (no heartbeat) within %1 s; check its output for errors</source>
        <translation>プラグインが %1 秒以内に準備完了になりませんでした（ハートビートなし）。出力にエラーがないか確認してください</translation>
    </message>
    <message>
        <location filename="../core/runtime/localplugin.cpp" line="235"/>
        <source>%1 has no _assets/ folder; the Dify SDK needs it (create it and put the plugin icon in it)</source>
        <translation>%1 に _assets/ フォルダーがありません。Dify SDK に必要です（フォルダーを作成し、プラグインのアイコンを入れてください）</translation>
    </message>
    <message>
        <location filename="../core/runtime/localplugin.cpp" line="280"/>
        <source>plugin %1 is not active for %2 seconds, it may be dead; it was stopped</source>
        <translation>プラグイン %1 が %2 秒間アクティブでないため、停止している可能性があります。プラグインを停止しました</translation>
    </message>
    <message>
        <location filename="../core/runtime/localplugin.cpp" line="300"/>
        <source>the plugin failed %1 times in a row; giving up: %2</source>
        <translation>プラグインが %1 回連続で失敗したため、中止します: %2</translation>
    </message>
    <message>
        <location filename="../core/runtime/localplugin.cpp" line="312"/>
        <source>Restarting the plugin in %1 s (failure %2 of at most %3)
</source>
        <translation>%1 秒後にプラグインを再起動します（失敗 %2 回目、最大 %3 回）
</translation>
    </message>
    <message>
        <location filename="../core/runtime/localplugin.cpp" line="327"/>
        <source>the plugin was stopped</source>
        <translation>プラグインは停止されました</translation>
    </message>
    <message>
        <location filename="../core/runtime/pythonenv.cpp" line="73"/>
        <source>init process exited due to no activity for %1 seconds</source>
        <translation>初期化プロセスは %1 秒間アクティビティがなかったため終了しました</translation>
    </message>
    <message>
        <location filename="../core/runtime/pythonenv.cpp" line="77"/>
        <source>the environment preparation took longer than %1 seconds</source>
        <translation>環境の準備に %1 秒以上かかりました</translation>
    </message>
    <message>
        <location filename="../core/runtime/pythonenv.cpp" line="118"/>
        <source>the plugin requires dify_plugin %1%2, which needs Python 3.12 or newer, but the interpreter is Python %3. Install Python 3.12 and pass it with --python (or choose it in Settings), or pin dify_plugin&gt;=0.7,&lt;0.8 for Python 3.11.</source>
        <translation>このプラグインには dify_plugin %1%2 が必要で、これには Python 3.12 以降が必要ですが、インタープリターは Python %3 です。Python 3.12 をインストールして --python で指定する（または設定で選択する）か、Python 3.11 向けに dify_plugin&gt;=0.7,&lt;0.8 に固定してください。</translation>
    </message>
    <message>
        <location filename="../core/runtime/pythonenv.cpp" line="149"/>
        <source>Using the existing environment %1</source>
        <translation>既存の環境 %1 を使用しています</translation>
    </message>
    <message>
        <location filename="../core/runtime/pythonenv.cpp" line="167"/>
        <source>neither pyproject.toml nor requirements.txt found in plugin directory %1; add a requirements.txt listing dify_plugin</source>
        <translation>プラグインディレクトリ %1 に pyproject.toml も requirements.txt も見つかりません。dify_plugin を記載した requirements.txt を追加してください</translation>
    </message>
    <message>
        <location filename="../core/runtime/pythonenv.cpp" line="182"/>
        <source>Python was not found (%1). Install Python 3.12 (3.11 works for dify_plugin 0.7) and put it on PATH, or pass the interpreter with --python.</source>
        <translation>Python が見つかりません（%1）。Python 3.12 をインストールして PATH に追加するか（dify_plugin 0.7 なら 3.11 でも動作します）、--python でインタープリターを指定してください。</translation>
    </message>
    <message>
        <location filename="../core/runtime/pythonenv.cpp" line="188"/>
        <location filename="../core/workspace/installtask.cpp" line="797"/>
        <source>Checking %1</source>
        <translation>%1 を確認中</translation>
    </message>
    <message>
        <location filename="../core/runtime/pythonenv.cpp" line="191"/>
        <source>the Python interpreter %1 does not run</source>
        <translation>Python インタープリター %1 を実行できません</translation>
    </message>
    <message>
        <location filename="../core/runtime/pythonenv.cpp" line="209"/>
        <source>%1 did not report a Python version; pass a Python 3 interpreter with --python</source>
        <translation>%1 が Python のバージョンを報告しませんでした。--python で Python 3 のインタープリターを指定してください</translation>
    </message>
    <message>
        <location filename="../core/runtime/pythonenv.cpp" line="216"/>
        <source>cannot read %1</source>
        <translation>%1 を読み込めません</translation>
    </message>
    <message>
        <location filename="../core/runtime/pythonenv.cpp" line="239"/>
        <source>Using the cached environment %1</source>
        <translation>キャッシュされた環境 %1 を使用しています</translation>
    </message>
    <message>
        <location filename="../core/runtime/pythonenv.cpp" line="244"/>
        <source>Removing the incomplete environment %1</source>
        <translation>不完全な環境 %1 を削除しています</translation>
    </message>
    <message>
        <location filename="../core/runtime/pythonenv.cpp" line="248"/>
        <source>cannot create the environment cache folder %1</source>
        <translation>環境キャッシュフォルダー %1 を作成できません</translation>
    </message>
    <message>
        <location filename="../core/runtime/pythonenv.cpp" line="256"/>
        <source>Creating the environment %1 (Python %2)</source>
        <translation>環境 %1 を作成しています（Python %2）</translation>
    </message>
    <message>
        <location filename="../core/runtime/pythonenv.cpp" line="264"/>
        <source>cannot read the dependencies of pyproject.toml</source>
        <translation>pyproject.toml の依存関係を読み込めません</translation>
    </message>
    <message>
        <location filename="../core/runtime/pythonenv.cpp" line="268"/>
        <location filename="../core/runtime/pythonenv.cpp" line="317"/>
        <source>cannot write %1</source>
        <translation>%1 に書き込めません</translation>
    </message>
    <message>
        <location filename="../core/runtime/pythonenv.cpp" line="280"/>
        <source>uv could not create the environment</source>
        <translation>uv で環境を作成できませんでした</translation>
    </message>
    <message>
        <location filename="../core/runtime/pythonenv.cpp" line="283"/>
        <source>python -m venv could not create the environment (on Debian/Ubuntu install python3-venv)</source>
        <translation>python -m venv で環境を作成できませんでした（Debian/Ubuntu では python3-venv をインストールしてください）</translation>
    </message>
    <message>
        <location filename="../core/runtime/pythonenv.cpp" line="304"/>
        <source>Installing the dependencies from %1</source>
        <translation>%1 から依存関係をインストールしています</translation>
    </message>
    <message>
        <location filename="../core/runtime/pythonenv.cpp" line="305"/>
        <source>failed to install dependencies</source>
        <translation>依存関係のインストールに失敗しました</translation>
    </message>
    <message>
        <location filename="../core/runtime/pythonenv.cpp" line="306"/>
        <source>Checking that dify_plugin imports</source>
        <translation>dify_plugin をインポートできるか確認しています</translation>
    </message>
    <message>
        <location filename="../core/runtime/pythonenv.cpp" line="308"/>
        <source>the environment was installed but `import dify_plugin` fails</source>
        <translation>環境はインストールされましたが、`import dify_plugin` が失敗します</translation>
    </message>
    <message>
        <location filename="../core/runtime/pythonenv.cpp" line="372"/>
        <source> — no installable wheel for %1 (check the version pin, the Python version %2, your network or --offline-wheels folder)</source>
        <translation> — %1 のインストール可能な wheel がありません（バージョン指定、Python バージョン %2、ネットワーク、または --offline-wheels フォルダーを確認してください）</translation>
    </message>
    <message>
        <location filename="../core/runtime/pythonenv.cpp" line="384"/>
        <source>could not run %1</source>
        <translation>%1 を実行できませんでした</translation>
    </message>
    <message>
        <location filename="../core/runtime/pythonenv.cpp" line="408"/>
        <source>the environment preparation was cancelled</source>
        <translation>環境の準備はキャンセルされました</translation>
    </message>
    <message>
        <location filename="../core/runtime/pythonenv.cpp" line="435"/>
        <source>Environment ready: %1 (%2 ms)</source>
        <translation>環境の準備完了: %1（%2 ms）</translation>
    </message>
    <message>
        <location filename="../core/workspace/autoupgrade.cpp" line="72"/>
        <source>The auto-upgrade check interval must be 1 to 168 hours.</source>
        <translation>自動アップグレードのチェック間隔は 1～168 時間にする必要があります。</translation>
    </message>
    <message>
        <location filename="../core/workspace/autoupgrade.cpp" line="74"/>
        <source>The auto-upgrade time of day must be within the day (00:00–23:59).</source>
        <translation>自動アップグレードの時刻は 1 日の範囲内（00:00–23:59）にする必要があります。</translation>
    </message>
    <message>
        <location filename="../core/workspace/autoupgrade.cpp" line="133"/>
        <source>The automatic update check failed: %1</source>
        <translation>自動更新チェックに失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/autoupgrade.cpp" line="135"/>
        <source>Automatic upgrades: nothing to upgrade.</source>
        <translation>自動アップグレード: アップグレードするものはありません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/workspace/autoupgrade.cpp" line="136"/>
        <source>%n plugin(s) upgraded automatically</source>
        <translation>
            <numerusform>%n 個のプラグインを自動的にアップグレードしました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/workspace/autoupgrade.cpp" line="138"/>
        <source>, %n failed (previous version kept)</source>
        <translation>
            <numerusform>、%n 個は失敗しました（以前のバージョンを維持）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/workspace/autoupgrade.cpp" line="288"/>
        <source>no Marketplace client</source>
        <translation>マーケットプレイスクライアントがありません</translation>
    </message>
    <message>
        <location filename="../core/workspace/autoupgrade.cpp" line="305"/>
        <source>the Marketplace is not reachable (answered from the cache)</source>
        <translation>マーケットプレイスに接続できません（キャッシュから応答しました）</translation>
    </message>
    <message>
        <location filename="../core/workspace/autoupgrade.cpp" line="365"/>
        <source>the upgrade task could not start</source>
        <translation>アップグレードタスクを開始できませんでした</translation>
    </message>
    <message>
        <location filename="../core/workspace/autoupgrade.cpp" line="408"/>
        <source>the automatic upgrade pass did not finish within %1 s</source>
        <translation>自動アップグレード処理が %1 秒以内に完了しませんでした</translation>
    </message>
    <message>
        <location filename="../core/workspace/credentialcheck.cpp" line="19"/>
        <source>The plugin is not running; start it to check credentials.</source>
        <translation>プラグインが実行されていません。認証情報を確認するにはプラグインを起動してください。</translation>
    </message>
    <message>
        <location filename="../core/workspace/credentialcheck.cpp" line="32"/>
        <source>The credentials were refused: %1</source>
        <translation>認証情報が拒否されました: %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/credentialcheck.cpp" line="44"/>
        <source>The plugin did not answer the credential check (no &quot;result&quot;).</source>
        <translation>プラグインが認証情報のチェックに応答しませんでした（&quot;result&quot; がありません）。</translation>
    </message>
    <message>
        <location filename="../core/workspace/credentialcheck.cpp" line="46"/>
        <source>The plugin says these credentials are invalid.</source>
        <translation>プラグインによると、この認証情報は無効です。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="39"/>
        <source>&quot;%1&quot; is not a Marketplace identifier; use marketplace:org/name:version@checksum (see `market show org/name`).</source>
        <translation>「%1」はマーケットプレイスの識別子ではありません。marketplace:org/name:version@checksum の形式で指定してください（`market show org/name` を参照）。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="48"/>
        <source>&quot;%1&quot; is not a Marketplace bundle; use marketplace-bundle:ORG/NAME@VERSION.</source>
        <translation>「%1」はマーケットプレイスのバンドルではありません。marketplace-bundle:ORG/NAME@VERSION の形式で指定してください。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="59"/>
        <source>&quot;%1&quot; is not a GitHub release source; use github:OWNER/REPO@VERSION/ASSET.difypkg.</source>
        <translation>「%1」は GitHub リリースのソースではありません。github:OWNER/REPO@VERSION/ASSET.difypkg の形式で指定してください。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="68"/>
        <source>%1 is not a file; give a .difypkg, a .difybndl, marketplace:ID or github:OWNER/REPO@VERSION/ASSET.</source>
        <translation>%1 はファイルではありません。.difypkg、.difybndl、marketplace:ID、または github:OWNER/REPO@VERSION/ASSET を指定してください。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="145"/>
        <source>Bundle dependency %1 of %2 (%3) failed: %4 %5</source>
        <translation>バンドルの依存関係 %1/%2（%3）が失敗しました: %4 %5</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="207"/>
        <source>restored %1 %2</source>
        <translation>%1 %2 を復元しました</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="209"/>
        <source>could not restore %1 %2 (%3)</source>
        <translation>%1 %2 を復元できませんでした（%3）</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="213"/>
        <source>removed %1</source>
        <translation>%1 を削除しました</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="215"/>
        <source>could not remove %1 (%2)</source>
        <translation>%1 を削除できませんでした（%2）</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="270"/>
        <source>Nothing had been installed yet; the workspace is unchanged.</source>
        <translation>まだ何もインストールされていません。ワークスペースは変更されていません。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="286"/>
        <source>The rollback was incomplete: %1 (done: %2). Check the installed list.</source>
        <translation>ロールバックが完了しませんでした: %1（完了: %2）。インストール済みの一覧を確認してください。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="288"/>
        <source>The workspace was rolled back (%1).</source>
        <translation>ワークスペースはロールバックされました（%1）。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="312"/>
        <source>Installed %1</source>
        <translation>%1 をインストールしました</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="325"/>
        <source>The install was cancelled; the previous version (if any) is still installed.</source>
        <translation>インストールはキャンセルされました。以前のバージョン（ある場合）はインストールされたままです。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="359"/>
        <source>Another install is running in this workspace (%1 is locked); wait for it to finish.</source>
        <translation>このワークスペースでは別のインストールが実行中です（%1 がロックされています）。完了するまでお待ちください。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="380"/>
        <source>The bundle %1 is larger than %2 MiB.</source>
        <translation>バンドル %1 は %2 MiB を超えています。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="410"/>
        <location filename="../core/workspace/installtask.cpp" line="796"/>
        <location filename="../core/workspace/installtask.cpp" line="951"/>
        <source>The install was cancelled.</source>
        <translation>インストールはキャンセルされました。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="471"/>
        <location filename="../core/workspace/installtask.cpp" line="543"/>
        <source>Downloading %1: %2 / %3 KiB</source>
        <translation>%1 をダウンロード中: %2 / %3 KiB</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="480"/>
        <source>%1 is larger than %2 MiB.</source>
        <translation>%1 は %2 MiB を超えています。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="484"/>
        <source>%1 answered HTTP %2 without a usable Location.</source>
        <translation>%1 が HTTP %2 を返しましたが、使用可能な Location がありません。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="486"/>
        <source>Too many redirects from %1.</source>
        <translation>%1 からのリダイレクトが多すぎます。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="488"/>
        <source>%1 redirects to the less safe %2; refused.</source>
        <translation>%1 が安全性の低い %2 にリダイレクトしています。拒否しました。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="490"/>
        <source>%1 redirects to %2; refused.</source>
        <translation>%1 が %2 にリダイレクトしています。拒否しました。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="496"/>
        <source> It resets at %1 UTC.</source>
        <translation> %1 UTC にリセットされます。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="499"/>
        <source>GitHub&apos;s rate limit for your token was reached (HTTP %1 from %2).%3 Wait, or use another token.</source>
        <translation>お使いのトークンの GitHub レート制限に達しました（%2 から HTTP %1）。%3しばらく待つか、別のトークンを使用してください。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="501"/>
        <source>GitHub&apos;s rate limit for anonymous requests was reached (HTTP %1 from %2).%3 Set a GitHub token (Workspace Settings &gt; GitHub token, the GITHUB_TOKEN environment variable or --github-token) to get a much higher limit.</source>
        <translation>匿名リクエストの GitHub レート制限に達しました（%2 から HTTP %1）。%3GitHub トークンを設定すると（「ワークスペース設定 &gt; GitHub トークン」、GITHUB_TOKEN 環境変数、または --github-token）、上限が大幅に引き上げられます。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="507"/>
        <source>GitHub refused the token (HTTP 401 from %1). Check or replace the GitHub token in Workspace Settings, GITHUB_TOKEN or --github-token.</source>
        <translation>GitHub がトークンを拒否しました（%1 から HTTP 401）。ワークスペース設定、GITHUB_TOKEN、または --github-token で GitHub トークンを確認するか、置き換えてください。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="511"/>
        <source>Download of %1 failed: %2</source>
        <translation>%1 のダウンロードに失敗しました: %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="522"/>
        <source>Reading %1</source>
        <translation>%1 を読み込み中</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="525"/>
        <source>%1 is %2 MiB, more than the package limit of %3 MiB.</source>
        <translation>%1 は %2 MiB で、パッケージの上限 %3 MiB を超えています。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="533"/>
        <source>No Marketplace client is configured for a marketplace install.</source>
        <translation>マーケットプレイスからのインストールに使うマーケットプレイスクライアントが設定されていません。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="534"/>
        <source>Downloading %1 from the Marketplace</source>
        <translation>マーケットプレイスから %1 をダウンロード中</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="557"/>
        <source>Downloading %1</source>
        <translation>%1 をダウンロード中</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="564"/>
        <source>Resolving %1 with the Marketplace</source>
        <translation>マーケットプレイスで %1 を解決中</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="575"/>
        <source>Resolving %1 with GitHub releases</source>
        <translation>GitHub リリースで %1 を解決中</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="593"/>
        <source>&quot;%1&quot; is not a marketplace pattern (org/plugin:VERSION).</source>
        <translation>「%1」はマーケットプレイスのパターン（org/plugin:VERSION）ではありません。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="595"/>
        <source>No Marketplace client is configured to resolve %1.</source>
        <translation>%1 を解決するためのマーケットプレイスクライアントが設定されていません。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="610"/>
        <source>No Marketplace version of %1 matches (available: %2).</source>
        <translation>%1 に一致するマーケットプレイスのバージョンがありません（利用可能: %2）。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="615"/>
        <source>The Marketplace listed %1 %2 without an identifier.</source>
        <translation>マーケットプレイスに掲載されている %1 %2 に識別子がありません。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="624"/>
        <source>&quot;%1&quot; is not a GitHub pattern (owner/repo:VERSION/asset).</source>
        <translation>「%1」は GitHub のパターン（owner/repo:VERSION/asset）ではありません。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="648"/>
        <source>No releases found for %1 on GitHub.</source>
        <translation>GitHub に %1 のリリースが見つかりません。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="651"/>
        <source>No GitHub release of %1 matches %2 (tags: %3).</source>
        <translation>%2 に一致する %1 の GitHub リリースがありません（タグ: %3）。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="683"/>
        <source>No Marketplace is configured to install %1 from.</source>
        <translation>%1 をインストールするためのマーケットプレイスが設定されていません。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="686"/>
        <source>Reading bundle %1 %2 from the Marketplace</source>
        <translation>マーケットプレイスからバンドル %1 %2 を読み込んでいます</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="693"/>
        <source>The Marketplace could not give the contents of bundle %1 %2: %3</source>
        <translation>マーケットプレイスからバンドル %1 %2 の内容を取得できませんでした: %3</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="737"/>
        <source>The bundle has a dependency the studio cannot fetch (type &quot;%1&quot;: %2).</source>
        <translation>このバンドルには Studio が取得できない依存関係があります（種類「%1」: %2）。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="750"/>
        <source>Reading bundle %1</source>
        <translation>バンドル %1 を読み込み中</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="698"/>
        <location filename="../core/workspace/installtask.cpp" line="762"/>
        <source>The bundle %1 has no dependencies to install.</source>
        <translation>バンドル %1 にはインストールする依存関係がありません。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="770"/>
        <source>failed to fetch package from bundle: _assets/%1 (%2)</source>
        <translation>バンドルからパッケージを取得できませんでした: _assets/%1（%2）</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="784"/>
        <source>The bundle has a dependency of unknown type &quot;%1&quot;.</source>
        <translation>バンドルに不明な種類「%1」の依存関係があります。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="743"/>
        <location filename="../core/workspace/installtask.cpp" line="789"/>
        <source>Bundle %1 %2: %3 dependencies</source>
        <translation>バンドル %1 %2: 依存関係 %3 件</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="829"/>
        <source>%1 is not a valid plugin package: %2</source>
        <translation>%1 は有効なプラグインパッケージではありません: %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="846"/>
        <source>cannot set author to an UUID: %1 is reserved for remote-debug plugins.</source>
        <translation>作成者を UUID に設定することはできません: %1 はリモートデバッグ用プラグインのために予約されています。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="848"/>
        <source>The package %1 has no author in manifest.yaml.</source>
        <translation>パッケージ %1 の manifest.yaml に作成者がありません。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="860"/>
        <source>The package downloaded for %1 is %2: it is not the package that was asked for (the download was altered or the source is wrong). Nothing was installed; try again, or download the package yourself and install it from the file.</source>
        <translation>%1 用にダウンロードしたパッケージは %2 です。要求したパッケージではありません（ダウンロードが改変されたか、ソースが間違っています）。何もインストールされていません。再試行するか、パッケージを自分でダウンロードしてファイルからインストールしてください。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="867"/>
        <source>original and new plugin id are different: %1 is installed, the package is %2.</source>
        <translation>元のプラグイン ID と新しいプラグイン ID が異なります: インストール済みは %1、パッケージは %2 です。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="870"/>
        <source>%1 is not installed; use install instead of upgrade.</source>
        <translation>%1 はインストールされていません。アップグレードではなくインストールを使用してください。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="875"/>
        <source>its signature does not verify with the official key or a trusted key (%1)</source>
        <translation>署名が公式キーまたは信頼済みキーで検証できません（%1）</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="876"/>
        <source>it is not signed</source>
        <translation>署名されていません</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="879"/>
        <source>plugin verification has been enabled, and the plugin you want to install has a bad signature: %1 %2. Trust the signer&apos;s public key, or allow unsigned packages (--allow-unsigned) if you trust the source.</source>
        <translation>プラグイン検証が有効になっており、インストールしようとしているプラグインの署名が不正です: %1 は%2。署名者の公開鍵を信頼するか、提供元を信頼できる場合は未署名パッケージを許可してください（--allow-unsigned）。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="882"/>
        <source>WARNING: installing %1 although %2 (unsigned packages are allowed).</source>
        <translation>警告: %1 は%2が、インストールします（未署名パッケージが許可されています）。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="888"/>
        <source>%1 claims the author langgenius but is not signed with the langgenius category; refused inside a bundle.</source>
        <translation>%1 は作成者を langgenius と称していますが、langgenius カテゴリーで署名されていません。バンドル内では拒否されます。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="897"/>
        <source>Cannot remove the stale folder %1.</source>
        <translation>古いフォルダー %1 を削除できません。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="902"/>
        <location filename="../core/workspace/offlineexport.cpp" line="61"/>
        <source>Extracting %1</source>
        <translation>%1 を展開中</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="928"/>
        <source>Preparing the Python environment of %1</source>
        <translation>%1 の Python 環境を準備中</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="942"/>
        <source>The Python environment of %1 could not be prepared: %2</source>
        <translation>%1 の Python 環境を準備できませんでした: %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="981"/>
        <source>Installed %1 (was %2), signature: %3</source>
        <translation>%1 をインストールしました（以前は %2）。署名: %3</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="982"/>
        <location filename="../core/workspace/installtask.cpp" line="983"/>
        <source>unverified</source>
        <translation>未検証</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="983"/>
        <source>Installed %1, signature: %2</source>
        <translation>%1 をインストールしました。署名: %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="992"/>
        <source>Another install is running in this workspace; try again when it has finished.</source>
        <translation>このワークスペースでは別のインストールが実行中です。完了してから再度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/workspace/keychain.cpp" line="34"/>
        <source>Run the studio (or the CLI) inside your desktop session where the keychain is unlocked, or move the key to a file there: `plugin-studio-cli workspace key --to-file` (or Edit &gt; Workspace Settings &gt; Move to file).</source>
        <translation>キーチェーンのロックが解除されているデスクトップセッション内で Studio（または CLI）を実行するか、そこでキーをファイルに移動してください: `plugin-studio-cli workspace key --to-file`（または「編集 &gt; ワークスペース設定 &gt; ファイルに移動」）。</translation>
    </message>
    <message>
        <location filename="../core/workspace/keychain.cpp" line="62"/>
        <location filename="../core/workspace/keychain.cpp" line="201"/>
        <source>OS keychain (service &quot;%1&quot;, account &quot;%2&quot;)</source>
        <translation>OS キーチェーン（サービス「%1」、アカウント「%2」）</translation>
    </message>
    <message>
        <location filename="../core/workspace/keychain.cpp" line="99"/>
        <source>The workspace key is being read from the OS keychain; try again in a moment.</source>
        <translation>ワークスペースキーを OS キーチェーンから読み込んでいます。しばらくしてから再試行してください。</translation>
    </message>
    <message>
        <location filename="../core/workspace/keychain.cpp" line="106"/>
        <source>The OS keychain did not answer within %1 s (%2). %3</source>
        <translation>OS キーチェーンが %1 秒以内に応答しませんでした（%2）。%3</translation>
    </message>
    <message>
        <location filename="../core/workspace/keychain.cpp" line="113"/>
        <source>The workspace key is missing from the %1. Restore it there (or restore workspace.key and run `plugin-studio-cli workspace key --to-file`); without it the stored secrets cannot be decrypted.</source>
        <translation>%1にワークスペースキーがありません。そこに復元してください（または workspace.key を復元して `plugin-studio-cli workspace key --to-file` を実行してください）。これがないと、保存されているシークレットを復号できません。</translation>
    </message>
    <message>
        <location filename="../core/workspace/keychain.cpp" line="118"/>
        <source>The OS keychain refused to give the workspace key (%1): %2. Unlock the keychain and allow Plugin Studio, then try again.</source>
        <translation>OS キーチェーンがワークスペースキーの提供を拒否しました（%1）: %2。キーチェーンのロックを解除して Plugin Studio を許可してから、再試行してください。</translation>
    </message>
    <message>
        <location filename="../core/workspace/keychain.cpp" line="122"/>
        <source>The workspace key lives in the %1, which cannot be reached: %2. %3</source>
        <translation>ワークスペースキーは%1にありますが、アクセスできません: %2。%3</translation>
    </message>
    <message>
        <location filename="../core/workspace/keychain.cpp" line="128"/>
        <source>The workspace key in the %1 is damaged (expected 64 hex digits). Restore it from a backup; without it the stored secrets cannot be decrypted.</source>
        <translation>%1のワークスペースキーが破損しています（16 進数 64 桁である必要があります）。バックアップから復元してください。これがないと、保存されているシークレットを復号できません。</translation>
    </message>
    <message>
        <location filename="../core/workspace/keychain.cpp" line="133"/>
        <source>This build of Plugin Studio has no OS keychain support (QtKeychain), but the workspace key was recorded in the keychain. %1</source>
        <translation>このビルドの Plugin Studio は OS キーチェーン（QtKeychain）に対応していませんが、ワークスペースキーはキーチェーンに記録されています。%1</translation>
    </message>
    <message>
        <location filename="../core/workspace/keychain.cpp" line="141"/>
        <location filename="../core/workspace/secrets.cpp" line="60"/>
        <location filename="../core/workspace/secrets.cpp" line="97"/>
        <location filename="../core/workspace/secrets.cpp" line="128"/>
        <source>The workspace key has the wrong size.</source>
        <translation>ワークスペースキーのサイズが正しくありません。</translation>
    </message>
    <message>
        <location filename="../core/workspace/keychain.cpp" line="144"/>
        <location filename="../core/workspace/keychain.cpp" line="168"/>
        <source>The OS keychain is busy with the workspace key; try again in a moment.</source>
        <translation>OS キーチェーンはワークスペースキーの処理中です。しばらくしてから再試行してください。</translation>
    </message>
    <message>
        <location filename="../core/workspace/keychain.cpp" line="152"/>
        <location filename="../core/workspace/keychain.cpp" line="175"/>
        <source>The OS keychain did not answer within %1 s.</source>
        <translation>OS キーチェーンが %1 秒以内に応答しませんでした。</translation>
    </message>
    <message>
        <location filename="../core/workspace/keychain.cpp" line="155"/>
        <source>Cannot store the workspace key in the %1: %2</source>
        <translation>ワークスペースキーを%1に保存できません: %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/keychain.cpp" line="159"/>
        <location filename="../core/workspace/keychain.cpp" line="182"/>
        <source>This build of Plugin Studio has no OS keychain support (QtKeychain).</source>
        <translation>このビルドの Plugin Studio は OS キーチェーン（QtKeychain）に対応していません。</translation>
    </message>
    <message>
        <location filename="../core/workspace/keychain.cpp" line="178"/>
        <source>Cannot remove the old workspace key from the %1: %2. Remove it with your keychain manager.</source>
        <translation>%1から古いワークスペースキーを削除できません: %2。キーチェーン管理ツールで削除してください。</translation>
    </message>
    <message>
        <location filename="../core/workspace/keychain.cpp" line="202"/>
        <source>key file %1</source>
        <translation>キーファイル %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/keychain.cpp" line="247"/>
        <source>The workspace key check holds an unexpected value.</source>
        <translation>ワークスペースキーのチェック値が想定外です。</translation>
    </message>
    <message>
        <location filename="../core/workspace/keychain.cpp" line="279"/>
        <source>The system random generator failed.</source>
        <translation>システムの乱数生成器でエラーが発生しました。</translation>
    </message>
    <message>
        <location filename="../core/workspace/keychain.cpp" line="288"/>
        <source>The workspace key is kept in the %1.</source>
        <translation>ワークスペースキーは%1に保存されています。</translation>
    </message>
    <message>
        <location filename="../core/workspace/keychain.cpp" line="294"/>
        <source>The OS keychain is not available (%1); the workspace key is kept in the 0600 file %2.</source>
        <translation>OS キーチェーンを使用できません（%1）。ワークスペースキーはパーミッション 0600 のファイル %2 に保存されています。</translation>
    </message>
    <message>
        <location filename="../core/workspace/keychain.cpp" line="295"/>
        <source>the key read back differs</source>
        <translation>読み戻したキーが一致しません</translation>
    </message>
    <message>
        <location filename="../core/workspace/keychain.cpp" line="337"/>
        <source>The current workspace key (%1) does not open this workspace&apos;s secrets; it was not moved. %2</source>
        <translation>現在のワークスペースキー（%1）ではこのワークスペースのシークレットを開けません。キーは移動されていません。%2</translation>
    </message>
    <message>
        <location filename="../core/workspace/keychain.cpp" line="359"/>
        <source>The workspace key was not moved (it stays in the %1): %2</source>
        <translation>ワークスペースキーは移動されませんでした（%1に残っています）: %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/keychain.cpp" line="368"/>
        <source>The workspace key read back from the %1 does not open the workspace&apos;s secrets (%2); it was not moved and stays in the %3.</source>
        <translation>%1から読み戻したワークスペースキーではワークスペースのシークレットを開けません（%2）。キーは移動されず、%3に残っています。</translation>
    </message>
    <message>
        <location filename="../core/workspace/keychain.cpp" line="370"/>
        <source>wrong value</source>
        <translation>値が正しくありません</translation>
    </message>
    <message>
        <location filename="../core/workspace/keychain.cpp" line="381"/>
        <source>The workspace key now lives in the %1, but the old copy could not be removed: %2</source>
        <translation>ワークスペースキーは%1に移動しましたが、古いコピーを削除できませんでした: %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="60"/>
        <location filename="../core/workspace/oauthflow.cpp" line="164"/>
        <source>No loopback port is free for the OAuth redirect: %1</source>
        <translation>OAuth リダイレクトに使用できる空きループバックポートがありません: %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="75"/>
        <source>%1/%2 has no OAuth client yet. Register an app at the provider with the studio&apos;s redirect URI, then enter its client settings under &quot;OAuth client…&quot; on the Installed plugins page.</source>
        <translation>%1/%2 にはまだ OAuth クライアントがありません。Studio のリダイレクト URI を使ってプロバイダーでアプリを登録し、「インストール済みプラグイン」ページの「OAuth クライアント…」でそのクライアント設定を入力してください。</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="80"/>
        <source>The custom OAuth client of %1/%2 is switched off, and the studio has no system client. Switch &quot;Use this custom client&quot; on under &quot;OAuth client…&quot;.</source>
        <translation>%1/%2 のカスタム OAuth クライアントはオフになっており、Studio にはシステムクライアントがありません。「OAuth クライアント…」で「このカスタムクライアントを使用」をオンにしてください。</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="110"/>
        <location filename="../core/workspace/oauthflow.cpp" line="181"/>
        <source>The plugin is not running; start it and try again.</source>
        <translation>プラグインが実行されていません。起動してから再試行してください。</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="113"/>
        <source>The plugin&apos;s %1 failed: %2</source>
        <translation>プラグインの %1 が失敗しました: %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="117"/>
        <source>The plugin&apos;s %1 answered without &quot;%2&quot;; check its OAuth code.</source>
        <translation>プラグインの %1 の応答に「%2」がありません。OAuth のコードを確認してください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/workspace/oauthflow.cpp" line="129"/>
        <source>No answer came back from the browser within %n minute(s). Start the authorization again and finish signing in at the provider.</source>
        <translation>
            <numerusform>%n 分以内にブラウザーから応答が返ってきませんでした。認可をやり直し、プロバイダーでのサインインを完了してください。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="147"/>
        <location filename="../core/workspace/oauthflow.cpp" line="185"/>
        <location filename="../core/workspace/oauthflow.cpp" line="493"/>
        <source>No workspace is open.</source>
        <translation>ワークスペースが開かれていません。</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="158"/>
        <source>Cannot listen on 127.0.0.1:%1 for the OAuth redirect: %2. Close what uses that port or choose another.</source>
        <translation>OAuth リダイレクト用に 127.0.0.1:%1 で待ち受けできません: %2。そのポートを使用しているものを終了するか、別のポートを選択してください。</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="165"/>
        <source>Port %1 is in use; the redirect URI changed to port %2 — register it at the provider.</source>
        <translation>ポート %1 は使用中です。リダイレクト URI はポート %2 に変更されました — プロバイダーで登録してください。</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="196"/>
        <source>Asking the plugin for the authorization URL…</source>
        <translation>プラグインに認可 URL を問い合わせています…</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="209"/>
        <source>The plugin&apos;s authorization URL &quot;%1&quot; is not an http(s) URL; check its _oauth_get_authorization_url.</source>
        <translation>プラグインの認可 URL「%1」は http(s) の URL ではありません。_oauth_get_authorization_url を確認してください。</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="225"/>
        <source>Waiting for the browser to come back to %1…</source>
        <translation>ブラウザーが %1 に戻るのを待っています…</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="233"/>
        <source>The authorization was cancelled.</source>
        <translation>認可はキャンセルされました。</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="292"/>
        <location filename="../core/workspace/oauthflow.cpp" line="308"/>
        <source>Request too large</source>
        <translation>リクエストが大きすぎます</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="292"/>
        <location filename="../core/workspace/oauthflow.cpp" line="308"/>
        <source>The callback request is larger than the studio accepts.</source>
        <translation>コールバックリクエストが Studio の受け付けるサイズを超えています。</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="345"/>
        <source>Bad request</source>
        <translation>不正なリクエスト</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="345"/>
        <source>This is not an HTTP request.</source>
        <translation>これは HTTP リクエストではありません。</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="350"/>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="350"/>
        <source>This is Plugin Studio&apos;s OAuth callback; nothing else is served here.</source>
        <translation>これは Plugin Studio の OAuth コールバックです。ここではほかに何も提供していません。</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="354"/>
        <source>Method not allowed</source>
        <translation>許可されていないメソッド</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="354"/>
        <source>The OAuth callback is a GET request.</source>
        <translation>OAuth コールバックは GET リクエストです。</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="358"/>
        <source>No authorization in progress</source>
        <translation>進行中の認可はありません</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="359"/>
        <source>The studio is not waiting for this sign-in (it finished or was cancelled). Start it again from the studio.</source>
        <translation>Studio はこのサインインを待っていません（完了したか、キャンセルされました）。Studio からもう一度開始してください。</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="366"/>
        <source>Sign-in refused</source>
        <translation>サインインが拒否されました</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="366"/>
        <source>The provider did not authorize the studio: %1</source>
        <translation>プロバイダーが Studio を認可しませんでした: %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="367"/>
        <source>The provider did not authorize the studio (%1). Try again, and allow the access the plugin asks for.</source>
        <translation>プロバイダーが Studio を認可しませんでした（%1）。再試行し、プラグインが求めるアクセスを許可してください。</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="373"/>
        <source>State mismatch</source>
        <translation>state が一致しません</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="373"/>
        <source>This callback does not belong to the sign-in the studio started; it was refused.</source>
        <translation>このコールバックは Studio が開始したサインインのものではないため、拒否されました。</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="374"/>
        <source>The OAuth callback&apos;s state does not match the authorization request, so it was refused (a stale tab or a forged request). Start the authorization again.</source>
        <translation>OAuth コールバックの state が認可リクエストと一致しないため、拒否されました（古いタブか偽造されたリクエストです）。認可をやり直してください。</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="385"/>
        <source>Exchanging the authorization code with the plugin…</source>
        <translation>プラグインと認可コードを交換しています…</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="393"/>
        <source>The plugin&apos;s get_credentials answered &quot;credentials&quot; that is not an object.</source>
        <translation>プラグインの get_credentials が返した「credentials」はオブジェクトではありません。</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="396"/>
        <source>Sign-in failed</source>
        <translation>サインインに失敗しました</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="417"/>
        <source>Sign-in not saved</source>
        <translation>サインイン情報は保存されませんでした</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="423"/>
        <source>Signed in</source>
        <translation>サインインしました</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="423"/>
        <source>Plugin Studio received the authorization for %1. You can close this tab.</source>
        <translation>Plugin Studio は %1 の認可を受け取りました。このタブは閉じてかまいません。</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="427"/>
        <source>Authorized: credential &quot;%1&quot; saved.</source>
        <translation>認可されました: 認証情報「%1」を保存しました。</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="449"/>
        <source>The OAuth credential has expired and the plugin is not running to refresh it.</source>
        <translation>OAuth 認証情報の有効期限が切れていますが、更新するためのプラグインが実行されていません。</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="455"/>
        <source>The OAuth credential &quot;%1&quot; has expired and cannot be refreshed: %2</source>
        <translation>OAuth 認証情報「%1」の有効期限が切れており、更新できません: %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="471"/>
        <source>The plugin&apos;s refresh_credentials answered &quot;credentials&quot; that is not an object.</source>
        <translation>プラグインの refresh_credentials が返した「credentials」はオブジェクトではありません。</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="473"/>
        <source>The OAuth credential &quot;%1&quot; has expired and the refresh failed: %2 Authorize again.</source>
        <translation>OAuth 認証情報「%1」の有効期限が切れており、更新に失敗しました: %2 もう一度認可してください。</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="503"/>
        <source>%1 / %2 has no stored credential; add one with Configure… or Authorize… on the Installed plugins page.</source>
        <translation>%1 / %2 には保存された認証情報がありません。「インストール済みプラグイン」ページの「設定…」または「認可…」で追加してください。</translation>
    </message>
    <message>
        <location filename="../core/workspace/offlineexport.cpp" line="54"/>
        <source>Cannot create a temporary folder for the offline export.</source>
        <translation>オフラインエクスポート用の一時フォルダーを作成できません。</translation>
    </message>
    <message>
        <location filename="../core/workspace/offlineexport.cpp" line="59"/>
        <source>Cannot copy %1.</source>
        <translation>%1 をコピーできません。</translation>
    </message>
    <message>
        <location filename="../core/workspace/offlineexport.cpp" line="68"/>
        <source>%1 is neither a .difypkg nor a plugin folder.</source>
        <translation>%1 は .difypkg でもプラグインフォルダーでもありません。</translation>
    </message>
    <message>
        <location filename="../core/workspace/offlineexport.cpp" line="73"/>
        <source>%1 has no manifest.yaml; it is not a plugin.</source>
        <translation>%1 には manifest.yaml がありません。プラグインではありません。</translation>
    </message>
    <message>
        <location filename="../core/workspace/offlineexport.cpp" line="82"/>
        <source>Exporting requirements.txt from pyproject.toml with uv</source>
        <translation>uv を使用して pyproject.toml から requirements.txt をエクスポートしています</translation>
    </message>
    <message>
        <location filename="../core/workspace/offlineexport.cpp" line="85"/>
        <source>The plugin only has pyproject.toml and `uv export` failed: %1</source>
        <translation>このプラグインには pyproject.toml しかなく、`uv export` が失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/offlineexport.cpp" line="88"/>
        <source>%1 has neither requirements.txt nor pyproject.toml; nothing to download.</source>
        <translation>%1 には requirements.txt も pyproject.toml もありません。ダウンロードするものはありません。</translation>
    </message>
    <message>
        <location filename="../core/workspace/offlineexport.cpp" line="101"/>
        <location filename="../core/workspace/offlineexport.cpp" line="152"/>
        <source>Cannot write requirements.txt.</source>
        <translation>requirements.txt に書き込めません。</translation>
    </message>
    <message>
        <location filename="../core/workspace/offlineexport.cpp" line="109"/>
        <source>python3 was not found; install Python 3 (with pip) to download wheels.</source>
        <translation>python3 が見つかりません。wheel をダウンロードするには Python 3（pip を含む）をインストールしてください。</translation>
    </message>
    <message>
        <location filename="../core/workspace/offlineexport.cpp" line="119"/>
        <source>Downloading wheels for %1 (python %2)</source>
        <translation>%1 向けの wheel をダウンロードしています（python %2）</translation>
    </message>
    <message>
        <location filename="../core/workspace/offlineexport.cpp" line="119"/>
        <location filename="../core/workspace/offlineexport.cpp" line="146"/>
        <source>this machine</source>
        <translation>このマシン</translation>
    </message>
    <message>
        <location filename="../core/workspace/offlineexport.cpp" line="139"/>
        <source>The offline export was cancelled.</source>
        <translation>オフラインエクスポートはキャンセルされました。</translation>
    </message>
    <message>
        <location filename="../core/workspace/offlineexport.cpp" line="139"/>
        <source>pip download took too long.</source>
        <translation>pip download に時間がかかりすぎました。</translation>
    </message>
    <message>
        <location filename="../core/workspace/offlineexport.cpp" line="145"/>
        <source>pip download failed (exit %1). Some requirement has no wheel for %2; the last lines were:
%3</source>
        <translation>pip download が失敗しました（終了コード %1）。%2 向けの wheel がない依存パッケージがあります。最後の数行は次のとおりです:
%3</translation>
    </message>
    <message>
        <location filename="../core/workspace/offlineexport.cpp" line="169"/>
        <source>Packaging %1</source>
        <translation>%1 をパッケージ化しています</translation>
    </message>
    <message>
        <location filename="../core/workspace/offlineexport.cpp" line="177"/>
        <source>The offline package is UNSIGNED (repackaging changes its checksum): sign it with your key and trust that key, or allow unsigned packages where you install it.</source>
        <translation>オフラインパッケージは署名されていません（再パッケージ化によりチェックサムが変わるため）。自分の鍵で署名してその鍵を信頼済みにするか、インストール先で未署名のパッケージを許可してください。</translation>
    </message>
    <message>
        <location filename="../core/workspace/secrets.cpp" line="37"/>
        <source>Cannot read the workspace key %1: %2. Check its owner and permissions.</source>
        <translation>ワークスペースキー %1 を読み取れません: %2。所有者と権限を確認してください。</translation>
    </message>
    <message>
        <location filename="../core/workspace/secrets.cpp" line="42"/>
        <source>The workspace key %1 is damaged (expected 64 hex digits). Restore it from a backup; without it the stored secrets cannot be decrypted.</source>
        <translation>ワークスペースキー %1 が破損しています（64 桁の 16 進数である必要があります）。バックアップから復元してください。このキーがないと、保存されているシークレットを復号できません。</translation>
    </message>
    <message>
        <location filename="../core/workspace/secrets.cpp" line="51"/>
        <source>The system random generator failed; cannot create a workspace key.</source>
        <translation>システムの乱数生成器でエラーが発生しました。ワークスペースキーを作成できません。</translation>
    </message>
    <message>
        <location filename="../core/workspace/secrets.cpp" line="64"/>
        <source>Cannot create the workspace key %1: %2</source>
        <translation>ワークスペースキー %1 を作成できません: %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/secrets.cpp" line="68"/>
        <source>Cannot write the workspace key %1: %2</source>
        <translation>ワークスペースキー %1 に書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/secrets.cpp" line="78"/>
        <source>Cannot remove the old workspace key file %1; delete it by hand.</source>
        <translation>古いワークスペースキーファイル %1 を削除できません。手動で削除してください。</translation>
    </message>
    <message>
        <location filename="../core/workspace/secrets.cpp" line="101"/>
        <source>Encryption is unavailable (OpenSSL failed).</source>
        <translation>暗号化を利用できません（OpenSSL でエラーが発生しました）。</translation>
    </message>
    <message>
        <location filename="../core/workspace/secrets.cpp" line="120"/>
        <source>Encryption failed (OpenSSL).</source>
        <translation>暗号化に失敗しました（OpenSSL）。</translation>
    </message>
    <message>
        <location filename="../core/workspace/secrets.cpp" line="130"/>
        <source>A stored secret is damaged (unknown format).</source>
        <translation>保存されているシークレットが破損しています（不明な形式）。</translation>
    </message>
    <message>
        <location filename="../core/workspace/secrets.cpp" line="151"/>
        <source>A stored secret cannot be decrypted: the workspace key is not the one it was saved with, or the data was altered. Re-enter the secret.</source>
        <translation>保存されているシークレットを復号できません: ワークスペースキーが保存時のものと異なるか、データが改ざんされています。シークレットを再入力してください。</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="51"/>
        <source>Workspace database error while %1: %2</source>
        <translation>ワークスペースデータベースの処理中（%1）にエラーが発生しました: %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="143"/>
        <source>Cannot create the workspace folder %1; choose a writable folder with --workspace.</source>
        <translation>ワークスペースフォルダー %1 を作成できません。--workspace で書き込み可能なフォルダーを指定してください。</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="153"/>
        <source>Cannot open the workspace database %1: %2</source>
        <translation>ワークスペースデータベース %1 を開けません: %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="205"/>
        <source>The workspace database %1 is damaged or not an SQLite file (%2). Move it away to start a fresh workspace, or restore it from a backup.</source>
        <translation>ワークスペースデータベース %1 が破損しているか、SQLite ファイルではありません（%2）。別の場所に移動して新しいワークスペースを開始するか、バックアップから復元してください。</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="211"/>
        <source>The workspace %1 was written by a newer Plugin Studio (schema %2, this one knows %3); update Plugin Studio.</source>
        <translation>ワークスペース %1 は新しいバージョンの Plugin Studio で書き込まれています（スキーマ %2、このバージョンが対応しているのは %3）。Plugin Studio を更新してください。</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="215"/>
        <source>Cannot start a migration transaction: %1</source>
        <translation>移行トランザクションを開始できません: %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="219"/>
        <source>migrating the schema to version %1</source>
        <translation>スキーマをバージョン %1 へ移行</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="227"/>
        <source>Cannot commit the schema migration: %1</source>
        <translation>スキーマの移行をコミットできません: %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="291"/>
        <source>Cannot start a transaction: %1</source>
        <translation>トランザクションを開始できません: %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="293"/>
        <source>replacing a plugin</source>
        <translation>プラグインの置き換え</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="301"/>
        <source>recording the installation</source>
        <translation>インストールの記録</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="308"/>
        <source>Cannot commit the installation: %1</source>
        <translation>インストールをコミットできません: %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="316"/>
        <source>The plugin %1 is not installed in this workspace; see `list`.</source>
        <translation>プラグイン %1 はこのワークスペースにインストールされていません。`list` で確認してください。</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="324"/>
        <source>uninstalling</source>
        <translation>アンインストール</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="331"/>
        <source>Cannot commit the uninstall: %1</source>
        <translation>アンインストールをコミットできません: %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="338"/>
        <source>enabling a plugin</source>
        <translation>プラグインの有効化</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="342"/>
        <location filename="../core/workspace/workspace.cpp" line="353"/>
        <source>The plugin %1 is not installed.</source>
        <translation>プラグイン %1 はインストールされていません。</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="349"/>
        <source>setting the auto-upgrade strategy</source>
        <translation>自動アップグレード戦略の設定</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="361"/>
        <source>checking a folder</source>
        <translation>フォルダーのチェック</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="372"/>
        <source>creating a task</source>
        <translation>タスクの作成</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="386"/>
        <source>updating a task</source>
        <translation>タスクの更新</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="421"/>
        <source>reading a task</source>
        <translation>タスクの読み込み</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="430"/>
        <source>clearing tasks</source>
        <translation>タスクの消去</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="444"/>
        <source>The install was interrupted (the process ended before it finished); the previous version is still installed.</source>
        <translation>インストールが中断されました（完了前にプロセスが終了しました）。以前のバージョンがインストールされたままです。</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="446"/>
        <source>marking interrupted tasks</source>
        <translation>中断されたタスクのマーク</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="493"/>
        <source>An endpoint needs a name.</source>
        <translation>エンドポイントには名前が必要です。</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="507"/>
        <source>creating an endpoint</source>
        <translation>エンドポイントの作成</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="522"/>
        <source>listing endpoints</source>
        <translation>エンドポイントの一覧取得</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="556"/>
        <source>updating an endpoint</source>
        <translation>エンドポイントの更新</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="561"/>
        <location filename="../core/workspace/workspace.cpp" line="571"/>
        <source>No endpoint with id %1.</source>
        <translation>ID が %1 のエンドポイントはありません。</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="567"/>
        <source>enabling an endpoint</source>
        <translation>エンドポイントの有効化</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="577"/>
        <source>deleting an endpoint</source>
        <translation>エンドポイントの削除</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="588"/>
        <source>Credential type must be api-key or oauth2, not &quot;%1&quot;.</source>
        <translation>認証情報のタイプは &quot;%1&quot; ではなく、api-key または oauth2 である必要があります。</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="590"/>
        <source>A credential needs a name of 1 to 30 characters.</source>
        <translation>認証情報には 1～30 文字の名前が必要です。</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="599"/>
        <location filename="../core/workspace/workspace.cpp" line="605"/>
        <location filename="../core/workspace/workspace.cpp" line="610"/>
        <source>adding a credential</source>
        <translation>認証情報の追加</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="628"/>
        <source>listing credentials</source>
        <translation>認証情報の一覧取得</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="653"/>
        <location filename="../core/workspace/workspace.cpp" line="666"/>
        <source>updating a credential</source>
        <translation>認証情報の更新</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="657"/>
        <location filename="../core/workspace/workspace.cpp" line="682"/>
        <location filename="../core/workspace/workspace.cpp" line="702"/>
        <source>No credential with id %1.</source>
        <translation>ID が %1 の認証情報はありません。</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="678"/>
        <source>refreshing a credential</source>
        <translation>認証情報の更新</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="689"/>
        <source>deleting a credential</source>
        <translation>認証情報の削除</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="698"/>
        <location filename="../core/workspace/workspace.cpp" line="706"/>
        <location filename="../core/workspace/workspace.cpp" line="707"/>
        <source>choosing the default credential</source>
        <translation>デフォルトの認証情報の選択</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="730"/>
        <source>saving the OAuth client</source>
        <translation>OAuth クライアントの保存</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="739"/>
        <location filename="../core/workspace/workspace.cpp" line="754"/>
        <source>reading the OAuth client</source>
        <translation>OAuth クライアントの読み込み</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="771"/>
        <source>removing the OAuth client</source>
        <translation>OAuth クライアントの削除</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="784"/>
        <source>The key must be an RSA public key in PKCS#1 PEM form (&quot;-----BEGIN RSA PUBLIC KEY-----&quot;), as written by `dify signature generate`.</source>
        <translation>鍵は、`dify signature generate` で生成される形式と同じ、PKCS#1 PEM 形式の RSA 公開鍵（&quot;-----BEGIN RSA PUBLIC KEY-----&quot;）である必要があります。</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="787"/>
        <location filename="../core/workspace/workspace.cpp" line="791"/>
        <source>adding a trusted key</source>
        <translation>信頼済みの鍵の追加</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="794"/>
        <source>The trusted key could not be stored.</source>
        <translation>信頼済みの鍵を保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="800"/>
        <source>removing a trusted key</source>
        <translation>信頼済みの鍵の削除</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="821"/>
        <location filename="../core/workspace/workspace.cpp" line="974"/>
        <source>reading a setting</source>
        <translation>設定の読み込み</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="831"/>
        <location filename="../core/workspace/workspace.cpp" line="989"/>
        <location filename="../core/workspace/workspace.cpp" line="1000"/>
        <source>saving a setting</source>
        <translation>設定の保存</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="856"/>
        <source>&quot;%1&quot; is not an http(s) URL.</source>
        <translation>&quot;%1&quot; は http(s) の URL ではありません。</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="873"/>
        <source>reading the Dify API key</source>
        <translation>Dify API キーの読み込み</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="892"/>
        <source>saving the Dify API key</source>
        <translation>Dify API キーの保存</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="908"/>
        <source>&quot;%1&quot; is not an http(s) URL such as http://localhost:5001.</source>
        <translation>「%1」は http(s) の URL（例: http://localhost:5001）ではありません。</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="918"/>
        <source>reading the Dify inner API key</source>
        <translation>Dify 内部 API キーの読み込み</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="933"/>
        <source>removing the Dify inner API key</source>
        <translation>Dify 内部 API キーの削除</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="944"/>
        <source>saving the Dify inner API key</source>
        <translation>Dify 内部 API キーの保存</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="964"/>
        <source>The system model needs both a provider (e.g. langgenius/openai/openai) and a model (e.g. gpt-4o-mini), or neither.</source>
        <translation>システムモデルには、プロバイダー（例: langgenius/openai/openai）とモデル（例: gpt-4o-mini）の両方を指定するか、どちらも指定しないでください。</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="62"/>
        <source>the file is UTF-16 encoded; save it as UTF-8</source>
        <translation>ファイルが UTF-16 でエンコードされています。UTF-8 で保存してください</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="70"/>
        <source>binary file, not YAML (it contains a NUL byte)</source>
        <translation>YAML ではなくバイナリファイルです（NUL バイトが含まれています）</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="73"/>
        <source>control character U+%1 is not allowed in YAML; remove it (is this a binary file?)</source>
        <translation>YAML では制御文字 U+%1 は使用できません。削除してください（バイナリファイルではありませんか？）</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="105"/>
        <source>invalid UTF-8 (byte 0x%1); save the file as UTF-8</source>
        <translation>無効な UTF-8 です（バイト 0x%1）。ファイルを UTF-8 で保存してください</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="125"/>
        <location filename="../core/yaml/yamlparser.cpp" line="581"/>
        <source>the YAML is nested more than %1 levels deep; flatten the document</source>
        <translation>YAML のネストが %1 階層を超えています。ドキュメントのネストを浅くしてください</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="159"/>
        <location filename="../core/yaml/yamlparser.cpp" line="255"/>
        <source>a tab character is used for indentation; YAML indentation must use spaces</source>
        <translation>インデントにタブ文字が使われています。YAML のインデントにはスペースを使用してください</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="239"/>
        <source>a mapping is not closed properly; check the indentation of this line (keys of one mapping must start in the same column) (yaml-cpp: end of map not found)</source>
        <translation>マッピングが正しく閉じられていません。この行のインデントを確認してください（同じマッピングのキーは同じ列から始める必要があります）(yaml-cpp: end of map not found)</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="242"/>
        <source>unclosed &apos;{&apos;: a flow mapping is missing its closing &apos;}&apos; (yaml-cpp: end of map flow not found)</source>
        <translation>&apos;{&apos; が閉じられていません：フローマッピングの終わりの &apos;}&apos; がありません (yaml-cpp: end of map flow not found)</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="244"/>
        <source>unclosed &apos;[&apos;: a flow sequence is missing its closing &apos;]&apos; (yaml-cpp: end of sequence flow not found)</source>
        <translation>&apos;[&apos; が閉じられていません：フローシーケンスの終わりの &apos;]&apos; がありません (yaml-cpp: end of sequence flow not found)</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="246"/>
        <source>a sequence is not closed properly; check the indentation of the &apos;-&apos; items (yaml-cpp: end of sequence not found)</source>
        <translation>シーケンスが正しく閉じられていません。&apos;-&apos; 項目のインデントを確認してください (yaml-cpp: end of sequence not found)</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="249"/>
        <source>unexpected &apos;:&apos; here; quote the value if it contains &apos;: &apos; or fix the indentation (yaml-cpp: illegal map value)</source>
        <translation>ここに予期しない &apos;:&apos; があります。値に &apos;: &apos; を含む場合は引用符で囲むか、インデントを修正してください (yaml-cpp: illegal map value)</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="252"/>
        <source>unclosed quoted string: the closing quote is missing (yaml-cpp: end of string not found)</source>
        <translation>引用符で囲まれた文字列が閉じられていません：終わりの引用符がありません (yaml-cpp: end of string not found)</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="253"/>
        <source>unclosed quoted string: the file ends inside it</source>
        <translation>引用符で囲まれた文字列が閉じられていません：文字列の途中でファイルが終わっています</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="256"/>
        <location filename="../core/yaml/yamlparser.cpp" line="257"/>
        <source>unknown alias: no anchor with this name is defined before it</source>
        <translation>不明なエイリアス：この名前のアンカーはこれより前に定義されていません</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="258"/>
        <source>the same anchor is defined twice on one node</source>
        <translation>1 つのノードに同じアンカーが 2 回定義されています</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="259"/>
        <source>a node has two tags</source>
        <translation>1 つのノードにタグが 2 つあります</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="260"/>
        <source>a node has two anchors</source>
        <translation>1 つのノードにアンカーが 2 つあります</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="262"/>
        <source>a &apos;- &apos; item is not allowed here; check the indentation (yaml-cpp: block sequence entries are not allowed in this context)</source>
        <translation>ここでは &apos;- &apos; 項目は使えません。インデントを確認してください (yaml-cpp: block sequence entries are not allowed in this context)</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="264"/>
        <source>illegal character in a plain scalar; quote the value</source>
        <translation>プレーンスカラーに使えない文字があります。値を引用符で囲んでください</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="265"/>
        <source>the YAML is nested too deeply; flatten the document</source>
        <translation>YAML のネストが深すぎます。ドキュメントの階層を浅くしてください</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="275"/>
        <source>YAML syntax error: %1</source>
        <translation>YAML の構文エラー: %1</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="336"/>
        <location filename="../core/yaml/yamlparser.cpp" line="675"/>
        <source>unknown alias %1: no anchor with this name is defined before it</source>
        <translation>不明なエイリアス %1 です。これより前に同じ名前のアンカーが定義されていません</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="341"/>
        <source>alias %1 refers to a node that contains it (recursive anchor)</source>
        <translation>エイリアス %1 が自身を含むノードを参照しています（再帰的なアンカー）</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="390"/>
        <source>unclosed quoted string: the closing %1 is missing</source>
        <translation>引用符で囲まれた文字列が閉じられていません。閉じる %1 がありません</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="518"/>
        <source>YAML aliases expand to more than %1 nodes (a &apos;billion laughs&apos; document?); remove the aliases</source>
        <translation>YAML のエイリアスを展開すると %1 ノードを超えます（&apos;billion laughs&apos; 攻撃のドキュメントでしょうか？）。エイリアスを削除してください</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="640"/>
        <source>the file is %1 bytes, more than the %2-byte limit for YAML files; is this really a manifest?</source>
        <translation>ファイルサイズが %1 バイトで、YAML ファイルの上限 %2 バイトを超えています。本当にマニフェストですか？</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="686"/>
        <source>YAML could not be read: %1</source>
        <translation>YAML を読み込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>Studio::App::AutoUpgradeDialog</name>
    <message>
        <location filename="../app/workspace/autoupgradedialog.cpp" line="23"/>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <location filename="../app/workspace/autoupgradedialog.cpp" line="24"/>
        <source>fixes only</source>
        <translation>修正のみ</translation>
    </message>
    <message>
        <location filename="../app/workspace/autoupgradedialog.cpp" line="25"/>
        <source>latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <location filename="../app/workspace/autoupgradedialog.cpp" line="32"/>
        <location filename="../app/workspace/autoupgradedialog.cpp" line="102"/>
        <source>Exclude this plugin from automatic upgrades</source>
        <translation>このプラグインを自動アップグレードの対象外にする</translation>
    </message>
    <message>
        <location filename="../app/workspace/autoupgradedialog.cpp" line="33"/>
        <source>Check once a day at</source>
        <translation>1 日 1 回、次の時刻にチェック</translation>
    </message>
    <message>
        <location filename="../app/workspace/autoupgradedialog.cpp" line="37"/>
        <source>Auto-upgrade — %1</source>
        <translation>自動アップグレード — %1</translation>
    </message>
    <message>
        <location filename="../app/workspace/autoupgradedialog.cpp" line="39"/>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <location filename="../app/workspace/autoupgradedialog.cpp" line="40"/>
        <source>Fixes only (same major.minor, new patch: 1.2.3 → 1.2.4)</source>
        <translation>修正のみ（major.minor が同じで新しいパッチ: 1.2.3 → 1.2.4）</translation>
    </message>
    <message>
        <location filename="../app/workspace/autoupgradedialog.cpp" line="41"/>
        <source>Latest (any new version, also majors)</source>
        <translation>最新（すべての新バージョン、メジャーも含む）</translation>
    </message>
    <message>
        <location filename="../app/workspace/autoupgradedialog.cpp" line="44"/>
        <source>All plugins</source>
        <translation>すべてのプラグイン</translation>
    </message>
    <message>
        <location filename="../app/workspace/autoupgradedialog.cpp" line="45"/>
        <source>Only included plugins</source>
        <translation>対象に含めたプラグインのみ</translation>
    </message>
    <message>
        <location filename="../app/workspace/autoupgradedialog.cpp" line="46"/>
        <source>All except excluded plugins</source>
        <translation>除外したプラグイン以外のすべて</translation>
    </message>
    <message>
        <location filename="../app/workspace/autoupgradedialog.cpp" line="52"/>
        <source> h</source>
        <translation> 時間</translation>
    </message>
    <message>
        <location filename="../app/workspace/autoupgradedialog.cpp" line="56"/>
        <source>This plugin</source>
        <translation>このプラグイン</translation>
    </message>
    <message>
        <location filename="../app/workspace/autoupgradedialog.cpp" line="58"/>
        <source>Strategy:</source>
        <translation>戦略:</translation>
    </message>
    <message>
        <location filename="../app/workspace/autoupgradedialog.cpp" line="62"/>
        <source>Installed from %1: only plugins installed from the Marketplace are upgraded automatically.</source>
        <translation>インストール元は %1 です。自動アップグレードされるのはマーケットプレイスからインストールしたプラグインのみです。</translation>
    </message>
    <message>
        <location filename="../app/workspace/autoupgradedialog.cpp" line="70"/>
        <source>All plugins of the workspace</source>
        <translation>ワークスペースのすべてのプラグイン</translation>
    </message>
    <message>
        <location filename="../app/workspace/autoupgradedialog.cpp" line="72"/>
        <source>Upgrade:</source>
        <translation>アップグレード:</translation>
    </message>
    <message>
        <location filename="../app/workspace/autoupgradedialog.cpp" line="77"/>
        <source>When:</source>
        <translation>タイミング:</translation>
    </message>
    <message>
        <location filename="../app/workspace/autoupgradedialog.cpp" line="78"/>
        <source>Otherwise every:</source>
        <translation>それ以外は次の間隔で:</translation>
    </message>
    <message>
        <location filename="../app/workspace/autoupgradedialog.cpp" line="101"/>
        <source>Not included in automatic upgrades</source>
        <translation>自動アップグレードの対象外</translation>
    </message>
    <message>
        <location filename="../app/workspace/autoupgradedialog.cpp" line="117"/>
        <source>Last check: %1.</source>
        <translation>前回のチェック: %1。</translation>
    </message>
    <message>
        <location filename="../app/workspace/autoupgradedialog.cpp" line="118"/>
        <source>No automatic check has run yet.</source>
        <translation>自動チェックはまだ実行されていません。</translation>
    </message>
    <message>
        <location filename="../app/workspace/autoupgradedialog.cpp" line="136"/>
        <source>%1 is no longer installed.</source>
        <translation>%1 はもうインストールされていません。</translation>
    </message>
    <message>
        <location filename="../app/workspace/autoupgradedialog.cpp" line="154"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
</context>
<context>
    <name>Studio::App::BannerCard</name>
    <message>
        <location filename="../app/marketplace/bannerstrip.cpp" line="69"/>
        <source>Open %1</source>
        <translation>%1 を開く</translation>
    </message>
</context>
<context>
    <name>Studio::App::BannerStrip</name>
    <message>
        <location filename="../app/marketplace/bannerstrip.cpp" line="20"/>
        <source>Recommended</source>
        <translation>おすすめ</translation>
    </message>
    <message>
        <location filename="../app/marketplace/bannerstrip.cpp" line="22"/>
        <source>Blog</source>
        <translation>ブログ</translation>
    </message>
    <message>
        <location filename="../app/marketplace/bannerstrip.cpp" line="24"/>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location filename="../app/marketplace/bannerstrip.cpp" line="26"/>
        <source>Sponsored</source>
        <translation>スポンサー</translation>
    </message>
</context>
<context>
    <name>Studio::App::ConfigForm</name>
    <message>
        <location filename="../app/widgets/configform.cpp" line="117"/>
        <source>Raw JSON</source>
        <translation>生の JSON</translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="123"/>
        <source>No fields.</source>
        <translation>フィールドがありません。</translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="185"/>
        <location filename="../app/widgets/configform.cpp" line="191"/>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="188"/>
        <source>Show or hide the secret</source>
        <translation>シークレットの表示/非表示</translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="191"/>
        <source>Hide</source>
        <translation>非表示</translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="209"/>
        <source>(not set)</source>
        <translation>（未設定）</translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="225"/>
        <source>min %1</source>
        <translation>最小 %1</translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="227"/>
        <source>max %1</source>
        <translation>最大 %1</translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="240"/>
        <source>paths separated by ;</source>
        <translation>; で区切ったパス</translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="240"/>
        <source>path of a file</source>
        <translation>ファイルのパス</translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="241"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="244"/>
        <source>Choose files</source>
        <translation>ファイルを選択</translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="248"/>
        <source>Choose a file</source>
        <translation>ファイルを 1 つ選択</translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="262"/>
        <source>JSON value (%1)</source>
        <translation>JSON 値（%1）</translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="286"/>
        <source>Required</source>
        <translation>必須</translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="298"/>
        <source>How to get it</source>
        <translation>取得方法</translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="440"/>
        <source>The raw JSON is not a JSON object (%1). Fix it or switch back to the form.</source>
        <translation>生の JSON が JSON オブジェクトではありません（%1）。修正するか、フォームに戻してください。</translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="441"/>
        <source>not an object</source>
        <translation>オブジェクトではありません</translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="448"/>
        <location filename="../app/widgets/configform.cpp" line="476"/>
        <source>%1 is required.</source>
        <translation>%1 は必須です。</translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="458"/>
        <source>%1 must be a number.</source>
        <translation>%1 は数値である必要があります。</translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="463"/>
        <source>%1 must be at least %2.</source>
        <translation>%1 は %2 以上である必要があります。</translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="465"/>
        <source>%1 must be at most %2.</source>
        <translation>%1 は %2 以下である必要があります。</translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="471"/>
        <source>%1 is not valid JSON.</source>
        <translation>%1 は有効な JSON ではありません。</translation>
    </message>
</context>
<context>
    <name>Studio::App::ConsolePanel</name>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="69"/>
        <location filename="../app/console/consolepanel.cpp" line="122"/>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="69"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="77"/>
        <location filename="../app/console/consolepanel.cpp" line="85"/>
        <source>Environment…</source>
        <translation>環境…</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="79"/>
        <source>Choose the Python this plugin runs on: a managed environment, an existing interpreter or virtual environment, offline wheels</source>
        <translation>このプラグインを実行する Python を選択します: 管理環境、既存のインタープリターまたは仮想環境、オフライン wheel</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="87"/>
        <source>Rebuild environment</source>
        <translation>環境を再構築</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="89"/>
        <source>Drop the cached environment of this plugin and prepare it again</source>
        <translation>このプラグインのキャッシュ済み環境を破棄して、もう一度準備します</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="103"/>
        <source>Run the action (F5)</source>
        <translation>アクションを実行（F5）</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="110"/>
        <source>Pick a plugin and an action, fill the form, then Run (F5).</source>
        <translation>プラグインとアクションを選び、フォームに入力してから実行します（F5）。</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="113"/>
        <source>Replay a history entry to see what changed.</source>
        <translation>履歴エントリを再実行すると、変化した点を確認できます。</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="130"/>
        <source>Plugin:</source>
        <translation>プラグイン：</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="133"/>
        <source>Action:</source>
        <translation>アクション：</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="142"/>
        <location filename="../app/console/consolepanel.cpp" line="964"/>
        <source>Preparing the Python environment…</source>
        <translation>Python 環境を準備しています…</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="144"/>
        <source>Cancel preparation</source>
        <translation>準備をキャンセル</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="155"/>
        <source>Parameters</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="158"/>
        <source>Credentials / settings</source>
        <translation>認証情報 / 設定</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="175"/>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="176"/>
        <source>Result JSON</source>
        <translation>結果の JSON</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="177"/>
        <source>Plugin logs</source>
        <translation>プラグインログ</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="182"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="182"/>
        <source>Plugin</source>
        <translation>プラグイン</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="182"/>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="182"/>
        <source>Target</source>
        <translation>対象</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="182"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="182"/>
        <source>ms</source>
        <translation>ミリ秒</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="191"/>
        <source>Replay</source>
        <translation>再実行</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="193"/>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="194"/>
        <source>Import…</source>
        <translation>インポート…</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="201"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="202"/>
        <source>Replay diff</source>
        <translation>再実行の差分</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="213"/>
        <location filename="../app/console/consolepanel.cpp" line="218"/>
        <source>Export invocation</source>
        <translation>呼び出しをエクスポート</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="214"/>
        <location filename="../app/console/consolepanel.cpp" line="221"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="221"/>
        <location filename="../app/console/consolepanel.cpp" line="225"/>
        <source>Import invocation</source>
        <translation>呼び出しをインポート</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="274"/>
        <source>%1 (local)</source>
        <translation>%1（ローカル）</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="294"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="314"/>
        <source>The plugin could not start: %1</source>
        <translation>プラグインを起動できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="336"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="367"/>
        <source>Permission denied: %1 tried a &quot;%2&quot; reverse call — %3. Add the permission to manifest.yaml (resource.permission) if the plugin needs it.</source>
        <translation>権限がありません: %1 が「%2」のリバース呼び出しを試みました — %3。プラグインにこの権限が必要な場合は、manifest.yaml（resource.permission）に追加してください。</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="462"/>
        <source>Open or connect a plugin first.</source>
        <translation>先にプラグインを開くか接続してください。</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="478"/>
        <source>The environment is being rebuilt; run again when it is ready (or cancel it).</source>
        <translation>環境を再構築中です。準備ができてから再度実行してください（または再構築をキャンセルしてください）。</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="484"/>
        <source>Starting %1…</source>
        <translation>%1 を起動しています…</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="500"/>
        <source>%1 is not running. Start it (or reconnect the debug session) and run again.</source>
        <translation>%1 は実行されていません。起動して（またはデバッグセッションを再接続して）から、もう一度実行してください。</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="501"/>
        <source>The plugin</source>
        <translation>このプラグイン</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="526"/>
        <source>Running %1/%2…</source>
        <translation>%1/%2 を実行しています…</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="530"/>
        <source>reverse call: %1</source>
        <translation>リバース呼び出し: %1</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="541"/>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="581"/>
        <source>Usage: %1 prompt + %2 completion = %3 tokens, %4 %5, %6 s</source>
        <translation>使用量: プロンプト %1 + 補完 %2 = %3 トークン、%4 %5、%6 秒</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="614"/>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="648"/>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="651"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="667"/>
        <source>Could not load the image %1: %2</source>
        <translation>画像 %1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="683"/>
        <location filename="../app/console/consolepanel.cpp" line="688"/>
        <source>Save file</source>
        <translation>ファイルを保存</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="688"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="723"/>
        <source>%1 in %2 ms</source>
        <translation>%1（%2 ミリ秒）</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="728"/>
        <source>Same result as the original run (%1).</source>
        <translation>元の実行と同じ結果です（%1）。</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="754"/>
        <source>%1 is not open in the studio; open or connect it to replay.</source>
        <translation>%1 はスタジオで開かれていません。再実行するには、開くか接続してください。</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="776"/>
        <location filename="../app/console/consolepanel.cpp" line="786"/>
        <source>There is no history in this console.</source>
        <translation>このコンソールには履歴がありません。</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="779"/>
        <source>That history entry no longer exists.</source>
        <translation>この履歴エントリは存在しなくなりました。</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="843"/>
        <source>Select a local or installed plugin first; the Python of a debug-connected plugin is chosen where it runs.</source>
        <translation>先にローカルまたはインストール済みのプラグインを選択してください。デバッグ接続されたプラグインの Python は、その実行先で選択されます。</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="846"/>
        <source>Wait for the running call (or the rebuild) to end, or cancel it, then change the environment.</source>
        <translation>実行中の呼び出し（または再構築）が終わるまで待つか、キャンセルしてから環境を変更してください。</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="871"/>
        <source>%1 will run on: %2</source>
        <translation>%1 の実行環境: %2</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="872"/>
        <source>Environment changed; the plugin starts on it at the next run.</source>
        <translation>環境を変更しました。プラグインは次回の実行時にこの環境で起動します。</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="883"/>
        <source>Select a local or installed plugin to choose its Python.</source>
        <translation>Python を選択するには、ローカルまたはインストール済みのプラグインを選択してください。</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="897"/>
        <source>The plugin changed while the dialog was open; choose its environment again.</source>
        <translation>ダイアログを開いている間にプラグインが変更されました。もう一度環境を選択してください。</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="902"/>
        <source>Python environment</source>
        <translation>Python 環境</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="925"/>
        <source>Select a local or installed plugin to rebuild its environment.</source>
        <translation>環境を再構築するには、ローカルまたはインストール済みのプラグインを選択してください。</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="929"/>
        <source>Wait for the running call to end (or cancel it), then rebuild.</source>
        <translation>実行中の呼び出しが終わるのを待つか、キャンセルしてから再構築してください。</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="934"/>
        <source>Only managed environments are built by the studio; %1 is used as it is. Switch to a managed environment (Environment…) to rebuild.</source>
        <translation>スタジオが構築するのは管理環境のみです。%1 はそのまま使用されます。再構築するには管理環境に切り替えてください（環境…）。</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="953"/>
        <source>Rebuilding the Python environment…</source>
        <translation>Python 環境を再構築しています…</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="955"/>
        <source>Rebuilding the environment of %1…</source>
        <translation>%1 の環境を再構築しています…</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="956"/>
        <source>Rebuilding the environment of %1</source>
        <translation>%1 の環境を再構築中</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="973"/>
        <source>The rebuild was cancelled; the plugin prepares its environment at the next run.</source>
        <translation>再構築はキャンセルされました。プラグインは次回の実行時に環境を準備します。</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="976"/>
        <source>The environment could not be built: %1</source>
        <translation>環境を構築できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="986"/>
        <source>Removing the cached environment %1</source>
        <translation>キャッシュ済み環境 %1 を削除中</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="988"/>
        <source>The cached environment %1 could not be removed; close what uses it and rebuild again.</source>
        <translation>キャッシュ済み環境 %1 を削除できませんでした。使用中のものを閉じてから、もう一度再構築してください。</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="994"/>
        <source>The environment could not be prepared again; rebuild again.</source>
        <translation>環境をもう一度準備できませんでした。もう一度再構築してください。</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="997"/>
        <source>Environment rebuilt: %1 (Python %2, %3 ms)</source>
        <translation>環境を再構築しました: %1（Python %2、%3 ms）</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="1014"/>
        <source>Python: chosen where the plugin runs (%1)</source>
        <translation>Python: プラグインの実行先で選択（%1）</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="1024"/>
        <source>Python: %1 (%2)</source>
        <translation>Python: %1（%2）</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="1028"/>
        <source>Python: %1 (%2, Python %3)</source>
        <translation>Python: %1（%2、Python %3）</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="1030"/>
        <source>Python: %1, prepared at the first run</source>
        <translation>Python: %1、初回実行時に準備</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="1032"/>
        <source> — wheels from %1</source>
        <translation> — wheel の取得元: %1</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="1043"/>
        <source>Console</source>
        <translation>コンソール</translation>
    </message>
</context>
<context>
    <name>Studio::App::DebugPanel</name>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="53"/>
        <source>Allow other machines</source>
        <translation>他のマシンからの接続を許可</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="66"/>
        <source>Remote debug server</source>
        <translation>リモートデバッグサーバー</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="72"/>
        <source>any free port</source>
        <translation>任意の空きポート</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="88"/>
        <source>Rotate key</source>
        <translation>キーを更新</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="90"/>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="96"/>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="99"/>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="104"/>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="114"/>
        <source>.env</source>
        <translation>.env</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="141"/>
        <source>%1 closed (no handshake).</source>
        <translation>%1 が閉じられました（ハンドシェイクなし）。</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="142"/>
        <source>Refused %1: %2</source>
        <translation>%1 を拒否しました: %2</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="145"/>
        <source>%1 connected from %2.</source>
        <translation>%1 が %2 から接続しました。</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="149"/>
        <source>%1 disconnected: %2</source>
        <translation>%1 が切断されました: %2</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="154"/>
        <source>Connected plugins</source>
        <translation>接続中のプラグイン</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="164"/>
        <source>Disconnect</source>
        <translation>切断</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="166"/>
        <source>Open in console</source>
        <translation>コンソールで開く</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="167"/>
        <source>Inspect only this</source>
        <translation>これだけを検査</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="177"/>
        <source>disconnected from the studio</source>
        <translation>スタジオから切断されました</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="189"/>
        <source>Message inspector</source>
        <translation>メッセージインスペクター</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="192"/>
        <source>plugin</source>
        <translation>プラグイン</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="194"/>
        <source>session</source>
        <translation>セッション</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="196"/>
        <source>type (e.g. request: or stream)</source>
        <translation>種類（例: request: や stream）</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="207"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="229"/>
        <source>Select a message to see it as JSON.</source>
        <translation>メッセージを選択すると JSON で表示されます。</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="237"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="238"/>
        <source>Save capture…</source>
        <translation>キャプチャを保存…</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="239"/>
        <source>Open capture…</source>
        <translation>キャプチャを開く…</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="240"/>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="253"/>
        <location filename="../app/debug/debugpanel.cpp" line="258"/>
        <source>Save capture</source>
        <translation>キャプチャを保存</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="254"/>
        <source>Captures (*.jsonl)</source>
        <translation>キャプチャ (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="263"/>
        <location filename="../app/debug/debugpanel.cpp" line="267"/>
        <source>Open capture</source>
        <translation>キャプチャを開く</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="263"/>
        <source>Captures (*.jsonl);;All files (*)</source>
        <translation>キャプチャ (*.jsonl);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="280"/>
        <source>debug.dify.ai</source>
        <translation>debug.dify.ai</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="284"/>
        <source>the debug key shown by Dify</source>
        <translation>Dify に表示されるデバッグキー</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="285"/>
        <location filename="../app/debug/debugpanel.cpp" line="297"/>
        <source>Start relay</source>
        <translation>リレーを開始</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="287"/>
        <source>Upstream host</source>
        <translation>アップストリームホスト</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="288"/>
        <source>Upstream port</source>
        <translation>アップストリームポート</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="289"/>
        <source>Upstream key</source>
        <translation>アップストリームキー</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="295"/>
        <location filename="../app/debug/debugpanel.cpp" line="310"/>
        <source>Stop relay</source>
        <translation>リレーを停止</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="298"/>
        <location filename="../app/debug/debugpanel.cpp" line="453"/>
        <source>Stopped.</source>
        <translation>停止しました。</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="302"/>
        <source>Enter the upstream host and key that your Dify instance shows under Plugins › Debug.</source>
        <translation>Dify インスタンスの「プラグイン › デバッグ」に表示されるアップストリームのホストとキーを入力してください。</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="311"/>
        <source>Plugins connect to 127.0.0.1:%1 with key %2; traffic goes to %3:%4 and shows in the inspector.</source>
        <translation>プラグインはキー %2 で 127.0.0.1:%1 に接続します。通信は %3:%4 に転送され、インスペクターに表示されます。</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="318"/>
        <source>Relay</source>
        <translation>リレー</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="324"/>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="324"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="324"/>
        <source>Plugin</source>
        <translation>プラグイン</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="324"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="330"/>
        <source>New for selected plugin</source>
        <translation>選択したプラグイン用に新規作成</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="331"/>
        <source>Copy URL</source>
        <translation>URL をコピー</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="332"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="333"/>
        <source>Save settings</source>
        <translation>設定を保存</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="343"/>
        <location filename="../app/debug/debugpanel.cpp" line="351"/>
        <source>Endpoints</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="351"/>
        <source>Select a connected plugin first.</source>
        <translation>先に接続中のプラグインを選択してください。</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="354"/>
        <source>%1 endpoint</source>
        <translation>%1 エンドポイント</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="389"/>
        <source>Endpoint settings</source>
        <translation>エンドポイントの設定</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="431"/>
        <source>&quot;%1&quot; is not an IP address. Use 127.0.0.1 (this machine) or 0.0.0.0 (every interface).</source>
        <translation>「%1」は IP アドレスではありません。127.0.0.1（このマシン）または 0.0.0.0（すべてのインターフェース）を使用してください。</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="443"/>
        <source>Listening on %1.</source>
        <translation>%1 で待ち受けています。</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="480"/>
        <source>Stop server</source>
        <translation>サーバーを停止</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="480"/>
        <source>Start server</source>
        <translation>サーバーを起動</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="490"/>
        <source>Key expires %1 if unused (each connection renews it).</source>
        <translation>使用されない場合、キーは %1 に期限切れになります（接続するたびに更新されます）。</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="492"/>
        <source>Key never expires.</source>
        <translation>キーは期限切れになりません。</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="498"/>
        <source>⚠ Listening on %1 exposes the debug server to other machines on the network; anyone with the key can register a plugin. Prefer 127.0.0.1.</source>
        <translation>⚠ %1 で待ち受けると、デバッグサーバーがネットワーク上の他のマシンに公開されます。キーを持つ人は誰でもプラグインを登録できます。127.0.0.1 の使用をお勧めします。</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="551"/>
        <source>(endpoint server not running)</source>
        <translation>（エンドポイントサーバーは実行されていません）</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="560"/>
        <source>Remote debug</source>
        <translation>リモートデバッグ</translation>
    </message>
</context>
<context>
    <name>Studio::App::DebugPluginsModel</name>
    <message>
        <location filename="../app/debug/inspectormodel.cpp" line="218"/>
        <source>disconnected: %1</source>
        <translation>切断: %1</translation>
    </message>
    <message>
        <location filename="../app/debug/inspectormodel.cpp" line="234"/>
        <source>connected</source>
        <translation>接続中</translation>
    </message>
    <message>
        <location filename="../app/debug/inspectormodel.cpp" line="234"/>
        <source>closing</source>
        <translation>終了処理中</translation>
    </message>
    <message>
        <location filename="../app/debug/inspectormodel.cpp" line="252"/>
        <source>Plugin</source>
        <translation>プラグイン</translation>
    </message>
    <message>
        <location filename="../app/debug/inspectormodel.cpp" line="253"/>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <location filename="../app/debug/inspectormodel.cpp" line="254"/>
        <source>Peer</source>
        <translation>ピア</translation>
    </message>
    <message>
        <location filename="../app/debug/inspectormodel.cpp" line="255"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location filename="../app/debug/inspectormodel.cpp" line="256"/>
        <source>Uptime</source>
        <translation>稼働時間</translation>
    </message>
    <message>
        <location filename="../app/debug/inspectormodel.cpp" line="257"/>
        <source>Last heartbeat</source>
        <translation>最終ハートビート</translation>
    </message>
</context>
<context>
    <name>Studio::App::DiagnosticsModel</name>
    <message>
        <location filename="../app/models/diagnosticsmodel.cpp" line="54"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../app/models/diagnosticsmodel.cpp" line="55"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../app/models/diagnosticsmodel.cpp" line="56"/>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <location filename="../app/models/diagnosticsmodel.cpp" line="109"/>
        <source>Severity</source>
        <translation>重要度</translation>
    </message>
    <message>
        <location filename="../app/models/diagnosticsmodel.cpp" line="110"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location filename="../app/models/diagnosticsmodel.cpp" line="111"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../app/models/diagnosticsmodel.cpp" line="112"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../app/models/diagnosticsmodel.cpp" line="113"/>
        <source>Layer</source>
        <translation>レイヤー</translation>
    </message>
    <message>
        <location filename="../app/models/diagnosticsmodel.cpp" line="114"/>
        <source>Code</source>
        <translation>コード</translation>
    </message>
</context>
<context>
    <name>Studio::App::EditorPage</name>
    <message>
        <location filename="../app/editors/document.cpp" line="97"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <location filename="../app/editors/document.cpp" line="103"/>
        <source>%1 is a binary file; it cannot be edited as text.</source>
        <translation>%1 はバイナリファイルです。テキストとして編集できません。</translation>
    </message>
    <message>
        <location filename="../app/editors/document.cpp" line="128"/>
        <source>Cannot save %1: %2. Your changes are still in the editor.</source>
        <translation>%1 を保存できません: %2。変更内容はエディターに残っています。</translation>
    </message>
    <message>
        <location filename="../app/editors/document.cpp" line="186"/>
        <source>Typing</source>
        <translation>入力</translation>
    </message>
</context>
<context>
    <name>Studio::App::EnvironmentDialog</name>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="24"/>
        <source>&amp;Managed environment</source>
        <translation>管理環境(&amp;M)</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="25"/>
        <source>Existing &amp;interpreter</source>
        <translation>既存のインタープリター(&amp;I)</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="26"/>
        <source>Existing &amp;virtual environment</source>
        <translation>既存の仮想環境(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="28"/>
        <location filename="../app/console/environmentdialog.cpp" line="29"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="31"/>
        <source>Install &amp;offline from a wheel folder (no package index)</source>
        <translation>wheel フォルダーからオフラインでインストール（パッケージインデックスなし）(&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="37"/>
        <source>Python environment — %1</source>
        <translation>Python 環境 — %1</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="55"/>
        <source>/usr/bin/python3.12</source>
        <translation>/usr/bin/python3.12</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="56"/>
        <source>Folder holding bin/python</source>
        <translation>bin/python を含むフォルダー</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="57"/>
        <source>Folder of .whl files</source>
        <translation>.whl ファイルのフォルダー</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="65"/>
        <source>Choose the Python this plugin runs on. The choice is kept in the workspace.</source>
        <translation>このプラグインを実行する Python を選択します。選択内容はワークスペースに保存されます。</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="66"/>
        <source>Choose the Python this plugin runs on (it declares Python %1). The choice is kept in the workspace.</source>
        <translation>このプラグインを実行する Python を選択します（このプラグインは Python %1 を宣言しています）。選択内容はワークスペースに保存されます。</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="75"/>
        <source>The studio builds a cached environment from requirements.txt or pyproject.toml and reuses it while they do not change.</source>
        <translation>スタジオは requirements.txt または pyproject.toml からキャッシュ済み環境を構築し、それらが変更されない限り再利用します。</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="89"/>
        <source>Runs the plugin directly on this interpreter; nothing is installed, so its packages must already be there.</source>
        <translation>このインタープリターで直接プラグインを実行します。何もインストールされないため、必要なパッケージはあらかじめ入っている必要があります。</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="101"/>
        <source>Uses a virtual environment you manage, as it is.</source>
        <translation>自分で管理している仮想環境をそのまま使用します。</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="120"/>
        <source>Tool: uv (%1)</source>
        <translation>ツール: uv（%1）</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="122"/>
        <source>No python3 on PATH: install Python 3.12 (3.11 for dify_plugin 0.7) or choose an interpreter below.</source>
        <translation>PATH に python3 がありません。Python 3.12（dify_plugin 0.7 の場合は 3.11）をインストールするか、下でインタープリターを選択してください。</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="125"/>
        <source>Tool: looking for uv…</source>
        <translation>ツール: uv を検索しています…</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="131"/>
        <source>Tool: uv (%1), base Python %2 (%3)</source>
        <translation>ツール: uv（%1）、ベース Python %2（%3）</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="133"/>
        <source>Tool: python3 -m venv + pip (uv not found), base Python %1 (%2)</source>
        <translation>ツール: python3 -m venv + pip（uv が見つかりません）、ベース Python %1（%2）</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="258"/>
        <source>Choose an interpreter file.</source>
        <translation>インタープリターのファイルを選択してください。</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="260"/>
        <source>Checking %1…</source>
        <translation>%1 を確認しています…</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="267"/>
        <source>Python %1 — fits this plugin.</source>
        <translation>Python %1 — このプラグインに適合します。</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="274"/>
        <source>Choose the folder of a virtual environment.</source>
        <translation>仮想環境のフォルダーを選択してください。</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="280"/>
        <source>%1 found.</source>
        <translation>%1 が見つかりました。</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="286"/>
        <source>Choose the folder of .whl files.</source>
        <translation>.whl ファイルのフォルダーを選択してください。</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="287"/>
        <source>Choose the folder of .whl files, or untick the offline installation.</source>
        <translation>.whl ファイルのフォルダーを選択するか、オフラインインストールのチェックを外してください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/console/environmentdialog.cpp" line="296"/>
        <source>%n wheel(s): %1</source>
        <translation>
            <numerusform>%n 個の wheel: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="306"/>
        <source>Checking the interpreter…</source>
        <translation>インタープリターを確認しています…</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="310"/>
        <source>Python: managed environment</source>
        <translation>Python: 管理環境</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="311"/>
        <source>Python: managed environment, offline from %1</source>
        <translation>Python: 管理環境、%1 からオフライン</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="313"/>
        <source>Python: %1 (%2)</source>
        <translation>Python: %1（%2）</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="317"/>
        <location filename="../app/console/environmentdialog.cpp" line="326"/>
        <source>The interpreter is still being checked.</source>
        <translation>インタープリターはまだ確認中です。</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="335"/>
        <source>Python interpreter</source>
        <translation>Python インタープリター</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="345"/>
        <source>Virtual environment</source>
        <translation>仮想環境</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="354"/>
        <source>Offline wheel folder</source>
        <translation>オフライン wheel フォルダー</translation>
    </message>
</context>
<context>
    <name>Studio::App::FindBar</name>
    <message>
        <location filename="../app/editors/code/codeeditor.cpp" line="237"/>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../app/editors/code/codeeditor.cpp" line="240"/>
        <source>Replace with</source>
        <translation>置換後</translation>
    </message>
    <message>
        <location filename="../app/editors/code/codeeditor.cpp" line="241"/>
        <source>Regex</source>
        <translation>正規表現</translation>
    </message>
    <message>
        <location filename="../app/editors/code/codeeditor.cpp" line="242"/>
        <source>Match case</source>
        <translation>大文字と小文字を区別</translation>
    </message>
    <message>
        <location filename="../app/editors/code/codeeditor.cpp" line="244"/>
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <location filename="../app/editors/code/codeeditor.cpp" line="246"/>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location filename="../app/editors/code/codeeditor.cpp" line="248"/>
        <source>Replace</source>
        <translation>置換</translation>
    </message>
    <message>
        <location filename="../app/editors/code/codeeditor.cpp" line="250"/>
        <source>Replace all</source>
        <translation>すべて置換</translation>
    </message>
    <message>
        <location filename="../app/editors/code/codeeditor.cpp" line="253"/>
        <source>Close (Esc)</source>
        <translation>閉じる（Esc）</translation>
    </message>
    <message>
        <location filename="../app/editors/code/codeeditor.cpp" line="307"/>
        <location filename="../app/editors/code/codeeditor.cpp" line="314"/>
        <source>No match</source>
        <translation>一致なし</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editors/code/codeeditor.cpp" line="321"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n 件置換しました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Studio::App::FormEditor</name>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="65"/>
        <source>This build has no comment-preserving YAML editor: the form is read-only; edit the text.</source>
        <translation>このビルドにはコメントを保持する YAML エディターがありません。フォームは読み取り専用です。テキストを編集してください。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="100"/>
        <source>The text does not parse, so the form shows the last good state: %1</source>
        <translation>テキストを解析できないため、フォームには最後に有効だった状態が表示されています: %1</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="212"/>
        <source>comma-separated</source>
        <translation>カンマ区切り</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="283"/>
        <source>Icon file not found in _assets/</source>
        <translation>_assets/ にアイコンファイルが見つかりません</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="304"/>
        <source>required</source>
        <translation>必須</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="304"/>
        <source>falls back to en_US</source>
        <translation>未指定の場合は en_US を使用</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="314"/>
        <location filename="../app/editors/form/formeditor.cpp" line="614"/>
        <source>Remove %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="325"/>
        <source>Permissions</source>
        <translation>権限</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="328"/>
        <source>Invoke tools</source>
        <translation>ツールの呼び出し</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="328"/>
        <source>Invoke models</source>
        <translation>モデルの呼び出し</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="328"/>
        <source>LLM</source>
        <translation>LLM</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="329"/>
        <source>Text embedding</source>
        <translation>テキスト埋め込み</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="329"/>
        <source>Rerank</source>
        <translation>Rerank</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="329"/>
        <source>Text to speech</source>
        <translation>音声合成</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="330"/>
        <source>Speech to text</source>
        <translation>音声認識</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="330"/>
        <source>Moderation</source>
        <translation>モデレーション</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="330"/>
        <source>Invoke workflow nodes</source>
        <translation>ワークフローノードの呼び出し</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="331"/>
        <source>Register endpoints</source>
        <translation>エンドポイントの登録</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="331"/>
        <source>Invoke apps</source>
        <translation>アプリの呼び出し</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="331"/>
        <source>Persistent storage</source>
        <translation>永続ストレージ</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="347"/>
        <source> bytes</source>
        <translation> バイト</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="348"/>
        <source>Storage size: 1024 to 1073741824 bytes, required whenever the storage block exists.</source>
        <translation>ストレージサイズ: 1024～1073741824 バイト。storage ブロックがある場合は必須です。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="355"/>
        <source>Storage size</source>
        <translation>ストレージサイズ</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="367"/>
        <source>Double-click a name to rename it; Alt+Up / Alt+Down move the selected entry.</source>
        <translation>名前をダブルクリックすると名前を変更できます。Alt+Up / Alt+Down で選択した項目を移動します。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="380"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="383"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="386"/>
        <source>Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="388"/>
        <source>Move up (Alt+Up)</source>
        <translation>上へ移動（Alt+Up）</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="390"/>
        <source>Down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="392"/>
        <source>Move down (Alt+Down)</source>
        <translation>下へ移動（Alt+Down）</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="450"/>
        <location filename="../app/editors/form/formeditor.cpp" line="452"/>
        <source>Add to %1</source>
        <translation>%1 に追加</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="459"/>
        <source>Remove from %1</source>
        <translation>%1 から削除</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="466"/>
        <location filename="../app/editors/form/formeditor.cpp" line="473"/>
        <source>Move item in %1</source>
        <translation>%1 内の項目を移動</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="489"/>
        <source>New item</source>
        <translation>新しい項目</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="537"/>
        <source>A name is required; type one (letters, digits, &apos;_&apos; and &apos;-&apos;).</source>
        <translation>名前は必須です。名前を入力してください（英字、数字、&apos;_&apos;、&apos;-&apos;）。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="539"/>
        <source>&apos;%1&apos; is not a valid name: use letters, digits, &apos;_&apos; and &apos;-&apos; only.</source>
        <translation>&apos;%1&apos; は有効な名前ではありません。英字、数字、&apos;_&apos;、&apos;-&apos; のみを使用してください。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="543"/>
        <source>%1 already has an entry named &apos;%2&apos;; choose another name.</source>
        <translation>%1 には &apos;%2&apos; という名前の項目がすでにあります。別の名前を選択してください。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="550"/>
        <source>Edit refused: %1</source>
        <translation>編集が拒否されました: %1</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="597"/>
        <source>Rename %1 to %2</source>
        <translation>%1 の名前を %2 に変更</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="606"/>
        <source>Add %1 to %2</source>
        <translation>%1 を %2 に追加</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="622"/>
        <source>Move %1</source>
        <translation>%1 を移動</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="715"/>
        <source>Double-click to rename</source>
        <translation>ダブルクリックして名前を変更</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="789"/>
        <location filename="../app/editors/form/formeditor.cpp" line="791"/>
        <source>Edit %1</source>
        <translation>%1 を編集</translation>
    </message>
</context>
<context>
    <name>Studio::App::InspectorModel</name>
    <message>
        <location filename="../app/debug/inspectormodel.cpp" line="60"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../app/debug/inspectormodel.cpp" line="61"/>
        <source>Dir</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../app/debug/inspectormodel.cpp" line="62"/>
        <source>Plugin</source>
        <translation>プラグイン</translation>
    </message>
    <message>
        <location filename="../app/debug/inspectormodel.cpp" line="63"/>
        <source>Session</source>
        <translation>セッション</translation>
    </message>
    <message>
        <location filename="../app/debug/inspectormodel.cpp" line="64"/>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../app/debug/inspectormodel.cpp" line="65"/>
        <source>Bytes</source>
        <translation>バイト</translation>
    </message>
    <message>
        <location filename="../app/debug/inspectormodel.cpp" line="130"/>
        <source>
… (truncated: %1 of %2 bytes kept)</source>
        <translation>
…（切り詰め: %2 バイト中 %1 バイトを保持）</translation>
    </message>
</context>
<context>
    <name>Studio::App::InstalledModel</name>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="96"/>
        <source>%1 available</source>
        <translation>%1 が利用可能</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="96"/>
        <source>up to date</source>
        <translation>最新</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="101"/>
        <source>unsigned</source>
        <translation>未署名</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="102"/>
        <source>signed (unverified)</source>
        <translation>署名済み（未検証）</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="103"/>
        <source>enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="103"/>
        <source>disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="108"/>
        <source>%1, excluded</source>
        <translation>%1、除外</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="114"/>
        <source>Automatic upgrades: Auto-upgrade… changes them</source>
        <translation>自動アップグレード: 「自動アップグレード…」で変更できます</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="115"/>
        <source>Only plugins installed from the Marketplace are upgraded automatically</source>
        <translation>自動アップグレードされるのはマーケットプレイスからインストールしたプラグインのみです</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="134"/>
        <source>Plugin</source>
        <translation>プラグイン</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="135"/>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="136"/>
        <source>Marketplace</source>
        <translation>マーケットプレイス</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="137"/>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="138"/>
        <source>Category</source>
        <translation>カテゴリー</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="139"/>
        <source>Signature</source>
        <translation>署名</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="140"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="141"/>
        <source>Auto-upgrade</source>
        <translation>自動アップグレード</translation>
    </message>
</context>
<context>
    <name>Studio::App::InstalledPluginsPage</name>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="171"/>
        <source>Install from file…</source>
        <translation>ファイルからインストール…</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="172"/>
        <source>From Marketplace id…</source>
        <translation>マーケットプレイス ID から…</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="173"/>
        <source>From GitHub…</source>
        <translation>GitHub から…</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="174"/>
        <source>Check for updates</source>
        <translation>更新を確認</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="182"/>
        <source>Upgrade</source>
        <translation>アップグレード</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="183"/>
        <source>Uninstall…</source>
        <translation>アンインストール…</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="184"/>
        <source>Configure…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="185"/>
        <source>Open in console</source>
        <translation>コンソールで開く</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="186"/>
        <source>OAuth client…</source>
        <translation>OAuth クライアント…</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="188"/>
        <source>The OAuth app of a provider that signs in with OAuth (client id, secret, redirect URI)</source>
        <translation>OAuth でサインインするプロバイダーの OAuth アプリ（client id、secret、リダイレクト URI）</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="189"/>
        <source>Authorize…</source>
        <translation>認可…</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="191"/>
        <source>Sign in at the provider in your browser; the credential is stored in the workspace</source>
        <translation>ブラウザーでプロバイダーにサインインします。認証情報はワークスペースに保存されます</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="192"/>
        <source>Auto-upgrade…</source>
        <translation>自動アップグレード…</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="197"/>
        <source>Drop .difypkg or .difybndl files here to install them.</source>
        <translation>.difypkg または .difybndl ファイルをここにドロップするとインストールされます。</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="209"/>
        <source>Details…</source>
        <translation>詳細…</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="214"/>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="224"/>
        <source>✔ %1: %2 → %3</source>
        <translation>✔ %1: %2 → %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/workspace/installedpage.cpp" line="225"/>
        <source>✘ %1: %2 → %3 failed after %n attempt(s), %2 kept: %4</source>
        <translation>
            <numerusform>✘ %1: %2 → %3 は %n 回試行して失敗しました。%2 を維持しています: %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="229"/>
        <source>Automatic upgrades</source>
        <translation>自動アップグレード</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="231"/>
        <source>Checked %1.</source>
        <translation>チェック日時: %1。</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="246"/>
        <source>Tasks</source>
        <translation>タスク</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="251"/>
        <source>Install plugin packages</source>
        <translation>プラグインパッケージをインストール</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="252"/>
        <source>Dify packages (*.difypkg *.difybndl)</source>
        <translation>Dify パッケージ (*.difypkg *.difybndl)</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="257"/>
        <source>Install from the Marketplace</source>
        <translation>マーケットプレイスからインストール</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="258"/>
        <source>Identifier (org/name:version@checksum):</source>
        <translation>識別子（org/name:version@checksum）：</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="263"/>
        <source>Install from GitHub</source>
        <translation>GitHub からインストール</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="263"/>
        <source>OWNER/REPO@VERSION/ASSET.difypkg:</source>
        <translation>OWNER/REPO@VERSION/ASSET.difypkg：</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="349"/>
        <source>%1 — starting…</source>
        <translation>%1 — 開始しています…</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="354"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="372"/>
        <source>installed %1</source>
        <translation>%1 をインストールしました</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="402"/>
        <source>Checking the Marketplace for updates…</source>
        <translation>マーケットプレイスで更新を確認しています…</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="409"/>
        <source>Could not check for updates: %1</source>
        <translation>更新を確認できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="420"/>
        <source>Everything is up to date%1.</source>
        <translation>すべて最新です%1。</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="420"/>
        <source> (offline, from the cache)</source>
        <translation> (オフライン、キャッシュより)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/workspace/installedpage.cpp" line="421"/>
        <source>%n update(s) available.</source>
        <translation>
            <numerusform>%n 件の更新があります。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="430"/>
        <source>No newer version of %1 is known; check for updates first.</source>
        <translation>%1 の新しいバージョンは確認されていません。先に更新を確認してください。</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="444"/>
        <source>No workspace is open.</source>
        <translation>ワークスペースが開かれていません。</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="446"/>
        <source>Uninstall</source>
        <translation>アンインストール</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="447"/>
        <source>Uninstall %1? Its stored data and endpoints are removed; credentials are kept.</source>
        <translation>%1 をアンインストールしますか？保存されたデータとエンドポイントは削除されます。認証情報は保持されます。</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="453"/>
        <source>Uninstalled %1.</source>
        <translation>%1 をアンインストールしました。</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="482"/>
        <source>%1 has no credentials to configure.</source>
        <translation>%1 には設定する認証情報がありません。</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="483"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="487"/>
        <source>Credentials — %1</source>
        <translation>認証情報 — %1</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="511"/>
        <location filename="../app/workspace/installedpage.cpp" line="518"/>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="536"/>
        <source>Checking the credentials with the plugin…</source>
        <translation>プラグインで認証情報を確認しています…</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="544"/>
        <source>The plugin rejected these credentials: %1</source>
        <translation>プラグインがこの認証情報を拒否しました: %1</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="568"/>
        <source>%1 has no provider that signs in with OAuth (no oauth_schema).</source>
        <translation>%1 には OAuth でサインインするプロバイダーがありません（oauth_schema がありません）。</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="579"/>
        <source>OAuth</source>
        <translation>OAuth</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="579"/>
        <source>Provider:</source>
        <translation>プロバイダー:</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="589"/>
        <source>%1 has no OAuth provider named %2.</source>
        <translation>%1 には %2 という名前の OAuth プロバイダーがありません。</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="601"/>
        <source>OAuth client of %1 / %2 saved.</source>
        <translation>%1 / %2 の OAuth クライアントを保存しました。</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="621"/>
        <source>The studio cannot start %1 here to sign in; open it in the console first.</source>
        <translation>スタジオはサインインのためにここで %1 を起動できません。先にコンソールで開いてください。</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="639"/>
        <source>Sign in at the provider in your browser; the studio waits for it at %1.</source>
        <translation>ブラウザーでプロバイダーにサインインしてください。スタジオは %1 で待機しています。</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="640"/>
        <source>Open this address in your browser to sign in: %1</source>
        <translation>サインインするには、ブラウザーでこのアドレスを開いてください: %1</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="644"/>
        <source>%1 / %2 authorized: credential &quot;%3&quot; stored.</source>
        <translation>%1 / %2 を認可しました: 認証情報「%3」を保存しました。</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="645"/>
        <source>Authorization of %1 / %2 failed: %3</source>
        <translation>%1 / %2 の認可に失敗しました: %3</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="650"/>
        <source>Starting %1 to sign in…</source>
        <translation>サインインのために %1 を起動しています…</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="657"/>
        <source>The plugin could not start to sign in: %1</source>
        <translation>サインインのためにプラグインを起動できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="677"/>
        <source>Auto-upgrade settings of %1 saved.</source>
        <translation>%1 の自動アップグレード設定を保存しました。</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="691"/>
        <source>Checking for automatic upgrades…</source>
        <translation>自動アップグレードを確認しています…</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="718"/>
        <source>%1 (failed)</source>
        <translation>%1（失敗）</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="763"/>
        <source>Installed plugins</source>
        <translation>インストール済みプラグイン</translation>
    </message>
</context>
<context>
    <name>Studio::App::JsonModel</name>
    <message>
        <location filename="../app/widgets/jsontreeview.cpp" line="167"/>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <location filename="../app/widgets/jsontreeview.cpp" line="168"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../app/widgets/jsontreeview.cpp" line="169"/>
        <source>Type</source>
        <translation>種類</translation>
    </message>
</context>
<context>
    <name>Studio::App::JsonTreeView</name>
    <message>
        <location filename="../app/widgets/jsontreeview.cpp" line="236"/>
        <source>Copy value</source>
        <translation>値をコピー</translation>
    </message>
    <message>
        <location filename="../app/widgets/jsontreeview.cpp" line="237"/>
        <source>Copy path</source>
        <translation>パスをコピー</translation>
    </message>
</context>
<context>
    <name>Studio::App::KeysDialog</name>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="251"/>
        <source>Signing Keys</source>
        <translation>署名キー</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="257"/>
        <source>Generate Key Pair...</source>
        <translation>鍵ペアを生成...</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="258"/>
        <source>Import Public Key...</source>
        <translation>公開鍵をインポート...</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="259"/>
        <source>Show Folder</source>
        <translation>フォルダーを表示</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="260"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="268"/>
        <source>Keys in %1. Public keys here are trusted when verifying packages.</source>
        <translation>キーの場所: %1。ここにある公開鍵は、パッケージの検証時に信頼されます。</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="275"/>
        <source>Generate Key Pair</source>
        <translation>鍵ペアを生成</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="275"/>
        <source>Key name (letters, digits, &apos;-&apos;, &apos;_&apos;):</source>
        <translation>キー名（英字、数字、&apos;-&apos;、&apos;_&apos;）：</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="281"/>
        <location filename="../app/package/packagedialog.cpp" line="286"/>
        <source>Import Public Key</source>
        <translation>公開鍵をインポート</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="281"/>
        <source>PEM files (*.pem)</source>
        <translation>PEM ファイル (*.pem)</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="291"/>
        <source>Key pair generated.</source>
        <translation>鍵ペアを生成しました。</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="302"/>
        <source>Private: %1</source>
        <translation>秘密鍵: %1</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="304"/>
        <source>Trusted public: %1</source>
        <translation>信頼済み公開鍵: %1</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="306"/>
        <source>No keys yet: generate a key pair to sign packages.</source>
        <translation>キーがまだありません。パッケージに署名するには鍵ペアを生成してください。</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="313"/>
        <source>Use 1-64 letters, digits, &apos;-&apos; or &apos;_&apos; for the key name.</source>
        <translation>キー名には 1～64 文字の英字、数字、&apos;-&apos;、&apos;_&apos; を使用してください。</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="319"/>
        <source>A key called %1 already exists; pick another name.</source>
        <translation>%1 という名前のキーはすでに存在します。別の名前を指定してください。</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="323"/>
        <source>Generating an RSA-4096 key pair...</source>
        <translation>RSA-4096 の鍵ペアを生成しています...</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="343"/>
        <source>Cannot copy the key to %1 (a key with that name may exist).</source>
        <translation>キーを %1 にコピーできません（同じ名前のキーが存在する可能性があります）。</translation>
    </message>
</context>
<context>
    <name>Studio::App::LogView</name>
    <message>
        <location filename="../app/widgets/logview.cpp" line="173"/>
        <source>Debug</source>
        <translation>デバッグ</translation>
    </message>
    <message>
        <location filename="../app/widgets/logview.cpp" line="173"/>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <location filename="../app/widgets/logview.cpp" line="173"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../app/widgets/logview.cpp" line="173"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../app/widgets/logview.cpp" line="182"/>
        <source>stderr only</source>
        <translation>stderr のみ</translation>
    </message>
    <message>
        <location filename="../app/widgets/logview.cpp" line="187"/>
        <source>Search log…</source>
        <translation>ログを検索…</translation>
    </message>
    <message>
        <location filename="../app/widgets/logview.cpp" line="192"/>
        <source>Prev</source>
        <translation>前へ</translation>
    </message>
    <message>
        <location filename="../app/widgets/logview.cpp" line="193"/>
        <source>Find previous (Shift+Enter)</source>
        <translation>前を検索（Shift+Enter）</translation>
    </message>
    <message>
        <location filename="../app/widgets/logview.cpp" line="195"/>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location filename="../app/widgets/logview.cpp" line="196"/>
        <source>Find next (Enter)</source>
        <translation>次を検索（Enter）</translation>
    </message>
    <message>
        <location filename="../app/widgets/logview.cpp" line="198"/>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/widgets/logview.cpp" line="268"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/widgets/logview.cpp" line="309"/>
        <source>%1 lines dropped (the log keeps the newest %2 lines)</source>
        <translation>%1 行を破棄しました（ログには最新の %2 行が保持されます）</translation>
    </message>
</context>
<context>
    <name>Studio::App::MainWindow</name>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="67"/>
        <source>No project</source>
        <translation>プロジェクトなし</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="80"/>
        <source>Validating...</source>
        <translation>検証中...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="90"/>
        <location filename="../app/mainwindow/mainwindow.cpp" line="680"/>
        <source>Plugin Studio</source>
        <translation>Plugin Studio</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="111"/>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="117"/>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="141"/>
        <source>&amp;New Plugin...</source>
        <translation>新規プラグイン(&amp;N)...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="141"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="142"/>
        <source>&amp;Open Folder...</source>
        <translation>フォルダーを開く(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="142"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="143"/>
        <source>Open &amp;Package...</source>
        <translation>パッケージを開く(&amp;P)...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="143"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="144"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="144"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="148"/>
        <location filename="../app/mainwindow/mainwindow.cpp" line="508"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="153"/>
        <source>Save A&amp;ll</source>
        <translation>すべて保存(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="153"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="154"/>
        <source>&amp;Close Tab</source>
        <translation>タブを閉じる(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="154"/>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="158"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="158"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="159"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="159"/>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="165"/>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="165"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="169"/>
        <source>&amp;Find...</source>
        <translation>検索(&amp;F)...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="169"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="173"/>
        <source>R&amp;eplace...</source>
        <translation>置換(&amp;E)...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="173"/>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="177"/>
        <source>&amp;Go to Line...</source>
        <translation>行へ移動(&amp;G)...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="177"/>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="178"/>
        <source>&amp;Problems</source>
        <translation>問題(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="178"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="183"/>
        <source>&amp;Validate Now</source>
        <translation>今すぐ検証(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="183"/>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="185"/>
        <source>Pac&amp;kage...</source>
        <translation>パッケージ化(&amp;K)...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="185"/>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="186"/>
        <source>&amp;Sign Package...</source>
        <translation>パッケージに署名(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="187"/>
        <source>&amp;Verify / Inspect Package...</source>
        <translation>パッケージの検証・確認(&amp;V)...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="188"/>
        <source>Signing &amp;Keys...</source>
        <translation>署名キー(&amp;K)...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="189"/>
        <source>&amp;Run in Console</source>
        <translation>コンソールで実行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="199"/>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="200"/>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="207"/>
        <source>&amp;About Plugin Studio</source>
        <translation>Plugin Studio について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="208"/>
        <source>About Plugin Studio</source>
        <translation>Plugin Studio について</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="209"/>
        <source>&lt;b&gt;Plugin Studio %1&lt;/b&gt;&lt;br&gt;Author, validate, package, sign, run and debug Dify plugins.&lt;br&gt;GPL-3.0-or-later.</source>
        <translation>&lt;b&gt;Plugin Studio %1&lt;/b&gt;&lt;br&gt;Dify プラグインの作成、検証、パッケージ化、署名、実行、デバッグを行います。&lt;br&gt;GPL-3.0-or-later。</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="216"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="220"/>
        <source>Recent &amp;Projects</source>
        <translation>最近のプロジェクト(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="228"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="237"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="241"/>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="246"/>
        <source>&amp;Plugin</source>
        <translation>プラグイン(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="255"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="258"/>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="308"/>
        <source>%1 is neither a plugin folder nor a .difypkg file.</source>
        <translation>%1 はプラグインフォルダーでも .difypkg ファイルでもありません。</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="309"/>
        <location filename="../app/mainwindow/mainwindow.cpp" line="392"/>
        <source>%1 does not exist.</source>
        <translation>%1 は存在しません。</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="312"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="341"/>
        <source>%1 has no manifest.yaml: it is not a plugin folder yet.</source>
        <translation>%1 に manifest.yaml がありません。まだプラグインフォルダーではありません。</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="401"/>
        <source>Open File</source>
        <translation>ファイルを開く</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="421"/>
        <source>Ln %1, Col %2</source>
        <translation>行 %1、列 %2</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="460"/>
        <source>%1 was deleted on disk; save to write it again.</source>
        <translation>%1 はディスク上で削除されました。保存すると再度書き込まれます。</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="471"/>
        <source>Reloaded %1 (changed on disk).</source>
        <translation>%1 を再読み込みしました（ディスク上で変更されました）。</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="477"/>
        <source>File Changed</source>
        <translation>ファイルが変更されました</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="478"/>
        <source>%1 changed on disk and has unsaved changes here. Reload it and lose your changes?</source>
        <translation>%1 はディスク上で変更されており、ここには未保存の変更があります。再読み込みして変更を破棄しますか？</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="491"/>
        <source>Unsaved Changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="492"/>
        <source>These files have unsaved changes:
%1

Save them?</source>
        <translation>次のファイルには未保存の変更があります:
%1

保存しますか？</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="639"/>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="642"/>
        <source>Clear List</source>
        <translation>一覧を消去</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="675"/>
        <source>Packaging is not part of this build.</source>
        <translation>このビルドにはパッケージ化機能が含まれていません。</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="680"/>
        <source>%1 - Plugin Studio</source>
        <translation>%1 - Plugin Studio</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="691"/>
        <source>Valid</source>
        <translation>有効</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="693"/>
        <source>%1 errors, %2 warnings</source>
        <translation>エラー %1 件、警告 %2 件</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="696"/>
        <source>Validated in %1 ms</source>
        <translation>検証時間 %1 ミリ秒</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="715"/>
        <source>Bundle created in %1.</source>
        <translation>%1 にバンドルを作成しました。</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="722"/>
        <source>Open Plugin Folder</source>
        <translation>プラグインフォルダーを開く</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="729"/>
        <source>Open Package</source>
        <translation>パッケージを開く</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="729"/>
        <source>Dify packages (*.difypkg)</source>
        <translation>Dify パッケージ (*.difypkg)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="741"/>
        <source>Packaged %1 (%2)</source>
        <translation>%1 をパッケージ化しました（%2）</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="769"/>
        <source>Go to Line</source>
        <translation>行へ移動</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="769"/>
        <source>Line (1-%1):</source>
        <translation>行（1-%1）：</translation>
    </message>
</context>
<context>
    <name>Studio::App::MarketplacePage</name>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="49"/>
        <source>Load more</source>
        <translation>さらに読み込む</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="51"/>
        <source>Install</source>
        <translation>インストール</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="51"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="58"/>
        <source>Search plugins…</source>
        <translation>プラグインを検索…</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="61"/>
        <source>tags, comma separated (search, image…)</source>
        <translation>タグ、カンマ区切り（search, image…）</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="63"/>
        <source>Most popular</source>
        <translation>人気順</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="64"/>
        <source>Recently updated</source>
        <translation>最近更新</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="65"/>
        <source>Newly released</source>
        <translation>新着</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="66"/>
        <source>First released</source>
        <translation>公開が古い順</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="67"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="67"/>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="67"/>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="67"/>
        <source>Agent strategies</source>
        <translation>エージェント戦略</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="67"/>
        <source>Extensions</source>
        <translation>拡張</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="68"/>
        <source>Data sources</source>
        <translation>データソース</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="68"/>
        <source>Triggers</source>
        <translation>トリガー</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="68"/>
        <source>Bundles</source>
        <translation>バンドル</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="103"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="142"/>
        <source>← Back to results</source>
        <translation>← 結果に戻る</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="175"/>
        <source>Versions</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="301"/>
        <source>Searching…</source>
        <translation>検索中…</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="315"/>
        <source>The Marketplace could not be reached and nothing is cached for this search: %1</source>
        <translation>マーケットプレイスに接続できず、この検索のキャッシュもありません: %1</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="316"/>
        <location filename="../app/marketplace/marketplacepage.cpp" line="739"/>
        <source>unknown error</source>
        <translation>不明なエラー</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="330"/>
        <source>%1 of %2 plugins</source>
        <translation>%2 件中 %1 件のプラグインを表示</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="367"/>
        <source>Offline — the Marketplace did not answer; these results come from the local cache and may be out of date.</source>
        <translation>オフライン — マーケットプレイスが応答しませんでした。これらの結果はローカルキャッシュからのもので、古い可能性があります。</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="405"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="421"/>
        <source>Could not load the details: %1</source>
        <translation>詳細を読み込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="428"/>
        <source>verified</source>
        <translation>検証済み</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="430"/>
        <source>partner</source>
        <translation>パートナー</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="433"/>
        <source>%1 · %2 installs · latest %3</source>
        <translation>%1 · %2 インストール · 最新 %3</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="435"/>
        <source>Deprecated: %1 (use %2)</source>
        <translation>非推奨: %1（%2 を使用してください）</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="222"/>
        <location filename="../app/marketplace/marketplacepage.cpp" line="442"/>
        <source>Install %1</source>
        <translation>%1 をインストール</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="570"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="571"/>
        <source>%1 — %2 · %3</source>
        <translation>%1 — %2 · %3</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="615"/>
        <source>bundle</source>
        <translation>バンドル</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="616"/>
        <source>Bundle · version %1</source>
        <translation>バンドル · バージョン %1</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="630"/>
        <source>Install bundle %1</source>
        <translation>バンドル %1 をインストール</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="634"/>
        <source>Plugins in this bundle: loading…</source>
        <translation>このバンドルのプラグイン: 読み込み中…</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="640"/>
        <source>The Marketplace did not say which version of this bundle is current.</source>
        <translation>マーケットプレイスからこのバンドルの現在のバージョンが示されませんでした。</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="649"/>
        <source>Could not load the bundle&apos;s plugins: %1</source>
        <translation>バンドルのプラグインを読み込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="665"/>
        <source>%1  ·  %2  ·  %3</source>
        <translation>%1  ·  %2  ·  %3</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="667"/>
        <source>GitHub  ·  %1</source>
        <translation>GitHub  ·  %1</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="669"/>
        <source>Embedded package  ·  %1</source>
        <translation>埋め込みパッケージ  ·  %1</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="670"/>
        <source>%1  ·  embedded package  ·  %2</source>
        <translation>%1  ·  埋め込みパッケージ  ·  %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/marketplace/marketplacepage.cpp" line="694"/>
        <source>%n plugin(s) in this bundle</source>
        <translation>
            <numerusform>このバンドルには %n 個のプラグインがあります</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="705"/>
        <source>Installing the bundle — follow it in the Installed plugins panel; if one of its plugins fails, none of them stays installed.</source>
        <translation>バンドルをインストールしています — 進行状況は「インストール済みプラグイン」パネルで確認できます。いずれかのプラグインが失敗すると、どのプラグインもインストールされたままにはなりません。</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="707"/>
        <source>The bundle could not be installed; see the Installed plugins panel.</source>
        <translation>バンドルをインストールできませんでした。「インストール済みプラグイン」パネルを確認してください。</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="715"/>
        <source>Installing %1 — follow it in the Installed plugins panel.</source>
        <translation>%1 をインストールしています — 「インストール済みプラグイン」パネルで進行状況を確認してください。</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="716"/>
        <source>%1 could not be installed; see the Installed plugins panel.</source>
        <translation>%1 をインストールできませんでした。「インストール済みプラグイン」パネルを確認してください。</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="725"/>
        <source>Downloading %1…</source>
        <translation>%1 をダウンロード中…</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="740"/>
        <source>Download failed: %1</source>
        <translation>ダウンロードに失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="751"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="756"/>
        <source>Downloaded %1 (%2 KiB); installing…</source>
        <translation>%1 をダウンロードしました（%2 KiB）。インストール中…</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="763"/>
        <source>Marketplace</source>
        <translation>マーケットプレイス</translation>
    </message>
</context>
<context>
    <name>Studio::App::NewPluginWizard</name>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="24"/>
        <source>A tool provider with one tool that workflows and agents can call.</source>
        <translation>ワークフローやエージェントから呼び出せるツールを 1 つ持つツールプロバイダー。</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="25"/>
        <source>A model provider that ships a fixed list of models (an LLM to start).</source>
        <translation>固定のモデル一覧を提供するモデルプロバイダー（まずは LLM 1 つから）。</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="26"/>
        <source>A model provider where users add their own model names and endpoints.</source>
        <translation>ユーザーが独自のモデル名とエンドポイントを追加するモデルプロバイダー。</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="27"/>
        <source>An agent strategy: the reasoning loop that drives models and tools.</source>
        <translation>エージェント戦略: モデルとツールを動かす推論ループ。</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="28"/>
        <source>HTTP endpoints (webhooks) served by the plugin.</source>
        <translation>プラグインが提供する HTTP エンドポイント（Webhook）。</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="29"/>
        <source>A tool provider plus endpoints: the only kinds that may be combined.</source>
        <translation>ツールプロバイダーとエンドポイント: 組み合わせ可能な唯一の種類です。</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="30"/>
        <source>A website-crawl datasource for knowledge pipelines.</source>
        <translation>ナレッジパイプライン用のウェブサイトクロール型データソース。</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="31"/>
        <source>A trigger that turns incoming webhooks into workflow events.</source>
        <translation>受信した Webhook をワークフローイベントに変換するトリガー。</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="32"/>
        <source>A bundle: a list of plugins installed together.</source>
        <translation>バンドル: まとめてインストールされるプラグインの一覧。</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="39"/>
        <location filename="../app/wizard/newpluginwizard.cpp" line="239"/>
        <source>New Plugin</source>
        <translation>新規プラグイン</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="46"/>
        <source>What kind of plugin?</source>
        <translation>プラグインの種類</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="47"/>
        <source>Every kind generates files that validate and package as they are.</source>
        <translation>どの種類でも、生成されたファイルはそのままで検証とパッケージ化に通ります。</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="60"/>
        <source>Name and description</source>
        <translation>名前と説明</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="65"/>
        <source>Shown in Dify (defaults to the name)</source>
        <translation>Dify に表示されます（既定は名前）</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="70"/>
        <source>e.g. utilities, productivity</source>
        <translation>例: utilities, productivity</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="83"/>
        <source>Name *</source>
        <translation>名前 *</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="84"/>
        <source>Author *</source>
        <translation>作成者 *</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="85"/>
        <source>Label</source>
        <translation>表示名</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="86"/>
        <source>Description *</source>
        <translation>説明 *</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="87"/>
        <source>Translations</source>
        <translation>翻訳</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="88"/>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="89"/>
        <source>Repository</source>
        <translation>リポジトリ</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="95"/>
        <source>Permissions and Python</source>
        <translation>権限と Python</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="96"/>
        <source>Endpoint plugins get the endpoint permission and agent strategies tool + LLM access automatically.</source>
        <translation>エンドポイントプラグインにはエンドポイント権限が、エージェント戦略にはツールと LLM へのアクセス権が自動的に付与されます。</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="97"/>
        <source>Invoke tools</source>
        <translation>ツールの呼び出し</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="98"/>
        <source>Invoke models</source>
        <translation>モデルの呼び出し</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="99"/>
        <source>Invoke workflow nodes</source>
        <translation>ワークフローノードの呼び出し</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="100"/>
        <source>Invoke apps</source>
        <translation>アプリの呼び出し</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="101"/>
        <source>Persistent storage</source>
        <translation>永続ストレージ</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="105"/>
        <source> bytes</source>
        <translation> バイト</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="114"/>
        <source>Looking for python3...</source>
        <translation>python3 を探しています...</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="125"/>
        <source>Python version</source>
        <translation>Python バージョン</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="126"/>
        <source>SDK requirement</source>
        <translation>SDK 要件</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="132"/>
        <source>Where to create it</source>
        <translation>作成場所</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="135"/>
        <source>Browse...</source>
        <translation>参照...</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="142"/>
        <source>Parent folder</source>
        <translation>親フォルダー</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="146"/>
        <source>Parent Folder</source>
        <translation>親フォルダー</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="166"/>
        <location filename="../app/wizard/newpluginwizard.cpp" line="176"/>
        <source>python3 was not found; the requirement follows the Python version chosen above.</source>
        <translation>python3 が見つかりません。要件は上で選択した Python バージョンに従います。</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="169"/>
        <source>Local python3 is %1: %2 installs on it.</source>
        <translation>ローカルの python3 は %1 です: %2 がインストールされます。</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="222"/>
        <source>A %1 plugin will be created in %2.</source>
        <translation>%2 に %1 プラグインが作成されます。</translation>
    </message>
</context>
<context>
    <name>Studio::App::OAuthClientDialog</name>
    <message>
        <location filename="../app/workspace/oauthclientdialog.cpp" line="26"/>
        <source>Use this custom client (off: the system / default client)</source>
        <translation>このカスタムクライアントを使用する（オフ: システム / デフォルトのクライアント）</translation>
    </message>
    <message>
        <location filename="../app/workspace/oauthclientdialog.cpp" line="30"/>
        <source>OAuth client — %1 / %2</source>
        <translation>OAuth クライアント — %1 / %2</translation>
    </message>
    <message>
        <location filename="../app/workspace/oauthclientdialog.cpp" line="31"/>
        <source>Register an OAuth app at the provider with the redirect URI below, then enter its client settings. They are stored encrypted in the workspace.</source>
        <translation>下のリダイレクト URI を使ってプロバイダーで OAuth アプリを登録し、そのクライアント設定を入力してください。設定は暗号化されてワークスペースに保存されます。</translation>
    </message>
    <message>
        <location filename="../app/workspace/oauthclientdialog.cpp" line="40"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../app/workspace/oauthclientdialog.cpp" line="42"/>
        <source>Copy the redirect URI to the clipboard</source>
        <translation>リダイレクト URI をクリップボードにコピー</translation>
    </message>
    <message>
        <location filename="../app/workspace/oauthclientdialog.cpp" line="47"/>
        <source>Redirect URI:</source>
        <translation>リダイレクト URI:</translation>
    </message>
    <message>
        <location filename="../app/workspace/oauthclientdialog.cpp" line="54"/>
        <source>Remove client</source>
        <translation>クライアントを削除</translation>
    </message>
    <message>
        <location filename="../app/workspace/oauthclientdialog.cpp" line="56"/>
        <source>Save and authorize…</source>
        <translation>保存して認可…</translation>
    </message>
    <message>
        <location filename="../app/workspace/oauthclientdialog.cpp" line="58"/>
        <source>Saves the client, then signs in at the provider in your browser</source>
        <translation>クライアントを保存してから、ブラウザーでプロバイダーにサインインします</translation>
    </message>
    <message>
        <location filename="../app/workspace/oauthclientdialog.cpp" line="72"/>
        <source>Redirect URI copied.</source>
        <translation>リダイレクト URI をコピーしました。</translation>
    </message>
    <message>
        <location filename="../app/workspace/oauthclientdialog.cpp" line="90"/>
        <source>No workspace is open.</source>
        <translation>ワークスペースが開かれていません。</translation>
    </message>
    <message>
        <location filename="../app/workspace/oauthclientdialog.cpp" line="116"/>
        <source>The stored client cannot be read: %1</source>
        <translation>保存されているクライアントを読み込めません: %1</translation>
    </message>
    <message>
        <location filename="../app/workspace/oauthclientdialog.cpp" line="137"/>
        <source>%1 (expires %2)</source>
        <translation>%1（有効期限 %2）</translation>
    </message>
    <message>
        <location filename="../app/workspace/oauthclientdialog.cpp" line="139"/>
        <source>Not authorized yet.</source>
        <translation>まだ認可されていません。</translation>
    </message>
    <message>
        <location filename="../app/workspace/oauthclientdialog.cpp" line="140"/>
        <source>Authorized: %1</source>
        <translation>認可済み: %1</translation>
    </message>
    <message>
        <location filename="../app/workspace/oauthclientdialog.cpp" line="157"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <location filename="../app/workspace/oauthclientdialog.cpp" line="170"/>
        <source>The OAuth client was removed. Authorized credentials stay until you delete them.</source>
        <translation>OAuth クライアントを削除しました。認可済みの認証情報は、削除するまで残ります。</translation>
    </message>
</context>
<context>
    <name>Studio::App::PackageDialog</name>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="59"/>
        <source>community</source>
        <translation>コミュニティ</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="60"/>
        <source>partner</source>
        <translation>パートナー</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="61"/>
        <source>langgenius</source>
        <translation>langgenius</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="62"/>
        <source>legacy (comment only)</source>
        <translation>レガシー（コメントのみ）</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="69"/>
        <source>Package Plugin</source>
        <translation>プラグインをパッケージ化</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="75"/>
        <source>Browse...</source>
        <translation>参照...</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="82"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="83"/>
        <source>Sign the package</source>
        <translation>パッケージに署名する</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="89"/>
        <source>Generate a key pair first (Plugin &gt; Keys).</source>
        <translation>先に鍵ペアを生成してください（プラグイン &gt; キー）。</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="108"/>
        <source>Plugin folder</source>
        <translation>プラグインフォルダー</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="109"/>
        <source>Output file</source>
        <translation>出力ファイル</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="110"/>
        <source>Size limit</source>
        <translation>サイズ上限</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="112"/>
        <source>Private key</source>
        <translation>秘密鍵</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="113"/>
        <source>Category</source>
        <translation>カテゴリー</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="116"/>
        <source>Identifier</source>
        <translation>識別子</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="117"/>
        <source>Checksum</source>
        <translation>チェックサム</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="118"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="121"/>
        <source>Package</source>
        <translation>パッケージ化</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="130"/>
        <source>Save Package</source>
        <translation>パッケージを保存</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="130"/>
        <source>Dify packages (*.difypkg)</source>
        <translation>Dify パッケージ (*.difypkg)</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="138"/>
        <source>Cancelling...</source>
        <translation>キャンセル中...</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="145"/>
        <source>This build has no packager (core/package/packagewriter.h).</source>
        <translation>このビルドにはパッケージャー（core/package/packagewriter.h）がありません。</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="174"/>
        <source>Validating and packaging...</source>
        <translation>検証してパッケージ化しています...</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="236"/>
        <source>Written %1</source>
        <translation>%1 を書き込みました</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="245"/>
        <source>Cancelled; nothing was written.</source>
        <translation>キャンセルしました。何も書き込まれていません。</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="245"/>
        <source>Failed: %1</source>
        <translation>失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>Studio::App::PackageInspector</name>
    <message>
        <location filename="../app/package/packageinspector.cpp" line="36"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../app/package/packageinspector.cpp" line="58"/>
        <source>Identifier</source>
        <translation>識別子</translation>
    </message>
    <message>
        <location filename="../app/package/packageinspector.cpp" line="59"/>
        <source>Checksum</source>
        <translation>チェックサム</translation>
    </message>
    <message>
        <location filename="../app/package/packageinspector.cpp" line="60"/>
        <source>Category</source>
        <translation>カテゴリー</translation>
    </message>
    <message>
        <location filename="../app/package/packageinspector.cpp" line="61"/>
        <source>Signature</source>
        <translation>署名</translation>
    </message>
    <message>
        <location filename="../app/package/packageinspector.cpp" line="62"/>
        <source>Validation</source>
        <translation>検証</translation>
    </message>
    <message>
        <location filename="../app/package/packageinspector.cpp" line="64"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../app/package/packageinspector.cpp" line="64"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../app/package/packageinspector.cpp" line="84"/>
        <source>Reading %1...</source>
        <translation>%1 を読み込んでいます...</translation>
    </message>
    <message>
        <location filename="../app/package/packageinspector.cpp" line="141"/>
        <source>&lt;b&gt;Cannot open the package:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;パッケージを開けません:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../app/package/packageinspector.cpp" line="149"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 (read-only)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2（読み取り専用）</translation>
    </message>
    <message>
        <location filename="../app/package/packageinspector.cpp" line="155"/>
        <source>No errors.</source>
        <translation>エラーはありません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/package/packageinspector.cpp" line="155"/>
        <source>%n errors: %1</source>
        <translation>
            <numerusform>エラー %n 件: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Studio::App::ProblemsPanel</name>
    <message>
        <location filename="../app/problems/problemsdock.cpp" line="26"/>
        <source>Errors, warnings and info</source>
        <translation>エラー・警告・情報</translation>
    </message>
    <message>
        <location filename="../app/problems/problemsdock.cpp" line="27"/>
        <source>Errors and warnings</source>
        <translation>エラーと警告</translation>
    </message>
    <message>
        <location filename="../app/problems/problemsdock.cpp" line="28"/>
        <source>Errors only</source>
        <translation>エラーのみ</translation>
    </message>
    <message>
        <location filename="../app/problems/problemsdock.cpp" line="30"/>
        <source>Filter problems</source>
        <translation>問題を絞り込む</translation>
    </message>
    <message>
        <location filename="../app/problems/problemsdock.cpp" line="33"/>
        <source>Layers</source>
        <translation>レイヤー</translation>
    </message>
    <message>
        <location filename="../app/problems/problemsdock.cpp" line="36"/>
        <source>Packaging (pkg)</source>
        <translation>パッケージ化（pkg）</translation>
    </message>
    <message>
        <location filename="../app/problems/problemsdock.cpp" line="36"/>
        <source>Install (install)</source>
        <translation>インストール（install）</translation>
    </message>
    <message>
        <location filename="../app/problems/problemsdock.cpp" line="37"/>
        <source>Struct tags (strict)</source>
        <translation>構造体タグ（strict）</translation>
    </message>
    <message>
        <location filename="../app/problems/problemsdock.cpp" line="37"/>
        <source>Python SDK (sdk)</source>
        <translation>Python SDK（sdk）</translation>
    </message>
    <message>
        <location filename="../app/problems/problemsdock.cpp" line="38"/>
        <source>Marketplace review (review)</source>
        <translation>マーケットプレイス審査（review）</translation>
    </message>
    <message>
        <location filename="../app/problems/problemsdock.cpp" line="38"/>
        <source>Studio advice (studio)</source>
        <translation>スタジオのアドバイス（studio）</translation>
    </message>
    <message>
        <location filename="../app/problems/problemsdock.cpp" line="85"/>
        <location filename="../app/problems/problemsdock.cpp" line="90"/>
        <source>%1 errors, %2 warnings</source>
        <translation>エラー %1 件、警告 %2 件</translation>
    </message>
    <message>
        <location filename="../app/problems/problemsdock.cpp" line="90"/>
        <source>Validating...</source>
        <translation>検証中...</translation>
    </message>
</context>
<context>
    <name>Studio::App::ProjectExplorer</name>
    <message>
        <location filename="../app/mainwindow/projectexplorer.cpp" line="53"/>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/projectexplorer.cpp" line="54"/>
        <source>Structure</source>
        <translation>構造</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/projectexplorer.cpp" line="113"/>
        <source>Manifest: %1</source>
        <translation>マニフェスト: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/projectexplorer.cpp" line="119"/>
        <source>Tool provider: %1</source>
        <translation>ツールプロバイダー: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/projectexplorer.cpp" line="121"/>
        <source>Tool: %1</source>
        <translation>ツール: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/projectexplorer.cpp" line="127"/>
        <source>Model provider: %1</source>
        <translation>モデルプロバイダー: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/projectexplorer.cpp" line="129"/>
        <source>Model: %1 (%2)</source>
        <translation>モデル: %1（%2）</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/projectexplorer.cpp" line="133"/>
        <source>Agent strategy provider: %1</source>
        <translation>エージェント戦略プロバイダー: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/projectexplorer.cpp" line="135"/>
        <source>Strategy: %1</source>
        <translation>戦略: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/projectexplorer.cpp" line="139"/>
        <source>Endpoint group</source>
        <translation>エンドポイントグループ</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/projectexplorer.cpp" line="145"/>
        <source>Datasource provider: %1</source>
        <translation>データソースプロバイダー: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/projectexplorer.cpp" line="147"/>
        <source>Datasource: %1</source>
        <translation>データソース: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/projectexplorer.cpp" line="151"/>
        <source>Trigger provider: %1</source>
        <translation>トリガープロバイダー: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/projectexplorer.cpp" line="153"/>
        <source>Event: %1</source>
        <translation>イベント: %1</translation>
    </message>
</context>
<context>
    <name>Studio::App::SignDialog</name>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="352"/>
        <source>Sign Package</source>
        <translation>パッケージに署名</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="356"/>
        <source>Browse...</source>
        <translation>参照...</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="368"/>
        <source>Sign</source>
        <translation>署名</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="371"/>
        <location filename="../app/package/packagedialog.cpp" line="382"/>
        <source>Package</source>
        <translation>パッケージ化</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="372"/>
        <source>Private key</source>
        <translation>秘密鍵</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="373"/>
        <source>Category</source>
        <translation>カテゴリー</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="375"/>
        <source>Identifier</source>
        <translation>識別子</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="379"/>
        <source>No private key: generate one in Plugin &gt; Keys first.</source>
        <translation>秘密鍵がありません: 先に「プラグイン &gt; キー」で生成してください。</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="382"/>
        <source>Dify packages (*.difypkg)</source>
        <translation>Dify パッケージ (*.difypkg)</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="389"/>
        <source>Signing...</source>
        <translation>署名しています...</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="399"/>
        <source>Written %1</source>
        <translation>%1 を書き込みました</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="399"/>
        <source>Failed: %1</source>
        <translation>失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>Studio::App::WorkspaceSettingsDialog</name>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="24"/>
        <source>Workspace Settings</source>
        <translation>ワークスペース設定</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="28"/>
        <source>Base URL of the Dify Marketplace (or a self-hosted one).</source>
        <translation>Dify Marketplace（またはセルフホストのマーケットプレイス）のベース URL。</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="29"/>
        <source>Marketplace URL</source>
        <translation>マーケットプレイス URL</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="32"/>
        <source>e.g. http://localhost/v1</source>
        <translation>例: http://localhost/v1</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="33"/>
        <source>Dify service API that answers plugins&apos; reverse app calls. Leave empty to refuse them with a &apos;not configured&apos; error.</source>
        <translation>プラグインからのアプリのリバース呼び出しに応答する Dify サービス API。空欄にすると、&apos;not configured&apos; エラーで拒否します。</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="35"/>
        <source>Dify instance URL</source>
        <translation>Dify インスタンス URL</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="41"/>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="58"/>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="174"/>
        <source>(stored, encrypted; type to replace)</source>
        <translation>（暗号化して保存済み。入力すると置き換えます）</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="41"/>
        <source>app API key</source>
        <translation>アプリ API キー</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="42"/>
        <source>Dify API key</source>
        <translation>Dify API キー</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="45"/>
        <source>Workflow nodes and summaries called by plugins</source>
        <translation>プラグインが呼び出すワークフローノードと要約</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="49"/>
        <source>e.g. http://localhost:5001 (empty: the studio runs them itself)</source>
        <translation>例: http://localhost:5001（空欄: スタジオ自身が実行）</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="50"/>
        <source>Dify API server that runs question-classifier, parameter-extractor and summary calls (the daemon&apos;s DIFY_INNER_API_URL). Leave empty to run them in the studio on a model plugin.</source>
        <translation>質問分類器、パラメータ抽出器、要約の呼び出しを実行する Dify API サーバー（デーモンの DIFY_INNER_API_URL）。空欄にすると、スタジオでモデルプラグインを使って実行します。</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="53"/>
        <source>Dify inner API URL</source>
        <translation>Dify 内部 API URL</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="59"/>
        <source>INNER_API_KEY_FOR_PLUGIN of the Dify side</source>
        <translation>Dify 側の INNER_API_KEY_FOR_PLUGIN</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="60"/>
        <source>Inner API key</source>
        <translation>内部 API キー</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="63"/>
        <source>provider, e.g. langgenius/openai/openai</source>
        <translation>プロバイダー（例: langgenius/openai/openai）</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="66"/>
        <source>model, e.g. gpt-4o-mini</source>
        <translation>モデル（例: gpt-4o-mini）</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="70"/>
        <source>System model</source>
        <translation>システムモデル</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="71"/>
        <source>Without an inner API, classifier and extractor nodes run on the model they name and summaries on the system model; the plugin that provides the model must be running in the studio.</source>
        <translation>内部 API がない場合、分類器ノードと抽出器ノードは指定されたモデルで、要約はシステムモデルで実行されます。そのモデルを提供するプラグインがスタジオで実行中である必要があります。</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="80"/>
        <source>Allow installing unsigned or unverified packages</source>
        <translation>署名のない、または未検証のパッケージのインストールを許可する</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="83"/>
        <source>Unsigned packages can run any code on this machine. Only install packages whose source you trust; the signature category is always shown.</source>
        <translation>署名のないパッケージは、このマシン上で任意のコードを実行できます。提供元を信頼できるパッケージのみをインストールしてください。署名のカテゴリは常に表示されます。</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="96"/>
        <source>Report installs to the Marketplace</source>
        <translation>インストールをマーケットプレイスに報告する</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="98"/>
        <source>After a plugin is installed or upgraded from the Marketplace, tell the Marketplace its identifier so its install count goes up (as Dify does). Nothing else is sent.</source>
        <translation>マーケットプレイスからプラグインをインストールまたはアップグレードした後、その識別子をマーケットプレイスに通知してインストール数を増やします（Dify と同様）。それ以外は何も送信されません。</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="127"/>
        <source>The Marketplace URL must be a full URL such as https://marketplace.dify.ai.</source>
        <translation>マーケットプレイス URL は https://marketplace.dify.ai のような完全な URL である必要があります。</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="132"/>
        <source>The Dify instance URL must be a full URL such as http://localhost/v1, or empty.</source>
        <translation>Dify インスタンス URL は http://localhost/v1 のような完全な URL にするか、空欄にしてください。</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="138"/>
        <source>The Dify inner API URL must be a full URL such as http://localhost:5001, or empty.</source>
        <translation>Dify 内部 API URL は http://localhost:5001 のような完全な URL にするか、空欄にしてください。</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="141"/>
        <source>The Dify inner API needs its key (INNER_API_KEY_FOR_PLUGIN in Dify&apos;s settings).</source>
        <translation>Dify 内部 API にはキーが必要です（Dify の設定の INNER_API_KEY_FOR_PLUGIN）。</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="145"/>
        <source>The system model needs both its provider and its model name, or leave both empty.</source>
        <translation>システムモデルにはプロバイダーとモデル名の両方を指定するか、両方とも空欄にしてください。</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="175"/>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="189"/>
        <source>optional; raises GitHub&apos;s rate limit</source>
        <translation>任意。GitHub のレート制限が緩和されます</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="176"/>
        <source>Sent as a Bearer token to the GitHub API only (release listings), never to download hosts. GITHUB_TOKEN in the environment takes precedence.</source>
        <translation>Bearer トークンとして GitHub API（リリース一覧）にのみ送信され、ダウンロード先のホストには送信されません。環境変数 GITHUB_TOKEN が優先されます。</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="178"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="183"/>
        <source>The GitHub token could not be removed: %1</source>
        <translation>GitHub トークンを削除できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="195"/>
        <source>GitHub token</source>
        <translation>GitHub トークン</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="206"/>
        <source>Workspace key</source>
        <translation>ワークスペースキー</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="214"/>
        <source>OS keychain, service &quot;%1&quot;</source>
        <translation>OS キーチェーン、サービス「%1」</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="215"/>
        <source>File %1 (readable by you only)</source>
        <translation>ファイル %1（あなただけが読み取り可能）</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="217"/>
        <source>%1
Secrets (credentials, API keys, the GitHub token) are encrypted with this key. The CLI uses the same location.</source>
        <translation>%1
シークレット（認証情報、API キー、GitHub トークン）はこのキーで暗号化されます。CLI も同じ場所を使用します。</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="219"/>
        <source>Move to file</source>
        <translation>ファイルに移動</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="219"/>
        <source>Move to keychain</source>
        <translation>キーチェーンに移動</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="226"/>
        <source>OS keychain — cannot be reached</source>
        <translation>OS キーチェーン — アクセスできません</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="164"/>
        <source>The settings could not be saved: %1</source>
        <translation>設定を保存できませんでした: %1</translation>
    </message>
</context>
</TS>
