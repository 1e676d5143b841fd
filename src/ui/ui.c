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

void wiz_wipe(void *p, size_t n)
{
	volatile unsigned char *v = p;
	while (n--)
		*v++ = 0;
}

ui_req *wiz_request_with(wiz *w, ui_request r)
{
	wiz_wipe(&w->request, sizeof w->request);
	w->request.kind = r;
	return &w->request;
}

void wiz_request(wiz *w, ui_request r)
{
	wiz_request_with(w, r);
}

ui_popup *wiz_popup(wiz *w)
{
	return w->n_popups ? &w->popups[w->n_popups - 1] : NULL;
}

ui_modal wiz_popup_kind(const wiz *w)
{
	return w->n_popups ? w->popups[w->n_popups - 1].kind : MODAL_NONE;
}

ui_popup *wiz_popup_open(wiz *w, ui_modal kind)
{
	ui_popup *p;

	if (w->n_popups == UI_POPUPS_MAX)
		wiz_popup_close(w);
	p = &w->popups[w->n_popups++];
	memset(p, 0, sizeof *p);
	p->kind = kind;
	p->recent_sel = -1;
	return p;
}

void wiz_popup_close(wiz *w)
{
	ui_popup *p = wiz_popup(w);

	if (!p)
		return;
	printers_free(&p->printers);
	/* a zone's lines, a typed path: nothing of them stays in memory */
	wiz_wipe(p, sizeof *p);
	w->n_popups--;
}

void wiz_ask(wiz *w, ui_purpose purpose)
{
	wiz_popup_open(w, MODAL_CONFIRM)->purpose = purpose;
}

void wiz_prompt(wiz *w, ui_purpose purpose, const char *initial)
{
	ui_popup *p = wiz_popup_open(w, MODAL_PROMPT);

	p->purpose = purpose;
	editor_set(&p->line, initial);
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

const ui_field *wiz_field_of(const wiz *w, ed_answer_key k, size_t *screen)
{
	for (size_t si = 0; w->fl && si < w->fl->n_screens; si++)
		for (size_t i = 0; i < w->fl->screens[si].n_fields; i++)
			if (w->fl->screens[si].fields[i].af->id == k) {
				if (screen)
					*screen = si;
				return &w->fl->screens[si].fields[i];
			}
	return NULL;
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
