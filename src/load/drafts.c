/* Drafts: where they live, how they are written, listed and expired. */
#include "load/drafts.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/text.h"
#include "load/answers_io.h"
#include "load/paths.h"

#define FOCUS_LINE "; focus = "

bool drafts_dir(char *out, size_t size, char *why, size_t why_size)
{
	char reason[600];

	if (paths_user_dir("XDG_STATE_HOME", ".local/state", "drafts", out, size, reason,
			   sizeof reason))
		return true;
	snprintf(why, why_size, "drafts are off: %s", reason);
	return false;
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
	int fd;
	char line[200];
	int n;

	if (!answers_save(path, raw, err))
		return false;
	if (!focus || !*focus)
		return true;
	fd = open(path, O_WRONLY | O_APPEND | O_NOFOLLOW);
	if (fd < 0)
		return true; /* the answers are kept; only the position is not */
	n = snprintf(line, sizeof line, FOCUS_LINE "%s\n", focus);
	if (n > 0 && (size_t)n < sizeof line && write(fd, line, (size_t)n) < 0)
		n = 0;
	close(fd);
	return true;
}

/* the "; focus = section:key" line of a draft */
static void read_focus(const char *path, char *focus, size_t size)
{
	FILE *f = fopen(path, "r");
	char line[256];

	focus[0] = '\0';
	if (!f)
		return;
	while (fgets(line, sizeof line, f))
		if (!strncmp(line, FOCUS_LINE, strlen(FOCUS_LINE))) {
			snprintf(focus, size, "%s", text_trim(line + strlen(FOCUS_LINE)));
			break;
		}
	fclose(f);
}

bool drafts_read(const char *path, ed_raw_answers *raw, char *focus, size_t focus_size,
		 ed_error *err)
{
	if (!answers_load(path, raw, err))
		return false;
	if (focus)
		read_focus(path, focus, focus_size);
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
	return strcmp(y->path, x->path);
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
		if (!flow_parse(raw_get(&raw, AK_FLOW), &di->flow) || di->flow == FLOW_BOTH) {
			raw_clear(&raw);
			continue;
		}
		drafts_mask_name(raw_get(&raw, AK_NAME), di->name, sizeof di->name);
		raw_clear(&raw);
		n++;
	}
	closedir(d);
	qsort(all, n, sizeof *all, newest_first);
	if (n > max)
		n = max;
	memcpy(out, all, n * sizeof *all);
	return n;
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
		if (!is_draft_name(e->d_name))
			continue;
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		if (lstat(path, &st) == 0 && S_ISREG(st.st_mode) &&
		    now - st.st_mtime > (time_t)days * 86400 && unlink(path) == 0)
			removed++;
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
