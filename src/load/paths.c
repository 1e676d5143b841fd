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

/* made mode 0700 when missing; false with why */
static bool make_folder(const char *path, char *why, size_t why_size)
{
	if (mkdir(path, 0700) == 0 || errno == EEXIST)
		return true;
	snprintf(why, why_size, "cannot make %s: %s", path, strerror(errno));
	return false;
}

bool paths_folder_ours(const char *path, char *why, size_t why_size)
{
	struct stat st;

	if (!make_folder(path, why, why_size))
		return false;
	if (lstat(path, &st) != 0) {
		snprintf(why, why_size, "%s: %s", path, strerror(errno));
		return false;
	}
	if (S_ISLNK(st.st_mode)) {
		snprintf(why, why_size, "%s is a symlink", path);
		return false;
	}
	if (!S_ISDIR(st.st_mode)) {
		snprintf(why, why_size, "%s is not a folder", path);
		return false;
	}
	if (st.st_uid != getuid()) {
		snprintf(why, why_size, "%s belongs to another user", path);
		return false;
	}
	if (st.st_mode & (S_IWGRP | S_IWOTH)) {
		snprintf(why, why_size, "others can write to %s (chmod 700 it)", path);
		return false;
	}
	return true;
}

bool paths_base_folder(const char *path, char *why, size_t why_size)
{
	struct stat link, st;

	if (!make_folder(path, why, why_size))
		return false;
	if (lstat(path, &link) != 0 || stat(path, &st) != 0) {
		snprintf(why, why_size, "%s: %s", path, strerror(errno));
		return false;
	}
	if (!S_ISDIR(st.st_mode)) {
		snprintf(why, why_size, "%s is not a folder", path);
		return false;
	}
	/* ~/.config as a link into the user's own dotfiles is fine; a link
	 * that someone else made, or into someone else's folder, is not */
	if (S_ISLNK(link.st_mode) && (link.st_uid != getuid() || st.st_uid != getuid())) {
		snprintf(why, why_size, "%s is a symlink to a folder of another user", path);
		return false;
	}
	return true;
}

/* The base folder of the user's files of one kind: $XDG_VAR, else
 * ~/HOME_SUB, made and checked with paths_base_folder (and, for
 * ~/.local/state, ~/.local first). False with why. */
static bool user_base(const char *xdg_var, const char *home_sub, char *base, size_t size,
		      char *why, size_t why_size)
{
	const char *xdg = env_nonempty(xdg_var);
	const char *home = env_nonempty("HOME");
	const char *slash = strchr(home_sub, '/');
	int n;

	if (xdg && xdg[0] == '/')
		n = snprintf(base, size, "%s", xdg);
	else if (home && home[0] == '/')
		n = snprintf(base, size, "%s/%s", home, home_sub);
	else {
		snprintf(why, why_size, "neither %s nor HOME names a folder", xdg_var);
		return false;
	}
	if (n < 0 || (size_t)n >= size) {
		snprintf(why, why_size, "the folder's name is too long");
		return false;
	}
	/* the folders above ours (~/.local/state) are the user's business,
	 * made if need be; ours and the ones below it must be private */
	if (!(xdg && xdg[0] == '/') && slash) {
		base[strlen(home) + 1 + (size_t)(slash - home_sub)] = '\0';
		if (!paths_base_folder(base, why, why_size))
			return false;
		snprintf(base, size, "%s/%s", home, home_sub);
	}
	return paths_base_folder(base, why, why_size);
}

const char *paths_config(void)
{
	static char path[4096];
	char base[4000], dir[4050], why[300];
	struct stat st;
	int n;

	if (!user_base("XDG_CONFIG_HOME", ".config", base, sizeof base, why, sizeof why))
		return NULL;
	snprintf(dir, sizeof dir, "%s/entrydesk", base);
	/* a folder of the user's own that others may read (an older umask)
	 * is closed; then checked as every folder of the user's files is */
	if (lstat(dir, &st) == 0 && S_ISDIR(st.st_mode) && st.st_uid == getuid())
		chmod(dir, 0700);
	if (!paths_folder_ours(dir, why, sizeof why))
		return NULL;
	n = snprintf(path, sizeof path, "%s/config.ini", dir);
	return n < 0 || (size_t)n >= sizeof path ? NULL : path;
}

bool paths_user_dir(const char *xdg_var, const char *home_sub, const char *sub,
		    char *out, size_t size, char *why, size_t why_size)
{
	char base[900];
	int n;

	if (!user_base(xdg_var, home_sub, base, sizeof base, why, why_size))
		return false;
	n = snprintf(out, size, "%s/entrydesk", base);
	if (n < 0 || (size_t)n >= size) {
		snprintf(why, why_size, "the folder's name is too long");
		return false;
	}
	if (!paths_folder_ours(out, why, why_size))
		return false;
	if (!sub)
		return true;
	n = snprintf(out, size, "%s/entrydesk/%s", base, sub);
	if (n < 0 || (size_t)n >= size) {
		snprintf(why, why_size, "the folder's name is too long");
		return false;
	}
	return paths_folder_ours(out, why, why_size);
}
