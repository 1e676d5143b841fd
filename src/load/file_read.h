/* A data file read whole into memory: only a regular file (a FIFO, a
 * device such as /dev/zero or a folder is refused before any read, never
 * waited on), and only up to a size that file cannot honestly exceed. */
#ifndef ED_FILE_READ_H
#define ED_FILE_READ_H

#include <stddef.h>

/* the bytes of `path` with a NUL after them (malloc'd), their count in
 * *len; NULL with a short reason in why (the system's, "not a regular
 * file", "larger than N bytes", "out of memory") */
char *file_read_regular(const char *path, size_t max, size_t *len, char *why,
			size_t why_size);

#endif
