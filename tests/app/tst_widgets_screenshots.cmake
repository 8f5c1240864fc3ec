set(TEST_TIMEOUT 240)
set(TEST_LABELS app screenshots)
