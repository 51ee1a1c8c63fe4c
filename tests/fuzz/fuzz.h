/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz.h - what the libFuzzer harnesses share (tests/fuzz/fuzz-*.c).
 *
 * Built by scripts/fuzz with clang -fsanitize=fuzzer,address,undefined.
 * Warnings are silenced (gir_quiet); output goes to /dev/null.  An
 * invariant that the library promises and the input breaks is reported
 * with fuzz_fail(), which aborts so that libFuzzer saves the input. */
#ifndef GIR_FUZZ_H
#define GIR_FUZZ_H

#define _GNU_SOURCE
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "gir.h"

static int fuzz_devnull = -1;

static void
fuzz_init(void)
{
    gir_quiet = 1;
    gir_progname = "gir-fuzz";
    if (fuzz_devnull < 0)
        fuzz_devnull = open("/dev/null", O_WRONLY | O_CLOEXEC);
}

#define fuzz_fail(...) do { \
        fprintf(stderr, "fuzz invariant broken at %s:%d: ", __FILE__, __LINE__); \
        fprintf(stderr, __VA_ARGS__); \
        fputc('\n', stderr); \
        abort(); \
    } while (0)

/* A memory file holding DATA[0..LEN), opened through /proc; its path
 * (for gir_in_open) in PATH.  Returns the memfd, to close afterwards. */
static int
fuzz_memfile(const uint8_t *data, size_t len, char *path, size_t size)
{
    int fd = memfd_create("gir-fuzz", MFD_CLOEXEC);
    if (fd < 0) {
        perror("memfd_create");
        abort();
    }
    size_t off = 0;
    while (off < len) {
        ssize_t n = write(fd, data + off, len - off);
        if (n <= 0) {
            perror("write memfd");
            abort();
        }
        off += (size_t) n;
    }
    snprintf(path, size, "/proc/self/fd/%d", fd);
    return fd;
}

#endif
