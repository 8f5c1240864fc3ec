#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Packaging wall time and peak memory, side by side with the Go `dify plugin package`, in one run
# (hyperfine, warm cache), on three plugins: the official tools/json_process (uv export
# included), a generated 77-file plugin and a generated 40 MiB one (both on the tool fixture).
#
#   DIFY_CLI=/path/to/dify bash bench/bench_package_vs_go.sh [build-rel/bin/plugin-studio-cli]
#
# DIFY_CLI is a Go CLI you built from langgenius/dify-plugin-daemon (cmd/commandline); this script
# does not build it. uv must be on PATH for json_process (both tools run `uv export`).
# CORPUS (default /work/corpus/dify-official-plugins) is where tools/json_process is found.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
ours=${1:-$here/build-rel/bin/plugin-studio-cli}
go=${DIFY_CLI:?set DIFY_CLI to the Go dify CLI binary}
corpus=${CORPUS:-/work/corpus/dify-official-plugins}
runs=${RUNS:-15}
command -v hyperfine >/dev/null || { echo "hyperfine is needed (apt-get install hyperfine)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$here/tests/fixtures/plugins/tool" "$work" <<'PY'
import os, random, shutil, sys
fixture, work = sys.argv[1], sys.argv[2]
words = ["def ", "return ", "self", ".value", "(x, y)", " = ", "\n    ", "import ", "yaml", "tool",
         "provider", "# comment ", "credentials", "\"en_US\"", ": ", "for i in range(10):"]
def make(name, files, each):
    out = os.path.join(work, name)
    shutil.copytree(fixture, out)
    for i in range(files):
        rng = random.Random(i + 1)
        parts, n = [], 0
        while n < each:  # text that deflates like source code (~3-4x)
            w = rng.choice(words)
            if rng.randrange(8) == 0:
                w += str(rng.getrandbits(32))
            parts.append(w); n += len(w)
        p = os.path.join(out, "lib", "mod%d" % (i % 7), "file%d.py" % i)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w") as f:
            f.write("".join(parts)[:each])
make("files77", 67, 4096)        # 10 fixture files + 67 = 77
make("mib40", 40, 1024 * 1024)   # 40 MiB of sources
PY
cases=()
if [ -d "$corpus/tools/json_process" ]; then
  cp -r "$corpus/tools/json_process" "$work/json_process"
  cases+=(json_process)
else
  echo "note: $corpus/tools/json_process not found; skipping it" >&2
fi
cases+=(files77 mib40)

peak_kib() { # peak RSS of one run, KiB
  /usr/bin/time -f %M "$@" >/dev/null 2>"$work/time.txt" || true
  tail -1 "$work/time.txt"
}

printf '%-13s %6s %9s | %12s %12s %7s | %9s %9s\n' plugin files MiB "go ms" "ours ms" ratio "go MiB" "ours MiB"
for c in "${cases[@]}"; do
  dir=$work/$c
  nfiles=$(find "$dir" -type f | wc -l)
  mib=$(du -sk "$dir" | awk '{printf "%.1f", $1/1024}')
  hyperfine -N -w 3 -r "$runs" --export-json "$work/$c.json" \
    "$go plugin package $dir -o $work/$c-go.difypkg" \
    "$ours package $dir -o $work/$c-ours.difypkg -q" >/dev/null 2>&1
  read -r gms oms < <(python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"]; print(r[0]["median"]*1000, r[1]["median"]*1000)' "$work/$c.json")
  gk=$(peak_kib "$go" plugin package "$dir" -o "$work/$c-go.difypkg")
  ok=$(peak_kib "$ours" package "$dir" -o "$work/$c-ours.difypkg" -q)
  # Both packages hold the same files: same checksum, by our reader and by the daemon's algorithm.
  a=$("$ours" checksum "$work/$c-go.difypkg"); b=$("$ours" checksum "$work/$c-ours.difypkg")
  [ "$a" = "$b" ] || { echo "checksums differ for $c: go $a, ours $b" >&2; exit 1; }
  printf '%-13s %6s %9s | %12.1f %12.1f %6.2fx | %9.0f %9.0f\n' "$c" "$nfiles" "$mib" "$gms" "$oms" \
    "$(python3 -c "print($oms/$gms)")" "$(python3 -c "print($gk/1024)")" "$(python3 -c "print($ok/1024)")"
done
echo "(median wall time of $runs runs after 3 warm-ups; ratio = ours / go; target <= 0.70x)"
