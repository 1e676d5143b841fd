/* Manifests: the file opened safely (a regular file, size bound), split
 * into RFC 4180 records (quoted fields may hold commas, doubled quotes and
 * line breaks; line breaks in a value are refused later as control
 * characters), the header's columns found by name. */
#include "load/manifest.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/text.h"

static const struct {
	const char *name;
	bool required;
} columns[MC_COUNT] = {
#define ED_MC_ROW(id, name, req) {name, req},
	ED_MANIFEST_COLUMNS(ED_MC_ROW)
#undef ED_MC_ROW
};

const char *manifest_column(ed_manifest_col c)
{
	return c < MC_COUNT ? columns[c].name : "";
}

/* ---- records ---- */

typedef struct csv {
	const char *s;
	size_t len, pos;
	long line;
} csv;

typedef struct record {
	long line;
	char **fields;
	size_t n, cap;
	bool bad, unclosed;
	size_t bad_field;
	char why[160];
} record;

static void record_clear(record *r)
{
	for (size_t i = 0; i < r->n; i++)
		free(r->fields[i]);
	free(r->fields);
	memset(r, 0, sizeof *r);
}

static void mark(record *r, size_t field, const char *why)
{
	if (r->bad)
		return;
	r->bad = true;
	r->bad_field = field;
	snprintf(r->why, sizeof r->why, "%s", why);
}

static bool push(record *r, text_buf *f)
{
	char *v;

	if (r->n == r->cap) {
		size_t cap = r->cap ? r->cap * 2 : 8;
		char **grown = realloc(r->fields, cap * sizeof *grown);
		if (!grown)
			return false;
		r->fields = grown;
		r->cap = cap;
	}
	v = f->s ? text_buf_take(f) : text_dup("");
	if (!v || f->failed)
		return free(v), false;
	r->fields[r->n++] = v;
	return true;
}

static bool line_end(char ch)
{
	return ch == '\n' || ch == '\r';
}

/* one field at c->pos, into f; marks r on a syntax problem */
static void read_field(csv *c, record *r, text_buf *f)
{
	size_t field = r->n;

	if (c->pos < c->len && c->s[c->pos] == '"') {
		c->pos++;
		for (;;) {
			char ch;
			if (c->pos >= c->len) {
				mark(r, field, "a quoted field is not closed; accepted: a "
				     "closing \" (a quote inside the field doubled: \"\")");
				r->unclosed = true;
				return;
			}
			ch = c->s[c->pos++];
			if (ch == '"' && c->pos < c->len && c->s[c->pos] == '"') {
				c->pos++;
			} else if (ch == '"') {
				break;
			} else if (ch == '\n') {
				c->line++;
			}
			text_buf_addn(f, &ch, 1);
		}
		if (c->pos < c->len && c->s[c->pos] != ',' && !line_end(c->s[c->pos]))
			mark(r, field, "text after the closing quote; accepted: the whole "
			     "field in quotes, a quote inside it doubled (\"\")");
		while (c->pos < c->len && c->s[c->pos] != ',' && !line_end(c->s[c->pos]))
			c->pos++;
		return;
	}
	while (c->pos < c->len && c->s[c->pos] != ',' && !line_end(c->s[c->pos])) {
		if (c->s[c->pos] == '"')
			mark(r, field, "a quote inside a field that does not start with one; "
			     "accepted: the whole field in quotes, its quotes doubled (\"\")");
		text_buf_addn(f, c->s + c->pos, 1);
		c->pos++;
	}
}

/* the next record; false at the end of the text or out of memory (*oom) */
static bool next_record(csv *c, record *r, bool *oom)
{
	memset(r, 0, sizeof *r);
	if (c->pos >= c->len)
		return false;
	r->line = c->line;
	for (;;) {
		text_buf f = {0};
		read_field(c, r, &f);
		if (!push(r, &f)) {
			text_buf_free(&f);
			*oom = true;
			return false;
		}
		if (r->unclosed)
			return true;
		if (c->pos < c->len && c->s[c->pos] == ',') {
			c->pos++;
			continue;
		}
		if (c->pos < c->len && c->s[c->pos] == '\r')
			c->pos++;
		if (c->pos < c->len && c->s[c->pos] == '\n')
			c->pos++;
		c->line++;
		return true;
	}
}

