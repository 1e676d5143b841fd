/* A group check's trip screens (screens.h), made from the transit flow's
 * when the screens are loaded: nothing read, nothing drawn. */
#include <stdlib.h>
#include <string.h>

#include "ui/screens.h"

/* The group check's screens from the transit flow's: the same fields
 * (shared, not copied) but a traveller's own and those marked
 * `group = no`; a screen left without a field is not shown; a screen's
 * group words replace its own. */
bool screens_group_build(const ui_flow *t, ui_flow *g)
{
	g->flow = t->flow;
	g->path = t->path;
	g->title = t->group_title ? t->group_title : t->title;
	g->borrowed = true;
	g->screens = calloc(t->n_screens + 1, sizeof *g->screens);
	if (!g->screens)
		return false;
	for (size_t i = 0; i < t->n_screens; i++) {
		const ui_screen *ts = &t->screens[i];
		ui_screen *gs = &g->screens[g->n_screens];
		*gs = *ts;
		gs->n_fields = 0;
		gs->fields = calloc(ts->n_fields + 1, sizeof *gs->fields);
		if (!gs->fields)
			return false;
		for (size_t j = 0; j < ts->n_fields; j++)
			if (ts->fields[j].in_group &&
			    strcmp(ts->fields[j].af->section, "traveller"))
				gs->fields[gs->n_fields++] = ts->fields[j];
		if (ts->n_fields && !gs->n_fields) {
			free(gs->fields);
			continue;
		}
		if (ts->group_instructions)
			gs->instructions = ts->group_instructions;
		if (ts->group_help)
			gs->help = ts->group_help;
		g->n_screens++;
	}
	return true;
}

const ui_flow *screens_group_flow(const ui_screens *s)
{
	return &s->group;
}
