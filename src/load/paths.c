/* Where rules.ini and screens/ live. */
#include "load/paths.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef SHAREDIR
#define SHAREDIR "/usr/local/share/entrydesk"
#endif

static const char *env_nonempty(const char *name)
{
	const char *v = getenv(name);
	return v && *v ? v : NULL;
}

/* The working directory's copy wins over the installed one, so that
 * `make run` in a checkout uses the checkout's rules and screens. */
static const char *pick(const char *given, const char *env, const char *local,
			bool want_dir, const char *installed)
{
	struct stat st;

	if (given && *given)
		return given;
	if (env_nonempty(env))
		return env_nonempty(env);
	if (stat(local, &st) == 0 && (want_dir ? S_ISDIR(st.st_mode) : S_ISREG(st.st_mode)))
		return local;
	return installed;
}

const char *paths_rules(const char *given)
{
	return pick(given, "ENTRYDESK_RULES", "rules.ini", false, SHAREDIR "/rules.ini");
}

const char *paths_screens(const char *given)
{
	return pick(given, "ENTRYDESK_SCREENS", "screens", true, SHAREDIR "/screens");
}
