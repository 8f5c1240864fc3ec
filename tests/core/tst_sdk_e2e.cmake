# Installs the real dify_plugin 0.7.x from PyPI on the first run (cached afterwards).
set(TEST_TIMEOUT 900)
set(TEST_LABELS core;slow;e2e)
