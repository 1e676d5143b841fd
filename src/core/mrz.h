/* The machine-readable zone of a travel document (ICAO Doc 9303, 8th
 * edition, parts 3 to 6): TD3 passports (2 lines of 44), TD2 (2 of 36) and
 * TD1 cards (3 of 30). Every check digit is verified; a failure names the
 * check and never the data. The MRZ's own nationality codes (D, GBN, UNO,
 * XXA...) are mapped through rules.ini [mrz.codes] and [mrz.note.NAME]
 * (doc/rules-format.md). Pure C: no I/O, no allocation. */
#ifndef ED_MRZ_H
#define ED_MRZ_H

#include <stdbool.h>
#include <stddef.h>

#include "core/date.h"
#include "core/error.h"
#include "core/rules.h"

typedef enum ed_mrz_format { MRZ_TD1 = 1, MRZ_TD2, MRZ_TD3 } ed_mrz_format;

#define MRZ_MAX_LINES 3
#define MRZ_MAX_LINE 44

typedef struct ed_mrz {
	ed_mrz_format format;
	char doc_type[3];    /* "P", "PD", "I", "ID", "AC": fillers removed */
	char issuer[4];      /* issuing state or organisation as in the MRZ: "D", "UTO" */
	char nationality[4]; /* as in the MRZ: "D", "GBN", "USA" */
	char surname[45];    /* primary identifier, fillers as spaces */
	char given[45];      /* secondary identifier ("" when none) */
	bool name_full;      /* the name field has no filler left: it may be cut */
	char number[32];     /* document number, with a TD1/TD2 extension */
	ed_date birth;
	bool birth_known;    /* false when the MRZ leaves part of it unknown (<) */
	ed_date expiry;
	char sex;            /* 'F', 'M' or 'X' (unspecified, also from '<') */
} ed_mrz;

/* Parses and verifies `n` MRZ lines (without line ends; trailing white
 * space and lower case are accepted: the MRZ alphabet has no lower case,
 * so it only comes from a keyboard with Caps Lock inverting a scanner's
 * keystrokes). `today` decides the century of the birth date. On failure
 * writes one line to why (the check or the position that failed, never a
 * character of the document) and returns false. */
bool mrz_parse(const char *const *lines, size_t n, ed_date today, ed_mrz *out,
	       char *why, size_t why_size);

/* How many lines the zone that starts with `line` has: 2 (a line of 44 or
 * 36) or 3 (of 30), when it looks like a zone's first line (MRZ
 * characters only, after trailing blanks; a document code; a filler '<'
 * somewhere, which typed names and numbers never have); else 0. Lets a
 * screen or a command recognise a scan and wait for its last line. */
size_t mrz_lines_expected(const char *line);

/* ICAO's check digit of `n` characters (digits, A-Z, '<'): '0'..'9', or
 * -1 on a character outside the MRZ alphabet */
int mrz_check_digit(const char *s, size_t n);

/* How rules.ini reads an MRZ nationality code. */
typedef struct ed_mrz_nationality {
	ed_code iso;        /* the ISO 3166-1 alpha-3 answer; "" when there is none */
	const char *note;   /* [mrz.note.NAME] text, or NULL */
	const char *label;  /* its few words for the group sheet */
	const char *outcome; /* its outcome: "not_eligible" or "review" */
	const char *source; /* where the note comes from */
} ed_mrz_nationality;

/* maps an MRZ nationality code (fillers removed, any case): a note of
 * [mrz.note.NAME] first, then [mrz.codes], then the ISO codes of the
 * rules. False when the code is none of these. */
bool mrz_nationality(const ed_rules *r, const char *code, ed_mrz_nationality *out);

/* "SURNAME, GIVEN NAMES" (or the one that is there) */
void mrz_name(const ed_mrz *m, char *buf, size_t size);

#endif
