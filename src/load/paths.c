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

/* mkdir -p with mode 0700 for each folder it makes */
static int make_dirs(char *path)
{
	char *p;

	for (p = path + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(path, 0700) != 0 && errno != EEXIST) {
			*p = '/';
			return -1;
		}
		*p = '/';
	}
	if (mkdir(path, 0700) != 0 && errno != EEXIST)
		return -1;
	return 0;
}

const char *paths_config(void)
{
	static char path[4096];
	char dir[4096];
	const char *base = env_nonempty("XDG_CONFIG_HOME");
	const char *home = env_nonempty("HOME");
	int n;

	if (base && base[0] == '/')
		n = snprintf(dir, sizeof dir, "%s/entrydesk", base);
	else if (home)
		n = snprintf(dir, sizeof dir, "%s/.config/entrydesk", home);
	else
		return NULL;
	if (n < 0 || (size_t)n >= sizeof dir || make_dirs(dir) != 0)
		return NULL;
	n = snprintf(path, sizeof path, "%s/config.ini", dir);
	return n < 0 || (size_t)n >= sizeof path ? NULL : path;
}
