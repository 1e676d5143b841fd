/* The one INI reader of entrydesk: the rules, the answers and the screen
 * files all go through it, so they read a file the same way iniparser does
 * and refuse the same mistakes with the same one-line messages.
 *
 * ini_open() opens the file once (O_NONBLOCK, fstat before any read:
 * a FIFO, a device or a folder is refused, never waited on), bounds its
 * size and line count, then scans every line as iniparser 4.1 classifies
 * it ('\' continuations joined, quotes as iniparser takes them) and refuses,
 * with the file's own line number: a byte-order mark, NUL and other control
 * characters, over-long lines (also once joined), a key before any section,
 * an empty section name, duplicate sections and keys, a value iniparser
 * would cut at an unquoted '#' or ';' or after its closing quote. Only then
 * does iniparser_load read the file itself, once: no chunks, no temporary
 * files. What iniparser read is checked against the scan.
 *
 * Section and key names are lower case, as iniparser stores them. The
 * getters fill the file's ed_error with "FILE: [SECTION] KEY: what is
 * wrong; accepted: FORM"; error_set escapes control characters. */
#ifndef ED_INI_H
#define ED_INI_H

#include <stdbool.h>

#include "core/error.h"
/* the reader's parts, one job each: what an open file holds, lookups,
 * messages, typed getters, the scan and ini_quote */
#include "load/ini_fail.h"
#include "load/ini_file.h"
#include "load/ini_find.h"
#include "load/ini_get.h"
#include "load/ini_scan.h"

/* how many files the scan accepted and iniparser read otherwise (or not
 * at all): never, unless the file changed while read; the fuzz targets
 * watch it */
extern unsigned long ini_disagreements;

/* Reads `path` into f. On a problem fills err (never NULL inside: a local
 * one is used) and returns false with f freed. */
bool ini_open(ini *f, const char *path, const ini_kind *kind, ed_error *err);
/* frees what ini_open built; f may be zeroed or already freed */
void ini_close(ini *f);

#endif
