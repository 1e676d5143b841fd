/* The check being made, without curses: its answers, whether they are
 * saved, its own draft and the check's day. The wizard's views change the
 * answers; this module decides what is kept where. Unit-tested headless. */
#ifndef ED_UI_SESSION_H
#define ED_UI_SESSION_H

#include <stdbool.h>
#include <stddef.h>

#include "core/answers.h"
#include "core/date.h"
#include "core/error.h"

typedef struct ui_session {
	ed_raw_answers raw; /* the truth: what was typed, per answers key */
	bool active;        /* a check is open (false on the start screen) */
	ed_flow flow;
	ed_date today;      /* the check's day */
	bool dirty;         /* answers changed since the last save */
	char save_path[1024];  /* this check's answers file, once saved */
	bool drafts_on;
	char drafts_dir[1024];
	char drafts_off[300];  /* why drafts are off */
	char draft_path[1024]; /* this check's own draft, once written */
	bool draft_locked;     /* this wizard holds the lock of draft_path, */
	int draft_lock;        /* through this descriptor */
} ui_session;

typedef enum session_kept {
	KEPT_NOTHING_TO_KEEP, /* no check, or nothing changed since the save */
	KEPT_DRAFT,           /* written to draft_path */
	KEPT_NOT              /* could not be kept: why says so */
} session_kept;

/* the check's day, the drafts folder (made, checked, and written to once:
 * a folder that cannot be written is said at start); removes drafts older
 * than DRAFTS_KEEP_DAYS at `now` */
void session_init(ui_session *s, ed_date today, long now);
/* a new check of `flow`; the previous one's answers are gone */
void session_begin(ui_session *s, ed_flow flow);
/* takes over loaded answers (cleared); `draft` names the draft they came
 * from (it becomes this check's own, with its lock `lock` from
 * drafts_lock, or -1), else NULL; false: no valid flow */
bool session_adopt(ui_session *s, ed_raw_answers *loaded, const char *draft, int lock);
/* a value typed (NULL clears it) */
void session_set(ui_session *s, ed_answer_key k, const char *value);
/* saves the answers to path (0600); this check's draft goes */
bool session_save(ui_session *s, const char *path, ed_error *err);
/* keeps the unsaved answers in this check's own draft, with the field
 * being edited ("section:key" or NULL); why says why not on KEPT_NOT */
session_kept session_draft(ui_session *s, const char *focus, char *why, size_t why_size);
/* the check is done with (finished, or dropped on purpose): its own
 * draft, and no other, goes */
void session_forget_draft(ui_session *s);
/* leaving: true when the agent must be asked first (unsaved answers) */
bool session_must_ask(const ui_session *s);
/* closes the check (back to the start screen) */
void session_close(ui_session *s);
/* frees the answers */
void session_free(ui_session *s);

#endif
