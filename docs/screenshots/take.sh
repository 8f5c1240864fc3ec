#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the screenshots of docs/screens.md: docs/screenshots/take.sh BUILD_DIR
set +e
BUILD=${1:-build}
HERE=$(cd "$(dirname "$0")" && pwd)
BIN="$BUILD/bin/plugin-studio"
WORK=$(mktemp -d)
export XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data"
mkdir -p "$WORK/plugins"
shot() { xvfb-run -a -s "-screen 0 1600x1000x24" "$BIN" "$@"; }
# A generated tool plugin: the wizard's own output.
QT_QPA_PLATFORM=offscreen "$BIN" --new-plugin "tool:$WORK/plugins/weather_tool"
cd "$WORK/plugins"
shot weather_tool --screenshot "$HERE/main-window.png" --open-file provider/weather_tool.yaml
shot weather_tool --screenshot "$HERE/form-editor.png" --open-file tools/weather_tool.yaml
shot --screenshot "$HERE/wizard-kind.png" --show wizard-kind
shot --screenshot "$HERE/wizard.png" --show wizard
shot weather_tool --screenshot "$HERE/package-dialog.png" --show package --screenshot-delay 6000
sed -i 's/^version: 0.0.1$/version: 1.0/' weather_tool/manifest.yaml
shot weather_tool --screenshot "$HERE/problems.png" --open-file manifest.yaml
sed -i 's/^version: 1.0$/version: 0.0.1/' weather_tool/manifest.yaml
shot weather_tool --screenshot "$HERE/dark-theme.png" --theme dark --open-file tools/weather_tool.py
rm -rf "$WORK"
