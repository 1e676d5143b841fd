/* Where rules.ini and screens/ are found: an explicit path, then
 * $ENTRYDESK_RULES / $ENTRYDESK_SCREENS, then the working directory, then
 * the installed share/entrydesk. */
#ifndef ED_PATHS_H
#define ED_PATHS_H

/* the rules file to use; `given` (may be NULL) wins */
const char *paths_rules(const char *given);
/* the screens folder to use; `given` (may be NULL) wins */
const char *paths_screens(const char *given);
/* the settings file: $XDG_CONFIG_HOME/entrydesk/config.ini or
 * ~/.config/entrydesk/config.ini (folders made mode 0700); NULL when
 * neither is set (settings are then not remembered, never in /tmp) */
const char *paths_config(void);

#include <stdbool.h>
#include <stddef.h>

/* One folder only the user can use: made 0700 when missing; when
 * `checked`, refused (false, the reason in why) when it is a symlink, not
 * a folder, someone else's or writable by group or others. */
bool paths_private_dir(const char *path, bool checked, char *why, size_t why_size);
/* The user's private folder for entrydesk below $XDG_VAR (else below
 * ~/HOME_SUB), and `sub` below it when not NULL: "$XDG_STATE_HOME/
 * entrydesk/drafts". Folders made as needed; entrydesk's own and `sub`
 * checked with paths_private_dir. False with why when no safe folder can
 * be had (there is no /tmp fallback). */
bool paths_user_dir(const char *xdg_var, const char *home_sub, const char *sub,
		    char *out, size_t size, char *why, size_t why_size);

#endif
