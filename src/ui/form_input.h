/* Field input of the form: the keys a focused field takes (typing, a
 * choice, yes/no), completion of country and port fields, taking a value
 * when the focus leaves, and the help line that says what is accepted. */
#ifndef ED_UI_FORM_INPUT_H
#define ED_UI_FORM_INPUT_H

#include <stdbool.h>
#include <stddef.h>

#include "ui/complete.h"
#include "ui/form_flow.h"
#include "ui/ui.h"

#define FORM_CANDIDATES 5

/* the flow as the form judges it now (form_flow.h) */
ff_ctx form_ctx(const wiz *w);

/* the value of field f, NULL when empty */
const char *form_value(const wiz *w, const ui_field *f);

/* true for fields typed as text (not yes/no or a choice) */
bool form_is_typed(const ui_field *f);

/* the editor holds the focused field's value afresh */
void form_focus_load(wiz *w);

/* the name shown beside a code: a country's, a port's, or the rules'
 * words for `other` (another port in mainland China); NULL if none */
const char *form_known_name(const wiz *w, const ui_field *f, const char *v);

/* the candidates listed under a country or port field while what is
 * typed is not yet a code or name, at most max */
size_t form_candidates(const wiz *w, const ui_field *f, ui_candidate *c, size_t max);

/* what core field_checks says at f once its value is in, on the help
 * line; true when a note refuses the value */
bool form_field_notes(wiz *w, const ui_field *f);

/* Takes the focused field's value before the focus moves (Enter: the
 * highlighted candidate): completes, normalizes, or refuses with the
 * accepted form (text and cursor stay; false). */
bool form_leave(wiz *w, bool enter);

/* the help line for f: candidates while typing a code or name, what a
 * choice or yes/no field takes, else the field's help */
void form_field_help(const wiz *w, const ui_field *f, char *out, size_t size);

/* A key for the focused field f (a character, Space, Left/Right, a
 * deletion). Returns true when a typed value is now complete and can mean
 * nothing else (form_flow's ff_value_complete): the form may move on. */
bool form_field_key(wiz *w, const ui_field *f, ui_action act, wint_t ch);

#endif
