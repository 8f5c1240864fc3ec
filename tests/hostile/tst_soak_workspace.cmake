# Hundreds of CLI processes killed with SIGKILL (short mode; STUDIO_SOAK_TRIALS/SECONDS for the long soak).
set(TEST_TIMEOUT 420)
