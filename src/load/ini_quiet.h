/* iniparser 4.1 with its messages captured instead of printed: both the
 * rules and the answers reader load through here. */
#ifndef ED_INI_QUIET_H
#define ED_INI_QUIET_H

#include <iniparser/iniparser.h>
#include <stddef.h>

/* iniparser_load(path), silent. On any complaint returns NULL with *line
 * the line iniparser named (0 when none) and, when text is not NULL, that
 * line's text, or iniparser's own first message when it named no line. */
dictionary *ini_load_quiet(const char *path, long *line, char *text, size_t text_size);

#endif
