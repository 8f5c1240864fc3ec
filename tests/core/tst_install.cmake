# Builds and signs packages, runs loopback servers and one real venv preparation.
set(TEST_TIMEOUT 600)
