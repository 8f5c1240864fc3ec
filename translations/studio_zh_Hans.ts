<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_Hans">
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
        <translation>%1 秒前</translation>
    </message>
    <message>
        <location filename="../app/debug/inspectormodel.cpp" line="144"/>
        <source>%1 min ago</source>
        <translation>%1 分钟前</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacemodel.cpp" line="148"/>
        <source>partner</source>
        <translation>合作伙伴</translation>
    </message>
</context>
<context>
    <name>Studio</name>
    <message>
        <location filename="../app/editors/form/yamlbridge.cpp" line="92"/>
        <source>This build has no YAML editor; edit the text instead.</source>
        <translation>此版本不包含 YAML 编辑器；请直接编辑文本。</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/panels.cpp" line="196"/>
        <source>The endpoint server could not start.</source>
        <translation>端点服务器无法启动。</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/panels.cpp" line="318"/>
        <source>The plugin could not start to check the credentials: %1</source>
        <translation>插件无法启动以检查凭据：%1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/panels.cpp" line="388"/>
        <source>&amp;Workspace Settings...</source>
        <translation>工作空间设置(&amp;W)...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/panels.cpp" line="398"/>
        <source>The workspace could not be opened: %1</source>
        <translation>无法打开工作空间：%1</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="211"/>
        <source>Packaged, but signing failed: %1</source>
        <translation>已打包，但签名失败：%1</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="223"/>
        <source>This build has no packager.</source>
        <translation>此版本不包含打包器。</translation>
    </message>
    <message>
        <location filename="../app/package/packageinspector.cpp" line="127"/>
        <source>Signed and verified by %1 (category %2).</source>
        <translation>已由 %1 签名并验证（类别 %2）。</translation>
    </message>
    <message>
        <location filename="../app/package/packageinspector.cpp" line="129"/>
        <source>Signed, but no trusted key verifies it: %1</source>
        <translation>已签名，但没有可验证它的受信任密钥：%1</translation>
    </message>
    <message>
        <location filename="../app/package/packageinspector.cpp" line="131"/>
        <source>Not signed. A daemon that enforces signatures will refuse it.</source>
        <translation>未签名。强制校验签名的守护进程会拒绝它。</translation>
    </message>
    <message>
        <location filename="../app/problems/livevalidator.cpp" line="57"/>
        <source>The project folder %1 no longer exists.</source>
        <translation>项目文件夹 %1 已不存在。</translation>
    </message>
    <message>
        <location filename="../core/debug/debugserver.cpp" line="58"/>
        <location filename="../core/debug/relay.cpp" line="46"/>
        <source>no handshake within %1 s</source>
        <translation>%1 秒内未完成握手</translation>
    </message>
    <message>
        <location filename="../core/debug/debugserver.cpp" line="200"/>
        <source>Refusing to listen on %1: the debug server accepts code registrations, so it only listens on 127.0.0.1 unless you explicitly allow other addresses.</source>
        <translation>拒绝在 %1 上监听：调试服务器会接受代码注册，因此除非您明确允许其他地址，否则它只监听 127.0.0.1。</translation>
    </message>
    <message>
        <location filename="../core/debug/debugserver.cpp" line="208"/>
        <source>Cannot listen on %1:%2: %3 — choose another port or stop the program using it.</source>
        <translation>无法在 %1:%2 上监听：%3 — 请选择其他端口，或停止占用该端口的程序。</translation>
    </message>
    <message>
        <location filename="../core/debug/debugserver.cpp" line="215"/>
        <source>The debug server listens on %1, reachable from other machines; anyone with the debug key can register a plugin.</source>
        <translation>调试服务器正在 %1 上监听，其他计算机可以访问；任何持有调试密钥的人都可以注册插件。</translation>
    </message>
    <message>
        <location filename="../core/debug/debugserver.cpp" line="230"/>
        <source>the debug server was stopped</source>
        <translation>调试服务器已停止</translation>
    </message>
    <message>
        <location filename="../core/debug/debugserver.cpp" line="269"/>
        <source>disconnected from Plugin Studio</source>
        <translation>已与 Plugin Studio 断开连接</translation>
    </message>
    <message>
        <location filename="../core/debug/debugserver.cpp" line="384"/>
        <source>replaced by a new registration of %1 from %2</source>
        <translation>已被来自 %2 的 %1 的新注册替换</translation>
    </message>
    <message>
        <location filename="../core/debug/endpointserver.cpp" line="540"/>
        <source>Cannot start the endpoint server on %1:%2: %3</source>
        <translation>无法在 %1:%2 上启动端点服务器：%3</translation>
    </message>
    <message>
        <location filename="../core/debug/inspector.cpp" line="194"/>
        <location filename="../core/debug/inspector.cpp" line="204"/>
        <source>Cannot write the capture: %1</source>
        <translation>无法写入捕获文件：%1</translation>
    </message>
    <message>
        <location filename="../core/debug/inspector.cpp" line="213"/>
        <source>Cannot open the capture: %1</source>
        <translation>无法打开捕获文件：%1</translation>
    </message>
    <message>
        <location filename="../core/debug/inspector.cpp" line="226"/>
        <source>Not a capture file: line %1 is not JSON (%2)</source>
        <translation>不是捕获文件：第 %1 行不是 JSON（%2）</translation>
    </message>
    <message>
        <location filename="../core/debug/inspector.cpp" line="232"/>
        <source>Not a Plugin Studio capture file (the first line has no &quot;format&quot;:&quot;plugin-studio-capture&quot;)</source>
        <translation>不是 Plugin Studio 捕获文件（第一行没有 &quot;format&quot;:&quot;plugin-studio-capture&quot;）</translation>
    </message>
    <message>
        <location filename="../core/debug/inspector.cpp" line="237"/>
        <source>Capture version %1 is not supported; update Plugin Studio</source>
        <translation>不支持捕获文件版本 %1；请更新 Plugin Studio</translation>
    </message>
    <message>
        <location filename="../core/debug/inspector.cpp" line="259"/>
        <source>The capture file is empty</source>
        <translation>捕获文件为空</translation>
    </message>
    <message>
        <location filename="../core/debug/relay.cpp" line="28"/>
        <source>the plugin closed the connection</source>
        <translation>插件关闭了连接</translation>
    </message>
    <message>
        <location filename="../core/debug/relay.cpp" line="32"/>
        <source>the Dify debug host closed the connection</source>
        <translation>Dify 调试主机关闭了连接</translation>
    </message>
    <message>
        <location filename="../core/debug/relay.cpp" line="42"/>
        <source>upstream error: %1</source>
        <translation>上游错误：%1</translation>
    </message>
    <message>
        <location filename="../core/debug/relay.cpp" line="159"/>
        <source>a line from the Dify debug host exceeded the limit</source>
        <translation>来自 Dify 调试主机的一行数据超出了限制</translation>
    </message>
    <message>
        <location filename="../core/debug/relay.cpp" line="192"/>
        <source>Set the Dify debug host, port and key before starting the relay (Dify: Plugins → Debug).</source>
        <translation>启动中继前，请先设置 Dify 调试主机、端口和密钥（Dify：插件 → 调试）。</translation>
    </message>
    <message>
        <location filename="../core/debug/relay.cpp" line="195"/>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>无法在 %1:%2 上监听：%3</translation>
    </message>
    <message>
        <location filename="../core/debug/relay.cpp" line="207"/>
        <source>the relay was stopped</source>
        <translation>中继已停止</translation>
    </message>
    <message>
        <location filename="../core/debug/tcptransport.cpp" line="25"/>
        <location filename="../core/debug/tcptransport.cpp" line="29"/>
        <source>the plugin closed the debug connection</source>
        <translation>插件关闭了调试连接</translation>
    </message>
    <message>
        <location filename="../core/debug/tcptransport.cpp" line="31"/>
        <source>debug connection error: %1</source>
        <translation>调试连接错误：%1</translation>
    </message>
    <message>
        <location filename="../core/debug/tcptransport.cpp" line="36"/>
        <source>no heartbeat from the plugin for %1 s; is its process paused or stuck?</source>
        <translation>插件已有 %1 秒没有心跳；它的进程是否已暂停或卡住？</translation>
    </message>
    <message>
        <location filename="../core/debug/tcptransport.cpp" line="98"/>
        <location filename="../core/debug/tcptransport.cpp" line="153"/>
        <source>a line from the plugin is longer than %1 MiB; closing</source>
        <translation>来自插件的一行数据超过了 %1 MiB；正在关闭</translation>
    </message>
    <message>
        <location filename="../core/package/manifestinfo.cpp" line="40"/>
        <source>manifest.yaml is missing at the root of %1.</source>
        <translation>%1 的根目录中缺少 manifest.yaml。</translation>
    </message>
    <message>
        <location filename="../core/package/manifestinfo.cpp" line="52"/>
        <source>manifest.yaml must be a mapping.</source>
        <translation>manifest.yaml 必须是映射。</translation>
    </message>
    <message>
        <location filename="../core/package/manifestinfo.cpp" line="76"/>
        <source>manifest.yaml has no %1; add it.</source>
        <translation>manifest.yaml 中没有 %1；请添加。</translation>
    </message>
    <message>
        <location filename="../core/runtime/filestore.cpp" line="58"/>
        <source>the file store could not listen on %1: %2</source>
        <translation>文件存储无法在 %1 上监听：%2</translation>
    </message>
    <message>
        <location filename="../core/runtime/invocation.cpp" line="31"/>
        <source>the call %1/%2 did not finish within %3 s and was abandoned (raise the timeout if the plugin is legitimately slow)</source>
        <translation>调用 %1/%2 未在 %3 秒内完成，已被放弃（如果插件确实较慢，请增大超时时间）</translation>
    </message>
    <message>
        <location filename="../core/runtime/invocation.cpp" line="54"/>
        <source>the call was cancelled</source>
        <translation>调用已取消</translation>
    </message>
    <message>
        <location filename="../core/runtime/pluginconnection.cpp" line="32"/>
        <location filename="../core/runtime/pluginconnection.cpp" line="35"/>
        <source>the connection was destroyed</source>
        <translation>连接已被销毁</translation>
    </message>
    <message>
        <location filename="../core/runtime/pluginconnection.cpp" line="67"/>
        <source>the plugin is not running</source>
        <translation>插件未在运行</translation>
    </message>
    <message>
        <location filename="../core/runtime/pluginconnection.cpp" line="70"/>
        <source>cannot call the plugin: %1 (start it first)</source>
        <translation>无法调用插件：%1（请先启动它）</translation>
    </message>
    <message>
        <location filename="../core/runtime/pluginconnection.cpp" line="85"/>
        <source>could not write the request to the plugin</source>
        <translation>无法将请求写入插件</translation>
    </message>
    <message>
        <location filename="../core/runtime/pluginconnection.cpp" line="139"/>
        <source>unknown event &quot;%1&quot; from the plugin: %2
</source>
        <translation>来自插件的未知事件“%1”：%2
