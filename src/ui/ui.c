/* The helpers every view shares: texts, the message, requests, questions,
 * saving and the focused field. */
#include "ui/ui.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "core/text.h"
#include "load/config.h"

const char *wiz_text(const wiz *w, const char *key)
{
	return screens_text(&w->scr, key);
}

void wiz_say(wiz *w, ui_look look, const char *key, const char *const *pairs)
{
	text_fill_pairs(w->msg, sizeof w->msg, wiz_text(w, key), pairs);
	w->msg_look = look;
}

void wiz_say_text(wiz *w, ui_look look, const char *text)
{
	snprintf(w->msg, sizeof w->msg, "%s", text);
	w->msg_look = look;
}

void wiz_request(wiz *w, ui_request r, int arg)
{
	w->request = r;
	w->req_arg = arg;
}

void wiz_ask(wiz *w, ui_purpose purpose)
{
	w->modal = MODAL_CONFIRM;
	w->purpose = purpose;
}

void wiz_prompt(wiz *w, ui_purpose purpose, const char *initial)
{
	w->modal = MODAL_PROMPT;
	w->purpose = purpose;
	w->recent_sel = -1;
	editor_set(&w->prompt, initial);
}

bool wiz_save(wiz *w, const char *path)
{
	ed_error err = {0};

	if (!session_save(&w->s, path, &err)) {
		const char *pairs[] = { "why", err.msg, NULL };
		wiz_say(w, LOOK_ERROR, "msg:save_failed", pairs);
		return false;
	}
	const char *pairs[] = { "path", path, NULL };
	wiz_say(w, LOOK_GOOD, "msg:saved", pairs);
	config_recent_add(path, &err); /* the Open prompt lists it; not worth a message */
	return true;
}

const ui_field *wiz_focus(const wiz *w)
{
	const ui_screen *s;

	if (!w->fl || w->screen >= w->fl->n_screens)
		return NULL;
	s = &w->fl->screens[w->screen];
	return w->field < s->n_fields ? &s->fields[w->field] : NULL;
}

void wiz_unique_name(const wiz *w, const char *stem, const char *ext,
		     char *out, size_t size)
{
	char day[16];
	/* the time of day in China, like the check day */
	long secs = (long)(time(NULL) % 86400) + 60L * w->rules.utc_offset_minutes;

	secs = ((secs % 86400) + 86400) % 86400;
	date_format(w->s.today, day, sizeof day);
	snprintf(out, size, "%s-%s-%s-%02ld%02ld%02ld.%s", stem,
		 w->fl ? flow_name(w->fl->flow) : "check", day,
		 secs / 3600, secs / 60 % 60, secs % 60, ext);
}
