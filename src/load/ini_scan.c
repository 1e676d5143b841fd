/* The scan of the one INI reader (ini_scan.h): iniparser 4.1's own
 * reading of each line, refusing what it would misread. */
#include "load/ini_scan.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/sorted.h"
#include "load/ini_fail.h"

/* the section and key as the scan's messages may name them: a name the
 * kind does not know is left out (the message gives the line) */
static const char *shown_section(const ini *f, const char *sec)
{
	if (!sec || !f->kind->name_known)
		return sec;
	return f->kind->name_known(sec, NULL) ? sec : NULL;
}

static const char *shown_key(const ini *f, const char *sec, const char *key)
{
	if (!key || !f->kind->name_known)
		return key;
	return shown_section(f, sec) && f->kind->name_known(sec, key) ? key : NULL;
}

/* the current section and a key of it, as the scan's messages name them */
#define S_SEC(S) shown_section((S)->f, (S)->section)
#define S_KEY(S, key) shown_key((S)->f, (S)->section, (key))

/* ---- the scan: iniparser 4.1's own reading of each line ----------------- */

/* iniparser's strstrip and strlwc, to name things exactly as it does */
static char *strip(char *s)
{
	char *end;

	while (*s && isspace((int)*s))
		s++;
	end = s + strlen(s);
	while (end > s && isspace((int)end[-1]))
		end--;
	*end = '\0';
	return s;
}

static void lower(char *s)
{
	for (; *s; s++)
		*s = (char)tolower((int)*s);
}

static bool remember(ini_scanner *S, const char *sec, const char *key, const char *value,
		     long line)
{
	size_t ls = strlen(sec), lk = key ? strlen(key) : 0;
	ini_scan_ent *e;

	if (S->n == S->cap) {
		size_t nc = S->cap ? S->cap * 2 : 64;
		ini_scan_ent *g = realloc(S->v, nc * sizeof *g);
		if (!g)
			return ini_nomem(S->f);
		S->v = g;
		S->cap = nc;
	}
	e = &S->v[S->n];
	e->full = malloc(ls + lk + 2);
	e->value = value ? strdup(value) : NULL;
	if (!e->full || (value && !e->value)) {
		free(e->full);
		free(e->value);
		return ini_nomem(S->f);
	}
	memcpy(e->full, sec, ls + 1);
	if (key) {
		e->full[ls] = ':';
		memcpy(e->full + ls + 1, key, lk + 1);
	}
	e->split = ls;
	e->line = line;
	S->n++;
	return true;
}

static bool scan_section(ini_scanner *S, char *s, size_t len, long no)
{
	char *close = strchr(s, ']'), *name;

	if (close != s + len - 1)
		return ini_fail(S->f, NULL, NULL, "line %ld: a section header with text after "
				"its first ']'; accepted: [NAME] alone on its line", no);
	*close = '\0';
	name = strip(s + 1);
	if (!*name)
		return ini_fail(S->f, NULL, NULL, "line %ld: an empty section name []; "
				"accepted: [NAME] with a name", no);
	lower(name);
	if (strchr(name, ':'))
		return ini_fail(S->f, shown_section(S->f, name), NULL, "line %ld: a section name with ':'; accepted: "
				"letters, digits, '.' and '_'", no);
	free(S->section);
	S->section = strdup(name);
	S->section_line = no;
	if (!S->section)
		return ini_nomem(S->f);
	return remember(S, name, NULL, NULL, no);
}

/* What iniparser_line makes of a line that is neither empty, a comment
 * nor a section (s stripped, len its length): key and val (each len + 1
 * bytes) as it stores them, or a reason to refuse the line. */
enum kv_problem { KV_OK, KV_SYNTAX, KV_NO_CLOSE, KV_AFTER_QUOTE, KV_CUT };

static enum kv_problem read_kv(const char *s, char *key, char *val, char *what)
{
	/* iniparser_line tries five sscanf patterns in turn: "%[^=] = \"%[^\"]\"",
	 * then the same with ', then "%[^=] = %[^;#]", then "%[^=] = %[;#]" and
	 * "%[^=] %[=]" (an empty value). This is what they match, without
	 * sscanf's cost; ini_open checks the outcome against iniparser's. */
	const char *eq = strchr(s, '='), *p, *cut;
	size_t n;

