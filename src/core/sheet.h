/* The group sheet of `entrydesk check --group`: one line per traveller
 * (name, masked passport, way in, leave-by deadline, what needs
 * attention), at most SLIP_WIDTH columns (CJK counted as 2), then the
 * notes the rows refer to. Every word comes from rules.ini [sheet] and
 * [mrz.note.NAME]. Pure: returns malloc'd text. */
#ifndef ED_SHEET_H
#define ED_SHEET_H

#include <stdbool.h>
#include <stddef.h>

#include "core/answers.h"
#include "core/error.h"
#include "core/mrz.h"
#include "core/rules.h"
#include "core/verdict.h"

/* One traveller of the group, as the manifest row gave it. Exactly one of
 * (a and v), note, bad_column is set. */
typedef struct sheet_row {
	long line;               /* the row's line in the manifest, or 0 */
	const char *name;        /* "SURNAME, GIVEN NAMES", or NULL */
	const char *passport;    /* as given: the sheet masks it; or NULL */
	const ed_answers *a;     /* a checked traveller and its verdict */
	const ed_verdict *v;
	const ed_mrz_nationality *note; /* a nationality with a note instead */
	const char *bad_column;  /* not checked: the first column at fault */
	long scan;               /* line 0: the traveller's scan, 1 for the first */
} sheet_row;

/* The row's number in the Line column, as every message names the
 * traveller: the manifest line (7), or a scan's number after rules.ini
 * [sheet] line_scanned (S2) */
void sheet_row_label(const sheet_row *row, const ed_rules *r, char *out, size_t size);

/* the sheet; `check_date` is the day of the check. NULL on out of memory */
char *sheet_render(const sheet_row *rows, size_t n, const ed_rules *r, ed_date check_date);

#endif
