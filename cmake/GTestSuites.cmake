# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
# Run after a GoogleTest executable is built (see lupa_discover_gtest_suites): lists its tests and writes
# one add_test() per suite to OUTPUT, so CTest starts one process per suite.
# In: EXECUTABLE, OUTPUT, LABEL, WORKING_DIRECTORY.
execute_process(COMMAND "${EXECUTABLE}" --gtest_list_tests
                OUTPUT_VARIABLE listing RESULT_VARIABLE result TIMEOUT 120)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${EXECUTABLE} --gtest_list_tests failed (${result}):\n${listing}")
endif()
string(REPLACE ";" "," listing "${listing}")
string(REPLACE "\n" ";" lines "${listing}")
set(content "")
set(count 0)
foreach(line IN LISTS lines)
    # A suite line starts in column 0 and ends with '.', maybe followed by "  # TypeParam = ...".
    if(line MATCHES "^([^ ]+)\\.( +#.*)?$")
        set(suite "${CMAKE_MATCH_1}")
        string(APPEND content "add_test([==[${suite}]==] [==[${EXECUTABLE}]==] [==[--gtest_filter=${suite}.*]==])\n"
               "set_tests_properties([==[${suite}]==] PROPERTIES LABELS [==[${LABEL}]==]"
               " WORKING_DIRECTORY [==[${WORKING_DIRECTORY}]==])\n")
        math(EXPR count "${count} + 1")
    endif()
endforeach()
if(count EQUAL 0)
    message(FATAL_ERROR "${EXECUTABLE} lists no test suite")
endif()
file(WRITE "${OUTPUT}.tmp" "${content}")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
