<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_Hans">
<context>
    <name>Bundle</name>
    <message>
        <location filename="../core/package/bundle.cpp" line="112"/>
        <source>Bundle not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/bundle.cpp" line="116"/>
        <source>%1 has no manifest.yaml; is it a bundle folder? Create one with `bundle init`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/bundle.cpp" line="135"/>
        <source>failed to load bundle manifest: %1 has no manifest.yaml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/bundle.cpp" line="139"/>
        <source>failed to load bundle manifest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/bundle.cpp" line="186"/>
        <source>&quot;%1&quot; is not a valid marketplace pattern; use org/plugin:VERSION, e.g. langgenius/openai:^0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/bundle.cpp" line="194"/>
        <source>&quot;%1&quot; is not a valid GitHub pattern; use owner/repo:VERSION/asset-name.difypkg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/bundle.cpp" line="206"/>
        <source>%1 does not decode as a plugin: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/bundle.cpp" line="223"/>
        <source>No dependency at index %1; the bundle has %2 (see `bundle analyze`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/bundle.cpp" line="236"/>
        <source>&quot;%1&quot; is not a valid version; use MAJOR.MINOR.PATCH, e.g. 0.0.2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/bundle.cpp" line="279"/>
        <source>Cannot read _assets/%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/bundle.cpp" line="288"/>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/bundle.cpp" line="296"/>
        <source>The bundle is larger than 600 MiB; Dify refuses it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigForm</name>
    <message>
        <location filename="../app/widgets/configform.cpp" line="117"/>
        <source>Raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="123"/>
        <source>No fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="185"/>
        <location filename="../app/widgets/configform.cpp" line="191"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="188"/>
        <source>Show or hide the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="191"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="209"/>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="225"/>
        <source>min %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="227"/>
        <source>max %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="240"/>
        <source>paths separated by ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="240"/>
        <source>path of a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="241"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="244"/>
        <source>Choose files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="248"/>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="262"/>
        <source>JSON value (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="286"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="298"/>
        <source>How to get it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="440"/>
        <source>The raw JSON is not a JSON object (%1). Fix it or switch back to the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="441"/>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="448"/>
        <location filename="../app/widgets/configform.cpp" line="476"/>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="458"/>
        <source>%1 must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="463"/>
        <source>%1 must be at least %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="465"/>
        <source>%1 must be at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="471"/>
        <source>%1 is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsolePanel</name>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="65"/>
        <location filename="../app/console/consolepanel.cpp" line="99"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="65"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="80"/>
        <source>Run the action (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="87"/>
        <source>Pick a plugin and an action, fill the form, then Run (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="90"/>
        <source>Replay a history entry to see what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="107"/>
        <source>Plugin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="109"/>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="118"/>
        <source>Preparing the Python environment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="120"/>
        <source>Cancel preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="134"/>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="137"/>
        <source>Credentials / settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="154"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="155"/>
        <source>Result JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="156"/>
        <source>Plugin logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="161"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="161"/>
        <source>Plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="161"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="161"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="161"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="161"/>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="170"/>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="172"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="173"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="180"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="181"/>
        <source>Replay diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="192"/>
        <location filename="../app/console/consolepanel.cpp" line="197"/>
        <source>Export invocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="193"/>
        <location filename="../app/console/consolepanel.cpp" line="200"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="200"/>
        <location filename="../app/console/consolepanel.cpp" line="204"/>
        <source>Import invocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="250"/>
        <source>%1 (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="264"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="279"/>
        <source>The plugin could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="301"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="331"/>
        <source>Permission denied: %1 tried a &quot;%2&quot; reverse call — %3. Add the permission to manifest.yaml (resource.permission) if the plugin needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="425"/>
        <source>Open or connect a plugin first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="438"/>
        <source>Starting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="454"/>
        <source>%1 is not running. Start it (or reconnect the debug session) and run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="455"/>
        <source>The plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="480"/>
        <source>Running %1/%2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="484"/>
        <source>reverse call: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="495"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="535"/>
        <source>Usage: %1 prompt + %2 completion = %3 tokens, %4 %5, %6 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="568"/>
        <source>[%1] %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="602"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="605"/>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="621"/>
        <source>Could not load the image %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="637"/>
        <location filename="../app/console/consolepanel.cpp" line="642"/>
        <source>Save file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="642"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="677"/>
        <source>%1 in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="682"/>
        <source>Same result as the original run (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="708"/>
        <source>%1 is not open in the studio; open or connect it to replay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="730"/>
        <location filename="../app/console/consolepanel.cpp" line="740"/>
        <source>There is no history in this console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="733"/>
        <source>That history entry no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="774"/>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebugPanel</name>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="53"/>
        <source>Allow other machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="66"/>
        <source>Remote debug server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="72"/>
        <source>any free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="88"/>
        <source>Rotate key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="90"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="96"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="99"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="104"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="114"/>
        <source>.env</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="141"/>
        <source>%1 closed (no handshake).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="142"/>
        <source>Refused %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="145"/>
        <source>%1 connected from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="149"/>
        <source>%1 disconnected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="154"/>
        <source>Connected plugins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="164"/>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="166"/>
        <source>Open in console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="167"/>
        <source>Inspect only this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="177"/>
        <source>disconnected from the studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="189"/>
        <source>Message inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="192"/>
        <source>plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="194"/>
        <source>session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="196"/>
        <source>type (e.g. request: or stream)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="207"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="229"/>
        <source>Select a message to see it as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="237"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="238"/>
        <source>Save capture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="239"/>
        <source>Open capture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="240"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="253"/>
        <location filename="../app/debug/debugpanel.cpp" line="258"/>
        <source>Save capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="254"/>
        <source>Captures (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="263"/>
        <location filename="../app/debug/debugpanel.cpp" line="267"/>
        <source>Open capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="263"/>
        <source>Captures (*.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="280"/>
        <source>debug.dify.ai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="284"/>
        <source>the debug key shown by Dify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="285"/>
        <location filename="../app/debug/debugpanel.cpp" line="297"/>
        <source>Start relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="287"/>
        <source>Upstream host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="288"/>
        <source>Upstream port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="289"/>
        <source>Upstream key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="295"/>
        <location filename="../app/debug/debugpanel.cpp" line="310"/>
        <source>Stop relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="298"/>
        <location filename="../app/debug/debugpanel.cpp" line="453"/>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="302"/>
        <source>Enter the upstream host and key that your Dify instance shows under Plugins › Debug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="311"/>
        <source>Plugins connect to 127.0.0.1:%1 with key %2; traffic goes to %3:%4 and shows in the inspector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="318"/>
        <source>Relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="324"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="324"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="324"/>
        <source>Plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="324"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="330"/>
        <source>New for selected plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="331"/>
        <source>Copy URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="332"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="333"/>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="343"/>
        <location filename="../app/debug/debugpanel.cpp" line="351"/>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="351"/>
        <source>Select a connected plugin first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="354"/>
        <source>%1 endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="389"/>
        <source>Endpoint settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="431"/>
        <source>&quot;%1&quot; is not an IP address. Use 127.0.0.1 (this machine) or 0.0.0.0 (every interface).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="443"/>
        <source>Listening on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="480"/>
        <source>Stop server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="480"/>
        <source>Start server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="490"/>
        <source>Key expires %1 if unused (each connection renews it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="492"/>
        <source>Key never expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="498"/>
        <source>⚠ Listening on %1 exposes the debug server to other machines on the network; anyone with the key can register a plugin. Prefer 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="551"/>
        <source>(endpoint server not running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="560"/>
        <source>Remote debug</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebugPluginsModel</name>
    <message>
        <location filename="../app/debug/inspectormodel.cpp" line="218"/>
        <source>disconnected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/inspectormodel.cpp" line="234"/>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/inspectormodel.cpp" line="234"/>
        <source>closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/inspectormodel.cpp" line="252"/>
        <source>Plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/inspectormodel.cpp" line="253"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/inspectormodel.cpp" line="254"/>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/inspectormodel.cpp" line="255"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/inspectormodel.cpp" line="256"/>
        <source>Uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/inspectormodel.cpp" line="257"/>
        <source>Last heartbeat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosticsModel</name>
    <message>
        <location filename="../app/models/diagnosticsmodel.cpp" line="54"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../app/models/diagnosticsmodel.cpp" line="55"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../app/models/diagnosticsmodel.cpp" line="56"/>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <location filename="../app/models/diagnosticsmodel.cpp" line="109"/>
        <source>Severity</source>
        <translation>严重性</translation>
    </message>
    <message>
        <location filename="../app/models/diagnosticsmodel.cpp" line="110"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../app/models/diagnosticsmodel.cpp" line="111"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../app/models/diagnosticsmodel.cpp" line="112"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../app/models/diagnosticsmodel.cpp" line="113"/>
        <source>Layer</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../app/models/diagnosticsmodel.cpp" line="114"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="251"/>
        <source>invalid YAML path &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="257"/>
        <source>it ends with a backslash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="262"/>
        <location filename="../core/yaml/yamleditor.cpp" line="291"/>
        <source>empty key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="274"/>
        <source>&apos;[&apos; without &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="278"/>
        <source>the index must be a number &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="282"/>
        <source>&apos;]&apos; without &apos;[&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="322"/>
        <source>internal error: edit range out of bounds; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="328"/>
        <source>the edit at %1 would make the YAML invalid (%2); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="383"/>
        <source>the edit at %1 would change more than that value (is it shared through a YAML alias, or written in an unusual style?); nothing was changed — edit the text directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="434"/>
        <location filename="../core/yaml/yamleditor.cpp" line="588"/>
        <location filename="../core/yaml/yamleditor.cpp" line="701"/>
        <source>no document is loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="443"/>
        <location filename="../core/yaml/yamleditor.cpp" line="599"/>
        <location filename="../core/yaml/yamleditor.cpp" line="659"/>
        <source>%1 was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="447"/>
        <source>%1 does not exist: item %2 is out of range (append items instead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="496"/>
        <location filename="../core/yaml/yamleditor.cpp" line="543"/>
        <source>cannot find the &apos;:&apos; after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="507"/>
        <source>%1 has the tag %2 on another line; edit the text directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="553"/>
        <source>cannot replace %1: other content follows it on the same line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="570"/>
        <source>cannot replace %1 in this position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="611"/>
        <source>%1 is not a mapping; cannot add key &apos;%2&apos; to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="613"/>
        <source>%1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="619"/>
        <source>key &apos;%1&apos; not found in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="637"/>
        <source>cannot insert after %1: other content follows it on the same line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="656"/>
        <source>&apos;%1&apos; does not name a mapping key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="680"/>
        <source>cannot remove %1: other content follows it on the same line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="685"/>
        <source>cannot remove %1 in this layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="709"/>
        <location filename="../core/yaml/yamleditor.cpp" line="748"/>
        <location filename="../core/yaml/yamleditor.cpp" line="792"/>
        <source>%1 is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="721"/>
        <source>cannot find the &apos;-&apos; of the last item of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="726"/>
        <source>cannot append to %1: other content follows its last item on the same line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="751"/>
        <source>%1 has no item %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="765"/>
        <source>cannot find the &apos;-&apos; of item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="770"/>
        <location filename="../core/yaml/yamleditor.cpp" line="778"/>
        <source>cannot remove item %1 in this layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="796"/>
        <source>cannot move item %1 to %2: %3 has %4 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="815"/>
        <source>cannot reorder %1: its items do not each start on their own line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="836"/>
        <source>cannot reorder %1 in this layout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <location filename="../app/editors/document.cpp" line="97"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/document.cpp" line="103"/>
        <source>%1 is a binary file; it cannot be edited as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/document.cpp" line="128"/>
        <source>Cannot save %1: %2. Your changes are still in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/document.cpp" line="186"/>
        <source>Typing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileKeyProvider</name>
    <message>
        <location filename="../core/workspace/secrets.cpp" line="40"/>
        <source>Cannot read the workspace key %1: %2. Check its owner and permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/secrets.cpp" line="45"/>
        <source>The workspace key %1 is damaged (expected 64 hex digits). Restore it from a backup; without it the stored secrets cannot be decrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/secrets.cpp" line="54"/>
        <source>The system random generator failed; cannot create a workspace key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/secrets.cpp" line="58"/>
        <source>Cannot create the workspace key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/secrets.cpp" line="62"/>
        <source>Cannot write the workspace key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../app/editors/code/codeeditor.cpp" line="237"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../app/editors/code/codeeditor.cpp" line="240"/>
        <source>Replace with</source>
        <translation>替换为</translation>
    </message>
    <message>
        <location filename="../app/editors/code/codeeditor.cpp" line="241"/>
        <source>Regex</source>
        <translation>正则</translation>
    </message>
    <message>
        <location filename="../app/editors/code/codeeditor.cpp" line="242"/>
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <location filename="../app/editors/code/codeeditor.cpp" line="244"/>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <location filename="../app/editors/code/codeeditor.cpp" line="246"/>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <location filename="../app/editors/code/codeeditor.cpp" line="248"/>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <location filename="../app/editors/code/codeeditor.cpp" line="250"/>
        <source>Replace all</source>
        <translation>全部替换</translation>
    </message>
    <message>
        <location filename="../app/editors/code/codeeditor.cpp" line="253"/>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/code/codeeditor.cpp" line="307"/>
        <location filename="../app/editors/code/codeeditor.cpp" line="314"/>
        <source>No match</source>
        <translation>无匹配</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editors/code/codeeditor.cpp" line="321"/>
        <source>%n replaced</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormEditor</name>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="64"/>
        <source>This build has no comment-preserving YAML editor: the form is read-only; edit the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="99"/>
        <source>The text does not parse, so the form shows the last good state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="197"/>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="268"/>
        <source>Icon file not found in _assets/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="289"/>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="289"/>
        <source>falls back to en_US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="299"/>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="310"/>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="332"/>
        <source> bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="333"/>
        <source>Storage size: 1024 to 1073741824 bytes, required whenever the storage block exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="340"/>
        <source>Storage size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="357"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="359"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="361"/>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="363"/>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="410"/>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="418"/>
        <location filename="../app/editors/form/formeditor.cpp" line="420"/>
        <source>Add to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="427"/>
        <source>Remove from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="434"/>
        <location filename="../app/editors/form/formeditor.cpp" line="441"/>
        <source>Move item in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="575"/>
        <location filename="../app/editors/form/formeditor.cpp" line="577"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="584"/>
        <source>Edit refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryEntry</name>
    <message>
        <location filename="../app/console/historystore.cpp" line="72"/>
        <source>This is not a console invocation: the keys &quot;id&quot; and &quot;action&quot; are required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <location filename="../app/console/historystore.cpp" line="98"/>
        <source>Cannot read the console history %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/historystore.cpp" line="139"/>
        <source>Cannot write the console history %1: %2. Check the workspace folder permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/historystore.cpp" line="143"/>
        <location filename="../app/console/historystore.cpp" line="152"/>
        <location filename="../app/console/historystore.cpp" line="156"/>
        <source>Cannot write the console history %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/historystore.cpp" line="179"/>
        <location filename="../app/console/historystore.cpp" line="185"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/historystore.cpp" line="193"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/historystore.cpp" line="195"/>
        <source>%1 is larger than 64 MiB; an exported invocation is much smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/historystore.cpp" line="200"/>
        <source>%1 is not valid JSON (%2 at offset %3). Choose a file saved with &quot;Export invocation&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/historystore.cpp" line="206"/>
        <source>%1 is not an exported invocation (missing &quot;format&quot;: &quot;plugin-studio-invocation&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/historystore.cpp" line="227"/>
        <source>- (%1 lines)
+ (%2 lines)
(the texts differ; too large for a line diff)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectorModel</name>
    <message>
        <location filename="../app/debug/inspectormodel.cpp" line="60"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/inspectormodel.cpp" line="61"/>
        <source>Dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/inspectormodel.cpp" line="62"/>
        <source>Plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/inspectormodel.cpp" line="63"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/inspectormodel.cpp" line="64"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/inspectormodel.cpp" line="65"/>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/inspectormodel.cpp" line="130"/>
        <source>
… (truncated: %1 of %2 bytes kept)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstallSource</name>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="42"/>
        <source>&quot;%1&quot; is not a Marketplace identifier; use marketplace:org/name:version@checksum (see `market show org/name`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="51"/>
        <source>&quot;%1&quot; is not a GitHub release source; use github:OWNER/REPO@VERSION/ASSET.difypkg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="60"/>
        <source>%1 is not a file; give a .difypkg, a .difybndl, marketplace:ID or github:OWNER/REPO@VERSION/ASSET.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstallTask</name>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="147"/>
        <source>Installed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="160"/>
        <source>The install was cancelled; the previous version (if any) is still installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="194"/>
        <source>Another install is running in this workspace (%1 is locked); wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="213"/>
        <source>The bundle %1 is larger than %2 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="215"/>
        <location filename="../core/workspace/installtask.cpp" line="310"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="251"/>
        <location filename="../core/workspace/installtask.cpp" line="493"/>
        <location filename="../core/workspace/installtask.cpp" line="623"/>
        <source>The install was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="281"/>
        <location filename="../core/workspace/installtask.cpp" line="325"/>
        <source>Downloading %1: %2 / %3 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="290"/>
        <source>%1 is larger than %2 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="293"/>
        <source>Download of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="304"/>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="307"/>
        <source>%1 is %2 MiB, more than the package limit of %3 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="315"/>
        <source>No Marketplace client is configured for a marketplace install.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="316"/>
        <source>Downloading %1 from the Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="339"/>
        <source>Downloading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="346"/>
        <source>Resolving %1 with the Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="357"/>
        <source>Resolving %1 with GitHub releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="375"/>
        <source>&quot;%1&quot; is not a marketplace pattern (org/plugin:VERSION).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="377"/>
        <source>No Marketplace client is configured to resolve %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="392"/>
        <source>No Marketplace version of %1 matches (available: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="397"/>
        <source>The Marketplace listed %1 %2 without an identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="406"/>
        <source>&quot;%1&quot; is not a GitHub pattern (owner/repo:VERSION/asset).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="430"/>
        <source>No releases found for %1 on GitHub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="433"/>
        <source>No GitHub release of %1 matches %2 (tags: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="448"/>
        <source>Reading bundle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="454"/>
        <location filename="../core/workspace/installtask.cpp" line="458"/>
        <source>failed to load bundle manifest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="460"/>
        <source>The bundle %1 has no dependencies to install.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="468"/>
        <source>failed to fetch package from bundle: _assets/%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="482"/>
        <source>The bundle has a dependency of unknown type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="486"/>
        <source>Bundle %1 %2: %3 dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="494"/>
        <source>Checking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="526"/>
        <source>%1 is not a valid plugin package: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="543"/>
        <source>cannot set author to an UUID: %1 is reserved for remote-debug plugins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="545"/>
        <source>The package %1 has no author in manifest.yaml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="548"/>
        <source>original and new plugin id are different: %1 is installed, the package is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="551"/>
        <source>%1 is not installed; use install instead of upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="556"/>
        <source>its signature does not verify with the official key or a trusted key (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="557"/>
        <source>it is not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="560"/>
        <source>plugin verification has been enabled, and the plugin you want to install has a bad signature: %1 %2. Trust the signer&apos;s public key, or allow unsigned packages (--allow-unsigned) if you trust the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="563"/>
        <source>WARNING: installing %1 although %2 (unsigned packages are allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="569"/>
        <source>%1 claims the author langgenius but is not signed with the langgenius category; refused inside a bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="578"/>
        <source>Cannot remove the stale folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="583"/>
        <source>Extracting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="603"/>
        <source>Preparing the Python environment of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="614"/>
        <source>The Python environment of %1 could not be prepared: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="648"/>
        <source>Installed %1 (was %2), signature: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="649"/>
        <location filename="../core/workspace/installtask.cpp" line="650"/>
        <source>unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="650"/>
        <source>Installed %1, signature: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstalledModel</name>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="80"/>
        <source>%1 available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="80"/>
        <source>up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="85"/>
        <source>unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="86"/>
        <source>signed (unverified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="87"/>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="87"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="109"/>
        <source>Plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="110"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="111"/>
        <source>Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="112"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="113"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="114"/>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="115"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstalledPluginsPage</name>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="141"/>
        <source>Install from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="142"/>
        <source>From Marketplace id…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="143"/>
        <source>From GitHub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="144"/>
        <source>Check for updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="152"/>
        <source>Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="153"/>
        <source>Uninstall…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="154"/>
        <source>Configure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="155"/>
        <source>Open in console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="159"/>
        <source>Drop .difypkg or .difybndl files here to install them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="168"/>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="173"/>
        <source>Install plugin packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="174"/>
        <source>Dify packages (*.difypkg *.difybndl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="179"/>
        <source>Install from the Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="180"/>
        <source>Identifier (org/name:version@checksum):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="185"/>
        <source>Install from GitHub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="185"/>
        <source>OWNER/REPO@VERSION/ASSET.difypkg:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="249"/>
        <source>%1 — starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="254"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="272"/>
        <source>installed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="302"/>
        <source>Checking the Marketplace for updates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="307"/>
        <source>Could not check for updates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="318"/>
        <source>Everything is up to date%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="318"/>
        <source> (offline, from the cache)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/workspace/installedpage.cpp" line="319"/>
        <source>%n update(s) available.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="328"/>
        <source>No newer version of %1 is known; check for updates first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="342"/>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="344"/>
        <source>Uninstall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="345"/>
        <source>Uninstall %1? Its stored data and endpoints are removed; credentials are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="351"/>
        <source>Uninstalled %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="380"/>
        <source>%1 has no credentials to configure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="381"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="385"/>
        <source>Credentials — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="409"/>
        <location filename="../app/workspace/installedpage.cpp" line="416"/>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="434"/>
        <source>Checking the credentials with the plugin…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="442"/>
        <source>The plugin rejected these credentials: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="473"/>
        <source>Installed plugins</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonModel</name>
    <message>
        <location filename="../app/widgets/jsontreeview.cpp" line="167"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/jsontreeview.cpp" line="168"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/jsontreeview.cpp" line="169"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonTreeView</name>
    <message>
        <location filename="../app/widgets/jsontreeview.cpp" line="236"/>
        <source>Copy value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/jsontreeview.cpp" line="237"/>
        <source>Copy path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="249"/>
        <source>Signing Keys</source>
        <translation>签名密钥</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="255"/>
        <source>Generate Key Pair...</source>
        <translation>生成密钥对...</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="256"/>
        <source>Import Public Key...</source>
        <translation>导入公钥...</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="257"/>
        <source>Show Folder</source>
        <translation>显示文件夹</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="258"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="266"/>
        <source>Keys in %1. Public keys here are trusted when verifying packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="273"/>
        <source>Generate Key Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="273"/>
        <source>Key name (letters, digits, &apos;-&apos;, &apos;_&apos;):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="279"/>
        <location filename="../app/package/packagedialog.cpp" line="284"/>
        <source>Import Public Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="279"/>
        <source>PEM files (*.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="289"/>
        <source>Key pair generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="300"/>
        <source>Private: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="302"/>
        <source>Trusted public: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="304"/>
        <source>No keys yet: generate a key pair to sign packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="311"/>
        <source>Use 1-64 letters, digits, &apos;-&apos; or &apos;_&apos; for the key name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="317"/>
        <source>A key called %1 already exists; pick another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="321"/>
        <source>Generating an RSA-4096 key pair...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="341"/>
        <source>Cannot copy the key to %1 (a key with that name may exist).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <location filename="../app/widgets/logview.cpp" line="173"/>
        <source>Debug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/logview.cpp" line="173"/>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <location filename="../app/widgets/logview.cpp" line="173"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../app/widgets/logview.cpp" line="173"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../app/widgets/logview.cpp" line="182"/>
        <source>stderr only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/logview.cpp" line="187"/>
        <source>Search log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/logview.cpp" line="192"/>
        <source>Prev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/logview.cpp" line="193"/>
        <source>Find previous (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/logview.cpp" line="195"/>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <location filename="../app/widgets/logview.cpp" line="196"/>
        <source>Find next (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/logview.cpp" line="198"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/widgets/logview.cpp" line="268"/>
        <source>%n line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/widgets/logview.cpp" line="309"/>
        <source>%1 lines dropped (the log keeps the newest %2 lines)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="67"/>
        <source>No project</source>
        <translation>未打开项目</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="80"/>
        <source>Validating...</source>
        <translation>正在校验...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="90"/>
        <location filename="../app/mainwindow/mainwindow.cpp" line="657"/>
        <source>Plugin Studio</source>
        <translation type="unfinished">Plugin Studio</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="101"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="107"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="131"/>
        <source>&amp;New Plugin...</source>
        <translation>新建插件(&amp;N)...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="131"/>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="132"/>
        <source>&amp;Open Folder...</source>
        <translation>打开文件夹(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="132"/>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="133"/>
        <source>Open &amp;Package...</source>
        <translation>打开插件包(&amp;P)...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="133"/>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="134"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="134"/>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="138"/>
        <location filename="../app/mainwindow/mainwindow.cpp" line="489"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="143"/>
        <source>Save A&amp;ll</source>
        <translation>全部保存(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="143"/>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="144"/>
        <source>&amp;Close Tab</source>
        <translation>关闭标签页(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="144"/>
        <source>Ctrl+W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="148"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="148"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="149"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="149"/>
        <source>Ctrl+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="155"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="155"/>
        <source>Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="159"/>
        <source>&amp;Find...</source>
        <translation>查找(&amp;F)...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="159"/>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="163"/>
        <source>R&amp;eplace...</source>
        <translation>替换(&amp;E)...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="163"/>
        <source>Ctrl+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="167"/>
        <source>&amp;Go to Line...</source>
        <translation>跳转到行(&amp;G)...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="167"/>
        <source>Ctrl+G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="168"/>
        <source>&amp;Problems</source>
        <translation>问题(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="168"/>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="173"/>
        <source>&amp;Validate Now</source>
        <translation>立即校验(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="173"/>
        <source>Ctrl+Shift+V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="175"/>
        <source>Pac&amp;kage...</source>
        <translation>打包(&amp;K)...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="175"/>
        <source>Ctrl+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="176"/>
        <source>&amp;Sign Package...</source>
        <translation>签名插件包(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="177"/>
        <source>&amp;Verify / Inspect Package...</source>
        <translation>校验/查看插件包(&amp;V)...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="178"/>
        <source>Signing &amp;Keys...</source>
        <translation>签名密钥(&amp;K)...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="179"/>
        <source>&amp;Run in Console</source>
        <translation>在控制台中运行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="189"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="190"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="197"/>
        <source>&amp;About Plugin Studio</source>
        <translation>关于 Plugin Studio(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="198"/>
        <source>About Plugin Studio</source>
        <translation>关于 Plugin Studio</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="199"/>
        <source>&lt;b&gt;Plugin Studio %1&lt;/b&gt;&lt;br&gt;Author, validate, package, sign, run and debug Dify plugins.&lt;br&gt;GPL-3.0-or-later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="206"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="210"/>
        <source>Recent &amp;Projects</source>
        <translation>最近的项目(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="218"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="226"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="230"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="235"/>
        <source>&amp;Plugin</source>
        <translation>插件(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="244"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="247"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="289"/>
        <source>%1 is neither a plugin folder nor a .difypkg file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="290"/>
        <location filename="../app/mainwindow/mainwindow.cpp" line="373"/>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="293"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="322"/>
        <source>%1 has no manifest.yaml: it is not a plugin folder yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="382"/>
        <source>Open File</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="402"/>
        <source>Ln %1, Col %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="441"/>
        <source>%1 was deleted on disk; save to write it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="452"/>
        <source>Reloaded %1 (changed on disk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="458"/>
        <source>File Changed</source>
        <translation>文件已更改</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="459"/>
        <source>%1 changed on disk and has unsaved changes here. Reload it and lose your changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="472"/>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="473"/>
        <source>These files have unsaved changes:
%1

Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="616"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="619"/>
        <source>Clear List</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="652"/>
        <source>Packaging is not part of this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="657"/>
        <source>%1 - Plugin Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="668"/>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="670"/>
        <source>%1 errors, %2 warnings</source>
        <translation>%1 个错误，%2 个警告</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="673"/>
        <source>Validated in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="692"/>
        <source>Bundle created in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="699"/>
        <source>Open Plugin Folder</source>
        <translation>打开插件文件夹</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="706"/>
        <source>Open Package</source>
        <translation>打开插件包</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="706"/>
        <source>Dify packages (*.difypkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="718"/>
        <source>Packaged %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="746"/>
        <source>Go to Line</source>
        <translation>跳转到行</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="746"/>
        <source>Line (1-%1):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarketplaceClient</name>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="178"/>
        <source>The Marketplace URL &quot;%1&quot; is not a valid http(s) address; fix it in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="204"/>
        <source>The download is larger than the limit of %1 MiB; raise the limit if you trust this package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="295"/>
        <source>The Marketplace at %1 cannot be reached (%2); check your network or proxy, or work offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="304"/>
        <source>The Marketplace has no such item (HTTP 404 for %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="307"/>
        <source>The Marketplace answered HTTP %1 for %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="321"/>
        <source>The download is larger than the limit of %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="328"/>
        <source>The Marketplace did not return a plugin package (not a ZIP file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="329"/>
        <source>The Marketplace did not return a plugin package (not a ZIP file): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="415"/>
        <source>&quot;%1&quot; is not a valid collection name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="425"/>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="436"/>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="457"/>
        <source>&quot;%1/%2&quot; is not a valid plugin id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="465"/>
        <source>&quot;%1/%2:%3&quot; is not a valid bundle id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="474"/>
        <source>&quot;%1&quot; is not a plugin identifier; expected org/name:version@checksum.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarketplacePage</name>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="43"/>
        <source>Load more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="45"/>
        <source>Install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="45"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="52"/>
        <source>Search plugins…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="55"/>
        <source>tags, comma separated (search, image…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="57"/>
        <source>Most popular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="58"/>
        <source>Recently updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="59"/>
        <source>Newly released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="60"/>
        <source>First released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="61"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="61"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="61"/>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="61"/>
        <source>Agent strategies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="61"/>
        <source>Extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="62"/>
        <source>Data sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="62"/>
        <source>Triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="62"/>
        <source>Bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="77"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="115"/>
        <source>← Back to results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="147"/>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="230"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="244"/>
        <source>The Marketplace could not be reached and nothing is cached for this search: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="245"/>
        <location filename="../app/marketplace/marketplacepage.cpp" line="406"/>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="259"/>
        <source>%1 of %2 plugins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="296"/>
        <source>Offline — the Marketplace did not answer; these results come from the local cache and may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="322"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="338"/>
        <source>Could not load the details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="345"/>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="347"/>
        <source>partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="350"/>
        <source>%1 · %2 installs · latest %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="352"/>
        <source>Deprecated: %1 (use %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="359"/>
        <location filename="../app/marketplace/marketplacepage.cpp" line="376"/>
        <source>Install %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="392"/>
        <source>Downloading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="407"/>
        <source>Download failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="418"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="423"/>
        <source>Downloaded %1 (%2 KiB); installing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="430"/>
        <source>Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarketplaceReply</name>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="98"/>
        <source>The Marketplace request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPluginWizard</name>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="24"/>
        <source>A tool provider with one tool that workflows and agents can call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="25"/>
        <source>A model provider that ships a fixed list of models (an LLM to start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="26"/>
        <source>A model provider where users add their own model names and endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="27"/>
        <source>An agent strategy: the reasoning loop that drives models and tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="28"/>
        <source>HTTP endpoints (webhooks) served by the plugin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="29"/>
        <source>A tool provider plus endpoints: the only kinds that may be combined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="30"/>
        <source>A website-crawl datasource for knowledge pipelines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="31"/>
        <source>A trigger that turns incoming webhooks into workflow events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="32"/>
        <source>A bundle: a list of plugins installed together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="39"/>
        <location filename="../app/wizard/newpluginwizard.cpp" line="239"/>
        <source>New Plugin</source>
        <translation>新建插件</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="46"/>
        <source>What kind of plugin?</source>
        <translation>插件类型</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="47"/>
        <source>Every kind generates files that validate and package as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="60"/>
        <source>Name and description</source>
        <translation>名称与描述</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="65"/>
        <source>Shown in Dify (defaults to the name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="70"/>
        <source>e.g. utilities, productivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="83"/>
        <source>Name *</source>
        <translation>名称 *</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="84"/>
        <source>Author *</source>
        <translation>作者 *</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="85"/>
        <source>Label</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="86"/>
        <source>Description *</source>
        <translation>描述 *</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="87"/>
        <source>Translations</source>
        <translation>翻译</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="88"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="89"/>
        <source>Repository</source>
        <translation>代码仓库</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="95"/>
        <source>Permissions and Python</source>
        <translation>权限与 Python</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="96"/>
        <source>Endpoint plugins get the endpoint permission and agent strategies tool + LLM access automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="97"/>
        <source>Invoke tools</source>
        <translation>调用工具</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="98"/>
        <source>Invoke models</source>
        <translation>调用模型</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="99"/>
        <source>Invoke workflow nodes</source>
        <translation>调用工作流节点</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="100"/>
        <source>Invoke apps</source>
        <translation>调用应用</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="101"/>
        <source>Persistent storage</source>
        <translation>持久化存储</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="105"/>
        <source> bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="114"/>
        <source>Looking for python3...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="125"/>
        <source>Python version</source>
        <translation>Python 版本</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="126"/>
        <source>SDK requirement</source>
        <translation>SDK 依赖</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="132"/>
        <source>Where to create it</source>
        <translation>创建位置</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="135"/>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="142"/>
        <source>Parent folder</source>
        <translation>父文件夹</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="146"/>
        <source>Parent Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="166"/>
        <location filename="../app/wizard/newpluginwizard.cpp" line="176"/>
        <source>python3 was not found; the requirement follows the Python version chosen above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="169"/>
        <source>Local python3 is %1: %2 installs on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="222"/>
        <source>A %1 plugin will be created in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="69"/>
        <source>Package Plugin</source>
        <translation>打包插件</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="75"/>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="82"/>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="83"/>
        <source>Sign the package</source>
        <translation>为插件包签名</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="89"/>
        <source>Generate a key pair first (Plugin &gt; Keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="108"/>
        <source>Plugin folder</source>
        <translation>插件文件夹</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="109"/>
        <source>Output file</source>
        <translation>输出文件</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="110"/>
        <source>Size limit</source>
        <translation>大小限制</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="112"/>
        <source>Private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="113"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="116"/>
        <source>Identifier</source>
        <translation>标识符</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="117"/>
        <source>Checksum</source>
        <translation>校验和</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="118"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="121"/>
        <source>Package</source>
        <translation>打包</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="130"/>
        <source>Save Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="130"/>
        <source>Dify packages (*.difypkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="138"/>
        <source>Cancelling...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="145"/>
        <source>This build has no packager (core/package/packagewriter.h).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="174"/>
        <source>Validating and packaging...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="236"/>
        <source>Written %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="243"/>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="243"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageInspector</name>
    <message>
        <location filename="../app/package/packageinspector.cpp" line="58"/>
        <source>Identifier</source>
        <translation>标识符</translation>
    </message>
    <message>
        <location filename="../app/package/packageinspector.cpp" line="59"/>
        <source>Checksum</source>
        <translation>校验和</translation>
    </message>
    <message>
        <location filename="../app/package/packageinspector.cpp" line="60"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../app/package/packageinspector.cpp" line="61"/>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../app/package/packageinspector.cpp" line="62"/>
        <source>Validation</source>
        <translation>校验</translation>
    </message>
    <message>
        <location filename="../app/package/packageinspector.cpp" line="64"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../app/package/packageinspector.cpp" line="64"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/package/packageinspector.cpp" line="84"/>
        <source>Reading %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/package/packageinspector.cpp" line="141"/>
        <source>&lt;b&gt;Cannot open the package:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/package/packageinspector.cpp" line="149"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/package/packageinspector.cpp" line="155"/>
        <source>No errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/package/packageinspector.cpp" line="155"/>
        <source>%n errors: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackageReader</name>
    <message>
        <location filename="../core/package/packagereader.cpp" line="120"/>
        <source>Package not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="122"/>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="125"/>
        <source>%1 is %2 bytes, more than the limit of %3 bytes (file size exceeds the maximum limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="133"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="136"/>
        <source>Cannot read all of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="163"/>
        <source>The archive is %1 bytes, more than the limit of %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="168"/>
        <source>Not a zip archive (too short: %1 bytes); the file may be truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="180"/>
        <source>Not a zip archive (no end-of-central-directory record); the file may be truncated or is not a .difypkg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="192"/>
        <source>ZIP64 archives are not supported (a plugin package is at most 50 MiB). %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="195"/>
        <source>ZIP64 archives are not supported. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="197"/>
        <source>Multi-volume (split) zip archives are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="199"/>
        <source>The archive has %1 entries, more than the limit of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="204"/>
        <source>The central directory lies outside the file; the archive is truncated or corrupt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="216"/>
        <source>Central directory entry %1 is damaged; the archive is truncated or corrupt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="231"/>
        <source>Central directory entry %1 runs past the directory; the archive is corrupt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="241"/>
        <source>Entry &quot;%1&quot; has a NUL byte in its name; refusing the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="245"/>
        <source>Entry &quot;%1&quot; has a name that is not valid UTF-8; the daemon cannot open it. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="248"/>
        <source>Entry %1 has an empty name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="251"/>
        <source>Entry &quot;%1&quot; uses backslashes in its name; zip names must use &apos;/&apos;. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="256"/>
        <source>Entry &quot;%1&quot; has an absolute path; refusing the archive (it would write outside the target folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="265"/>
        <source>Entry &quot;%1&quot; is a directory entry; the Dify daemon reads every entry as a file and fails with &quot;is a directory&quot;. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="271"/>
        <source>Entry &quot;%1&quot; contains a &quot;..&quot; segment (path traversal); refusing the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="275"/>
        <source>Entry &quot;%1&quot; has an unclean name (empty or &quot;.&quot; segment); the daemon cannot open it. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="280"/>
        <source>Entry &quot;%1&quot; appears twice in the archive; refusing an ambiguous package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="285"/>
        <source>Entry &quot;%1&quot; is a symbolic link; packages must contain regular files only. Replace the link with the file it points to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="289"/>
        <source>Entry &quot;%1&quot; is encrypted; Dify packages cannot be encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="292"/>
        <source>Entry &quot;%1&quot; uses the %2 compression (id %3); only store (0) and deflate (8) are readable by Dify. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="299"/>
        <source>Entry &quot;%1&quot; is stored uncompressed but declares %2 compressed and %3 uncompressed bytes; the archive is corrupt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="308"/>
        <source>Entry &quot;%1&quot; would inflate from %2 to %3 bytes (ratio above %4:1); refusing a likely zip bomb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="317"/>
        <source>The uncompressed contents exceed %1 bytes (reached at entry &quot;%2&quot;); plugin package size is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="324"/>
        <source>The local header of entry &quot;%1&quot; is missing or damaged; the archive is truncated or corrupt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="331"/>
        <source>Entry &quot;%1&quot; has a different name in its local header; refusing a forged archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="335"/>
        <source>The data of entry &quot;%1&quot; runs past the end of the file data; the archive is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="353"/>
        <source>Entries &quot;%1&quot; and &quot;%2&quot; overlap in the file; refusing a forged archive (overlapping-entry zip bomb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="364"/>
        <location filename="../core/package/packagereader.cpp" line="371"/>
        <source>Cannot open the archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="376"/>
        <source>The archive&apos;s entry count is inconsistent; it is corrupt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="417"/>
        <source>file not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="424"/>
        <source>Cannot open entry &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="435"/>
        <source>Entry &quot;%1&quot; is damaged (%2); the archive is corrupt or truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="446"/>
        <source>Entry &quot;%1&quot; inflates to more than its declared %2 bytes; refusing a forged archive (zip bomb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="453"/>
        <source>Entry &quot;%1&quot; is shorter than its declared %2 bytes; the archive is truncated or corrupt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="476"/>
        <source>%1 already exists and is not an empty folder; choose a new target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="482"/>
        <location filename="../core/package/packagereader.cpp" line="522"/>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="487"/>
        <source>Cannot create the temporary folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="503"/>
        <source>Extraction cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="507"/>
        <source>Entry &quot;%1&quot; resolves outside the target folder; extraction aborted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="517"/>
        <source>Entry &quot;%1&quot; needs folder &quot;%2&quot;, which is a file in the archive; extraction aborted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="532"/>
        <source>Entry &quot;%1&quot; collides with another entry; extraction aborted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="536"/>
        <location filename="../core/package/packagereader.cpp" line="538"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="546"/>
        <source>Cannot replace the empty folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="548"/>
        <source>Cannot move the extracted files to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../app/problems/problemsdock.cpp" line="26"/>
        <source>Errors, warnings and info</source>
        <translation>错误、警告和信息</translation>
    </message>
    <message>
        <location filename="../app/problems/problemsdock.cpp" line="27"/>
        <source>Errors and warnings</source>
        <translation>错误和警告</translation>
    </message>
    <message>
        <location filename="../app/problems/problemsdock.cpp" line="28"/>
        <source>Errors only</source>
        <translation>仅错误</translation>
    </message>
    <message>
        <location filename="../app/problems/problemsdock.cpp" line="30"/>
        <source>Filter problems</source>
        <translation>筛选问题</translation>
    </message>
    <message>
        <location filename="../app/problems/problemsdock.cpp" line="33"/>
        <source>Layers</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../app/problems/problemsdock.cpp" line="36"/>
        <source>Packaging (pkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/problems/problemsdock.cpp" line="36"/>
        <source>Install (install)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/problems/problemsdock.cpp" line="37"/>
        <source>Struct tags (strict)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/problems/problemsdock.cpp" line="37"/>
        <source>Python SDK (sdk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/problems/problemsdock.cpp" line="38"/>
        <source>Marketplace review (review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/problems/problemsdock.cpp" line="38"/>
        <source>Studio advice (studio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/problems/problemsdock.cpp" line="85"/>
        <location filename="../app/problems/problemsdock.cpp" line="90"/>
        <source>%1 errors, %2 warnings</source>
        <translation>%1 个错误，%2 个警告</translation>
    </message>
    <message>
        <location filename="../app/problems/problemsdock.cpp" line="90"/>
        <source>Validating...</source>
        <translation>正在校验...</translation>
    </message>
</context>
<context>
    <name>ProjectExplorer</name>
    <message>
        <location filename="../app/mainwindow/projectexplorer.cpp" line="53"/>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/projectexplorer.cpp" line="54"/>
        <source>Structure</source>
        <translation>结构</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/projectexplorer.cpp" line="113"/>
        <source>Manifest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow/projectexplorer.cpp" line="119"/>
        <source>Tool provider: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow/projectexplorer.cpp" line="121"/>
        <source>Tool: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow/projectexplorer.cpp" line="127"/>
        <source>Model provider: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow/projectexplorer.cpp" line="129"/>
        <source>Model: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow/projectexplorer.cpp" line="133"/>
        <source>Agent strategy provider: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow/projectexplorer.cpp" line="135"/>
        <source>Strategy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow/projectexplorer.cpp" line="139"/>
        <source>Endpoint group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow/projectexplorer.cpp" line="145"/>
        <source>Datasource provider: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow/projectexplorer.cpp" line="147"/>
        <source>Datasource: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow/projectexplorer.cpp" line="151"/>
        <source>Trigger provider: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow/projectexplorer.cpp" line="153"/>
        <source>Event: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="40"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../app/debug/inspectormodel.cpp" line="143"/>
        <source>%1 s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/debug/inspectormodel.cpp" line="144"/>
        <source>%1 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacemodel.cpp" line="148"/>
        <source>partner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretBox</name>
    <message>
        <location filename="../core/workspace/secrets.cpp" line="83"/>
        <location filename="../core/workspace/secrets.cpp" line="114"/>
        <source>The workspace key has the wrong size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/secrets.cpp" line="87"/>
        <source>Encryption is unavailable (OpenSSL failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/secrets.cpp" line="106"/>
        <source>Encryption failed (OpenSSL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/secrets.cpp" line="116"/>
        <source>A stored secret is damaged (unknown format).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/secrets.cpp" line="137"/>
        <source>A stored secret cannot be decrypted: the workspace key is not the one it was saved with, or the data was altered. Re-enter the secret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="350"/>
        <source>Sign Package</source>
        <translation>签名插件包</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="354"/>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="366"/>
        <source>Sign</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="369"/>
        <location filename="../app/package/packagedialog.cpp" line="380"/>
        <source>Package</source>
        <translation>打包</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="370"/>
        <source>Private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="371"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="373"/>
        <source>Identifier</source>
        <translation>标识符</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="377"/>
        <source>No private key: generate one in Plugin &gt; Keys first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="380"/>
        <source>Dify packages (*.difypkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="387"/>
        <source>Signing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="397"/>
        <source>Written %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="397"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Studio</name>
    <message>
        <location filename="../app/editors/form/yamlbridge.cpp" line="65"/>
        <source>This build has no YAML editor; edit the text instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow/panels.cpp" line="90"/>
        <source>The workspace could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="211"/>
        <source>Packaged, but signing failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="223"/>
        <source>This build has no packager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/package/packageinspector.cpp" line="127"/>
        <source>Signed and verified by %1 (category %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/package/packageinspector.cpp" line="129"/>
        <source>Signed, but no trusted key verifies it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/package/packageinspector.cpp" line="131"/>
        <source>Not signed. A daemon that enforces signatures will refuse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/problems/livevalidator.cpp" line="57"/>
        <source>The project folder %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/debug/debugserver.cpp" line="58"/>
        <location filename="../core/debug/relay.cpp" line="46"/>
        <source>no handshake within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/debug/debugserver.cpp" line="195"/>
        <source>Refusing to listen on %1: the debug server accepts code registrations, so it only listens on 127.0.0.1 unless you explicitly allow other addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/debug/debugserver.cpp" line="203"/>
        <source>Cannot listen on %1:%2: %3 — choose another port or stop the program using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/debug/debugserver.cpp" line="210"/>
        <source>The debug server listens on %1, reachable from other machines; anyone with the debug key can register a plugin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/debug/debugserver.cpp" line="225"/>
        <source>the debug server was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/debug/debugserver.cpp" line="264"/>
        <source>disconnected from Plugin Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/debug/debugserver.cpp" line="379"/>
        <source>replaced by a new registration of %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/debug/endpointserver.cpp" line="540"/>
        <source>Cannot start the endpoint server on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/debug/inspector.cpp" line="194"/>
        <location filename="../core/debug/inspector.cpp" line="204"/>
        <source>Cannot write the capture: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/debug/inspector.cpp" line="213"/>
        <source>Cannot open the capture: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/debug/inspector.cpp" line="226"/>
        <source>Not a capture file: line %1 is not JSON (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/debug/inspector.cpp" line="232"/>
        <source>Not a Plugin Studio capture file (the first line has no &quot;format&quot;:&quot;plugin-studio-capture&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/debug/inspector.cpp" line="237"/>
        <source>Capture version %1 is not supported; update Plugin Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/debug/inspector.cpp" line="259"/>
        <source>The capture file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/debug/relay.cpp" line="28"/>
        <source>the plugin closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/debug/relay.cpp" line="32"/>
        <source>the Dify debug host closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/debug/relay.cpp" line="42"/>
        <source>upstream error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/debug/relay.cpp" line="159"/>
        <source>a line from the Dify debug host exceeded the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/debug/relay.cpp" line="192"/>
        <source>Set the Dify debug host, port and key before starting the relay (Dify: Plugins → Debug).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/debug/relay.cpp" line="195"/>
        <source>Cannot listen on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/debug/relay.cpp" line="207"/>
        <source>the relay was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/debug/tcptransport.cpp" line="25"/>
        <location filename="../core/debug/tcptransport.cpp" line="29"/>
        <source>the plugin closed the debug connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/debug/tcptransport.cpp" line="31"/>
        <source>debug connection error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/debug/tcptransport.cpp" line="36"/>
        <source>no heartbeat from the plugin for %1 s; is its process paused or stuck?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/debug/tcptransport.cpp" line="98"/>
        <location filename="../core/debug/tcptransport.cpp" line="153"/>
        <source>a line from the plugin is longer than %1 MiB; closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/manifestinfo.cpp" line="40"/>
        <source>manifest.yaml is missing at the root of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/manifestinfo.cpp" line="52"/>
        <source>manifest.yaml must be a mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/manifestinfo.cpp" line="76"/>
        <source>manifest.yaml has no %1; add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/filestore.cpp" line="58"/>
        <source>the file store could not listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/invocation.cpp" line="31"/>
        <source>the call %1/%2 did not finish within %3 s and was abandoned (raise the timeout if the plugin is legitimately slow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/invocation.cpp" line="54"/>
        <source>the call was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/pluginconnection.cpp" line="32"/>
        <location filename="../core/runtime/pluginconnection.cpp" line="35"/>
        <source>the connection was destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/pluginconnection.cpp" line="67"/>
        <source>the plugin is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/pluginconnection.cpp" line="70"/>
        <source>cannot call the plugin: %1 (start it first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/pluginconnection.cpp" line="85"/>
        <source>could not write the request to the plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/pluginconnection.cpp" line="139"/>
        <source>unknown event &quot;%1&quot; from the plugin: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/pluginconnection.cpp" line="176"/>
        <source>invoke dify failed: invoke request missing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/pluginconnection.cpp" line="192"/>
        <source>reverse invocation is not available in this host (no handler configured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/pluginconnection.cpp" line="208"/>
        <source>unknown session message type &quot;%1&quot; from the plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/pluginconnection.cpp" line="234"/>
        <source>%1 while this call was running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/pluginhost.cpp" line="29"/>
        <source>cannot create a temporary folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/pluginhost.cpp" line="32"/>
        <source>cannot create the workspace folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/reverse.cpp" line="112"/>
        <source>storage is not available: no storage database is configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/reverse.cpp" line="160"/>
        <source>file upload is not available: the studio&apos;s file store is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/reverse.cpp" line="180"/>
        <source>no running plugin provides the %1 provider &quot;%2&quot;; start or install the plugin that provides it in the studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/reverse.cpp" line="257"/>
        <source>the reverse call &quot;%1&quot; runs inside Dify&apos;s workflow engine, which the studio does not have; test it against a real Dify instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/reverse.cpp" line="266"/>
        <source>the plugin called a Dify app (%1), but no Dify instance is configured; set the Dify API base URL and an app API key in Settings &gt; Dify instance (or --dify-url/--dify-key on the command line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/reverse.cpp" line="328"/>
        <source>the Dify instance answered %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/reverse.cpp" line="338"/>
        <source>the Dify instance did not answer JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/stdiotransport.cpp" line="62"/>
        <source>the plugin folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/stdiotransport.cpp" line="144"/>
        <source>the plugin wrote a line of %1 bytes on stdout, over the %2-byte limit; the instance was stopped (send large data as blob chunks or files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/stdiotransport.cpp" line="166"/>
        <source>the plugin wrote more than %1 bytes on stdout without a line break (%2 bytes so far); the instance was stopped (send large data as blob chunks or files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/stdiotransport.cpp" line="203"/>
        <source>the plugin process exited (code %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/stdiotransport.cpp" line="205"/>
        <source>the plugin process crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/stdiotransport.cpp" line="216"/>
        <source>could not start %1: %2 (check the interpreter path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/storage.cpp" line="29"/>
        <source>invalid key: the key is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/storage.cpp" line="62"/>
        <source>cannot create the folder of the storage database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/storage.cpp" line="71"/>
        <source>cannot open the storage database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/storage.cpp" line="77"/>
        <source>cannot create the storage table in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/storage.cpp" line="103"/>
        <source>no value is stored under the key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/storage.cpp" line="138"/>
        <source> (%1 bytes would be stored, the limit is %2 bytes; raise resource.permission.storage.size in manifest.yaml or delete keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/streamassembler.cpp" line="14"/>
        <source>a blob is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/streamassembler.cpp" line="23"/>
        <source>a hex body has an odd length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/streamassembler.cpp" line="26"/>
        <source>a hex body is not valid hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/streamassembler.cpp" line="148"/>
        <source>single file chunk is too large: blob %1 sent %2 bytes in one chunk, the limit is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/streamassembler.cpp" line="163"/>
        <source>blob %1 got a chunk after its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/streamassembler.cpp" line="168"/>
        <source>file is too large: blob %1 exceeds %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/streamassembler.cpp" line="204"/>
        <source>file is too large: %1 bytes (limit %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/streamassembler.cpp" line="236"/>
        <source>unknown message type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="207"/>
        <source>key &apos;%1&apos; appears %2 times in %3; remove the duplicates before editing it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Studio::App</name>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="27"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="27"/>
        <source>The value sent to the plugin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="28"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="40"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="71"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="93"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="125"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="162"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="178"/>
        <source>Label</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="34"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="68"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="92"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="124"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="190"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="34"/>
        <source>Key of the value in the credentials dictionary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="35"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="69"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="195"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="38"/>
        <source>tool-selector and dataset-selector are not accepted by the daemon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="39"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="70"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="198"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="41"/>
        <source>Placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="42"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="82"/>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="43"/>
        <source>Help URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="44"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="84"/>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="44"/>
        <source>Choices of a select field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="68"/>
        <source>The key the plugin receives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="74"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="80"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="96"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="126"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="155"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="163"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="207"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="230"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="241"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="74"/>
        <source>Shown to the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="75"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="77"/>
        <source>llm: filled by the model; form: set by the user before the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="78"/>
        <source>LLM description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="78"/>
        <source>Tells the model what to put here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="84"/>
        <source>Choices of a select parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="91"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="123"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="92"/>
        <source>Letters, digits, &apos;_&apos; and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="98"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="127"/>
        <source>Icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="98"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="127"/>
        <source>A file in _assets/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="99"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="128"/>
        <source>Dark icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="99"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="128"/>
        <source>A file in _assets/ for dark mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="102"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="144"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="113"/>
        <source>Python source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="113"/>
        <source>Module with exactly one subclass of the SDK&apos;s base class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="122"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="122"/>
        <source>Like 0.0.1 or 1.2.3-beta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="123"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="124"/>
        <source>Lower-case letters, digits, &apos;_&apos; and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="129"/>
        <source>Memory (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="129"/>
        <source>268435456 = 256 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="130"/>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="131"/>
        <source>Tool providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="131"/>
        <source>At most one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="132"/>
        <source>Model providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="132"/>
        <source>Cannot be combined with anything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="133"/>
        <source>Endpoint groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="133"/>
        <source>May be combined with tools only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="134"/>
        <source>Agent strategies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="135"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="226"/>
        <source>Datasources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="136"/>
        <source>Triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="137"/>
        <source>Meta version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="138"/>
        <source>Architectures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="139"/>
        <source>Runner language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="140"/>
        <source>Python version</source>
        <translation>Python 版本</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="141"/>
        <source>Written quoted, as the SDK needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="142"/>
        <source>Entry point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="142"/>
        <source>Module name without .py (main).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="143"/>
        <source>Minimum Dify version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="145"/>
        <source>Created at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="145"/>
        <source>RFC 3339 with a time zone, not in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="146"/>
        <source>Privacy policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="146"/>
        <source>PRIVACY.md or a URL (required by the Marketplace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="147"/>
        <source>Repository</source>
        <translation>代码仓库</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="147"/>
        <source>A full URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="151"/>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="151"/>
        <source>Tool YAML files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="156"/>
        <source>Description for the LLM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="157"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="208"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="231"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="242"/>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="161"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="267"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="164"/>
        <source>Small icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="165"/>
        <source>Large icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="166"/>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="166"/>
        <source>A CSS colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="167"/>
        <source>Model types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="170"/>
        <source>Configuration methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="172"/>
        <source>Provider source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="173"/>
        <source>Model sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="177"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="258"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="179"/>
        <source>Model type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="182"/>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="186"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="187"/>
        <source>Context size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="188"/>
        <source>Deprecated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="189"/>
        <source>Parameter rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="191"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="203"/>
        <source>Strategies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="211"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="212"/>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="214"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="214"/>
        <source>A werkzeug rule such as /webhook/&lt;app_id&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="215"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="218"/>
        <source>Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="223"/>
        <source>Provider type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="225"/>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="236"/>
        <source>Subscription settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="237"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="254"/>
        <source>Manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="255"/>
        <source>Tool provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="256"/>
        <location filename="../app/wizard/scaffold.cpp" line="576"/>
        <source>Tool</source>
        <translation>工具</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="257"/>
        <source>Model provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="259"/>
        <source>Agent strategy provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="260"/>
        <location filename="../app/wizard/scaffold.cpp" line="579"/>
        <source>Agent strategy</source>
        <translation>Agent 策略</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="261"/>
        <source>Endpoint group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="262"/>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="263"/>
        <source>Datasource provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="264"/>
        <location filename="../app/wizard/scaffold.cpp" line="582"/>
        <source>Datasource</source>
        <translation>数据源</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="265"/>
        <source>Trigger provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="266"/>
        <source>Trigger event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="577"/>
        <source>Model provider (predefined models)</source>
        <translation>模型供应商（预定义模型）</translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="578"/>
        <source>Model provider (customizable models)</source>
        <translation>模型供应商（自定义模型）</translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="580"/>
        <source>Extension (endpoints)</source>
        <translation>扩展（端点）</translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="581"/>
        <source>Tools and endpoints</source>
        <translation>工具与端点</translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="583"/>
        <source>Trigger</source>
        <translation>触发器</translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="584"/>
        <source>Bundle</source>
        <translation>插件集合</translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="635"/>
        <source>The name must be 1-128 characters of lower-case letters, digits, &apos;_&apos; or &apos;-&apos; (for example weather_tool).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="637"/>
        <source>The name needs at least one letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="639"/>
        <source>The author must be 1-64 characters of lower-case letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="641"/>
        <source>The author must not look like a UUID: those are reserved for remote-debugging sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="643"/>
        <source>Enter a description: the marketplace and the Dify UI show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="645"/>
        <source>Label and description must be shorter than 1024 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="649"/>
        <source>Unknown language %1: use zh_Hans, ja_JP or pt_BR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="658"/>
        <source>Unknown tag %1: pick tags from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="662"/>
        <source>The repository must be a full URL such as https://github.com/you/plugin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="666"/>
        <source>The Python version must look like 3.12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="679"/>
        <source>The folder %1 is not empty: choose a new folder for the plugin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="735"/>
        <source>Cannot create the folder %1: check that its parent exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="749"/>
        <source>Cannot create the folder for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="754"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Studio::App::PackageDialog</name>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="59"/>
        <source>community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="60"/>
        <source>partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="61"/>
        <source>langgenius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="62"/>
        <source>legacy (comment only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Studio::App::PackageInspector</name>
    <message>
        <location filename="../app/package/packageinspector.cpp" line="36"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>Studio::Marketplace</name>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="246"/>
        <source>The Marketplace answered with something that is not JSON (%1); check the Marketplace URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="255"/>
        <source>The Marketplace refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="256"/>
        <source>error code %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Studio::Package</name>
    <message>
        <location filename="../core/package/bundle.cpp" line="37"/>
        <location filename="../core/package/signature.cpp" line="360"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/bundle.cpp" line="43"/>
        <source>Cannot replace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/bundle.cpp" line="70"/>
        <source>Bundle name &quot;%1&quot; is invalid: use 1-128 letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/bundle.cpp" line="72"/>
        <source>The bundle author is required (--author).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/bundle.cpp" line="75"/>
        <source>%1 already exists and is not empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/bundle.cpp" line="77"/>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagewriter.cpp" line="135"/>
        <source>%1 would be packaged (%2 file(s), e.g. %3). Dify has no built-in ignore list: add the line `%4` to .difyignore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagewriter.cpp" line="153"/>
        <source>uv is not installed: install it (pip install uv) or add requirements.txt. The plugin has pyproject.toml and uv.lock but no requirements.txt, so Dify needs `uv export` to generate one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagewriter.cpp" line="163"/>
        <source>Cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagewriter.cpp" line="167"/>
        <source>`uv export` did not finish within 5 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagewriter.cpp" line="171"/>
        <source>`uv export` failed (exit code %1): %2. Fix uv.lock (run `uv lock`) or add requirements.txt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagewriter.cpp" line="184"/>
        <source>Plugin folder not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagewriter.cpp" line="186"/>
        <source>%1 is not a folder; give the plugin folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagewriter.cpp" line="189"/>
        <source>Refusing to package the root folder; specify the plugin folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagewriter.cpp" line="199"/>
        <source>Cannot package %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagewriter.cpp" line="213"/>
        <source>The plugin does not validate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagewriter.cpp" line="224"/>
        <source>The plugin does not validate (%1 error(s)); fix them and package again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagewriter.cpp" line="242"/>
        <source>%1 is used by the plugin but excluded by the line `%2` of %3; the installed plugin will miss it. Remove or narrow that line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagewriter.cpp" line="251"/>
        <location filename="../core/package/packagewriter.cpp" line="290"/>
        <source>Packaging cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/packagewriter.cpp" line="281"/>
        <source>The plugin is %1 uncompressed, more than the %2 limit. Largest files: %3. Exclude what is not needed in .difyignore or raise --max-size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="94"/>
        <source>%1 is not a PEM file (no &quot;-----BEGIN&quot; line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="98"/>
        <source>%1 has a malformed BEGIN line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="105"/>
        <source>%1 has no matching &quot;%2&quot; line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="109"/>
        <source>%1 has PEM headers (an encrypted key?); use an unencrypted PKCS#1 key: openssl rsa -in KEY -traditional -out key.rsa.pem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="118"/>
        <source>%1 has invalid base64 in its PEM body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="126"/>
        <source>%1: unexpected text after the END line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="130"/>
        <source>%1: extra data included in the PEM block (the Dify daemon refuses anything after the END line except one line break). Remove the trailing blank lines or other content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="150"/>
        <source>Key file not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="154"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="158"/>
        <source>%1 is too large to be a PEM key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="182"/>
        <source>Out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="195"/>
        <source>Signing failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="213"/>
        <location filename="../core/package/signature.cpp" line="475"/>
        <source>No private key given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="234"/>
        <source>%1 is an SPKI (&quot;PUBLIC KEY&quot;) PEM; Dify needs PKCS#1 (&quot;RSA PUBLIC KEY&quot;). Convert it: openssl rsa -pubin -in %1 -RSAPublicKey_out -out pub.rsa.pem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="237"/>
        <source>%1 is a private key; give the public key (NAME.public.pem).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="239"/>
        <source>%1 holds a &quot;%2&quot; PEM block; Dify needs an &quot;RSA PUBLIC KEY&quot; (PKCS#1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="244"/>
        <source>%1 is not a valid PKCS#1 RSA public key: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="264"/>
        <source>%1 is a PKCS#8 (&quot;%2&quot;) PEM; Dify needs PKCS#1 (&quot;RSA PRIVATE KEY&quot;). Convert it: openssl rsa -in %1 -traditional -out key.rsa.pem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="268"/>
        <source>%1 is a public key; signing needs the private key (NAME.private.pem).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="270"/>
        <source>%1 holds a &quot;%2&quot; PEM block; Dify needs an &quot;RSA PRIVATE KEY&quot; (PKCS#1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="275"/>
        <source>%1 is not a valid PKCS#1 RSA private key: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="332"/>
        <source>RSA keys shorter than 2048 bits are not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="337"/>
        <source>%1 already exists; choose another name or delete it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="346"/>
        <source>Key generation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="351"/>
        <source>Cannot encode the private key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="363"/>
        <location filename="../core/package/signature.cpp" line="371"/>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="406"/>
        <source>The package is not signed (no signature in the archive comment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="412"/>
        <source>The archive comment is not a signature (not JSON); the package is unsigned or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="419"/>
        <source>The archive comment has no valid &quot;signature&quot;/&quot;time&quot; fields; the package is unsigned or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="426"/>
        <source>The signature is not valid base64; the package was modified after signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="442"/>
        <source>No trusted key to verify with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="453"/>
        <source>The signature does not match any trusted key (%1 tried): the package was modified after signing or signed with another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="462"/>
        <source>%1 is not valid JSON; the daemon refuses the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="481"/>
        <source>Unknown category &quot;%1&quot;; use langgenius, partner or community.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="489"/>
        <location filename="../core/package/signature.cpp" line="493"/>
        <source>%1 does not decode as a plugin: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="534"/>
        <source>The signed package does not re-open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="539"/>
        <source>The signed package does not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Studio::Package::Internal</name>
    <message>
        <location filename="../core/package/zipwriter.cpp" line="63"/>
        <location filename="../core/package/zipwriter.cpp" line="68"/>
        <source>Cannot add %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/zipwriter.cpp" line="73"/>
        <source>Cannot set up %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/zipwriter.cpp" line="77"/>
        <source>The archive comment is longer than 65535 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/zipwriter.cpp" line="79"/>
        <source>Cannot set the archive comment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/zipwriter.cpp" line="93"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/zipwriter.cpp" line="102"/>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/zipwriter.cpp" line="122"/>
        <source>Cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/zipwriter.cpp" line="123"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/zipwriter.cpp" line="131"/>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/zipwriter.cpp" line="136"/>
        <source>Cannot move the new archive to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/zipwriter.cpp" line="145"/>
        <source>Cannot create a temporary folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/zipwriter.cpp" line="152"/>
        <source>Cannot read back the archive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Studio::Plugin</name>
    <message>
        <location filename="../core/plugin/loader.cpp" line="321"/>
        <source>The bundle manifest.yaml must be a YAML mapping (name, labels, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="330"/>
        <source>`%1` must be a single value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="346"/>
        <source>`%1` must be a mapping of languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="373"/>
        <source>`tags` must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="380"/>
        <source>`dependencies` must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="385"/>
        <source>Each dependency must be a mapping {type, value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="422"/>
        <source>Bundle name &quot;%1&quot; must be 1–128 letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="426"/>
        <source>Bundle version &quot;%1&quot; is not valid; write three numbers like 0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="429"/>
        <source>`type` must be &quot;bundle&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="432"/>
        <source>`author` is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="435"/>
        <source>`icon` is missing; name a file in _assets/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="438"/>
        <source>`labels` needs an en_US text (note the plural key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="441"/>
        <source>`description` needs an en_US text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="444"/>
        <source>`dependencies` is missing; write dependencies: [].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="452"/>
        <source>Marketplace pattern &quot;%1&quot; is not valid; write org/plugin:1.0.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="456"/>
        <source>GitHub pattern &quot;%1&quot; is not valid; write owner/repo:1.0.0/asset.difypkg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="460"/>
        <source>A package dependency needs value.path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="464"/>
        <source>Dependency type &quot;%1&quot; is not valid; use marketplace, github or package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="472"/>
        <source>Tag &quot;%1&quot; is not a Dify tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/validator.cpp" line="65"/>
        <source>There is no README.md at the plugin root; Dify shows it as the English description. Add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/validator.cpp" line="71"/>
        <source>README.md contains Chinese characters; Marketplace review rejects that for the English README. Move translations to readme/README_zh_Hans.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/validator.cpp" line="75"/>
        <source>README.md is empty; describe the plugin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/validator.cpp" line="92"/>
        <source>%1 is not detected as a translated README; name it readme/README_&lt;lang&gt;.md (e.g. readme/README_zh_Hans.md) directly inside readme/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/validator.cpp" line="98"/>
        <source>%1 at the plugin root is not detected; move it to readme/%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/validator.cpp" line="102"/>
        <source>.env is part of the plugin files and would be packaged with its secrets; add it to .difyignore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/validator.cpp" line="109"/>
        <source>The folder %1/ is a virtual environment; Marketplace CI refuses it. Delete it or add it to .difyignore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/validator.cpp" line="116"/>
        <source>There is no pyproject.toml; Marketplace CI requires it (with uv.lock) to build the plugin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/validator.cpp" line="120"/>
        <source>Neither requirements.txt nor pyproject.toml exists; the runtime cannot install dify_plugin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/validator.cpp" line="126"/>
        <source>`privacy` is not set; Marketplace requires a privacy policy (privacy: PRIVACY.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/validator.cpp" line="131"/>
        <source>The privacy policy file &quot;%1&quot; does not exist; create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/validator.cpp" line="136"/>
        <source>%1 looks like a placeholder; describe what data the plugin collects and sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/validator.cpp" line="144"/>
        <source>created_at (%1) is in the future; Marketplace refuses that. Use the current time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Studio::Plugin::Detail::Decoder</name>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="318"/>
        <source>The key &quot;%1&quot; is set twice in this mapping; the daemon refuses to decode the file. Keep only one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="335"/>
        <source>%1 must be a mapping (key: value pairs), not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="336"/>
        <location filename="../core/plugin/decoder.cpp" line="2414"/>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="336"/>
        <location filename="../core/plugin/decoder.cpp" line="2414"/>
        <source>a scalar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="350"/>
        <source>&quot;%1&quot; must be a single value (a string), not a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="351"/>
        <source>mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="351"/>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="368"/>
        <source>&quot;%1&quot; must be a boolean, but it is the quoted string &quot;%2&quot;; remove the quotes (write true or false).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="374"/>
        <source>&quot;%1&quot; must be a boolean (true or false).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="389"/>
        <source>&quot;%1&quot; must be an integer, but it is the quoted string &quot;%2&quot;; remove the quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="393"/>
        <source>&quot;%1&quot; must be an integer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="409"/>
        <source>&quot;%1&quot; must be a number (unquoted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="420"/>
        <source>&quot;%1&quot; must be a list (- item).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="439"/>
        <source>&quot;%1&quot; must be a mapping of languages, e.g. {en_US: &quot;Text&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="459"/>
        <source>Language key(s) %1 are ignored by Dify (only en_US, zh_Hans, ja_JP and pt_BR are read); rename or remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="478"/>
        <source>The key &quot;%1&quot; is defined twice in this mapping (first at line %2); the daemon refuses to decode the file. Keep only one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="501"/>
        <source>&quot;%1&quot; must be a mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="517"/>
        <source>%1 has no en_US text; add `en_US: ...` (English is mandatory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="518"/>
        <source>%1 is missing; add it with at least an en_US text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="525"/>
        <source>%1 has a translation of %2 characters; at most 1023 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="538"/>
        <source>%1 is %2 characters long; the limit is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="547"/>
        <source>Tag &quot;%1&quot; is not a Dify tag; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="553"/>
        <source>The Python SDK refuses tag &quot;%1&quot; on a tool provider; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="557"/>
        <source>The Python SDK refuses tag &quot;%1&quot; on a datasource provider; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="560"/>
        <source>The Python SDK accepts no Dify tag on a trigger provider (tag &quot;%1&quot;); leave `tags` empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="580"/>
        <source>`scope` is only allowed for app-selector, model-selector%1 fields, not for type &quot;%2&quot;; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="581"/>
        <source> and any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="592"/>
        <source>Scope &quot;%1&quot; is not valid for %2; use one of: %3 (several joined with &amp;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="605"/>
        <source>%1 &quot;%2&quot; was not among the uploaded assets (file not found: %2); put the file directly in _assets/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="613"/>
        <source>%1 &quot;%2&quot; exists but is excluded by .difyignore/.gitignore, so the daemon will not find it; remove the matching ignore pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="620"/>
        <source>%1 &quot;%2&quot; does not exist: add the file _assets/%2 (icon names are relative to _assets/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="646"/>
        <source>%1 has no extra.python.source; the Python SDK needs it to find the implementation (e.g. extra: {python: {source: provider/my_provider.py}}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="655"/>
        <source>extra.python.source &quot;%1&quot; does not exist in the plugin; create it or fix the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="667"/>
        <source>The path &quot;%1&quot; is longer than 128 characters; shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="678"/>
        <source>The path &quot;%1&quot; is not a clean package path: the daemon&apos;s zip decoder refuses it. Write it relative to the plugin root without &quot;./&quot;, &quot;..&quot;, &quot;//&quot; or a leading &quot;/&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="706"/>
        <source>An empty file reference; write the path of a YAML file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="714"/>
        <source>&quot;%1&quot; is referenced but excluded by .difyignore/.gitignore, so it will not be in the package; remove the matching ignore pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="720"/>
        <source>The referenced file &quot;%1&quot; does not exist; create it or fix the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="728"/>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="736"/>
        <source>%1 is not valid YAML: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="754"/>
        <source>&quot;%1&quot; must be a list of %2 files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="763"/>
        <source>An inline %1 declaration is accepted by the daemon but the Python SDK only loads file paths; move it into its own YAML file and list the path here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="779"/>
        <source>%1 must contain a YAML mapping (the %2 declaration).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="800"/>
        <source>`identity` is missing; add author, name, label%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="800"/>
        <source> and icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="822"/>
        <source>identity.author is empty; write the author&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="824"/>
        <source>identity.name is empty; give it a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="827"/>
        <source>identity.name &quot;%1&quot; may only contain letters, digits, &apos;_&apos; and &apos;-&apos; (no spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="833"/>
        <source>identity.icon is missing; name an icon file in _assets/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="837"/>
        <source>A tag is longer than 128 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="862"/>
        <source>An option has no value; add `value:`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="865"/>
        <source>Option value is longer than 127 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="869"/>
        <source>Option value %1 is read as a boolean by the Python SDK but as a string by the daemon; quote it (&quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="901"/>
        <source>`default` must be a single value (string, number or boolean), not a list or mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="908"/>
        <location filename="../core/plugin/decoder.cpp" line="1046"/>
        <location filename="../core/plugin/decoder.cpp" line="1649"/>
        <source>`options` must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="916"/>
        <source>At most 127 options are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="933"/>
        <source>Field name is longer than 1023 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="936"/>
        <source>Field type &quot;%1&quot; is not valid; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="975"/>
        <source>&quot;%1&quot; must be a list of fields or a mapping name: {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="976"/>
        <source>&quot;%1&quot; must be a list of fields (- name: ...); the map form is not accepted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1076"/>
        <source>auto_generate.type must be prompt_instruction, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1087"/>
        <source>A parameter has no name; add `name:`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1089"/>
        <source>Parameter name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1090"/>
        <source>Parameter label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1105"/>
        <source>Parameter type &quot;%1&quot; is accepted by the Python SDK but refused by the daemon&apos;s validator; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1108"/>
        <source>Parameter type &quot;%1&quot; is not valid here; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1115"/>
        <source>Parameter human_description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1118"/>
        <source>Parameter `form` is missing; use llm, form or schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1119"/>
        <source>Parameter form &quot;%1&quot; is not valid; use llm, form or schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1125"/>
        <source>Parameter help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1130"/>
        <source>Parameter description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1133"/>
        <source>Datasource parameters must not have a `scope` (the daemon&apos;s validator always refuses it); remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1142"/>
        <source>`default` must be a single value (string, number or boolean).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1147"/>
        <source>`multiple: true` is only supported by the Python SDK for select and dynamic-select parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1152"/>
        <source>With `multiple: true` the `default` must be a list, e.g. [a, b].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1155"/>
        <source>A list `default` needs `multiple: true`; use a single value or set multiple.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1167"/>
        <source>`parameters` must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1263"/>
        <source>`version` is missing; write the plugin version, e.g. version: 0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1266"/>
        <source>Version &quot;%1&quot; is not valid; write three numbers like 1.0.0 (optionally -suffix).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1270"/>
        <source>Version &quot;%1&quot; is not valid; write exactly three numbers like 1.0.0 (optionally -suffix).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1276"/>
        <source>Version &quot;%1&quot; is not a valid PEP 440 version, which the Python SDK requires; use a suffix such as -beta, -rc1, -post1 or -dev1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1284"/>
        <source>`type` must be &quot;plugin&quot; (found &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1289"/>
        <source>`author` is longer than 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1292"/>
        <source>Author &quot;%1&quot; is not valid: use 1–64 lowercase letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1295"/>
        <source>The Python SDK also refuses author &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1298"/>
        <source>Author &quot;%1&quot; looks like a UUID, which the daemon reserves for remote-debug plugins; use your account or organisation name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1306"/>
        <source>`name` is empty; give the plugin a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1308"/>
        <source>`name` is longer than 128 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1311"/>
        <source>Name &quot;%1&quot; is not valid: use 1–128 lowercase letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1323"/>
        <source>`icon` is missing; name an icon file in _assets/ (e.g. icon: icon.svg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1325"/>
        <source>`icon` is longer than 128 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1326"/>
        <source>Plugin icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1328"/>
        <source>Plugin dark icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1382"/>
        <source>Storage size %1 is out of range; write a size in bytes between 1024 and 1073741824 (e.g. 1048576), even when storage is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1385"/>
        <source>The storage block has no `size`; add a size in bytes between 1024 and 1073741824 (e.g. size: 1048576).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1393"/>
        <source>resource.memory is missing or 0; write the memory limit in bytes (e.g. 268435456).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1401"/>
        <source>`plugins` is missing; list the provider YAML files (e.g. plugins: {tools: [provider/x.yaml]}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1408"/>
        <source>plugins.%1 lists %2 files but the daemon keeps only the last one (the SDK loads all); declare exactly one provider per kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1427"/>
        <source>`meta` is missing; add version, arch and runner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1432"/>
        <source>meta.version &quot;%1&quot; is not valid; write 0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1438"/>
        <source>meta.arch is missing; write arch: [amd64, arm64].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1442"/>
        <source>Architecture &quot;%1&quot; is not supported; use amd64 and/or arm64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1448"/>
        <source>meta.runner is missing; write runner: {language: python, version: &quot;3.12&quot;, entrypoint: main}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1454"/>
        <source>Runner language &quot;%1&quot; is not supported; write language: python.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1460"/>
        <source>meta.runner.version is missing; write version: &quot;3.12&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1463"/>
        <source>meta.runner.version is longer than 128 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1468"/>
        <source>Unquoted runner version %1 is read by the Python SDK as the number %2 and refused; quote it: version: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1471"/>
        <source>Quote the runner version (version: &quot;%1&quot;): the Python SDK reads a bare %1 as a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1479"/>
        <source>meta.runner.entrypoint is missing; write entrypoint: main.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1482"/>
        <source>meta.runner.entrypoint is longer than 256 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1485"/>
        <source>The entrypoint module %1.py does not exist; the plugin will not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1492"/>
        <source>minimum_dify_version &quot;%1&quot; is not a valid version; write e.g. 1.7.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1510"/>
        <source>created_at must be a timestamp such as 2026-01-02T03:04:05Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1519"/>
        <source>created_at &quot;%1&quot; is not a timestamp; write RFC 3339 with a zone, e.g. 2026-01-02T03:04:05Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1522"/>
        <source>Quoted created_at &quot;%1&quot; must be RFC 3339 with a time zone (e.g. &quot;2026-01-02T03:04:05Z&quot;); add the zone or remove the quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1531"/>
        <source>created_at is missing; write the creation time, e.g. created_at: 2026-01-02T03:04:05Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1538"/>
        <source>`repo` must be a URL with scheme and host (e.g. https://github.com/me/plugin); remove the key if there is none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1557"/>
        <source>The tool has no `description`; add description: {human: {en_US: ...}, llm: ...}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1566"/>
        <source>description.llm is empty; describe for the model what the tool does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1574"/>
        <source>The tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1586"/>
        <source>Tool provider icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1588"/>
        <source>Tool provider dark icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1607"/>
        <source>The Python SDK reads credentials_for_provider only as a mapping (name: {type: ..., label: ...}); convert the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1612"/>
        <source>credentials_schema is not read by the Python SDK; write the credentials as a mapping under credentials_for_provider instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1619"/>
        <source>The tool provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1643"/>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1661"/>
        <source>Option label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1663"/>
        <source>An option has no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1686"/>
        <source>A credential form field has no `variable`; add the variable name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1689"/>
        <source>Credential form type &quot;%1&quot; is not valid; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1691"/>
        <source>Field label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1692"/>
        <source>Field help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1693"/>
        <source>Field placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1696"/>
        <source>Write `required:` explicitly: the daemon defaults it to false, the Python SDK to true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1719"/>
        <source>`model` is empty; write the model name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1721"/>
        <source>model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1730"/>
        <source>model_type &quot;%1&quot; is not valid; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1738"/>
        <source>Model feature &quot;%1&quot; is refused by the Python SDK; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1748"/>
        <source>fetch_from must be predefined-model or customizable-model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1756"/>
        <source>model_properties key &quot;%1&quot; is refused by the Python SDK; allowed keys: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1767"/>
        <source>parameter_rules must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1770"/>
        <source>At most 128 parameter rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1792"/>
        <source>A rule `default` must be a single value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1809"/>
        <source>use_template &quot;%1&quot; is not a known template (the daemon fails to decode the file); use temperature, top_p, top_k, presence_penalty, frequency_penalty, max_tokens, response_format or json_schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1830"/>
        <source>A parameter rule has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1833"/>
        <source>Parameter rule &quot;%1&quot; has neither `type` nor `use_template`; add type: float|int|string|boolean|text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1839"/>
        <source>Parameter rule type &quot;%1&quot; is not valid; use float, int, string, boolean or text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1841"/>
        <source>Rule help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1859"/>
        <source>pricing.%1 must be a decimal number (e.g. &apos;0.003&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1875"/>
        <source>`provider` is empty; write its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1877"/>
        <source>provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1899"/>
        <source>Model provider %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1917"/>
        <source>supported_model_types is missing; list the model types (e.g. [llm]).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1919"/>
        <source>At most 16 model types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1923"/>
        <source>Model type &quot;%1&quot; is not valid; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1931"/>
        <source>configurate_methods is missing; write [predefined-model] and/or customizable-model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1935"/>
        <source>Configurate method &quot;%1&quot; is not valid; use predefined-model or customizable-model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1943"/>
        <source>credential_form_schemas must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1947"/>
        <source>At most 32 credential fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1996"/>
        <source>Inline models are accepted by the daemon only; the Python SDK loads model files through models.&lt;type&gt;.predefined globs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2036"/>
        <source>The glob &quot;%1&quot; matches no file: package paths never start with &quot;./&quot;; write it without the prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2039"/>
        <source>The glob &quot;%1&quot; matches only files excluded by .difyignore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2040"/>
        <source>The glob &quot;%1&quot; matches no model file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2053"/>
        <source>The position file %1 must be a YAML list of model names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2067"/>
        <source>configurate_methods has predefined-model but no models are declared; add models.&lt;type&gt;.predefined globs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2085"/>
        <source>The model provider has no extra.python.provider_source; the Python SDK needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2088"/>
        <source>extra.python.provider_source &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2092"/>
        <source>extra.python.model_sources entry &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2097"/>
        <source>The model provider has no extra.python.provider_source; the Python SDK needs it (extra: {python: {provider_source: provider/x.py, model_sources: [...]}}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2118"/>
        <source>The endpoint has no `path` (e.g. /webhook).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2121"/>
        <source>Endpoint method &quot;%1&quot; is not valid; use one of: %2 (upper case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2124"/>
        <source>The endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2160"/>
        <source>A feature is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2163"/>
        <source>Strategy feature &quot;%1&quot; is refused by the Python SDK; the only feature is history-messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2168"/>
        <source>The agent strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2180"/>
        <source>Agent strategy provider icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2182"/>
        <source>Agent strategy provider dark icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2189"/>
        <source>The agent strategy provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2203"/>
        <source>Datasource icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2211"/>
        <source>The datasource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2225"/>
        <source>Datasource provider icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2234"/>
        <source>The Python SDK reads datasource credentials_schema only as a list (- name: ...); convert the mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2241"/>
        <source>provider_type &quot;%1&quot; is not valid; use website_crawl, online_document or online_drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2247"/>
        <source>The datasource provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2266"/>
        <source>The trigger event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2278"/>
        <source>Trigger provider icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2280"/>
        <source>Trigger provider dark icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2309"/>
        <source>subscription_schema must be a list or a mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2313"/>
        <source>The Python SDK reads subscription_schema only as a list (- name: ...); convert the mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2328"/>
        <source>The trigger provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2348"/>
        <source>The plugin declares no provider; list one under plugins (tools, models, endpoints, agent_strategies, datasources or triggers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2360"/>
        <source>plugins.%1 cannot be combined with other provider kinds (only tools + endpoints may be combined); split it into separate plugins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2389"/>
        <source>manifest.yaml is excluded by the ignore file; remove that pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2390"/>
        <source>There is no manifest.yaml at the plugin root; this is not a Dify plugin folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2397"/>
        <source>manifest.yaml cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2403"/>
        <source>manifest.yaml is not valid YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2413"/>
        <source>manifest.yaml must be a YAML mapping with version, type, author, name, ... (it is %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2414"/>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2464"/>
        <source>The provider file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2475"/>
        <source>An inline `%1` declaration in manifest.yaml is read by the daemon but ignored by the Python SDK; move it to a file listed under plugins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2501"/>
        <source>The plugin declares endpoints but resource.permission.endpoint.enabled is not true; enable it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Studio::Workspace</name>
    <message>
        <location filename="../core/workspace/credentialcheck.cpp" line="21"/>
        <source>The plugin is not running; start it to check credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/credentialcheck.cpp" line="34"/>
        <source>The credentials were refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/credentialcheck.cpp" line="46"/>
        <source>The plugin did not answer the credential check (no &quot;result&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/credentialcheck.cpp" line="48"/>
        <source>The plugin says these credentials are invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="659"/>
        <source>Another install is running in this workspace; try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/offlineexport.cpp" line="57"/>
        <source>Cannot create a temporary folder for the offline export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/offlineexport.cpp" line="62"/>
        <source>Cannot copy %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/offlineexport.cpp" line="64"/>
        <source>Extracting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/offlineexport.cpp" line="71"/>
        <source>%1 is neither a .difypkg nor a plugin folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/offlineexport.cpp" line="76"/>
        <source>%1 has no manifest.yaml; it is not a plugin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/offlineexport.cpp" line="85"/>
        <source>Exporting requirements.txt from pyproject.toml with uv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/offlineexport.cpp" line="88"/>
        <source>The plugin only has pyproject.toml and `uv export` failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/offlineexport.cpp" line="91"/>
        <source>%1 has neither requirements.txt nor pyproject.toml; nothing to download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/offlineexport.cpp" line="104"/>
        <location filename="../core/workspace/offlineexport.cpp" line="155"/>
        <source>Cannot write requirements.txt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/offlineexport.cpp" line="112"/>
        <source>python3 was not found; install Python 3 (with pip) to download wheels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/offlineexport.cpp" line="122"/>
        <source>Downloading wheels for %1 (python %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/offlineexport.cpp" line="122"/>
        <location filename="../core/workspace/offlineexport.cpp" line="149"/>
        <source>this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/offlineexport.cpp" line="123"/>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/offlineexport.cpp" line="128"/>
        <source>Cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/offlineexport.cpp" line="142"/>
        <source>The offline export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/offlineexport.cpp" line="142"/>
        <source>pip download took too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/offlineexport.cpp" line="148"/>
        <source>pip download failed (exit %1). Some requirement has no wheel for %2; the last lines were:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/offlineexport.cpp" line="172"/>
        <source>Packaging %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/offlineexport.cpp" line="180"/>
        <source>The offline package is UNSIGNED (repackaging changes its checksum): sign it with your key and trust that key, or allow unsigned packages where you install it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="51"/>
        <source>Workspace database error while %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Studio::Yaml</name>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="62"/>
        <source>the file is UTF-16 encoded; save it as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="70"/>
        <source>binary file, not YAML (it contains a NUL byte)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="73"/>
        <source>control character U+%1 is not allowed in YAML; remove it (is this a binary file?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="105"/>
        <source>invalid UTF-8 (byte 0x%1); save the file as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="125"/>
        <source>the YAML is nested more than %1 levels deep; flatten the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="159"/>
        <source>a tab character is used for indentation; YAML indentation must use spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="275"/>
        <source>YAML syntax error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="640"/>
        <source>the file is %1 bytes, more than the %2-byte limit for YAML files; is this really a manifest?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="675"/>
        <source>unknown alias %1: no anchor with this name is defined before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="686"/>
        <source>YAML could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Studio::Yaml::TreeBuilder</name>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="336"/>
        <source>unknown alias %1: no anchor with this name is defined before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="341"/>
        <source>alias %1 refers to a node that contains it (recursive anchor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="390"/>
        <source>unclosed quoted string: the closing %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="518"/>
        <source>YAML aliases expand to more than %1 nodes (a &apos;billion laughs&apos; document?); remove the aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="581"/>
        <source>the YAML is nested more than %1 levels deep; flatten the document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceStore</name>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="143"/>
        <source>Cannot create the workspace folder %1; choose a writable folder with --workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="153"/>
        <source>Cannot open the workspace database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="202"/>
        <source>The workspace database %1 is damaged or not an SQLite file (%2). Move it away to start a fresh workspace, or restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="208"/>
        <source>The workspace %1 was written by a newer Plugin Studio (schema %2, this one knows %3); update Plugin Studio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="212"/>
        <source>Cannot start a migration transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="216"/>
        <source>migrating the schema to version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="224"/>
        <source>Cannot commit the schema migration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="286"/>
        <source>Cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="288"/>
        <source>replacing a plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="296"/>
        <source>recording the installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="303"/>
        <source>Cannot commit the installation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="311"/>
        <source>The plugin %1 is not installed in this workspace; see `list`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="319"/>
        <source>uninstalling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="326"/>
        <source>Cannot commit the uninstall: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="333"/>
        <source>enabling a plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="337"/>
        <location filename="../core/workspace/workspace.cpp" line="348"/>
        <source>The plugin %1 is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="344"/>
        <source>setting the auto-upgrade strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="356"/>
        <source>checking a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="367"/>
        <source>creating a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="381"/>
        <source>updating a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="416"/>
        <source>reading a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="425"/>
        <source>clearing tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="439"/>
        <source>The install was interrupted (the process ended before it finished); the previous version is still installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="441"/>
        <source>marking interrupted tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="488"/>
        <source>An endpoint needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="502"/>
        <source>creating an endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="517"/>
        <source>listing endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="551"/>
        <source>updating an endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="556"/>
        <location filename="../core/workspace/workspace.cpp" line="566"/>
        <source>No endpoint with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="562"/>
        <source>enabling an endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="572"/>
        <source>deleting an endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="583"/>
        <source>Credential type must be api-key or oauth2, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="585"/>
        <source>A credential needs a name of 1 to 30 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="594"/>
        <location filename="../core/workspace/workspace.cpp" line="600"/>
        <location filename="../core/workspace/workspace.cpp" line="605"/>
        <source>adding a credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="623"/>
        <source>listing credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="648"/>
        <location filename="../core/workspace/workspace.cpp" line="661"/>
        <source>updating a credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="652"/>
        <location filename="../core/workspace/workspace.cpp" line="683"/>
        <source>No credential with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="670"/>
        <source>deleting a credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="679"/>
        <location filename="../core/workspace/workspace.cpp" line="687"/>
        <location filename="../core/workspace/workspace.cpp" line="688"/>
        <source>choosing the default credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="711"/>
        <source>saving the OAuth client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="720"/>
        <source>reading the OAuth client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="738"/>
        <source>The key must be an RSA public key in PKCS#1 PEM form (&quot;-----BEGIN RSA PUBLIC KEY-----&quot;), as written by `dify signature generate`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="741"/>
        <location filename="../core/workspace/workspace.cpp" line="745"/>
        <source>adding a trusted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="748"/>
        <source>The trusted key could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="754"/>
        <source>removing a trusted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="775"/>
        <source>reading a setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="785"/>
        <source>saving a setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="810"/>
        <source>&quot;%1&quot; is not an http(s) URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="827"/>
        <source>reading the Dify API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="846"/>
        <source>saving the Dify API key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
