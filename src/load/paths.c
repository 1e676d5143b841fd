/* Where rules.ini, screens/ and the wizard's draft live. */
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

/* mkdir -p with mode 0700 for each folder it makes; the draft holds
 * personal data */
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

/* NAME in $ENV/entrydesk, or else in ~/FALLBACK/entrydesk, or in
 * /tmp/entrydesk-UID: the folders made mode 0700 */
static const char *app_file(char *path, size_t size, const char *env, const char *fallback,
			    const char *name)
{
	char dir[4096];
	const char *base = env_nonempty(env);
	const char *home = env_nonempty("HOME");
	int n;

	if (base && base[0] == '/')
		n = snprintf(dir, sizeof dir, "%s/entrydesk", base);
	else if (home)
		n = snprintf(dir, sizeof dir, "%s/%s/entrydesk", home, fallback);
	else
		n = snprintf(dir, sizeof dir, "/tmp/entrydesk-%ld", (long)getuid());
	if (n < 0 || (size_t)n >= sizeof dir)
		return NULL;
	if (make_dirs(dir) != 0)
		return NULL;
	n = snprintf(path, size, "%s/%s", dir, name);
	if (n < 0 || (size_t)n >= size)
		return NULL;
	return path;
}

const char *paths_draft(void)
{
	static char path[4096];
	return app_file(path, sizeof path, "XDG_STATE_HOME", ".local/state", "draft.ini");
}

const char *paths_config(void)
{
	static char path[4096];
	return app_file(path, sizeof path, "XDG_CONFIG_HOME", ".config", "config.ini");
}
