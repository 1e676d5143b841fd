/* The one INI reader of entrydesk: the rules, the answers and the screen
 * files all go through it, so they read a file the same way iniparser does
 * and refuse the same mistakes with the same one-line messages.
 *
 * ini_open() opens the file once (O_NONBLOCK, fstat before any read:
 * a FIFO, a device or a folder is refused, never waited on), bounds its
 * size and line count, then scans every line as iniparser 4.1 classifies
 * it ('\' continuations joined, quotes as iniparser takes them) and refuses,
 * with the file's own line number: a byte-order mark, NUL and other control
 * characters, over-long lines (also once joined), a key before any section,
 * an empty section name, duplicate sections and keys, a value iniparser
 * would cut at an unquoted '#' or ';' or after its closing quote. Only then
 * does iniparser_load read the file itself, once: no chunks, no temporary
 * files. What iniparser read is checked against the scan.
 *
 * Section and key names are lower case, as iniparser stores them. The
 * getters fill the file's ed_error with "FILE: [SECTION] KEY: what is
 * wrong; accepted: FORM"; error_set escapes control characters. */
#ifndef ED_INI_H
#define ED_INI_H

#include <stdbool.h>
#include <stddef.h>

#include "core/date.h"
#include "core/error.h"

/* iniparser 4.1 reads a line (continuations joined) into 1024 bytes; the
 * formats promise 1000 so that a file read here reads with any 4.x. */
#define INI_LINE_LIMIT 1000

/* What a kind of file is, for the limits and the messages. */
typedef struct ini_kind {
	const char *what;     /* "rules file": "cannot open the rules file" */
	const char *accepted; /* the file as it should be, after "accepted: " */
	size_t max_bytes;     /* refused when larger */
	long max_lines;       /* refused when longer */
	bool echo_values;     /* values may be quoted in messages: never for
			       * files holding personal data */
	bool continuations;   /* a '\\' at a line's end joins the next line (as
			       * iniparser does); false: refused */
	/* NULL, or true when [sec] key (key NULL: the section) is a name the
	 * program knows: the scan's messages name only those, and give the
	 * line alone for the others (files that hold personal data) */
	bool (*name_known)(const char *sec, const char *key);
} ini_kind;

typedef struct ini_key {
	const char *name;  /* lower case */
	const char *value; /* as iniparser read it ("" when empty) */
	long line;         /* where it starts in the file */
} ini_key;

typedef struct ini_section {
	const char *name; /* lower case */
	long line;
	ini_key *keys;    /* in file order */
	size_t n_keys;
} ini_section;

typedef struct ini {
	const char *path; /* as given: every message names it */
	const ini_kind *kind;
	ed_error *err;
	void *dict;         /* iniparser's dictionary: owns names and values */
	ini_section *secs;  /* in file order */
	size_t n_secs;
	ini_key *keys;      /* every key, section by section */
	size_t n_keys;
	size_t *sec_index;  /* secs sorted by name */
	size_t *key_index;  /* keys sorted by "section:key" */
	char **full_names;  /* "section:key" of keys[i] (from the dictionary) */
} ini;

/* how many files the scan accepted and iniparser read otherwise (or not
 * at all): never, unless the file changed while read; the fuzz targets
 * watch it */
extern unsigned long ini_disagreements;

/* Reads `path` into f. On a problem fills err (never NULL inside: a local
 * one is used) and returns false with f freed. */
bool ini_open(ini *f, const char *path, const ini_kind *kind, ed_error *err);
/* frees what ini_open built; f may be zeroed or already freed */
void ini_close(ini *f);

/* the section named `sec` (any case), or NULL */
const ini_section *ini_section_get(const ini *f, const char *sec);
/* the value of [sec] key (any case), or NULL when absent */
const char *ini_get(const ini *f, const char *sec, const char *key);
/* the value of "section:key", or NULL */
const char *ini_get_full(const ini *f, const char *full);
/* the line of [sec] key, else of [sec] (key absent or NULL); 0 when the
 * file has no such section */
long ini_line(const ini *f, const char *sec, const char *key);
/* true when s is NULL, empty or only spaces */
bool ini_blank(const char *s);

/* sets the file's message, "FILE: [SEC] KEY: line N: <fmt>" (the line of
 * the key, else of the section, unless <fmt> names one), returns false */
bool ini_fail(ini *f, const char *sec, const char *key, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
/* A key or section the program does not know may be anything typed on
 * the wrong line (a passport number, a name): it is never quoted. These
 * say "FILE: [SEC] line N: a key this section does not have; <fmt>" and
 * "FILE: line N: a section this file does not have; <fmt>"; return false */
bool ini_fail_unknown_key(ini *f, const char *sec, const ini_key *key, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
bool ini_fail_unknown_section(ini *f, const ini_section *sec, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* "out of memory" for the file; returns false */
bool ini_nomem(ini *f);

/* Typed getters: each returns false with the message filled on a problem.
 * `form` is the accepted form in words. A value is quoted in a message only
 * when the file kind allows it (echo_values). */
const char *ini_need(ini *f, const char *sec, const char *key, const char *form);
bool ini_need_str(ini *f, const char *sec, const char *key, const char *form, char **out);
bool ini_opt_str(ini *f, const char *sec, const char *key, char **out);
bool ini_int(ini *f, const char *sec, const char *key, bool required, int lo, int hi,
	     int dflt, int *out);
bool ini_yesno(ini *f, const char *sec, const char *key, bool required, bool dflt,
	       bool *out);
/* a YYYY-MM-DD date; *present (may be NULL) says whether it was given */
bool ini_date(ini *f, const char *sec, const char *key, bool required, ed_date *out,
	      bool *present);

/* How `value` is written after "key = " so that this reader (and
 * iniparser) read back exactly `value`: as it is, in double or in single
 * quotes. NULL when no form does (a line break; or both kinds of quote
 * with ; # a space at an end or a quote first). buf holds the result. */
const char *ini_quote(const char *value, char *buf, size_t size);

#endif
