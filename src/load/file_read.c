/* Reading a data file whole (see file_read.h). */
#include "load/file_read.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

char *file_read_regular(const char *path, size_t max, size_t *len, char *why,
			size_t why_size)
{
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
	struct stat st;
	char *buf;
	size_t n = 0, want;

	if (fd < 0) {
		snprintf(why, why_size, "%s", strerror(errno));
		return NULL;
	}
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		snprintf(why, why_size, "not a regular file");
		close(fd);
		return NULL;
	}
	if ((unsigned long long)st.st_size > max) {
		snprintf(why, why_size, "larger than %zu bytes", max);
		close(fd);
		return NULL;
	}
	want = (size_t)st.st_size;
	buf = malloc(want + 1);
	/* (a file that shrank meanwhile ends early; one that grew is cut at
	 * the size it had) */
	while (buf && n < want) {
		ssize_t got = read(fd, buf + n, want - n);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0) {
			snprintf(why, why_size, "%s", strerror(errno));
			free(buf);
			buf = NULL;
			close(fd);
			return NULL;
		}
		if (got == 0)
			break;
		n += (size_t)got;
	}
	close(fd);
	if (!buf) {
		snprintf(why, why_size, "out of memory");
		return NULL;
	}
	buf[n] = '\0';
	*len = n;
	return buf;
}
