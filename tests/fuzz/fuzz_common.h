/* Shared by the libFuzzer targets: an input becomes a file without
 * touching the disk (a memfd, read through /proc/self/fd like any path),
 * and a reader that disagrees with iniparser is a finding. */
#ifndef ED_FUZZ_COMMON_H
#define ED_FUZZ_COMMON_H

#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "core/error.h"
#include "load/ini.h"

/* a memfd holding data[0..size); its path in path */
static inline int fuzz_file(const uint8_t *data, size_t size, char *path, size_t psize)
{
	int fd = memfd_create("fuzz", MFD_CLOEXEC);
	if (fd < 0) {
		perror("memfd_create");
		abort();
	}
	if (size && write(fd, data, size) != (ssize_t)size)
		abort();
	snprintf(path, psize, "/proc/self/fd/%d", fd);
	return fd;
}

/* replaces the content of memfd fd */
static inline void fuzz_refill(int fd, const void *data, size_t size)
{
	if (ftruncate(fd, 0) != 0 || pwrite(fd, data, size, 0) != (ssize_t)size)
		abort();
}

/* A message must be one printable line, and the scan and iniparser must
 * agree on every file the scan accepts. */
static inline void fuzz_check_message(const ed_error *e)
{
	for (const unsigned char *p = (const unsigned char *)e->msg; *p; p++)
		if (*p < 0x20 || *p == 0x7f || (p[0] == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f)) {
			fprintf(stderr, "control character in message: %s\n", e->msg);
			abort();
		}
	if (ini_disagreements) {
		fprintf(stderr, "reader and iniparser disagree: %s\n", e->msg);
		abort();
	}
}

#endif
