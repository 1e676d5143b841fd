/* The agent's settings, remembered between runs in paths_config()
 * ($XDG_CONFIG_HOME/entrydesk/config.ini): for now the printer chosen at
 * F9. Written atomically, mode 0600, in a folder of mode 0700. */
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

#endif
