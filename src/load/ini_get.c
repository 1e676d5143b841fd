/* The one INI reader's typed getters (ini_get.h): values checked as
 * numbers, yes/no or dates with the project's one-line message. */
#include "load/ini_get.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "load/ini_fail.h"
#include "load/ini_find.h"

bool ini_blank(const char *s)
{
	for (; s && *s; s++)
		if (!isspace((unsigned char)*s))
			return false;
	return true;
}

const char *ini_need(ini *f, const char *sec, const char *key, const char *form)
{
	const char *v = ini_get(f, sec, key);

	if (ini_blank(v)) {
		ini_fail(f, sec, key, "missing; accepted: %s", form);
		return NULL;
	}
	return v;
}

bool ini_need_str(ini *f, const char *sec, const char *key, const char *form, char **out)
{
	const char *v = ini_need(f, sec, key, form);

	if (!v)
		return false;
	*out = strdup(v);
	return *out || ini_nomem(f);
}

bool ini_opt_str(ini *f, const char *sec, const char *key, char **out)
{
	const char *v = ini_get(f, sec, key);

	*out = strdup(v ? v : "");
	return *out || ini_nomem(f);
}

/* "'VALUE' is not accepted" or, for files holding personal data, "not
 * accepted" */
static const char *shown(const ini *f, const char *v, char *buf, size_t size)
{
	if (f->kind->echo_values)
		snprintf(buf, size, "'%.80s' is not accepted", v);
	else
		snprintf(buf, size, "not accepted");
	return buf;
}

bool ini_int(ini *f, const char *sec, const char *key, bool required, int lo, int hi,
	     int dflt, int *out)
{
	const char *v = ini_get(f, sec, key);
	char *end, what[128];
	long n;

	*out = dflt;
	if (ini_blank(v)) {
		if (!required)
			return true;
		return ini_fail(f, sec, key, "missing; accepted: a whole number from %d to %d",
				lo, hi);
	}
	errno = 0;
	n = strtol(v, &end, 10);
	while (isspace((unsigned char)*end))
		end++;
	if (errno || end == v || *end || n < lo || n > hi)
		return ini_fail(f, sec, key, "%s; accepted: a whole number from %d to %d",
				shown(f, v, what, sizeof what), lo, hi);
	*out = (int)n;
	return true;
}

bool ini_yesno(ini *f, const char *sec, const char *key, bool required, bool dflt, bool *out)
{
	const char *v = ini_get(f, sec, key);
	char what[128];

	*out = dflt;
	if (ini_blank(v)) {
		if (!required)
			return true;
		return ini_fail(f, sec, key, "missing; accepted: yes or no");
	}
	if (!strcasecmp(v, "yes") || !strcasecmp(v, "no")) {
		*out = !strcasecmp(v, "yes");
		return true;
	}
	return ini_fail(f, sec, key, "%s; accepted: yes or no", shown(f, v, what, sizeof what));
}

bool ini_date(ini *f, const char *sec, const char *key, bool required, ed_date *out,
	      bool *present)
{
	const char *v = ini_get(f, sec, key);

	if (present)
		*present = !ini_blank(v);
	if (ini_blank(v)) {
		if (!required)
			return true;
		return ini_fail(f, sec, key, "missing; accepted: a date YYYY-MM-DD");
	}
	if (!date_parse(v, out)) {
		if (f->kind->echo_values)
			return ini_fail(f, sec, key, "'%.80s' is not a date; accepted: a real "
					"calendar day as YYYY-MM-DD", v);
		return ini_fail(f, sec, key, "not a date; accepted: a real calendar day as "
				"YYYY-MM-DD");
	}
	return true;
}
