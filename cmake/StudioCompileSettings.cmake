# Compile settings shared by every target (qBittorrent's qbt_common_cfg idea).
add_library(studio_compile_settings INTERFACE)
target_compile_definitions(studio_compile_settings INTERFACE
  QT_NO_CAST_TO_ASCII
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_USE_QSTRINGBUILDER
  QT_DISABLE_DEPRECATED_BEFORE=0x060400
  STUDIO_VERSION="${PROJECT_VERSION}")
# No absolute path of the checkout in the shared definitions: the libraries then compile to the
# same objects in every checkout, and ccache (base_dir) shares them. Tests get the paths they need.
target_compile_options(studio_compile_settings INTERFACE
  -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Woverloaded-virtual)
target_include_directories(studio_compile_settings INTERFACE ${PROJECT_SOURCE_DIR})
if(STUDIO_WERROR)
  target_compile_options(studio_compile_settings INTERFACE -Werror)
  target_compile_definitions(studio_compile_settings INTERFACE QT_FORCE_ASSERTS _GLIBCXX_ASSERTIONS)
endif()
if(STUDIO_SANITIZE)
  target_compile_options(studio_compile_settings INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(studio_compile_settings INTERFACE -fsanitize=address,undefined)
endif()
