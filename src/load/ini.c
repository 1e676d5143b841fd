/* The one INI reader (see ini.h): a scan that classifies each line as
 * iniparser 4.1 does and refuses what it would misread, then one
 * iniparser_load of the same open file, checked against the scan. */
#include "load/ini.h"

#include <errno.h>
#include <fcntl.h>
#include <iniparser/iniparser.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/sorted.h"
#include "load/ini_fail.h"
#include "load/ini_scan.h"

/* ---- reading the file: once, bounded, never from a FIFO or device ---- */

static char *read_bounded(ini *f, int fd, size_t *len)
{
	const size_t max = f->kind->max_bytes;
	size_t cap = 4096, n = 0;
	char *buf = malloc(cap + 1);

	if (!buf) {
		ini_nomem(f);
		return NULL;
	}
	for (;;) {
		ssize_t got;
		if (n == cap) {
			size_t nc = cap * 2 > max + 1 ? max + 1 : cap * 2;
			char *g = nc > cap ? realloc(buf, nc + 1) : NULL;
			if (!g) {
				free(buf);
				if (nc > cap)
					ini_nomem(f);
				else
					ini_fail(f, NULL, NULL, "larger than %zu bytes; accepted: a "
						 "file of at most %zu bytes", max, max);
				return NULL;
			}
			buf = g;
			cap = nc;
		}
		got = read(fd, buf + n, cap - n);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0) {
			int e = errno;
			free(buf);
			ini_fail(f, NULL, NULL, "cannot read the %s (%s); accepted: %s",
				 f->kind->what, strerror(e), f->kind->accepted);
			return NULL;
		}
		if (got == 0)
			break;
		n += (size_t)got;
	}
	buf[n] = '\0';
	*len = n;
	return buf;
}

/* ---- iniparser, once ------------------------------------------------------ */

unsigned long ini_disagreements;

static char iniparser_said[300];

static int capture(const char *fmt, ...)
{
	va_list ap;
	int r;

	if (iniparser_said[0])
		return 0;
	va_start(ap, fmt);
	r = vsnprintf(iniparser_said, sizeof iniparser_said, fmt, ap);
	va_end(ap);
	iniparser_said[strcspn(iniparser_said, "\r\n")] = '\0';
	return r;
}

/* loads the open file itself (through /proc/self/fd: the very file that
 * was checked, even if its name changed since) */
static dictionary *load_dict(ini *f, int fd)
{
	char self[64];
	const char *path = f->path;
	dictionary *d;

	snprintf(self, sizeof self, "/proc/self/fd/%d", fd);
	if (access(self, R_OK) == 0)
		path = self;
	iniparser_said[0] = '\0';
	iniparser_set_error_callback(capture);
	d = iniparser_load(path);
	iniparser_set_error_callback(NULL);
	if (!d && iniparser_said[0])
		ini_disagreements++;
	if (!d)
		ini_fail(f, NULL, NULL, "iniparser could not read it (%s); accepted: %s",
			 iniparser_said[0] ? "see its line above" : "out of memory",
			 f->kind->accepted);
	return d;
}

/* iniparser's entries, in its order, must be the scan's, name and value:
 * else the scan would have checked another file than the one read */
static bool agree(ini *f, const dictionary *d, const ini_scanner *S)
{
	size_t k = 0;

	for (ssize_t i = 0; i < d->size; i++) {
		const ini_scan_ent *e;
		if (!d->key[i])
			continue;
		e = k < S->n ? &S->v[k] : NULL;
		if (!e || strcmp(e->full, d->key[i]) ||
		    (e->value ? !d->val[i] || strcmp(e->value, d->val[i]) : d->val[i] != NULL))
			return ini_disagreements++, ini_fail(f, NULL, NULL, "line %ld: iniparser read it otherwise "
					"than entrydesk's check (the file changed, or a bug to "
					"report); accepted: %s", e ? e->line : S->n ? S->v[S->n - 1].line : 1,
					f->kind->accepted);
		k++;
	}
	if (k != S->n)
		return ini_disagreements++, ini_fail(f, NULL, NULL, "line %ld: iniparser did not read it (the file "
				"changed, or a bug to report); accepted: %s", S->v[k].line,
				f->kind->accepted);
	return true;
}

/* ---- the index ------------------------------------------------------------ */

