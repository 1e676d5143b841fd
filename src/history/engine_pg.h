/* The history on PostgreSQL, libpq loaded at run time (engine.h). */
#ifndef ED_HISTORY_ENGINE_PG_H
#define ED_HISTORY_ENGINE_PG_H

#include <stdbool.h>
#include <stddef.h>

#include "history/engine.h"

/* connects to PostgreSQL (`conninfo`: a postgresql:// URI or key=value) */
bool engine_pg_open(const char *conninfo, const hist_engine **ops, void **db,
		    char *why, size_t why_size);

#endif
