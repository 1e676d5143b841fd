/* The wizard's screens as data: screens/<flow>.ini (the screens of one
 * flow, their fields) and screens/common.ini (every other word the wizard
 * shows). Loaded and validated before curses starts; no curses here. */
#ifndef ED_UI_SCREENS_H
#define ED_UI_SCREENS_H

#include <stdbool.h>
#include <stddef.h>

#include "core/answers.h"
#include "core/error.h"

typedef struct ui_choice {
	char *value; /* as written to the answers file */
	char *label; /* as shown */
} ui_choice;

typedef struct ui_field {
	char *id; /* section name without "field." */
	const ed_answer_field *af;
	bool required;
	char *label;
	char *help;
	char *refuse_no;    /* FT_YESNO only: "no" is refused with this text */
	char *def;          /* FT_YESNO only: "yes"/"no" the field starts with, or NULL */
	ui_choice *choices; /* FT_CHOICE only */
	size_t n_choices;
	bool in_group;      /* asked in a group check too (`group = no`: not) */
} ui_field;

typedef struct ui_screen {
	char *id; /* section name without "screen." */
	char *title;
	char *instructions; /* may hold "\n" */
	char *help;
	char *header; /* the title bar's text instead of [form] step, or NULL */
	bool preview; /* shows the transit scheme and deadline */
	char *group_instructions, *group_help; /* a group check's words, or NULL */
	ui_field *fields;
	size_t n_fields;
} ui_screen;

typedef struct ui_flow {
	ed_flow flow;
	char *path;
	char *title;
	char *group_title; /* the title in a group check, or NULL */
	ui_screen *screens;
	size_t n_screens;
	bool borrowed; /* the group flow: its texts are the transit flow's */
} ui_flow;

typedef struct ui_screens {
	ui_flow transit;
	ui_flow epass;
	/* the transit screens as a group check asks the trip once: no
	 * traveller's own field, none marked `group = no`, no screen left
	 * without a field, and the group words where a screen has them */
	ui_flow group;
	char *common_path;
	void *common; /* the ini (load/ini.h) of common.ini */
} ui_screens;

/* loads dir/common.ini, dir/transit.ini and dir/epass.ini; on a problem
 * fills err (file, section, key, what is accepted) and returns false */
bool screens_load(const char *dir, ui_screens *out, ed_error *err);
/* frees what screens_load built; s may be partly filled */
void screens_free(ui_screens *s);
/* the text "section:key" of common.ini ("" if absent: load checks them) */
const char *screens_text(const ui_screens *s, const char *key);
/* the flow's screens */
const ui_flow *screens_flow(const ui_screens *s, ed_flow flow);
/* the trip's screens of a group check (built from transit.ini) */
const ui_flow *screens_group_flow(const ui_screens *s);
/* builds g, a group check's screens, from the transit flow t (sharing its
 * texts and fields: g->borrowed); false when out of memory */
bool screens_group_build(const ui_flow *t, ui_flow *g);
/* the label of a choice value, or the value itself */
const char *screens_choice_label(const ui_field *f, const char *value);

#endif
