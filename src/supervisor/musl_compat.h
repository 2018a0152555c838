// Force-included (-include) into every source of the supervisor when it is built against musl
// (src/CMakeLists.txt says why and how). Debian's libstdc++ headers were configured for glibc:
// they test glibc's version and name glibc's locale type. Nothing here changes what the code
// means: the C++ library parts the supervisor uses (strings, containers, exceptions) call
// only the C functions every libc has.
#pragma once

// os_defines.h asks "glibc 2.27 or later?" to learn that pthread functions live in libc
// itself and that pthread_self() may be used without libpthread: true of musl too.
#define __GLIBC_PREREQ(maj, min) 1

#ifdef __cplusplus
#include <locale.h>
// c++locale.h names glibc's spelling of locale_t. The supervisor uses no std::locale (no
// iostreams): this only lets the headers parse.
typedef locale_t __locale_t;
// ctype_base.h builds std::ctype's masks from glibc's <ctype.h> bits (glibc's values, for the
// same reason: to parse; std::ctype is not used).
enum {
  _ISupper = 1 << 8,
  _ISlower = 1 << 9,
  _ISalpha = 1 << 10,
  _ISdigit = 1 << 11,
  _ISxdigit = 1 << 12,
  _ISspace = 1 << 13,
  _ISprint = 1 << 14,
  _ISgraph = 1 << 15,
  _ISblank = 1 << 0,
  _IScntrl = 1 << 1,
  _ISpunct = 1 << 2,
  _ISalnum = 1 << 3
};
// glibc 2.30's timed waits on a chosen clock, which <mutex> and <condition_variable> name in
// inline code. Declared so that the headers parse; the supervisor has one thread and waits in
// epoll, and the link fails should anything ever call one.
#include <pthread.h>
#include <time.h>
extern "C" int pthread_cond_clockwait(pthread_cond_t*, pthread_mutex_t*, clockid_t, const struct timespec*);
extern "C" int pthread_mutex_clocklock(pthread_mutex_t*, clockid_t, const struct timespec*);
#endif
