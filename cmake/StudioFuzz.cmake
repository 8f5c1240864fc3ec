# STUDIO_FUZZ=ON: the libFuzzer targets in fuzz/ (clang only; scripts/fuzz.sh configures it).
# Every target of the build is compiled with coverage instrumentation for libFuzzer and with
# AddressSanitizer + UndefinedBehaviorSanitizer (UB aborts, so libFuzzer sees it as a crash); the
# fuzz targets link libFuzzer's main. The normal (gcc) build never includes this file.
#
# STUDIO_FUZZ_YAML_CPP_SOURCE=DIR: build yaml-cpp from that source tree with the same
# instrumentation (so the fuzzer is guided inside the YAML parser, and ASan sees its memory)
# instead of the system library. scripts/fuzz.sh uses yaml-cpp 0.7.0 (Debian 12's version) when a
# checkout of it is on the machine.
if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  message(FATAL_ERROR "STUDIO_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++ "
                      "(scripts/fuzz.sh does)")
endif()
set(STUDIO_FUZZ_FLAGS "-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer")
string(APPEND CMAKE_CXX_FLAGS " ${STUDIO_FUZZ_FLAGS}")
string(APPEND CMAKE_C_FLAGS " ${STUDIO_FUZZ_FLAGS}")
string(APPEND CMAKE_EXE_LINKER_FLAGS " -fsanitize=address,undefined")
string(APPEND CMAKE_SHARED_LINKER_FLAGS " -fsanitize=address,undefined")

set(STUDIO_FUZZ_YAML_CPP_SOURCE "" CACHE PATH "yaml-cpp source tree to build instrumented (empty: the system yaml-cpp)")
if(STUDIO_FUZZ_YAML_CPP_SOURCE)
  set(YAML_CPP_BUILD_TESTS OFF CACHE BOOL "" FORCE)
  set(YAML_CPP_BUILD_TOOLS OFF CACHE BOOL "" FORCE)
  set(YAML_CPP_BUILD_CONTRIB OFF CACHE BOOL "" FORCE)
  set(YAML_CPP_INSTALL OFF CACHE BOOL "" FORCE)
  set(YAML_BUILD_SHARED_LIBS OFF CACHE BOOL "" FORCE)
  add_subdirectory(${STUDIO_FUZZ_YAML_CPP_SOURCE} ${CMAKE_BINARY_DIR}/yaml-cpp EXCLUDE_FROM_ALL)
  set_target_properties(yaml-cpp PROPERTIES POSITION_INDEPENDENT_CODE ON)
  target_compile_options(yaml-cpp PRIVATE -w)
  message(STATUS "Fuzz build: yaml-cpp from ${STUDIO_FUZZ_YAML_CPP_SOURCE}, instrumented")
else()
  message(STATUS "Fuzz build: the system yaml-cpp (not instrumented; set STUDIO_FUZZ_YAML_CPP_SOURCE for coverage inside it)")
endif()
