/* Inside the rules loader: what the files that give rules.ini's sections
 * their meaning share (rules_load.c runs them; see its registry).
 *
 * A section kind is one table of keys (rules_key: key, type, required,
 * range, accepted form, where it goes) and one function that loads every
 * section of that kind. The table drives both the allowed-key check and
 * the parse of the plain keys (text, number, yes/no, date); the function
 * reads what is more than one value (lists, references) and checks the
 * relations. doc/rules-format.md lists the same keys: a unit test holds
 * the two together. */
#ifndef ED_RULES_LOADER_H
#define ED_RULES_LOADER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/rules.h"
#include "load/ini.h"

typedef enum rules_key_type {
	RK_TEXT,  /* char *, "" when absent and optional */
	RK_INT,   /* int within lo..hi */
	RK_YESNO, /* bool, false when absent and optional */
	RK_DATE,  /* ed_date; `has` (bool) says whether it was given */
	RK_OTHER, /* read by the section's own function (lists, references) */
} rules_key_type;

/* no place in the item: the section's function reads the key */
#define RK_NOWHERE SIZE_MAX

typedef struct rules_key {
	const char *key;  /* "name", or "area.*": any key starting "area." */
	rules_key_type type;
	bool required;
	int lo, hi;       /* RK_INT: the range accepted */
	const char *form; /* the accepted form, in words */
	size_t at;        /* offsetof the field in the item, or RK_NOWHERE */
	size_t has;       /* RK_DATE optional: offsetof its bool, or RK_NOWHERE */
} rules_key;

/* the end of a key table */
#define RULES_KEYS_END { NULL, RK_OTHER, false, 0, 0, NULL, RK_NOWHERE, RK_NOWHERE }

/* A [countries.NAME] list, for @NAME references. */
typedef struct named_codes {
	const char *name; /* NAME, points into the file */
	ed_code *codes;
	size_t n;
} named_codes;

/* An alias and its port, sorted by alias: duplicates and airside codes. */
typedef struct alias_ref {
	const char *alias;
	const ed_port *port;
} alias_ref;

typedef struct rules_loader rules_loader;

/* The words of a kind: the texts every rules file must have,
 * "section:key", NULL-ended (NULL: none). rules_load refuses a file lacking
 * any, naming file, section and key, so no command meets a missing text. */
typedef struct rules_words {
	const char *const *texts;
	const char *form;  /* what such a text holds, in words */
	bool zh;           /* every text of the kind has its _zh twin */
	bool placeholders; /* its texts name only the slip's {placeholders}
			    * (core/slip_vars.h SLIP_VARS) */
} rules_words;

typedef struct rules_section_kind {
	const char *prefix;     /* "area" */
	bool named;             /* true: [area.ID]; false: [rules] */
	const char *shown;      /* how the accepted list shows it: "area.ID" */
	const rules_key *keys;  /* NULL: any key (lists, texts) */
	bool (*load)(rules_loader *L, const struct rules_section_kind *kind);
	/* after every kind has loaded and every value is stored as a text
	 * (r->texts): checks that read the texts (may be NULL) */
	bool (*check)(rules_loader *L);
	/* a kind whose values are words the program prints ([slip], [ways],
	 * [sheet] ...): what they must be (NULL: not words) */
	const struct rules_words *words;
} rules_section_kind;

struct rules_loader {
	ini f;
	ed_rules *r;
	const rules_section_kind *const *kinds; /* the registry */
	size_t n_kinds;
	const rules_section_kind **sec_kind; /* per section of f, its kind */
	named_codes *lists;
	size_t n_lists;
	alias_ref *aliases;
	size_t n_aliases;
};

/* ---- the engine (rules_keys.c) ---- */

/* the sections of kind k, counted */
size_t rules_count(const rules_loader *L, const rules_section_kind *k);
typedef bool (*rules_item_fn)(rules_loader *L, const ini_section *sec, void *item);
/* A new array of one item of `size` bytes per section of kind k, each
 * first checked against k's key table and given its plain keys, then
 * passed to fn (may be NULL); *n counts the items begun, so that
 * rules_free can free a half-built array. *ok false on a problem. */
void *rules_load_items(rules_loader *L, const rules_section_kind *k, size_t size, size_t *n,
		       rules_item_fn fn, bool *ok);
/* checks the keys of sec against the table and parses the plain ones
 * into item */
bool rules_parse_keys(rules_loader *L, const ini_section *sec, const rules_key *keys,
		      void *item);
/* the key of the table that `key` matches, or NULL */
const rules_key *rules_key_find(const rules_key *keys, const char *key);

/* ---- shared helpers (rules_keys.c) ---- */

typedef struct words {
	char **v;
	size_t n;
} words;

/* splits a space-separated list; false only when out of memory */
bool words_split(const char *s, words *w);
void words_free(words *w);
/* true when w is one of "a|b|c" */
bool word_in(const char *w, const char *choices);
void upcase(char *s);
/* the longest section id (area.ID, port.ID): core's lookups copy ids */
#define RULES_ID_MAX 64
/* lower-case letters, digits and '_' */
bool valid_id(const char *s);
/* the section's id after "prefix.", checked; NULL with the message set */
const char *rules_section_id(rules_loader *L, const ini_section *sec);
/* a space-separated list whose words are all in choices ("a|b|c") */
bool rules_words_in(rules_loader *L, const char *sec, const char *key, bool required,
		    const char *choices, char ***out, size_t *n);
/* appends the codes of `value` (codes and, when allow_refs, @NAME) to
 * *codes; sorted and without duplicates on return */
bool rules_parse_codes(rules_loader *L, const char *sec, const char *key, const char *value,
		       bool allow_refs, ed_code **codes, size_t *n);

/* ---- lookups across kinds ---- */
const ed_port *rules_port_by_id(const rules_loader *L, const char *id);
const alias_ref *rules_alias_find(const rules_loader *L, const char *alias);
const ed_scheme *rules_scheme_by_name(const rules_loader *L, const char *name);

/* the registry of rules_load.c: every kind, in load order */
const rules_section_kind *const *rules_registry(size_t *n);

#endif
