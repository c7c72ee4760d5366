# Consumer check, run by CTest:  cmake -DMODE=<m> -DCPGEO_ROOT=... -DWORK_DIR=... -DGENERATOR=...
#                                      -DCXX=... [-DPREFIX=...] -P check.cmake
#   subdirectory  configure + build tests/consumer with add_subdirectory(CPGEO_ROOT), run it
#   package       configure cpgeo alone (tests off), cmake --install it into PREFIX,
#                 configure + build tests/consumer with find_package (CMAKE_PREFIX_PATH=PREFIX), run
#   include       CXX -std=c++17 -I CPGEO_ROOT tests/consumer/main.cpp (warnings are errors), run
cmake_minimum_required(VERSION 3.20)

foreach(var MODE CPGEO_ROOT WORK_DIR GENERATOR CXX)
  if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
    message(FATAL_ERROR "check.cmake: -D${var}=... is required")
  endif()
endforeach()

set(consumer_src "${CPGEO_ROOT}/tests/consumer")
set(dir "${WORK_DIR}/${MODE}")
set(expected "cpgeo consumer: long long 1 -1 0 double 1 -1 0\n")
file(REMOVE_RECURSE "${dir}")
file(MAKE_DIRECTORY "${dir}")

# step(<what> <command...>): run, echo its output, stop on failure.
function(step what)
  message(STATUS "[${MODE}] ${what}: ${ARGN}")
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rv OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rv EQUAL 0)
    message(FATAL_ERROR "[${MODE}] ${what} failed (${rv})\n${out}\n${err}")
  endif()
  set(step_output "${out}" PARENT_SCOPE)
endfunction()

set(cmake_common -G "${GENERATOR}" "-DCMAKE_CXX_COMPILER=${CXX}")

if(MODE STREQUAL "include")
  set(exe "${dir}/consumer")
  step("compile" "${CXX}" -std=c++17 -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Werror
       -I "${CPGEO_ROOT}" "${consumer_src}/main.cpp" -o "${exe}")

elseif(MODE STREQUAL "subdirectory")
  step("configure" "${CMAKE_COMMAND}" -S "${consumer_src}" -B "${dir}/build" ${cmake_common}
       -DCPGEO_CONSUMER_MODE=subdirectory "-DCPGEO_ROOT=${CPGEO_ROOT}")
  step("build" "${CMAKE_COMMAND}" --build "${dir}/build")
  set(exe "${dir}/build/consumer")

elseif(MODE STREQUAL "package")
  if(NOT PREFIX)
    message(FATAL_ERROR "check.cmake: MODE=package needs -DPREFIX=...")
  endif()
  file(REMOVE_RECURSE "${PREFIX}")
  step("configure cpgeo" "${CMAKE_COMMAND}" -S "${CPGEO_ROOT}" -B "${dir}/cpgeo-build"
       ${cmake_common} -DCPGEO_TESTS=OFF -DCPGEO_BENCH=OFF)
  step("build cpgeo" "${CMAKE_COMMAND}" --build "${dir}/cpgeo-build")
  step("install cpgeo" "${CMAKE_COMMAND}" --install "${dir}/cpgeo-build" --prefix "${PREFIX}")
  foreach(f include/geometry/point.hpp include/geometry/orient.hpp
            share/cmake/cpgeo/cpgeoConfig.cmake share/cmake/cpgeo/cpgeoConfigVersion.cmake
            share/cmake/cpgeo/cpgeoTargets.cmake)
    if(NOT EXISTS "${PREFIX}/${f}")
      message(FATAL_ERROR "[package] install did not produce ${PREFIX}/${f}")
    endif()
  endforeach()
  step("configure consumer" "${CMAKE_COMMAND}" -S "${consumer_src}" -B "${dir}/build"
       ${cmake_common} -DCPGEO_CONSUMER_MODE=package "-DCMAKE_PREFIX_PATH=${PREFIX}"
       -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF)
  # It must be the installed copy that was found, not some other cpgeo.
  string(FIND "${step_output}" "from ${PREFIX}/share/cmake/cpgeo" found_at)
  if(found_at EQUAL -1)
    message(FATAL_ERROR "[package] consumer did not use the cpgeo installed in ${PREFIX}:\n${step_output}")
  endif()
  step("build consumer" "${CMAKE_COMMAND}" --build "${dir}/build")
  set(exe "${dir}/build/consumer")

else()
  message(FATAL_ERROR "check.cmake: unknown MODE '${MODE}'")
endif()

step("run" "${exe}")
if(NOT step_output STREQUAL expected)
  message(FATAL_ERROR "[${MODE}] consumer printed\n  '${step_output}'\nexpected\n  '${expected}'")
endif()
message(STATUS "[${MODE}] OK: ${step_output}")
