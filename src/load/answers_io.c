/* Answers files: read with iniparser, written atomically mode 0600. The
 * values are personal data: no message here ever quotes a value. */
#include "load/answers_io.h"

#include <errno.h>
#include <fcntl.h>
#include <iniparser/iniparser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/text.h"
#include "load/ini_quiet.h"

/* iniparser reads lines into a 1024-byte buffer; longer ones it cuts. */
#define ANSWERS_MAX_LINE 1000

/* Rejects what iniparser would silently misread: lines too long, NUL
 * bytes. Returns false with err filled. */
static bool precheck_lines(const char *path, ed_error *err)
{
	FILE *f = fopen(path, "rb");
	long line = 1, len = 0;
	struct stat st;
	int c;

	if (!f) {
		error_set(err, path, NULL, NULL, "cannot read the answers file: %s", strerror(errno));
		return false;
	}
	if (fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode)) {
		fclose(f);
		error_set(err, path, NULL, NULL, "not a regular file; expected an answers file (INI)");
		return false;
	}
	/* iniparser takes a byte-order mark for part of the first line */
	if (getc(f) == 0xEF && getc(f) == 0xBB && getc(f) == 0xBF) {
		fclose(f);
		error_set(err, path, NULL, NULL,
			  "line 1: starts with a byte-order mark; save it as UTF-8 without BOM");
		return false;
	}
	rewind(f);
	while ((c = getc(f)) != EOF) {
		if (c == '\n') {
			line++;
			len = 0;
			continue;
		}
		if (c == '\0') {
			fclose(f);
			error_set(err, path, NULL, NULL,
				  "line %ld: a NUL byte; expected a text file (UTF-8)", line);
			return false;
		}
		if (++len > ANSWERS_MAX_LINE) {
			fclose(f);
			error_set(err, path, NULL, NULL,
				  "line %ld: longer than %d bytes; expected one key = value per line",
				  line, ANSWERS_MAX_LINE);
			return false;
		}
	}
	fclose(f);
	return true;
}

/* "a, b or c": the sections (key NULL) or the keys of `section` that
 * `flow` accepts */
static void accepted_names(ed_flow flow, const char *section, char *buf, size_t size)
{
	size_t n = 0;
	int i, j;

	buf[0] = '\0';
	for (i = 0; i < AK_COUNT; i++) {
		const ed_answer_field *f = &answer_fields[i];
		const char *name = section ? f->key : f->section;
		bool seen = false;

		if (!(f->flows & flow) || (section && strcmp(f->section, section)))
			continue;
		for (j = 0; j < i && !seen; j++) {
			const ed_answer_field *g = &answer_fields[j];
			seen = (g->flows & flow) && !strcmp(section ? g->key : g->section, name) &&
			       (!section || !strcmp(g->section, section));
		}
		if (seen)
			continue;
		if (n < size)
			n += (size_t)snprintf(buf + n, size - n, "%s%s", n ? ", " : "", name);
	}
}

static bool section_known(ed_flow flow, const char *section)
{
	int i;

	for (i = 0; i < AK_COUNT; i++)
		if ((answer_fields[i].flows & flow) && !strcmp(answer_fields[i].section, section))
			return true;
	return false;
}

/* Checks one "section:key" entry of the dictionary and stores its value. */
static bool load_entry(const char *path, ed_flow flow, const char *entry, const char *value,
		       ed_raw_answers *raw, ed_error *err)
{
	char section[96], list[512], *copy;
	const char *colon = strchr(entry, ':');
	const ed_answer_field *f;
	size_t n;

	if (!colon) {
		if (!section_known(flow, entry)) {
			accepted_names(flow, NULL, list, sizeof list);
			error_set(err, path, entry, NULL,
				  "unknown section for flow = %s; accepted sections: %s",
				  flow_name(flow), list);
			return false;
		}
		return true;
	}
	n = (size_t)(colon - entry);
	if (n == 0) {
		error_set(err, path, NULL, colon + 1,
			  "key outside any section; expected it under its [section]");
		return false;
	}
	if (n >= sizeof section)
		n = sizeof section - 1;
	memcpy(section, entry, n);
	section[n] = '\0';
	f = answers_field(flow, section, colon + 1);
	if (!f) {
		accepted_names(flow, section, list, sizeof list);
		error_set(err, path, section, colon + 1,
			  "unknown key for flow = %s; accepted keys in [%s]: %s",
			  flow_name(flow), section, list);
		return false;
	}
	copy = text_trim(text_dup(value ? value : ""));
	if (!copy) {
		error_set(err, path, section, colon + 1, "out of memory");
		return false;
	}
	/* an empty value is an unanswered question, as in the wizard */
	raw_set(raw, f->id, *copy ? copy : NULL);
	free(copy);
	return true;
}