</translation>
    </message>
    <message>
        <location filename="../core/runtime/pluginconnection.cpp" line="176"/>
        <source>invoke dify failed: invoke request missing %1</source>
        <translation>调用 Dify 失败：调用请求中缺少 %1</translation>
    </message>
    <message>
        <location filename="../core/runtime/pluginconnection.cpp" line="192"/>
        <source>reverse invocation is not available in this host (no handler configured)</source>
        <translation>此宿主中无法使用反向调用（未配置处理程序）</translation>
    </message>
    <message>
        <location filename="../core/runtime/pluginconnection.cpp" line="208"/>
        <source>unknown session message type &quot;%1&quot; from the plugin</source>
        <translation>来自插件的未知会话消息类型“%1”</translation>
    </message>
    <message>
        <location filename="../core/runtime/pluginconnection.cpp" line="234"/>
        <source>%1 while this call was running</source>
        <translation>此调用运行期间%1</translation>
    </message>
    <message>
        <location filename="../core/runtime/pluginhost.cpp" line="29"/>
        <source>cannot create a temporary folder</source>
        <translation>无法创建临时文件夹</translation>
    </message>
    <message>
        <location filename="../core/runtime/pluginhost.cpp" line="32"/>
        <source>cannot create the workspace folder %1</source>
        <translation>无法创建工作空间文件夹 %1</translation>
    </message>
    <message>
        <location filename="../core/runtime/reverse.cpp" line="135"/>
        <source>storage is not available: no storage database is configured</source>
        <translation>存储不可用：未配置存储数据库</translation>
    </message>
    <message>
        <location filename="../core/runtime/reverse.cpp" line="183"/>
        <source>file upload is not available: the studio&apos;s file store is not running</source>
        <translation>文件上传不可用：Studio 的文件存储未在运行</translation>
    </message>
    <message>
        <location filename="../core/runtime/reverse.cpp" line="203"/>
        <source>no running plugin provides the %1 provider &quot;%2&quot;; start or install the plugin that provides it in the studio</source>
        <translation>没有正在运行的插件提供 %1 供应商“%2”；请在 Studio 中启动或安装提供它的插件</translation>
    </message>
    <message>
        <location filename="../core/runtime/reverse.cpp" line="288"/>
        <source>the plugin called a Dify app (%1), but no Dify instance is configured; set the Dify API base URL and an app API key in Settings &gt; Dify instance (or --dify-url/--dify-key on the command line)</source>
        <translation>插件调用了 Dify 应用（%1），但未配置 Dify 实例；请在“设置 &gt; Dify 实例”中设置 Dify API 基础 URL 和应用 API 密钥（或在命令行中使用 --dify-url/--dify-key）</translation>
    </message>
    <message>
        <location filename="../core/runtime/reverse.cpp" line="350"/>
        <source>the Dify instance answered %1: %2</source>
        <translation>Dify 实例返回了 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/runtime/reverse.cpp" line="360"/>
        <source>the Dify instance did not answer JSON</source>
        <translation>Dify 实例返回的不是 JSON</translation>
    </message>
    <message>
        <location filename="../core/runtime/stdiotransport.cpp" line="62"/>
        <source>the plugin folder %1 does not exist</source>
        <translation>插件文件夹 %1 不存在</translation>
    </message>
    <message>
        <location filename="../core/runtime/stdiotransport.cpp" line="144"/>
        <source>the plugin wrote a line of %1 bytes on stdout, over the %2-byte limit; the instance was stopped (send large data as blob chunks or files)</source>
        <translation>插件在 stdout 上写入了一行 %1 字节的数据，超过了 %2 字节的限制；该实例已被停止（请以 blob 分块或文件的形式发送大数据）</translation>
    </message>
    <message>
        <location filename="../core/runtime/stdiotransport.cpp" line="166"/>
        <source>the plugin wrote more than %1 bytes on stdout without a line break (%2 bytes so far); the instance was stopped (send large data as blob chunks or files)</source>
        <translation>插件在 stdout 上写入了超过 %1 字节的数据而没有换行（目前已有 %2 字节）；该实例已被停止（请以 blob 分块或文件的形式发送大数据）</translation>
    </message>
    <message>
        <location filename="../core/runtime/stdiotransport.cpp" line="203"/>
        <source>the plugin process exited (code %1)</source>
        <translation>插件进程已退出（退出码 %1）</translation>
    </message>
    <message>
        <location filename="../core/runtime/stdiotransport.cpp" line="205"/>
        <source>the plugin process crashed</source>
        <translation>插件进程已崩溃</translation>
    </message>
    <message>
        <location filename="../core/runtime/stdiotransport.cpp" line="216"/>
        <source>could not start %1: %2 (check the interpreter path)</source>
        <translation>无法启动 %1：%2（请检查解释器路径）</translation>
    </message>
    <message>
        <location filename="../core/runtime/storage.cpp" line="29"/>
        <source>invalid key: the key is empty</source>
        <translation>无效的键：键为空</translation>
    </message>
    <message>
        <location filename="../core/runtime/storage.cpp" line="62"/>
        <source>cannot create the folder of the storage database %1</source>
        <translation>无法创建存储数据库 %1 所在的文件夹</translation>
    </message>
    <message>
        <location filename="../core/runtime/storage.cpp" line="71"/>
        <source>cannot open the storage database %1: %2</source>
        <translation>无法打开存储数据库 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/runtime/storage.cpp" line="77"/>
        <source>cannot create the storage table in %1: %2</source>
        <translation>无法在 %1 中创建存储表：%2</translation>
    </message>
    <message>
        <location filename="../core/runtime/storage.cpp" line="103"/>
        <source>no value is stored under the key &quot;%1&quot;</source>
        <translation>键“%1”下没有存储任何值</translation>
    </message>
    <message>
        <location filename="../core/runtime/storage.cpp" line="138"/>
        <source> (%1 bytes would be stored, the limit is %2 bytes; raise resource.permission.storage.size in manifest.yaml or delete keys)</source>
        <translation> (将存储 %1 字节，限制为 %2 字节；请提高 manifest.yaml 中的 resource.permission.storage.size，或删除一些键)</translation>
    </message>
    <message>
        <location filename="../core/runtime/streamassembler.cpp" line="14"/>
        <source>a blob is not valid base64</source>
        <translation>blob 不是有效的 base64</translation>
    </message>
    <message>
        <location filename="../core/runtime/streamassembler.cpp" line="23"/>
        <source>a hex body has an odd length</source>
        <translation>十六进制内容的长度为奇数</translation>
    </message>
    <message>
        <location filename="../core/runtime/streamassembler.cpp" line="26"/>
        <source>a hex body is not valid hex</source>
        <translation>十六进制内容不是有效的十六进制</translation>
    </message>
    <message>
        <location filename="../core/runtime/streamassembler.cpp" line="148"/>
        <source>single file chunk is too large: blob %1 sent %2 bytes in one chunk, the limit is %3</source>
        <translation>单个文件分块过大：blob %1 在一个分块中发送了 %2 字节，限制为 %3</translation>
    </message>
    <message>
        <location filename="../core/runtime/streamassembler.cpp" line="163"/>
        <source>blob %1 got a chunk after its end</source>
        <translation>blob %1 在结束后又收到了一个分块</translation>
    </message>
    <message>
        <location filename="../core/runtime/streamassembler.cpp" line="168"/>
        <source>file is too large: blob %1 exceeds %2 bytes</source>
        <translation>文件过大：blob %1 超过了 %2 字节</translation>
    </message>
    <message>
        <location filename="../core/runtime/streamassembler.cpp" line="204"/>
        <source>file is too large: %1 bytes (limit %2)</source>
        <translation>文件过大：%1 字节（限制为 %2）</translation>
    </message>
    <message>
        <location filename="../core/runtime/streamassembler.cpp" line="236"/>
        <source>unknown message type &quot;%1&quot;</source>
        <translation>未知的消息类型“%1”</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="207"/>
        <source>key &apos;%1&apos; appears %2 times in %3; remove the duplicates before editing it</source>
        <translation>键“%1”在 %3 中出现了 %2 次；请先删除重复项再编辑</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="251"/>
        <source>invalid YAML path &apos;%1&apos;: %2</source>
        <translation>无效的 YAML 路径“%1”：%2</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="257"/>
        <source>it ends with a backslash</source>
        <translation>路径以反斜杠结尾</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="262"/>
        <location filename="../core/yaml/yamleditor.cpp" line="291"/>
        <source>empty key</source>
        <translation>键为空</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="274"/>
        <source>&apos;[&apos; without &apos;]&apos;</source>
        <translation>“[”没有对应的“]”</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="278"/>
        <source>the index must be a number &gt;= 0</source>
        <translation>索引必须是 &gt;= 0 的数字</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="282"/>
        <source>&apos;]&apos; without &apos;[&apos;</source>
        <translation>“]”没有对应的“[”</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="322"/>
        <source>internal error: edit range out of bounds; nothing was changed</source>
        <translation>内部错误：编辑范围越界；未做任何更改</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="328"/>
        <source>the edit at %1 would make the YAML invalid (%2); nothing was changed</source>
        <translation>在 %1 处的编辑会使 YAML 无效（%2）；未做任何更改</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="398"/>
        <source>the edit at %1 would change more than that value (is it shared through a YAML alias, or written in an unusual style?); nothing was changed — edit the text directly</source>
        <translation>在 %1 处的编辑会改动该值以外的内容（它是否通过 YAML 别名共享，或以不常见的风格书写？）；未做任何更改 — 请直接编辑文本</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="413"/>
        <source>the edit at %1 would not leave the keys in the intended order; nothing was changed — edit the text directly</source>
        <translation>在 %1 处的编辑无法使键保持预期的顺序；未做任何更改 — 请直接编辑文本</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="463"/>
        <location filename="../core/yaml/yamleditor.cpp" line="617"/>
        <location filename="../core/yaml/yamleditor.cpp" line="730"/>
        <location filename="../core/yaml/yamleditor.cpp" line="886"/>
        <source>no document is loaded</source>
        <translation>未加载任何文档</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="472"/>
        <location filename="../core/yaml/yamleditor.cpp" line="628"/>
        <location filename="../core/yaml/yamleditor.cpp" line="688"/>
        <location filename="../core/yaml/yamleditor.cpp" line="893"/>
        <source>%1 was not found</source>
        <translation>未找到 %1</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="476"/>
        <source>%1 does not exist: item %2 is out of range (append items instead)</source>
        <translation>%1 不存在：第 %2 项超出范围（请改为追加项）</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="525"/>
        <location filename="../core/yaml/yamleditor.cpp" line="572"/>
        <source>cannot find the &apos;:&apos; after %1</source>
        <translation>找不到 %1 之后的“:”</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="536"/>
        <source>%1 has the tag %2 on another line; edit the text directly</source>
        <translation>%1 的标签 %2 位于另一行；请直接编辑文本</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="582"/>
        <source>cannot replace %1: other content follows it on the same line</source>
        <translation>无法替换 %1：同一行中其后还有其他内容</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="599"/>
        <source>cannot replace %1 in this position</source>
        <translation>无法替换此位置的 %1</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="640"/>
        <source>%1 is not a mapping; cannot add key &apos;%2&apos; to it</source>
        <translation>%1 不是映射；无法向其添加键“%2”</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="642"/>
        <source>%1 already exists</source>
        <translation>%1 已存在</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="648"/>
        <source>key &apos;%1&apos; not found in %2</source>
        <translation>在 %2 中未找到键“%1”</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="666"/>
        <source>cannot insert after %1: other content follows it on the same line</source>
        <translation>无法在 %1 之后插入：同一行中其后还有其他内容</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="685"/>
        <location filename="../core/yaml/yamleditor.cpp" line="888"/>
        <source>&apos;%1&apos; does not name a mapping key</source>
        <translation>“%1”不是映射键的名称</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="709"/>
        <source>cannot remove %1: other content follows it on the same line</source>
        <translation>无法删除 %1：同一行中其后还有其他内容</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="714"/>
        <source>cannot remove %1 in this layout</source>
        <translation>无法以此布局删除 %1</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="738"/>
        <location filename="../core/yaml/yamleditor.cpp" line="777"/>
        <location filename="../core/yaml/yamleditor.cpp" line="821"/>
        <source>%1 is not a list</source>
        <translation>%1 不是列表</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="750"/>
        <source>cannot find the &apos;-&apos; of the last item of %1</source>
        <translation>找不到 %1 最后一项的“-”</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="755"/>
        <source>cannot append to %1: other content follows its last item on the same line</source>
        <translation>无法追加到 %1：同一行中最后一项之后还有其他内容</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="780"/>
        <source>%1 has no item %2</source>
        <translation>%1 没有第 %2 项</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="794"/>
        <source>cannot find the &apos;-&apos; of item %1</source>
        <translation>找不到第 %1 项的“-”</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="799"/>
        <location filename="../core/yaml/yamleditor.cpp" line="807"/>
        <source>cannot remove item %1 in this layout</source>
        <translation>无法以此布局删除第 %1 项</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="825"/>
        <source>cannot move item %1 to %2: %3 has %4 items</source>
        <translation>无法将第 %1 项移动到 %2：%3 只有 %4 项</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="844"/>
        <source>cannot reorder %1: its items do not each start on their own line</source>
        <translation>无法重新排序 %1：其各项并非各自从单独的一行开始</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="865"/>
        <location filename="../core/yaml/yamleditor.cpp" line="1045"/>
        <source>cannot reorder %1 in this layout</source>
        <translation>无法以此布局重新排序 %1</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="897"/>
        <source>%1 has a key that is not a plain name; edit the text directly</source>
        <translation>%1 有一个不是普通名称的键；请直接编辑文本</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="924"/>
        <source>cannot rename %1: the new name is empty; type a name</source>
        <translation>无法重命名 %1：新名称为空；请输入名称</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="927"/>
        <source>cannot rename %1: the new name is longer than 1000 characters</source>
        <translation>无法重命名 %1：新名称超过 1000 个字符</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="931"/>
        <source>cannot rename %1: the new name contains a control character (line break, tab…); use letters, digits, &apos;_&apos; or &apos;-&apos;</source>
        <translation>无法重命名 %1：新名称包含控制字符（换行符、制表符…）；请使用字母、数字、&apos;_&apos; 或 &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="941"/>
        <source>cannot rename %1: %2 already exists; choose another name</source>
        <translation>无法重命名 %1：%2 已存在；请选择其他名称</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="947"/>
        <source>cannot rename %1: the key carries a tag or an anchor; edit the text directly</source>
        <translation>无法重命名 %1：该键带有标签或锚点；请直接编辑文本</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="974"/>
        <source>cannot move %1 to position %2: the mapping has %3 keys</source>
        <translation>无法将 %1 移动到位置 %2：该映射只有 %3 个键</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="1024"/>
        <source>cannot reorder %1: its keys do not each start on their own line</source>
        <translation>无法重新排序 %1：它的键并非各自独占一行开始</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamleditor.cpp" line="1070"/>
        <source>cannot move %1 there: the entry that would come first has comment lines above it, and the first key shares its line with &apos;-&apos;; edit the text directly</source>
        <translation>无法将 %1 移动到该位置：将排在最前面的条目上方有注释行，且第一个键与 &apos;-&apos; 位于同一行；请直接编辑文本</translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="98"/>
        <source>The Marketplace request was cancelled.</source>
        <translation>插件市场请求已取消。</translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="178"/>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="601"/>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="662"/>
        <source>The Marketplace URL &quot;%1&quot; is not a valid http(s) address; fix it in the settings.</source>
        <translation>插件市场 URL“%1”不是有效的 http(s) 地址；请在设置中修正。</translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="228"/>
        <source>The download is larger than the limit of %1 MiB; raise the limit if you trust this package.</source>
        <translation>下载内容超过了 %1 MiB 的限制；如果您信任此插件包，请提高该限制。</translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="281"/>
        <source>The Marketplace answered with something that is not JSON (%1); check the Marketplace URL.</source>
        <translation>插件市场返回的内容不是 JSON（%1）；请检查插件市场的 URL。</translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="290"/>
        <source>The Marketplace refused the request: %1</source>
        <translation>插件市场拒绝了请求：%1</translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="291"/>
        <source>error code %1</source>
        <translation>错误码 %1</translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="323"/>
        <source>Tried: %1.</source>
        <translation>已尝试：%1。</translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="333"/>
        <source>The Marketplace download-url answer (HTTP %1) has no usable Location; try again later.</source>
        <translation>插件市场的下载 URL 响应（HTTP %1）中没有可用的 Location；请稍后重试。</translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="349"/>
        <source>The Marketplace answered &quot;not modified&quot; but the cached catalogue is missing or damaged; try again.</source>
        <translation>插件市场返回了“未修改”，但缓存的目录缺失或已损坏；请重试。</translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="383"/>
        <source>The Marketplace at %1 cannot be reached (%2); check your network or proxy, or work offline.</source>
        <translation>无法访问位于 %1 的插件市场（%2）；请检查网络或代理，或改为离线工作。</translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="396"/>
        <source>The Marketplace has no such item (HTTP 404 for %1).</source>
        <translation>插件市场中没有该项目（%1 返回 HTTP 404）。</translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="399"/>
        <source>The Marketplace answered HTTP %1 for %2. %3</source>
        <translation>插件市场对 %2 返回了 HTTP %1。%3</translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="417"/>
        <source>The download is larger than the limit of %1 MiB.</source>
        <translation>下载内容超过了 %1 MiB 的限制。</translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="424"/>
        <source>The Marketplace did not return a plugin package (not a ZIP file).</source>
        <translation>插件市场返回的不是插件包（不是 ZIP 文件）。</translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="425"/>
        <source>The Marketplace did not return a plugin package (not a ZIP file): %1</source>
        <translation>插件市场返回的不是插件包（不是 ZIP 文件）：%1</translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="525"/>
        <source>&quot;%1&quot; is not a valid collection name.</source>
        <translation>“%1”不是有效的合集名称。</translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="535"/>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="546"/>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="567"/>
        <source>&quot;%1/%2&quot; is not a valid plugin id.</source>
        <translation>“%1/%2”不是有效的插件 ID。</translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="575"/>
        <source>&quot;%1/%2:%3&quot; is not a valid bundle id.</source>
        <translation>“%1/%2:%3”不是有效的插件集合 ID。</translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="596"/>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="619"/>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="677"/>
        <source>&quot;%1&quot; is not a plugin identifier; expected org/name:version@checksum.</source>
        <translation>“%1”不是插件标识符；应为 org/name:version@checksum。</translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="761"/>
        <source>Unknown dependency type &quot;%1&quot;.</source>
        <translation>未知的依赖类型“%1”。</translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="791"/>
        <source>%1 is not on the Marketplace.</source>
        <translation>%1 不在插件市场上。</translation>
    </message>
    <message>
        <location filename="../core/marketplace/marketplaceclient.cpp" line="822"/>
        <source>Version %1 of %2 is not on the Marketplace.</source>
        <translation>%2 的版本 %1 不在插件市场上。</translation>
    </message>
    <message>
        <location filename="../core/runtime/workflownodes.cpp" line="336"/>
        <source>the Dify inner API answered %1: %2 (check the inner API URL and that the key matches INNER_API_KEY_FOR_PLUGIN on the Dify side)</source>
        <translation>Dify 内部 API 返回了 %1：%2（请检查内部 API URL，并确认密钥与 Dify 端的 INNER_API_KEY_FOR_PLUGIN 一致）</translation>
    </message>
    <message>
        <location filename="../core/runtime/workflownodes.cpp" line="348"/>
        <source>the Dify inner API answered HTTP %1: %2</source>
        <translation>Dify 内部 API 返回了 HTTP %1：%2</translation>
    </message>
    <message>
        <location filename="../core/runtime/workflownodes.cpp" line="577"/>
        <source>sending the request to the Dify inner API timed out after %1 ms</source>
        <translation>向 Dify 内部 API 发送请求在 %1 毫秒后超时</translation>
    </message>
    <message>
        <location filename="../core/runtime/workflownodes.cpp" line="579"/>
        <source>the Dify inner API sent no complete answer within %1 ms</source>
        <translation>Dify 内部 API 在 %1 毫秒内未返回完整响应</translation>
    </message>
    <message>
        <location filename="../core/runtime/workflownodes.cpp" line="603"/>
        <source>cannot reach the Dify inner API: %1 (check the inner API URL in the workspace settings)</source>
        <translation>无法连接 Dify 内部 API：%1（请在工作空间设置中检查内部 API URL）</translation>
    </message>
    <message>
        <location filename="../core/runtime/workflownodes.cpp" line="638"/>
        <source>To let a real Dify run it, set the Dify inner API URL and key in Edit &gt; Workspace Settings (CLI: --dify-inner-url and --dify-inner-key).</source>
        <translation>要让真实的 Dify 运行它，请在“编辑 &gt; 工作空间设置”中设置 Dify 内部 API 的 URL 和密钥（CLI：--dify-inner-url 和 --dify-inner-key）。</translation>
    </message>
    <message>
        <location filename="../core/runtime/workflownodes.cpp" line="646"/>
        <source>no system model is configured: the studio summarizes with the system model, set it in Edit &gt; Workspace Settings (CLI: --system-model PROVIDER/MODEL) and run the plugin that provides it. </source>
        <translation>未配置系统模型：Studio 使用系统模型进行摘要，请在“编辑 &gt; 工作空间设置”中设置它（CLI：--system-model PROVIDER/MODEL），并运行提供该模型的插件。 </translation>
    </message>
    <message>
        <location filename="../core/runtime/workflownodes.cpp" line="654"/>
        <source>no running plugin provides the model provider &quot;%1&quot; that the studio needs to run this node itself; start or install the plugin that provides it in the studio. </source>
        <translation>没有正在运行的插件提供 Studio 自行运行此节点所需的模型供应商“%1”；请在 Studio 中启动或安装提供它的插件。 </translation>
    </message>
    <message>
        <location filename="../core/runtime/workflownodes.cpp" line="680"/>
        <source>the model %1/%2 failed: %3</source>
        <translation>模型 %1/%2 失败：%3</translation>
    </message>
    <message>
        <location filename="../core/runtime/workflownodes.cpp" line="695"/>
        <source>the system model %1/%2 answered with no text</source>
        <translation>系统模型 %1/%2 返回了空文本</translation>
    </message>
    <message>
        <location filename="../app/console/historystore.cpp" line="72"/>
        <source>This is not a console invocation: the keys &quot;id&quot; and &quot;action&quot; are required.</source>
        <translation>这不是控制台调用：必须包含键 &quot;id&quot; 和 &quot;action&quot;。</translation>
    </message>
    <message>
        <location filename="../app/console/historystore.cpp" line="98"/>
        <source>Cannot read the console history %1: %2</source>
        <translation>无法读取控制台历史记录 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/console/historystore.cpp" line="139"/>
        <source>Cannot write the console history %1: %2. Check the workspace folder permissions.</source>
        <translation>无法写入控制台历史记录 %1：%2。请检查工作空间文件夹的权限。</translation>
    </message>
    <message>
        <location filename="../app/console/historystore.cpp" line="143"/>
        <location filename="../app/console/historystore.cpp" line="152"/>
        <location filename="../app/console/historystore.cpp" line="156"/>
        <source>Cannot write the console history %1: %2</source>
        <translation>无法写入控制台历史记录 %1：%2</translation>
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
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/console/historystore.cpp" line="193"/>
        <location filename="../core/package/packagereader.cpp" line="130"/>
        <location filename="../core/package/signature.cpp" line="151"/>
        <location filename="../core/workspace/installtask.cpp" line="382"/>
        <location filename="../core/workspace/installtask.cpp" line="528"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/console/historystore.cpp" line="195"/>
        <source>%1 is larger than 64 MiB; an exported invocation is much smaller.</source>
        <translation>%1 大于 64 MiB；导出的调用文件要小得多。</translation>
    </message>
    <message>
        <location filename="../app/console/historystore.cpp" line="200"/>
        <source>%1 is not valid JSON (%2 at offset %3). Choose a file saved with &quot;Export invocation&quot;.</source>
        <translation>%1 不是有效的 JSON（%2，位于偏移量 %3）。请选择通过“导出调用”保存的文件。</translation>
    </message>
    <message>
        <location filename="../app/console/historystore.cpp" line="206"/>
        <source>%1 is not an exported invocation (missing &quot;format&quot;: &quot;plugin-studio-invocation&quot;).</source>
        <translation>%1 不是导出的调用文件（缺少 &quot;format&quot;: &quot;plugin-studio-invocation&quot;）。</translation>
    </message>
    <message>
        <location filename="../app/console/historystore.cpp" line="227"/>
        <source>- (%1 lines)
+ (%2 lines)
(the texts differ; too large for a line diff)</source>
        <translation>- （%1 行）
+ （%2 行）
（文本不同；内容过大，无法逐行比较）</translation>
    </message>
    <message>
        <location filename="../app/console/pythonchoice.cpp" line="100"/>
        <source>existing interpreter</source>
        <translation>现有解释器</translation>
    </message>
    <message>
        <location filename="../app/console/pythonchoice.cpp" line="102"/>
        <source>existing virtual environment</source>
        <translation>现有虚拟环境</translation>
    </message>
    <message>
        <location filename="../app/console/pythonchoice.cpp" line="106"/>
        <source>managed environment</source>
        <translation>托管环境</translation>
    </message>
    <message>
        <location filename="../app/console/pythonchoice.cpp" line="106"/>
        <source>managed environment, offline wheels</source>
        <translation>托管环境，离线 wheel 包</translation>
    </message>
    <message>
        <location filename="../app/console/pythonchoice.cpp" line="127"/>
        <source>The interpreter %1 chosen for this plugin is gone (or no longer executable). Choose another one in Environment…, or switch to a managed environment.</source>
        <translation>为此插件选择的解释器 %1 已不存在（或不再可执行）。请在“环境…”中选择其他解释器，或切换到托管环境。</translation>
    </message>
    <message>
        <location filename="../app/console/pythonchoice.cpp" line="137"/>
        <source>The offline wheel folder %1 is gone. Choose another folder in Environment…, or clear it to install from the package index.</source>
        <translation>离线 wheel 文件夹 %1 已不存在。请在“环境…”中选择其他文件夹，或清除该设置以从软件包索引安装。</translation>
    </message>
    <message>
        <location filename="../app/console/pythonchoice.cpp" line="170"/>
        <source>No workspace is open, so the choice cannot be kept; open a workspace first.</source>
        <translation>没有打开的工作空间，因此无法保存此选择；请先打开一个工作空间。</translation>
    </message>
    <message>
        <location filename="../app/console/pythonchoice.cpp" line="187"/>
        <source>Choose the folder of a virtual environment (the one holding bin/python).</source>
        <translation>选择虚拟环境的文件夹（包含 bin/python 的那个）。</translation>
    </message>
    <message>
        <location filename="../app/console/pythonchoice.cpp" line="190"/>
        <source>The virtual environment %1 does not exist. Create it with &quot;python3 -m venv %1&quot; or choose another folder.</source>
        <translation>虚拟环境 %1 不存在。请使用“python3 -m venv %1”创建它，或选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../app/console/pythonchoice.cpp" line="193"/>
        <source>%1 is not a virtual environment: %2 is missing. Choose the folder that holds bin/python, or create one with &quot;python3 -m venv&quot;.</source>
        <translation>%1 不是虚拟环境：缺少 %2。请选择包含 bin/python 的文件夹，或使用“python3 -m venv”创建一个。</translation>
    </message>
    <message>
        <location filename="../app/console/pythonchoice.cpp" line="201"/>
        <source>The wheel folder %1 does not exist; choose a folder of .whl files.</source>
        <translation>wheel 文件夹 %1 不存在；请选择一个包含 .whl 文件的文件夹。</translation>
    </message>
    <message>
        <location filename="../app/console/pythonchoice.cpp" line="205"/>
        <source>%1 holds no .whl files. Fill it on a connected machine with &quot;pip download -d %1 -r requirements.txt&quot; (or pip wheel), then choose it again.</source>
        <translation>%1 中没有 .whl 文件。请在联网的机器上使用“pip download -d %1 -r requirements.txt”（或 pip wheel）填充它，然后重新选择。</translation>
    </message>
    <message>
        <location filename="../app/console/pythonchoice.cpp" line="214"/>
        <source>Python %1 cannot run Dify plugins; choose a Python 3 interpreter.</source>
        <translation>Python %1 无法运行 Dify 插件；请选择 Python 3 解释器。</translation>
    </message>
    <message>
        <location filename="../app/console/pythonchoice.cpp" line="219"/>
        <source>Python %1 is older than Python %2, which this plugin declares (meta.runner.version in manifest.yaml). Choose Python %2 or newer.</source>
        <translation>Python %1 低于此插件声明的 Python %2（manifest.yaml 中的 meta.runner.version）。请选择 Python %2 或更高版本。</translation>
    </message>
    <message>
        <location filename="../app/console/pythonchoice.cpp" line="240"/>
        <source>Add the wheel for %1 to %2, or switch to a managed environment that installs from the package index (Environment…).</source>
        <translation>请将 %1 的 wheel 包添加到 %2，或切换到从软件包索引安装的托管环境（环境…）。</translation>
    </message>
    <message>
        <location filename="../app/console/pythonchoice.cpp" line="248"/>
        <source>%1 did not answer within %2 s; it is not a usable Python interpreter.</source>
        <translation>%1 未在 %2 秒内响应；它不是可用的 Python 解释器。</translation>
    </message>
    <message>
        <location filename="../app/console/pythonchoice.cpp" line="263"/>
        <source>%1 is not an executable file; choose a Python interpreter.</source>
        <translation>%1 不是可执行文件；请选择 Python 解释器。</translation>
    </message>
    <message>
        <location filename="../app/console/pythonchoice.cpp" line="264"/>
        <source>%1 does not exist; choose a Python interpreter.</source>
        <translation>%1 不存在；请选择 Python 解释器。</translation>
    </message>
    <message>
        <location filename="../app/console/pythonchoice.cpp" line="293"/>
        <source>%1 is not a Python interpreter (it did not report a Python version); choose python3 or the bin/python of a virtual environment.</source>
        <translation>%1 不是 Python 解释器（它没有报告 Python 版本）；请选择 python3 或虚拟环境中的 bin/python。</translation>
    </message>
    <message>
        <location filename="../app/console/pythonchoice.cpp" line="304"/>
        <source>%1 could not be run (%2); choose a Python interpreter.</source>
        <translation>无法运行 %1（%2）；请选择 Python 解释器。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="24"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="24"/>
        <source>The value sent to the plugin.</source>
        <translation>发送给插件的值。</translation>
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
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="31"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="88"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="112"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="157"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="233"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="31"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="53"/>
        <source>Key of the value in the credentials dictionary.</source>
        <translation>该值在凭据字典中的键。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="32"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="54"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="89"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="238"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="35"/>
        <source>tool-selector and dataset-selector are not accepted by the daemon.</source>
        <translation>守护进程不接受 tool-selector 和 dataset-selector。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="36"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="57"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="90"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="241"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="38"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="59"/>
        <source>Placeholder</source>
        <translation>占位符</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="39"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="60"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="102"/>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="40"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="61"/>
        <source>Help URL</source>
        <translation>帮助链接</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="41"/>
        <source>Scope</source>
        <translation>作用域</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="42"/>
        <source>Only for app-selector (all, chat, workflow, completion) and model-selector (llm, text-embedding, rerank…); several joined with &apos;&amp;&apos;.</source>
        <translation>仅适用于 app-selector（all、chat、workflow、completion）和 model-selector（llm、text-embedding、rerank…）；多个值用 &apos;&amp;&apos; 连接。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="44"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="64"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="104"/>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="44"/>
        <source>Choices of a select field.</source>
        <translation>下拉选择字段的可选项。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="53"/>
        <source>Variable</source>
        <translation>变量</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="57"/>
        <source>Write it: the daemon defaults to false, the SDK to true.</source>
        <translation>请显式写出：守护进程默认为 false，SDK 默认为 true。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="62"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="63"/>
        <source>Maximum length</source>
        <translation>最大长度</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="64"/>
        <source>Choices of a select or radio field.</source>
        <translation>下拉选择或单选字段的可选项。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="88"/>
        <source>The key the plugin receives.</source>
        <translation>插件接收到的键。</translation>
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
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="94"/>
        <source>Shown to the user.</source>
        <translation>向用户显示。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="95"/>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="97"/>
        <source>llm: filled by the model; form: set by the user before the run.</source>
        <translation>llm：由模型填写；form：由用户在运行前设置。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="98"/>
        <source>LLM description</source>
        <translation>LLM 描述</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="98"/>
        <source>Tells the model what to put here.</source>
        <translation>告诉模型此处应填写什么。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="104"/>
        <source>Choices of a select parameter.</source>
        <translation>下拉选择参数的可选项。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="111"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="156"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="112"/>
        <source>Letters, digits, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>字母、数字、&apos;_&apos; 和 &apos;-&apos;。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="118"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="160"/>
        <source>Icon</source>
        <translation>图标</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="118"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="160"/>
        <source>A file in _assets/.</source>
        <translation>_assets/ 中的文件。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="119"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="161"/>
        <source>Dark icon</source>
        <translation>深色图标</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="119"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="161"/>
        <source>A file in _assets/ for dark mode.</source>
        <translation>_assets/ 中用于深色模式的文件。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="122"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="177"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="133"/>
        <source>OAuth client settings</source>
        <translation>OAuth 客户端设置</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="134"/>
        <source>Entered by the administrator (client id, client secret…). A list only.</source>
        <translation>由管理员填写（client id、client secret…）。仅限列表。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="135"/>
        <source>OAuth credentials</source>
        <translation>OAuth 凭据</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="136"/>
        <source>What the OAuth flow returns (access token…). A list only.</source>
        <translation>OAuth 流程返回的内容（access token…）。仅限列表。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="146"/>
        <source>Python source</source>
        <translation>Python 源文件</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="146"/>
        <source>Module with exactly one subclass of the SDK&apos;s base class.</source>
        <translation>恰好包含一个 SDK 基类子类的模块。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="155"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="155"/>
        <source>Like 0.0.1 or 1.2.3-beta.</source>
        <translation>例如 0.0.1 或 1.2.3-beta。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="156"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="157"/>
        <source>Lower-case letters, digits, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>小写字母、数字、&apos;_&apos; 和 &apos;-&apos;。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="162"/>
        <source>Memory (bytes)</source>
        <translation>内存（字节）</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="162"/>
        <source>268435456 = 256 MiB.</source>
        <translation>268435456 = 256 MiB。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="163"/>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="164"/>
        <source>Tool providers</source>
        <translation>工具供应商</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="164"/>
        <source>At most one file.</source>
        <translation>最多一个文件。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="165"/>
        <source>Model providers</source>
        <translation>模型供应商</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="165"/>
        <source>Cannot be combined with anything else.</source>
        <translation>不能与其他任何类型组合。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="166"/>
        <source>Endpoint groups</source>
        <translation>端点组</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="166"/>
        <source>May be combined with tools only.</source>
        <translation>只能与工具组合。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="167"/>
        <source>Agent strategies</source>
        <translation>Agent 策略</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="168"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="272"/>
        <source>Datasources</source>
        <translation>数据源</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="169"/>
        <source>Triggers</source>
        <translation>触发器</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="170"/>
        <source>Meta version</source>
        <translation>Meta 版本</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="171"/>
        <source>Architectures</source>
        <translation>架构</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="172"/>
        <source>Runner language</source>
        <translation>运行时语言</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="173"/>
        <source>Python version</source>
        <translation>Python 版本</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="174"/>
        <source>Written quoted, as the SDK needs.</source>
        <translation>按 SDK 的要求加引号写入。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="175"/>
        <source>Entry point</source>
        <translation>入口点</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="175"/>
        <source>Module name without .py (main).</source>
        <translation>不带 .py 的模块名（main）。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="176"/>
        <source>Minimum Dify version</source>
        <translation>最低 Dify 版本</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="178"/>
        <source>Created at</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="178"/>
        <source>RFC 3339 with a time zone, not in the future.</source>
        <translation>带时区的 RFC 3339 时间，不能晚于当前时间。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="179"/>
        <source>Privacy policy</source>
        <translation>隐私政策</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="179"/>
        <source>PRIVACY.md or a URL (required by the Marketplace).</source>
        <translation>PRIVACY.md 或 URL（插件市场要求提供）。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="180"/>
        <source>Repository</source>
        <translation>代码仓库</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="180"/>
        <source>A full URL.</source>
        <translation>完整的 URL。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="184"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="268"/>
        <source>Credentials</source>
        <translation>凭据</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="185"/>
        <source>Written as a map (name: fields), the form the SDK reads.</source>
        <translation>以映射形式写入（name: fields），即 SDK 读取的形式。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="187"/>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="187"/>
        <source>Tool YAML files.</source>
        <translation>工具 YAML 文件。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="192"/>
        <source>Description for the LLM</source>
        <translation>面向 LLM 的描述</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="193"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="251"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="277"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="293"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="197"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="318"/>
        <source>Provider</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="200"/>
        <source>Small icon</source>
        <translation>小图标</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="201"/>
        <source>Large icon</source>
        <translation>大图标</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="202"/>
        <source>Background</source>
        <translation>背景色</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="202"/>
        <source>A CSS colour.</source>
        <translation>CSS 颜色值。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="203"/>
        <source>Model types</source>
        <translation>模型类型</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="206"/>
        <source>Configuration methods</source>
        <translation>配置方式</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="208"/>
        <source>Provider credentials</source>
        <translation>供应商凭据</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="209"/>
        <source>Entered once for the whole provider (predefined models).</source>
        <translation>为整个供应商填写一次（预定义模型）。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="210"/>
        <source>Model name label</source>
        <translation>模型名称标签</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="211"/>
        <source>Customizable models: the label of the model name field.</source>
        <translation>可自定义模型：模型名称字段的标签。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="212"/>
        <source>Model name placeholder</source>
        <translation>模型名称占位符</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="213"/>
        <source>Model credentials</source>
        <translation>模型凭据</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="214"/>
        <source>Entered for each customizable model.</source>
        <translation>为每个可自定义模型分别填写。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="215"/>
        <source>Provider source</source>
        <translation>供应商源文件</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="216"/>
        <source>Model sources</source>
        <translation>模型源文件</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="220"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="309"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="222"/>
        <source>Model type</source>
        <translation>模型类型</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="225"/>
        <source>Features</source>
        <translation>特性</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="229"/>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="230"/>
        <source>Context size</source>
        <translation>上下文长度</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="231"/>
        <source>Deprecated</source>
        <translation>已弃用</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="232"/>
        <source>Parameter rules</source>
        <translation>参数规则</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="234"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="246"/>
        <source>Strategies</source>
        <translation>策略</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="254"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="255"/>
        <source>Endpoints</source>
        <translation>端点</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="257"/>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="257"/>
        <source>A werkzeug rule such as /webhook/&lt;app_id&gt;.</source>
        <translation>werkzeug 路由规则，例如 /webhook/&lt;app_id&gt;。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="258"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="261"/>
        <source>Hidden</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="266"/>
        <source>Provider type</source>
        <translation>供应商类型</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="269"/>
        <location filename="../app/editors/form/fieldspec.cpp" line="283"/>
        <source>The SDK reads a list only; the daemon also accepts a map.</source>
        <translation>SDK 只读取列表；守护进程也接受映射。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="282"/>
        <source>Subscription settings</source>
        <translation>订阅设置</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="284"/>
        <source>Constructor credentials</source>
        <translation>构造器凭据</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="285"/>
        <source>A list or a map.</source>
        <translation>列表或映射。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="288"/>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="305"/>
        <source>Manifest</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="306"/>
        <source>Tool provider</source>
        <translation>工具供应商</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="307"/>
        <location filename="../app/wizard/scaffold.cpp" line="573"/>
        <source>Tool</source>
        <translation>工具</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="308"/>
        <source>Model provider</source>
        <translation>模型供应商</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="310"/>
        <source>Agent strategy provider</source>
        <translation>Agent 策略供应商</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="311"/>
        <location filename="../app/wizard/scaffold.cpp" line="576"/>
        <source>Agent strategy</source>
        <translation>Agent 策略</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="312"/>
        <source>Endpoint group</source>
        <translation>端点组</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="313"/>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="314"/>
        <source>Datasource provider</source>
        <translation>数据源供应商</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="315"/>
        <location filename="../app/wizard/scaffold.cpp" line="579"/>
        <source>Datasource</source>
        <translation>数据源</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="316"/>
        <source>Trigger provider</source>
        <translation>触发器供应商</translation>
    </message>
    <message>
        <location filename="../app/editors/form/fieldspec.cpp" line="317"/>
        <source>Trigger event</source>
        <translation>触发器事件</translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="574"/>
        <source>Model provider (predefined models)</source>
        <translation>模型供应商（预定义模型）</translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="575"/>
        <source>Model provider (customizable models)</source>
        <translation>模型供应商（自定义模型）</translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="577"/>
        <source>Extension (endpoints)</source>
        <translation>扩展（端点）</translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="578"/>
        <source>Tools and endpoints</source>
        <translation>工具与端点</translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="580"/>
        <source>Trigger</source>
        <translation>触发器</translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="581"/>
        <source>Bundle</source>
        <translation>插件集合</translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="632"/>
        <source>The name must be 1-128 characters of lower-case letters, digits, &apos;_&apos; or &apos;-&apos; (for example weather_tool).</source>
        <translation>名称必须为 1–128 个字符，只能包含小写字母、数字、&apos;_&apos; 或 &apos;-&apos;（例如 weather_tool）。</translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="634"/>
        <source>The name needs at least one letter or digit.</source>
        <translation>名称至少需要包含一个字母或数字。</translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="636"/>
        <source>The author must be 1-64 characters of lower-case letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>作者必须为 1–64 个字符，只能包含小写字母、数字、&apos;_&apos; 或 &apos;-&apos;。</translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="638"/>
        <source>The author must not look like a UUID: those are reserved for remote-debugging sessions.</source>
        <translation>作者不能形如 UUID：这类名称保留给远程调试会话使用。</translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="640"/>
        <source>Enter a description: the marketplace and the Dify UI show it.</source>
        <translation>请输入描述：插件市场和 Dify 界面会显示它。</translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="642"/>
        <source>Label and description must be shorter than 1024 characters.</source>
        <translation>显示名称和描述必须少于 1024 个字符。</translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="646"/>
        <source>Unknown language %1: use zh_Hans, ja_JP or pt_BR.</source>
        <translation>未知语言 %1：请使用 zh_Hans、ja_JP 或 pt_BR。</translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="655"/>
        <source>Unknown tag %1: pick tags from the list.</source>
        <translation>未知标签 %1：请从列表中选择标签。</translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="659"/>
        <source>The repository must be a full URL such as https://github.com/you/plugin.</source>
        <translation>代码仓库必须是完整的 URL，例如 https://github.com/you/plugin。</translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="663"/>
        <source>The Python version must look like 3.12.</source>
        <translation>Python 版本必须形如 3.12。</translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="676"/>
        <source>The folder %1 is not empty: choose a new folder for the plugin.</source>
        <translation>文件夹 %1 不为空：请为插件选择一个新文件夹。</translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="732"/>
        <source>Cannot create the folder %1: check that its parent exists and is writable.</source>
        <translation>无法创建文件夹 %1：请检查其父文件夹是否存在且可写。</translation>
    </message>
    <message>
        <location filename="../app/wizard/scaffold.cpp" line="746"/>
        <source>Cannot create the folder for %1.</source>
        <translation>无法为 %1 创建文件夹。</translation>
    </message>
    <message>
        <location filename="../core/package/bundle.cpp" line="40"/>
        <source>Cannot replace %1.</source>
        <translation>无法替换 %1。</translation>
    </message>
    <message>
        <location filename="../core/package/bundle.cpp" line="67"/>
        <source>Bundle name &quot;%1&quot; is invalid: use 1-128 letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>插件集合名称 &quot;%1&quot; 无效：请使用 1-128 个字母、数字、&apos;-&apos; 或 &apos;_&apos;。</translation>
    </message>
    <message>
        <location filename="../core/package/bundle.cpp" line="69"/>
        <source>The bundle author is required (--author).</source>
        <translation>必须提供插件集合作者（--author）。</translation>
    </message>
    <message>
        <location filename="../core/package/bundle.cpp" line="72"/>
        <source>%1 already exists and is not empty.</source>
        <translation>%1 已存在且不为空。</translation>
    </message>
    <message>
        <location filename="../core/package/bundle.cpp" line="74"/>
        <location filename="../core/package/packagereader.cpp" line="479"/>
        <location filename="../core/package/packagereader.cpp" line="519"/>
        <source>Cannot create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <location filename="../core/package/bundle.cpp" line="109"/>
        <source>Bundle not found: %1</source>
        <translation>未找到插件集合：%1</translation>
    </message>
    <message>
        <location filename="../core/package/bundle.cpp" line="113"/>
        <source>%1 has no manifest.yaml; is it a bundle folder? Create one with `bundle init`.</source>
        <translation>%1 中没有 manifest.yaml；它是插件集合文件夹吗？请使用 `bundle init` 创建一个。</translation>
    </message>
    <message>
        <location filename="../core/package/bundle.cpp" line="132"/>
        <source>failed to load bundle manifest: %1 has no manifest.yaml.</source>
        <translation>加载插件集合 manifest 失败：%1 中没有 manifest.yaml。</translation>
    </message>
    <message>
        <location filename="../core/package/bundle.cpp" line="136"/>
        <location filename="../core/workspace/installtask.cpp" line="756"/>
        <location filename="../core/workspace/installtask.cpp" line="760"/>
        <source>failed to load bundle manifest: %1</source>
        <translation>加载插件集合 manifest 失败：%1</translation>
    </message>
    <message>
        <location filename="../core/package/bundle.cpp" line="183"/>
        <source>&quot;%1&quot; is not a valid marketplace pattern; use org/plugin:VERSION, e.g. langgenius/openai:^0.0.1.</source>
        <translation>“%1”不是有效的插件市场格式；请使用 org/plugin:VERSION，例如 langgenius/openai:^0.0.1。</translation>
    </message>
    <message>
        <location filename="../core/package/bundle.cpp" line="191"/>
        <source>&quot;%1&quot; is not a valid GitHub pattern; use owner/repo:VERSION/asset-name.difypkg.</source>
        <translation>“%1”不是有效的 GitHub 格式；请使用 owner/repo:VERSION/asset-name.difypkg。</translation>
    </message>
    <message>
        <location filename="../core/package/bundle.cpp" line="203"/>
        <location filename="../core/package/signature.cpp" line="486"/>
        <location filename="../core/package/signature.cpp" line="490"/>
        <source>%1 does not decode as a plugin: %2</source>
        <translation>%1 无法解码为插件：%2</translation>
    </message>
    <message>
        <location filename="../core/package/bundle.cpp" line="220"/>
        <source>No dependency at index %1; the bundle has %2 (see `bundle analyze`).</source>
        <translation>索引 %1 处没有依赖项；该插件集合共有 %2 个依赖项（参见 `bundle analyze`）。</translation>
    </message>
    <message>
        <location filename="../core/package/bundle.cpp" line="233"/>
        <source>&quot;%1&quot; is not a valid version; use MAJOR.MINOR.PATCH, e.g. 0.0.2.</source>
        <translation>“%1”不是有效的版本号；请使用 MAJOR.MINOR.PATCH，例如 0.0.2。</translation>
    </message>
    <message>
        <location filename="../core/package/bundle.cpp" line="276"/>
        <source>Cannot read _assets/%1.</source>
        <translation>无法读取 _assets/%1。</translation>
    </message>
    <message>
        <location filename="../core/package/bundle.cpp" line="285"/>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <location filename="../core/package/bundle.cpp" line="293"/>
        <source>The bundle is larger than 600 MiB; Dify refuses it.</source>
        <translation>插件集合大于 600 MiB；Dify 会拒绝它。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="117"/>
        <source>Package not found: %1</source>
        <translation>未找到插件包：%1</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="119"/>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="122"/>
        <source>%1 is %2 bytes, more than the limit of %3 bytes (file size exceeds the maximum limit).</source>
        <translation>%1 大小为 %2 字节，超过了 %3 字节的限制（文件大小超出最大限制）。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="133"/>
        <source>Cannot read all of %1.</source>
        <translation>无法完整读取 %1。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="160"/>
        <source>The archive is %1 bytes, more than the limit of %2 bytes.</source>
        <translation>压缩包大小为 %1 字节，超过了 %2 字节的限制。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="165"/>
        <source>Not a zip archive (too short: %1 bytes); the file may be truncated.</source>
        <translation>不是 zip 压缩包（过短：%1 字节）；文件可能已被截断。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="177"/>
        <source>Not a zip archive (no end-of-central-directory record); the file may be truncated or is not a .difypkg.</source>
        <translation>不是 zip 压缩包（没有中央目录结束记录）；文件可能已被截断，或者不是 .difypkg。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="189"/>
        <source>ZIP64 archives are not supported (a plugin package is at most 50 MiB). %1</source>
        <translation>不支持 ZIP64 压缩包（插件包最大为 50 MiB）。%1</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="192"/>
        <source>ZIP64 archives are not supported. %1</source>
        <translation>不支持 ZIP64 压缩包。%1</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="194"/>
        <source>Multi-volume (split) zip archives are not supported.</source>
        <translation>不支持多卷（分卷）zip 压缩包。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="196"/>
        <source>The archive has %1 entries, more than the limit of %2.</source>
        <translation>压缩包中有 %1 个条目，超过了 %2 个的限制。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="201"/>
        <source>The central directory lies outside the file; the archive is truncated or corrupt.</source>
        <translation>中央目录位于文件之外；压缩包已被截断或已损坏。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="213"/>
        <source>Central directory entry %1 is damaged; the archive is truncated or corrupt.</source>
        <translation>中央目录条目 %1 已损坏；压缩包已被截断或已损坏。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="228"/>
        <source>Central directory entry %1 runs past the directory; the archive is corrupt.</source>
        <translation>中央目录条目 %1 超出了目录范围；压缩包已损坏。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="238"/>
        <source>Entry &quot;%1&quot; has a NUL byte in its name; refusing the archive.</source>
        <translation>条目“%1”的名称中包含 NUL 字节；拒绝该压缩包。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="242"/>
        <source>Entry &quot;%1&quot; has a name that is not valid UTF-8; the daemon cannot open it. %2</source>
        <translation>条目“%1”的名称不是有效的 UTF-8；守护进程无法打开它。%2</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="245"/>
        <source>Entry %1 has an empty name.</source>
        <translation>条目 %1 的名称为空。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="248"/>
        <source>Entry &quot;%1&quot; uses backslashes in its name; zip names must use &apos;/&apos;. %2</source>
        <translation>条目“%1”的名称中使用了反斜杠；zip 中的名称必须使用“/”。%2</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="253"/>
        <source>Entry &quot;%1&quot; has an absolute path; refusing the archive (it would write outside the target folder).</source>
        <translation>条目“%1”使用了绝对路径；拒绝该压缩包（它会写入目标文件夹之外）。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="262"/>
        <source>Entry &quot;%1&quot; is a directory entry; the Dify daemon reads every entry as a file and fails with &quot;is a directory&quot;. %2</source>
        <translation>条目“%1”是目录条目；Dify 守护进程会将每个条目都当作文件读取，并因 &quot;is a directory&quot; 而失败。%2</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="268"/>
        <source>Entry &quot;%1&quot; contains a &quot;..&quot; segment (path traversal); refusing the archive.</source>
        <translation>条目“%1”包含“..”路径段（路径穿越）；拒绝该压缩包。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="272"/>
        <source>Entry &quot;%1&quot; has an unclean name (empty or &quot;.&quot; segment); the daemon cannot open it. %2</source>
        <translation>条目“%1”的名称不规范（含有空路径段或“.”路径段）；守护进程无法打开它。%2</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="277"/>
        <source>Entry &quot;%1&quot; appears twice in the archive; refusing an ambiguous package.</source>
        <translation>条目“%1”在压缩包中出现了两次；拒绝存在歧义的插件包。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="282"/>
        <source>Entry &quot;%1&quot; is a symbolic link; packages must contain regular files only. Replace the link with the file it points to.</source>
        <translation>条目“%1”是符号链接；插件包只能包含普通文件。请用链接指向的文件替换该链接。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="286"/>
        <source>Entry &quot;%1&quot; is encrypted; Dify packages cannot be encrypted.</source>
        <translation>条目“%1”已加密；Dify 插件包不能加密。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="289"/>
        <source>Entry &quot;%1&quot; uses the %2 compression (id %3); only store (0) and deflate (8) are readable by Dify. %4</source>
        <translation>条目“%1”使用了 %2 压缩（ID %3）；Dify 只能读取 store（0）和 deflate（8）。%4</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="296"/>
        <source>Entry &quot;%1&quot; is stored uncompressed but declares %2 compressed and %3 uncompressed bytes; the archive is corrupt.</source>
        <translation>条目“%1”以未压缩方式存储，却声明了 %2 字节的压缩大小和 %3 字节的未压缩大小；压缩包已损坏。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="305"/>
        <source>Entry &quot;%1&quot; would inflate from %2 to %3 bytes (ratio above %4:1); refusing a likely zip bomb.</source>
        <translation>条目“%1”将从 %2 字节解压为 %3 字节（压缩比超过 %4:1）；拒绝疑似 zip 炸弹。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="314"/>
        <source>The uncompressed contents exceed %1 bytes (reached at entry &quot;%2&quot;); plugin package size is too large.</source>
        <translation>解压后的内容超过了 %1 字节（在条目“%2”处达到）；插件包过大。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="321"/>
        <source>The local header of entry &quot;%1&quot; is missing or damaged; the archive is truncated or corrupt.</source>
        <translation>条目“%1”的本地文件头缺失或已损坏；压缩包已被截断或已损坏。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="328"/>
        <source>Entry &quot;%1&quot; has a different name in its local header; refusing a forged archive.</source>
        <translation>条目“%1”在其本地文件头中的名称不同；拒绝伪造的压缩包。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="332"/>
        <source>The data of entry &quot;%1&quot; runs past the end of the file data; the archive is truncated.</source>
        <translation>条目“%1”的数据超出了文件数据的末尾；压缩包已被截断。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="350"/>
        <source>Entries &quot;%1&quot; and &quot;%2&quot; overlap in the file; refusing a forged archive (overlapping-entry zip bomb).</source>
        <translation>条目“%1”和“%2”在文件中重叠；拒绝伪造的压缩包（重叠条目 zip 炸弹）。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="361"/>
        <location filename="../core/package/packagereader.cpp" line="368"/>
        <source>Cannot open the archive: %1</source>
        <translation>无法打开压缩包：%1</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="373"/>
        <source>The archive&apos;s entry count is inconsistent; it is corrupt.</source>
        <translation>压缩包的条目数量不一致；压缩包已损坏。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="414"/>
        <source>file not found: %1</source>
        <translation>未找到文件：%1</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="421"/>
        <source>Cannot open entry &quot;%1&quot;: %2</source>
        <translation>无法打开条目“%1”：%2</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="432"/>
        <source>Entry &quot;%1&quot; is damaged (%2); the archive is corrupt or truncated.</source>
        <translation>条目“%1”已损坏（%2）；压缩包已损坏或已被截断。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="443"/>
        <source>Entry &quot;%1&quot; inflates to more than its declared %2 bytes; refusing a forged archive (zip bomb).</source>
        <translation>条目“%1”解压后超过了其声明的 %2 字节；拒绝伪造的压缩包（zip 炸弹）。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="450"/>
        <source>Entry &quot;%1&quot; is shorter than its declared %2 bytes; the archive is truncated or corrupt.</source>
        <translation>条目“%1”短于其声明的 %2 字节；压缩包已被截断或已损坏。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="473"/>
        <source>%1 already exists and is not an empty folder; choose a new target.</source>
        <translation>%1 已存在且不是空文件夹；请选择新的目标位置。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="484"/>
        <source>Cannot create the temporary folder %1.</source>
        <translation>无法创建临时文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="500"/>
        <source>Extraction cancelled.</source>
        <translation>解压已取消。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="504"/>
        <source>Entry &quot;%1&quot; resolves outside the target folder; extraction aborted.</source>
        <translation>条目“%1”解析到目标文件夹之外；解压已中止。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="514"/>
        <source>Entry &quot;%1&quot; needs folder &quot;%2&quot;, which is a file in the archive; extraction aborted.</source>
        <translation>条目“%1”需要文件夹“%2”，但它在压缩包中是一个文件；解压已中止。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="529"/>
        <source>Entry &quot;%1&quot; collides with another entry; extraction aborted.</source>
        <translation>条目“%1”与另一个条目冲突；解压已中止。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="543"/>
        <source>Cannot replace the empty folder %1.</source>
        <translation>无法替换空文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../core/package/packagereader.cpp" line="545"/>
        <source>Cannot move the extracted files to %1.</source>
        <translation>无法将解压出的文件移动到 %1。</translation>
    </message>
    <message>
        <location filename="../core/package/packagewriter.cpp" line="99"/>
        <source>Git metadata</source>
        <translation>Git 元数据</translation>
    </message>
    <message>
        <location filename="../core/package/packagewriter.cpp" line="101"/>
        <source>a Python virtual environment</source>
        <translation>Python 虚拟环境</translation>
    </message>
    <message>
        <location filename="../core/package/packagewriter.cpp" line="109"/>
        <source>Python bytecode caches</source>
        <translation>Python 字节码缓存</translation>
    </message>
    <message>
        <location filename="../core/package/packagewriter.cpp" line="111"/>
        <source>an .env file with secrets</source>
        <translation>含有密钥信息的 .env 文件</translation>
    </message>
    <message>
        <location filename="../core/package/packagewriter.cpp" line="113"/>
        <source>private keys</source>
        <translation>私钥</translation>
    </message>
    <message>
        <location filename="../core/package/packagewriter.cpp" line="119"/>
        <source>other plugin packages</source>
        <translation>其他插件包</translation>
    </message>
    <message>
        <location filename="../core/package/packagewriter.cpp" line="132"/>
        <source>%1 would be packaged (%2 file(s), e.g. %3). Dify has no built-in ignore list: add the line `%4` to .difyignore.</source>
        <translation>%1 将被打包（%2 个文件，例如 %3）。Dify 没有内置的忽略列表：请在 .difyignore 中添加一行 `%4`。</translation>
    </message>
    <message>
        <location filename="../core/package/packagewriter.cpp" line="150"/>
        <source>uv is not installed: install it (pip install uv) or add requirements.txt. The plugin has pyproject.toml and uv.lock but no requirements.txt, so Dify needs `uv export` to generate one.</source>
        <translation>未安装 uv：请安装它（pip install uv）或添加 requirements.txt。该插件有 pyproject.toml 和 uv.lock，但没有 requirements.txt，因此 Dify 需要通过 `uv export` 生成该文件。</translation>
    </message>
    <message>
        <location filename="../core/package/packagewriter.cpp" line="160"/>
        <location filename="../core/workspace/offlineexport.cpp" line="125"/>
        <source>Cannot start %1: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/package/packagewriter.cpp" line="164"/>
        <source>`uv export` did not finish within 5 minutes.</source>
        <translation>`uv export` 未在 5 分钟内完成。</translation>
    </message>
    <message>
        <location filename="../core/package/packagewriter.cpp" line="168"/>
        <source>`uv export` failed (exit code %1): %2. Fix uv.lock (run `uv lock`) or add requirements.txt.</source>
        <translation>`uv export` 失败（退出码 %1）：%2。请修复 uv.lock（运行 `uv lock`）或添加 requirements.txt。</translation>
    </message>
    <message>
        <location filename="../core/package/packagewriter.cpp" line="181"/>
        <source>Plugin folder not found: %1</source>
        <translation>未找到插件文件夹：%1</translation>
    </message>
    <message>
        <location filename="../core/package/packagewriter.cpp" line="183"/>
        <source>%1 is not a folder; give the plugin folder.</source>
        <translation>%1 不是文件夹；请指定插件文件夹。</translation>
    </message>
    <message>
        <location filename="../core/package/packagewriter.cpp" line="186"/>
        <source>Refusing to package the root folder; specify the plugin folder.</source>
        <translation>拒绝打包根文件夹；请指定插件文件夹。</translation>
    </message>
    <message>
        <location filename="../core/package/packagewriter.cpp" line="196"/>
        <source>Cannot package %1: %2</source>
        <translation>无法打包 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/package/packagewriter.cpp" line="210"/>
        <source>The plugin does not validate: %1</source>
        <translation>插件未通过校验：%1</translation>
    </message>
    <message>
        <location filename="../core/package/packagewriter.cpp" line="221"/>
        <source>The plugin does not validate (%1 error(s)); fix them and package again.</source>
        <translation>插件未通过校验（%1 个错误）；请修复后重新打包。</translation>
    </message>
    <message>
        <location filename="../core/package/packagewriter.cpp" line="239"/>
        <source>%1 is used by the plugin but excluded by the line `%2` of %3; the installed plugin will miss it. Remove or narrow that line.</source>
        <translation>插件使用了 %1，但它被 %3 中的 `%2` 这一行排除了；安装后的插件将缺少该文件。请删除该行或缩小其匹配范围。</translation>
    </message>
    <message>
        <location filename="../core/package/packagewriter.cpp" line="248"/>
        <location filename="../core/package/packagewriter.cpp" line="287"/>
        <source>Packaging cancelled; no file was written.</source>
        <translation>已取消打包；未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../core/package/packagewriter.cpp" line="278"/>
        <source>The plugin is %1 uncompressed, more than the %2 limit. Largest files: %3. Exclude what is not needed in .difyignore or raise --max-size.</source>
        <translation>插件未压缩时大小为 %1，超过了 %2 的限制。最大的文件：%3。请在 .difyignore 中排除不需要的内容，或调高 --max-size。</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="91"/>
        <source>%1 is not a PEM file (no &quot;-----BEGIN&quot; line).</source>
        <translation>%1 不是 PEM 文件（没有 &quot;-----BEGIN&quot; 行）。</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="95"/>
        <source>%1 has a malformed BEGIN line.</source>
        <translation>%1 的 BEGIN 行格式错误。</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="102"/>
        <source>%1 has no matching &quot;%2&quot; line.</source>
        <translation>%1 缺少匹配的 &quot;%2&quot; 行。</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="106"/>
        <source>%1 has PEM headers (an encrypted key?); use an unencrypted PKCS#1 key: openssl rsa -in KEY -traditional -out key.rsa.pem</source>
        <translation>%1 含有 PEM 头（可能是加密的密钥？）；请使用未加密的 PKCS#1 密钥：openssl rsa -in KEY -traditional -out key.rsa.pem</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="115"/>
        <source>%1 has invalid base64 in its PEM body.</source>
        <translation>%1 的 PEM 正文中含有无效的 base64。</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="123"/>
        <source>%1: unexpected text after the END line.</source>
        <translation>%1：END 行之后有意外的文本。</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="127"/>
        <source>%1: extra data included in the PEM block (the Dify daemon refuses anything after the END line except one line break). Remove the trailing blank lines or other content.</source>
        <translation>%1：PEM 块中包含多余的数据（Dify 守护进程拒绝 END 行之后除一个换行符以外的任何内容）。请删除末尾的空行或其他内容。</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="147"/>
        <source>Key file not found: %1</source>
        <translation>未找到密钥文件：%1</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="155"/>
        <source>%1 is too large to be a PEM key.</source>
        <translation>%1 太大，不可能是 PEM 密钥。</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="179"/>
        <source>Out of memory.</source>
        <translation>内存不足。</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="192"/>
        <source>Signing failed: %1</source>
        <translation>签名失败：%1</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="210"/>
        <location filename="../core/package/signature.cpp" line="472"/>
        <source>No private key given.</source>
        <translation>未提供私钥。</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="231"/>
        <source>%1 is an SPKI (&quot;PUBLIC KEY&quot;) PEM; Dify needs PKCS#1 (&quot;RSA PUBLIC KEY&quot;). Convert it: openssl rsa -pubin -in %1 -RSAPublicKey_out -out pub.rsa.pem</source>
        <translation>%1 是 SPKI（&quot;PUBLIC KEY&quot;）格式的 PEM；Dify 需要 PKCS#1（&quot;RSA PUBLIC KEY&quot;）。请转换：openssl rsa -pubin -in %1 -RSAPublicKey_out -out pub.rsa.pem</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="234"/>
        <source>%1 is a private key; give the public key (NAME.public.pem).</source>
        <translation>%1 是私钥；请提供公钥（NAME.public.pem）。</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="236"/>
        <source>%1 holds a &quot;%2&quot; PEM block; Dify needs an &quot;RSA PUBLIC KEY&quot; (PKCS#1).</source>
        <translation>%1 包含 &quot;%2&quot; PEM 块；Dify 需要 &quot;RSA PUBLIC KEY&quot;（PKCS#1）。</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="241"/>
        <source>%1 is not a valid PKCS#1 RSA public key: %2</source>
        <translation>%1 不是有效的 PKCS#1 RSA 公钥：%2</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="261"/>
        <source>%1 is a PKCS#8 (&quot;%2&quot;) PEM; Dify needs PKCS#1 (&quot;RSA PRIVATE KEY&quot;). Convert it: openssl rsa -in %1 -traditional -out key.rsa.pem</source>
        <translation>%1 是 PKCS#8（&quot;%2&quot;）格式的 PEM；Dify 需要 PKCS#1（&quot;RSA PRIVATE KEY&quot;）。请转换：openssl rsa -in %1 -traditional -out key.rsa.pem</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="265"/>
        <source>%1 is a public key; signing needs the private key (NAME.private.pem).</source>
        <translation>%1 是公钥；签名需要私钥（NAME.private.pem）。</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="267"/>
        <source>%1 holds a &quot;%2&quot; PEM block; Dify needs an &quot;RSA PRIVATE KEY&quot; (PKCS#1).</source>
        <translation>%1 包含 &quot;%2&quot; PEM 块；Dify 需要 &quot;RSA PRIVATE KEY&quot;（PKCS#1）。</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="272"/>
        <source>%1 is not a valid PKCS#1 RSA private key: %2</source>
        <translation>%1 不是有效的 PKCS#1 RSA 私钥：%2</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="329"/>
        <source>RSA keys shorter than 2048 bits are not accepted.</source>
        <translation>不接受短于 2048 位的 RSA 密钥。</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="334"/>
        <source>%1 already exists; choose another name or delete it first.</source>
        <translation>%1 已存在；请换一个名称或先将其删除。</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="343"/>
        <source>Key generation failed: %1</source>
        <translation>生成密钥失败：%1</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="348"/>
        <source>Cannot encode the private key: %1</source>
        <translation>无法编码私钥：%1</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="360"/>
        <location filename="../core/package/signature.cpp" line="368"/>
        <location filename="../core/package/zipwriter.cpp" line="128"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="403"/>
        <source>The package is not signed (no signature in the archive comment).</source>
        <translation>插件包未签名（压缩包注释中没有签名）。</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="409"/>
        <source>The archive comment is not a signature (not JSON); the package is unsigned or damaged.</source>
        <translation>压缩包注释不是签名（不是 JSON）；插件包未签名或已损坏。</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="416"/>
        <source>The archive comment has no valid &quot;signature&quot;/&quot;time&quot; fields; the package is unsigned or damaged.</source>
        <translation>压缩包注释中没有有效的 &quot;signature&quot;/&quot;time&quot; 字段；插件包未签名或已损坏。</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="423"/>
        <source>The signature is not valid base64; the package was modified after signing.</source>
        <translation>签名不是有效的 base64；插件包在签名后被修改过。</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="439"/>
        <source>No trusted key to verify with.</source>
        <translation>没有可用于验证的受信任密钥。</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="450"/>
        <source>The signature does not match any trusted key (%1 tried): the package was modified after signing or signed with another key.</source>
        <translation>签名与任何受信任的密钥都不匹配（已尝试 %1 个）：插件包在签名后被修改过，或是用其他密钥签名的。</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="459"/>
        <source>%1 is not valid JSON; the daemon refuses the package.</source>
        <translation>%1 不是有效的 JSON；守护进程会拒绝该插件包。</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="478"/>
        <source>Unknown category &quot;%1&quot;; use langgenius, partner or community.</source>
        <translation>未知类别 &quot;%1&quot;；请使用 langgenius、partner 或 community。</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="531"/>
        <source>The signed package does not re-open: %1</source>
        <translation>签名后的插件包无法重新打开：%1</translation>
    </message>
    <message>
        <location filename="../core/package/signature.cpp" line="536"/>
        <source>The signed package does not verify: %1</source>
        <translation>签名后的插件包未通过验证：%1</translation>
    </message>
    <message>
        <location filename="../core/package/zipwriter.cpp" line="60"/>
        <location filename="../core/package/zipwriter.cpp" line="65"/>
        <source>Cannot add %1: %2</source>
        <translation>无法添加 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/package/zipwriter.cpp" line="70"/>
        <source>Cannot set up %1: %2</source>
        <translation>无法设置 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/package/zipwriter.cpp" line="74"/>
        <source>The archive comment is longer than 65535 bytes.</source>
        <translation>压缩包注释超过 65535 字节。</translation>
    </message>
    <message>
        <location filename="../core/package/zipwriter.cpp" line="76"/>
        <source>Cannot set the archive comment: %1</source>
        <translation>无法设置压缩包注释：%1</translation>
    </message>
    <message>
        <location filename="../core/package/zipwriter.cpp" line="90"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../core/package/zipwriter.cpp" line="99"/>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/package/zipwriter.cpp" line="119"/>
        <source>Cancelled; no file was written.</source>
        <translation>已取消；未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../core/package/zipwriter.cpp" line="133"/>
        <source>Cannot move the new archive to %1.</source>
        <translation>无法将新的压缩包移动到 %1。</translation>
    </message>
    <message>
        <location filename="../core/package/zipwriter.cpp" line="142"/>
        <source>Cannot create a temporary folder.</source>
        <translation>无法创建临时文件夹。</translation>
    </message>
    <message>
        <location filename="../core/package/zipwriter.cpp" line="149"/>
        <source>Cannot read back the archive.</source>
        <translation>无法读回压缩包。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="319"/>
        <source>The key &quot;%1&quot; is set twice in this mapping; the daemon refuses to decode the file. Keep only one of them.</source>
        <translation>键 &quot;%1&quot; 在此映射中设置了两次；守护进程会拒绝解码该文件。请只保留其中一个。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="336"/>
        <source>%1 must be a mapping (key: value pairs), not %2.</source>
        <translation>%1 必须是映射（键: 值 对），而不是%2。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="337"/>
        <location filename="../core/plugin/decoder.cpp" line="2401"/>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="337"/>
        <location filename="../core/plugin/decoder.cpp" line="2401"/>
        <source>a scalar</source>
        <translation>标量</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="351"/>
        <source>&quot;%1&quot; must be a single value (a string), not a %2.</source>
        <translation>&quot;%1&quot; 必须是单个值（字符串），而不是%2。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="352"/>
        <source>mapping</source>
        <translation>映射</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="352"/>
        <source>list</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="369"/>
        <source>&quot;%1&quot; must be a boolean, but it is the quoted string &quot;%2&quot;; remove the quotes (write true or false).</source>
        <translation>&quot;%1&quot; 必须是布尔值，但它是带引号的字符串 &quot;%2&quot;；请去掉引号（写 true 或 false）。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="375"/>
        <source>&quot;%1&quot; must be a boolean (true or false).</source>
        <translation>&quot;%1&quot; 必须是布尔值（true 或 false）。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="390"/>
        <source>&quot;%1&quot; must be an integer, but it is the quoted string &quot;%2&quot;; remove the quotes.</source>
        <translation>&quot;%1&quot; 必须是整数，但它是带引号的字符串 &quot;%2&quot;；请去掉引号。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="394"/>
        <source>&quot;%1&quot; must be an integer.</source>
        <translation>&quot;%1&quot; 必须是整数。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="410"/>
        <source>&quot;%1&quot; must be a number (unquoted).</source>
        <translation>&quot;%1&quot; 必须是数字（不加引号）。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="421"/>
        <source>&quot;%1&quot; must be a list (- item).</source>
        <translation>&quot;%1&quot; 必须是列表（- item）。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="440"/>
        <source>&quot;%1&quot; must be a mapping of languages, e.g. {en_US: &quot;Text&quot;}.</source>
        <translation>&quot;%1&quot; 必须是语言映射，例如 {en_US: &quot;Text&quot;}。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="460"/>
        <source>Language key(s) %1 are ignored by Dify (only en_US, zh_Hans, ja_JP and pt_BR are read); rename or remove them.</source>
        <translation>Dify 会忽略语言键 %1（只读取 en_US、zh_Hans、ja_JP 和 pt_BR）；请重命名或删除它们。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="479"/>
        <source>The key &quot;%1&quot; is defined twice in this mapping (first at line %2); the daemon refuses to decode the file. Keep only one.</source>
        <translation>键 &quot;%1&quot; 在此映射中定义了两次（首次出现在第 %2 行）；守护进程会拒绝解码该文件。请只保留一个。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="502"/>
        <source>&quot;%1&quot; must be a mapping.</source>
        <translation>&quot;%1&quot; 必须是映射。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="518"/>
        <source>%1 has no en_US text; add `en_US: ...` (English is mandatory).</source>
        <translation>%1 没有 en_US 文本；请添加 `en_US: ...`（英文为必填项）。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="519"/>
        <source>%1 is missing; add it with at least an en_US text.</source>
        <translation>缺少 %1；请添加它，并至少提供 en_US 文本。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="526"/>
        <source>%1 has a translation of %2 characters; at most 1023 are allowed.</source>
        <translation>%1 中有一个翻译长度为 %2 个字符；最多允许 1023 个。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="539"/>
        <source>%1 is %2 characters long; the limit is %3.</source>
        <translation>%1 的长度为 %2 个字符；上限为 %3。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="548"/>
        <source>Tag &quot;%1&quot; is not a Dify tag; use one of: %2.</source>
        <translation>标签 &quot;%1&quot; 不是 Dify 标签；请使用以下之一：%2。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="554"/>
        <source>The Python SDK refuses tag &quot;%1&quot; on a tool provider; remove it.</source>
        <translation>Python SDK 不接受工具供应商上的标签 &quot;%1&quot;；请将其删除。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="558"/>
        <source>The Python SDK refuses tag &quot;%1&quot; on a datasource provider; remove it.</source>
        <translation>Python SDK 不接受数据源供应商上的标签 &quot;%1&quot;；请将其删除。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="561"/>
        <source>The Python SDK accepts no Dify tag on a trigger provider (tag &quot;%1&quot;); leave `tags` empty.</source>
        <translation>Python SDK 不接受触发器供应商上的任何 Dify 标签（标签 &quot;%1&quot;）；请将 `tags` 留空。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="581"/>
        <source>`scope` is only allowed for app-selector, model-selector%1 fields, not for type &quot;%2&quot;; remove it.</source>
        <translation>`scope` 仅允许用于 app-selector、model-selector%1 类型的字段，不能用于类型 &quot;%2&quot;；请将其删除。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="582"/>
        <source> and any</source>
        <translation> 和 any</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="593"/>
        <source>Scope &quot;%1&quot; is not valid for %2; use one of: %3 (several joined with &amp;).</source>
        <translation>作用域 &quot;%1&quot; 对 %2 无效；请使用以下之一：%3（多个值用 &amp; 连接）。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="606"/>
        <source>%1 &quot;%2&quot; was not among the uploaded assets (file not found: %2); put the file directly in _assets/.</source>
        <translation>%1 &quot;%2&quot; 不在已上传的资源中（找不到文件：%2）；请将该文件直接放在 _assets/ 中。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="614"/>
        <source>%1 &quot;%2&quot; exists but is excluded by .difyignore/.gitignore, so the daemon will not find it; remove the matching ignore pattern.</source>
        <translation>%1 &quot;%2&quot; 存在，但被 .difyignore/.gitignore 排除，因此守护进程将找不到它；请删除匹配的忽略规则。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="621"/>
        <source>%1 &quot;%2&quot; does not exist: add the file _assets/%2 (icon names are relative to _assets/).</source>
        <translation>%1 &quot;%2&quot; 不存在：请添加文件 _assets/%2（图标名称是相对于 _assets/ 的路径）。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="647"/>
        <source>%1 has no extra.python.source; the Python SDK needs it to find the implementation (e.g. extra: {python: {source: provider/my_provider.py}}).</source>
        <translation>%1 没有 extra.python.source；Python SDK 需要它来找到实现代码（例如 extra: {python: {source: provider/my_provider.py}}）。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="656"/>
        <source>extra.python.source &quot;%1&quot; does not exist in the plugin; create it or fix the path.</source>
        <translation>插件中不存在 extra.python.source &quot;%1&quot;；请创建该文件或修正路径。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="668"/>
        <source>The path &quot;%1&quot; is longer than 128 characters; shorten it.</source>
        <translation>路径 &quot;%1&quot; 超过 128 个字符；请缩短它。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="679"/>
        <source>The path &quot;%1&quot; is not a clean package path: the daemon&apos;s zip decoder refuses it. Write it relative to the plugin root without &quot;./&quot;, &quot;..&quot;, &quot;//&quot; or a leading &quot;/&quot;.</source>
        <translation>路径 &quot;%1&quot; 不是规范的包内路径：守护进程的 zip 解码器会拒绝它。请写成相对于插件根目录的路径，不要包含 &quot;./&quot;、&quot;..&quot;、&quot;//&quot; 或开头的 &quot;/&quot;。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="707"/>
        <source>An empty file reference; write the path of a YAML file.</source>
        <translation>文件引用为空；请写入一个 YAML 文件的路径。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="715"/>
        <source>&quot;%1&quot; is referenced but excluded by .difyignore/.gitignore, so it will not be in the package; remove the matching ignore pattern.</source>
        <translation>&quot;%1&quot; 被引用，但被 .difyignore/.gitignore 排除，因此不会包含在插件包中；请删除匹配的忽略规则。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="721"/>
        <source>The referenced file &quot;%1&quot; does not exist; create it or fix the path.</source>
        <translation>引用的文件 &quot;%1&quot; 不存在；请创建该文件或修正路径。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="729"/>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation>无法读取 &quot;%1&quot;：%2</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="737"/>
        <source>%1 is not valid YAML: %2</source>
        <translation>%1 不是有效的 YAML：%2</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="755"/>
        <source>&quot;%1&quot; must be a list of %2 files.</source>
        <translation>&quot;%1&quot; 必须是 %2 文件的列表。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="764"/>
        <source>An inline %1 declaration is accepted by the daemon but the Python SDK only loads file paths; move it into its own YAML file and list the path here.</source>
        <translation>守护进程接受内联的 %1 声明，但 Python SDK 只加载文件路径；请将其移到单独的 YAML 文件中，并在此处列出该路径。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="780"/>
        <source>%1 must contain a YAML mapping (the %2 declaration).</source>
        <translation>%1 必须包含一个 YAML 映射（%2 声明）。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="817"/>
        <source>`identity` is missing; add author, name, label%1.</source>
        <translation>缺少 `identity`；请添加 author、name、label%1。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="817"/>
        <source> and icon</source>
        <translation> 和 icon</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="839"/>
        <source>identity.author is empty; write the author&apos;s name.</source>
        <translation>identity.author 为空；请填写作者名称。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="841"/>
        <source>identity.name is empty; give it a name.</source>
        <translation>identity.name 为空；请为其指定名称。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="844"/>
        <source>identity.name &quot;%1&quot; may only contain letters, digits, &apos;_&apos; and &apos;-&apos; (no spaces).</source>
        <translation>identity.name &quot;%1&quot; 只能包含字母、数字、&apos;_&apos; 和 &apos;-&apos;（不能有空格）。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="850"/>
        <source>identity.icon is missing; name an icon file in _assets/.</source>
        <translation>缺少 identity.icon；请指定 _assets/ 中的一个图标文件。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="854"/>
        <source>A tag is longer than 128 characters.</source>
        <translation>有标签超过 128 个字符。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="879"/>
        <source>An option has no value; add `value:`.</source>
        <translation>有选项没有值；请添加 `value:`。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="882"/>
        <source>Option value is longer than 127 characters.</source>
        <translation>选项值超过 127 个字符。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="886"/>
        <source>Option value %1 is read as a boolean by the Python SDK but as a string by the daemon; quote it (&quot;%1&quot;).</source>
        <translation>Python SDK 会将选项值 %1 读取为布尔值，而守护进程会将其读取为字符串；请为其加上引号（&quot;%1&quot;）。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="918"/>
        <source>`default` must be a single value (string, number or boolean), not a list or mapping.</source>
        <translation>`default` 必须是单个值（字符串、数字或布尔值），不能是列表或映射。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="925"/>
        <location filename="../core/plugin/decoder.cpp" line="1063"/>
        <location filename="../core/plugin/decoder.cpp" line="1658"/>
        <source>`options` must be a list.</source>
        <translation>`options` 必须是列表。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="933"/>
        <source>At most 127 options are allowed.</source>
        <translation>最多允许 127 个选项。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="950"/>
        <source>Field name is longer than 1023 characters.</source>
        <translation>字段名称超过 1023 个字符。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="953"/>
        <source>Field type &quot;%1&quot; is not valid; use one of: %2.</source>
        <translation>字段类型 &quot;%1&quot; 无效；请使用以下之一：%2。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="992"/>
        <source>&quot;%1&quot; must be a list of fields or a mapping name: {field}.</source>
        <translation>&quot;%1&quot; 必须是字段列表，或形如 name: {field} 的映射。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="993"/>
        <source>&quot;%1&quot; must be a list of fields (- name: ...); the map form is not accepted here.</source>
        <translation>&quot;%1&quot; 必须是字段列表（- name: ...）；此处不接受映射形式。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1093"/>
        <source>auto_generate.type must be prompt_instruction, not &quot;%1&quot;.</source>
        <translation>auto_generate.type 必须为 prompt_instruction，而不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1104"/>
        <source>A parameter has no name; add `name:`.</source>
        <translation>有参数没有名称；请添加 `name:`。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1106"/>
        <source>Parameter name</source>
        <translation>参数名称</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1107"/>
        <source>Parameter label</source>
        <translation>参数的 label</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1122"/>
        <source>Parameter type &quot;%1&quot; is accepted by the Python SDK but refused by the daemon&apos;s validator; use one of: %2.</source>
        <translation>参数类型 &quot;%1&quot; 被 Python SDK 接受，但会被守护进程的校验器拒绝；请使用以下之一：%2。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1125"/>
        <source>Parameter type &quot;%1&quot; is not valid here; use one of: %2.</source>
        <translation>参数类型 &quot;%1&quot; 在此处无效；请使用以下之一：%2。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1132"/>
        <source>Parameter human_description</source>
        <translation>参数的 human_description</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1135"/>
        <source>Parameter `form` is missing; use llm, form or schema.</source>
        <translation>缺少参数的 `form`；请使用 llm、form 或 schema。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1136"/>
        <source>Parameter form &quot;%1&quot; is not valid; use llm, form or schema.</source>
        <translation>参数 form &quot;%1&quot; 无效；请使用 llm、form 或 schema。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1142"/>
        <source>Parameter help</source>
        <translation>参数的 help</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1147"/>
        <source>Parameter description</source>
        <translation>参数的 description</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1150"/>
        <source>Datasource parameters must not have a `scope` (the daemon&apos;s validator always refuses it); remove it.</source>
        <translation>数据源参数不能有 `scope`（守护进程的校验器总是会拒绝它）；请将其删除。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1159"/>
        <source>`default` must be a single value (string, number or boolean).</source>
        <translation>`default` 必须是单个值（字符串、数字或布尔值）。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1164"/>
        <source>`multiple: true` is only supported by the Python SDK for select and dynamic-select parameters.</source>
        <translation>Python SDK 仅对 select 和 dynamic-select 参数支持 `multiple: true`。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1169"/>
        <source>With `multiple: true` the `default` must be a list, e.g. [a, b].</source>
        <translation>使用 `multiple: true` 时，`default` 必须是列表，例如 [a, b]。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1172"/>
        <source>A list `default` needs `multiple: true`; use a single value or set multiple.</source>
        <translation>列表形式的 `default` 需要 `multiple: true`；请使用单个值或设置 multiple。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1184"/>
        <source>`parameters` must be a list.</source>
        <translation>`parameters` 必须是列表。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1280"/>
        <source>`version` is missing; write the plugin version, e.g. version: 0.0.1.</source>
        <translation>缺少 `version`；请填写插件版本，例如 version: 0.0.1。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1283"/>
        <source>Version &quot;%1&quot; is not valid; write three numbers like 1.0.0 (optionally -suffix).</source>
        <translation>版本 &quot;%1&quot; 无效；请写成三个数字，例如 1.0.0（可带 -后缀）。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1287"/>
        <source>Version &quot;%1&quot; is not valid; write exactly three numbers like 1.0.0 (optionally -suffix).</source>
        <translation>版本 &quot;%1&quot; 无效；请写成恰好三个数字，例如 1.0.0（可带 -后缀）。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1293"/>
        <source>Version &quot;%1&quot; is not a valid PEP 440 version, which the Python SDK requires; use a suffix such as -beta, -rc1, -post1 or -dev1.</source>
        <translation>版本 &quot;%1&quot; 不是 Python SDK 要求的有效 PEP 440 版本；请使用 -beta、-rc1、-post1 或 -dev1 等后缀。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1301"/>
        <source>`type` must be &quot;plugin&quot; (found &quot;%1&quot;).</source>
        <translation>`type` 必须为 &quot;plugin&quot;（当前为 &quot;%1&quot;）。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1306"/>
        <source>`author` is longer than 64 characters.</source>
        <translation>`author` 超过 64 个字符。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1309"/>
        <source>Author &quot;%1&quot; is not valid: use 1–64 lowercase letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>作者 &quot;%1&quot; 无效：请使用 1–64 个小写字母、数字、&apos;_&apos; 或 &apos;-&apos;。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1312"/>
        <source>The Python SDK also refuses author &quot;%1&quot;.</source>
        <translation>Python SDK 同样不接受作者 &quot;%1&quot;。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1315"/>
        <source>Author &quot;%1&quot; looks like a UUID, which the daemon reserves for remote-debug plugins; use your account or organisation name.</source>
        <translation>作者 &quot;%1&quot; 形如 UUID，而守护进程将 UUID 保留给远程调试插件；请使用你的账号或组织名称。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1323"/>
        <source>`name` is empty; give the plugin a name.</source>
        <translation>`name` 为空；请为插件指定名称。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1325"/>
        <source>`name` is longer than 128 characters.</source>
        <translation>`name` 超过 128 个字符。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1328"/>
        <source>Name &quot;%1&quot; is not valid: use 1–128 lowercase letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>名称 &quot;%1&quot; 无效：请使用 1–128 个小写字母、数字、&apos;_&apos; 或 &apos;-&apos;。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1340"/>
        <source>`icon` is missing; name an icon file in _assets/ (e.g. icon: icon.svg).</source>
        <translation>缺少 `icon`；请指定 _assets/ 中的一个图标文件（例如 icon: icon.svg）。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1342"/>
        <source>`icon` is longer than 128 characters.</source>
        <translation>`icon` 超过 128 个字符。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1343"/>
        <source>Plugin icon</source>
        <translation>插件图标</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1345"/>
        <source>Plugin dark icon</source>
        <translation>插件深色图标</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1399"/>
        <source>Storage size %1 is out of range; write a size in bytes between 1024 and 1073741824 (e.g. 1048576), even when storage is disabled.</source>
        <translation>存储大小 %1 超出范围；请填写 1024 到 1073741824 之间的字节数（例如 1048576），即使未启用存储也需如此。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1402"/>
        <source>The storage block has no `size`; add a size in bytes between 1024 and 1073741824 (e.g. size: 1048576).</source>
        <translation>storage 块中没有 `size`；请添加 1024 到 1073741824 之间的字节数（例如 size: 1048576）。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1410"/>
        <source>resource.memory is missing or 0; write the memory limit in bytes (e.g. 268435456).</source>
        <translation>缺少 resource.memory 或其值为 0；请填写以字节为单位的内存上限（例如 268435456）。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1418"/>
        <source>`plugins` is missing; list the provider YAML files (e.g. plugins: {tools: [provider/x.yaml]}).</source>
        <translation>缺少 `plugins`；请列出供应商 YAML 文件（例如 plugins: {tools: [provider/x.yaml]}）。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1425"/>
        <source>plugins.%1 lists %2 files but the daemon keeps only the last one (the SDK loads all); declare exactly one provider per kind.</source>
        <translation>plugins.%1 列出了 %2 个文件，但守护进程只保留最后一个（SDK 会全部加载）；每种类型请只声明一个供应商。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1444"/>
        <source>`meta` is missing; add version, arch and runner.</source>
        <translation>缺少 `meta`；请添加 version、arch 和 runner。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1449"/>
        <source>meta.version &quot;%1&quot; is not valid; write 0.0.1.</source>
        <translation>meta.version &quot;%1&quot; 无效；请写 0.0.1。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1455"/>
        <source>meta.arch is missing; write arch: [amd64, arm64].</source>
        <translation>缺少 meta.arch；请写 arch: [amd64, arm64]。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1459"/>
        <source>Architecture &quot;%1&quot; is not supported; use amd64 and/or arm64.</source>
        <translation>不支持架构 &quot;%1&quot;；请使用 amd64 和/或 arm64。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1465"/>
        <source>meta.runner is missing; write runner: {language: python, version: &quot;3.12&quot;, entrypoint: main}.</source>
        <translation>缺少 meta.runner；请写 runner: {language: python, version: &quot;3.12&quot;, entrypoint: main}。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1471"/>
        <source>Runner language &quot;%1&quot; is not supported; write language: python.</source>
        <translation>不支持运行时语言 &quot;%1&quot;；请写 language: python。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1477"/>
        <source>meta.runner.version is missing; write version: &quot;3.12&quot;.</source>
        <translation>缺少 meta.runner.version；请写 version: &quot;3.12&quot;。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1480"/>
        <source>meta.runner.version is longer than 128 characters.</source>
        <translation>meta.runner.version 超过 128 个字符。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1485"/>
        <source>Unquoted runner version %1 is read by the Python SDK as the number %2 and refused; quote it: version: &quot;%1&quot;.</source>
        <translation>未加引号的运行时版本 %1 会被 Python SDK 读取为数字 %2 并被拒绝；请加上引号：version: &quot;%1&quot;。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1488"/>
        <source>Quote the runner version (version: &quot;%1&quot;): the Python SDK reads a bare %1 as a number.</source>
        <translation>请为运行时版本加上引号（version: &quot;%1&quot;）：Python SDK 会将不带引号的 %1 读取为数字。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1496"/>
        <source>meta.runner.entrypoint is missing; write entrypoint: main.</source>
        <translation>缺少 meta.runner.entrypoint；请写 entrypoint: main。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1499"/>
        <source>meta.runner.entrypoint is longer than 256 characters.</source>
        <translation>meta.runner.entrypoint 超过 256 个字符。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1502"/>
        <source>The entrypoint module %1.py does not exist; the plugin will not start.</source>
        <translation>入口模块 %1.py 不存在；插件将无法启动。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1509"/>
        <source>minimum_dify_version &quot;%1&quot; is not a valid version; write e.g. 1.7.0.</source>
        <translation>minimum_dify_version &quot;%1&quot; 不是有效的版本；请填写例如 1.7.0。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1527"/>
        <source>created_at must be a timestamp such as 2026-01-02T03:04:05Z.</source>
        <translation>created_at 必须是时间戳，例如 2026-01-02T03:04:05Z。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1536"/>
        <source>created_at &quot;%1&quot; is not a timestamp; write RFC 3339 with a zone, e.g. 2026-01-02T03:04:05Z.</source>
        <translation>created_at &quot;%1&quot; 不是时间戳；请按 RFC 3339 格式书写并带上时区，例如 2026-01-02T03:04:05Z。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1539"/>
        <source>Quoted created_at &quot;%1&quot; must be RFC 3339 with a time zone (e.g. &quot;2026-01-02T03:04:05Z&quot;); add the zone or remove the quotes.</source>
        <translation>带引号的 created_at &quot;%1&quot; 必须是带时区的 RFC 3339 格式（例如 &quot;2026-01-02T03:04:05Z&quot;）；请添加时区或去掉引号。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1548"/>
        <source>created_at is missing; write the creation time, e.g. created_at: 2026-01-02T03:04:05Z.</source>
        <translation>缺少 created_at；请填写创建时间，例如 created_at: 2026-01-02T03:04:05Z。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1555"/>
        <source>`repo` must be a URL with scheme and host (e.g. https://github.com/me/plugin); remove the key if there is none.</source>
        <translation>`repo` 必须是包含协议和主机名的 URL（例如 https://github.com/me/plugin）；如果没有，请删除该键。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1574"/>
        <source>The tool has no `description`; add description: {human: {en_US: ...}, llm: ...}.</source>
        <translation>该工具没有 `description`；请添加 description: {human: {en_US: ...}, llm: ...}。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1583"/>
        <source>description.llm is empty; describe for the model what the tool does.</source>
        <translation>description.llm 为空；请为模型描述该工具的功能。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1591"/>
        <source>The tool</source>
        <translation>该工具</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1599"/>
        <source>Tool provider icon</source>
        <translation>工具供应商图标</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1599"/>
        <source>Tool provider dark icon</source>
        <translation>工具供应商深色图标</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1616"/>
        <source>The Python SDK reads credentials_for_provider only as a mapping (name: {type: ..., label: ...}); convert the list.</source>
        <translation>Python SDK 只会将 credentials_for_provider 读取为映射（name: {type: ..., label: ...}）；请转换该列表。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1621"/>
        <source>credentials_schema is not read by the Python SDK; write the credentials as a mapping under credentials_for_provider instead.</source>
        <translation>Python SDK 不读取 credentials_schema；请改为在 credentials_for_provider 下以映射形式填写凭据。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1628"/>
        <source>The tool provider</source>
        <translation>该工具供应商</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1652"/>
        <location filename="../core/workspace/offlineexport.cpp" line="120"/>
        <source>default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1670"/>
        <source>Option label</source>
        <translation>选项的 label</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1672"/>
        <source>An option has no value.</source>
        <translation>有选项没有值。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1695"/>
        <source>A credential form field has no `variable`; add the variable name.</source>
        <translation>有凭据表单字段缺少 `variable`；请添加变量名。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1698"/>
        <source>Credential form type &quot;%1&quot; is not valid; use one of: %2.</source>
        <translation>凭据表单类型 &quot;%1&quot; 无效；请使用以下之一：%2。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1700"/>
        <source>Field label</source>
        <translation>字段的 label</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1701"/>
        <source>Field help</source>
        <translation>字段的 help</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1702"/>
        <source>Field placeholder</source>
        <translation>字段的 placeholder</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1705"/>
        <source>Write `required:` explicitly: the daemon defaults it to false, the Python SDK to true.</source>
        <translation>请显式写出 `required:`：守护进程默认将其视为 false，而 Python SDK 默认视为 true。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1728"/>
        <source>`model` is empty; write the model name.</source>
        <translation>`model` 为空；请填写模型名称。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1730"/>
        <source>model</source>
        <translation>模型名称</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1739"/>
        <source>model_type &quot;%1&quot; is not valid; use one of: %2.</source>
        <translation>model_type &quot;%1&quot; 无效；请使用以下之一：%2。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1747"/>
        <source>Model feature &quot;%1&quot; is refused by the Python SDK; use one of: %2.</source>
        <translation>Python SDK 不接受模型特性 &quot;%1&quot;；请使用以下之一：%2。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1757"/>
        <source>fetch_from must be predefined-model or customizable-model.</source>
        <translation>fetch_from 必须为 predefined-model 或 customizable-model。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1765"/>
        <source>model_properties key &quot;%1&quot; is refused by the Python SDK; allowed keys: %2.</source>
        <translation>Python SDK 不接受 model_properties 的键 &quot;%1&quot;；允许的键：%2。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1776"/>
        <source>parameter_rules must be a list.</source>
        <translation>parameter_rules 必须是列表。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1779"/>
        <source>At most 128 parameter rules.</source>
        <translation>参数规则最多 128 条。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1801"/>
        <source>A rule `default` must be a single value.</source>
        <translation>规则的 `default` 必须是单个值。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1818"/>
        <source>use_template &quot;%1&quot; is not a known template (the daemon fails to decode the file); use temperature, top_p, top_k, presence_penalty, frequency_penalty, max_tokens, response_format or json_schema.</source>
        <translation>use_template &quot;%1&quot; 不是已知的模板（守护进程无法解码该文件）；请使用 temperature、top_p、top_k、presence_penalty、frequency_penalty、max_tokens、response_format 或 json_schema。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1839"/>
        <source>A parameter rule has no name.</source>
        <translation>有参数规则没有名称。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1842"/>
        <source>Parameter rule &quot;%1&quot; has neither `type` nor `use_template`; add type: float|int|string|boolean|text.</source>
        <translation>参数规则 &quot;%1&quot; 既没有 `type` 也没有 `use_template`；请添加 type: float|int|string|boolean|text。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1848"/>
        <source>Parameter rule type &quot;%1&quot; is not valid; use float, int, string, boolean or text.</source>
        <translation>参数规则类型 &quot;%1&quot; 无效；请使用 float、int、string、boolean 或 text。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1850"/>
        <source>Rule help</source>
        <translation>规则的 help</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1868"/>
        <source>pricing.%1 must be a decimal number (e.g. &apos;0.003&apos;).</source>
        <translation>pricing.%1 必须是十进制数（例如 &apos;0.003&apos;）。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1884"/>
        <source>`provider` is empty; write its name.</source>
        <translation>`provider` 为空；请填写其名称。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1886"/>
        <source>provider</source>
        <translation>供应商名称</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1908"/>
        <source>Model provider %1</source>
        <translation>模型供应商 %1</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1926"/>
        <source>supported_model_types is missing; list the model types (e.g. [llm]).</source>
        <translation>缺少 supported_model_types；请列出模型类型（例如 [llm]）。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1928"/>
        <source>At most 16 model types.</source>
        <translation>模型类型最多 16 种。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1932"/>
        <source>Model type &quot;%1&quot; is not valid; use one of: %2.</source>
        <translation>模型类型 &quot;%1&quot; 无效；请使用以下之一：%2。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1940"/>
        <source>configurate_methods is missing; write [predefined-model] and/or customizable-model.</source>
        <translation>缺少 configurate_methods；请写 [predefined-model] 和/或 customizable-model。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1944"/>
        <source>Configurate method &quot;%1&quot; is not valid; use predefined-model or customizable-model.</source>
        <translation>配置方式 &quot;%1&quot; 无效；请使用 predefined-model 或 customizable-model。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1952"/>
        <source>credential_form_schemas must be a list.</source>
        <translation>credential_form_schemas 必须是列表。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="1956"/>
        <source>At most 32 credential fields.</source>
        <translation>凭据字段最多 32 个。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2005"/>
        <source>Inline models are accepted by the daemon only; the Python SDK loads model files through models.&lt;type&gt;.predefined globs.</source>
        <translation>内联模型仅被守护进程接受；Python SDK 通过 models.&lt;type&gt;.predefined 通配符加载模型文件。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2045"/>
        <source>The glob &quot;%1&quot; matches no file: package paths never start with &quot;./&quot;; write it without the prefix.</source>
        <translation>通配符 &quot;%1&quot; 没有匹配到任何文件：包内路径从不以 &quot;./&quot; 开头；请去掉该前缀。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2048"/>
        <source>The glob &quot;%1&quot; matches only files excluded by .difyignore.</source>
        <translation>通配符 &quot;%1&quot; 只匹配到被 .difyignore 排除的文件。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2049"/>
        <source>The glob &quot;%1&quot; matches no model file.</source>
        <translation>通配符 &quot;%1&quot; 没有匹配到任何模型文件。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2062"/>
        <source>The position file %1 must be a YAML list of model names.</source>
        <translation>位置文件 %1 必须是由模型名称组成的 YAML 列表。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2076"/>
        <source>configurate_methods has predefined-model but no models are declared; add models.&lt;type&gt;.predefined globs.</source>
        <translation>configurate_methods 包含 predefined-model，但没有声明任何模型；请添加 models.&lt;type&gt;.predefined 通配符。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2094"/>
        <source>The model provider has no extra.python.provider_source; the Python SDK needs it.</source>
        <translation>模型供应商没有 extra.python.provider_source；Python SDK 需要它。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2097"/>
        <source>extra.python.provider_source &quot;%1&quot; does not exist.</source>
        <translation>extra.python.provider_source &quot;%1&quot; 不存在。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2101"/>
        <source>extra.python.model_sources entry &quot;%1&quot; does not exist.</source>
        <translation>extra.python.model_sources 中的条目 &quot;%1&quot; 不存在。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2106"/>
        <source>The model provider has no extra.python.provider_source; the Python SDK needs it (extra: {python: {provider_source: provider/x.py, model_sources: [...]}}).</source>
        <translation>模型供应商没有 extra.python.provider_source；Python SDK 需要它（extra: {python: {provider_source: provider/x.py, model_sources: [...]}}）。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2127"/>
        <source>The endpoint has no `path` (e.g. /webhook).</source>
        <translation>该端点没有 `path`（例如 /webhook）。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2130"/>
        <source>Endpoint method &quot;%1&quot; is not valid; use one of: %2 (upper case).</source>
        <translation>端点方法 &quot;%1&quot; 无效；请使用以下之一：%2（大写）。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2133"/>
        <source>The endpoint</source>
        <translation>该端点</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2169"/>
        <source>A feature is too long.</source>
        <translation>有特性名称过长。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2172"/>
        <source>Strategy feature &quot;%1&quot; is refused by the Python SDK; the only feature is history-messages.</source>
        <translation>Python SDK 不接受策略特性 &quot;%1&quot;；唯一可用的特性是 history-messages。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2177"/>
        <source>The agent strategy</source>
        <translation>该 Agent 策略</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2185"/>
        <source>Agent strategy provider icon</source>
        <translation>Agent 策略供应商图标</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2185"/>
        <source>Agent strategy provider dark icon</source>
        <translation>Agent 策略供应商深色图标</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2190"/>
        <source>The agent strategy provider</source>
        <translation>该 Agent 策略供应商</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2204"/>
        <source>Datasource icon</source>
        <translation>数据源图标</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2212"/>
        <source>The datasource</source>
        <translation>该数据源</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2222"/>
        <source>Datasource provider icon</source>
        <translation>数据源供应商图标</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2229"/>
        <source>The Python SDK reads datasource credentials_schema only as a list (- name: ...); convert the mapping.</source>
        <translation>Python SDK 只会将数据源的 credentials_schema 读取为列表（- name: ...）；请转换该映射。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2236"/>
        <source>provider_type &quot;%1&quot; is not valid; use website_crawl, online_document or online_drive.</source>
        <translation>provider_type &quot;%1&quot; 无效；请使用 website_crawl、online_document 或 online_drive。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2242"/>
        <source>The datasource provider</source>
        <translation>该数据源供应商</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2261"/>
        <source>The trigger event</source>
        <translation>该触发器事件</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2269"/>
        <source>Trigger provider icon</source>
        <translation>触发器供应商图标</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2269"/>
        <source>Trigger provider dark icon</source>
        <translation>触发器供应商深色图标</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2296"/>
        <source>subscription_schema must be a list or a mapping.</source>
        <translation>subscription_schema 必须是列表或映射。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2300"/>
        <source>The Python SDK reads subscription_schema only as a list (- name: ...); convert the mapping.</source>
        <translation>Python SDK 只会将 subscription_schema 读取为列表（- name: ...）；请转换该映射。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2315"/>
        <source>The trigger provider</source>
        <translation>该触发器供应商</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2335"/>
        <source>The plugin declares no provider; list one under plugins (tools, models, endpoints, agent_strategies, datasources or triggers).</source>
        <translation>该插件没有声明任何供应商；请在 plugins 下列出一个（tools、models、endpoints、agent_strategies、datasources 或 triggers）。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2347"/>
        <source>plugins.%1 cannot be combined with other provider kinds (only tools + endpoints may be combined); split it into separate plugins.</source>
        <translation>plugins.%1 不能与其他供应商类型组合（只有 tools + endpoints 可以组合）；请将其拆分为不同的插件。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2376"/>
        <source>manifest.yaml is excluded by the ignore file; remove that pattern.</source>
        <translation>manifest.yaml 被忽略文件排除；请删除该规则。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2377"/>
        <source>There is no manifest.yaml at the plugin root; this is not a Dify plugin folder.</source>
        <translation>插件根目录下没有 manifest.yaml；这不是 Dify 插件文件夹。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2384"/>
        <source>manifest.yaml cannot be read: %1</source>
        <translation>无法读取 manifest.yaml：%1</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2390"/>
        <source>manifest.yaml is not valid YAML: %1</source>
        <translation>manifest.yaml 不是有效的 YAML：%1</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2400"/>
        <source>manifest.yaml must be a YAML mapping with version, type, author, name, ... (it is %1).</source>
        <translation>manifest.yaml 必须是包含 version、type、author、name 等字段的 YAML 映射（当前为%1）。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2401"/>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2451"/>
        <source>The provider file %1</source>
        <translation>供应商文件 %1</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2462"/>
        <source>An inline `%1` declaration in manifest.yaml is read by the daemon but ignored by the Python SDK; move it to a file listed under plugins.</source>
        <translation>manifest.yaml 中内联的 `%1` 声明会被守护进程读取，但会被 Python SDK 忽略；请将其移到 plugins 下列出的文件中。</translation>
    </message>
    <message>
        <location filename="../core/plugin/decoder.cpp" line="2488"/>
        <source>The plugin declares endpoints but resource.permission.endpoint.enabled is not true; enable it.</source>
        <translation>该插件声明了端点，但 resource.permission.endpoint.enabled 不为 true；请启用它。</translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="318"/>
        <source>The bundle manifest.yaml must be a YAML mapping (name, labels, ...).</source>
        <translation>插件集合的 manifest.yaml 必须是 YAML 映射（name、labels、...）。</translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="327"/>
        <source>`%1` must be a single value.</source>
        <translation>`%1` 必须是单个值。</translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="343"/>
        <source>`%1` must be a mapping of languages.</source>
        <translation>`%1` 必须是语言映射。</translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="370"/>
        <source>`tags` must be a list.</source>
        <translation>`tags` 必须是列表。</translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="377"/>
        <source>`dependencies` must be a list.</source>
        <translation>`dependencies` 必须是列表。</translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="382"/>
        <source>Each dependency must be a mapping {type, value}.</source>
        <translation>每个依赖项都必须是映射 {type, value}。</translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="419"/>
        <source>Bundle name &quot;%1&quot; must be 1–128 letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>插件集合名称 &quot;%1&quot; 必须为 1–128 个字母、数字、&apos;_&apos; 或 &apos;-&apos;。</translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="423"/>
        <source>Bundle version &quot;%1&quot; is not valid; write three numbers like 0.0.1.</source>
        <translation>插件集合版本 &quot;%1&quot; 无效；请写成三个数字，例如 0.0.1。</translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="426"/>
        <source>`type` must be &quot;bundle&quot;.</source>
        <translation>`type` 必须为 &quot;bundle&quot;。</translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="429"/>
        <source>`author` is missing.</source>
        <translation>缺少 `author`。</translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="432"/>
        <source>`icon` is missing; name a file in _assets/.</source>
        <translation>缺少 `icon`；请指定 _assets/ 中的一个文件。</translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="435"/>
        <source>`labels` needs an en_US text (note the plural key).</source>
        <translation>`labels` 需要 en_US 文本（注意该键是复数形式）。</translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="438"/>
        <source>`description` needs an en_US text.</source>
        <translation>`description` 需要 en_US 文本。</translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="441"/>
        <source>`dependencies` is missing; write dependencies: [].</source>
        <translation>缺少 `dependencies`；请写入 dependencies: []。</translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="449"/>
        <source>Marketplace pattern &quot;%1&quot; is not valid; write org/plugin:1.0.0.</source>
        <translation>插件市场格式 &quot;%1&quot; 无效；请写成 org/plugin:1.0.0。</translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="453"/>
        <source>GitHub pattern &quot;%1&quot; is not valid; write owner/repo:1.0.0/asset.difypkg.</source>
        <translation>GitHub 格式 &quot;%1&quot; 无效；请写成 owner/repo:1.0.0/asset.difypkg。</translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="457"/>
        <source>A package dependency needs value.path.</source>
        <translation>package 类型的依赖项需要 value.path。</translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="461"/>
        <source>Dependency type &quot;%1&quot; is not valid; use marketplace, github or package.</source>
        <translation>依赖类型 &quot;%1&quot; 无效；请使用 marketplace、github 或 package。</translation>
    </message>
    <message>
        <location filename="../core/plugin/loader.cpp" line="469"/>
        <source>Tag &quot;%1&quot; is not a Dify tag.</source>
        <translation>标签 &quot;%1&quot; 不是 Dify 标签。</translation>
    </message>
    <message>
        <location filename="../core/plugin/validator.cpp" line="62"/>
        <source>There is no README.md at the plugin root; Dify shows it as the English description. Add one.</source>
        <translation>插件根目录下没有 README.md；Dify 会将其作为英文描述显示。请添加一个。</translation>
    </message>
    <message>
        <location filename="../core/plugin/validator.cpp" line="68"/>
        <source>README.md contains Chinese characters; Marketplace review rejects that for the English README. Move translations to readme/README_zh_Hans.md.</source>
        <translation>README.md 中含有中文字符；插件市场审核会拒绝包含中文的英文 README。请将翻译移至 readme/README_zh_Hans.md。</translation>
    </message>
    <message>
        <location filename="../core/plugin/validator.cpp" line="72"/>
        <source>README.md is empty; describe the plugin.</source>
        <translation>README.md 为空；请描述该插件。</translation>
    </message>
    <message>
        <location filename="../core/plugin/validator.cpp" line="89"/>
        <source>%1 is not detected as a translated README; name it readme/README_&lt;lang&gt;.md (e.g. readme/README_zh_Hans.md) directly inside readme/.</source>
        <translation>%1 未被识别为翻译版 README；请将其命名为 readme/README_&lt;lang&gt;.md（例如 readme/README_zh_Hans.md），并直接放在 readme/ 中。</translation>
    </message>
    <message>
        <location filename="../core/plugin/validator.cpp" line="95"/>
        <source>%1 at the plugin root is not detected; move it to readme/%1.</source>
        <translation>插件根目录下的 %1 无法被识别；请将其移至 readme/%1。</translation>
    </message>
    <message>
        <location filename="../core/plugin/validator.cpp" line="99"/>
        <source>.env is part of the plugin files and would be packaged with its secrets; add it to .difyignore.</source>
        <translation>.env 属于插件文件，会连同其中的密钥一起被打包；请将其添加到 .difyignore。</translation>
    </message>
    <message>
        <location filename="../core/plugin/validator.cpp" line="106"/>
        <source>The folder %1/ is a virtual environment; Marketplace CI refuses it. Delete it or add it to .difyignore.</source>
        <translation>文件夹 %1/ 是一个虚拟环境；插件市场 CI 会拒绝它。请将其删除或添加到 .difyignore。</translation>
    </message>
    <message>
        <location filename="../core/plugin/validator.cpp" line="113"/>
        <source>There is no pyproject.toml; Marketplace CI requires it (with uv.lock) to build the plugin.</source>
        <translation>没有 pyproject.toml；插件市场 CI 需要它（以及 uv.lock）来构建插件。</translation>
    </message>
    <message>
        <location filename="../core/plugin/validator.cpp" line="117"/>
        <source>Neither requirements.txt nor pyproject.toml exists; the runtime cannot install dify_plugin.</source>
        <translation>requirements.txt 和 pyproject.toml 都不存在；运行时无法安装 dify_plugin。</translation>
    </message>
    <message>
        <location filename="../core/plugin/validator.cpp" line="123"/>
        <source>`privacy` is not set; Marketplace requires a privacy policy (privacy: PRIVACY.md).</source>
        <translation>未设置 `privacy`；插件市场要求提供隐私政策（privacy: PRIVACY.md）。</translation>
    </message>
    <message>
        <location filename="../core/plugin/validator.cpp" line="128"/>
        <source>The privacy policy file &quot;%1&quot; does not exist; create it.</source>
        <translation>隐私政策文件 &quot;%1&quot; 不存在；请创建该文件。</translation>
    </message>
    <message>
        <location filename="../core/plugin/validator.cpp" line="133"/>
        <source>%1 looks like a placeholder; describe what data the plugin collects and sends.</source>
        <translation>%1 看起来只是占位内容；请说明插件会收集和发送哪些数据。</translation>
    </message>
    <message>
        <location filename="../core/plugin/validator.cpp" line="141"/>
        <source>created_at (%1) is in the future; Marketplace refuses that. Use the current time.</source>
        <translation>created_at（%1）晚于当前时间；插件市场会拒绝它。请使用当前时间。</translation>
    </message>
    <message>
        <location filename="../core/runtime/localplugin.cpp" line="71"/>
        <source>%1 has no manifest.yaml; is this a plugin folder?</source>
        <translation>%1 中没有 manifest.yaml；这是插件文件夹吗？</translation>
    </message>
    <message>
        <location filename="../core/runtime/localplugin.cpp" line="87"/>
        <source>the plugin does not load cleanly (%1); running it anyway with the basic manifest fields — run `plugin-studio-cli validate` for the full report</source>
        <translation>插件未能干净地加载（%1）；仍将使用基本的 manifest 字段运行它 — 请运行 `plugin-studio-cli validate` 查看完整报告</translation>
    </message>
    <message>
        <location filename="../core/runtime/localplugin.cpp" line="96"/>
        <source>manifest.yaml is not a mapping</source>
        <translation>manifest.yaml 不是映射</translation>
    </message>
    <message>
        <location filename="../core/runtime/localplugin.cpp" line="136"/>
        <source>manifest.yaml has no name</source>
        <translation>manifest.yaml 没有 name</translation>
    </message>
    <message>
        <location filename="../core/runtime/localplugin.cpp" line="150"/>
        <source>the plugin did not become ready (no heartbeat) within %1 s; check its output for errors</source>
        <translation>插件未在 %1 秒内就绪（没有心跳）；请检查其输出中的错误</translation>
    </message>
    <message>
        <location filename="../core/runtime/localplugin.cpp" line="235"/>
        <source>%1 has no _assets/ folder; the Dify SDK needs it (create it and put the plugin icon in it)</source>
        <translation>%1 没有 _assets/ 文件夹；Dify SDK 需要它（请创建该文件夹并将插件图标放入其中）</translation>
    </message>
    <message>
        <location filename="../core/runtime/localplugin.cpp" line="280"/>
        <source>plugin %1 is not active for %2 seconds, it may be dead; it was stopped</source>
        <translation>插件 %1 已有 %2 秒处于非活动状态，可能已失去响应；已将其停止</translation>
    </message>
    <message>
        <location filename="../core/runtime/localplugin.cpp" line="300"/>
        <source>the plugin failed %1 times in a row; giving up: %2</source>
        <translation>插件连续失败 %1 次；放弃：%2</translation>
    </message>
    <message>
        <location filename="../core/runtime/localplugin.cpp" line="312"/>
        <source>Restarting the plugin in %1 s (failure %2 of at most %3)
</source>
        <translation>将在 %1 秒后重启插件（第 %2 次失败，最多 %3 次）
</translation>
    </message>
    <message>
        <location filename="../core/runtime/localplugin.cpp" line="327"/>
        <source>the plugin was stopped</source>
        <translation>插件已停止</translation>
    </message>
    <message>
        <location filename="../core/runtime/pythonenv.cpp" line="73"/>
        <source>init process exited due to no activity for %1 seconds</source>
        <translation>初始化进程因 %1 秒无活动而退出</translation>
    </message>
    <message>
        <location filename="../core/runtime/pythonenv.cpp" line="77"/>
        <source>the environment preparation took longer than %1 seconds</source>
        <translation>环境准备耗时超过 %1 秒</translation>
    </message>
    <message>
        <location filename="../core/runtime/pythonenv.cpp" line="118"/>
        <source>the plugin requires dify_plugin %1%2, which needs Python 3.12 or newer, but the interpreter is Python %3. Install Python 3.12 and pass it with --python (or choose it in Settings), or pin dify_plugin&gt;=0.7,&lt;0.8 for Python 3.11.</source>
        <translation>该插件需要 dify_plugin %1%2，而它需要 Python 3.12 或更高版本，但当前解释器是 Python %3。请安装 Python 3.12 并通过 --python 传入（或在设置中选择），或者为 Python 3.11 固定 dify_plugin&gt;=0.7,&lt;0.8。</translation>
    </message>
    <message>
        <location filename="../core/runtime/pythonenv.cpp" line="149"/>
        <source>Using the existing environment %1</source>
        <translation>正在使用现有环境 %1</translation>
    </message>
    <message>
        <location filename="../core/runtime/pythonenv.cpp" line="167"/>
        <source>neither pyproject.toml nor requirements.txt found in plugin directory %1; add a requirements.txt listing dify_plugin</source>
        <translation>在插件目录 %1 中既未找到 pyproject.toml 也未找到 requirements.txt；请添加一个列出 dify_plugin 的 requirements.txt</translation>
    </message>
    <message>
        <location filename="../core/runtime/pythonenv.cpp" line="182"/>
        <source>Python was not found (%1). Install Python 3.12 (3.11 works for dify_plugin 0.7) and put it on PATH, or pass the interpreter with --python.</source>
        <translation>未找到 Python（%1）。请安装 Python 3.12（dify_plugin 0.7 可使用 3.11）并将其加入 PATH，或通过 --python 传入解释器。</translation>
    </message>
    <message>
        <location filename="../core/runtime/pythonenv.cpp" line="188"/>
        <location filename="../core/workspace/installtask.cpp" line="797"/>
        <source>Checking %1</source>
        <translation>正在检查 %1</translation>
    </message>
    <message>
        <location filename="../core/runtime/pythonenv.cpp" line="191"/>
        <source>the Python interpreter %1 does not run</source>
        <translation>Python 解释器 %1 无法运行</translation>
    </message>
    <message>
        <location filename="../core/runtime/pythonenv.cpp" line="209"/>
        <source>%1 did not report a Python version; pass a Python 3 interpreter with --python</source>
        <translation>%1 没有报告 Python 版本；请通过 --python 传入 Python 3 解释器</translation>
    </message>
    <message>
        <location filename="../core/runtime/pythonenv.cpp" line="216"/>
        <source>cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <location filename="../core/runtime/pythonenv.cpp" line="239"/>
        <source>Using the cached environment %1</source>
        <translation>正在使用缓存的环境 %1</translation>
    </message>
    <message>
        <location filename="../core/runtime/pythonenv.cpp" line="244"/>
        <source>Removing the incomplete environment %1</source>
        <translation>正在删除不完整的环境 %1</translation>
    </message>
    <message>
        <location filename="../core/runtime/pythonenv.cpp" line="248"/>
        <source>cannot create the environment cache folder %1</source>
        <translation>无法创建环境缓存文件夹 %1</translation>
    </message>
    <message>
        <location filename="../core/runtime/pythonenv.cpp" line="256"/>
        <source>Creating the environment %1 (Python %2)</source>
        <translation>正在创建环境 %1（Python %2）</translation>
    </message>
    <message>
        <location filename="../core/runtime/pythonenv.cpp" line="264"/>
        <source>cannot read the dependencies of pyproject.toml</source>
        <translation>无法读取 pyproject.toml 的依赖项</translation>
    </message>
    <message>
        <location filename="../core/runtime/pythonenv.cpp" line="268"/>
        <location filename="../core/runtime/pythonenv.cpp" line="317"/>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location filename="../core/runtime/pythonenv.cpp" line="280"/>
        <source>uv could not create the environment</source>
        <translation>uv 无法创建环境</translation>
    </message>
    <message>
        <location filename="../core/runtime/pythonenv.cpp" line="283"/>
        <source>python -m venv could not create the environment (on Debian/Ubuntu install python3-venv)</source>
        <translation>python -m venv 无法创建环境（在 Debian/Ubuntu 上请安装 python3-venv）</translation>
    </message>
    <message>
        <location filename="../core/runtime/pythonenv.cpp" line="304"/>
        <source>Installing the dependencies from %1</source>
        <translation>正在从 %1 安装依赖项</translation>
    </message>
    <message>
        <location filename="../core/runtime/pythonenv.cpp" line="305"/>
        <source>failed to install dependencies</source>
        <translation>依赖项安装失败</translation>
    </message>
    <message>
        <location filename="../core/runtime/pythonenv.cpp" line="306"/>
        <source>Checking that dify_plugin imports</source>
        <translation>正在检查 dify_plugin 能否导入</translation>
    </message>
    <message>
        <location filename="../core/runtime/pythonenv.cpp" line="308"/>
        <source>the environment was installed but `import dify_plugin` fails</source>
        <translation>环境已安装，但 `import dify_plugin` 失败</translation>
    </message>
    <message>
        <location filename="../core/runtime/pythonenv.cpp" line="372"/>
        <source> — no installable wheel for %1 (check the version pin, the Python version %2, your network or --offline-wheels folder)</source>
        <translation> — 没有可安装的 %1 的 wheel 包（请检查版本固定、Python 版本 %2、网络或 --offline-wheels 文件夹）</translation>
    </message>
    <message>
        <location filename="../core/runtime/pythonenv.cpp" line="384"/>
        <source>could not run %1</source>
        <translation>无法运行 %1</translation>
    </message>
    <message>
        <location filename="../core/runtime/pythonenv.cpp" line="408"/>
        <source>the environment preparation was cancelled</source>
        <translation>环境准备已取消</translation>
    </message>
    <message>
        <location filename="../core/runtime/pythonenv.cpp" line="435"/>
        <source>Environment ready: %1 (%2 ms)</source>
        <translation>环境已就绪：%1（%2 毫秒）</translation>
    </message>
    <message>
        <location filename="../core/workspace/autoupgrade.cpp" line="72"/>
        <source>The auto-upgrade check interval must be 1 to 168 hours.</source>
        <translation>自动升级检查间隔必须为 1 到 168 小时。</translation>
    </message>
    <message>
        <location filename="../core/workspace/autoupgrade.cpp" line="74"/>
        <source>The auto-upgrade time of day must be within the day (00:00–23:59).</source>
        <translation>自动升级的时间必须在一天之内（00:00–23:59）。</translation>
    </message>
    <message>
        <location filename="../core/workspace/autoupgrade.cpp" line="133"/>
        <source>The automatic update check failed: %1</source>
        <translation>自动更新检查失败：%1</translation>
    </message>
    <message>
        <location filename="../core/workspace/autoupgrade.cpp" line="135"/>
        <source>Automatic upgrades: nothing to upgrade.</source>
        <translation>自动升级：没有需要升级的内容。</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/workspace/autoupgrade.cpp" line="136"/>
        <source>%n plugin(s) upgraded automatically</source>
        <translation>
            <numerusform>已自动升级 %n 个插件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/workspace/autoupgrade.cpp" line="138"/>
        <source>, %n failed (previous version kept)</source>
        <translation>
            <numerusform>，%n 个失败（保留了先前版本）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/workspace/autoupgrade.cpp" line="288"/>
        <source>no Marketplace client</source>
        <translation>没有插件市场客户端</translation>
    </message>
    <message>
        <location filename="../core/workspace/autoupgrade.cpp" line="305"/>
        <source>the Marketplace is not reachable (answered from the cache)</source>
        <translation>无法访问插件市场（响应来自缓存）</translation>
    </message>
    <message>
        <location filename="../core/workspace/autoupgrade.cpp" line="365"/>
        <source>the upgrade task could not start</source>
        <translation>升级任务无法启动</translation>
    </message>
    <message>
        <location filename="../core/workspace/autoupgrade.cpp" line="408"/>
        <source>the automatic upgrade pass did not finish within %1 s</source>
        <translation>自动升级过程未在 %1 秒内完成</translation>
    </message>
    <message>
        <location filename="../core/workspace/credentialcheck.cpp" line="19"/>
        <source>The plugin is not running; start it to check credentials.</source>
        <translation>插件未在运行；请启动插件以检查凭据。</translation>
    </message>
    <message>
        <location filename="../core/workspace/credentialcheck.cpp" line="32"/>
        <source>The credentials were refused: %1</source>
        <translation>凭据被拒绝：%1</translation>
    </message>
    <message>
        <location filename="../core/workspace/credentialcheck.cpp" line="44"/>
        <source>The plugin did not answer the credential check (no &quot;result&quot;).</source>
        <translation>插件未响应凭据检查（没有 &quot;result&quot;）。</translation>
    </message>
    <message>
        <location filename="../core/workspace/credentialcheck.cpp" line="46"/>
        <source>The plugin says these credentials are invalid.</source>
        <translation>插件表示这些凭据无效。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="39"/>
        <source>&quot;%1&quot; is not a Marketplace identifier; use marketplace:org/name:version@checksum (see `market show org/name`).</source>
        <translation>“%1”不是插件市场标识符；请使用 marketplace:org/name:version@checksum（参见 `market show org/name`）。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="48"/>
        <source>&quot;%1&quot; is not a Marketplace bundle; use marketplace-bundle:ORG/NAME@VERSION.</source>
        <translation>“%1” 不是插件市场上的插件集合；请使用 marketplace-bundle:ORG/NAME@VERSION。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="59"/>
        <source>&quot;%1&quot; is not a GitHub release source; use github:OWNER/REPO@VERSION/ASSET.difypkg.</source>
        <translation>“%1”不是 GitHub Release 来源；请使用 github:OWNER/REPO@VERSION/ASSET.difypkg。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="68"/>
        <source>%1 is not a file; give a .difypkg, a .difybndl, marketplace:ID or github:OWNER/REPO@VERSION/ASSET.</source>
        <translation>%1 不是文件；请提供 .difypkg、.difybndl、marketplace:ID 或 github:OWNER/REPO@VERSION/ASSET。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="145"/>
        <source>Bundle dependency %1 of %2 (%3) failed: %4 %5</source>
        <translation>插件集合依赖项 %1/%2（%3）失败：%4 %5</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="207"/>
        <source>restored %1 %2</source>
        <translation>已恢复 %1 %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="209"/>
        <source>could not restore %1 %2 (%3)</source>
        <translation>无法恢复 %1 %2（%3）</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="213"/>
        <source>removed %1</source>
        <translation>已移除 %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="215"/>
        <source>could not remove %1 (%2)</source>
        <translation>无法移除 %1（%2）</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="270"/>
        <source>Nothing had been installed yet; the workspace is unchanged.</source>
        <translation>尚未安装任何内容；工作空间未发生变化。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="286"/>
        <source>The rollback was incomplete: %1 (done: %2). Check the installed list.</source>
        <translation>回滚未完成：%1（已完成：%2）。请检查已安装列表。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="288"/>
        <source>The workspace was rolled back (%1).</source>
        <translation>工作空间已回滚（%1）。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="312"/>
        <source>Installed %1</source>
        <translation>已安装 %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="325"/>
        <source>The install was cancelled; the previous version (if any) is still installed.</source>
        <translation>安装已取消；之前的版本（如有）仍保持安装状态。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="359"/>
        <source>Another install is running in this workspace (%1 is locked); wait for it to finish.</source>
        <translation>此工作空间中有另一个安装正在进行（%1 已被锁定）；请等待其完成。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="380"/>
        <source>The bundle %1 is larger than %2 MiB.</source>
        <translation>插件集合 %1 大于 %2 MiB。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="410"/>
        <location filename="../core/workspace/installtask.cpp" line="796"/>
        <location filename="../core/workspace/installtask.cpp" line="951"/>
        <source>The install was cancelled.</source>
        <translation>安装已取消。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="471"/>
        <location filename="../core/workspace/installtask.cpp" line="543"/>
        <source>Downloading %1: %2 / %3 KiB</source>
        <translation>正在下载 %1：%2 / %3 KiB</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="480"/>
        <source>%1 is larger than %2 MiB.</source>
        <translation>%1 大于 %2 MiB。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="484"/>
        <source>%1 answered HTTP %2 without a usable Location.</source>
        <translation>%1 返回了 HTTP %2，但没有可用的 Location。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="486"/>
        <source>Too many redirects from %1.</source>
        <translation>来自 %1 的重定向次数过多。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="488"/>
        <source>%1 redirects to the less safe %2; refused.</source>
        <translation>%1 重定向到了安全性较低的 %2；已拒绝。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="490"/>
        <source>%1 redirects to %2; refused.</source>
        <translation>%1 重定向到了 %2；已拒绝。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="496"/>
        <source> It resets at %1 UTC.</source>
        <translation> 它将在 UTC %1 重置。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="499"/>
        <source>GitHub&apos;s rate limit for your token was reached (HTTP %1 from %2).%3 Wait, or use another token.</source>
        <translation>已达到你的令牌的 GitHub 速率限制（来自 %2 的 HTTP %1）。%3请等待，或使用其他令牌。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="501"/>
        <source>GitHub&apos;s rate limit for anonymous requests was reached (HTTP %1 from %2).%3 Set a GitHub token (Workspace Settings &gt; GitHub token, the GITHUB_TOKEN environment variable or --github-token) to get a much higher limit.</source>
        <translation>已达到匿名请求的 GitHub 速率限制（来自 %2 的 HTTP %1）。%3请设置 GitHub 令牌（“工作空间设置 &gt; GitHub 令牌”、GITHUB_TOKEN 环境变量或 --github-token）以获得高得多的限额。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="507"/>
        <source>GitHub refused the token (HTTP 401 from %1). Check or replace the GitHub token in Workspace Settings, GITHUB_TOKEN or --github-token.</source>
        <translation>GitHub 拒绝了该令牌（来自 %1 的 HTTP 401）。请在工作空间设置、GITHUB_TOKEN 或 --github-token 中检查或替换 GitHub 令牌。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="511"/>
        <source>Download of %1 failed: %2</source>
        <translation>下载 %1 失败：%2</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="522"/>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="525"/>
        <source>%1 is %2 MiB, more than the package limit of %3 MiB.</source>
        <translation>%1 大小为 %2 MiB，超过了插件包 %3 MiB 的限制。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="533"/>
        <source>No Marketplace client is configured for a marketplace install.</source>
        <translation>未配置用于插件市场安装的插件市场客户端。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="534"/>
        <source>Downloading %1 from the Marketplace</source>
        <translation>正在从插件市场下载 %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="557"/>
        <source>Downloading %1</source>
        <translation>正在下载 %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="564"/>
        <source>Resolving %1 with the Marketplace</source>
        <translation>正在通过插件市场解析 %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="575"/>
        <source>Resolving %1 with GitHub releases</source>
        <translation>正在通过 GitHub Releases 解析 %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="593"/>
        <source>&quot;%1&quot; is not a marketplace pattern (org/plugin:VERSION).</source>
        <translation>“%1”不是插件市场格式（org/plugin:VERSION）。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="595"/>
        <source>No Marketplace client is configured to resolve %1.</source>
        <translation>未配置用于解析 %1 的插件市场客户端。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="610"/>
        <source>No Marketplace version of %1 matches (available: %2).</source>
        <translation>插件市场中没有与 %1 匹配的版本（可用版本：%2）。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="615"/>
        <source>The Marketplace listed %1 %2 without an identifier.</source>
        <translation>插件市场列出的 %1 %2 没有标识符。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="624"/>
        <source>&quot;%1&quot; is not a GitHub pattern (owner/repo:VERSION/asset).</source>
        <translation>“%1”不是 GitHub 格式（owner/repo:VERSION/asset）。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="648"/>
        <source>No releases found for %1 on GitHub.</source>
        <translation>在 GitHub 上未找到 %1 的 Release。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="651"/>
        <source>No GitHub release of %1 matches %2 (tags: %3).</source>
        <translation>%1 没有与 %2 匹配的 GitHub Release（标签：%3）。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="683"/>
        <source>No Marketplace is configured to install %1 from.</source>
        <translation>没有配置可用于安装 %1 的插件市场。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="686"/>
        <source>Reading bundle %1 %2 from the Marketplace</source>
        <translation>正在从插件市场读取插件集合 %1 %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="693"/>
        <source>The Marketplace could not give the contents of bundle %1 %2: %3</source>
        <translation>插件市场无法提供插件集合 %1 %2 的内容：%3</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="737"/>
        <source>The bundle has a dependency the studio cannot fetch (type &quot;%1&quot;: %2).</source>
        <translation>该插件集合包含 Studio 无法获取的依赖（类型 “%1”：%2）。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="750"/>
        <source>Reading bundle %1</source>
        <translation>正在读取插件集合 %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="698"/>
        <location filename="../core/workspace/installtask.cpp" line="762"/>
        <source>The bundle %1 has no dependencies to install.</source>
        <translation>插件集合 %1 没有需要安装的依赖项。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="770"/>
        <source>failed to fetch package from bundle: _assets/%1 (%2)</source>
        <translation>从插件集合中获取插件包失败：_assets/%1（%2）</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="784"/>
        <source>The bundle has a dependency of unknown type &quot;%1&quot;.</source>
        <translation>插件集合中有未知类型“%1”的依赖项。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="743"/>
        <location filename="../core/workspace/installtask.cpp" line="789"/>
        <source>Bundle %1 %2: %3 dependencies</source>
        <translation>插件集合 %1 %2：%3 个依赖项</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="829"/>
        <source>%1 is not a valid plugin package: %2</source>
        <translation>%1 不是有效的插件包：%2</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="846"/>
        <source>cannot set author to an UUID: %1 is reserved for remote-debug plugins.</source>
        <translation>无法将作者设置为 UUID：%1 保留给远程调试插件使用。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="848"/>
        <source>The package %1 has no author in manifest.yaml.</source>
        <translation>插件包 %1 的 manifest.yaml 中没有作者。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="860"/>
        <source>The package downloaded for %1 is %2: it is not the package that was asked for (the download was altered or the source is wrong). Nothing was installed; try again, or download the package yourself and install it from the file.</source>
        <translation>为 %1 下载的插件包是 %2：它不是所请求的插件包（下载内容被篡改或来源有误）。未安装任何内容；请重试，或自行下载插件包并从文件安装。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="867"/>
        <source>original and new plugin id are different: %1 is installed, the package is %2.</source>
        <translation>原插件 ID 与新插件 ID 不同：已安装的是 %1，而插件包是 %2。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="870"/>
        <source>%1 is not installed; use install instead of upgrade.</source>
        <translation>%1 未安装；请使用安装而非升级。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="875"/>
        <source>its signature does not verify with the official key or a trusted key (%1)</source>
        <translation>其签名无法通过官方密钥或受信任密钥的验证（%1）</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="876"/>
        <source>it is not signed</source>
        <translation>未签名</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="879"/>
        <source>plugin verification has been enabled, and the plugin you want to install has a bad signature: %1 %2. Trust the signer&apos;s public key, or allow unsigned packages (--allow-unsigned) if you trust the source.</source>
        <translation>已启用插件验证，而您要安装的插件签名无效：%1 %2。请信任签名者的公钥；如果您信任其来源，也可以允许未签名的插件包（--allow-unsigned）。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="882"/>
        <source>WARNING: installing %1 although %2 (unsigned packages are allowed).</source>
        <translation>警告：%1 %2，但仍将安装（已允许未签名的插件包）。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="888"/>
        <source>%1 claims the author langgenius but is not signed with the langgenius category; refused inside a bundle.</source>
        <translation>%1 声称作者为 langgenius，但未使用 langgenius 类别签名；在插件集合中拒绝安装。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="897"/>
        <source>Cannot remove the stale folder %1.</source>
        <translation>无法删除过时的文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="902"/>
        <location filename="../core/workspace/offlineexport.cpp" line="61"/>
        <source>Extracting %1</source>
        <translation>正在解压 %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="928"/>
        <source>Preparing the Python environment of %1</source>
        <translation>正在准备 %1 的 Python 环境</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="942"/>
        <source>The Python environment of %1 could not be prepared: %2</source>
        <translation>无法准备 %1 的 Python 环境：%2</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="981"/>
        <source>Installed %1 (was %2), signature: %3</source>
        <translation>已安装 %1（原版本 %2），签名：%3</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="982"/>
        <location filename="../core/workspace/installtask.cpp" line="983"/>
        <source>unverified</source>
        <translation>未验证</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="983"/>
        <source>Installed %1, signature: %2</source>
        <translation>已安装 %1，签名：%2</translation>
    </message>
    <message>
        <location filename="../core/workspace/installtask.cpp" line="992"/>
        <source>Another install is running in this workspace; try again when it has finished.</source>
        <translation>此工作空间中正在进行另一项安装；请在其完成后重试。</translation>
    </message>
    <message>
        <location filename="../core/workspace/keychain.cpp" line="34"/>
        <source>Run the studio (or the CLI) inside your desktop session where the keychain is unlocked, or move the key to a file there: `plugin-studio-cli workspace key --to-file` (or Edit &gt; Workspace Settings &gt; Move to file).</source>
        <translation>请在钥匙串已解锁的桌面会话中运行 Studio（或 CLI），或在那里将密钥移到文件中：`plugin-studio-cli workspace key --to-file`（或“编辑 &gt; 工作空间设置 &gt; 移到文件”）。</translation>
    </message>
    <message>
        <location filename="../core/workspace/keychain.cpp" line="62"/>
        <location filename="../core/workspace/keychain.cpp" line="201"/>
        <source>OS keychain (service &quot;%1&quot;, account &quot;%2&quot;)</source>
        <translation>系统钥匙串（服务“%1”，账户“%2”）</translation>
    </message>
    <message>
        <location filename="../core/workspace/keychain.cpp" line="99"/>
        <source>The workspace key is being read from the OS keychain; try again in a moment.</source>
        <translation>正在从系统钥匙串读取工作空间密钥；请稍后重试。</translation>
    </message>
    <message>
        <location filename="../core/workspace/keychain.cpp" line="106"/>
        <source>The OS keychain did not answer within %1 s (%2). %3</source>
        <translation>系统钥匙串未在 %1 秒内响应（%2）。%3</translation>
    </message>
    <message>
        <location filename="../core/workspace/keychain.cpp" line="113"/>
        <source>The workspace key is missing from the %1. Restore it there (or restore workspace.key and run `plugin-studio-cli workspace key --to-file`); without it the stored secrets cannot be decrypted.</source>
        <translation>%1中缺少工作空间密钥。请将其恢复到那里（或恢复 workspace.key 并运行 `plugin-studio-cli workspace key --to-file`）；没有它，已存储的密钥信息将无法解密。</translation>
    </message>
    <message>
        <location filename="../core/workspace/keychain.cpp" line="118"/>
        <source>The OS keychain refused to give the workspace key (%1): %2. Unlock the keychain and allow Plugin Studio, then try again.</source>
        <translation>系统钥匙串拒绝提供工作空间密钥（%1）：%2。请解锁钥匙串并允许 Plugin Studio 访问，然后重试。</translation>
    </message>
    <message>
        <location filename="../core/workspace/keychain.cpp" line="122"/>
        <source>The workspace key lives in the %1, which cannot be reached: %2. %3</source>
        <translation>工作空间密钥位于%1中，但无法访问：%2。%3</translation>
    </message>
    <message>
        <location filename="../core/workspace/keychain.cpp" line="128"/>
        <source>The workspace key in the %1 is damaged (expected 64 hex digits). Restore it from a backup; without it the stored secrets cannot be decrypted.</source>
        <translation>%1中的工作空间密钥已损坏（应为 64 位十六进制数字）。请从备份中恢复；没有它，已存储的密钥信息将无法解密。</translation>
    </message>
    <message>
        <location filename="../core/workspace/keychain.cpp" line="133"/>
        <source>This build of Plugin Studio has no OS keychain support (QtKeychain), but the workspace key was recorded in the keychain. %1</source>
        <translation>此版本的 Plugin Studio 不支持系统钥匙串（QtKeychain），但工作空间密钥被记录在钥匙串中。%1</translation>
    </message>
    <message>
        <location filename="../core/workspace/keychain.cpp" line="141"/>
        <location filename="../core/workspace/secrets.cpp" line="60"/>
        <location filename="../core/workspace/secrets.cpp" line="97"/>
        <location filename="../core/workspace/secrets.cpp" line="128"/>
        <source>The workspace key has the wrong size.</source>
        <translation>工作空间密钥的长度不正确。</translation>
    </message>
    <message>
        <location filename="../core/workspace/keychain.cpp" line="144"/>
        <location filename="../core/workspace/keychain.cpp" line="168"/>
        <source>The OS keychain is busy with the workspace key; try again in a moment.</source>
        <translation>系统钥匙串正忙于处理工作空间密钥；请稍后重试。</translation>
    </message>
    <message>
        <location filename="../core/workspace/keychain.cpp" line="152"/>
        <location filename="../core/workspace/keychain.cpp" line="175"/>
        <source>The OS keychain did not answer within %1 s.</source>
        <translation>系统钥匙串未在 %1 秒内响应。</translation>
    </message>
    <message>
        <location filename="../core/workspace/keychain.cpp" line="155"/>
        <source>Cannot store the workspace key in the %1: %2</source>
        <translation>无法将工作空间密钥存储到%1中：%2</translation>
    </message>
    <message>
        <location filename="../core/workspace/keychain.cpp" line="159"/>
        <location filename="../core/workspace/keychain.cpp" line="182"/>
        <source>This build of Plugin Studio has no OS keychain support (QtKeychain).</source>
        <translation>此版本的 Plugin Studio 不支持系统钥匙串（QtKeychain）。</translation>
    </message>
    <message>
        <location filename="../core/workspace/keychain.cpp" line="178"/>
        <source>Cannot remove the old workspace key from the %1: %2. Remove it with your keychain manager.</source>
        <translation>无法从%1中移除旧的工作空间密钥：%2。请使用钥匙串管理器将其移除。</translation>
    </message>
    <message>
        <location filename="../core/workspace/keychain.cpp" line="202"/>
        <source>key file %1</source>
        <translation>密钥文件 %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/keychain.cpp" line="247"/>
        <source>The workspace key check holds an unexpected value.</source>
        <translation>工作空间密钥校验值异常。</translation>
    </message>
    <message>
        <location filename="../core/workspace/keychain.cpp" line="279"/>
        <source>The system random generator failed.</source>
        <translation>系统随机数生成器出错。</translation>
    </message>
    <message>
        <location filename="../core/workspace/keychain.cpp" line="288"/>
        <source>The workspace key is kept in the %1.</source>
        <translation>工作空间密钥保存在%1中。</translation>
    </message>
    <message>
        <location filename="../core/workspace/keychain.cpp" line="294"/>
        <source>The OS keychain is not available (%1); the workspace key is kept in the 0600 file %2.</source>
        <translation>系统钥匙串不可用（%1）；工作空间密钥保存在权限为 0600 的文件 %2 中。</translation>
    </message>
    <message>
        <location filename="../core/workspace/keychain.cpp" line="295"/>
        <source>the key read back differs</source>
        <translation>读回的密钥不一致</translation>
    </message>
    <message>
        <location filename="../core/workspace/keychain.cpp" line="337"/>
        <source>The current workspace key (%1) does not open this workspace&apos;s secrets; it was not moved. %2</source>
        <translation>当前工作空间密钥（%1）无法打开此工作空间的密钥信息；未移动它。%2</translation>
    </message>
    <message>
        <location filename="../core/workspace/keychain.cpp" line="359"/>
        <source>The workspace key was not moved (it stays in the %1): %2</source>
        <translation>工作空间密钥未移动（仍保留在%1中）：%2</translation>
    </message>
    <message>
        <location filename="../core/workspace/keychain.cpp" line="368"/>
        <source>The workspace key read back from the %1 does not open the workspace&apos;s secrets (%2); it was not moved and stays in the %3.</source>
        <translation>从%1读回的工作空间密钥无法打开工作空间的密钥信息（%2）；未移动它，它仍保留在%3中。</translation>
    </message>
    <message>
        <location filename="../core/workspace/keychain.cpp" line="370"/>
        <source>wrong value</source>
        <translation>值错误</translation>
    </message>
    <message>
        <location filename="../core/workspace/keychain.cpp" line="381"/>
        <source>The workspace key now lives in the %1, but the old copy could not be removed: %2</source>
        <translation>工作空间密钥现已位于%1中，但无法移除旧副本：%2</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="60"/>
        <location filename="../core/workspace/oauthflow.cpp" line="164"/>
        <source>No loopback port is free for the OAuth redirect: %1</source>
        <translation>没有可用于 OAuth 重定向的空闲回环端口：%1</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="75"/>
        <source>%1/%2 has no OAuth client yet. Register an app at the provider with the studio&apos;s redirect URI, then enter its client settings under &quot;OAuth client…&quot; on the Installed plugins page.</source>
        <translation>%1/%2 还没有 OAuth 客户端。请使用 Studio 的重定向 URI 在供应商处注册一个应用，然后在“已安装的插件”页面的“OAuth 客户端…”中填写其客户端设置。</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="80"/>
        <source>The custom OAuth client of %1/%2 is switched off, and the studio has no system client. Switch &quot;Use this custom client&quot; on under &quot;OAuth client…&quot;.</source>
        <translation>%1/%2 的自定义 OAuth 客户端已关闭，且 Studio 没有系统客户端。请在“OAuth 客户端…”中打开“使用此自定义客户端”。</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="110"/>
        <location filename="../core/workspace/oauthflow.cpp" line="181"/>
        <source>The plugin is not running; start it and try again.</source>
        <translation>插件未运行；请启动它后重试。</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="113"/>
        <source>The plugin&apos;s %1 failed: %2</source>
        <translation>插件的 %1 失败：%2</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="117"/>
        <source>The plugin&apos;s %1 answered without &quot;%2&quot;; check its OAuth code.</source>
        <translation>插件的 %1 返回的响应中没有“%2”；请检查其 OAuth 代码。</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/workspace/oauthflow.cpp" line="129"/>
        <source>No answer came back from the browser within %n minute(s). Start the authorization again and finish signing in at the provider.</source>
        <translation>
            <numerusform>浏览器在 %n 分钟内没有返回响应。请重新开始授权，并在供应商处完成登录。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="147"/>
        <location filename="../core/workspace/oauthflow.cpp" line="185"/>
        <location filename="../core/workspace/oauthflow.cpp" line="493"/>
        <source>No workspace is open.</source>
        <translation>未打开工作空间。</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="158"/>
        <source>Cannot listen on 127.0.0.1:%1 for the OAuth redirect: %2. Close what uses that port or choose another.</source>
        <translation>无法在 127.0.0.1:%1 上监听 OAuth 重定向：%2。请关闭占用该端口的程序或选择其他端口。</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="165"/>
        <source>Port %1 is in use; the redirect URI changed to port %2 — register it at the provider.</source>
        <translation>端口 %1 已被占用；重定向 URI 已改为端口 %2 — 请在供应商处注册它。</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="196"/>
        <source>Asking the plugin for the authorization URL…</source>
        <translation>正在向插件请求授权 URL…</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="209"/>
        <source>The plugin&apos;s authorization URL &quot;%1&quot; is not an http(s) URL; check its _oauth_get_authorization_url.</source>
        <translation>插件的授权 URL“%1”不是 http(s) URL；请检查其 _oauth_get_authorization_url。</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="225"/>
        <source>Waiting for the browser to come back to %1…</source>
        <translation>正在等待浏览器返回 %1…</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="233"/>
        <source>The authorization was cancelled.</source>
        <translation>授权已取消。</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="292"/>
        <location filename="../core/workspace/oauthflow.cpp" line="308"/>
        <source>Request too large</source>
        <translation>请求过大</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="292"/>
        <location filename="../core/workspace/oauthflow.cpp" line="308"/>
        <source>The callback request is larger than the studio accepts.</source>
        <translation>回调请求超过了 Studio 可接受的大小。</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="345"/>
        <source>Bad request</source>
        <translation>错误的请求</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="345"/>
        <source>This is not an HTTP request.</source>
        <translation>这不是 HTTP 请求。</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="350"/>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="350"/>
        <source>This is Plugin Studio&apos;s OAuth callback; nothing else is served here.</source>
        <translation>这是 Plugin Studio 的 OAuth 回调；此处不提供其他任何内容。</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="354"/>
        <source>Method not allowed</source>
        <translation>不允许的方法</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="354"/>
        <source>The OAuth callback is a GET request.</source>
        <translation>OAuth 回调是 GET 请求。</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="358"/>
        <source>No authorization in progress</source>
        <translation>没有进行中的授权</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="359"/>
        <source>The studio is not waiting for this sign-in (it finished or was cancelled). Start it again from the studio.</source>
        <translation>Studio 并未在等待此次登录（它已完成或已取消）。请从 Studio 重新开始。</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="366"/>
        <source>Sign-in refused</source>
        <translation>登录被拒绝</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="366"/>
        <source>The provider did not authorize the studio: %1</source>
        <translation>供应商未授权 Studio：%1</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="367"/>
        <source>The provider did not authorize the studio (%1). Try again, and allow the access the plugin asks for.</source>
        <translation>供应商未授权 Studio（%1）。请重试，并允许插件请求的访问权限。</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="373"/>
        <source>State mismatch</source>
        <translation>状态不匹配</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="373"/>
        <source>This callback does not belong to the sign-in the studio started; it was refused.</source>
        <translation>此回调不属于 Studio 发起的登录；已被拒绝。</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="374"/>
        <source>The OAuth callback&apos;s state does not match the authorization request, so it was refused (a stale tab or a forged request). Start the authorization again.</source>
        <translation>OAuth 回调的 state 与授权请求不匹配，因此已被拒绝（可能是过期的标签页或伪造的请求）。请重新开始授权。</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="385"/>
        <source>Exchanging the authorization code with the plugin…</source>
        <translation>正在与插件交换授权码…</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="393"/>
        <source>The plugin&apos;s get_credentials answered &quot;credentials&quot; that is not an object.</source>
        <translation>插件的 get_credentials 返回的“credentials”不是对象。</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="396"/>
        <source>Sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="417"/>
        <source>Sign-in not saved</source>
        <translation>登录信息未保存</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="423"/>
        <source>Signed in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="423"/>
        <source>Plugin Studio received the authorization for %1. You can close this tab.</source>
        <translation>Plugin Studio 已收到 %1 的授权。你可以关闭此标签页。</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="427"/>
        <source>Authorized: credential &quot;%1&quot; saved.</source>
        <translation>已授权：凭据“%1”已保存。</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="449"/>
        <source>The OAuth credential has expired and the plugin is not running to refresh it.</source>
        <translation>OAuth 凭据已过期，且插件未运行，无法刷新它。</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="455"/>
        <source>The OAuth credential &quot;%1&quot; has expired and cannot be refreshed: %2</source>
        <translation>OAuth 凭据“%1”已过期且无法刷新：%2</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="471"/>
        <source>The plugin&apos;s refresh_credentials answered &quot;credentials&quot; that is not an object.</source>
        <translation>插件的 refresh_credentials 返回的“credentials”不是对象。</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="473"/>
        <source>The OAuth credential &quot;%1&quot; has expired and the refresh failed: %2 Authorize again.</source>
        <translation>OAuth 凭据“%1”已过期且刷新失败：%2 请重新授权。</translation>
    </message>
    <message>
        <location filename="../core/workspace/oauthflow.cpp" line="503"/>
        <source>%1 / %2 has no stored credential; add one with Configure… or Authorize… on the Installed plugins page.</source>
        <translation>%1 / %2 没有已存储的凭据；请在“已安装的插件”页面使用“配置…”或“授权…”添加一个。</translation>
    </message>
    <message>
        <location filename="../core/workspace/offlineexport.cpp" line="54"/>
        <source>Cannot create a temporary folder for the offline export.</source>
        <translation>无法为离线导出创建临时文件夹。</translation>
    </message>
    <message>
        <location filename="../core/workspace/offlineexport.cpp" line="59"/>
        <source>Cannot copy %1.</source>
        <translation>无法复制 %1。</translation>
    </message>
    <message>
        <location filename="../core/workspace/offlineexport.cpp" line="68"/>
        <source>%1 is neither a .difypkg nor a plugin folder.</source>
        <translation>%1 既不是 .difypkg，也不是插件文件夹。</translation>
    </message>
    <message>
        <location filename="../core/workspace/offlineexport.cpp" line="73"/>
        <source>%1 has no manifest.yaml; it is not a plugin.</source>
        <translation>%1 没有 manifest.yaml；它不是插件。</translation>
    </message>
    <message>
        <location filename="../core/workspace/offlineexport.cpp" line="82"/>
        <source>Exporting requirements.txt from pyproject.toml with uv</source>
        <translation>正在使用 uv 从 pyproject.toml 导出 requirements.txt</translation>
    </message>
    <message>
        <location filename="../core/workspace/offlineexport.cpp" line="85"/>
        <source>The plugin only has pyproject.toml and `uv export` failed: %1</source>
        <translation>该插件只有 pyproject.toml，且 `uv export` 失败：%1</translation>
    </message>
    <message>
        <location filename="../core/workspace/offlineexport.cpp" line="88"/>
        <source>%1 has neither requirements.txt nor pyproject.toml; nothing to download.</source>
        <translation>%1 既没有 requirements.txt 也没有 pyproject.toml；没有需要下载的内容。</translation>
    </message>
    <message>
        <location filename="../core/workspace/offlineexport.cpp" line="101"/>
        <location filename="../core/workspace/offlineexport.cpp" line="152"/>
        <source>Cannot write requirements.txt.</source>
        <translation>无法写入 requirements.txt。</translation>
    </message>
    <message>
        <location filename="../core/workspace/offlineexport.cpp" line="109"/>
        <source>python3 was not found; install Python 3 (with pip) to download wheels.</source>
        <translation>未找到 python3；请安装 Python 3（含 pip）以下载 wheel 包。</translation>
    </message>
    <message>
        <location filename="../core/workspace/offlineexport.cpp" line="119"/>
        <source>Downloading wheels for %1 (python %2)</source>
        <translation>正在为 %1 下载 wheel 包（python %2）</translation>
    </message>
    <message>
        <location filename="../core/workspace/offlineexport.cpp" line="119"/>
        <location filename="../core/workspace/offlineexport.cpp" line="146"/>
        <source>this machine</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../core/workspace/offlineexport.cpp" line="139"/>
        <source>The offline export was cancelled.</source>
        <translation>离线导出已取消。</translation>
    </message>
    <message>
        <location filename="../core/workspace/offlineexport.cpp" line="139"/>
        <source>pip download took too long.</source>
        <translation>pip download 耗时过长。</translation>
    </message>
    <message>
        <location filename="../core/workspace/offlineexport.cpp" line="145"/>
        <source>pip download failed (exit %1). Some requirement has no wheel for %2; the last lines were:
%3</source>
        <translation>pip download 失败（退出码 %1）。某些依赖没有适用于 %2 的 wheel 包；最后几行输出为：
%3</translation>
    </message>
    <message>
        <location filename="../core/workspace/offlineexport.cpp" line="169"/>
        <source>Packaging %1</source>
        <translation>正在打包 %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/offlineexport.cpp" line="177"/>
        <source>The offline package is UNSIGNED (repackaging changes its checksum): sign it with your key and trust that key, or allow unsigned packages where you install it.</source>
        <translation>离线插件包未签名（重新打包会改变其校验和）：请用你的密钥为其签名并信任该密钥，或在安装它的地方允许未签名的插件包。</translation>
    </message>
    <message>
        <location filename="../core/workspace/secrets.cpp" line="37"/>
        <source>Cannot read the workspace key %1: %2. Check its owner and permissions.</source>
        <translation>无法读取工作空间密钥 %1：%2。请检查其所有者和权限。</translation>
    </message>
    <message>
        <location filename="../core/workspace/secrets.cpp" line="42"/>
        <source>The workspace key %1 is damaged (expected 64 hex digits). Restore it from a backup; without it the stored secrets cannot be decrypted.</source>
        <translation>工作空间密钥 %1 已损坏（应为 64 位十六进制数字）。请从备份中恢复；没有它，已存储的密钥信息将无法解密。</translation>
    </message>
    <message>
        <location filename="../core/workspace/secrets.cpp" line="51"/>
        <source>The system random generator failed; cannot create a workspace key.</source>
        <translation>系统随机数生成器出错；无法创建工作空间密钥。</translation>
    </message>
    <message>
        <location filename="../core/workspace/secrets.cpp" line="64"/>
        <source>Cannot create the workspace key %1: %2</source>
        <translation>无法创建工作空间密钥 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/workspace/secrets.cpp" line="68"/>
        <source>Cannot write the workspace key %1: %2</source>
        <translation>无法写入工作空间密钥 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/workspace/secrets.cpp" line="78"/>
        <source>Cannot remove the old workspace key file %1; delete it by hand.</source>
        <translation>无法移除旧的工作空间密钥文件 %1；请手动删除它。</translation>
    </message>
    <message>
        <location filename="../core/workspace/secrets.cpp" line="101"/>
        <source>Encryption is unavailable (OpenSSL failed).</source>
        <translation>加密功能不可用（OpenSSL 出错）。</translation>
    </message>
    <message>
        <location filename="../core/workspace/secrets.cpp" line="120"/>
        <source>Encryption failed (OpenSSL).</source>
        <translation>加密失败（OpenSSL）。</translation>
    </message>
    <message>
        <location filename="../core/workspace/secrets.cpp" line="130"/>
        <source>A stored secret is damaged (unknown format).</source>
        <translation>已存储的密钥信息已损坏（未知格式）。</translation>
    </message>
    <message>
        <location filename="../core/workspace/secrets.cpp" line="151"/>
        <source>A stored secret cannot be decrypted: the workspace key is not the one it was saved with, or the data was altered. Re-enter the secret.</source>
        <translation>无法解密已存储的密钥信息：工作空间密钥与保存时使用的不同，或数据已被篡改。请重新输入该密钥信息。</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="51"/>
        <source>Workspace database error while %1: %2</source>
        <translation>工作空间数据库在执行操作（%1）时出错：%2</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="143"/>
        <source>Cannot create the workspace folder %1; choose a writable folder with --workspace.</source>
        <translation>无法创建工作空间文件夹 %1；请使用 --workspace 选择一个可写的文件夹。</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="153"/>
        <source>Cannot open the workspace database %1: %2</source>
        <translation>无法打开工作空间数据库 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="205"/>
        <source>The workspace database %1 is damaged or not an SQLite file (%2). Move it away to start a fresh workspace, or restore it from a backup.</source>
        <translation>工作空间数据库 %1 已损坏或不是 SQLite 文件（%2）。请将其移走以新建工作空间，或从备份中恢复。</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="211"/>
        <source>The workspace %1 was written by a newer Plugin Studio (schema %2, this one knows %3); update Plugin Studio.</source>
        <translation>工作空间 %1 由更新版本的 Plugin Studio 写入（架构版本 %2，当前版本仅支持 %3）；请更新 Plugin Studio。</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="215"/>
        <source>Cannot start a migration transaction: %1</source>
        <translation>无法开始迁移事务：%1</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="219"/>
        <source>migrating the schema to version %1</source>
        <translation>将架构迁移到版本 %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="227"/>
        <source>Cannot commit the schema migration: %1</source>
        <translation>无法提交架构迁移：%1</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="291"/>
        <source>Cannot start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="293"/>
        <source>replacing a plugin</source>
        <translation>替换插件</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="301"/>
        <source>recording the installation</source>
        <translation>记录安装信息</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="308"/>
        <source>Cannot commit the installation: %1</source>
        <translation>无法提交安装：%1</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="316"/>
        <source>The plugin %1 is not installed in this workspace; see `list`.</source>
        <translation>插件 %1 未安装在此工作空间中；请查看 `list`。</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="324"/>
        <source>uninstalling</source>
        <translation>卸载</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="331"/>
        <source>Cannot commit the uninstall: %1</source>
        <translation>无法提交卸载：%1</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="338"/>
        <source>enabling a plugin</source>
        <translation>启用插件</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="342"/>
        <location filename="../core/workspace/workspace.cpp" line="353"/>
        <source>The plugin %1 is not installed.</source>
        <translation>插件 %1 未安装。</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="349"/>
        <source>setting the auto-upgrade strategy</source>
        <translation>设置自动升级策略</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="361"/>
        <source>checking a folder</source>
        <translation>检查文件夹</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="372"/>
        <source>creating a task</source>
        <translation>创建任务</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="386"/>
        <source>updating a task</source>
        <translation>更新任务</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="421"/>
        <source>reading a task</source>
        <translation>读取任务</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="430"/>
        <source>clearing tasks</source>
        <translation>清除任务</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="444"/>
        <source>The install was interrupted (the process ended before it finished); the previous version is still installed.</source>
        <translation>安装被中断（进程在完成前已结束）；之前的版本仍处于安装状态。</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="446"/>
        <source>marking interrupted tasks</source>
        <translation>标记被中断的任务</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="493"/>
        <source>An endpoint needs a name.</source>
        <translation>端点需要一个名称。</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="507"/>
        <source>creating an endpoint</source>
        <translation>创建端点</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="522"/>
        <source>listing endpoints</source>
        <translation>列出端点</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="556"/>
        <source>updating an endpoint</source>
        <translation>更新端点</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="561"/>
        <location filename="../core/workspace/workspace.cpp" line="571"/>
        <source>No endpoint with id %1.</source>
        <translation>不存在 ID 为 %1 的端点。</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="567"/>
        <source>enabling an endpoint</source>
        <translation>启用端点</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="577"/>
        <source>deleting an endpoint</source>
        <translation>删除端点</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="588"/>
        <source>Credential type must be api-key or oauth2, not &quot;%1&quot;.</source>
        <translation>凭据类型必须为 api-key 或 oauth2，而不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="590"/>
        <source>A credential needs a name of 1 to 30 characters.</source>
        <translation>凭据名称必须为 1 到 30 个字符。</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="599"/>
        <location filename="../core/workspace/workspace.cpp" line="605"/>
        <location filename="../core/workspace/workspace.cpp" line="610"/>
        <source>adding a credential</source>
        <translation>添加凭据</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="628"/>
        <source>listing credentials</source>
        <translation>列出凭据</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="653"/>
        <location filename="../core/workspace/workspace.cpp" line="666"/>
        <source>updating a credential</source>
        <translation>更新凭据</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="657"/>
        <location filename="../core/workspace/workspace.cpp" line="682"/>
        <location filename="../core/workspace/workspace.cpp" line="702"/>
        <source>No credential with id %1.</source>
        <translation>不存在 ID 为 %1 的凭据。</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="678"/>
        <source>refreshing a credential</source>
        <translation>刷新凭据</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="689"/>
        <source>deleting a credential</source>
        <translation>删除凭据</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="698"/>
        <location filename="../core/workspace/workspace.cpp" line="706"/>
        <location filename="../core/workspace/workspace.cpp" line="707"/>
        <source>choosing the default credential</source>
        <translation>选择默认凭据</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="730"/>
        <source>saving the OAuth client</source>
        <translation>保存 OAuth 客户端</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="739"/>
        <location filename="../core/workspace/workspace.cpp" line="754"/>
        <source>reading the OAuth client</source>
        <translation>读取 OAuth 客户端</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="771"/>
        <source>removing the OAuth client</source>
        <translation>移除 OAuth 客户端</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="784"/>
        <source>The key must be an RSA public key in PKCS#1 PEM form (&quot;-----BEGIN RSA PUBLIC KEY-----&quot;), as written by `dify signature generate`.</source>
        <translation>密钥必须是 PKCS#1 PEM 格式的 RSA 公钥（&quot;-----BEGIN RSA PUBLIC KEY-----&quot;），即 `dify signature generate` 生成的格式。</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="787"/>
        <location filename="../core/workspace/workspace.cpp" line="791"/>
        <source>adding a trusted key</source>
        <translation>添加受信任的密钥</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="794"/>
        <source>The trusted key could not be stored.</source>
        <translation>无法存储受信任的密钥。</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="800"/>
        <source>removing a trusted key</source>
        <translation>移除受信任的密钥</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="821"/>
        <location filename="../core/workspace/workspace.cpp" line="974"/>
        <source>reading a setting</source>
        <translation>读取设置</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="831"/>
        <location filename="../core/workspace/workspace.cpp" line="989"/>
        <location filename="../core/workspace/workspace.cpp" line="1000"/>
        <source>saving a setting</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="856"/>
        <source>&quot;%1&quot; is not an http(s) URL.</source>
        <translation>&quot;%1&quot; 不是 http(s) URL。</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="873"/>
        <source>reading the Dify API key</source>
        <translation>读取 Dify API 密钥</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="892"/>
        <source>saving the Dify API key</source>
        <translation>保存 Dify API 密钥</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="908"/>
        <source>&quot;%1&quot; is not an http(s) URL such as http://localhost:5001.</source>
        <translation>“%1”不是 http(s) URL（例如 http://localhost:5001）。</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="918"/>
        <source>reading the Dify inner API key</source>
        <translation>读取 Dify 内部 API 密钥</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="933"/>
        <source>removing the Dify inner API key</source>
        <translation>移除 Dify 内部 API 密钥</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="944"/>
        <source>saving the Dify inner API key</source>
        <translation>保存 Dify 内部 API 密钥</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="964"/>
        <source>The system model needs both a provider (e.g. langgenius/openai/openai) and a model (e.g. gpt-4o-mini), or neither.</source>
        <translation>系统模型需要同时指定供应商（例如 langgenius/openai/openai）和模型（例如 gpt-4o-mini），或者两者都不指定。</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="62"/>
        <source>the file is UTF-16 encoded; save it as UTF-8</source>
        <translation>文件是 UTF-16 编码；请将其保存为 UTF-8</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="70"/>
        <source>binary file, not YAML (it contains a NUL byte)</source>
        <translation>二进制文件，不是 YAML（其中包含 NUL 字节）</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="73"/>
        <source>control character U+%1 is not allowed in YAML; remove it (is this a binary file?)</source>
        <translation>YAML 中不允许出现控制字符 U+%1；请将其删除（这是二进制文件吗？）</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="105"/>
        <source>invalid UTF-8 (byte 0x%1); save the file as UTF-8</source>
        <translation>无效的 UTF-8（字节 0x%1）；请将文件保存为 UTF-8</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="125"/>
        <location filename="../core/yaml/yamlparser.cpp" line="581"/>
        <source>the YAML is nested more than %1 levels deep; flatten the document</source>
        <translation>YAML 嵌套超过 %1 层；请减少文档的嵌套层级</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="159"/>
        <location filename="../core/yaml/yamlparser.cpp" line="255"/>
        <source>a tab character is used for indentation; YAML indentation must use spaces</source>
        <translation>缩进中使用了制表符；YAML 缩进必须使用空格</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="239"/>
        <source>a mapping is not closed properly; check the indentation of this line (keys of one mapping must start in the same column) (yaml-cpp: end of map not found)</source>
        <translation>映射没有正确结束；请检查这一行的缩进（同一映射的键必须从同一列开始）(yaml-cpp: end of map not found)</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="242"/>
        <source>unclosed &apos;{&apos;: a flow mapping is missing its closing &apos;}&apos; (yaml-cpp: end of map flow not found)</source>
        <translation>未闭合的 &apos;{&apos;：流式映射缺少结尾的 &apos;}&apos; (yaml-cpp: end of map flow not found)</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="244"/>
        <source>unclosed &apos;[&apos;: a flow sequence is missing its closing &apos;]&apos; (yaml-cpp: end of sequence flow not found)</source>
        <translation>未闭合的 &apos;[&apos;：流式序列缺少结尾的 &apos;]&apos; (yaml-cpp: end of sequence flow not found)</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="246"/>
        <source>a sequence is not closed properly; check the indentation of the &apos;-&apos; items (yaml-cpp: end of sequence not found)</source>
        <translation>序列没有正确结束；请检查 &apos;-&apos; 条目的缩进 (yaml-cpp: end of sequence not found)</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="249"/>
        <source>unexpected &apos;:&apos; here; quote the value if it contains &apos;: &apos; or fix the indentation (yaml-cpp: illegal map value)</source>
        <translation>此处出现了意外的 &apos;:&apos;；如果值中包含 &apos;: &apos; 请给它加引号，或修正缩进 (yaml-cpp: illegal map value)</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="252"/>
        <source>unclosed quoted string: the closing quote is missing (yaml-cpp: end of string not found)</source>
        <translation>引号字符串未闭合：缺少结尾的引号 (yaml-cpp: end of string not found)</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="253"/>
        <source>unclosed quoted string: the file ends inside it</source>
        <translation>引号字符串未闭合：文件在字符串内部结束</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="256"/>
        <location filename="../core/yaml/yamlparser.cpp" line="257"/>
        <source>unknown alias: no anchor with this name is defined before it</source>
        <translation>未知的别名：在它之前没有定义同名的锚点</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="258"/>
        <source>the same anchor is defined twice on one node</source>
        <translation>同一个节点上定义了两次相同的锚点</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="259"/>
        <source>a node has two tags</source>
        <translation>一个节点有两个标签</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="260"/>
        <source>a node has two anchors</source>
        <translation>一个节点有两个锚点</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="262"/>
        <source>a &apos;- &apos; item is not allowed here; check the indentation (yaml-cpp: block sequence entries are not allowed in this context)</source>
        <translation>此处不允许 &apos;- &apos; 条目；请检查缩进 (yaml-cpp: block sequence entries are not allowed in this context)</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="264"/>
        <source>illegal character in a plain scalar; quote the value</source>
        <translation>普通标量中有非法字符；请给该值加引号</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="265"/>
        <source>the YAML is nested too deeply; flatten the document</source>
        <translation>YAML 嵌套过深；请减少文档的嵌套层级</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="275"/>
        <source>YAML syntax error: %1</source>
        <translation>YAML 语法错误：%1</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="336"/>
        <location filename="../core/yaml/yamlparser.cpp" line="675"/>
        <source>unknown alias %1: no anchor with this name is defined before it</source>
        <translation>未知别名 %1：在它之前没有定义同名的锚点</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="341"/>
        <source>alias %1 refers to a node that contains it (recursive anchor)</source>
        <translation>别名 %1 引用了包含它自身的节点（递归锚点）</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="390"/>
        <source>unclosed quoted string: the closing %1 is missing</source>
        <translation>未闭合的引号字符串：缺少结尾的 %1</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="518"/>
        <source>YAML aliases expand to more than %1 nodes (a &apos;billion laughs&apos; document?); remove the aliases</source>
        <translation>YAML 别名展开后超过 %1 个节点（可能是 &apos;billion laughs&apos; 文档？）；请删除这些别名</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="640"/>
        <source>the file is %1 bytes, more than the %2-byte limit for YAML files; is this really a manifest?</source>
        <translation>文件大小为 %1 字节，超过了 YAML 文件 %2 字节的限制；这真的是 manifest 吗？</translation>
    </message>
    <message>
        <location filename="../core/yaml/yamlparser.cpp" line="686"/>
        <source>YAML could not be read: %1</source>
        <translation>无法读取 YAML：%1</translation>
    </message>
</context>
<context>
    <name>Studio::App::AutoUpgradeDialog</name>
    <message>
        <location filename="../app/workspace/autoupgradedialog.cpp" line="23"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../app/workspace/autoupgradedialog.cpp" line="24"/>
        <source>fixes only</source>
        <translation>仅修复版本</translation>
    </message>
    <message>
        <location filename="../app/workspace/autoupgradedialog.cpp" line="25"/>
        <source>latest</source>
        <translation>最新版本</translation>
    </message>
    <message>
        <location filename="../app/workspace/autoupgradedialog.cpp" line="32"/>
        <location filename="../app/workspace/autoupgradedialog.cpp" line="102"/>
        <source>Exclude this plugin from automatic upgrades</source>
        <translation>将此插件排除在自动升级之外</translation>
    </message>
    <message>
        <location filename="../app/workspace/autoupgradedialog.cpp" line="33"/>
        <source>Check once a day at</source>
        <translation>每天检查一次，时间为</translation>
    </message>
    <message>
        <location filename="../app/workspace/autoupgradedialog.cpp" line="37"/>
        <source>Auto-upgrade — %1</source>
        <translation>自动升级 — %1</translation>
    </message>
    <message>
        <location filename="../app/workspace/autoupgradedialog.cpp" line="39"/>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <location filename="../app/workspace/autoupgradedialog.cpp" line="40"/>
        <source>Fixes only (same major.minor, new patch: 1.2.3 → 1.2.4)</source>
        <translation>仅修复版本（主版本号和次版本号相同、补丁号更新：1.2.3 → 1.2.4）</translation>
    </message>
    <message>
        <location filename="../app/workspace/autoupgradedialog.cpp" line="41"/>
        <source>Latest (any new version, also majors)</source>
        <translation>最新版本（任何新版本，包括主版本升级）</translation>
    </message>
    <message>
        <location filename="../app/workspace/autoupgradedialog.cpp" line="44"/>
        <source>All plugins</source>
        <translation>所有插件</translation>
    </message>
    <message>
        <location filename="../app/workspace/autoupgradedialog.cpp" line="45"/>
        <source>Only included plugins</source>
        <translation>仅包含的插件</translation>
    </message>
    <message>
        <location filename="../app/workspace/autoupgradedialog.cpp" line="46"/>
        <source>All except excluded plugins</source>
        <translation>除排除的插件外的所有插件</translation>
    </message>
    <message>
        <location filename="../app/workspace/autoupgradedialog.cpp" line="52"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../app/workspace/autoupgradedialog.cpp" line="56"/>
        <source>This plugin</source>
        <translation>此插件</translation>
    </message>
    <message>
        <location filename="../app/workspace/autoupgradedialog.cpp" line="58"/>
        <source>Strategy:</source>
        <translation>策略：</translation>
    </message>
    <message>
        <location filename="../app/workspace/autoupgradedialog.cpp" line="62"/>
        <source>Installed from %1: only plugins installed from the Marketplace are upgraded automatically.</source>
        <translation>安装来源为 %1：只有从插件市场安装的插件才会自动升级。</translation>
    </message>
    <message>
        <location filename="../app/workspace/autoupgradedialog.cpp" line="70"/>
        <source>All plugins of the workspace</source>
        <translation>工作空间中的所有插件</translation>
    </message>
    <message>
        <location filename="../app/workspace/autoupgradedialog.cpp" line="72"/>
        <source>Upgrade:</source>
        <translation>升级：</translation>
    </message>
    <message>
        <location filename="../app/workspace/autoupgradedialog.cpp" line="77"/>
        <source>When:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <location filename="../app/workspace/autoupgradedialog.cpp" line="78"/>
        <source>Otherwise every:</source>
        <translation>否则每隔：</translation>
    </message>
    <message>
        <location filename="../app/workspace/autoupgradedialog.cpp" line="101"/>
        <source>Not included in automatic upgrades</source>
        <translation>未包含在自动升级中</translation>
    </message>
    <message>
        <location filename="../app/workspace/autoupgradedialog.cpp" line="117"/>
        <source>Last check: %1.</source>
        <translation>上次检查：%1。</translation>
    </message>
    <message>
        <location filename="../app/workspace/autoupgradedialog.cpp" line="118"/>
        <source>No automatic check has run yet.</source>
        <translation>尚未运行过自动检查。</translation>
    </message>
    <message>
        <location filename="../app/workspace/autoupgradedialog.cpp" line="136"/>
        <source>%1 is no longer installed.</source>
        <translation>%1 已不再安装。</translation>
    </message>
    <message>
        <location filename="../app/workspace/autoupgradedialog.cpp" line="154"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>Studio::App::BannerCard</name>
    <message>
        <location filename="../app/marketplace/bannerstrip.cpp" line="69"/>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
</context>
<context>
    <name>Studio::App::BannerStrip</name>
    <message>
        <location filename="../app/marketplace/bannerstrip.cpp" line="20"/>
        <source>Recommended</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location filename="../app/marketplace/bannerstrip.cpp" line="22"/>
        <source>Blog</source>
        <translation>博客</translation>
    </message>
    <message>
        <location filename="../app/marketplace/bannerstrip.cpp" line="24"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../app/marketplace/bannerstrip.cpp" line="26"/>
        <source>Sponsored</source>
        <translation>赞助</translation>
    </message>
</context>
<context>
    <name>Studio::App::ConfigForm</name>
    <message>
        <location filename="../app/widgets/configform.cpp" line="117"/>
        <source>Raw JSON</source>
        <translation>原始 JSON</translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="123"/>
        <source>No fields.</source>
        <translation>没有字段。</translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="185"/>
        <location filename="../app/widgets/configform.cpp" line="191"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="188"/>
        <source>Show or hide the secret</source>
        <translation>显示或隐藏密钥</translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="191"/>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="209"/>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="225"/>
        <source>min %1</source>
        <translation>最小值 %1</translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="227"/>
        <source>max %1</source>
        <translation>最大值 %1</translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="240"/>
        <source>paths separated by ;</source>
        <translation>以 ; 分隔的路径</translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="240"/>
        <source>path of a file</source>
        <translation>文件路径</translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="241"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="244"/>
        <source>Choose files</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="248"/>
        <source>Choose a file</source>
        <translation>选择一个文件</translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="262"/>
        <source>JSON value (%1)</source>
        <translation>JSON 值（%1）</translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="286"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="298"/>
        <source>How to get it</source>
        <translation>如何获取</translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="440"/>
        <source>The raw JSON is not a JSON object (%1). Fix it or switch back to the form.</source>
        <translation>原始 JSON 不是 JSON 对象（%1）。请修正它，或切换回表单。</translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="441"/>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="448"/>
        <location filename="../app/widgets/configform.cpp" line="476"/>
        <source>%1 is required.</source>
        <translation>%1 为必填项。</translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="458"/>
        <source>%1 must be a number.</source>
        <translation>%1 必须是数字。</translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="463"/>
        <source>%1 must be at least %2.</source>
        <translation>%1 不能小于 %2。</translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="465"/>
        <source>%1 must be at most %2.</source>
        <translation>%1 不能大于 %2。</translation>
    </message>
    <message>
        <location filename="../app/widgets/configform.cpp" line="471"/>
        <source>%1 is not valid JSON.</source>
        <translation>%1 不是有效的 JSON。</translation>
    </message>
</context>
<context>
    <name>Studio::App::ConsolePanel</name>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="69"/>
        <location filename="../app/console/consolepanel.cpp" line="122"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="69"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="77"/>
        <location filename="../app/console/consolepanel.cpp" line="85"/>
        <source>Environment…</source>
        <translation>环境…</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="79"/>
        <source>Choose the Python this plugin runs on: a managed environment, an existing interpreter or virtual environment, offline wheels</source>
        <translation>选择此插件运行所用的 Python：托管环境、现有解释器或虚拟环境、离线 wheel 包</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="87"/>
        <source>Rebuild environment</source>
        <translation>重建环境</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="89"/>
        <source>Drop the cached environment of this plugin and prepare it again</source>
        <translation>丢弃此插件的缓存环境并重新准备</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="103"/>
        <source>Run the action (F5)</source>
        <translation>运行操作（F5）</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="110"/>
        <source>Pick a plugin and an action, fill the form, then Run (F5).</source>
        <translation>选择插件和操作，填写表单，然后运行（F5）。</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="113"/>
        <source>Replay a history entry to see what changed.</source>
        <translation>重放一条历史记录以查看变化。</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="130"/>
        <source>Plugin:</source>
        <translation>插件：</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="133"/>
        <source>Action:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="142"/>
        <location filename="../app/console/consolepanel.cpp" line="964"/>
        <source>Preparing the Python environment…</source>
        <translation>正在准备 Python 环境…</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="144"/>
        <source>Cancel preparation</source>
        <translation>取消准备</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="155"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="158"/>
        <source>Credentials / settings</source>
        <translation>凭据 / 设置</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="175"/>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="176"/>
        <source>Result JSON</source>
        <translation>结果 JSON</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="177"/>
        <source>Plugin logs</source>
        <translation>插件日志</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="182"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="182"/>
        <source>Plugin</source>
        <translation>插件</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="182"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="182"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="182"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="182"/>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="191"/>
        <source>Replay</source>
        <translation>重放</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="193"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="194"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="201"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="202"/>
        <source>Replay diff</source>
        <translation>重放差异</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="213"/>
        <location filename="../app/console/consolepanel.cpp" line="218"/>
        <source>Export invocation</source>
        <translation>导出调用</translation>
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
        <translation>导入调用</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="274"/>
        <source>%1 (local)</source>
        <translation>%1（本地）</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="294"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="314"/>
        <source>The plugin could not start: %1</source>
        <translation>插件无法启动：%1</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="336"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="367"/>
        <source>Permission denied: %1 tried a &quot;%2&quot; reverse call — %3. Add the permission to manifest.yaml (resource.permission) if the plugin needs it.</source>
        <translation>权限被拒绝：%1 尝试进行“%2”反向调用 — %3。如果插件需要该权限，请将其添加到 manifest.yaml（resource.permission）中。</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="462"/>
        <source>Open or connect a plugin first.</source>
        <translation>请先打开或连接一个插件。</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="478"/>
        <source>The environment is being rebuilt; run again when it is ready (or cancel it).</source>
        <translation>正在重建环境；请在其就绪后再运行（或取消重建）。</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="484"/>
        <source>Starting %1…</source>
        <translation>正在启动 %1…</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="500"/>
        <source>%1 is not running. Start it (or reconnect the debug session) and run again.</source>
        <translation>%1 未在运行。请启动它（或重新连接调试会话）后再运行。</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="501"/>
        <source>The plugin</source>
        <translation>该插件</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="526"/>
        <source>Running %1/%2…</source>
        <translation>正在运行 %1/%2…</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="530"/>
        <source>reverse call: %1</source>
        <translation>反向调用：%1</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="541"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="581"/>
        <source>Usage: %1 prompt + %2 completion = %3 tokens, %4 %5, %6 s</source>
        <translation>用量：%1 提示 + %2 补全 = %3 token，%4 %5，%6 秒</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="614"/>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="648"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="651"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="667"/>
        <source>Could not load the image %1: %2</source>
        <translation>无法加载图片 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="683"/>
        <location filename="../app/console/consolepanel.cpp" line="688"/>
        <source>Save file</source>
        <translation>保存文件</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="688"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="723"/>
        <source>%1 in %2 ms</source>
        <translation>%1，耗时 %2 毫秒</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="728"/>
        <source>Same result as the original run (%1).</source>
        <translation>结果与原始运行相同（%1）。</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="754"/>
        <source>%1 is not open in the studio; open or connect it to replay.</source>
        <translation>%1 未在 Studio 中打开；请先打开或连接它再重放。</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="776"/>
        <location filename="../app/console/consolepanel.cpp" line="786"/>
        <source>There is no history in this console.</source>
        <translation>此控制台中没有历史记录。</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="779"/>
        <source>That history entry no longer exists.</source>
        <translation>该历史记录已不存在。</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="843"/>
        <source>Select a local or installed plugin first; the Python of a debug-connected plugin is chosen where it runs.</source>
        <translation>请先选择一个本地或已安装的插件；调试连接插件的 Python 由其运行所在之处决定。</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="846"/>
        <source>Wait for the running call (or the rebuild) to end, or cancel it, then change the environment.</source>
        <translation>请等待正在运行的调用（或重建）结束，或将其取消，然后再更改环境。</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="871"/>
        <source>%1 will run on: %2</source>
        <translation>%1 将运行于：%2</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="872"/>
        <source>Environment changed; the plugin starts on it at the next run.</source>
        <translation>环境已更改；插件将在下次运行时使用该环境启动。</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="883"/>
        <source>Select a local or installed plugin to choose its Python.</source>
        <translation>请选择一个本地或已安装的插件以选择其 Python。</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="897"/>
        <source>The plugin changed while the dialog was open; choose its environment again.</source>
        <translation>对话框打开期间插件已更改；请重新选择其环境。</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="902"/>
        <source>Python environment</source>
        <translation>Python 环境</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="925"/>
        <source>Select a local or installed plugin to rebuild its environment.</source>
        <translation>请选择一个本地或已安装的插件以重建其环境。</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="929"/>
        <source>Wait for the running call to end (or cancel it), then rebuild.</source>
        <translation>请等待正在运行的调用结束（或将其取消），然后再重建。</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="934"/>
        <source>Only managed environments are built by the studio; %1 is used as it is. Switch to a managed environment (Environment…) to rebuild.</source>
        <translation>Studio 只构建托管环境；%1 将按原样使用。如需重建，请切换到托管环境（环境…）。</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="953"/>
        <source>Rebuilding the Python environment…</source>
        <translation>正在重建 Python 环境…</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="955"/>
        <source>Rebuilding the environment of %1…</source>
        <translation>正在重建 %1 的环境…</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="956"/>
        <source>Rebuilding the environment of %1</source>
        <translation>正在重建 %1 的环境</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="973"/>
        <source>The rebuild was cancelled; the plugin prepares its environment at the next run.</source>
        <translation>重建已取消；插件将在下次运行时准备其环境。</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="976"/>
        <source>The environment could not be built: %1</source>
        <translation>无法构建环境：%1</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="986"/>
        <source>Removing the cached environment %1</source>
        <translation>正在删除缓存环境 %1</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="988"/>
        <source>The cached environment %1 could not be removed; close what uses it and rebuild again.</source>
        <translation>无法删除缓存环境 %1；请关闭正在使用它的程序后再次重建。</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="994"/>
        <source>The environment could not be prepared again; rebuild again.</source>
        <translation>无法重新准备环境；请再次重建。</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="997"/>
        <source>Environment rebuilt: %1 (Python %2, %3 ms)</source>
        <translation>环境已重建：%1（Python %2，%3 毫秒）</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="1014"/>
        <source>Python: chosen where the plugin runs (%1)</source>
        <translation>Python：由插件运行所在之处选择（%1）</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="1024"/>
        <source>Python: %1 (%2)</source>
        <translation>Python：%1（%2）</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="1028"/>
        <source>Python: %1 (%2, Python %3)</source>
        <translation>Python：%1（%2，Python %3）</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="1030"/>
        <source>Python: %1, prepared at the first run</source>
        <translation>Python：%1，在首次运行时准备</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="1032"/>
        <source> — wheels from %1</source>
        <translation> — wheel 包来自 %1</translation>
    </message>
    <message>
        <location filename="../app/console/consolepanel.cpp" line="1043"/>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
</context>
<context>
    <name>Studio::App::DebugPanel</name>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="53"/>
        <source>Allow other machines</source>
        <translation>允许其他计算机连接</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="66"/>
        <source>Remote debug server</source>
        <translation>远程调试服务器</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="72"/>
        <source>any free port</source>
        <translation>任意空闲端口</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="88"/>
        <source>Rotate key</source>
        <translation>轮换密钥</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="90"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="96"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="99"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="104"/>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="114"/>
        <source>.env</source>
        <translation>.env</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="141"/>
        <source>%1 closed (no handshake).</source>
        <translation>%1 已关闭（未握手）。</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="142"/>
        <source>Refused %1: %2</source>
        <translation>已拒绝 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="145"/>
        <source>%1 connected from %2.</source>
        <translation>%1 已从 %2 连接。</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="149"/>
        <source>%1 disconnected: %2</source>
        <translation>%1 已断开连接：%2</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="154"/>
        <source>Connected plugins</source>
        <translation>已连接的插件</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="164"/>
        <source>Disconnect</source>
        <translation>断开连接</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="166"/>
        <source>Open in console</source>
        <translation>在控制台中打开</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="167"/>
        <source>Inspect only this</source>
        <translation>仅检查此项</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="177"/>
        <source>disconnected from the studio</source>
        <translation>已与 Studio 断开连接</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="189"/>
        <source>Message inspector</source>
        <translation>消息检查器</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="192"/>
        <source>plugin</source>
        <translation>插件</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="194"/>
        <source>session</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="196"/>
        <source>type (e.g. request: or stream)</source>
        <translation>类型（例如 request: 或 stream）</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="207"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="229"/>
        <source>Select a message to see it as JSON.</source>
        <translation>选择一条消息以查看其 JSON。</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="237"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="238"/>
        <source>Save capture…</source>
        <translation>保存捕获…</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="239"/>
        <source>Open capture…</source>
        <translation>打开捕获…</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="240"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="253"/>
        <location filename="../app/debug/debugpanel.cpp" line="258"/>
        <source>Save capture</source>
        <translation>保存捕获</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="254"/>
        <source>Captures (*.jsonl)</source>
        <translation>捕获文件 (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="263"/>
        <location filename="../app/debug/debugpanel.cpp" line="267"/>
        <source>Open capture</source>
        <translation>打开捕获</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="263"/>
        <source>Captures (*.jsonl);;All files (*)</source>
        <translation>捕获文件 (*.jsonl);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="280"/>
        <source>debug.dify.ai</source>
        <translation>debug.dify.ai</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="284"/>
        <source>the debug key shown by Dify</source>
        <translation>Dify 显示的调试密钥</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="285"/>
        <location filename="../app/debug/debugpanel.cpp" line="297"/>
        <source>Start relay</source>
        <translation>启动中继</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="287"/>
        <source>Upstream host</source>
        <translation>上游主机</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="288"/>
        <source>Upstream port</source>
        <translation>上游端口</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="289"/>
        <source>Upstream key</source>
        <translation>上游密钥</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="295"/>
        <location filename="../app/debug/debugpanel.cpp" line="310"/>
        <source>Stop relay</source>
        <translation>停止中继</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="298"/>
        <location filename="../app/debug/debugpanel.cpp" line="453"/>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="302"/>
        <source>Enter the upstream host and key that your Dify instance shows under Plugins › Debug.</source>
        <translation>请输入 Dify 实例在“插件 › 调试”下显示的上游主机和密钥。</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="311"/>
        <source>Plugins connect to 127.0.0.1:%1 with key %2; traffic goes to %3:%4 and shows in the inspector.</source>
        <translation>插件使用密钥 %2 连接到 127.0.0.1:%1；流量将转发到 %3:%4，并显示在检查器中。</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="318"/>
        <source>Relay</source>
        <translation>中继</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="324"/>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="324"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="324"/>
        <source>Plugin</source>
        <translation>插件</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="324"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="330"/>
        <source>New for selected plugin</source>
        <translation>为所选插件新建</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="331"/>
        <source>Copy URL</source>
        <translation>复制 URL</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="332"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="333"/>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="343"/>
        <location filename="../app/debug/debugpanel.cpp" line="351"/>
        <source>Endpoints</source>
        <translation>端点</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="351"/>
        <source>Select a connected plugin first.</source>
        <translation>请先选择一个已连接的插件。</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="354"/>
        <source>%1 endpoint</source>
        <translation>%1 端点</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="389"/>
        <source>Endpoint settings</source>
        <translation>端点设置</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="431"/>
        <source>&quot;%1&quot; is not an IP address. Use 127.0.0.1 (this machine) or 0.0.0.0 (every interface).</source>
        <translation>“%1”不是 IP 地址。请使用 127.0.0.1（本机）或 0.0.0.0（所有网络接口）。</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="443"/>
        <source>Listening on %1.</source>
        <translation>正在监听 %1。</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="480"/>
        <source>Stop server</source>
        <translation>停止服务器</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="480"/>
        <source>Start server</source>
        <translation>启动服务器</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="490"/>
        <source>Key expires %1 if unused (each connection renews it).</source>
        <translation>若未使用，密钥将于 %1 过期（每次连接都会续期）。</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="492"/>
        <source>Key never expires.</source>
        <translation>密钥永不过期。</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="498"/>
        <source>⚠ Listening on %1 exposes the debug server to other machines on the network; anyone with the key can register a plugin. Prefer 127.0.0.1.</source>
        <translation>⚠ 监听 %1 会将调试服务器暴露给网络中的其他计算机；任何持有密钥的人都可以注册插件。建议使用 127.0.0.1。</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="551"/>
        <source>(endpoint server not running)</source>
        <translation>（端点服务器未运行）</translation>
    </message>
    <message>
        <location filename="../app/debug/debugpanel.cpp" line="560"/>
        <source>Remote debug</source>
        <translation>远程调试</translation>
    </message>
</context>
<context>
    <name>Studio::App::DebugPluginsModel</name>
    <message>
        <location filename="../app/debug/inspectormodel.cpp" line="218"/>
        <source>disconnected: %1</source>
        <translation>已断开：%1</translation>
    </message>
    <message>
        <location filename="../app/debug/inspectormodel.cpp" line="234"/>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../app/debug/inspectormodel.cpp" line="234"/>
        <source>closing</source>
        <translation>正在关闭</translation>
    </message>
    <message>
        <location filename="../app/debug/inspectormodel.cpp" line="252"/>
        <source>Plugin</source>
        <translation>插件</translation>
    </message>
    <message>
        <location filename="../app/debug/inspectormodel.cpp" line="253"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../app/debug/inspectormodel.cpp" line="254"/>
        <source>Peer</source>
        <translation>对端</translation>
    </message>
    <message>
        <location filename="../app/debug/inspectormodel.cpp" line="255"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/debug/inspectormodel.cpp" line="256"/>
        <source>Uptime</source>
        <translation>运行时长</translation>
    </message>
    <message>
        <location filename="../app/debug/inspectormodel.cpp" line="257"/>
        <source>Last heartbeat</source>
        <translation>上次心跳</translation>
    </message>
</context>
<context>
    <name>Studio::App::DiagnosticsModel</name>
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
    <name>Studio::App::EditorPage</name>
    <message>
        <location filename="../app/editors/document.cpp" line="97"/>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/editors/document.cpp" line="103"/>
        <source>%1 is a binary file; it cannot be edited as text.</source>
        <translation>%1 是二进制文件；无法作为文本编辑。</translation>
    </message>
    <message>
        <location filename="../app/editors/document.cpp" line="128"/>
        <source>Cannot save %1: %2. Your changes are still in the editor.</source>
        <translation>无法保存 %1：%2。您的更改仍保留在编辑器中。</translation>
    </message>
    <message>
        <location filename="../app/editors/document.cpp" line="186"/>
        <source>Typing</source>
        <translation>输入</translation>
    </message>
</context>
<context>
    <name>Studio::App::EnvironmentDialog</name>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="24"/>
        <source>&amp;Managed environment</source>
        <translation>托管环境(&amp;M)</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="25"/>
        <source>Existing &amp;interpreter</source>
        <translation>现有解释器(&amp;I)</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="26"/>
        <source>Existing &amp;virtual environment</source>
        <translation>现有虚拟环境(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="28"/>
        <location filename="../app/console/environmentdialog.cpp" line="29"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="31"/>
        <source>Install &amp;offline from a wheel folder (no package index)</source>
        <translation>从 wheel 文件夹离线安装（不使用包索引）(&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="37"/>
        <source>Python environment — %1</source>
        <translation>Python 环境 — %1</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="55"/>
        <source>/usr/bin/python3.12</source>
        <translation>/usr/bin/python3.12</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="56"/>
        <source>Folder holding bin/python</source>
        <translation>包含 bin/python 的文件夹</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="57"/>
        <source>Folder of .whl files</source>
        <translation>.whl 文件所在的文件夹</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="65"/>
        <source>Choose the Python this plugin runs on. The choice is kept in the workspace.</source>
        <translation>选择此插件运行所用的 Python。该选择保存在工作空间中。</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="66"/>
        <source>Choose the Python this plugin runs on (it declares Python %1). The choice is kept in the workspace.</source>
        <translation>选择此插件运行所用的 Python（它声明需要 Python %1）。该选择保存在工作空间中。</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="75"/>
        <source>The studio builds a cached environment from requirements.txt or pyproject.toml and reuses it while they do not change.</source>
        <translation>Studio 会根据 requirements.txt 或 pyproject.toml 构建一个缓存环境，并在它们未更改时重复使用。</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="89"/>
        <source>Runs the plugin directly on this interpreter; nothing is installed, so its packages must already be there.</source>
        <translation>直接在此解释器上运行插件；不会安装任何内容，因此其所需的包必须已存在。</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="101"/>
        <source>Uses a virtual environment you manage, as it is.</source>
        <translation>按原样使用您自行管理的虚拟环境。</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="120"/>
        <source>Tool: uv (%1)</source>
        <translation>工具：uv（%1）</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="122"/>
        <source>No python3 on PATH: install Python 3.12 (3.11 for dify_plugin 0.7) or choose an interpreter below.</source>
        <translation>PATH 中没有 python3：请安装 Python 3.12（dify_plugin 0.7 需 3.11），或在下方选择一个解释器。</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="125"/>
        <source>Tool: looking for uv…</source>
        <translation>工具：正在查找 uv…</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="131"/>
        <source>Tool: uv (%1), base Python %2 (%3)</source>
        <translation>工具：uv（%1），基础 Python %2（%3）</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="133"/>
        <source>Tool: python3 -m venv + pip (uv not found), base Python %1 (%2)</source>
        <translation>工具：python3 -m venv + pip（未找到 uv），基础 Python %1（%2）</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="258"/>
        <source>Choose an interpreter file.</source>
        <translation>请选择一个解释器文件。</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="260"/>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="267"/>
        <source>Python %1 — fits this plugin.</source>
        <translation>Python %1 — 适用于此插件。</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="274"/>
        <source>Choose the folder of a virtual environment.</source>
        <translation>请选择一个虚拟环境的文件夹。</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="280"/>
        <source>%1 found.</source>
        <translation>已找到 %1。</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="286"/>
        <source>Choose the folder of .whl files.</source>
        <translation>请选择 .whl 文件所在的文件夹。</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="287"/>
        <source>Choose the folder of .whl files, or untick the offline installation.</source>
        <translation>请选择 .whl 文件所在的文件夹，或取消勾选离线安装。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/console/environmentdialog.cpp" line="296"/>
        <source>%n wheel(s): %1</source>
        <translation>
            <numerusform>%n 个 wheel 包：%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="306"/>
        <source>Checking the interpreter…</source>
        <translation>正在检查解释器…</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="310"/>
        <source>Python: managed environment</source>
        <translation>Python：托管环境</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="311"/>
        <source>Python: managed environment, offline from %1</source>
        <translation>Python：托管环境，从 %1 离线安装</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="313"/>
        <source>Python: %1 (%2)</source>
        <translation>Python：%1（%2）</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="317"/>
        <location filename="../app/console/environmentdialog.cpp" line="326"/>
        <source>The interpreter is still being checked.</source>
        <translation>仍在检查解释器。</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="335"/>
        <source>Python interpreter</source>
        <translation>Python 解释器</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="345"/>
        <source>Virtual environment</source>
        <translation>虚拟环境</translation>
    </message>
    <message>
        <location filename="../app/console/environmentdialog.cpp" line="354"/>
        <source>Offline wheel folder</source>
        <translation>离线 wheel 文件夹</translation>
    </message>
</context>
<context>
    <name>Studio::App::FindBar</name>
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
        <translation>关闭（Esc）</translation>
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
        <translation>
            <numerusform>已替换 %n 处</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Studio::App::FormEditor</name>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="65"/>
        <source>This build has no comment-preserving YAML editor: the form is read-only; edit the text.</source>
        <translation>此版本不包含保留注释的 YAML 编辑器：表单为只读；请编辑文本。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="100"/>
        <source>The text does not parse, so the form shows the last good state: %1</source>
        <translation>文本无法解析，因此表单显示的是上一次有效的状态：%1</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="212"/>
        <source>comma-separated</source>
        <translation>以逗号分隔</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="283"/>
        <source>Icon file not found in _assets/</source>
        <translation>在 _assets/ 中未找到图标文件</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="304"/>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="304"/>
        <source>falls back to en_US</source>
        <translation>缺省时使用 en_US</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="314"/>
        <location filename="../app/editors/form/formeditor.cpp" line="614"/>
        <source>Remove %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="325"/>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="328"/>
        <source>Invoke tools</source>
        <translation>调用工具</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="328"/>
        <source>Invoke models</source>
        <translation>调用模型</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="328"/>
        <source>LLM</source>
        <translation>LLM</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="329"/>
        <source>Text embedding</source>
        <translation>文本嵌入</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="329"/>
        <source>Rerank</source>
        <translation>Rerank</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="329"/>
        <source>Text to speech</source>
        <translation>文本转语音</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="330"/>
        <source>Speech to text</source>
        <translation>语音转文本</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="330"/>
        <source>Moderation</source>
        <translation>内容审核</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="330"/>
        <source>Invoke workflow nodes</source>
        <translation>调用工作流节点</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="331"/>
        <source>Register endpoints</source>
        <translation>注册端点</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="331"/>
        <source>Invoke apps</source>
        <translation>调用应用</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="331"/>
        <source>Persistent storage</source>
        <translation>持久化存储</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="347"/>
        <source> bytes</source>
        <translation> 字节</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="348"/>
        <source>Storage size: 1024 to 1073741824 bytes, required whenever the storage block exists.</source>
        <translation>存储大小：1024 到 1073741824 字节，只要存在 storage 块就必须填写。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="355"/>
        <source>Storage size</source>
        <translation>存储大小</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="367"/>
        <source>Double-click a name to rename it; Alt+Up / Alt+Down move the selected entry.</source>
        <translation>双击名称可重命名；Alt+Up / Alt+Down 可移动所选条目。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="380"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="383"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="386"/>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="388"/>
        <source>Move up (Alt+Up)</source>
        <translation>上移（Alt+Up）</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="390"/>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="392"/>
        <source>Move down (Alt+Down)</source>
        <translation>下移（Alt+Down）</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="450"/>
        <location filename="../app/editors/form/formeditor.cpp" line="452"/>
        <source>Add to %1</source>
        <translation>添加到 %1</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="459"/>
        <source>Remove from %1</source>
        <translation>从 %1 中删除</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="466"/>
        <location filename="../app/editors/form/formeditor.cpp" line="473"/>
        <source>Move item in %1</source>
        <translation>在 %1 中移动项</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="489"/>
        <source>New item</source>
        <translation>新项</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="537"/>
        <source>A name is required; type one (letters, digits, &apos;_&apos; and &apos;-&apos;).</source>
        <translation>名称为必填项；请输入一个名称（字母、数字、&apos;_&apos; 和 &apos;-&apos;）。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="539"/>
        <source>&apos;%1&apos; is not a valid name: use letters, digits, &apos;_&apos; and &apos;-&apos; only.</source>
        <translation>&apos;%1&apos; 不是有效的名称：只能使用字母、数字、&apos;_&apos; 和 &apos;-&apos;。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="543"/>
        <source>%1 already has an entry named &apos;%2&apos;; choose another name.</source>
        <translation>%1 中已有名为 &apos;%2&apos; 的条目；请选择其他名称。</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="550"/>
        <source>Edit refused: %1</source>
        <translation>编辑被拒绝：%1</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="597"/>
        <source>Rename %1 to %2</source>
        <translation>将 %1 重命名为 %2</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="606"/>
        <source>Add %1 to %2</source>
        <translation>将 %1 添加到 %2</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="622"/>
        <source>Move %1</source>
        <translation>移动 %1</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="715"/>
        <source>Double-click to rename</source>
        <translation>双击可重命名</translation>
    </message>
    <message>
        <location filename="../app/editors/form/formeditor.cpp" line="789"/>
        <location filename="../app/editors/form/formeditor.cpp" line="791"/>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
</context>
<context>
    <name>Studio::App::InspectorModel</name>
    <message>
        <location filename="../app/debug/inspectormodel.cpp" line="60"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../app/debug/inspectormodel.cpp" line="61"/>
        <source>Dir</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../app/debug/inspectormodel.cpp" line="62"/>
        <source>Plugin</source>
        <translation>插件</translation>
    </message>
    <message>
        <location filename="../app/debug/inspectormodel.cpp" line="63"/>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../app/debug/inspectormodel.cpp" line="64"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../app/debug/inspectormodel.cpp" line="65"/>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <location filename="../app/debug/inspectormodel.cpp" line="130"/>
        <source>
… (truncated: %1 of %2 bytes kept)</source>
        <translation>
…（已截断：保留 %2 字节中的 %1 字节）</translation>
    </message>
</context>
<context>
    <name>Studio::App::InstalledModel</name>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="96"/>
        <source>%1 available</source>
        <translation>有新版本 %1</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="96"/>
        <source>up to date</source>
        <translation>已是最新</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="101"/>
        <source>unsigned</source>
        <translation>未签名</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="102"/>
        <source>signed (unverified)</source>
        <translation>已签名（未验证）</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="103"/>
        <source>enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="103"/>
        <source>disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="108"/>
        <source>%1, excluded</source>
        <translation>%1，已排除</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="114"/>
        <source>Automatic upgrades: Auto-upgrade… changes them</source>
        <translation>自动升级：可通过“自动升级…”更改</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="115"/>
        <source>Only plugins installed from the Marketplace are upgraded automatically</source>
        <translation>只有从插件市场安装的插件才会自动升级</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="134"/>
        <source>Plugin</source>
        <translation>插件</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="135"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="136"/>
        <source>Marketplace</source>
        <translation>插件市场</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="137"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="138"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="139"/>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="140"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="141"/>
        <source>Auto-upgrade</source>
        <translation>自动升级</translation>
    </message>
</context>
<context>
    <name>Studio::App::InstalledPluginsPage</name>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="171"/>
        <source>Install from file…</source>
        <translation>从文件安装…</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="172"/>
        <source>From Marketplace id…</source>
        <translation>通过插件市场 ID 安装…</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="173"/>
        <source>From GitHub…</source>
        <translation>从 GitHub 安装…</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="174"/>
        <source>Check for updates</source>
        <translation>检查更新</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="182"/>
        <source>Upgrade</source>
        <translation>升级</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="183"/>
        <source>Uninstall…</source>
        <translation>卸载…</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="184"/>
        <source>Configure…</source>
        <translation>配置…</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="185"/>
        <source>Open in console</source>
        <translation>在控制台中打开</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="186"/>
        <source>OAuth client…</source>
        <translation>OAuth 客户端…</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="188"/>
        <source>The OAuth app of a provider that signs in with OAuth (client id, secret, redirect URI)</source>
        <translation>使用 OAuth 登录的供应商的 OAuth 应用（client id、secret、重定向 URI）</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="189"/>
        <source>Authorize…</source>
        <translation>授权…</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="191"/>
        <source>Sign in at the provider in your browser; the credential is stored in the workspace</source>
        <translation>在浏览器中登录供应商；凭据将保存在工作空间中</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="192"/>
        <source>Auto-upgrade…</source>
        <translation>自动升级…</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="197"/>
        <source>Drop .difypkg or .difybndl files here to install them.</source>
        <translation>将 .difypkg 或 .difybndl 文件拖放到此处即可安装。</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="209"/>
        <source>Details…</source>
        <translation>详情…</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="214"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="224"/>
        <source>✔ %1: %2 → %3</source>
        <translation>✔ %1：%2 → %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/workspace/installedpage.cpp" line="225"/>
        <source>✘ %1: %2 → %3 failed after %n attempt(s), %2 kept: %4</source>
        <translation>
            <numerusform>✘ %1：%2 → %3 在尝试 %n 次后失败，已保留 %2：%4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="229"/>
        <source>Automatic upgrades</source>
        <translation>自动升级</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="231"/>
        <source>Checked %1.</source>
        <translation>检查于 %1。</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="246"/>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="251"/>
        <source>Install plugin packages</source>
        <translation>安装插件包</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="252"/>
        <source>Dify packages (*.difypkg *.difybndl)</source>
        <translation>Dify 插件包 (*.difypkg *.difybndl)</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="257"/>
        <source>Install from the Marketplace</source>
        <translation>从插件市场安装</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="258"/>
        <source>Identifier (org/name:version@checksum):</source>
        <translation>标识符（org/name:version@checksum）：</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="263"/>
        <source>Install from GitHub</source>
        <translation>从 GitHub 安装</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="263"/>
        <source>OWNER/REPO@VERSION/ASSET.difypkg:</source>
        <translation>OWNER/REPO@VERSION/ASSET.difypkg：</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="349"/>
        <source>%1 — starting…</source>
        <translation>%1 — 正在启动…</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="354"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="372"/>
        <source>installed %1</source>
        <translation>已安装 %1</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="402"/>
        <source>Checking the Marketplace for updates…</source>
        <translation>正在从插件市场检查更新…</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="409"/>
        <source>Could not check for updates: %1</source>
        <translation>无法检查更新：%1</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="420"/>
        <source>Everything is up to date%1.</source>
        <translation>所有插件均已是最新版本%1。</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="420"/>
        <source> (offline, from the cache)</source>
        <translation> (离线，来自缓存)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/workspace/installedpage.cpp" line="421"/>
        <source>%n update(s) available.</source>
        <translation>
            <numerusform>有 %n 个可用更新。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="430"/>
        <source>No newer version of %1 is known; check for updates first.</source>
        <translation>尚不知道 %1 有更新的版本；请先检查更新。</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="444"/>
        <source>No workspace is open.</source>
        <translation>未打开工作空间。</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="446"/>
        <source>Uninstall</source>
        <translation>卸载</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="447"/>
        <source>Uninstall %1? Its stored data and endpoints are removed; credentials are kept.</source>
        <translation>要卸载 %1 吗？其存储的数据和端点将被删除；凭据会保留。</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="453"/>
        <source>Uninstalled %1.</source>
        <translation>已卸载 %1。</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="482"/>
        <source>%1 has no credentials to configure.</source>
        <translation>%1 没有需要配置的凭据。</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="483"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="487"/>
        <source>Credentials — %1</source>
        <translation>凭据 — %1</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="511"/>
        <location filename="../app/workspace/installedpage.cpp" line="518"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="536"/>
        <source>Checking the credentials with the plugin…</source>
        <translation>正在通过插件检查凭据…</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="544"/>
        <source>The plugin rejected these credentials: %1</source>
        <translation>插件拒绝了这些凭据：%1</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="568"/>
        <source>%1 has no provider that signs in with OAuth (no oauth_schema).</source>
        <translation>%1 没有使用 OAuth 登录的供应商（没有 oauth_schema）。</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="579"/>
        <source>OAuth</source>
        <translation>OAuth</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="579"/>
        <source>Provider:</source>
        <translation>供应商：</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="589"/>
        <source>%1 has no OAuth provider named %2.</source>
        <translation>%1 没有名为 %2 的 OAuth 供应商。</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="601"/>
        <source>OAuth client of %1 / %2 saved.</source>
        <translation>%1 / %2 的 OAuth 客户端已保存。</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="621"/>
        <source>The studio cannot start %1 here to sign in; open it in the console first.</source>
        <translation>Studio 无法在此处启动 %1 以进行登录；请先在控制台中打开它。</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="639"/>
        <source>Sign in at the provider in your browser; the studio waits for it at %1.</source>
        <translation>请在浏览器中登录供应商；Studio 正在 %1 等待回调。</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="640"/>
        <source>Open this address in your browser to sign in: %1</source>
        <translation>请在浏览器中打开此地址进行登录：%1</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="644"/>
        <source>%1 / %2 authorized: credential &quot;%3&quot; stored.</source>
        <translation>%1 / %2 已授权：凭据“%3”已保存。</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="645"/>
        <source>Authorization of %1 / %2 failed: %3</source>
        <translation>%1 / %2 授权失败：%3</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="650"/>
        <source>Starting %1 to sign in…</source>
        <translation>正在启动 %1 以进行登录…</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="657"/>
        <source>The plugin could not start to sign in: %1</source>
        <translation>插件无法启动以进行登录：%1</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="677"/>
        <source>Auto-upgrade settings of %1 saved.</source>
        <translation>%1 的自动升级设置已保存。</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="691"/>
        <source>Checking for automatic upgrades…</source>
        <translation>正在检查自动升级…</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="718"/>
        <source>%1 (failed)</source>
        <translation>%1（失败）</translation>
    </message>
    <message>
        <location filename="../app/workspace/installedpage.cpp" line="763"/>
        <source>Installed plugins</source>
        <translation>已安装的插件</translation>
    </message>
</context>
<context>
    <name>Studio::App::JsonModel</name>
    <message>
        <location filename="../app/widgets/jsontreeview.cpp" line="167"/>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location filename="../app/widgets/jsontreeview.cpp" line="168"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../app/widgets/jsontreeview.cpp" line="169"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>Studio::App::JsonTreeView</name>
    <message>
        <location filename="../app/widgets/jsontreeview.cpp" line="236"/>
        <source>Copy value</source>
        <translation>复制值</translation>
    </message>
    <message>
        <location filename="../app/widgets/jsontreeview.cpp" line="237"/>
        <source>Copy path</source>
        <translation>复制路径</translation>
    </message>
</context>
<context>
    <name>Studio::App::KeysDialog</name>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="251"/>
        <source>Signing Keys</source>
        <translation>签名密钥</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="257"/>
        <source>Generate Key Pair...</source>
        <translation>生成密钥对...</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="258"/>
        <source>Import Public Key...</source>
        <translation>导入公钥...</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="259"/>
        <source>Show Folder</source>
        <translation>显示文件夹</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="260"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="268"/>
        <source>Keys in %1. Public keys here are trusted when verifying packages.</source>
        <translation>密钥位于 %1。验证插件包时，此处的公钥均被视为受信任。</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="275"/>
        <source>Generate Key Pair</source>
        <translation>生成密钥对</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="275"/>
        <source>Key name (letters, digits, &apos;-&apos;, &apos;_&apos;):</source>
        <translation>密钥名称（字母、数字、“-”、“_”）：</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="281"/>
        <location filename="../app/package/packagedialog.cpp" line="286"/>
        <source>Import Public Key</source>
        <translation>导入公钥</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="281"/>
        <source>PEM files (*.pem)</source>
        <translation>PEM 文件 (*.pem)</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="291"/>
        <source>Key pair generated.</source>
        <translation>已生成密钥对。</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="302"/>
        <source>Private: %1</source>
        <translation>私钥：%1</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="304"/>
        <source>Trusted public: %1</source>
        <translation>受信任的公钥：%1</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="306"/>
        <source>No keys yet: generate a key pair to sign packages.</source>
        <translation>尚无密钥：请生成密钥对以便为插件包签名。</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="313"/>
        <source>Use 1-64 letters, digits, &apos;-&apos; or &apos;_&apos; for the key name.</source>
        <translation>密钥名称请使用 1-64 个字母、数字、“-”或“_”。</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="319"/>
        <source>A key called %1 already exists; pick another name.</source>
        <translation>名为 %1 的密钥已存在；请换一个名称。</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="323"/>
        <source>Generating an RSA-4096 key pair...</source>
        <translation>正在生成 RSA-4096 密钥对...</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="343"/>
        <source>Cannot copy the key to %1 (a key with that name may exist).</source>
        <translation>无法将密钥复制到 %1（可能已存在同名密钥）。</translation>
    </message>
</context>
<context>
    <name>Studio::App::LogView</name>
    <message>
        <location filename="../app/widgets/logview.cpp" line="173"/>
        <source>Debug</source>
        <translation>调试</translation>
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
        <translation>仅 stderr</translation>
    </message>
    <message>
        <location filename="../app/widgets/logview.cpp" line="187"/>
        <source>Search log…</source>
        <translation>搜索日志…</translation>
    </message>
    <message>
        <location filename="../app/widgets/logview.cpp" line="192"/>
        <source>Prev</source>
        <translation>上一个</translation>
    </message>
    <message>
        <location filename="../app/widgets/logview.cpp" line="193"/>
        <source>Find previous (Shift+Enter)</source>
        <translation>查找上一个（Shift+Enter）</translation>
    </message>
    <message>
        <location filename="../app/widgets/logview.cpp" line="195"/>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <location filename="../app/widgets/logview.cpp" line="196"/>
        <source>Find next (Enter)</source>
        <translation>查找下一个（Enter）</translation>
    </message>
    <message>
        <location filename="../app/widgets/logview.cpp" line="198"/>
        <source>Clear</source>
        <translation>清除</translation>
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
        <translation>已丢弃 %1 行（日志仅保留最新的 %2 行）</translation>
    </message>
</context>
<context>
    <name>Studio::App::MainWindow</name>
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
        <location filename="../app/mainwindow/mainwindow.cpp" line="680"/>
        <source>Plugin Studio</source>
        <translation>Plugin Studio</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="111"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="117"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="141"/>
        <source>&amp;New Plugin...</source>
        <translation>新建插件(&amp;N)...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="141"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="142"/>
        <source>&amp;Open Folder...</source>
        <translation>打开文件夹(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="142"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="143"/>
        <source>Open &amp;Package...</source>
        <translation>打开插件包(&amp;P)...</translation>
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
        <translation>全部保存(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="153"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="154"/>
        <source>&amp;Close Tab</source>
        <translation>关闭标签页(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="154"/>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="158"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="158"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="159"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="159"/>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="165"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="165"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="169"/>
        <source>&amp;Find...</source>
        <translation>查找(&amp;F)...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="169"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="173"/>
        <source>R&amp;eplace...</source>
        <translation>替换(&amp;E)...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="173"/>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="177"/>
        <source>&amp;Go to Line...</source>
        <translation>跳转到行(&amp;G)...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="177"/>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="178"/>
        <source>&amp;Problems</source>
        <translation>问题(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="178"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="183"/>
        <source>&amp;Validate Now</source>
        <translation>立即校验(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="183"/>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="185"/>
        <source>Pac&amp;kage...</source>
        <translation>打包(&amp;K)...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="185"/>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="186"/>
        <source>&amp;Sign Package...</source>
        <translation>签名插件包(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="187"/>
        <source>&amp;Verify / Inspect Package...</source>
        <translation>校验/查看插件包(&amp;V)...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="188"/>
        <source>Signing &amp;Keys...</source>
        <translation>签名密钥(&amp;K)...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="189"/>
        <source>&amp;Run in Console</source>
        <translation>在控制台中运行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="199"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="200"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="207"/>
        <source>&amp;About Plugin Studio</source>
        <translation>关于 Plugin Studio(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="208"/>
        <source>About Plugin Studio</source>
        <translation>关于 Plugin Studio</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="209"/>
        <source>&lt;b&gt;Plugin Studio %1&lt;/b&gt;&lt;br&gt;Author, validate, package, sign, run and debug Dify plugins.&lt;br&gt;GPL-3.0-or-later.</source>
        <translation>&lt;b&gt;Plugin Studio %1&lt;/b&gt;&lt;br&gt;编写、校验、打包、签名、运行和调试 Dify 插件。&lt;br&gt;GPL-3.0-or-later。</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="216"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="220"/>
        <source>Recent &amp;Projects</source>
        <translation>最近的项目(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="228"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="237"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="241"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="246"/>
        <source>&amp;Plugin</source>
        <translation>插件(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="255"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="258"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="308"/>
        <source>%1 is neither a plugin folder nor a .difypkg file.</source>
        <translation>%1 既不是插件文件夹，也不是 .difypkg 文件。</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="309"/>
        <location filename="../app/mainwindow/mainwindow.cpp" line="392"/>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="312"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="341"/>
        <source>%1 has no manifest.yaml: it is not a plugin folder yet.</source>
        <translation>%1 中没有 manifest.yaml：它还不是插件文件夹。</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="401"/>
        <source>Open File</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="421"/>
        <source>Ln %1, Col %2</source>
        <translation>行 %1，列 %2</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="460"/>
        <source>%1 was deleted on disk; save to write it again.</source>
        <translation>%1 已在磁盘上被删除；保存即可重新写入。</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="471"/>
        <source>Reloaded %1 (changed on disk).</source>
        <translation>已重新加载 %1（磁盘上的文件已更改）。</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="477"/>
        <source>File Changed</source>
        <translation>文件已更改</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="478"/>
        <source>%1 changed on disk and has unsaved changes here. Reload it and lose your changes?</source>
        <translation>%1 已在磁盘上被更改，且此处有未保存的更改。要重新加载并放弃您的更改吗？</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="491"/>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="492"/>
        <source>These files have unsaved changes:
%1

Save them?</source>
        <translation>以下文件有未保存的更改：
%1

要保存吗？</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="639"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="642"/>
        <source>Clear List</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="675"/>
        <source>Packaging is not part of this build.</source>
        <translation>此版本不包含打包功能。</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="680"/>
        <source>%1 - Plugin Studio</source>
        <translation>%1 - Plugin Studio</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="691"/>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="693"/>
        <source>%1 errors, %2 warnings</source>
        <translation>%1 个错误，%2 个警告</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="696"/>
        <source>Validated in %1 ms</source>
        <translation>校验耗时 %1 毫秒</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="715"/>
        <source>Bundle created in %1.</source>
        <translation>已在 %1 中创建插件集合。</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="722"/>
        <source>Open Plugin Folder</source>
        <translation>打开插件文件夹</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="729"/>
        <source>Open Package</source>
        <translation>打开插件包</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="729"/>
        <source>Dify packages (*.difypkg)</source>
        <translation>Dify 插件包 (*.difypkg)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="741"/>
        <source>Packaged %1 (%2)</source>
        <translation>已打包 %1（%2）</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="769"/>
        <source>Go to Line</source>
        <translation>跳转到行</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/mainwindow.cpp" line="769"/>
        <source>Line (1-%1):</source>
        <translation>行号（1-%1）：</translation>
    </message>
</context>
<context>
    <name>Studio::App::MarketplacePage</name>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="49"/>
        <source>Load more</source>
        <translation>加载更多</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="51"/>
        <source>Install</source>
        <translation>安装</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="51"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="58"/>
        <source>Search plugins…</source>
        <translation>搜索插件…</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="61"/>
        <source>tags, comma separated (search, image…)</source>
        <translation>标签，以逗号分隔（search, image…）</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="63"/>
        <source>Most popular</source>
        <translation>最受欢迎</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="64"/>
        <source>Recently updated</source>
        <translation>最近更新</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="65"/>
        <source>Newly released</source>
        <translation>最新发布</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="66"/>
        <source>First released</source>
        <translation>最早发布</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="67"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="67"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="67"/>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="67"/>
        <source>Agent strategies</source>
        <translation>Agent 策略</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="67"/>
        <source>Extensions</source>
        <translation>扩展</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="68"/>
        <source>Data sources</source>
        <translation>数据源</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="68"/>
        <source>Triggers</source>
        <translation>触发器</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="68"/>
        <source>Bundles</source>
        <translation>插件集合</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="103"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="142"/>
        <source>← Back to results</source>
        <translation>← 返回结果</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="175"/>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="301"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="315"/>
        <source>The Marketplace could not be reached and nothing is cached for this search: %1</source>
        <translation>无法访问插件市场，且此搜索没有缓存结果：%1</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="316"/>
        <location filename="../app/marketplace/marketplacepage.cpp" line="739"/>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="330"/>
        <source>%1 of %2 plugins</source>
        <translation>已显示 %1 个插件，共 %2 个</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="367"/>
        <source>Offline — the Marketplace did not answer; these results come from the local cache and may be out of date.</source>
        <translation>离线 — 插件市场无响应；这些结果来自本地缓存，可能已过时。</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="405"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="421"/>
        <source>Could not load the details: %1</source>
        <translation>无法加载详细信息：%1</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="428"/>
        <source>verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="430"/>
        <source>partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="433"/>
        <source>%1 · %2 installs · latest %3</source>
        <translation>%1 · %2 次安装 · 最新版本 %3</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="435"/>
        <source>Deprecated: %1 (use %2)</source>
        <translation>已弃用：%1（请使用 %2）</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="222"/>
        <location filename="../app/marketplace/marketplacepage.cpp" line="442"/>
        <source>Install %1</source>
        <translation>安装 %1</translation>
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
        <translation>插件集合</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="616"/>
        <source>Bundle · version %1</source>
        <translation>插件集合 · 版本 %1</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="630"/>
        <source>Install bundle %1</source>
        <translation>安装插件集合 %1</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="634"/>
        <source>Plugins in this bundle: loading…</source>
        <translation>此插件集合中的插件：正在加载…</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="640"/>
        <source>The Marketplace did not say which version of this bundle is current.</source>
        <translation>插件市场未说明此插件集合的当前版本。</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="649"/>
        <source>Could not load the bundle&apos;s plugins: %1</source>
        <translation>无法加载插件集合中的插件：%1</translation>
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
        <translation>内嵌插件包  ·  %1</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="670"/>
        <source>%1  ·  embedded package  ·  %2</source>
        <translation>%1  ·  内嵌插件包  ·  %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/marketplace/marketplacepage.cpp" line="694"/>
        <source>%n plugin(s) in this bundle</source>
        <translation>
            <numerusform>此插件集合中有 %n 个插件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="705"/>
        <source>Installing the bundle — follow it in the Installed plugins panel; if one of its plugins fails, none of them stays installed.</source>
        <translation>正在安装插件集合——请在“已安装插件”面板中查看进度；只要其中一个插件安装失败，所有插件都不会保留。</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="707"/>
        <source>The bundle could not be installed; see the Installed plugins panel.</source>
        <translation>无法安装该插件集合；请查看“已安装插件”面板。</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="715"/>
        <source>Installing %1 — follow it in the Installed plugins panel.</source>
        <translation>正在安装 %1 — 请在“已安装的插件”面板中查看进度。</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="716"/>
        <source>%1 could not be installed; see the Installed plugins panel.</source>
        <translation>无法安装 %1；请查看“已安装的插件”面板。</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="725"/>
        <source>Downloading %1…</source>
        <translation>正在下载 %1…</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="740"/>
        <source>Download failed: %1</source>
        <translation>下载失败：%1</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="751"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="756"/>
        <source>Downloaded %1 (%2 KiB); installing…</source>
        <translation>已下载 %1（%2 KiB）；正在安装…</translation>
    </message>
    <message>
        <location filename="../app/marketplace/marketplacepage.cpp" line="763"/>
        <source>Marketplace</source>
        <translation>插件市场</translation>
    </message>
</context>
<context>
    <name>Studio::App::NewPluginWizard</name>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="24"/>
        <source>A tool provider with one tool that workflows and agents can call.</source>
        <translation>一个工具供应商，包含一个可供工作流和 Agent 调用的工具。</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="25"/>
        <source>A model provider that ships a fixed list of models (an LLM to start).</source>
        <translation>提供固定模型列表的模型供应商（以一个 LLM 起步）。</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="26"/>
        <source>A model provider where users add their own model names and endpoints.</source>
        <translation>由用户自行添加模型名称和端点的模型供应商。</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="27"/>
        <source>An agent strategy: the reasoning loop that drives models and tools.</source>
        <translation>Agent 策略：驱动模型和工具的推理循环。</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="28"/>
        <source>HTTP endpoints (webhooks) served by the plugin.</source>
        <translation>由插件提供服务的 HTTP 端点（webhook）。</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="29"/>
        <source>A tool provider plus endpoints: the only kinds that may be combined.</source>
        <translation>工具供应商加端点：唯一可以组合的两种类型。</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="30"/>
        <source>A website-crawl datasource for knowledge pipelines.</source>
        <translation>用于知识流水线的网站爬取数据源。</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="31"/>
        <source>A trigger that turns incoming webhooks into workflow events.</source>
        <translation>将传入的 webhook 转换为工作流事件的触发器。</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="32"/>
        <source>A bundle: a list of plugins installed together.</source>
        <translation>插件集合：一组一起安装的插件。</translation>
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
        <translation>每种类型生成的文件都可以直接通过校验并打包。</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="60"/>
        <source>Name and description</source>
        <translation>名称与描述</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="65"/>
        <source>Shown in Dify (defaults to the name)</source>
        <translation>在 Dify 中显示（默认为名称）</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="70"/>
        <source>e.g. utilities, productivity</source>
        <translation>例如 utilities, productivity</translation>
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
        <translation>端点插件会自动获得端点权限，Agent 策略会自动获得工具 + LLM 访问权限。</translation>
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
        <translation> 字节</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="114"/>
        <source>Looking for python3...</source>
        <translation>正在查找 python3...</translation>
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
        <translation>父文件夹</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="166"/>
        <location filename="../app/wizard/newpluginwizard.cpp" line="176"/>
        <source>python3 was not found; the requirement follows the Python version chosen above.</source>
        <translation>未找到 python3；依赖要求将按上面选择的 Python 版本设置。</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="169"/>
        <source>Local python3 is %1: %2 installs on it.</source>
        <translation>本地 python3 版本为 %1：将在其上安装 %2。</translation>
    </message>
    <message>
        <location filename="../app/wizard/newpluginwizard.cpp" line="222"/>
        <source>A %1 plugin will be created in %2.</source>
        <translation>将在 %2 中创建一个 %1 插件。</translation>
    </message>
</context>
<context>
    <name>Studio::App::OAuthClientDialog</name>
    <message>
        <location filename="../app/workspace/oauthclientdialog.cpp" line="26"/>
        <source>Use this custom client (off: the system / default client)</source>
        <translation>使用此自定义客户端（关闭：使用系统 / 默认客户端）</translation>
    </message>
    <message>
        <location filename="../app/workspace/oauthclientdialog.cpp" line="30"/>
        <source>OAuth client — %1 / %2</source>
        <translation>OAuth 客户端 — %1 / %2</translation>
    </message>
    <message>
        <location filename="../app/workspace/oauthclientdialog.cpp" line="31"/>
        <source>Register an OAuth app at the provider with the redirect URI below, then enter its client settings. They are stored encrypted in the workspace.</source>
        <translation>请使用下方的重定向 URI 在供应商处注册一个 OAuth 应用，然后输入其客户端设置。这些设置将加密保存在工作空间中。</translation>
    </message>
    <message>
        <location filename="../app/workspace/oauthclientdialog.cpp" line="40"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../app/workspace/oauthclientdialog.cpp" line="42"/>
        <source>Copy the redirect URI to the clipboard</source>
        <translation>将重定向 URI 复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../app/workspace/oauthclientdialog.cpp" line="47"/>
        <source>Redirect URI:</source>
        <translation>重定向 URI：</translation>
    </message>
    <message>
        <location filename="../app/workspace/oauthclientdialog.cpp" line="54"/>
        <source>Remove client</source>
        <translation>移除客户端</translation>
    </message>
    <message>
        <location filename="../app/workspace/oauthclientdialog.cpp" line="56"/>
        <source>Save and authorize…</source>
        <translation>保存并授权…</translation>
    </message>
    <message>
        <location filename="../app/workspace/oauthclientdialog.cpp" line="58"/>
        <source>Saves the client, then signs in at the provider in your browser</source>
        <translation>保存客户端，然后在浏览器中登录供应商</translation>
    </message>
    <message>
        <location filename="../app/workspace/oauthclientdialog.cpp" line="72"/>
        <source>Redirect URI copied.</source>
        <translation>重定向 URI 已复制。</translation>
    </message>
    <message>
        <location filename="../app/workspace/oauthclientdialog.cpp" line="90"/>
        <source>No workspace is open.</source>
        <translation>未打开工作空间。</translation>
    </message>
    <message>
        <location filename="../app/workspace/oauthclientdialog.cpp" line="116"/>
        <source>The stored client cannot be read: %1</source>
        <translation>无法读取已保存的客户端：%1</translation>
    </message>
    <message>
        <location filename="../app/workspace/oauthclientdialog.cpp" line="137"/>
        <source>%1 (expires %2)</source>
        <translation>%1（过期时间 %2）</translation>
    </message>
    <message>
        <location filename="../app/workspace/oauthclientdialog.cpp" line="139"/>
        <source>Not authorized yet.</source>
        <translation>尚未授权。</translation>
    </message>
    <message>
        <location filename="../app/workspace/oauthclientdialog.cpp" line="140"/>
        <source>Authorized: %1</source>
        <translation>已授权：%1</translation>
    </message>
    <message>
        <location filename="../app/workspace/oauthclientdialog.cpp" line="157"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../app/workspace/oauthclientdialog.cpp" line="170"/>
        <source>The OAuth client was removed. Authorized credentials stay until you delete them.</source>
        <translation>OAuth 客户端已移除。已授权的凭据会一直保留，直到您将其删除。</translation>
    </message>
</context>
<context>
    <name>Studio::App::PackageDialog</name>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="59"/>
        <source>community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="60"/>
        <source>partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="61"/>
        <source>langgenius</source>
        <translation>langgenius</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="62"/>
        <source>legacy (comment only)</source>
        <translation>旧版（仅注释）</translation>
    </message>
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
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="83"/>
        <source>Sign the package</source>
        <translation>为插件包签名</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="89"/>
        <source>Generate a key pair first (Plugin &gt; Keys).</source>
        <translation>请先生成密钥对（插件 &gt; 密钥）。</translation>
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
        <translation>保存插件包</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="130"/>
        <source>Dify packages (*.difypkg)</source>
        <translation>Dify 插件包 (*.difypkg)</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="138"/>
        <source>Cancelling...</source>
        <translation>正在取消...</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="145"/>
        <source>This build has no packager (core/package/packagewriter.h).</source>
        <translation>此版本不包含打包器（core/package/packagewriter.h）。</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="174"/>
        <source>Validating and packaging...</source>
        <translation>正在校验并打包...</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="236"/>
        <source>Written %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="245"/>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消；未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="245"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
</context>
<context>
    <name>Studio::App::PackageInspector</name>
    <message>
        <location filename="../app/package/packageinspector.cpp" line="36"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
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
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../app/package/packageinspector.cpp" line="84"/>
        <source>Reading %1...</source>
        <translation>正在读取 %1...</translation>
    </message>
    <message>
        <location filename="../app/package/packageinspector.cpp" line="141"/>
        <source>&lt;b&gt;Cannot open the package:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;无法打开插件包：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <location filename="../app/package/packageinspector.cpp" line="149"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 (read-only)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2（只读）</translation>
    </message>
    <message>
        <location filename="../app/package/packageinspector.cpp" line="155"/>
        <source>No errors.</source>
        <translation>没有错误。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/package/packageinspector.cpp" line="155"/>
        <source>%n errors: %1</source>
        <translation>
            <numerusform>%n 个错误：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Studio::App::ProblemsPanel</name>
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
        <translation>打包（pkg）</translation>
    </message>
    <message>
        <location filename="../app/problems/problemsdock.cpp" line="36"/>
        <source>Install (install)</source>
        <translation>安装（install）</translation>
    </message>
    <message>
        <location filename="../app/problems/problemsdock.cpp" line="37"/>
        <source>Struct tags (strict)</source>
        <translation>结构体标签（strict）</translation>
    </message>
    <message>
        <location filename="../app/problems/problemsdock.cpp" line="37"/>
        <source>Python SDK (sdk)</source>
        <translation>Python SDK（sdk）</translation>
    </message>
    <message>
        <location filename="../app/problems/problemsdock.cpp" line="38"/>
        <source>Marketplace review (review)</source>
        <translation>插件市场审核（review）</translation>
    </message>
    <message>
        <location filename="../app/problems/problemsdock.cpp" line="38"/>
        <source>Studio advice (studio)</source>
        <translation>Studio 建议（studio）</translation>
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
    <name>Studio::App::ProjectExplorer</name>
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
        <translation>Manifest：%1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/projectexplorer.cpp" line="119"/>
        <source>Tool provider: %1</source>
        <translation>工具供应商：%1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/projectexplorer.cpp" line="121"/>
        <source>Tool: %1</source>
        <translation>工具：%1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/projectexplorer.cpp" line="127"/>
        <source>Model provider: %1</source>
        <translation>模型供应商：%1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/projectexplorer.cpp" line="129"/>
        <source>Model: %1 (%2)</source>
        <translation>模型：%1（%2）</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/projectexplorer.cpp" line="133"/>
        <source>Agent strategy provider: %1</source>
        <translation>Agent 策略供应商：%1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/projectexplorer.cpp" line="135"/>
        <source>Strategy: %1</source>
        <translation>策略：%1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/projectexplorer.cpp" line="139"/>
        <source>Endpoint group</source>
        <translation>端点组</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/projectexplorer.cpp" line="145"/>
        <source>Datasource provider: %1</source>
        <translation>数据源供应商：%1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/projectexplorer.cpp" line="147"/>
        <source>Datasource: %1</source>
        <translation>数据源：%1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/projectexplorer.cpp" line="151"/>
        <source>Trigger provider: %1</source>
        <translation>触发器供应商：%1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow/projectexplorer.cpp" line="153"/>
        <source>Event: %1</source>
        <translation>事件：%1</translation>
    </message>
</context>
<context>
    <name>Studio::App::SignDialog</name>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="352"/>
        <source>Sign Package</source>
        <translation>签名插件包</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="356"/>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="368"/>
        <source>Sign</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="371"/>
        <location filename="../app/package/packagedialog.cpp" line="382"/>
        <source>Package</source>
        <translation>打包</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="372"/>
        <source>Private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="373"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="375"/>
        <source>Identifier</source>
        <translation>标识符</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="379"/>
        <source>No private key: generate one in Plugin &gt; Keys first.</source>
        <translation>没有私钥：请先在“插件 &gt; 密钥”中生成一个。</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="382"/>
        <source>Dify packages (*.difypkg)</source>
        <translation>Dify 插件包 (*.difypkg)</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="389"/>
        <source>Signing...</source>
        <translation>正在签名...</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="399"/>
        <source>Written %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <location filename="../app/package/packagedialog.cpp" line="399"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
</context>
<context>
    <name>Studio::App::WorkspaceSettingsDialog</name>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="24"/>
        <source>Workspace Settings</source>
        <translation>工作空间设置</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="28"/>
        <source>Base URL of the Dify Marketplace (or a self-hosted one).</source>
        <translation>Dify Marketplace（或自托管插件市场）的基础 URL。</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="29"/>
        <source>Marketplace URL</source>
        <translation>插件市场 URL</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="32"/>
        <source>e.g. http://localhost/v1</source>
        <translation>例如 http://localhost/v1</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="33"/>
        <source>Dify service API that answers plugins&apos; reverse app calls. Leave empty to refuse them with a &apos;not configured&apos; error.</source>
        <translation>响应插件反向应用调用的 Dify 服务 API。留空则以 &apos;not configured&apos; 错误拒绝这些调用。</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="35"/>
        <source>Dify instance URL</source>
        <translation>Dify 实例 URL</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="41"/>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="58"/>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="174"/>
        <source>(stored, encrypted; type to replace)</source>
        <translation>（已加密保存；输入内容以替换）</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="41"/>
        <source>app API key</source>
        <translation>应用 API 密钥</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="42"/>
        <source>Dify API key</source>
        <translation>Dify API 密钥</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="45"/>
        <source>Workflow nodes and summaries called by plugins</source>
        <translation>插件调用的工作流节点和摘要</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="49"/>
        <source>e.g. http://localhost:5001 (empty: the studio runs them itself)</source>
        <translation>例如 http://localhost:5001（留空：由 Studio 自行运行）</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="50"/>
        <source>Dify API server that runs question-classifier, parameter-extractor and summary calls (the daemon&apos;s DIFY_INNER_API_URL). Leave empty to run them in the studio on a model plugin.</source>
        <translation>运行问题分类器、参数提取器和摘要调用的 Dify API 服务器（即守护进程的 DIFY_INNER_API_URL）。留空则在 Studio 中通过模型插件运行它们。</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="53"/>
        <source>Dify inner API URL</source>
        <translation>Dify 内部 API URL</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="59"/>
        <source>INNER_API_KEY_FOR_PLUGIN of the Dify side</source>
        <translation>Dify 端的 INNER_API_KEY_FOR_PLUGIN</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="60"/>
        <source>Inner API key</source>
        <translation>内部 API 密钥</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="63"/>
        <source>provider, e.g. langgenius/openai/openai</source>
        <translation>供应商，例如 langgenius/openai/openai</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="66"/>
        <source>model, e.g. gpt-4o-mini</source>
        <translation>模型，例如 gpt-4o-mini</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="70"/>
        <source>System model</source>
        <translation>系统模型</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="71"/>
        <source>Without an inner API, classifier and extractor nodes run on the model they name and summaries on the system model; the plugin that provides the model must be running in the studio.</source>
        <translation>没有内部 API 时，分类器和提取器节点在其指定的模型上运行，摘要在系统模型上运行；提供该模型的插件必须正在 Studio 中运行。</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="80"/>
        <source>Allow installing unsigned or unverified packages</source>
        <translation>允许安装未签名或未验证的插件包</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="83"/>
        <source>Unsigned packages can run any code on this machine. Only install packages whose source you trust; the signature category is always shown.</source>
        <translation>未签名的插件包可以在此计算机上运行任意代码。请只安装来源可信的插件包；签名类别始终会显示。</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="96"/>
        <source>Report installs to the Marketplace</source>
        <translation>向插件市场报告安装</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="98"/>
        <source>After a plugin is installed or upgraded from the Marketplace, tell the Marketplace its identifier so its install count goes up (as Dify does). Nothing else is sent.</source>
        <translation>从插件市场安装或升级插件后，将其标识符告知插件市场，以增加其安装次数（与 Dify 的做法相同）。不会发送其他任何内容。</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="127"/>
        <source>The Marketplace URL must be a full URL such as https://marketplace.dify.ai.</source>
        <translation>插件市场 URL 必须是完整的 URL，例如 https://marketplace.dify.ai。</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="132"/>
        <source>The Dify instance URL must be a full URL such as http://localhost/v1, or empty.</source>
        <translation>Dify 实例 URL 必须是完整的 URL（例如 http://localhost/v1），或留空。</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="138"/>
        <source>The Dify inner API URL must be a full URL such as http://localhost:5001, or empty.</source>
        <translation>Dify 内部 API URL 必须是完整的 URL（例如 http://localhost:5001），或留空。</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="141"/>
        <source>The Dify inner API needs its key (INNER_API_KEY_FOR_PLUGIN in Dify&apos;s settings).</source>
        <translation>Dify 内部 API 需要其密钥（Dify 设置中的 INNER_API_KEY_FOR_PLUGIN）。</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="145"/>
        <source>The system model needs both its provider and its model name, or leave both empty.</source>
        <translation>系统模型需要同时指定其供应商和模型名称，或者将两者都留空。</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="175"/>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="189"/>
        <source>optional; raises GitHub&apos;s rate limit</source>
        <translation>可选；可提高 GitHub 的速率限制</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="176"/>
        <source>Sent as a Bearer token to the GitHub API only (release listings), never to download hosts. GITHUB_TOKEN in the environment takes precedence.</source>
        <translation>仅作为 Bearer 令牌发送给 GitHub API（用于获取发布列表），绝不会发送给下载主机。环境中的 GITHUB_TOKEN 优先。</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="178"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="183"/>
        <source>The GitHub token could not be removed: %1</source>
        <translation>无法移除 GitHub 令牌：%1</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="195"/>
        <source>GitHub token</source>
        <translation>GitHub 令牌</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="206"/>
        <source>Workspace key</source>
        <translation>工作空间密钥</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="214"/>
        <source>OS keychain, service &quot;%1&quot;</source>
        <translation>操作系统钥匙串，服务“%1”</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="215"/>
        <source>File %1 (readable by you only)</source>
        <translation>文件 %1（仅您可读）</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="217"/>
        <source>%1
Secrets (credentials, API keys, the GitHub token) are encrypted with this key. The CLI uses the same location.</source>
        <translation>%1
机密信息（凭据、API 密钥、GitHub 令牌）使用此密钥加密。CLI 使用相同的位置。</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="219"/>
        <source>Move to file</source>
        <translation>移至文件</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="219"/>
        <source>Move to keychain</source>
        <translation>移至钥匙串</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="226"/>
        <source>OS keychain — cannot be reached</source>
        <translation>操作系统钥匙串 — 无法访问</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacesettingsdialog.cpp" line="164"/>
        <source>The settings could not be saved: %1</source>
        <translation>无法保存设置：%1</translation>
    </message>
</context>
</TS>