	if (!eq || eq == s)
		return KV_SYNTAX; /* %[^=] needs a character, and '=' must follow */
	memcpy(key, s, (size_t)(eq - s));
	key[eq - s] = '\0';
	memmove(key, strip(key), strlen(strip(key)) + 1);
	lower(key);
	for (p = eq + 1; *p && isspace((int)*p); p++)
		;
	if ((*p == '"' || *p == '\'') && p[1] && p[1] != *p) {
		const char *close = strchr(p + 1, *p), *rest;
		*what = *p;
		if (!close)
			return KV_NO_CLOSE;
		memcpy(val, p + 1, (size_t)(close - p - 1));
		val[close - p - 1] = '\0';
		for (rest = close + 1; isspace((int)*rest); rest++)
			;
		/* iniparser drops what follows the closing quote */
		return *rest && *rest != ';' && *rest != '#' ? KV_AFTER_QUOTE : KV_OK;
	}
	/* a ';' or '#' where iniparser stops an unquoted value, not preceded
	 * by a space: a cut nobody meant (12345#6789), not a comment */
	cut = strpbrk(p, ";#");
	if (cut && !isspace((int)cut[-1])) {
		*what = *cut;
		return KV_CUT;
	}
	n = cut ? (size_t)(cut - p) : strlen(p);
	memcpy(val, p, n);
	val[n] = '\0';
	{
		char *v = strip(val);
		if (!strcmp(v, "\"\"") || !strcmp(v, "''"))
			v[0] = '\0';
		memmove(val, v, strlen(v) + 1);
	}
	return KV_OK;
}

static bool scan_key(ini_scanner *S, char *s, size_t len, long no)
{
	char *key = malloc(len + 1), *val = malloc(len + 1), what = 0;
	enum kv_problem pb;
	bool ok = false;

	if (!key || !val) {
		free(key);
		free(val);
		return ini_nomem(S->f);
	}
	pb = read_kv(s, key, val, &what);
	if (pb == KV_SYNTAX)
		ini_fail(S->f, NULL, NULL, "line %ld: neither [section], key = value nor "
			 "a ; comment; accepted: [section] lines, key = value lines and ; "
			 "comments", no);
	else if (!S->section)
		ini_fail(S->f, NULL, NULL, "line %ld: a key before any [section]; accepted: "
			 "key = value lines inside a section", no);
	else if (pb == KV_NO_CLOSE)
		ini_fail(S->f, S_SEC(S), S_KEY(S, key), "line %ld: no closing %s; accepted: a value in "
			 "quotes closed on its line", no,
			 what == '"' ? "double quote" : "quote");
	else if (pb == KV_AFTER_QUOTE)
		ini_fail(S->f, S_SEC(S), S_KEY(S, key), "line %ld: text after the closing quote, which "
			 "iniparser drops; accepted: the whole value in quotes, then at most a "
			 "; comment", no);
	else if (pb == KV_CUT)
		ini_fail(S->f, S_SEC(S), S_KEY(S, key), "line %ld: iniparser would cut the value at the "
			 "'%c'; quote it: accepted: the value in double quotes (\"...\") when "
			 "it holds ; or #, or a space before a ; comment", no, what);
	else
		ok = remember(S, S->section, key, val, no);
	free(key);
	free(val);
	return ok;
}

/* value as is (form 0), in double (1) or single quotes (2) */
static void put_form(char *dst, size_t size, size_t form, const char *value)
{
	if (form == 0)
		snprintf(dst, size, "%s", value);
	else if (form == 1)
		snprintf(dst, size, "\"%s\"", value);
	else
		snprintf(dst, size, "'%s'", value);
}

const char *ini_quote(const char *value, char *buf, size_t size)
{
	size_t n = strlen(value);
	char *line = malloc(n + 16), *key = malloc(n + 16), *val = malloc(n + 16);
	const char *found = NULL;

	for (size_t i = 0; line && key && val && !found && i < 3; i++) {
		char what, *s;
		size_t len;
		if (strpbrk(value, "\r\n") || n + 8 > size)
			break;
		memcpy(line, "k = ", 4);
		put_form(line + 4, n + 12, i, value);
		/* iniparser strips the line; a '\' left last continues it */
		s = strip(line);
		len = strlen(s);
		if (!len || s[len - 1] == '\\')
			continue;
		if (read_kv(s, key, val, &what) == KV_OK && !strcmp(key, "k") &&
		    !strcmp(val, value)) {
			put_form(buf, size, i, value);
			found = buf;
		}
	}
	free(line);
	free(key);
	free(val);
	return found;
}

/* one line as iniparser sees it: continuations joined, trailing spaces
 * stripped; `first` is where it began */
static bool scan_line(ini_scanner *S, char *joined, long first, long no)
{
	char *s = joined;
	size_t len;

	while (*s && isspace((int)*s))
		s++;
	len = strlen(s);
	if (!len || s[0] == '#' || s[0] == ';') {
		if (len && first != no)
			return ini_fail(S->f, S_SEC(S), NULL, "line %ld: a comment ending in "
					"'\\' takes in line %ld; accepted: comments that do not "
					"end in '\\'", first, first + 1);
		return true;
	}
	if (s[0] == '[' && s[len - 1] == ']')
		return scan_section(S, s, len, first);
	return scan_key(S, s, len, first);
}

