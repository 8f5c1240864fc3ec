# The CI stage installs the real dify_plugin from PyPI on Python 3.12 on the first run (cached in
# the build tree afterwards).
set(TEST_TIMEOUT 900)
set(TEST_LABELS core;slow;e2e)
