/* Drafts: where they live, how they are written, listed and expired. */
#include "load/drafts.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/sorted.h"
#include "core/text.h"
#include "load/answers_io.h"
#include "load/paths.h"

#define FOCUS_LINE "; focus = "
/* "; value = section.key HEX": a value the INI form cannot carry (both
 * kinds of quote with a quote first, ...), in hex, on as many lines as it
 * takes (a line of the reader holds at most 1000 bytes) */
#define VALUE_LINE "; value = "
#define VALUE_LINE_BYTES 200
#define LOCK_SUFFIX ".lock"

bool drafts_dir(char *out, size_t size, char *why, size_t why_size)
{
	char reason[600];

	if (paths_user_dir("XDG_STATE_HOME", ".local/state", "drafts", out, size, reason,
			   sizeof reason))
		return true;
	snprintf(why, why_size, "drafts are off: %s", reason);
	return false;
}

bool drafts_writable(const char *dir, char *why, size_t why_size)
{
	char probe[1100];
	int fd, e = 0;

	snprintf(probe, sizeof probe, "%s/.probe-%ld", dir, (long)getpid());
	fd = open(probe, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
	if (fd < 0) {
		e = errno;
	} else {
		/* a draft's size, flushed: a full disk says so only then */
		char block[1024] = {0};
		if (write(fd, block, sizeof block) != (ssize_t)sizeof block || fsync(fd) != 0)
			e = errno ? errno : ENOSPC;
		if (close(fd) != 0 && !e)
			e = errno;
		unlink(probe);
	}
	if (!e)
		return true;
	snprintf(why, why_size, "drafts are off: cannot write in %s: %s", dir, strerror(e));
	return false;
}

static void lock_name(const char *path, char *out, size_t size)
{
	snprintf(out, size, "%s" LOCK_SUFFIX, path);
}

int drafts_lock(const char *path, bool *in_use)
{
	char lock[1100];
	int fd;

	*in_use = false;
	lock_name(path, lock, sizeof lock);
	fd = open(lock, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
	if (fd < 0)
		return -1;
	if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
		*in_use = errno == EWOULDBLOCK;
		close(fd);
		return -1;
	}
	return fd;
}

void drafts_unlock(int fd, const char *path, bool remove)
{
	char lock[1100];

	if (fd < 0)
		return;
	if (remove) { /* while still held: no one else took this lock file */
		lock_name(path, lock, sizeof lock);
		unlink(lock);
	}
	close(fd);
}

/* true when another process holds the draft's lock (a probe that takes
 * and at once gives back a shared lock) */
static bool lock_held(const char *path)
{
	char lock[1100];
	int fd;
	bool held;

	lock_name(path, lock, sizeof lock);
	fd = open(lock, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0)
		return false;
	held = flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK;
	close(fd);
	return held;
}

void drafts_new_path(const char *dir, time_t now, char *out, size_t size)
{
	struct tm tm;
	static unsigned seq;

	gmtime_r(&now, &tm);
	/* the pid and a sequence number: two checks of one second never share */
	snprintf(out, size, "%s/draft-%04d%02d%02d-%02d%02d%02d-%ld-%u.ini", dir,
		 tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min,
		 tm.tm_sec, (long)getpid(), seq++);
}

bool drafts_write(const char *path, const ed_raw_answers *raw, const char *focus,
		  ed_error *err)
{
	ed_raw_answers plain = *raw; /* borrows the values: never freed here */
	text_buf b = {0};

	for (int i = 0; i < AK_COUNT; i++)
		if (plain.val[i] && !answers_value_writable(plain.val[i]))
			plain.val[i] = NULL;
	if (!answers_text(path, &plain, &b, err))
		return false;
	/* what the INI form cannot carry, in hex: the draft keeps everything */
	for (int i = 0; i < AK_COUNT; i++) {
		if (!raw->val[i] || plain.val[i])
			continue;
		const unsigned char *p = (const unsigned char *)raw->val[i];
		for (size_t k = 0; p[k]; k++) {
			if (k % VALUE_LINE_BYTES == 0)
				text_buf_printf(&b, "%s" VALUE_LINE "%s.%s ", k ? "\n" : "",
						answer_fields[i].section, answer_fields[i].key);
			text_buf_printf(&b, "%02x", p[k]);
		}
		text_buf_add(&b, "\n");
	}
	if (focus && *focus && strlen(focus) < 100)
		text_buf_printf(&b, FOCUS_LINE "%s\n", focus);
	return file_save_buf(path, &b, err);
}

/* "section.key HEX" of a value line, appended to its key's text in kept
 * (the draft's flow names the key) */
static void read_value(const char *rest, ed_flow flow, text_buf kept[AK_COUNT])
{
	char name[96];
	const char *hex = strchr(rest, ' ');
	const ed_answer_field *f;
	size_t n;

	if (!hex || (size_t)(hex - rest) >= sizeof name)
		return;
	snprintf(name, sizeof name, "%.*s", (int)(hex - rest), rest);
	f = answers_field(flow, name, NULL);
	hex++;
	n = strspn(hex, "0123456789abcdef");
	if (!f || n % 2 || hex[n])
		return;
	for (size_t i = 0; i < n; i += 2) {
		unsigned byte;
		char c;
		if (sscanf(hex + i, "%2x", &byte) != 1 || byte == 0)
			return;
		c = (char)byte;
		text_buf_addn(&kept[f->id], &c, 1);
	}
}

/* the comment lines of a draft: the focused field, the values in hex
 * (never over a value of the INI part) */
static void read_comments(const char *path, ed_raw_answers *raw, char *focus, size_t size)
{
	FILE *f = fopen(path, "r");
	text_buf kept[AK_COUNT];
	char line[2048];
	ed_flow flow;

	if (focus && size)
		focus[0] = '\0';
	if (!f)
		return;
	memset(kept, 0, sizeof kept);
	if (!flow_parse(raw_get(raw, AK_FLOW), &flow))
		flow = FLOW_BOTH;
	while (fgets(line, sizeof line, f)) {
		text_trim(line);
		if (focus && !strncmp(line, FOCUS_LINE, strlen(FOCUS_LINE)))
			snprintf(focus, size, "%s", line + strlen(FOCUS_LINE));
		else if (!strncmp(line, VALUE_LINE, strlen(VALUE_LINE)))
			read_value(line + strlen(VALUE_LINE), flow, kept);
	}
	fclose(f);
	for (int i = 0; i < AK_COUNT; i++) {
		if (kept[i].s && !raw->val[i])
			raw_set(raw, (ed_answer_key)i, kept[i].s);
		text_buf_free(&kept[i]);
	}
}

bool drafts_read(const char *path, ed_raw_answers *raw, char *focus, size_t focus_size,
		 ed_error *err)
{
	if (!answers_load(path, raw, err))
		return false;
	read_comments(path, raw, focus, focus_size);
	return true;
}

static bool is_draft_name(const char *name)
{
	size_t n = strlen(name);
	return !strncmp(name, "draft-", 6) && n > 10 && !strcmp(name + n - 4, ".ini");
}

static int newest_first(const void *a, const void *b)
{
	const draft_info *x = a, *y = b;
	if (x->saved != y->saved)
		return x->saved < y->saved ? 1 : -1;
	/* two drafts of one second (a PID in the name is no order) */
	if (x->saved_ns != y->saved_ns)
		return x->saved_ns < y->saved_ns ? 1 : -1;
	return strcmp(y->path, x->path);
}

/* the letters of s (a nationality as typed), nothing else: a draft's
 * line shows them, never a control character */
static void letters_of(const char *s, char *out, size_t size)
{
	size_t k = 0;

	for (; s && *s && k + 1 < size; s++)
		if (isalpha((unsigned char)*s))
			out[k++] = *s;
	out[k] = '\0';
}

size_t drafts_list(const char *dir, draft_info *out, size_t max)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	draft_info all[64];
	size_t n = 0;

	if (!d)
		return 0;
	while ((e = readdir(d)) != NULL && n < sizeof all / sizeof *all) {
		draft_info *di = &all[n];
		ed_raw_answers raw = {{0}};
		ed_error err = {0};
		struct stat st;
		if (!is_draft_name(e->d_name))
			continue;
		memset(di, 0, sizeof *di);
		snprintf(di->path, sizeof di->path, "%s/%s", dir, e->d_name);
		if (lstat(di->path, &st) != 0 || !S_ISREG(st.st_mode))
			continue;
		if (!drafts_read(di->path, &raw, di->focus, sizeof di->focus, &err)) {
			raw_clear(&raw);
			continue;
		}
		di->saved = st.st_mtime;
		di->saved_ns = st.st_mtim.tv_nsec;
		di->in_use = lock_held(di->path);
		if (!flow_parse(raw_get(&raw, AK_FLOW), &di->flow) || di->flow == FLOW_BOTH) {
			raw_clear(&raw);
			continue;
		}
		drafts_mask_name(raw_get(&raw, AK_NAME), di->name, sizeof di->name);
		letters_of(raw_get(&raw, di->flow == FLOW_EPASS ? AK_RESIDENCE : AK_NATIONALITY),
			   di->who, sizeof di->who);
		raw_clear(&raw);
		n++;
	}
	closedir(d);
	sorted_sort(all, n, sizeof *all, newest_first);
	if (n > max)
		n = max;
	memcpy(out, all, n * sizeof *all);
	return n;
}

