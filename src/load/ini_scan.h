/* The scan of the one INI reader: each line classified as iniparser 4.1
 * does ('\' continuations joined, quotes as iniparser takes them), and
 * refused, with the file's own line number, where iniparser would misread
 * it (ini.h lists what); and the quoting of a value so that both read it
 * back. */
#ifndef ED_INI_SCAN_H
#define ED_INI_SCAN_H

#include <stdbool.h>
#include <stddef.h>

#include "load/ini_file.h"

/* One section header or key met by the scan, in file order. */
typedef struct ini_scan_ent {
	char *full;   /* "section" or "section:key", lower case */
	size_t split; /* length of the section part */
	char *value;  /* the value as iniparser will read it; NULL: a section */
	long line;
} ini_scan_ent;

typedef struct ini_scanner {
	ini *f;
	ini_scan_ent *v;
	size_t n, cap;
	char *section; /* the current section, NULL before the first */
	long section_line;
} ini_scanner;

/* scans buf (len bytes) of S->f, then refuses repeated sections and keys;
 * false with the file's message set. S starts zeroed but for S->f. */
bool ini_scan(ini_scanner *S, const char *buf, size_t len, bool continuations);
/* frees what ini_scan kept */
void ini_scan_free(ini_scanner *S);

/* How `value` is written after "key = " so that this reader (and
 * iniparser) read back exactly `value`: as it is, in double or in single
 * quotes. NULL when no form does (a line break; or both kinds of quote
 * with ; # a space at an end or a quote first). buf holds the result. */
const char *ini_quote(const char *value, char *buf, size_t size);

#endif
