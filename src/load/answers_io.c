/* Answers files: read through the one INI reader (load/ini.h), written
 * atomically mode 0600 so that they read back unchanged. The values are
 * personal data: no message here ever quotes a value. */
#include "load/answers_io.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/text.h"
#include "load/ini.h"

/* An answers file is a few dozen lines (the wizard writes about 40): the
 * bounds refuse a wrong file at once, whatever its size. */
#define ANSWERS_MAX_BYTES (64 * 1024)
#define ANSWERS_MAX_LINES 200

/* a section (key NULL) or key of the answers table, of either flow */
static bool answer_name_known(const char *sec, const char *key)
{
	for (int i = 0; i < AK_COUNT; i++)
		if (!strcmp(answer_fields[i].section, sec) &&
		    (!key || !strcmp(answer_fields[i].key, key)))
			return true;
	return false;
}

/* values are personal data: never quoted in a message, nor a name that is
 * not one of the table (a value typed on the key's side of '='); the
 * writer never makes continuations, so a line ending in '\' is refused */
static const ini_kind answers_kind = {
	.what = "answers file",
	.accepted = "an answers file (INI, see README \"The answers file\")",
	.max_bytes = ANSWERS_MAX_BYTES,
	.max_lines = ANSWERS_MAX_LINES,
	.echo_values = false,
	.continuations = false,
	.name_known = answer_name_known,
};

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

bool answers_load(const char *path, ed_raw_answers *raw, ed_error *err)
{
	ini f;
	const char *flow_text;
	ed_flow flow;
	char accepted[64], list[512];
	bool ok = true;

	raw_clear(raw);
	if (!ini_open(&f, path, &answers_kind, err))
		return false;
	flow_text = ini_get(&f, "check", "flow");
	if (!flow_text || !flow_parse(flow_text, &flow)) {
		answers_accepted_form(&answer_fields[AK_FLOW], accepted, sizeof accepted);
		ini_fail(&f, "check", "flow", "%s; accepted: %s",
			 flow_text ? "unknown flow" : "missing", accepted);
		ini_close(&f);
		return false;
	}
	/* in file order, so the first problem in the file is the one told */
	for (size_t s = 0; ok && s < f.n_secs; s++) {
		const ini_section *sec = &f.secs[s];
		if (!section_known(flow, sec->name)) {
			accepted_names(flow, NULL, list, sizeof list);
			ok = ini_fail_unknown_section(&f, sec, "accepted sections for flow = "
						      "%s: %s", flow_name(flow), list);
			break;
		}
		for (size_t k = 0; ok && k < sec->n_keys; k++) {
			const ini_key *key = &sec->keys[k];
			const ed_answer_field *af = answers_field(flow, sec->name, key->name);
			if (!af) {
				accepted_names(flow, sec->name, list, sizeof list);
				ok = ini_fail_unknown_key(&f, sec->name, key, "accepted keys "
							  "for flow = %s: %s", flow_name(flow),
							  list);
				break;
			}
			/* an empty value is an unanswered question, as in the wizard;
			 * a quoted value keeps its spaces (what was saved) */
			raw_set(raw, af->id, key->value[0] ? key->value : NULL);
			if (key->value[0] && !raw->val[af->id])
				ok = ini_nomem(&f);
		}
	}
	ini_close(&f);
	if (!ok)
		raw_clear(raw);
	return ok;
}

bool answers_value_writable(const char *value)
{
	size_t n = strlen(value) + 8;
	char *buf = malloc(n);
	bool ok = buf && ini_quote(value, buf, n);

	free(buf);
	return ok;
}

bool answers_text(const char *path, const ed_raw_answers *raw, text_buf *b, ed_error *err)
{
	const char *section = NULL;
	char *written;
	int i;

	text_buf_add(b, "; entrydesk answers: personal data, keep private\n");
	for (i = 0; i < AK_COUNT; i++) {
		const ed_answer_field *f = &answer_fields[i];
		const char *v = raw->val[i];

		if (!v)
			continue;
		if (!section || strcmp(section, f->section)) {
			text_buf_printf(b, "\n[%s]\n", f->section);
			section = f->section;
		}
		/* written so that it reads back exactly as it is */
		written = malloc(strlen(v) + 8);
		if (!written || !ini_quote(v, written, strlen(v) + 8)) {
			free(written);
			text_buf_free(b);
			error_set(err, path, f->section, f->key, "%s", ANSWERS_UNWRITABLE);
			return false;
		}
		text_buf_printf(b, "%s = %s\n", f->key, written);
		free(written);
	}
	return true;
}

bool file_save_buf(const char *path, text_buf *b, ed_error *err)
{
	char *text = text_buf_take(b);
	bool ok;

	if (!text) {
		error_set(err, path, NULL, NULL, "out of memory");
		return false;
	}
	ok = file_save_private(path, text, err);
	free(text);
	return ok;
}

bool answers_save(const char *path, const ed_raw_answers *raw, ed_error *err)
{
	text_buf b = {0};

	return answers_text(path, raw, &b, err) && file_save_buf(path, &b, err);
}

bool file_write_all(int fd, const char *s, size_t n)
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
	if (fchmod(fd, 0600) != 0 || !file_write_all(fd, text, n) || fsync(fd) != 0) {
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
