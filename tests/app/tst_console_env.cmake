# Builds real virtual environments (venv + pip, offline from wheels the test writes) several times.
set(TEST_TIMEOUT 600)
set(TEST_LABELS app;slow)
