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

#endif
