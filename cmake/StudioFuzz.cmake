# STUDIO_FUZZ=ON: the libFuzzer targets in fuzz/ (clang only; scripts/fuzz.sh configures it).
# Every target of the build is compiled with coverage instrumentation for libFuzzer and with
# AddressSanitizer + UndefinedBehaviorSanitizer (UB aborts, so libFuzzer sees it as a crash); the
# fuzz targets link libFuzzer's main. The normal (gcc) build never includes this file.
#
# The YAML scanner is the system libyaml (a C library, not instrumented): the fuzzer is guided by
# our own code around it (core/yaml), where the trees, marks and conversions are built.
if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  message(FATAL_ERROR "STUDIO_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++ "
                      "(scripts/fuzz.sh does)")
endif()
set(STUDIO_FUZZ_FLAGS "-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer")
string(APPEND CMAKE_CXX_FLAGS " ${STUDIO_FUZZ_FLAGS}")
string(APPEND CMAKE_C_FLAGS " ${STUDIO_FUZZ_FLAGS}")
string(APPEND CMAKE_EXE_LINKER_FLAGS " -fsanitize=address,undefined")
string(APPEND CMAKE_SHARED_LINKER_FLAGS " -fsanitize=address,undefined")
