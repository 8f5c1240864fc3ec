# The real OS keychain: a second run inside a private D-Bus session with a throw-away
# gnome-keyring (unlocked with a test password, its files under the build folder), where an
# unreachable keychain is a failure (STUDIO_EXPECT_KEYCHAIN=1). Needs `gnome-keyring` and
# `dbus-daemon` (scripts/bootstrap.sh); without them only the plain run exists and it verifies the
# file fallback.
set(TEST_TIMEOUT 120)
find_program(STUDIO_DBUS_RUN_SESSION dbus-run-session)
find_program(STUDIO_GNOME_KEYRING_DAEMON gnome-keyring-daemon)
if(STUDIO_DBUS_RUN_SESSION AND STUDIO_GNOME_KEYRING_DAEMON)
  set(_kc_home ${PROJECT_BINARY_DIR}/tests/keychain-home)
  add_test(NAME tst_keychain_session
    COMMAND ${CMAKE_COMMAND} -E env HOME=${_kc_home} XDG_DATA_HOME=${_kc_home}/data XDG_RUNTIME_DIR=${_kc_home}/run
            STUDIO_EXPECT_KEYCHAIN=1 QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
            ${STUDIO_DBUS_RUN_SESSION} -- sh -c
            "rm -rf ${_kc_home} && mkdir -p \"$XDG_DATA_HOME\" \"$XDG_RUNTIME_DIR\" && chmod 700 \"$XDG_RUNTIME_DIR\" && printf studio-tests | ${STUDIO_GNOME_KEYRING_DAEMON} --unlock --components=secrets >/dev/null && exec \"$0\""
            $<TARGET_FILE:tst_keychain>)
  set_tests_properties(tst_keychain_session PROPERTIES TIMEOUT 120 LABELS core)
endif()
