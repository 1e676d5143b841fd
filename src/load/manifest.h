/* Group manifests: CSV (RFC 4180) with a header row whose column names
 * say what each column holds, in any order; other columns are ignored.
 * UTF-8, a byte-order mark tolerated, CRLF or LF. A row with a syntax
 * problem is kept, marked with its line and column, so that the other
 * rows are still checked. The values are personal data: no message here
 * quotes one. */
#ifndef ED_MANIFEST_H
#define ED_MANIFEST_H

#include <stdbool.h>
#include <stddef.h>

#include "core/error.h"

/* X(ID, header name, required) */
#define ED_MANIFEST_COLUMNS(X) \
	X(SURNAME, "surname", true) \
	X(GIVEN_NAMES, "given_names", false) \
	X(NATIONALITY, "nationality", true) \
	X(PASSPORT_NUMBER, "passport_number", false) \
	X(PASSPORT_EXPIRY, "passport_expiry", true) \
	X(BIRTH_DATE, "birth_date", false) \
	X(SEX, "sex", false) \
	/* the history questions per traveller (issue 18): yes/no, empty for
	 * the trip's answer */ \
	X(VISA_REFUSAL, "visa_refusal_stamp", false) \
	X(VIOLATION, "immigration_violation", false)

typedef enum ed_manifest_col {
#define ED_MC_ENUM(id, name, req) MC_##id,
	ED_MANIFEST_COLUMNS(ED_MC_ENUM)
#undef ED_MC_ENUM
	MC_COUNT
} ed_manifest_col;

#define MANIFEST_MAX_BYTES (1024 * 1024)
#define MANIFEST_MAX_ROWS 1000
#define MANIFEST_MAX_FIELD 256

typedef struct ed_manifest_row {
	long line;            /* the file line the row starts on */
	char *val[MC_COUNT];  /* trimmed; NULL when empty or the column is absent */
	bool bad;             /* a syntax problem: column and why say which */
	char column[64];      /* the header name of the column at fault */
	char why[160];        /* what is wrong and what is accepted */
} ed_manifest_row;

typedef struct ed_manifest {
	ed_manifest_row *rows;
	size_t n_rows;
} ed_manifest;

/* the header name of a column */
const char *manifest_column(ed_manifest_col c);

/* Reads `path` (a regular file of at most MANIFEST_MAX_BYTES). False with
 * err filled when the file as a whole cannot be used: not readable, too
 * big, no header, a required column missing, a column given twice. */
bool manifest_load(const char *path, ed_manifest *m, ed_error *err);

/* the same, from text in memory; `path` names it in messages */
bool manifest_parse(const char *path, const char *text, size_t len, ed_manifest *m,
		    ed_error *err);

void manifest_free(ed_manifest *m);

#endif
