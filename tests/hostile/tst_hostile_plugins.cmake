# Real plugin processes that misbehave; each case waits at most a kill grace.
set(TEST_TIMEOUT 180)
