/* Lookups in a read INI file (ini_file.h): a section or key by name in
 * any case, and where it stands in the file. Pure: no messages. */
#ifndef ED_INI_FIND_H
#define ED_INI_FIND_H

#include "load/ini_file.h"

/* the section named `sec` (any case), or NULL */
const ini_section *ini_section_get(const ini *f, const char *sec);
/* the value of [sec] key (any case), or NULL when absent */
const char *ini_get(const ini *f, const char *sec, const char *key);
/* the value of "section:key", or NULL */
const char *ini_get_full(const ini *f, const char *full);
/* the line of [sec] key, else of [sec] (key absent or NULL); 0 when the
 * file has no such section */
long ini_line(const ini *f, const char *sec, const char *key);

#endif
