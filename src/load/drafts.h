/* The wizard's drafts: one file per interrupted check, in a folder only
 * the user can use ($XDG_STATE_HOME/entrydesk/drafts, else
 * ~/.local/state/entrydesk/drafts). The folder is made 0700 and refused
 * when it is a symlink, not the user's own, or writable by others; there
 * is no /tmp fallback. A draft belongs to one running wizard: it holds
 * the draft's lock (an flock on DRAFT.lock) while it works on it. A draft
 * is always writable: a value the INI form cannot carry is kept in hex on
 * a comment line, and read back. No curses here. */
#ifndef ED_DRAFTS_H
#define ED_DRAFTS_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "core/answers.h"
#include "core/error.h"

#define DRAFTS_MAX 16
#define DRAFTS_KEEP_DAYS 7

typedef struct draft_info {
	char path[1024];
	time_t saved;       /* when it was written */
	long saved_ns;      /* and its nanoseconds: two drafts of one second */
	ed_flow flow;
	char name[64];      /* the traveller's name, masked ("M******, A***") */
	char who[16];       /* the nationality (or residence) as typed, letters
			     * only, to tell drafts without a name apart */
	char focus[96];     /* "section:key" of the field being edited, or "" */
	bool in_use;        /* another running wizard holds its lock */
} draft_info;

/* the drafts folder, made (0700) and checked; false with the reason in
 * why ("drafts are off: ...") when no safe folder can be had */
bool drafts_dir(char *out, size_t size, char *why, size_t why_size);
/* true when a file can be made and written in dir (a read-only or full
 * file system is found at start, not at exit); else false with why */
bool drafts_writable(const char *dir, char *why, size_t why_size);
/* takes the lock of the draft at path for this process: its descriptor,
 * or -1 (*in_use: another running wizard holds it) */
int drafts_lock(const char *path, bool *in_use);
/* lets go of a lock from drafts_lock (fd may be -1); with `remove`, the
 * lock file goes too (the draft is done with) */
void drafts_unlock(int fd, const char *path, bool remove);
/* a new draft file name in dir for a check begun at `now` */
void drafts_new_path(const char *dir, time_t now, char *out, size_t size);
/* writes the answers and the focused field ("section:key", may be NULL)
 * to path (mode 0600); false with err on failure */
bool drafts_write(const char *path, const ed_raw_answers *raw, const char *focus,
		  ed_error *err);
/* reads a draft: the answers and the focused field */
bool drafts_read(const char *path, ed_raw_answers *raw, char *focus, size_t focus_size,
		 ed_error *err);
/* the drafts in dir, newest first; returns how many (at most max) */
size_t drafts_list(const char *dir, draft_info *out, size_t max);
/* removes the drafts older than `days` days at `now`, and the temporary
 * files of saves whose wizard was killed mid-save; returns how many */
size_t drafts_remove_old(const char *dir, time_t now, int days);
/* the masked form of a name: each word's first letter, then '*' */
void drafts_mask_name(const char *name, char *out, size_t size);

#endif