static const ini *sort_file; /* qsort has no context argument */

static int sec_order(const void *a, const void *b)
{
	return strcmp(sort_file->secs[*(const size_t *)a].name,
		      sort_file->secs[*(const size_t *)b].name);
}

static int key_order(const void *a, const void *b)
{
	return strcmp(sort_file->full_names[*(const size_t *)a],
		      sort_file->full_names[*(const size_t *)b]);
}

static bool build(ini *f, dictionary *d, const ini_scanner *S)
{
	size_t n_secs = 0, k = 0;
	ssize_t i;

	for (size_t e = 0; e < S->n; e++)
		n_secs += S->v[e].value == NULL;
	f->secs = calloc(n_secs + 1, sizeof *f->secs);
	f->keys = calloc(S->n - n_secs + 1, sizeof *f->keys);
	f->full_names = calloc(S->n - n_secs + 1, sizeof *f->full_names);
	f->sec_index = calloc(n_secs + 1, sizeof *f->sec_index);
	f->key_index = calloc(S->n - n_secs + 1, sizeof *f->key_index);
	if (!f->secs || !f->keys || !f->full_names || !f->sec_index || !f->key_index)
		return ini_nomem(f);
	for (i = 0; i < d->size; i++) {
		const ini_scan_ent *e;
		if (!d->key[i])
			continue;
		e = &S->v[k++];
		if (!e->value) {
			ini_section *s = &f->secs[f->n_secs++];
			s->name = d->key[i];
			s->line = e->line;
			s->keys = f->keys + f->n_keys;
		} else {
			ini_key *key = &f->keys[f->n_keys];
			f->full_names[f->n_keys] = d->key[i];
			key->name = d->key[i] + e->split + 1;
			key->value = d->val[i];
			key->line = e->line;
			f->secs[f->n_secs - 1].n_keys++;
			f->n_keys++;
		}
	}
	for (size_t s = 0; s < f->n_secs; s++)
		f->sec_index[s] = s;
	for (size_t e = 0; e < f->n_keys; e++)
		f->key_index[e] = e;
	sort_file = f;
	sorted_sort(f->sec_index, f->n_secs, sizeof *f->sec_index, sec_order);
	sorted_sort(f->key_index, f->n_keys, sizeof *f->key_index, key_order);
	sort_file = NULL;
	return true;
}

bool ini_open(ini *f, const char *path, const ini_kind *kind, ed_error *err)
{
	static ed_error local;
	ini_scanner S = { .f = f };
	struct stat st;
	char *buf = NULL;
	size_t len = 0;
	dictionary *d = NULL;
	bool ok = false;
	int fd;

	memset(f, 0, sizeof *f);
	f->path = path;
	f->kind = kind;
	f->err = err ? err : &local;
	f->err->msg[0] = '\0';
	fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
	if (fd < 0)
		return ini_fail(f, NULL, NULL, "cannot open the %s (%s); accepted: %s",
				kind->what, strerror(errno), kind->accepted);
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		return ini_fail(f, NULL, NULL, "not a regular file%s; accepted: %s",
				S_ISDIR(st.st_mode) ? " (a folder)" : S_ISFIFO(st.st_mode) ?
				" (a pipe)" : "", kind->accepted);
	}
	if (st.st_size > 0 && (size_t)st.st_size > kind->max_bytes) {
		close(fd);
		return ini_fail(f, NULL, NULL, "%lld bytes; accepted: a file of at most %zu "
				"bytes", (long long)st.st_size, kind->max_bytes);
	}
	buf = read_bounded(f, fd, &len);
	if (buf && ini_scan(&S, buf, len, kind->continuations) &&
	    (d = load_dict(f, fd)) && agree(f, d, &S)) {
		f->dict = d;
		ok = build(f, d, &S);
	} else if (d) {
		iniparser_freedict(d);
	}
	close(fd);
	free(buf);
	ini_scan_free(&S);
	if (!ok) {
		ed_error *keep = f->err;
		ini_close(f);
		f->err = keep;
	}
	return ok;
}

void ini_close(ini *f)
{
	if (!f)
		return;
	if (f->dict)
		iniparser_freedict(f->dict);
	free(f->secs);
	free(f->keys);
	free(f->full_names);
	free(f->sec_index);
	free(f->key_index);
	memset(f, 0, sizeof *f);
}