/* ---- values ---- */

/* trims in place; checks length, control characters and UTF-8 */
static const char *value_problem(char *v)
{
	size_t n;

	text_trim(v);
	n = strlen(v);
	if (n > MANIFEST_MAX_FIELD)
		return "longer than 256 bytes; accepted: a shorter value";
	for (size_t i = 0; i < n;) {
		unsigned cp;
		size_t len = text_decode(v + i, n - i, &cp);
		if (cp == 0xFFFD && len == 1)
			return "not UTF-8 text; accepted: the file saved as UTF-8";
		if (cp < 0x20 || cp == 0x7f)
			return "a line break or control character; accepted: one line of text";
		i += len;
	}
	return NULL;
}

/* a column as messages name it: one of ours by its name, any other by its
 * number, never by the header's text (which may hold anything, escape
 * sequences too) */
static void column_label(const record *header, size_t i, char *out, size_t size)
{
	for (int c = 0; i < header->n && c < MC_COUNT; c++)
		if (!strcasecmp(header->fields[i], columns[c].name)) {
			snprintf(out, size, "%s", columns[c].name);
			return;
		}
	snprintf(out, size, "column %zu", i + 1);
}

/* the header's column of each known name, or -1; false on a problem */
static bool map_header(const char *path, record *h, long idx[MC_COUNT], ed_error *err)
{
	char missing[256] = "";
	size_t k = 0;

	for (int c = 0; c < MC_COUNT; c++)
		idx[c] = -1;
	if (h->bad) {
		error_set(err, path, NULL, NULL, "line %ld (the header), column %zu: %s",
			  h->line, h->bad_field + 1, h->why);
		return false;
	}
	for (size_t i = 0; i < h->n; i++) {
		text_trim(h->fields[i]);
		for (int c = 0; c < MC_COUNT; c++) {
			if (strcasecmp(h->fields[i], columns[c].name))
				continue;
			if (idx[c] >= 0) {
				error_set(err, path, NULL, NULL, "line %ld (the header): column %s "
					  "given twice (columns %ld and %zu); accepted: each column once",
					  h->line, columns[c].name, idx[c] + 1, i + 1);
				return false;
			}
			idx[c] = (long)i;
		}
	}
	for (int c = 0; c < MC_COUNT; c++)
		if (columns[c].required && idx[c] < 0 && k < sizeof missing)
			k += (size_t)snprintf(missing + k, sizeof missing - k, "%s%s",
					      k ? ", " : "", columns[c].name);
	if (k) {
		error_set(err, path, NULL, NULL, "line %ld (the header): no column %s; "
			  "accepted: a header row naming the columns surname, given_names, "
			  "nationality, passport_number, passport_expiry, birth_date, sex, "
			  "visa_refusal_stamp, immigration_violation (surname, nationality and passport_expiry required; any order)",
			  h->line, missing);
		return false;
	}
	return true;
}

/* fills one row from a record */
static void take_row(const record *h, const long idx[MC_COUNT], record *rec,
		     ed_manifest_row *row)
{
	memset(row, 0, sizeof *row);
	row->line = rec->line;
	if (!rec->bad && rec->n > h->n)
		mark(rec, h->n, "more fields than the header has; accepted: one field per "
		     "column (a value holding a comma in quotes)");
	if (!rec->bad && rec->n < h->n)
		mark(rec, rec->n, "the row ends before this column; accepted: one field "
		     "per column, empty ones too");
	/* only the columns read: an ignored column may hold anything */
	for (int c = 0; c < MC_COUNT && !rec->bad; c++) {
		const char *why;
		if (idx[c] < 0 || (size_t)idx[c] >= rec->n)
			continue;
		why = value_problem(rec->fields[idx[c]]);
		if (why)
			mark(rec, (size_t)idx[c], why);
	}
	if (rec->bad) {
		row->bad = true;
		column_label(h, rec->bad_field, row->column, sizeof row->column);
		snprintf(row->why, sizeof row->why, "%s", rec->why);
	}
	for (int c = 0; c < MC_COUNT; c++) {
		size_t i = (size_t)idx[c];
		if (idx[c] < 0 || i >= rec->n || !rec->fields[i][0])
			continue;
		row->val[c] = rec->fields[i];
		rec->fields[i] = NULL;
	}
}

