#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the committed seed corpora of the fuzz targets (fuzz/corpus/TARGET/) from the test
fixtures (tests/fixtures: the plugins of every kind, the Marketplace answers, the debug client's
registration) and small hand-made cases. Run it again after changing a fixture:

    python3 fuzz/make_seeds.py

Seeds are named after what they hold; a run of scripts/fuzz.sh --merge adds the fuzzer's own
(hash-named) finds next to them.
"""
import base64
import io
import json
import os
import struct
import sys
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIX = os.path.join(ROOT, "tests", "fixtures")
OUT = os.path.join(ROOT, "fuzz", "corpus")


def put(target, name, data):
    d = os.path.join(OUT, target)
    os.makedirs(d, exist_ok=True)
    if isinstance(data, str):
        data = data.encode()
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def fdp_string(text):
    """The bytes FuzzedDataProvider::ConsumeRandomLengthString reads back as `text`: a backslash
    is doubled, and a backslash followed by another byte ends the string."""
    if isinstance(text, str):
        text = text.encode()
    return text.replace(b"\\", b"\\\\") + b"\\;"


def plugin_files(kind):
    base = os.path.join(FIX, "plugins", kind)
    out = []
    for dirpath, _, files in os.walk(base):
        for f in files:
            p = os.path.join(dirpath, f)
            out.append((os.path.relpath(p, base).replace(os.sep, "/"), open(p, "rb").read()))
    out.sort(key=lambda x: x[0].encode())
    return out


def zip_of(files, method=zipfile.ZIP_DEFLATED, comment=b""):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as z:
        for name, data in files:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = method
            info.external_attr = 0o100644 << 16
            z.writestr(info, data)
        z.comment = comment
    return buf.getvalue()


KINDS = sorted(os.listdir(os.path.join(FIX, "plugins")))

YAML_CASES = {
    "anchors.yaml": "base: &b {x: 1, y: [1, 2]}\nuse: *b\nmerge:\n  <<: *b\n  y: 3\n",
    "scalars.yaml": "a: yes\nb: 'no'\nc: 0x1F\nd: 010\ne: 1:20\nf: 3.10\ng: 1e3\nh: ~\ni: 2024-01-02\nj: !!str 5\n",
    "blocks.yaml": "lit: |\n  line 1\n\n  line 3\nfold: >-\n  a\n  b\nkeep: |+\n  x\n\n# c\n",
    "flow.yaml": "{a: [1, {b: c}], 'd': \"e\\n\", ? f : g}\n",
    "comments.yaml": "# top\nkey: value # trailing\n# between\nlist:\n  - a # one\n  # inside\n  - b\n",
    "multi.yaml": "a: 1\n---\nb: 2\n...\n",
    "deep.yaml": "a:\n" + "".join("  " * i + "- \n" for i in range(1, 30)),
    "crlf.yaml": "a: 1\r\nb:\r\n  - x\r\n",
    "tabs.yaml": "a:\n\tb: 1\n",
    "dup.yaml": "a: 1\na: 2\nb: {c: 1, c: 2}\n",
    "unicode.yaml": "label:\n  zh_Hans: \u5de5\u5177\n  en_US: \"caf\\u00e9\"\n",
}


def yaml_seeds():
    for kind in KINDS:
        for name, data in plugin_files(kind):
            if name.endswith(".yaml"):
                put("yaml", f"{kind}-{name.replace('/', '-')}", data)
    for name, text in YAML_CASES.items():
        put("yaml", name, text)


def yaml_editor_seeds():
    ops = bytes(range(7, 7 + 48))
    for kind in ("tool", "model_predefined", "trigger"):
        for name, data in plugin_files(kind):
            if name.endswith(".yaml"):
                put("yaml_editor", f"{kind}-{name.replace('/', '-')}", fdp_string(data) + ops)
    for name, text in YAML_CASES.items():
        put("yaml_editor", name, fdp_string(text) + ops)


def plugin_seeds():
    for kind in KINDS:
        files = [(n, d) for n, d in plugin_files(kind) if not n.endswith(".png")]
        put("plugin", kind, b"".join(b"==> " + n.encode() + b" <==\n" + d for n, d in files))


def package_seeds():
    for kind in KINDS:
        files = plugin_files(kind)
        put("package", kind + ".difypkg", zip_of(files))
    put("package", "tool-stored.difypkg", zip_of(plugin_files("tool"), zipfile.ZIP_STORED))


def bundle_seeds():
    files = plugin_files("bundle")
    put("bundle", "bundle.difybndl", b"\x00" + zip_of(files))
    manifest = dict(files)["manifest.yaml"]
    put("bundle", "manifest.yaml", b"\x01" + manifest)
    put("bundle", "patterns.yaml", b"\x01" + b"""name: b
