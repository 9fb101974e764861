# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
# Helpers that give every lupa library, executable and test the same shape.

# Compiler warnings for lupa's own code (third-party headers come in as SYSTEM).
function(lupa_set_warnings target)
    target_compile_options(${target} PRIVATE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual -Wno-missing-field-initializers)
    if(LUPA_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    if(CMAKE_UNITY_BUILD AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        # In a unity build a .cpp is an included file, so g++ takes its anonymous-namespace types used by a
        # pimpl's Impl for a header's (-Wsubobject-linkage); they are not.
        target_compile_options(${target} PRIVATE -Wno-subobject-linkage)
    endif()
endfunction()

# Runs a test command under a private Xvfb server; parallel tests each get their own (see the script).
set(LUPA_WITH_XVFB ${CMAKE_CURRENT_LIST_DIR}/with-xvfb.sh)
set(LUPA_GTEST_SUITES_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/GTestSuites.cmake)

# Load only the shared libraries a binary really uses: libtorch alone costs ~0.9 s of start-up.
add_link_options(LINKER:--as-needed)

# lld links lupa-cli in 0.3 s where GNU ld takes 2.3 s; a build links ~150 binaries.
if(LUPA_USE_LLD)
    find_program(LUPA_LLD_PROGRAM ld.lld)
    if(LUPA_LLD_PROGRAM)
        add_link_options(-fuse-ld=lld)
    endif()
endif()

if(LUPA_FUZZ)
    # Coverage for libFuzzer in every library; the fuzz targets add -fsanitize=fuzzer (with main).
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                        -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()

if(LUPA_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()

# lupa_add_library(<name> SOURCES ... [PUBLIC_DEPS ...] [PRIVATE_DEPS ...])
# Makes target lupa_<name> with alias lupa::<name>; public headers live in <dir>/include/lupa/<name>/.
function(lupa_add_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_DEPS;PRIVATE_DEPS" ${ARGN})
    add_library(lupa_${name} STATIC ${ARG_SOURCES})
    add_library(lupa::${name} ALIAS lupa_${name})
    target_include_directories(lupa_${name} PUBLIC
        $<BUILD_INTERFACE:${CMAKE_CURRENT_SOURCE_DIR}/include>
        $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
    target_include_directories(lupa_${name} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/src)
    target_link_libraries(lupa_${name} PUBLIC ${ARG_PUBLIC_DEPS} PRIVATE ${ARG_PRIVATE_DEPS})
    lupa_set_warnings(lupa_${name})
    file(GLOB_RECURSE headers CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/include/*.hpp)
    set_property(GLOBAL APPEND PROPERTY LUPA_HEADER_LIBS lupa_${name})
    set_property(GLOBAL PROPERTY LUPA_HEADERS_lupa_${name} "${headers}")
endfunction()

# One translation unit per public header, each including only that header: proves headers are self-contained.
function(lupa_add_header_check)
    get_property(libs GLOBAL PROPERTY LUPA_HEADER_LIBS)
    set(sources "")
    foreach(lib IN LISTS libs)
        get_property(headers GLOBAL PROPERTY LUPA_HEADERS_${lib})
        foreach(header IN LISTS headers)
            string(REGEX REPLACE ".*/include/" "" rel "${header}")
            string(MAKE_C_IDENTIFIER "${rel}" id)
            set(tu ${CMAKE_BINARY_DIR}/header_check/${id}.cpp)
            file(CONFIGURE OUTPUT ${tu} CONTENT "#include <${rel}>\n")
            list(APPEND sources ${tu})
        endforeach()
    endforeach()
    add_library(lupa_header_check OBJECT ${sources})
    # Each header alone in its own translation unit is the point of the check.
    set_target_properties(lupa_header_check PROPERTIES UNITY_BUILD OFF)
    target_link_libraries(lupa_header_check PRIVATE ${libs})
    lupa_set_warnings(lupa_header_check)
endfunction()

# lupa_add_gtest(<name> SOURCES ... DEPS ... [LABELS <label> ...])
# A GoogleTest executable whose tests CTest discovers one by one, or suite by suite with LUPA_TESTS_PER_SUITE
# (tests that need a display are registered with add_test(... COMMAND ${LUPA_WITH_XVFB} ...) instead; see
# tests/widgets).
function(lupa_add_gtest name)
    cmake_parse_arguments(ARG "" "" "SOURCES;DEPS;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE ${ARG_DEPS} GTest::gtest GTest::gmock GTest::gtest_main)
    target_compile_definitions(${name} PRIVATE LUPA_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        LUPA_SHARED_DATA_DIR="${PROJECT_SOURCE_DIR}/../shared/data")
    lupa_set_warnings(${name})
    include(GoogleTest)
    # gtest_discover_tests cannot pass a list through PROPERTIES: join the labels into one.
    string(JOIN "-" label ${ARG_LABELS})
    if(LUPA_TESTS_PER_SUITE)
        lupa_discover_gtest_suites(${name} "${label}")
    else()
        gtest_discover_tests(${name} DISCOVERY_TIMEOUT 60 PROPERTIES LABELS "${label}")
    endif()
endfunction()

# One CTest case per suite of a GoogleTest executable, found after each build by GTestSuites.cmake.
# Under the sanitizers every process start costs up to 2.5 s (libtorch's static initialisation and the
# leak check at exit), so the asan preset runs suites, not single tests.
function(lupa_discover_gtest_suites name label)
    set(suites ${CMAKE_CURRENT_BINARY_DIR}/${name}_suites.cmake)
    set(include ${CMAKE_CURRENT_BINARY_DIR}/${name}_include.cmake)
    add_custom_command(TARGET ${name} POST_BUILD
        COMMAND ${CMAKE_COMMAND} -D EXECUTABLE=$<TARGET_FILE:${name}> -D OUTPUT=${suites} -D LABEL=${label}
                -D WORKING_DIRECTORY=${CMAKE_CURRENT_BINARY_DIR} -P ${LUPA_GTEST_SUITES_SCRIPT}
        BYPRODUCTS ${suites} VERBATIM)
    file(WRITE ${include} "if(EXISTS \"${suites}\")\n  include(\"${suites}\")\nelse()\n"
         "  add_test(${name}_NOT_BUILT ${name}_NOT_BUILT)\nendif()\n")
    set_property(DIRECTORY APPEND PROPERTY TEST_INCLUDE_FILES ${include})
endfunction()
