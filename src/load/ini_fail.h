/* The one INI reader's messages: "FILE: [SECTION] KEY: line N: what is
 * wrong; accepted: FORM"; error_set escapes control characters. */
#ifndef ED_INI_FAIL_H
#define ED_INI_FAIL_H

#include <stdbool.h>

#include "load/ini_file.h"

/* sets the file's message, "FILE: [SEC] KEY: line N: <fmt>" (the line of
 * the key, else of the section, unless <fmt> names one), returns false */
bool ini_fail(ini *f, const char *sec, const char *key, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
/* A key or section the program does not know may be anything typed on
 * the wrong line (a passport number, a name): it is never quoted. These
 * say "FILE: [SEC] line N: a key this section does not have; <fmt>" and
 * "FILE: line N: a section this file does not have; <fmt>"; return false */
bool ini_fail_unknown_key(ini *f, const char *sec, const ini_key *key, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
bool ini_fail_unknown_section(ini *f, const ini_section *sec, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* "out of memory" for the file; returns false */
bool ini_nomem(ini *f);

#endif