bool answers_load(const char *path, ed_raw_answers *raw, ed_error *err)
{
	dictionary *d;
	const char *flow_text;
	ed_flow flow;
	char accepted[64];
	ssize_t i;
	long bad_line;
	bool ok = true;

	raw_clear(raw);
	if (!precheck_lines(path, err))
		return false;
	/* the offending line may hold personal data: only its number is told */
	d = ini_load_quiet(path, &bad_line, NULL, 0);
	if (!d) {
		if (bad_line > 0)
			error_set(err, path, NULL, NULL,
				  "line %ld: not INI; expected [section], key = value or a ; comment",
				  bad_line);
		else
			error_set(err, path, NULL, NULL, "cannot read the answers file as INI");
		return false;
	}
	flow_text = iniparser_getstring(d, "check:flow", NULL);
	if (!flow_text || !flow_parse(flow_text, &flow)) {
		answers_accepted_form(&answer_fields[AK_FLOW], accepted, sizeof accepted);
		error_set(err, path, "check", "flow", "%s; accepted: %s",
			  flow_text ? "unknown flow" : "missing", accepted);
		iniparser_freedict(d);
		return false;
	}
	/* the dictionary keeps the file's order, so the first problem in the
	 * file is the one reported */
	for (i = 0; ok && i < d->size; i++)
		if (d->key[i])
			ok = load_entry(path, flow, d->key[i], d->val[i], raw, err);
	iniparser_freedict(d);
	if (!ok)
		raw_clear(raw);
	return ok;
}

/* How a value is written so that iniparser reads it back unchanged. */
static bool append_value(text_buf *b, const char *v)
{
	size_t n = strlen(v);
	bool needs = strpbrk(v, ";#") || (n && (v[0] == ' ' || v[n - 1] == ' ')) ||
		     (n && (v[0] == '"' || v[0] == '\''));

	if (strpbrk(v, "\r\n"))
		return false;
	if (!needs)
		text_buf_add(b, v);
	else if (!strchr(v, '"'))
		text_buf_printf(b, "\"%s\"", v);
	else if (!strchr(v, '\''))
		text_buf_printf(b, "'%s'", v);
	else
		return false;
	return true;
}

bool answers_save(const char *path, const ed_raw_answers *raw, ed_error *err)
{
	text_buf b = {0};
	const char *section = NULL;
	char *text;
	bool ok;
	int i;

	text_buf_add(&b, "; entrydesk answers: personal data, keep private\n");
	for (i = 0; i < AK_COUNT; i++) {
		const ed_answer_field *f = &answer_fields[i];
		const char *v = raw->val[i];

		if (!v)
			continue;
		if (!section || strcmp(section, f->section)) {
			text_buf_printf(&b, "\n[%s]\n", f->section);
			section = f->section;
		}
		text_buf_printf(&b, "%s = ", f->key);
		if (!append_value(&b, v)) {
			text_buf_free(&b);
			error_set(err, path, f->section, f->key,
				  "cannot be written: a line break, or both kinds of quote "
				  "together with ; or #; accepted: one line of text");
			return false;
		}
		text_buf_add(&b, "\n");
	}
	text = text_buf_take(&b);
	if (!text) {
		error_set(err, path, NULL, NULL, "out of memory");
		return false;
	}
	ok = file_save_private(path, text, err);
	free(text);
	return ok;
}

static bool write_all(int fd, const char *s, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, s, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return false;
		s += w;
		n -= (size_t)w;
	}
	return true;
}

/* A temporary file made with O_CREAT|O_EXCL and mode 0600 in the target's
 * folder, then renamed over the target: a reader never sees half a file,
 * and the personal data is never readable by others, not even briefly. */
bool file_save_private(const char *path, const char *text, ed_error *err)
{
	char tmp[4096];
	int fd = -1, attempt, saved;
	size_t n = strlen(text);

	for (attempt = 0; attempt < 100 && fd < 0; attempt++) {
		int w = snprintf(tmp, sizeof tmp, "%s.tmp%ld-%d", path, (long)getpid(), attempt);
		if (w < 0 || (size_t)w >= sizeof tmp) {
			error_set(err, path, NULL, NULL, "path too long");
			return false;
		}
		fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
		if (fd < 0 && errno != EEXIST)
			break;
	}
	if (fd < 0) {
		error_set(err, path, NULL, NULL, "cannot create the file: %s", strerror(errno));
		return false;
	}
	if (fchmod(fd, 0600) != 0 || !write_all(fd, text, n) || fsync(fd) != 0) {
		saved = errno;
		close(fd);
		unlink(tmp);
		error_set(err, path, NULL, NULL, "cannot write the file: %s", strerror(saved));
		return false;
	}
	if (close(fd) != 0 || rename(tmp, path) != 0) {
		saved = errno;
		unlink(tmp);
		error_set(err, path, NULL, NULL, "cannot write the file: %s", strerror(saved));
		return false;
	}
	return true;
}
