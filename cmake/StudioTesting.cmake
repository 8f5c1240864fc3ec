# studio_add_test(NAME SOURCES ... LIBS ... [GUI] [TIMEOUT s] [LABELS ...])
# One Qt Test executable per test, registered with ctest. GUI tests run on the offscreen platform.
function(studio_add_test name)
  cmake_parse_arguments(T "GUI" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 300)
  endif()
  qt_add_executable(${name} ${T_SOURCES})
  target_link_libraries(${name} PRIVATE studio_compile_settings Qt6::Test ${T_LIBS})
  target_compile_definitions(${name} PRIVATE
    STUDIO_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data"
    STUDIO_BUILD_DIR="${PROJECT_BINARY_DIR}")
  set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/tests)
  add_test(NAME ${name} COMMAND ${name})
  # New test workspaces keep their key in a file, so a developer's desktop keychain never collects
  # throw-away entries (tst_keychain unsets this and exercises the keychain itself).
  set(env "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=*.debug=false;LC_ALL=C.UTF-8;STUDIO_KEY_STORE=file")
  set_tests_properties(${name} PROPERTIES TIMEOUT ${T_TIMEOUT} ENVIRONMENT "${env}")
  if(T_LABELS)
    set_tests_properties(${name} PROPERTIES LABELS "${T_LABELS}")
  endif()
endfunction()