static bool scan(ini_scanner *S, const char *buf, size_t len, bool continuations)
{
	ini *f = S->f;
	char joined[INI_LINE_LIMIT + 2];
	size_t jlen = 0, pos = 0;
	long no = 0, first = 0;
	bool pending = false;

	if (len >= 3 && !memcmp(buf, "\xEF\xBB\xBF", 3))
		return ini_fail(f, NULL, NULL, "line 1 starts with a byte-order mark (BOM); "
				"accepted: UTF-8 without a byte-order mark");
	while (pos < len) {
		const char *ln = buf + pos, *nl = memchr(ln, '\n', len - pos);
		size_t n = nl ? (size_t)(nl - ln) : len - pos, body = n;

		pos += n + (nl != NULL);
		if (++no > f->kind->max_lines)
			return ini_fail(f, NULL, NULL, "more than %ld lines; accepted: a file of "
					"at most %ld lines", f->kind->max_lines, f->kind->max_lines);
		if (body && ln[body - 1] == '\r')
			body--; /* a CRLF line end */
		for (size_t i = 0; i < body; i++) {
			unsigned char c = (unsigned char)ln[i];
			if (c == 0)
				return ini_fail(f, S_SEC(S), NULL, "line %ld: a NUL byte; accepted: "
						"UTF-8 text", no);
			if ((c < 0x20 && c != '\t') || c == 0x7f)
				return ini_fail(f, S_SEC(S), NULL, "line %ld: a control character "
						"(0x%02x); accepted: text without control characters "
						"(tabs are allowed)", no, c);
		}
		if (body > INI_LINE_LIMIT)
			return ini_fail(f, S_SEC(S), NULL, "line %ld is %zu bytes long; accepted: "
					"at most %d bytes per line (split a long list over several "
					"keys)", no, body, INI_LINE_LIMIT);
		if (pending) {
			const char *t = ln;
			while (t < ln + body && isspace((unsigned char)*t))
				t++;
			if (t < ln + body && *t == '[')
				return ini_fail(f, S_SEC(S), NULL, "line %ld: taken into the value "
						"of line %ld, which ends in '\\'; accepted: a line "
						"ending in '\\' continued by a value", no, first);
		} else {
			jlen = 0;
			first = no;
		}
		if (jlen + body > INI_LINE_LIMIT)
			return ini_fail(f, S_SEC(S), NULL, "line %ld: lines %ld to %ld joined by "
					"'\\' are %zu bytes long; accepted: at most %d bytes once "
					"joined", first, first, no, jlen + body, INI_LINE_LIMIT);
		memcpy(joined + jlen, ln, body);
		jlen += body;
		while (jlen && isspace((unsigned char)joined[jlen - 1]))
			jlen--;
		if (jlen && joined[jlen - 1] == '\\') {
			if (!continuations)
				return ini_fail(f, S_SEC(S), NULL, "line %ld ends in '\\', which "
						"joins the next line to it; accepted: a value ending "
						"in '\\' in double quotes (\"...\\\")", no);
			jlen--;
			pending = true;
			continue;
		}
		pending = false;
		joined[jlen] = '\0';
		if (!scan_line(S, joined, first, no))
			return false;
	}
	if (pending)
		return ini_fail(f, S_SEC(S), NULL, "line %ld ends in '\\' and no line follows "
				"(iniparser drops it); accepted: a last line without '\\'", no);
	return true;
}

static int ent_cmp(const void *a, const void *b)
{
	const ini_scan_ent *x = *(const ini_scan_ent *const *)a, *y = *(const ini_scan_ent *const *)b;
	int c = strcmp(x->full, y->full);
	return c ? c : (x->line > y->line) - (x->line < y->line);
}

/* Repeats: iniparser keeps the last value of a key, and merges a section
 * given twice. The repeat met first in the file is told. */
static bool check_repeats(ini_scanner *S)
{
	ini_scan_ent **by = calloc(S->n + 1, sizeof *by);
	const ini_scan_ent *a = NULL, *b = NULL;

	if (!by)
		return ini_nomem(S->f);
	for (size_t i = 0; i < S->n; i++)
		by[i] = &S->v[i];
	sorted_sort(by, S->n, sizeof *by, ent_cmp);
	for (size_t i = 1; i < S->n; i++)
		if (!strcmp(by[i - 1]->full, by[i]->full) && (!b || by[i]->line < b->line)) {
			a = by[i - 1];
			b = by[i];
		}
	free(by);
	if (!b)
		return true;
	if (!b->value)
		return ini_fail(S->f, shown_section(S->f, b->full), NULL, "section given twice (lines %ld and %ld); "
				"accepted: each section once, with a name of its own",
				a->line, b->line);
	b->full[b->split] = '\0';
	ini_fail(S->f, shown_section(S->f, b->full), shown_key(S->f, b->full, b->full + b->split + 1),
		 "given twice (lines %ld and %ld); "
		 "accepted: each key once per section", a->line, b->line);
	b->full[b->split] = ':';
	return false;
}

bool ini_scan(ini_scanner *S, const char *buf, size_t len, bool continuations)
{
	return scan(S, buf, len, continuations) && check_repeats(S);
}

void ini_scan_free(ini_scanner *S)
{
	for (size_t i = 0; i < S->n; i++) {
		free(S->v[i].full);
		free(S->v[i].value);
	}
	free(S->v);
	free(S->section);
}
