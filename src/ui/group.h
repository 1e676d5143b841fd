/* A group check in the wizard (group.c; shown by group_view.c): the trip
 * is answered once on the transit screens (the traveller screen is the
 * group's list instead), then travellers come by scan (F3) or from a
 * manifest (F4); each gets their verdict as a member of the group. */
#ifndef ED_UI_GROUP_H
#define ED_UI_GROUP_H

#include <stdbool.h>
#include <stddef.h>

#include "core/slipdoc_io.h"
#include "load/group_rows.h"
#include "ui/ui.h"

typedef struct ui_group {
	group_row *rows;
	size_t n, cap;
	int size;            /* the group's size (core/group.h) */
	char size_why[300];  /* the trip's group_size disagrees: why; else "" */
	size_t sel;          /* the traveller chosen */
	int scroll;
	bool slip_mode;      /* showing the chosen traveller's slip */
	char *text;          /* what is shown (and printed): sheet or slip */
} ui_group;

/* a group check starts: its list, empty */
bool group_begin(wiz *w);
/* the check is over (or another starts) */
void group_free(wiz *w);
/* traveller i's number as the sheet's Line column shows it (the
 * manifest line, or S2 for the second scan): every message names it so */
void group_row_label(const wiz *w, size_t i, char *out, size_t size);
/* a traveller read from a passport's zone */
void group_add_mrz(wiz *w, const ed_mrz *m, const ed_mrz_nationality *nat);
/* the travellers of a manifest file */
void group_add_manifest(wiz *w, const char *path);
/* the chosen traveller's own answer to a history question (AK_VISA_REFUSAL
 * or AK_VIOLATION) turned over, kept when the trip changes (as a manifest
 * column is), and the group judged again; returns the new value ("yes",
 * "no") or NULL when no traveller is chosen */
const char *group_flip_history(wiz *w, ed_answer_key k);
/* the whole group judged again (the trip may have changed), and what is
 * shown made again */
void group_judge(wiz *w);
/* what is shown made again: the sheet, or the chosen traveller's slip */
void group_render(wiz *w);
/* adds what is shown to s, as F9 prints it: the sheet, or the chosen
 * traveller's slip; false on out of memory */
bool group_slips(wiz *w, sd_slips *s);

#endif
