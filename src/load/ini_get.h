/* The one INI reader's typed getters: values checked as text, numbers,
 * yes/no or dates, with the reader's one-line message on a problem. */
#ifndef ED_INI_GET_H
#define ED_INI_GET_H

#include <stdbool.h>

#include "core/date.h"
#include "load/ini_file.h"

/* true when s is NULL, empty or only spaces */
bool ini_blank(const char *s);


/* Typed getters: each returns false with the message filled on a problem.
 * `form` is the accepted form in words. A value is quoted in a message only
 * when the file kind allows it (echo_values). */
const char *ini_need(ini *f, const char *sec, const char *key, const char *form);
bool ini_need_str(ini *f, const char *sec, const char *key, const char *form, char **out);
bool ini_opt_str(ini *f, const char *sec, const char *key, char **out);
bool ini_int(ini *f, const char *sec, const char *key, bool required, int lo, int hi,
	     int dflt, int *out);
bool ini_yesno(ini *f, const char *sec, const char *key, bool required, bool dflt,
	       bool *out);
/* a YYYY-MM-DD date; *present (may be NULL) says whether it was given */
bool ini_date(ini *f, const char *sec, const char *key, bool required, ed_date *out,
	      bool *present);

#endif
