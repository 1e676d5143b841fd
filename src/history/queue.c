/* The queue file: appended under an exclusive lock, sent under the same
 * lock, rewritten with what is left. */
#include "history/queue.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "history/codec.h"
#include "load/answers_io.h"

#define QUEUE_MAX_BYTES (64L * 1024 * 1024)

/* the queue opened and locked; a symlink or someone else's file refused */
static int open_locked(const char *path, int flags, char *why, size_t why_size)
{
	int fd = open(path, flags | O_NOFOLLOW | O_CLOEXEC, 0600);
	struct stat st;

	if (fd < 0) {
		snprintf(why, why_size, "the history queue %s: %s", path,
				 errno == ELOOP ? "it is a symlink" : strerror(errno));
		return -1;
	}
	if (flock(fd, LOCK_EX) != 0 || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) ||
	    st.st_uid != getuid()) {
		snprintf(why, why_size, "the history queue %s is not a file of this user", path);
		close(fd);
		return -1;
	}
	if ((st.st_mode & 0777) != 0600)
		fchmod(fd, 0600);
	return fd;
}

bool queue_append(const char *path, const hist_record *rec, char *why, size_t why_size)
{
	char *line = codec_record_line(rec);
	int fd;
	bool ok;

	if (!line) {
		snprintf(why, why_size, "out of memory");
		return false;
	}
	fd = open_locked(path, O_WRONLY | O_CREAT | O_APPEND, why, why_size);
	ok = fd >= 0 && file_write_all(fd, line, strlen(line)) && fsync(fd) == 0;
	if (fd >= 0 && !ok)
		snprintf(why, why_size, "cannot write the history queue %s: %s", path,
			 strerror(errno));
	if (fd >= 0)
		close(fd);
	free(line);
	return ok;
}

/* the whole file, NUL-terminated */
static char *read_all(int fd)
{
	struct stat st;
	char *buf;
	size_t got = 0;

	if (fstat(fd, &st) != 0 || st.st_size > QUEUE_MAX_BYTES)
		return NULL;
	buf = malloc((size_t)st.st_size + 1);
	while (buf && got < (size_t)st.st_size) {
		ssize_t r = read(fd, buf + got, (size_t)st.st_size - got);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		got += (size_t)r;
	}
	if (buf)
		buf[got] = '\0';
	return buf;
}

bool queue_send(const char *path, hist_store *s, size_t *sent, char *why, size_t why_size)
{
	int fd;
	char *text, *p, *left;
	bool ok = true;

	*sent = 0;
	if (access(path, F_OK) != 0)
		return true; /* nothing was ever queued */
	fd = open_locked(path, O_RDWR, why, why_size);
	if (fd < 0)
		return false;
	text = read_all(fd);
	if (!text) {
		snprintf(why, why_size, "cannot read the history queue %s", path);
		close(fd);
		return false;
	}
	/* all in one transaction: sent, or still all queued, never twice */
	ok = hist_store_begin(s, why, why_size);
	for (p = text; ok && *p;) {
		char *nl = strchr(p, '\n');
		hist_record rec;
		if (!nl)
			break; /* a line cut short by a crash: kept, never sent half */
		*nl = '\0';
		if (codec_record_parse(p, &rec)) {
			ok = hist_store_add(s, &rec, why, why_size);
			hist_record_clear(&rec);
			(*sent)++;
		}
		*nl = '\n';
		p = nl + 1;
	}
	if (ok)
		ok = hist_store_commit(s, why, why_size);
	else
		hist_store_rollback(s);
	if (!ok) {
		*sent = 0;
		close(fd);
		free(text);
		return false;
	}
	/* what is left (a line cut short) stays, at the start of the file */
	left = p;
	if (ftruncate(fd, 0) != 0 || lseek(fd, 0, SEEK_SET) != 0 ||
	    !file_write_all(fd, left, strlen(left)) || fsync(fd) != 0) {
		snprintf(why, why_size, "cannot rewrite the history queue %s: %s", path,
			 strerror(errno));
		ok = false;
	}
	/* an empty file stays: a program waiting to append holds it open */
	close(fd);
	free(text);
	return ok;
}