/* "draft-....ini.tmpPID-N": the temporary file of a save (see
 * file_save_private) that its wizard never renamed, because it was killed
 * in between; the PID is set to the writer's. */
static bool is_left_tmp(const char *name, long *pid)
{
	const char *t = strstr(name, ".ini.tmp");
	char *end;

	if (strncmp(name, "draft-", 6) || !t)
		return false;
	*pid = strtol(t + 8, &end, 10);
	return end != t + 8 && *end == '-' && *pid > 0;
}

/* A save's temporary file holds personal data: it goes as soon as the
 * wizard that wrote it is gone (no such process) */
static bool left_by_the_dead(const char *name)
{
	long pid;

	return is_left_tmp(name, &pid) && kill((pid_t)pid, 0) != 0 && errno == ESRCH;
}

size_t drafts_remove_old(const char *dir, time_t now, int days)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	size_t removed = 0;

	if (!d)
		return 0;
	while ((e = readdir(d)) != NULL) {
		char path[1200];
		struct stat st;
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		if (left_by_the_dead(e->d_name)) {
			if (lstat(path, &st) == 0 && S_ISREG(st.st_mode) && unlink(path) == 0)
				removed++;
			continue;
		}
		if (!is_draft_name(e->d_name))
			continue;
		if (lstat(path, &st) == 0 && S_ISREG(st.st_mode) &&
		    now - st.st_mtime > (time_t)days * 86400 && !lock_held(path) &&
		    unlink(path) == 0) {
			char lock[1300];
			lock_name(path, lock, sizeof lock);
			unlink(lock);
			removed++;
		}
	}
	closedir(d);
	return removed;
}

void drafts_mask_name(const char *name, char *out, size_t size)
{
	size_t i = 0, k = 0, n;
	bool word_start = true;

	if (!size)
		return;
	out[0] = '\0';
	if (!name)
		return;
	n = strlen(name);
	while (i < n && k + 5 < size) {
		unsigned cp;
		size_t len = text_decode(name + i, n - i, &cp);
		bool sep = cp == ' ' || cp == ',' || cp == '-' || cp == '.';
		if (sep) {
			out[k++] = (char)cp;
			word_start = true;
		} else if (word_start && cp >= 0x20 && cp != 0x7F) {
			memcpy(out + k, name + i, len);
			k += len;
			word_start = false;
		} else {
			out[k++] = '*';
		}
		i += len;
	}
	out[k] = '\0';
}
