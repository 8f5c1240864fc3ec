# The real dify_plugin SDK (installed from PyPI into a cached venv on first run).
set(TEST_TIMEOUT 900)
set(TEST_LABELS core e2e)
