/* The history on SQLite: a file at the counter (engine.h). */
#ifndef ED_HISTORY_ENGINE_SQLITE_H
#define ED_HISTORY_ENGINE_SQLITE_H

#include <stdbool.h>
#include <stddef.h>

#include "history/engine.h"

/* opens (creating, mode 0600) the SQLite database file at `path`, in WAL
 * mode with a busy timeout so that several wizards of a host write at once */
bool engine_sqlite_open(const char *path, const hist_engine **ops, void **db,
			char *why, size_t why_size);

#endif
