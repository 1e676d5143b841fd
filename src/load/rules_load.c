/* Reads and validates rules.ini. Every problem becomes one message naming
 * the file, section and key and the accepted form (doc/rules-format.md);
 * whatever was built so far is freed. */
#include "load/rules_load.h"
#include "load/texts_zh.h"

#include <ctype.h>
#include <errno.h>
#include <iniparser/iniparser.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/answers.h"
#include "core/slip_vars.h"
#include "core/verdict.h"
#include "load/countries.h"
#include "load/ini_quiet.h"
#include "load/rules_mrz.h"
#include "load/rules_regimes.h"
#include "load/airports.h"
#include "load/rules_names.h"

/* iniparser 4.1 reads lines of up to 1024 bytes; the format promises 1000
 * so that a file that loads here loads with any iniparser 4. */
#define LINE_LIMIT 1000

enum kind {
	K_RULES, K_COUNTRIES, K_AREA, K_PORT, K_SCHEME, K_TRANSIT, K_AIRSIDE,
	K_EPASS, K_REASON, K_REVIEW, K_TEXT
};

/* The sections a rules file may hold: `named` ones need a ".NAME". */
static const struct {
	const char *prefix;
	bool named;
	enum kind kind;
} section_kinds[] = {
	{ "rules", false, K_RULES },
	{ "countries", true, K_COUNTRIES },
	{ "area", true, K_AREA },
	{ "port", true, K_PORT },
	{ "scheme", true, K_SCHEME },
	{ "transit", true, K_TRANSIT },
	{ "airside", true, K_AIRSIDE },
	{ "epass", true, K_EPASS },
	{ "reason", true, K_REASON },
	{ "review", true, K_REVIEW },
	{ "slip", false, K_TEXT },
	{ "outcome", false, K_TEXT },
	{ "reminders", false, K_TEXT },
	{ "reminders", true, K_TEXT },
	{ "legal", false, K_TEXT },
	{ "mrz", true, K_TEXT }, { "sheet", false, K_TEXT }, /* rules_mrz.c, sheet.c */
	{ "ways", false, K_TEXT },
	{ "regime", true, K_TEXT },         /* read by rules_regimes.c */
	{ "regime_version", true, K_TEXT }, /* read by rules_regimes.c */
	{ "country_names", false, K_TEXT }, /* checked by load/rules_names.c */
	{ "airports", false, K_TEXT }, /* read by load/airports.c */
};

#define SECTIONS_ACCEPTED \
	"rules, countries.NAME, area.ID, port.ID, scheme.ID, transit.NAME, " \
	"airside.NAME, epass.NAME, reason.CODE, review.CODE, slip, outcome, " \
	"reminders[.NAME], legal, ways, regime.ID, regime_version.NAME, mrz.codes, " \
	"mrz.note.NAME, mrz.texts, sheet, country_names, airports"

static const char *const reason_codes[] = {
#define ED_R_CODE(id, code) code,
	ED_REASONS(ED_R_CODE)
#undef ED_R_CODE
};
static const char *const review_codes[] = {
#define ED_V_CODE(id, code) code,
	ED_REVIEWS(ED_V_CODE)
#undef ED_V_CODE
};

#define VERSION_KEYS "label", "source", "as_of", "effective_from", "effective_until"

static const char *const keys_rules[] = {
	"as_of", "source", "utc_offset_minutes", "age_warning_months", "iso_codes", NULL
};
static const char *const keys_area[] = { "name", "name_zh", "province", "uncertain", NULL };
static const char *const keys_port[] = {
	"name", "name_zh", "province", "aliases", "airport.*", NULL
};
static const char *const keys_scheme[] = {
	"id", "hours", "cross_area", "area.*", "exit.*", "exit_unconfirmed", NULL
};
static const char *const keys_transit[] = {
	VERSION_KEYS, "nationalities", "schemes", "entry_list_complete",
	"exit_list_complete", "unlisted_scheme", "passport_months",
	"violation_years", "registration_hours", "fallback_hours",
	"purposes_allowed", "nationalities_secondary", "suspended", NULL
};
static const char *const keys_airside[] = { VERSION_KEYS, "airports", NULL };
static const char *const keys_epass[] = {
	VERSION_KEYS, "valid_days", "monthly_limit", "residences",
	"permit_pattern.*", "permit_form.*", "mobile_pattern", "mobile_form",
	"status_ok", "usable_for", "not_usable_for", NULL
};
static const char *const keys_reason[] = { "text", "text_zh", "fix", "fix_zh", NULL };
static const char *const keys_review[] = { "text", "text_zh", NULL };

/* A [countries.NAME] list, for @NAME references. */
typedef struct named_codes {
	const char *name; /* NAME, points into the dictionary */
	ed_code *codes;
	size_t n;
} named_codes;

/* An alias and its port, sorted by alias: duplicates and airside codes. */
typedef struct alias_ref {
	const char *alias;
	const ed_port *port;
} alias_ref;

/* One "section:key" of the dictionary (or a bare section name), with its
 * place in the file: iniparser 4.1 looks keys up by a linear scan, so the
 * loader sorts them once and searches them itself. */
typedef struct entry {
	const char *key;
	const char *val;
	size_t seq;
} entry;

typedef struct loader {
	const char *file;
	dictionary **dicts; /* one per chunk of the file (see parse_ini) */
	size_t n_dicts;
	entry *ents; /* sorted by key */
	size_t n_ents;
	ed_rules *r;
	ed_error *err;
	const char **secs; /* section names, from the dictionary */
	enum kind *kinds;
	size_t n_secs;
	named_codes *lists;
	size_t n_lists;
	alias_ref *aliases;
	size_t n_aliases;
} loader;

/* ---- small helpers ---------------------------------------------------- */

