/* An INI file as the one INI reader (ini.h) holds it once read: its kind,
 * its sections and keys in file order and their indexes. Section and key
 * names are lower case, as iniparser stores them. */
#ifndef ED_INI_FILE_H
#define ED_INI_FILE_H

#include <stdbool.h>
#include <stddef.h>

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

#endif