version: 0.0.1
author: me
type: bundle
labels: {en_US: B}
description: {en_US: D}
dependencies:
  - type: marketplace
    value: {marketplace_pattern: org/plugin:^1.0.0}
  - type: github
    value: {repo_pattern: owner/repo:1.x.x/asset.difypkg}
  - type: package
    value: {path: _assets/0123abcd}
""")


def signature_seeds():
    put("signature", "comment", b"\x00" + json.dumps({"signature": base64.b64encode(b"\x01" * 256).decode(),
                                                      "time": 1700000000}, separators=(",", ":")).encode())
    put("signature", "comment-big-time", b"\x00" + b'{"signature":"AAAA","time":1e300}')
    put("signature", "package", b"\x01" + zip_of(plugin_files("tool"), comment=b'{"signature":"AAAA","time":1}'))
    pem = (b"-----BEGIN PUBLIC KEY-----\n" + base64.encodebytes(bytes(range(256)) * 2) + b"-----END PUBLIC KEY-----\n")
    put("signature", "public.pem", b"\x02" + pem)
    put("signature", "private.pem", b"\x03" + pem.replace(b"PUBLIC", b"RSA PRIVATE"))


def ignore_seeds():
    cases = {
        "basic": "# comment\n*.pyc\n__pycache__/\n.venv\n!keep.pyc\n/build\ndocs/**/*.md\n",
        "classes": "[[:digit:]]*.log\n[!a-c]?.txt\n\\#literal\nfoo\\ bar\n**/tmp/**\na/**/b\n",
        "stars": "*a*a*a*a*a*a*a*a*b\n**/**/**/**/x\n",
    }
    paths = ["main.py", "a/b/c.pyc", "__pycache__", ".venv/lib/x.py", "docs/a/b/read.md", "build/x", "1.log",
             "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "x/tmp/y", "a/x/y/b"]
    for name, text in cases.items():
        data = fdp_string(text) + fdp_string("keep")
        for p in paths:  # (the is-folder flags come from the end of the input)
            data += fdp_string(p)
        put("ignorerules", name, data)


def http_seeds():
    tail = bytes([0, 1, 2, 3, 4])
    reqs = {
        "get": b"GET /e/abc/hello?x=1 HTTP/1.1\r\nHost: localhost\r\nUser-Agent: t\r\n\r\n",
        "post": b"POST /e/abc/echo HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\nContent-Type: text/plain\r\n\r\nhello",
        "chunked": b"POST /u HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\n0\r\nX-T: 1\r\n\r\n",
        "pipelined": b"GET /a HTTP/1.1\r\nHost: h\r\n\r\nGET /b HTTP/1.1\r\nHost: h\r\n\r\n",
        "continue": b"PUT /f HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\nabc",
        "http10": b"GET / HTTP/1.0\n\n",
        "smuggle": b"POST / HTTP/1.1\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
        "oauth": b"GET /callback?code=abc&state=xyz HTTP/1.1\r\nHost: 127.0.0.1:5555\r\nCookie: a=b\r\n\r\n",
    }
    for name, r in reqs.items():
        put("http", name, r + tail)
        put("http", name + "-small", r + bytes([1, 9, 9, 9, 9]))


def linesplitter_seeds():
    put("linesplitter", "lines", b"one\ntwo\r\n\r\nthree" + bytes([0, 200, 1, 2, 3, 4, 5, 0]))
    put("linesplitter", "long", b"x" * 400 + b"\n" + b"y\n" + bytes([10, 0, 7, 7, 7, 7, 0, 1]))


def registration_lines(extra_end=True):
    manifest = {
        "version": "0.0.1", "type": "plugin", "author": "fuzz", "name": "echo",
        "label": {"en_US": "Echo"}, "description": {"en_US": "Echo"}, "icon": "icon.svg",
        "created_at": "2026-01-01T00:00:00Z",
        "resource": {"memory": 268435456, "permission": {"tool": {"enabled": True}, "storage": {"enabled": True, "size": 1048576}}},
        "plugins": {"tools": ["provider/echo.yaml"]},
        "meta": {"version": "0.0.1", "arch": ["amd64"], "runner": {"language": "python", "version": "3.12", "entrypoint": "main"}},
    }
    tool = {"identity": {"author": "fuzz", "name": "echo", "label": {"en_US": "Echo"}, "icon": "icon.svg"},
            "credentials_schema": [],
            "tools": [{"identity": {"author": "fuzz", "name": "say", "label": {"en_US": "Say"}},
                       "description": {"human": {"en_US": "Says"}, "llm": "Says"}, "parameters": []}]}
    lines = [{"type": "handshake", "data": {"key": "fuzz-key"}},
             {"type": "manifest_declaration", "data": manifest},
             {"type": "tool_declaration", "data": [tool]},
             {"type": "asset_chunk", "data": {"filename": "icon.svg", "data": base64.b64encode(b"<svg/>").decode(), "end": True}}]
    if extra_end:
        lines.append({"type": "end", "data": {}})
    return b"".join(json.dumps(l).encode() + b"\n\n" for l in lines)


def registration_seeds():
    put("registration", "tool", registration_lines())
    put("registration", "no-end", registration_lines(False))
    ep = b'{"type":"handshake","data":{"key":"fuzz-key"}}\n{"type":"endpoint_declaration","data":[{"settings":[],"endpoints":[{"path":"/x","method":"GET"}]}]}\n'
    put("registration", "endpoint-before-manifest", ep)


def protocol_seeds():
    def session(i, typ, data):
        return json.dumps({"event": "session", "session_id": "@%d" % i, "data": {"type": typ, "data": data}}).encode() + b"\n"
    hb = b'{"event":"heartbeat","session_id":null,"data":{}}\n'
    log = b'{"event":"log","data":{"level":"INFO","message":"hi","timestamp":1.5}}\n'
    tool = (session(0, "stream", {"type": "text", "message": {"text": "a"}, "meta": None})
            + session(0, "stream", {"type": "blob_chunk", "message": {"id": "f", "sequence": 0, "total_length": 3,
                                                                       "blob": base64.b64encode(b"abc").decode(), "end": True},
                                    "meta": {"mime_type": "text/plain"}})
            + session(0, "stream", {"type": "variable", "message": {"variable_name": "v", "variable_value": "x", "stream": True}})
            + session(0, "invoke", {"type": "storage", "backwards_request_id": "r1",
                                    "request": {"opt": "set", "key": "k", "value": "6869"}})
            + session(0, "invoke", {"type": "storage", "backwards_request_id": "r2", "request": {"opt": "get", "key": "k"}})
            + session(0, "end", {}))
    llm = session(1, "stream", {"model": "m", "prompt_messages": [], "delta": {"index": 0, "message": {"role": "assistant",
                                "content": "Hi", "tool_calls": []}, "usage": {"total_tokens": 3}, "finish_reason": "stop"}})
    ep = (session(2, "stream", {"status": 201, "headers": {"Content-Type": "text/plain"}})
          + session(2, "stream", {"result": b"body".hex()}) + session(2, "end", {}))
    err = session(1, "error", {"error_type": "ValueError", "message": "no", "args": {"traceback": "tb"}}) + session(1, "end", {})
    put("protocol", "session", hb + log + tool + llm + ep + err)
    put("protocol", "manifest-dump", b'{"version":"0.0.1","name":"x"}\nnot json\n' + hb)
    put("protocol", "reverse", session(0, "invoke", {"type": "tool", "backwards_request_id": "r3",
                                                     "request": {"provider": "p", "tool": "t", "tool_parameters": {}}})
        + session(0, "invoke", {"type": "app", "backwards_request_id": "r4", "request": {"app_id": "a"}})
        + session(0, "invoke", {"type": "node_question_classifier", "backwards_request_id": "r5", "request": {}}))


def marketplace_seeds():
    versions = fdp_string("1.2.3") + fdp_string("^1.0.0") + fdp_string("1.10.0-beta")
    for f in sorted(os.listdir(os.path.join(FIX, "marketplace"))):
        body = open(os.path.join(FIX, "marketplace", f), "rb").read()
        if len(body) > 64 * 1024:
            continue
        put("marketplace", f, versions + body)
    put("marketplace", "error", fdp_string("org/name:1.0.0@" + "a" * 64) + fdp_string("~1.2.0") + fdp_string("1.x.x")
        + b'{"code":-1,"msg":"nope"}')


def dify_seeds():
    classifier = json.dumps({"query": "q", "classes": [{"id": "1", "name": "A"}, {"id": "2", "name": "B"}],
                             "model": {"provider": "p", "name": "m", "mode": "chat"}})
    extractor = json.dumps({"query": "q", "parameters": [{"name": "n", "type": "number", "description": "d", "required": True}],
                            "model": {"provider": "p", "name": "m", "mode": "chat"}})
    # FuzzedDataProvider takes integers from the end: [request][body][status index][type].
    put("dify", "classifier-reply", fdp_string(classifier)
        + b'{"data":{"process_data":{},"outputs":{"class_name":"A"},"inputs":{}}}' + bytes([0, 0]))
    put("dify", "extractor-answer", fdp_string(extractor) + b'Here you go: ```json\n{"n": "42"}\n``` done' + bytes([0, 1]))
    put("dify", "summary", fdp_string('{"text":"long"}') + b'{"data":{"summary":"s"}}' + bytes([0, 2]))
    put("dify", "error", fdp_string("{}") + b'{"error":"bad key"}' + bytes([5, 0]))


def imports_seeds():
    header = json.dumps({"format": "plugin-studio-capture", "version": 1, "created": "2026-01-01T00:00:00.000Z", "count": 2})
    msgs = [{"id": 1, "time": "2026-01-01T00:00:00.000Z", "direction": "in", "plugin": "a/b", "session": "s",
             "type": "stream", "size": 10, "truncated": False, "raw": base64.b64encode(b'{"event":"session"}').decode()},
            {"id": 2, "time": "2026-01-01T00:00:01.000Z", "direction": "out", "plugin": "a/b", "session": "",
             "type": "request:tool/invoke_tool", "size": 5, "truncated": True, "raw": "aGVsbG8="}]
    put("imports", "capture", b"\x00" + "\n".join([header] + [json.dumps(m) for m in msgs]).encode() + b"\n")
    entry = {"format": "plugin-studio-invocation", "id": "0f8fad5b-d9cb-469f-a165-70867728950e",
             "started": "2026-01-01T00:00:00.000Z", "elapsed_ms": 12, "plugin_id": "a/b", "plugin_source": "folder:/x",
             "target": "p/t", "type": "tool", "action": "invoke_tool", "fields": {"tool_parameters": {"q": 1},
             "credentials": {"k": "v"}}, "context": {}, "chunks": [{"type": "text", "message": {"text": "hi"}}],
             "state": "succeeded", "error": "", "result_text": "hi", "result": {"text": "hi"}}
    put("imports", "entry", b"\x01" + json.dumps(entry).encode())
    e2 = dict(entry)
    e2.pop("format")
    put("imports", "history", b"\x02" + (json.dumps(e2) + "\n" + json.dumps(dict(e2, id="x")) + "\nnot json\n").encode())


def main():
    yaml_seeds()
    yaml_editor_seeds()
    plugin_seeds()
    package_seeds()
    bundle_seeds()
    signature_seeds()
    ignore_seeds()
    http_seeds()
    linesplitter_seeds()
    registration_seeds()
    protocol_seeds()
    marketplace_seeds()
    dify_seeds()
    imports_seeds()
    total = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(OUT) for f in fs)
    print(f"seeds written to {OUT} ({total // 1024} KiB)")


if __name__ == "__main__":
    sys.exit(main())