static void fail(loader *L, const char *sec, const char *key, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static void fail(loader *L, const char *sec, const char *key, const char *fmt, ...)
{
	char what[768];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(what, sizeof what, fmt, ap);
	va_end(ap);
	error_set(L->err, L->file, sec, key, "%s", what);
}

static bool nomem(loader *L)
{
	fail(L, NULL, NULL, "out of memory");
	return false;
}

static char *dup_str(const char *s)
{
	return strdup(s ? s : "");
}

static int entry_cmp(const void *a, const void *b)
{
	return strcmp(((const entry *)a)->key, ((const entry *)b)->key);
}

/* the value of sec:key, or NULL when absent */
static const char *get(const loader *L, const char *sec, const char *key)
{
	char full[512];
	entry k = { .key = full }, *e;

	snprintf(full, sizeof full, "%s:%s", sec, key);
	e = bsearch(&k, L->ents, L->n_ents, sizeof *L->ents, entry_cmp);
	return e ? e->val : NULL;
}

static bool blank(const char *s)
{
	for (; s && *s; s++)
		if (!isspace((unsigned char)*s))
			return false;
	return true;
}

/* a required, non-empty value */
static const char *need(loader *L, const char *sec, const char *key, const char *form)
{
	const char *v = get(L, sec, key);
	if (!v || blank(v)) {
		fail(L, sec, key, "missing; accepted: %s", form);
		return NULL;
	}
	return v;
}

static bool need_str(loader *L, const char *sec, const char *key, const char *form,
		     char **out)
{
	const char *v = need(L, sec, key, form);
	if (!v)
		return false;
	*out = dup_str(v);
	return *out || nomem(L);
}

static bool opt_str(loader *L, const char *sec, const char *key, char **out)
{
	*out = dup_str(get(L, sec, key));
	return *out || nomem(L);
}

static bool parse_date_key(loader *L, const char *sec, const char *key, bool required,
			   ed_date *out, bool *present)
{
	const char *v = get(L, sec, key);
	if (present)
		*present = v && !blank(v);
	if (!v || blank(v)) {
		if (!required)
			return true;
		fail(L, sec, key, "missing; accepted: a date YYYY-MM-DD");
		return false;
	}
	if (!date_parse(v, out)) {
		fail(L, sec, key, "'%s' is not a date; accepted: a real calendar day "
		     "as YYYY-MM-DD", v);
		return false;
	}
	return true;
}

static bool parse_int_key(loader *L, const char *sec, const char *key, int lo, int hi,
			  int *out)
{
	const char *v = need(L, sec, key, "a whole number");
	char *end;
	long n;

	if (!v)
		return false;
	errno = 0;
	n = strtol(v, &end, 10);
	while (isspace((unsigned char)*end))
		end++;
	if (errno || end == v || *end || n < lo || n > hi) {
		fail(L, sec, key, "'%s' is not accepted; accepted: a whole number "
		     "from %d to %d", v, lo, hi);
		return false;
	}
	*out = (int)n;
	return true;
}

static bool parse_bool_key(loader *L, const char *sec, const char *key, bool required,
			   bool dflt, bool *out)
{
	const char *v = get(L, sec, key);
	if (!v || blank(v)) {
		*out = dflt;
		if (!required)
			return true;
		fail(L, sec, key, "missing; accepted: yes or no");
		return false;
	}
	if (!strcasecmp(v, "yes") || !strcasecmp(v, "no")) {
		*out = !strcasecmp(v, "yes");
		return true;
	}
	fail(L, sec, key, "'%s' is not accepted; accepted: yes or no", v);
	return false;
}

typedef struct words {
	char **v;
	size_t n;
} words;

static void words_free(words *w)
{
	for (size_t i = 0; i < w->n; i++)
		free(w->v[i]);
	free(w->v);
	w->v = NULL;
	w->n = 0;
}

/* splits a space-separated list; false only when out of memory */
static bool words_split(const char *s, words *w)
{
	size_t cap = 0;

	w->v = NULL;
	w->n = 0;
	while (s && *s) {
		const char *start;
		while (*s && isspace((unsigned char)*s))
			s++;
		if (!*s)
			break;
		start = s;
		while (*s && !isspace((unsigned char)*s))
			s++;
		if (w->n == cap) {
			char **nv = realloc(w->v, (cap ? cap * 2 : 8) * sizeof *nv);
			if (!nv)
				goto oom;
			w->v = nv;
			cap = cap ? cap * 2 : 8;
		}
		w->v[w->n] = strndup(start, (size_t)(s - start));
		if (!w->v[w->n])
			goto oom;
		w->n++;
	}
	return true;
oom:
	words_free(w);
	return false;
}

static bool word_in(const char *w, const char *choices /* "a|b|c" */)
{
	size_t len = strlen(w);
	const char *p = choices;

	while (p && *p) {
		const char *bar = strchr(p, '|');
		size_t n = bar ? (size_t)(bar - p) : strlen(p);
		if (n == len && !strncmp(p, w, n))
			return true;
		p = bar ? bar + 1 : NULL;
	}
	return false;
}

static void upcase(char *s)
{
	for (; *s; s++)
		*s = (char)toupper((unsigned char)*s);
}

static bool valid_id(const char *s)
{
	if (!*s)
		return false;
	for (; *s; s++)
		if (!islower((unsigned char)*s) && !isdigit((unsigned char)*s) && *s != '_')
			return false;
	return true;
}

/* ---- the raw file: line lengths, keys outside sections, duplicates ----- */

typedef struct seen_key {
	char *key; /* "section:key" */
	long line;
} seen_key;

static int seen_cmp(const void *a, const void *b)
{
	const seen_key *x = a, *y = b;
	int c = strcmp(x->key, y->key);
	return c ? c : (x->line > y->line) - (x->line < y->line);
}

static void lower_trim(char *dst, size_t size, const char *s, size_t n)
{
	size_t k = 0;

	while (n && isspace((unsigned char)*s))
		s++, n--;
	while (n && isspace((unsigned char)s[n - 1]))
		n--;
	for (size_t i = 0; i < n && k + 1 < size; i++)
		dst[k++] = (char)tolower((unsigned char)s[i]);
	dst[k] = '\0';
}

/* The keys and section headers met so far, to find repeats. */
typedef struct seen_list {
	seen_key *v;
	size_t n, cap;
} seen_list;

/* records "section:key" (or a bare section header) met on line `no` */
static bool remember(loader *L, seen_list *seen, const char *section, const char *key,
		     long no)
{
	char full[400];

	if (seen->n == seen->cap) {
		size_t nc = seen->cap ? seen->cap * 2 : 256;
		seen_key *g = realloc(seen->v, nc * sizeof *g);
		if (!g)
			return nomem(L);
		seen->v = g;
		seen->cap = nc;
	}
	snprintf(full, sizeof full, "%s%s%s", section, key ? ":" : "", key ? key : "");
	seen->v[seen->n].key = strdup(full);
	seen->v[seen->n].line = no;
	if (!seen->v[seen->n].key)
		return nomem(L);
	seen->n++;
	return true;
}

/* A key given twice would silently keep one value; a section given twice
 * is usually a copy that should have been renamed. */
static bool check_repeats(loader *L, seen_list *seen)
{
	qsort(seen->v, seen->n, sizeof *seen->v, seen_cmp);
	for (size_t i = 1; i < seen->n; i++) {
		seen_key *a = &seen->v[i - 1], *b = &seen->v[i];
		char *colon;
		if (strcmp(a->key, b->key))
			continue;
		colon = strchr(b->key, ':');
		if (!colon) {
			fail(L, b->key, NULL, "section given twice (lines %ld and %ld); "
			     "accepted: each section once, with a name of its own",
			     a->line, b->line);
			return false;
		}
		*colon = '\0';
		fail(L, b->key, colon + 1, "given twice (lines %ld and %ld); accepted: "
		     "each key once per section", a->line, b->line);
		return false;
	}
	return true;
}

/* Checks one line (newline removed); `section` is the section it is in. */
static bool prescan_line(loader *L, seen_list *seen, char *line, size_t len, long no,
			 char *section, size_t section_size)
{
	char *p = line, *eq, key[256];

	if (len > LINE_LIMIT) {
		fail(L, section, NULL, "line %ld is %zu bytes long; accepted: at most %d "
		     "bytes per line (split a long list over several keys)", no, len,
		     LINE_LIMIT);
		return false;
	}
	if (no == 1 && !strncmp(line, "\xEF\xBB\xBF", 3)) {
		fail(L, NULL, NULL, "line 1 starts with a byte-order mark; accepted: "
		     "UTF-8 without a byte-order mark");
		return false;
	}
	while (isspace((unsigned char)*p))
		p++;
	if (!*p || *p == ';' || *p == '#')
		return true;
	if (*p == '[') {
		char *close = strchr(p, ']');
		lower_trim(section, section_size, p + 1,
			   close ? (size_t)(close - p - 1) : strlen(p + 1));
		return remember(L, seen, section, NULL, no);
	}
	eq = strchr(p, '=');
	if (!eq)
		return true; /* iniparser reports it as a syntax error */
	if (!section[0]) {
		fail(L, NULL, NULL, "line %ld: a key before any [section]; accepted: "
		     "key = value lines inside a section", no);
		return false;
	}
	lower_trim(key, sizeof key, p, (size_t)(eq - p));
	return remember(L, seen, section, key, no);
}

/* Checks what iniparser would mishandle or not report with a line number:
 * over-long lines, keys before any section, repeated keys and sections. */
static bool prescan(loader *L)
{
	FILE *f = fopen(L->file, "r");
	char *line = NULL, section[128] = "";
	size_t cap = 0;
	seen_list seen = { NULL, 0, 0 };
	ssize_t len;
	long no = 0;
	bool ok = true, continued = false;
	struct stat st;

	if (!f) {
		fail(L, NULL, NULL, "cannot open the rules file (%s); accepted: a "
		     "readable rules.ini (see doc/rules-format.md), given with --rules "
		     "or $ENTRYDESK_RULES", strerror(errno));
		return false;
	}
	if (fstat(fileno(f), &st) == 0 && !S_ISREG(st.st_mode)) {
		fclose(f);
		fail(L, NULL, NULL, "not a regular file; accepted: a rules.ini file "
		     "(see doc/rules-format.md)");
		return false;
	}
	while (ok && (len = getline(&line, &cap, f)) != -1) {
		bool was_continued = continued;
		no++;
		while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = '\0';
		continued = len && line[len - 1] == '\\';
		/* a continued line belongs to the key above it */
		if (was_continued && len <= LINE_LIMIT)
			continue;
		ok = prescan_line(L, &seen, line, (size_t)len, no, section, sizeof section);
	}
	free(line);
	fclose(f);
	ok = ok && check_repeats(L, &seen);
	for (size_t i = 0; i < seen.n; i++)
		free(seen.v[i].key);
	free(seen.v);
	return ok;
}

/* ---- iniparser ------------------------------------------------------- */

/* iniparser's complaint about a chunk starting on file line `first_line` */
static void describe_parse_error(loader *L, long line, long first_line, const char *text)
{
	if (line > 0)
		fail(L, NULL, NULL, "syntax error on line %ld ('%s'); accepted: "
		     "[section] lines, key = value lines and ; comments",
		     line + first_line - 1, text);
	else
		fail(L, NULL, NULL, "cannot be read as INI (%s); accepted: [section] "
		     "lines, key = value lines and ; comments", text[0] ? text : "unknown error");
}

/* iniparser 4.1 checks each new key against every key it has read, so
 * one load of a whole file costs the square of its size. The file is
 * therefore read in chunks of whole sections, each its own dictionary:
 * loading stays linear, and a rules file ten times larger loads about ten
 * times slower, not a hundred. */
#define CHUNK_LINES 400

/* loads one chunk of the file, which starts on file line `first_line` */
static bool parse_chunk(loader *L, const char *text, size_t len, long first_line)
{
	char path[4096];
	const char *tmp = getenv("TMPDIR");
	dictionary *d = NULL, **grown;
	char bad_text[256] = "";
	long bad_line = 0;
	int fd;
	bool written;

	snprintf(path, sizeof path, "%s/entrydesk-rules-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	fd = mkstemp(path);
	if (fd < 0) {
		fail(L, NULL, NULL, "cannot make a temporary file in %s (%s); accepted: "
		     "a writable $TMPDIR or /tmp", tmp && *tmp ? tmp : "/tmp", strerror(errno));
		return false;
	}
	written = write(fd, text, len) == (ssize_t)len;
	close(fd);
	if (written)
		d = ini_load_quiet(path, &bad_line, bad_text, sizeof bad_text);
	unlink(path);
	if (!written) {
		fail(L, NULL, NULL, "cannot write a temporary file in %s; accepted: a "
		     "writable $TMPDIR or /tmp with free space", tmp && *tmp ? tmp : "/tmp");
		return false;
	}
	if (!d) {
		describe_parse_error(L, bad_line, first_line, bad_text);
		return false;
	}
	grown = realloc(L->dicts, (L->n_dicts + 1) * sizeof *L->dicts);
	if (!grown) {
		iniparser_freedict(d);
		return nomem(L);
	}
	L->dicts = grown;
	L->dicts[L->n_dicts++] = d;
	return true;
}

/* the whole file, NUL-terminated; prescan() has already vetted it */
static char *read_all(loader *L, size_t *len)
{
	FILE *f = fopen(L->file, "rb");
	char *buf = NULL;
	size_t cap = 0, n = 0, got;

	if (!f) {
		fail(L, NULL, NULL, "cannot open the rules file (%s)", strerror(errno));
		return NULL;
	}
	do {
		if (cap - n < 4096) {
			char *grown = realloc(buf, cap ? cap * 2 : 65536);
			if (!grown) {
				free(buf);
				fclose(f);
				nomem(L);
				return NULL;
			}
			buf = grown;
			cap = cap ? cap * 2 : 65536;
		}
		got = fread(buf + n, 1, cap - n - 1, f);
		n += got;
	} while (got > 0);
	fclose(f);
	buf[n] = '\0';
	*len = n;
	return buf;
}

/* a "[section]" line, not the continuation of the line before */
static bool starts_section(const char *line, bool continued)
{
	while (*line == ' ' || *line == '\t')
		line++;
	return *line == '[' && !continued;
}

static bool parse_ini(loader *L)
{
	size_t len, start = 0, pos = 0, total = 0;
	long line = 1, chunk_line = 1, lines = 0;
	bool continued = false, ok = true;
	char *text = read_all(L, &len);

	if (!text)
		return false;
	while (ok && pos < len) {
		size_t end = pos;
		while (end < len && text[end] != '\n')
			end++;
		if (lines >= CHUNK_LINES && starts_section(text + pos, continued)) {
			ok = parse_chunk(L, text + start, pos - start, chunk_line);
			start = pos;
			chunk_line = line;
			lines = 0;
		}
		/* a backslash at the end (before any \r) continues the line */
		{
			size_t e = end;
			while (e > pos && text[e - 1] == '\r')
				e--;
			continued = e > pos && text[e - 1] == '\\';
		}
		pos = end < len ? end + 1 : end;
		line++;
		lines++;
	}
	if (ok && (start < len || L->n_dicts == 0))
		ok = parse_chunk(L, text + start, len - start, chunk_line);
	free(text);
	if (!ok)
		return false;

	for (size_t c = 0; c < L->n_dicts; c++)
		total += (size_t)L->dicts[c]->n;
	L->ents = calloc(total + 1, sizeof *L->ents);
	if (!L->ents)
		return nomem(L);
	/* seq keeps the file's order across chunks */
	for (size_t c = 0, base = 0; c < L->n_dicts; c++) {
		const dictionary *d = L->dicts[c];
		for (ssize_t i = 0; i < d->size; i++) {
			if (!d->key[i] || L->n_ents >= total)
				continue;
			L->ents[L->n_ents].key = d->key[i];
			L->ents[L->n_ents].val = d->val[i];
			L->ents[L->n_ents].seq = base + (size_t)i;
			L->n_ents++;
		}
		base += (size_t)d->size;
	}
	qsort(L->ents, L->n_ents, sizeof *L->ents, entry_cmp);
	return true;
}

/* ---- sections and keys ------------------------------------------------- */

static int seq_cmp(const void *a, const void *b)
{
	const entry *x = *(const entry *const *)a, *y = *(const entry *const *)b;
	return (x->seq > y->seq) - (x->seq < y->seq);
}

/* the entries that are sections (no ':'), in file order */
static bool list_sections(loader *L)
{
	const entry **found = calloc(L->n_ents + 1, sizeof *found);
	size_t n = 0;

	if (!found)
		return nomem(L);
	for (size_t i = 0; i < L->n_ents; i++)
		if (!strchr(L->ents[i].key, ':'))
			found[n++] = &L->ents[i];
	qsort(found, n, sizeof *found, seq_cmp);
	L->secs = calloc(n + 1, sizeof *L->secs);
	L->kinds = calloc(n + 1, sizeof *L->kinds);
	if (!L->secs || !L->kinds) {
		free(found);
		return nomem(L);
	}
	for (size_t i = 0; i < n; i++)
		L->secs[i] = found[i]->key;
	free(found);
	L->n_secs = n;
	return true;
}

static bool classify(loader *L)
{
	if (!list_sections(L))
		return false;
	if (!L->n_secs) {
		fail(L, NULL, NULL, "no sections; accepted: a rules file as described "
		     "in doc/rules-format.md");
		return false;
	}
	for (size_t i = 0; i < L->n_secs; i++) {
		const char *s = L->secs[i];
		bool known = false;
		for (size_t k = 0; k < sizeof section_kinds / sizeof *section_kinds; k++) {
			size_t pl = strlen(section_kinds[k].prefix);
			if (strncmp(s, section_kinds[k].prefix, pl))
				continue;
			if (section_kinds[k].named ? s[pl] == '.' && s[pl + 1] : !s[pl]) {
				L->kinds[i] = section_kinds[k].kind;
				known = true;
				break;
			}
		}
		if (!known) {
			fail(L, s, NULL, "unknown section; accepted: " SECTIONS_ACCEPTED);
			return false;
		}
	}
	return true;
}

static size_t count_kind(const loader *L, enum kind k)
{
	size_t n = 0;
	for (size_t i = 0; i < L->n_secs; i++)
		n += L->kinds[i] == k;
	return n;
}

static bool key_allowed(const char *key, const char *const *allowed)
{
	for (; *allowed; allowed++) {
		size_t n = strlen(*allowed);
		if ((*allowed)[n - 1] == '*') {
			if (!strncmp(key, *allowed, n - 1) && key[n - 1])
				return true;
		} else if (!strcmp(key, *allowed)) {
			return true;
		}
	}
	return false;
}

/* the keys of a section without the "section:" prefix, in file order;
 * NULL when it has none (or out of memory) */
static const char **section_keys(loader *L, const char *sec, int *n)
{
	char prefix[256];
	size_t pl, lo = 0, hi = L->n_ents, end;
	const entry **found;
	const char **keys;

	*n = 0;
	pl = (size_t)snprintf(prefix, sizeof prefix, "%s:", sec);
	while (lo < hi) { /* the first key >= "sec:" */
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(L->ents[mid].key, prefix) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (end = lo; end < L->n_ents && !strncmp(L->ents[end].key, prefix, pl); end++)
		;
	if (end == lo)
		return NULL;
	found = calloc(end - lo, sizeof *found);
	keys = calloc(end - lo, sizeof *keys);
	if (!found || !keys) {
		free(found);
		free(keys);
		return NULL;
	}
	for (size_t i = lo; i < end; i++)
		found[i - lo] = &L->ents[i];
	qsort(found, end - lo, sizeof *found, seq_cmp);
	for (size_t i = 0; i < end - lo; i++)
		keys[i] = found[i]->key + pl;
	free(found);
	*n = (int)(end - lo);
	return keys;
}

static bool check_keys(loader *L, const char *sec, const char *const *allowed)
{
	int n;
	const char **keys = section_keys(L, sec, &n);
	bool ok = true;

	for (int i = 0; i < n && ok; i++) {
		if (!key_allowed(keys[i], allowed)) {
			char list[512];
			size_t k = 0;
			for (const char *const *a = allowed; *a && k < sizeof list; a++)
				k += (size_t)snprintf(list + k, sizeof list - k, "%s%s",
						      k ? ", " : "", *a);
			fail(L, sec, keys[i], "unknown key; accepted keys: %s", list);
			ok = false;
		}
	}
	free(keys);
	return ok;
}

/* ---- [rules] and countries --------------------------------------------- */

static bool load_rules_section(loader *L, const char **iso_path, const char **iso_key)
{
	const char *env = getenv("ENTRYDESK_ISO_CODES");
	ed_rules *r = L->r;

	if (!count_kind(L, K_RULES)) {
		fail(L, "rules", NULL, "missing section; accepted: [rules] with as_of, "
		     "source, utc_offset_minutes, age_warning_months, iso_codes");
		return false;
	}
	if (!check_keys(L, "rules", keys_rules) ||
	    !parse_date_key(L, "rules", "as_of", true, &r->as_of, NULL) ||
	    !need_str(L, "rules", "source", "one line saying where the rules come from",
		      &r->source) ||
	    !parse_int_key(L, "rules", "utc_offset_minutes", -720, 840,
			   &r->utc_offset_minutes) ||
	    !parse_int_key(L, "rules", "age_warning_months", 1, 1200,
			   &r->age_warning_months))
		return false;
	if (env && *env) {
		*iso_path = env;
		*iso_key = "$ENTRYDESK_ISO_CODES";
		return true;
	}
	*iso_key = "iso_codes";
	*iso_path = need(L, "rules", "iso_codes",
			 "the path of iso_3166-1.json, e.g. "
			 "/usr/share/iso-codes/json/iso_3166-1.json");
	return *iso_path != NULL;
}

static bool load_countries(loader *L)
{
	const char *iso_path = NULL, *key = NULL;
	static const char *const required[] = { "CHN", "HKG", "MAC", "TWN" };

	if (!load_rules_section(L, &iso_path, &key))
		return false;
	if (!countries_load(iso_path, L->file, key[0] == '$' ? NULL : "rules", key,
			    &L->r->countries, &L->r->n_countries, L->err))
		return false;
	for (size_t i = 0; i < sizeof required / sizeof *required; i++) {
		if (!rules_country(L->r, required[i])) {
			fail(L, key[0] == '$' ? NULL : "rules", key, "country %s is "
			     "missing from %s; accepted: the path of Debian's "
			     "iso_3166-1.json", required[i], iso_path);
			return false;
		}
	}
	return true;
}

static int code_cmp(const void *a, const void *b)
{
	return strcmp(*(const ed_code *)a, *(const ed_code *)b);
}

static const named_codes *find_list(const loader *L, const char *name)
{
	for (size_t i = 0; i < L->n_lists; i++)
		if (!strcasecmp(L->lists[i].name, name))
			return &L->lists[i];
	return NULL;
}

/* Appends the codes of `value` (codes and, when allow_refs, @NAME) to
 * *codes; sorted and without duplicates on return. */
static bool parse_codes(loader *L, const char *sec, const char *key, const char *value,
			bool allow_refs, ed_code **codes, size_t *n)
{
	words w;
	size_t cap = *n;
	bool ok = true;

	if (!words_split(value, &w))
		return nomem(L);
	for (size_t i = 0; i < w.n && ok; i++) {
		const ed_code *add;
		size_t n_add;
		ed_code one;
		if (w.v[i][0] == '@' && allow_refs) {
			const named_codes *list = find_list(L, w.v[i] + 1);
			if (!list) {
				fail(L, sec, key, "unknown list '%s'; accepted: @NAME of a "
				     "[countries.NAME] section", w.v[i]);
				ok = false;
				break;
			}
			add = list->codes;
			n_add = list->n;
		} else {
			if (strlen(w.v[i]) != 3 || !rules_country(L->r, w.v[i]) ||
			    !isupper((unsigned char)w.v[i][0]) ||
			    !isupper((unsigned char)w.v[i][1]) ||
			    !isupper((unsigned char)w.v[i][2])) {
				fail(L, sec, key, "unknown country code '%s'; accepted: ISO "
				     "3166-1 alpha-3 codes in capitals (e.g. DEU)%s", w.v[i],
				     allow_refs ? " and @NAME of a [countries.NAME] section" : "");
				ok = false;
				break;
			}
			memcpy(one, w.v[i], 4);
			add = (const ed_code *)&one;
			n_add = 1;
		}
		if (*n + n_add > cap) {
			size_t nc = (*n + n_add) * 2;
			ed_code *g = realloc(*codes, nc * sizeof *g);
			if (!g) {
				ok = nomem(L);
				break;
			}
			*codes = g;
			cap = nc;
		}
		memcpy(*codes + *n, add, n_add * sizeof *add);
		*n += n_add;
	}
	words_free(&w);
	if (ok && *n) {
		size_t k = 1;
		qsort(*codes, *n, sizeof **codes, code_cmp);
		for (size_t i = 1; i < *n; i++)
			if (strcmp((*codes)[i], (*codes)[k - 1]))
				memcpy((*codes)[k++], (*codes)[i], sizeof **codes);
		*n = k;
	}
	return ok;
}

static bool load_country_lists(loader *L)
{
	L->lists = calloc(count_kind(L, K_COUNTRIES) + 1, sizeof *L->lists);
	if (!L->lists)
		return nomem(L);
	for (size_t i = 0; i < L->n_secs; i++) {
		const char *sec = L->secs[i];
		named_codes *nl;
		const char **keys;
		int nk;
		if (L->kinds[i] != K_COUNTRIES)
			continue;
		nl = &L->lists[L->n_lists++];
		nl->name = sec + strlen("countries.");
		keys = section_keys(L, sec, &nk);
		if (!keys) {
			fail(L, sec, NULL, "empty list; accepted: keys whose values are "
			     "ISO 3166-1 alpha-3 codes");
			return false;
		}
		for (int k = 0; k < nk; k++) {
			if (!parse_codes(L, sec, keys[k], get(L, sec, keys[k]), false,
					 &nl->codes, &nl->n)) {
				free(keys);
				return false;
			}
		}
		free(keys);
	}
	return true;
}

/* ---- areas and ports --------------------------------------------------- */

static int area_cmp(const void *a, const void *b)
{
	return strcmp(((const ed_area *)a)->id, ((const ed_area *)b)->id);
}

static int port_cmp(const void *a, const void *b)
{
	return strcmp(((const ed_port *)a)->id, ((const ed_port *)b)->id);
}

static int alias_cmp(const void *a, const void *b)
{
	return strcasecmp(((const alias_ref *)a)->alias, ((const alias_ref *)b)->alias);
}

static bool check_id(loader *L, const char *sec, const char *id)
{
	if (valid_id(id))
		return true;
	fail(L, sec, NULL, "bad id '%s'; accepted: lower-case letters, digits and _", id);
	return false;
}

typedef bool (*item_loader)(loader *L, const char *sec, void *item);

/* A new array with one item of `size` bytes per section of kind k, each
 * filled by fn; *n counts the items begun, so that rules_free can free a
 * half-built array. NULL only when out of memory; *ok false on an error. */
static void *load_all(loader *L, enum kind k, size_t size, size_t *n, item_loader fn,
		      bool *ok)
{
	char *arr = calloc(count_kind(L, k) + 1, size);

	*ok = arr != NULL || nomem(L);
	for (size_t i = 0; *ok && i < L->n_secs; i++)
		if (L->kinds[i] == k)
			*ok = fn(L, L->secs[i], arr + (*n)++ * size);
	return arr;
}

static bool load_area(loader *L, const char *sec, void *item)
{
	ed_area *a = item;

	a->id = dup_str(sec + strlen("area."));
	if (!a->id)
		return nomem(L);
	return check_id(L, sec, a->id) && check_keys(L, sec, keys_area) &&
	       need_str(L, sec, "name", "the English name, as printed", &a->name) &&
	       opt_str(L, sec, "name_zh", &a->name_zh) &&
	       opt_str(L, sec, "province", &a->province) &&
	       parse_bool_key(L, sec, "uncertain", false, false, &a->uncertain);
}

/* `airport.CODE = Name`: lets the agent type "Pudong" for PVG */
static bool load_airport_names(loader *L, const char *sec, ed_port *p)
{
	const char **keys;
	int n;

	p->airport_names = calloc(p->n_aliases + 1, sizeof *p->airport_names);
	if (!p->airport_names)
		return nomem(L);
	keys = section_keys(L, sec, &n);
	for (int i = 0; i < n; i++) {
		const char *code = keys[i] + strlen("airport.");
		size_t k;
		if (strncmp(keys[i], "airport.", strlen("airport.")))
			continue;
		for (k = 0; k < p->n_aliases && strcasecmp(p->aliases[k], code); k++)
			;
		if (k == p->n_aliases) {
			fail(L, sec, keys[i], "'%s' is not one of this port's aliases; accepted: "
			     "airport.CODE = Name for a CODE listed in aliases", code);
			free(keys);
			return false;
		}
		if (blank(get(L, sec, keys[i]))) {
			fail(L, sec, keys[i], "empty; accepted: the airport's name (Pudong)");
			free(keys);
			return false;
		}
		p->airport_names[k] = dup_str(get(L, sec, keys[i]));
		if (!p->airport_names[k]) {
			free(keys);
			return nomem(L);
		}
	}
	free(keys);
	return true;
}

static bool load_port(loader *L, const char *sec, void *item)
{
	ed_port *p = item;
	words w;

	p->id = dup_str(sec + strlen("port."));
	if (!p->id)
		return nomem(L);
	if (!check_id(L, sec, p->id) || !check_keys(L, sec, keys_port) ||
	    !need_str(L, sec, "name", "the English name, as printed", &p->name) ||
	    !opt_str(L, sec, "name_zh", &p->name_zh) ||
	    !need_str(L, sec, "province", "the province or municipality", &p->province))
		return false;
	if (!words_split(get(L, sec, "aliases"), &w))
		return nomem(L);
	p->aliases = w.v;
	p->n_aliases = w.n;
	for (size_t k = 0; k < w.n; k++)
		upcase(w.v[k]);
	return load_airport_names(L, sec, p);
}

/* Aliases are unique across ports and never another port's id, so that a
 * typed name finds one port. */
static bool index_aliases(loader *L)
{
	ed_rules *r = L->r;
	size_t n = 0;

	for (size_t i = 0; i < r->n_ports; i++)
		n += r->ports[i].n_aliases;
	L->aliases = calloc(n + 1, sizeof *L->aliases);
	if (!L->aliases)
		return nomem(L);
	for (size_t i = 0; i < r->n_ports; i++)
		for (size_t k = 0; k < r->ports[i].n_aliases; k++) {
			L->aliases[L->n_aliases].alias = r->ports[i].aliases[k];
			L->aliases[L->n_aliases++].port = &r->ports[i];
		}
	qsort(L->aliases, L->n_aliases, sizeof *L->aliases, alias_cmp);
	for (size_t i = 0; i < L->n_aliases; i++) {
		const alias_ref *a = &L->aliases[i];
		char sec[160];
		ed_port key = { .id = NULL };
		const ed_port *other;
		char lower[64];
		snprintf(sec, sizeof sec, "port.%s", a->port->id);
		if (i && !strcasecmp(a->alias, L->aliases[i - 1].alias)) {
			fail(L, sec, "aliases", "'%s' is also an alias of [port.%s]; "
			     "accepted: aliases unique across ports", a->alias,
			     L->aliases[i - 1].port->id);
			return false;
		}
		snprintf(lower, sizeof lower, "%s", a->alias);
		for (char *c = lower; *c; c++)
			*c = (char)tolower((unsigned char)*c);
		key.id = lower;
		other = bsearch(&key, r->ports, r->n_ports, sizeof *r->ports, port_cmp);
		if (other && other != a->port) {
			fail(L, sec, "aliases", "'%s' is the id of [port.%s]; accepted: "
			     "aliases unique across port ids and aliases", a->alias, other->id);
			return false;
		}
	}
	return true;
}

static bool load_places(loader *L)
{
	ed_rules *r = L->r;
	bool ok;

	r->areas = load_all(L, K_AREA, sizeof *r->areas, &r->n_areas, load_area, &ok);
	if (!ok)
		return false;
	qsort(r->areas, r->n_areas, sizeof *r->areas, area_cmp);
	r->ports = load_all(L, K_PORT, sizeof *r->ports, &r->n_ports, load_port, &ok);
	if (!ok)
		return false;
	qsort(r->ports, r->n_ports, sizeof *r->ports, port_cmp);
	return index_aliases(L);
}

static const ed_port *port_by_id(const loader *L, const char *id)
{
	ed_port key = { .id = (char *)id };
	return bsearch(&key, L->r->ports, L->r->n_ports, sizeof *L->r->ports, port_cmp);
}

static const alias_ref *alias_find(const loader *L, const char *alias)
{
	alias_ref key = { .alias = alias, .port = NULL };
	return bsearch(&key, L->aliases, L->n_aliases, sizeof *L->aliases, alias_cmp);
}

/* ---- schemes ----------------------------------------------------------- */

static int scheme_cmp(const void *a, const void *b)
{
	return strcmp(((const ed_scheme *)a)->section, ((const ed_scheme *)b)->section);
}

static int entry_port_cmp(const void *a, const void *b)
{
	const ed_port *x = ((const ed_scheme_entry *)a)->port;
	const ed_port *y = ((const ed_scheme_entry *)b)->port;
	return (x > y) - (x < y);
}

static bool add_entries(loader *L, const char *sec, const char *key, ed_scheme *s,
			size_t *cap)
{
	const ed_area *area = rules_area(L->r, key + strlen("area.")); /* or "exit." */
	words w;
	bool ok = true;

	if (!area) {
		fail(L, sec, key, "unknown area '%s'; accepted: area.ID where [area.ID] "
		     "is a section of this file", key + strlen("area."));
		return false;
	}
	if (!words_split(get(L, sec, key), &w))
		return nomem(L);
	if (!w.n) {
		fail(L, sec, key, "no ports; accepted: port ids of [port.ID] sections");
		ok = false;
	}
	for (size_t i = 0; i < w.n && ok; i++) {
		const ed_port *p = port_by_id(L, w.v[i]);
		if (!p) {
			fail(L, sec, key, "unknown port '%s'; accepted: port ids of "
			     "[port.ID] sections (lower case)", w.v[i]);
			ok = false;
			break;
		}
		if (s->n_entries == *cap) {
			size_t nc = *cap ? *cap * 2 : 16;
			ed_scheme_entry *g = realloc(s->entries, nc * sizeof *g);
			if (!g) {
				ok = nomem(L);
				break;
			}
			s->entries = g;
			*cap = nc;
		}
		/* exit.AREA: designated exit ports that are not entry ports */
		s->entries[s->n_entries++] = (ed_scheme_entry){ .port = p, .area = area,
								.exit_only = key[1] == 'x' };
	}
	words_free(&w);
	return ok;
}

/* `exit_unconfirmed = PORT ...`: entry ports the sources name for entry
 * only (the Guangdong ports of 2025-11-05); leaving there is to confirm */
static bool mark_exit_unconfirmed(loader *L, const char *sec, ed_scheme *s)
{
	words w;
	bool ok = true;

	if (!words_split(get(L, sec, "exit_unconfirmed"), &w))
		return nomem(L);
	for (size_t i = 0; i < w.n && ok; i++) {
		size_t k;
		for (k = 0; k < s->n_entries && strcasecmp(s->entries[k].port->id, w.v[i]); k++)
			;
		if (k == s->n_entries) {
			fail(L, sec, "exit_unconfirmed", "'%s' is not an entry port of this scheme; "
			     "accepted: ids of ports listed in its area.* keys", w.v[i]);
			ok = false;
		} else {
			s->entries[k].exit_unconfirmed = true;
		}
	}
	words_free(&w);
	return ok;
}

static bool load_scheme(loader *L, const char *sec, void *item)
{
	ed_scheme *s = item;
	const char **keys;
	size_t cap = 0;
	int nk;
	bool ok = true;

	s->section = dup_str(sec);
	if (!s->section)
		return nomem(L);
	if (!check_keys(L, sec, keys_scheme) ||
	    !need_str(L, sec, "id", "the scheme id printed in verdicts, e.g. 144h", &s->id) ||
	    !parse_int_key(L, sec, "hours", 24, 24 * 366, &s->hours) ||
	    !parse_bool_key(L, sec, "cross_area", true, false, &s->cross_area))
		return false;
	if (s->hours % 24) {
		fail(L, sec, "hours", "%d is not accepted; accepted: a multiple of 24 "
		     "(the stay counts in whole days)", s->hours);
		return false;
	}
	keys = section_keys(L, sec, &nk);
	for (int k = 0; k < nk && ok; k++)
		if (!strncmp(keys[k], "area.", 5) || !strncmp(keys[k], "exit.", 5))
			ok = add_entries(L, sec, keys[k], s, &cap);
	free(keys);
	if (!ok)
		return false;
	if (!s->n_entries) {
		fail(L, sec, "area.ID", "missing; accepted: area.AREA = PORT PORT ... "
		     "lines naming the entry ports of each permitted area");
		return false;
	}
	/* a port at most once per scheme: sort a copy by port and compare */
	{
		ed_scheme_entry *copy = malloc(s->n_entries * sizeof *copy);
		if (!copy)
			return nomem(L);
		memcpy(copy, s->entries, s->n_entries * sizeof *copy);
		qsort(copy, s->n_entries, sizeof *copy, entry_port_cmp);
		for (size_t i = 1; i < s->n_entries && ok; i++) {
			if (copy[i].port == copy[i - 1].port) {
				char key[160];
				snprintf(key, sizeof key, "area.%s", copy[i].area->id);
				fail(L, sec, key, "port '%s' is also listed under area.%s; "
				     "accepted: each port once per scheme", copy[i].port->id,
				     copy[i - 1].area->id);
				ok = false;
			}
		}
		free(copy);
	}
	return ok && mark_exit_unconfirmed(L, sec, s);
}

static bool load_schemes(loader *L)
{
	ed_rules *r = L->r;
	bool ok;

	r->schemes = load_all(L, K_SCHEME, sizeof *r->schemes, &r->n_schemes, load_scheme, &ok);
	if (ok)
		qsort(r->schemes, r->n_schemes, sizeof *r->schemes, scheme_cmp);
	return ok;
}

static const ed_scheme *scheme_by_name(const loader *L, const char *name)
{
	char sec[256];
	ed_scheme key = { .section = sec };

	snprintf(sec, sizeof sec, "scheme.%s", name);
	return bsearch(&key, L->r->schemes, L->r->n_schemes, sizeof *L->r->schemes,
		       scheme_cmp);
}

/* ---- versions ---------------------------------------------------------- */

static bool load_version(loader *L, const char *sec, ed_version *v)
{
	v->section = dup_str(sec);
	if (!v->section)
		return nomem(L);
	if (!need_str(L, sec, "label", "the version's name, printed on the slip", &v->label) ||
	    !need_str(L, sec, "source", "where it comes from (document, publisher, date)",
		      &v->source) ||
	    !parse_date_key(L, sec, "as_of", true, &v->as_of, NULL) ||
	    !parse_date_key(L, sec, "effective_from", true, &v->from, NULL) ||
	    !parse_date_key(L, sec, "effective_until", false, &v->until, &v->has_until))
		return false;
	if (v->has_until && date_cmp(v->until, v->from) < 0) {
		char from[16];
		date_format(v->from, from, sizeof from);
		fail(L, sec, "effective_until", "before effective_from (%s); accepted: "
		     "a date on or after effective_from", from);
		return false;
	}
	return true;
}

static bool parse_words_in(loader *L, const char *sec, const char *key, bool required,
			   const char *choices, char ***out, size_t *n)
{
	const char *v = get(L, sec, key);
	words w;

	*out = NULL;
	*n = 0;
	if (!v || blank(v)) {
		if (!required)
			return true;
		fail(L, sec, key, "missing; accepted: a space-separated list of "
		     "words from: %s", choices);
		return false;
	}
	if (!words_split(v, &w))
		return nomem(L);
	for (size_t i = 0; i < w.n; i++) {
		if (!word_in(w.v[i], choices)) {
			fail(L, sec, key, "'%s' is not accepted; accepted: a space-separated "
			     "list of words from: %s", w.v[i], choices);
			words_free(&w);
			return false;
		}
	}
	*out = w.v;
	*n = w.n;
	return true;
}

/* A port in two schemes of one version would have two answers. */
static bool check_schemes_disjoint(loader *L, const char *sec, const ed_transit_version *t)
{
	for (size_t a = 0; a < t->n_schemes; a++)
		for (size_t b = a + 1; b < t->n_schemes; b++)
			for (size_t e = 0; e < t->schemes[a]->n_entries; e++) {
				const ed_port *p = t->schemes[a]->entries[e].port;
				if (scheme_entry(t->schemes[b], p)) {
					fail(L, sec, "schemes", "port '%s' is in both [%s] and "
					     "[%s]; accepted: schemes without a port in common",
					     p->id, t->schemes[a]->section, t->schemes[b]->section);
					return false;
				}
			}
	return true;
}

static bool load_transit(loader *L, const char *sec, void *item)
{
	ed_transit_version *t = item;
	const ed_answer_field *purpose = answers_field(FLOW_TRANSIT, "trip", "purpose");
	const char *nat, *unlisted;
	words w;

	if (!check_keys(L, sec, keys_transit) || !load_version(L, sec, &t->v))
		return false;
	nat = need(L, sec, "nationalities", "ISO 3166-1 alpha-3 codes and @NAME of "
		   "[countries.NAME] sections");
	if (!nat || !parse_codes(L, sec, "nationalities", nat, true, &t->nationalities,
				 &t->n_nationalities))
		return false;
	if (!need(L, sec, "schemes", "scheme ids of [scheme.ID] sections"))
		return false;
	if (!words_split(get(L, sec, "schemes"), &w))
		return nomem(L);
	t->schemes = calloc(w.n + 1, sizeof *t->schemes);
	if (!t->schemes) {
		words_free(&w);
		return nomem(L);
	}
	for (size_t i = 0; i < w.n; i++) {
		const ed_scheme *s = scheme_by_name(L, w.v[i]);
		if (!s) {
			fail(L, sec, "schemes", "unknown scheme '%s'; accepted: ids of "
			     "[scheme.ID] sections of this file", w.v[i]);
			words_free(&w);
			return false;
		}
		t->schemes[t->n_schemes++] = s;
	}
	words_free(&w);
	if (!check_schemes_disjoint(L, sec, t) ||
	    !parse_bool_key(L, sec, "entry_list_complete", true, true, &t->entry_list_complete) ||
	    !parse_bool_key(L, sec, "exit_list_complete", true, true, &t->exit_list_complete) ||
	    !parse_int_key(L, sec, "passport_months", 0, 120, &t->passport_months) ||
	    !parse_int_key(L, sec, "violation_years", 0, 100, &t->violation_years) ||
	    !parse_int_key(L, sec, "registration_hours", 1, 8784, &t->registration_hours) ||
	    !parse_int_key(L, sec, "fallback_hours", 1, 8784, &t->fallback_hours) ||
	    !parse_words_in(L, sec, "purposes_allowed", false,
			    purpose ? purpose->choices : "", &t->purposes_allowed,
			    &t->n_purposes_allowed))
		return false;
	if (!parse_bool_key(L, sec, "suspended", false, false, &t->suspended))
		return false;
	nat = get(L, sec, "nationalities_secondary");
	if (nat && !blank(nat) && !parse_codes(L, sec, "nationalities_secondary", nat, false,
					       &t->secondary, &t->n_secondary))
		return false;
	unlisted = get(L, sec, "unlisted_scheme");
	if (unlisted && !blank(unlisted)) {
		bool in_version = false;
		t->unlisted_scheme = scheme_by_name(L, unlisted);
		for (size_t i = 0; i < t->n_schemes; i++)
			in_version |= t->schemes[i] == t->unlisted_scheme;
		if (!in_version) {
			fail(L, sec, "unlisted_scheme", "'%s' is not accepted; accepted: "
			     "one of this version's schemes", unlisted);
			return false;
		}
	} else if (!t->entry_list_complete) {
		fail(L, sec, "unlisted_scheme", "missing (entry_list_complete = no); "
		     "accepted: one of this version's schemes");
		return false;
	}
	return true;
}

static bool load_airside(loader *L, const char *sec, void *item)
{
	ed_airside_version *a = item;
	words w;

	if (!check_keys(L, sec, keys_airside) || !load_version(L, sec, &a->v) ||
	    !need(L, sec, "airports", "airport codes that are aliases of ports"))
		return false;
	if (!words_split(get(L, sec, "airports"), &w))
		return nomem(L);
	a->airports = w.v;
	a->n_airports = w.n;
	for (size_t i = 0; i < w.n; i++) {
		upcase(w.v[i]);
		if (!alias_find(L, w.v[i])) {
			fail(L, sec, "airports", "unknown airport '%s'; accepted: airport "
			     "codes given as aliases of [port.ID] sections", w.v[i]);
			return false;
		}
	}
	return true;
}

static bool compile(loader *L, const char *sec, const char *key, const char *pattern,
		    regex_t *re)
{
	int rc = regcomp(re, pattern, REG_EXTENDED | REG_NOSUB);
	if (rc) {
		char why[160];
		regerror(rc, re, why, sizeof why);
		fail(L, sec, key, "'%s' is not a valid regular expression (%s); "
		     "accepted: a POSIX extended regular expression, anchored with ^ "
		     "and $", pattern, why);
		return false;
	}
	return true;
}

/* a copy of the pattern once it compiled: its presence means "regfree me" */
static bool load_pattern(loader *L, const char *sec, const char *key, char **pattern,
			 regex_t *re)
{
	const char *v = need(L, sec, key, "a POSIX extended regular expression, "
			     "anchored with ^ and $");
	if (!v || !compile(L, sec, key, v, re))
		return false;
	*pattern = dup_str(v);
	if (!*pattern) {
		regfree(re);
		return nomem(L);
	}
	return true;
}

static bool load_residences(loader *L, const char *sec, ed_epass_version *e)
{
	const char *v = need(L, sec, "residences", "ISO 3166-1 alpha-3 codes, e.g. HKG MAC TWN");
	ed_code *codes = NULL;
	size_t n = 0;
	const char **keys;
	int nk;
	bool ok = true;

	if (!v || !parse_codes(L, sec, "residences", v, false, &codes, &n)) {
		free(codes);
		return false;
	}
	e->residences = calloc(n + 1, sizeof *e->residences);
	if (!e->residences) {
		free(codes);
		return nomem(L);
	}
	e->n_residences = n;
	for (size_t i = 0; i < n && ok; i++) {
		ed_epass_residence *res = &e->residences[i];
		char key[64], low[4];
		memcpy(res->code, codes[i], 4);
		for (int c = 0; c < 4; c++)
			low[c] = (char)tolower((unsigned char)codes[i][c]);
		snprintf(key, sizeof key, "permit_pattern.%s", low);
		ok = load_pattern(L, sec, key, &res->pattern, &res->regex);
		snprintf(key, sizeof key, "permit_form.%s", low);
		ok = ok && need_str(L, sec, key, "the permit number's form in words",
				    &res->permit_form);
	}
	free(codes);
	if (!ok)
		return false;
	/* a pattern for a code that is not a residence is a typo */
	keys = section_keys(L, sec, &nk);
	for (int k = 0; k < nk; k++) {
		const char *dot = strchr(keys[k], '.');
		char code[8];
		bool found = false;
		if (!dot)
			continue;
		snprintf(code, sizeof code, "%s", dot + 1);
		upcase(code);
		for (size_t i = 0; i < e->n_residences; i++)
			found |= !strcmp(e->residences[i].code, code);
		if (!found) {
			fail(L, sec, keys[k], "'%s' is not in residences; accepted: "
			     "permit_pattern.CODE and permit_form.CODE for each residence",
			     code);
			free(keys);
			return false;
		}
	}
	free(keys);
	return true;
}

static bool load_epass(loader *L, const char *sec, void *item)
{
	ed_epass_version *e = item;
	const ed_answer_field *status = answers_field(FLOW_EPASS, "traveller", "permit_status");

	return check_keys(L, sec, keys_epass) && load_version(L, sec, &e->v) &&
	       parse_int_key(L, sec, "valid_days", 1, 366, &e->valid_days) &&
	       parse_int_key(L, sec, "monthly_limit", 0, 100, &e->monthly_limit) &&
	       load_residences(L, sec, e) &&
	       load_pattern(L, sec, "mobile_pattern", &e->mobile_pattern, &e->mobile_regex) &&
	       need_str(L, sec, "mobile_form", "the mobile number's form in words",
			&e->mobile_form) &&
	       parse_words_in(L, sec, "status_ok", true,
			      status ? status->choices : "lost|damaged|not_carried",
			      &e->status_ok, &e->n_status_ok) &&
	       need_str(L, sec, "usable_for", "what the pass covers, in words",
			&e->usable_for) &&
	       need_str(L, sec, "not_usable_for", "what the pass does not cover, in words",
			&e->not_usable_for);
}

/* Versions of one policy, sorted by effective_from, must follow each other
 * day after day: a gap would leave entry dates without rules, an overlap
 * would give one date two answers. */
static bool check_sequence(loader *L, const char *policy, const ed_version *const *v,
			   size_t n)
{
	for (size_t i = 0; i + 1 < n; i++) {
		const ed_version *a = v[i], *b = v[i + 1];
		char af[16], au[16], bf[16];
		date_format(a->from, af, sizeof af);
		date_format(b->from, bf, sizeof bf);
		if (!a->has_until) {
			fail(L, b->section, "effective_from", "overlaps [%s] (from %s, "
			     "open-ended); accepted: versions of %s that do not overlap "
			     "(only the newest may be open-ended)", a->section, af, policy);
			return false;
		}
		date_format(a->until, au, sizeof au);
		if (date_cmp(b->from, a->until) <= 0) {
			fail(L, b->section, "effective_from", "%s overlaps [%s] (%s to %s); "
			     "accepted: versions of %s that do not overlap", bf,
			     a->section, af, au, policy);
			return false;
		}
		if (date_to_days(b->from) != date_to_days(a->until) + 1) {
			char next[16];
			date_format(date_add_days(a->until, 1), next, sizeof next);
			fail(L, b->section, "effective_from", "%s leaves a gap after [%s] "
			     "(%s to %s); accepted: %s, the day after [%s] effective_until",
			     bf, a->section, af, au, next, a->section);
			return false;
		}
	}
	return true;
}

static int ver_ptr_cmp(const void *a, const void *b)
{
	const ed_version *x = *(const ed_version *const *)a;
	const ed_version *y = *(const ed_version *const *)b;
	int c = date_cmp(x->from, y->from);
	return c ? c : strcmp(x->section, y->section);
}

/* Sorts `n` versions of `size` bytes each (each starting with its
 * ed_version) by effective_from and checks their sequence. */
static bool sort_versions(loader *L, const char *policy, void *base, size_t n, size_t size)
{
	const ed_version **ptrs = calloc(n + 1, sizeof *ptrs);
	char *tmp = malloc(n * size + 1);
	bool ok;

	if (!ptrs || !tmp) {
		free(ptrs);
		free(tmp);
		return nomem(L);
	}
	for (size_t i = 0; i < n; i++)
		ptrs[i] = (const ed_version *)((char *)base + i * size);
	qsort(ptrs, n, sizeof *ptrs, ver_ptr_cmp);
	for (size_t i = 0; i < n; i++)
		memcpy(tmp + i * size, ptrs[i], size);
	memcpy(base, tmp, n * size);
	for (size_t i = 0; i < n; i++)
		ptrs[i] = (const ed_version *)((char *)base + i * size);
	ok = check_sequence(L, policy, ptrs, n);
	free(ptrs);
	free(tmp);
	return ok;
}

static bool load_versions(loader *L)
{
	ed_rules *r = L->r;
	bool ok;

	r->transit = load_all(L, K_TRANSIT, sizeof *r->transit, &r->n_transit, load_transit, &ok);
	if (!ok)
		return false;
	r->airside = load_all(L, K_AIRSIDE, sizeof *r->airside, &r->n_airside, load_airside, &ok);
	if (!ok)
		return false;
	r->epass = load_all(L, K_EPASS, sizeof *r->epass, &r->n_epass, load_epass, &ok);
	if (!ok)
		return false;
	if (!r->n_transit) {
		fail(L, "transit.NAME", NULL, "missing section; accepted: at least one "
		     "[transit.NAME] version (see doc/rules-format.md)");
		return false;
	}
	/* Sorting moves the e-pass versions' compiled regex_t: glibc's holds
	 * only pointers to the heap, so a moved copy stays valid. */
	return sort_versions(L, "transit", r->transit, r->n_transit, sizeof *r->transit) &&
	       sort_versions(L, "airside", r->airside, r->n_airside, sizeof *r->airside) &&
	       sort_versions(L, "epass", r->epass, r->n_epass, sizeof *r->epass);
}

/* ---- texts ------------------------------------------------------------- */

static bool check_text_sections(loader *L)
{
	const size_t n_reasons = sizeof reason_codes / sizeof *reason_codes;
	const size_t n_reviews = sizeof review_codes / sizeof *review_codes;

	for (size_t i = 0; i < L->n_secs; i++) {
		const char *sec = L->secs[i];
		const char *const *codes = reason_codes;
		size_t n = n_reasons;
		bool known = false;
		if (L->kinds[i] == K_REVIEW)
			codes = review_codes, n = n_reviews;
		else if (L->kinds[i] != K_REASON)
			continue;
		for (size_t k = 0; k < n; k++)
			known |= !strcmp(strchr(sec, '.') + 1, codes[k]);
		if (!known) {
			char list[512];
			size_t len = 0;
			for (size_t k = 0; k < n && len < sizeof list; k++)
				len += (size_t)snprintf(list + len, sizeof list - len, "%s%s",
							k ? " " : "", codes[k]);
			fail(L, sec, NULL, "unknown %s code; accepted: %s",
			     L->kinds[i] == K_REASON ? "reason" : "review", list);
			return false;
		}
		if (!check_keys(L, sec, L->kinds[i] == K_REASON ? keys_reason : keys_review))
			return false;
	}
	for (size_t k = 0; k < n_reasons; k++) {
		char sec[64];
		snprintf(sec, sizeof sec, "reason.%s", reason_codes[k]);
		if (!need(L, sec, "text", "the failing condition in plain words") ||
		    !need(L, sec, "fix", "what would satisfy the condition, in words"))
			return false;
	}
	for (size_t k = 0; k < n_reviews; k++) {
		char sec[64];
		snprintf(sec, sizeof sec, "review.%s", review_codes[k]);
		if (!need(L, sec, "text", "the point to confirm with border inspection"))
			return false;
	}
	return true;
}

static int text_cmp(const void *a, const void *b)
{
	return strcasecmp(((const ed_text *)a)->key, ((const ed_text *)b)->key);
}

static bool store_texts(loader *L)
{
	ed_rules *r = L->r;
	size_t cap = 0;

	for (size_t i = 0; i < L->n_ents; i++)
		cap += strchr(L->ents[i].key, ':') != NULL;
	r->texts = calloc(cap + 1, sizeof *r->texts);
	if (!r->texts)
		return nomem(L);
	for (size_t i = 0; i < L->n_secs; i++) {
		int nk;
		const char **keys = section_keys(L, L->secs[i], &nk);
		for (int k = 0; k < nk && r->n_texts < cap; k++) {
			char full[512];
			ed_text *t = &r->texts[r->n_texts++];
			snprintf(full, sizeof full, "%s:%s", L->secs[i], keys[k]);
			t->key = dup_str(full);
			t->value = dup_str(get(L, L->secs[i], keys[k]));
			if (!t->key || !t->value) {
				free(keys);
				return nomem(L);
			}
		}
		free(keys);
	}
	qsort(r->texts, r->n_texts, sizeof *r->texts, text_cmp);
	return true;
}

/* ---- the whole file ---------------------------------------------------- */

/* the regime sections: read by rules_regimes.c through a view */
static const char *view_get(const void *L, const char *sec, const char *key)
{
	return get(L, sec, key);
}

static const char **view_keys(const void *L, const char *sec, int *n)
{
	return section_keys((loader *)L, sec, n);
}

static bool regimes_hook(loader *L)
{
	ed_ini_view v = { L, L->file, view_get, view_keys, L->secs, L->n_secs };
	return rules_regimes_load(&v, L->r, L->err);
}

bool rules_load(const char *path, ed_rules *out, ed_error *err)
{
	ed_error local = { .msg = "" };
	loader L = { .file = path, .r = out, .err = err ? err : &local };
	bool ok;

	memset(out, 0, sizeof *out);
	L.err->msg[0] = '\0';
	out->path = dup_str(path);
	ok = out->path ? true : nomem(&L);
	ok = ok && prescan(&L) && parse_ini(&L) && classify(&L) &&
	     load_countries(&L) && load_country_lists(&L) && load_places(&L) &&
	     load_schemes(&L) && load_versions(&L) && regimes_hook(&L) &&
	     check_text_sections(&L) && store_texts(&L) && slip_vars_check(out, L.err) &&
	     rules_mrz_check(out, L.err) && names_check(out, path, L.err) &&
	     airports_load(out, path, L.err) &&
	     texts_zh_check(out, L.err); /* issue 11: every text has its _zh */
	for (size_t i = 0; i < L.n_lists; i++)
		free(L.lists[i].codes);
	free(L.lists);
	free(L.aliases);
	free(L.ents);
	free(L.secs);
	free(L.kinds);
	for (size_t i = 0; i < L.n_dicts; i++)
		iniparser_freedict(L.dicts[i]);
	free(L.dicts);
	if (!ok) {
		rules_free(out);
		memset(out, 0, sizeof *out);
	}
	return ok;
}
