/* The session: answers, saving and drafts. No curses. */
#include "ui/session.h"

#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "load/answers_io.h"
#include "load/drafts.h"

void session_init(ui_session *s, ed_date today, long now)
{
	memset(s, 0, sizeof *s);
	s->today = today;
	s->drafts_on = drafts_dir(s->drafts_dir, sizeof s->drafts_dir, s->drafts_off,
				  sizeof s->drafts_off) &&
		       drafts_writable(s->drafts_dir, s->drafts_off, sizeof s->drafts_off);
	if (s->drafts_on)
		drafts_remove_old(s->drafts_dir, (time_t)now, DRAFTS_KEEP_DAYS);
}

/* lets go of this check's draft lock; with `done`, its lock file goes */
static void unlock(ui_session *s, bool done)
{
	if (s->draft_locked)
		drafts_unlock(s->draft_lock, s->draft_path, done);
	s->draft_locked = false;
}

static void reset(ui_session *s)
{
	unlock(s, false);
	raw_clear(&s->raw);
	s->active = false;
	s->dirty = false;
	s->save_path[0] = '\0';
	s->draft_path[0] = '\0';
}

void session_begin(ui_session *s, ed_flow flow)
{
	char day[16];

	reset(s);
	s->active = true;
	s->flow = flow;
	raw_set(&s->raw, AK_FLOW, flow_name(flow));
	date_format(s->today, day, sizeof day);
	raw_set(&s->raw, AK_CHECK_DATE, day);
}

bool session_adopt(ui_session *s, ed_raw_answers *loaded, const char *draft, int lock)
{
	ed_flow flow;

	if (!flow_parse(raw_get(loaded, AK_FLOW), &flow) || flow == FLOW_BOTH)
		return false;
	reset(s);
	s->draft_locked = draft && lock >= 0;
	s->draft_lock = lock;
	s->raw = *loaded;
	memset(loaded, 0, sizeof *loaded);
	s->active = true;
	s->flow = flow;
	if (draft) {
		snprintf(s->draft_path, sizeof s->draft_path, "%s", draft);
		s->dirty = true; /* still only a draft */
	}
	return true;
}

void session_set(ui_session *s, ed_answer_key k, const char *value)
{
	const char *old = raw_get(&s->raw, k);

	if ((!old && !value) || (old && value && !strcmp(old, value)))
		return;
	raw_set(&s->raw, k, value);
	s->dirty = true;
}

void session_forget_draft(ui_session *s)
{
	if (s->draft_path[0])
		unlink(s->draft_path);
	unlock(s, true);
	s->draft_path[0] = '\0';
}

bool session_save(ui_session *s, const char *path, ed_error *err)
{
	if (!answers_save(path, &s->raw, err))
		return false;
	snprintf(s->save_path, sizeof s->save_path, "%s", path);
	s->dirty = false;
	session_forget_draft(s);
	return true;
}

session_kept session_draft(ui_session *s, const char *focus, char *why, size_t why_size)
{
	ed_error err = {0};

	if (why_size)
		why[0] = '\0';
	if (!s->active || !s->dirty)
		return KEPT_NOTHING_TO_KEEP;
	if (!s->drafts_on) {
		snprintf(why, why_size, "%s", s->drafts_off);
		return KEPT_NOT;
	}
	if (!s->draft_path[0])
		drafts_new_path(s->drafts_dir, time(NULL), s->draft_path, sizeof s->draft_path);
	if (!drafts_write(s->draft_path, &s->raw, focus, &err)) {
		snprintf(why, why_size, "%s", err.msg);
		return KEPT_NOT;
	}
	return KEPT_DRAFT;
}

bool session_must_ask(const ui_session *s)
{
	return s->active && s->dirty;
}

void session_close(ui_session *s)
{
	reset(s);
}

void session_free(ui_session *s)
{
	unlock(s, false);
	raw_clear(&s->raw);
}
