# Building one C++ target against musl instead of glibc, with the system's g++ and its static
# libstdc++ (Debian has no musl build of libstdc++).
#
# Why: the per-pod supervisor is a static program, and what stays resident for every running
# pod is mostly the text of that program that the kernel maps (it maps file pages around each
# one touched). A static glibc brings about 650 KB of its own text to any program, touched or
# mapped at start; musl about 50 KB (docs/benchmarks.md, memory per pod).
#
# How: the C headers are musl's (-nostdinc, then libstdc++'s headers, musl's, the kernel's and
# GCC's own); the link is -nostdlib with musl's start files and libc.a, and libstdc++.a,
# libgcc.a and libgcc_eh.a from GCC. This is sound for the parts of libstdc++ that call only
# the C functions every libc has: strings, containers, exceptions, std::function, chrono.
# Not for iostreams, std::locale or std::filesystem, which are built on glibc's locale and
# stdio internals: the target must not use them (common/files.h is what it uses instead), and
# a check after the link fails the build when one of them got in.
#
# podrun_find_musl() sets PODRUN_MUSL_FOUND and the paths; podrun_use_musl(target) applies it.

function(podrun_find_musl)
  set(PODRUN_MUSL_FOUND OFF PARENT_SCOPE)
  find_program(MUSL_GCC musl-gcc)
  if(NOT MUSL_GCC OR NOT CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    return()
  endif()
  # Debian's musl-gcc is a script naming its specs file; the specs name musl's directories.
  file(READ ${MUSL_GCC} wrapper)
  if(NOT wrapper MATCHES "-specs \"?([^\" ]+)\"?")
    return()
  endif()
  file(READ ${CMAKE_MATCH_1} specs)
  if(NOT specs MATCHES "-isystem ([^ \n]+)" )
    return()
  endif()
  set(include_dir ${CMAKE_MATCH_1})
  if(NOT specs MATCHES "-L([^ \n]+)")
    return()
  endif()
  set(lib_dir ${CMAKE_MATCH_1})
  foreach(f crt1.o crti.o crtn.o libc.a)
    if(NOT EXISTS ${lib_dir}/${f})
      return()
    endif()
  endforeach()
  # GCC's pieces: its own headers and start files, the static C++ runtime.
  foreach(name include crtbeginT.o crtend.o libstdc++.a libgcc.a libgcc_eh.a)
    execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=${name}
                    OUTPUT_VARIABLE path OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(NOT IS_ABSOLUTE "${path}" OR NOT EXISTS "${path}")
      return()
    endif()
    string(MAKE_C_IDENTIFIER ${name} key)
    set(gcc_${key} ${path})
  endforeach()
  set(cxx_dirs)
  foreach(d ${CMAKE_CXX_IMPLICIT_INCLUDE_DIRECTORIES})
    if(d MATCHES "c\\+\\+")
      list(APPEND cxx_dirs ${d})
    endif()
  endforeach()
  if(NOT cxx_dirs)
    return()
  endif()
  set(PODRUN_MUSL_FOUND ON PARENT_SCOPE)
  set(PODRUN_MUSL_INCLUDE_DIR ${include_dir} PARENT_SCOPE)
  set(PODRUN_MUSL_LIB_DIR ${lib_dir} PARENT_SCOPE)
  set(PODRUN_MUSL_CXX_INCLUDE_DIRS ${cxx_dirs} PARENT_SCOPE)
  set(PODRUN_GCC_INCLUDE_DIR ${gcc_include} PARENT_SCOPE)
  set(PODRUN_GCC_CRTBEGIN ${gcc_crtbeginT_o} PARENT_SCOPE)
  set(PODRUN_GCC_CRTEND ${gcc_crtend_o} PARENT_SCOPE)
  set(PODRUN_GCC_RUNTIME ${gcc_libstdc___a} ${gcc_libgcc_a} ${gcc_libgcc_eh_a} PARENT_SCOPE)
endfunction()

# `headers`: system headers the target needs besides the C library's (kernel headers, header-
# only libraries), as paths relative to /usr/include. They are reached through a directory of
# symlinks, so that /usr/include itself (glibc's headers) is never on the search path.
function(podrun_use_musl target compat_header)
  cmake_parse_arguments(ARG "" "" "HEADERS;LIBRARIES" ${ARGN})
  set(extra ${CMAKE_CURRENT_BINARY_DIR}/${target}-musl-include)
  file(MAKE_DIRECTORY ${extra})
  foreach(h ${ARG_HEADERS})
    set(from /usr/include/${h})
    if(h STREQUAL "asm")
      set(from /usr/include/${CMAKE_LIBRARY_ARCHITECTURE}/asm)
    endif()
    if(NOT EXISTS ${from})
      message(FATAL_ERROR "podrun_use_musl: ${from} is missing")
    endif()
    file(CREATE_LINK ${from} ${extra}/${h} SYMBOLIC)
  endforeach()
  # SHELL: keeps each "-isystem DIR" pair (CMake de-duplicates repeated options otherwise).
  set(flags -nostdinc)
  foreach(d ${PODRUN_MUSL_CXX_INCLUDE_DIRS} ${PODRUN_MUSL_INCLUDE_DIR} ${extra} ${PODRUN_GCC_INCLUDE_DIR})
    list(APPEND flags "SHELL:-isystem ${d}")
  endforeach()
  list(APPEND flags "SHELL:-include ${compat_header}" -U_FORTIFY_SOURCE)
  target_compile_options(${target} PRIVATE ${flags})
  target_link_options(${target} PRIVATE -static -nostdlib
    ${PODRUN_MUSL_LIB_DIR}/crt1.o ${PODRUN_MUSL_LIB_DIR}/crti.o ${PODRUN_GCC_CRTBEGIN})
  target_link_libraries(${target} PRIVATE ${ARG_LIBRARIES}
    -Wl,--start-group ${PODRUN_GCC_RUNTIME} ${PODRUN_MUSL_LIB_DIR}/libc.a -Wl,--end-group
    ${PODRUN_GCC_CRTEND} ${PODRUN_MUSL_LIB_DIR}/crtn.o)
  # The parts of libstdc++ built on glibc's internals must not be in the program (see above).
  add_custom_command(TARGET ${target} POST_BUILD
    COMMAND sh -c "if nm -C \"$1\" | grep -E ' (std::locale::|std::ios_base::|std::filesystem::)' | head -3 | grep .; then echo \"$1: linked against musl, but uses iostreams, std::locale or std::filesystem (cmake/musl.cmake)\" >&2; rm -f \"$1\"; exit 1; fi" check $<TARGET_FILE:${target}>
    VERBATIM)
endfunction()
