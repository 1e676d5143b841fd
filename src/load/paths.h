/* Where rules.ini and screens/ are found: an explicit path, then
 * $ENTRYDESK_RULES / $ENTRYDESK_SCREENS, then the working directory, then
 * the installed share/entrydesk. */
#ifndef ED_PATHS_H
#define ED_PATHS_H

#include <stdbool.h>
#include <stddef.h>

/* the rules file to use; `given` (may be NULL) wins */
const char *paths_rules(const char *given);
/* the screens folder to use; `given` (may be NULL) wins */
const char *paths_screens(const char *given);
/* the settings file: $XDG_CONFIG_HOME/entrydesk/config.ini or
 * ~/.config/entrydesk/config.ini (folders made mode 0700, checked as
 * paths_folder_ours says); NULL when neither is set or a folder is not
 * the user's (settings are then not remembered, never in /tmp) */
const char *paths_config(void);

/* The one check of a folder that holds the user's files (settings,
 * drafts, history): made mode 0700 when missing, then refused when it is
 * a symlink, not a folder, not the user's own, or writable by group or
 * others. false with the reason in why ("PATH is a symlink"). */
bool paths_folder_ours(const char *path, char *why, size_t why_size);
/* The base folder such folders go in ($XDG_CONFIG_HOME, ~/.local/state):
 * made 0700 when missing; may be a symlink, but then the link and the
 * folder it leads to must both be the user's. false with why. */
bool paths_base_folder(const char *path, char *why, size_t why_size);
/* The user's folder for entrydesk below $XDG_VAR (else below ~/HOME_SUB),
 * and `sub` below it when not NULL: "$XDG_STATE_HOME/entrydesk/drafts".
 * The folders above entrydesk's are checked with paths_base_folder,
 * entrydesk's own and `sub` with paths_folder_ours. False with why when no
 * safe folder can be had (there is no /tmp fallback). */
bool paths_user_dir(const char *xdg_var, const char *home_sub, const char *sub,
		    char *out, size_t size, char *why, size_t why_size);

#endif