static bool blank_record(const record *r)
{
	return r->n == 1 && !r->bad && r->fields[0][0] == '\0';
}

bool manifest_parse(const char *path, const char *text, size_t len, ed_manifest *m,
		    ed_error *err)
{
	csv c = {text, len, 0, 1};
	record header = {0}, rec;
	long idx[MC_COUNT];
	bool oom = false, ok = true;

	memset(m, 0, sizeof *m);
	if (len >= 3 && !memcmp(text, "\xEF\xBB\xBF", 3))
		c.pos = 3;
	while (next_record(&c, &header, &oom) && blank_record(&header))
		record_clear(&header);
	if (!header.n) {
		error_set(err, path, NULL, NULL, oom ? "out of memory" : "no header row; "
			  "accepted: a CSV file whose first line names the columns");
		record_clear(&header);
		return false;
	}
	if (!map_header(path, &header, idx, err)) {
		record_clear(&header);
		return false;
	}
	while (ok && next_record(&c, &rec, &oom)) {
		ed_manifest_row *grown;
		if (blank_record(&rec)) {
			record_clear(&rec);
			continue;
		}
		if (m->n_rows == MANIFEST_MAX_ROWS) {
			error_set(err, path, NULL, NULL, "line %ld: more than %d travellers; "
				  "accepted: at most %d rows", rec.line, MANIFEST_MAX_ROWS,
				  MANIFEST_MAX_ROWS);
			ok = false;
		} else if (!(grown = realloc(m->rows, (m->n_rows + 1) * sizeof *grown))) {
			oom = true;
			ok = false;
		} else {
			m->rows = grown;
			take_row(&header, idx, &rec, &m->rows[m->n_rows++]);
		}
		record_clear(&rec);
	}
	record_clear(&header);
	if (oom) {
		error_set(err, path, NULL, NULL, "out of memory");
		ok = false;
	}
	if (!ok)
		manifest_free(m);
	return ok;
}

bool manifest_load(const char *path, ed_manifest *m, ed_error *err)
{
	/* O_NONBLOCK: a FIFO given by mistake does not hang the open */
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
	struct stat st;
	char *text;
	size_t got = 0;
	bool ok;

	memset(m, 0, sizeof *m);
	if (fd < 0) {
		error_set(err, path, NULL, NULL, "cannot read the manifest: %s", strerror(errno));
		return false;
	}
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		error_set(err, path, NULL, NULL, "not a regular file; accepted: a manifest (CSV)");
		return false;
	}
	if (st.st_size > MANIFEST_MAX_BYTES) {
		close(fd);
		error_set(err, path, NULL, NULL, "larger than %d bytes; accepted: a manifest "
			  "of at most %d rows", MANIFEST_MAX_BYTES, MANIFEST_MAX_ROWS);
		return false;
	}
	text = malloc((size_t)st.st_size + 1);
	if (!text) {
		close(fd);
		error_set(err, path, NULL, NULL, "out of memory");
		return false;
	}
	/* the size read is bounded by fstat's: a file growing meanwhile is cut */
	while (got < (size_t)st.st_size) {
		ssize_t n = read(fd, text + got, (size_t)st.st_size - got);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		got += (size_t)n;
	}
	close(fd);
	if (memchr(text, '\0', got)) {
		free(text);
		error_set(err, path, NULL, NULL, "a NUL byte; accepted: a text file (UTF-8 CSV)");
		return false;
	}
	ok = manifest_parse(path, text, got, m, err);
	free(text);
	return ok;
}

void manifest_free(ed_manifest *m)
{
	if (!m)
		return;
	for (size_t i = 0; i < m->n_rows; i++)
		for (int c = 0; c < MC_COUNT; c++)
			free(m->rows[i].val[c]);
	free(m->rows);
	m->rows = NULL;
	m->n_rows = 0;
}
