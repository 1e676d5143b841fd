/* A check's answers coming in and going out around the input loop: the
 * drafts of interrupted checks (load/drafts.c) taken up under their lock
 * or discarded, the file or draft the wizard starts with, and what is
 * kept when the wizard is interrupted. Messages before and after curses
 * go to stderr, in the texts of common.ini. */
#include "ui/check_io.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "core/text.h"
#include "load/answers_io.h"

bool check_take_draft(wiz *w, const char *path, bool copy, bool *in_use,
		      char *focus, size_t focus_size, ed_error *err)
{
	ed_raw_answers loaded = {{0}};
	int lock = -1;

	*in_use = false;
	/* no lock to be had at all (a read-only folder): still resumed */
	if (!copy && (lock = drafts_lock(path, in_use)) < 0 && *in_use)
		return false;
	if (!drafts_read(path, &loaded, focus, focus_size, err) ||
	    !session_adopt(&w->s, &loaded, copy ? NULL : path, lock)) {
		drafts_unlock(lock, path, false);
		raw_clear(&loaded);
		if (!err->msg[0])
			error_set(err, path, "check", "flow", "missing; accepted: transit or epass");
		return false;
	}
	if (copy)
		w->s.dirty = true; /* nowhere saved yet: kept on an interruption */
	w->fl = screens_flow(&w->scr, w->s.flow);
	w->screen = w->field = 0;
	return true;
}

bool check_discard_draft(wiz *w, const char *path)
{
	bool in_use;
	int lock = drafts_lock(path, &in_use);

	if (in_use) {
		wiz_say(w, LOOK_ERROR, "msg:draft_in_use_kept", NULL);
		return false;
	}
	unlink(path);
	drafts_unlock(lock, path, true);
	return true;
}

bool check_open_initial(wiz *w, ui_req *first, bool *resumed)
{
	const wizard_options *o = w->o;
	ed_raw_answers loaded = {{0}};
	ed_error err = {0};

	memset(first, 0, sizeof *first);
	*resumed = false;
	if (o->resume) {
		draft_info newest[1];
		bool in_use;
		const char *why = w->s.drafts_on ? NULL : w->s.drafts_off;
		if (!why && drafts_list(w->s.drafts_dir, newest, 1) == 1) {
			if (check_take_draft(w, newest[0].path, false, &in_use, first->u.focus,
					     sizeof first->u.focus, &err)) {
				first->kind = REQ_FORM;
				first->go_on_typing = true;
				*resumed = true;
				return true;
			}
			if (in_use) {
				const char *pairs[] = { "path", newest[0].path, NULL };
				char msg[1400];
				text_fill_pairs(msg, sizeof msg, wiz_text(w, "msg:draft_busy"), pairs);
				fprintf(stderr, "entrydesk: %s\n", msg);
			} else {
				fprintf(stderr, "entrydesk: %s\n", err.msg);
			}
			return false;
		}
		{
			const char *pairs[] = { "path", why ? why : w->s.drafts_dir, NULL };
			char msg[1200];
			text_fill_pairs(msg, sizeof msg,
					wiz_text(w, why ? "msg:no_drafts" : "msg:no_draft"), pairs);
			fprintf(stderr, "entrydesk: %s\n", msg);
		}
		return false;
	}
	if (!o->open_path)
		return true;
	if (!answers_load(o->open_path, &loaded, &err)) {
		fprintf(stderr, "entrydesk: %s\n", err.msg);
		raw_clear(&loaded);
		return false;
	}
	if (!session_adopt(&w->s, &loaded, NULL, -1)) {
		fprintf(stderr, "entrydesk: %s: [check] flow: missing; accepted: transit or epass\n",
			o->open_path);
		raw_clear(&loaded);
		return false;
	}
	snprintf(w->s.save_path, sizeof w->s.save_path, "%s", o->open_path);
	{
		const char *pairs[] = { "path", o->open_path, NULL };
		wiz_say(w, LOOK_GOOD, "msg:opened", pairs);
	}
	first->kind = REQ_FORM_LOADED;
	snprintf(first->u.path, sizeof first->u.path, "%s", o->open_path);
	return true;
}

void check_keep_answers(wiz *w)
{
	const ui_field *f = w->view == VIEW_FORM ? wiz_focus(w) : NULL;
	char focus[96] = "", why[400], msg[1600];

	if (f)
		snprintf(focus, sizeof focus, "%s:%s", f->af->section, f->af->key);
	switch (session_draft(&w->s, focus, why, sizeof why)) {
	case KEPT_DRAFT: {
		const char *pairs[] = { "path", w->s.draft_path, NULL };
		text_fill_pairs(msg, sizeof msg,
				wiz_text(w, w->keep_on_exit ? "msg:kept" : "msg:interrupted"), pairs);
		fprintf(stderr, "entrydesk: %s\n", msg);
		break;
	}
	case KEPT_NOT: {
		const char *pairs[] = { "why", why, NULL };
		text_fill_pairs(msg, sizeof msg, wiz_text(w, "msg:not_kept"), pairs);
		fprintf(stderr, "entrydesk: %s\n", msg);
		break;
	}
	case KEPT_NOTHING_TO_KEEP:
		break;
	}
}
