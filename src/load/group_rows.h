/* A group's travellers as answers: a manifest row or a read zone on top
 * of the trip answered once, then every traveller judged as a member of
 * the group (core/group.h). Used by `entrydesk check --group` and the
 * wizard's group check alike. A bad value is kept as the row's column and
 * why (the accepted form), never quoting the value. */
#ifndef ED_GROUP_ROWS_H
#define ED_GROUP_ROWS_H

#include <stdbool.h>
#include <stddef.h>

#include "core/answers.h"
#include "core/mrz.h"
#include "core/rules.h"
#include "core/sheet.h"
#include "core/verdict.h"
#include "load/manifest.h"

typedef struct group_row {
	long line;  /* the manifest line, or 0 for a scanned traveller */
	long scan;  /* a scanned traveller's number: 1 for the first scan */
	ed_raw_answers raw;
	ed_answers a;
	ed_verdict v;
	ed_mrz_nationality nat;
	bool checked, noted, bad;
	/* the history answers are the traveller's own (manifest columns),
	 * not the trip's: the wizard keeps them when the trip changes */
	bool own_refusal, own_violation;
	char column[64];
	char why[256];
} group_row;

/* the traveller's keys from one manifest row, on top of the trip's */
void group_row_fill(group_row *g, const ed_manifest_row *m, const ed_raw_answers *trip,
		    const ed_rules *r, ed_date check_day);
/* the same from a read zone (its nationality already mapped) */
void group_row_from_mrz(group_row *g, const ed_mrz *m, const ed_mrz_nationality *nat,
			const ed_raw_answers *trip);
/* The group's size from its rows (its foreigners: rules.ini not_foreign);
 * false (why: "group size 12, not the group's 6 foreign travellers; ...")
 * when the trip's own group_size says otherwise. */
bool group_rows_size(const group_row *rows, size_t n, const ed_raw_answers *trip,
		     const ed_rules *r, int *size, char *why, size_t why_size);
/* checks and judges one row in a group of `size`; `file` names the
 * source in a message */
void group_row_judge(group_row *g, int size, const ed_rules *r, ed_date today,
		     const char *file);
/* the sheet's view of a row */
void group_row_sheet(const group_row *g, sheet_row *s);
/* frees a row's answers */
void group_row_clear(group_row *g);

#endif
