/* The agent's settings, remembered between runs in paths_config()
 * ($XDG_CONFIG_HOME/entrydesk/config.ini): for now the printer chosen at
 * F9, the answers files opened or saved last (their names only, for
 * the Open prompt), and [history], which entrydesk reads and keeps but
 * never changes. Written atomically, mode 0600, in a folder of mode 0700. */
#ifndef ED_CONFIG_H
#define ED_CONFIG_H

#include <stdbool.h>
#include <stddef.h>

#include "core/error.h"

/* true when `name` has the form of a CUPS destination (letters, digits and
 * _ . - @, an optional /instance; at most 127 characters) */
bool config_printer_name_ok(const char *name);
/* the printer remembered, copied to out; false when none is (or the file
 * cannot be read, or the name there is not one) */
bool config_printer_get(char *out, size_t size);
/* remembers `name`; false with err set when it cannot */
bool config_printer_set(const char *name, ed_error *err);

#define CONFIG_RECENT_MAX 5
#define CONFIG_PATH_MAX 1024
/* the answers files opened or saved last, newest first; returns how many */
size_t config_recent_get(char out[][CONFIG_PATH_MAX], size_t max);
/* puts `path` first among the recent files (a name with a control
 * character or a quote is not kept); false with err set when the file
 * cannot be written */
bool config_recent_add(const char *path, ed_error *err);

/* [history]: where checks are recorded, the counter's name, how long
 * records are kept. Strings are "" when not set; keep_days 0 when not set. */
typedef struct config_history {
	char database[1024]; /* a postgresql:// URI, or "" for SQLite */
	char counter[128];
	int keep_days;
} config_history;
/* reads [history]; false with err (naming the key and the accepted form,
 * never the value) when a value there is not usable */
bool config_history_get(config_history *out, ed_error *err);

#endif
