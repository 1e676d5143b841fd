/* config.ini: one [print] printer key for now, read with iniparser and
 * written whole (the file is entrydesk's own). */
#include "load/config.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "load/answers_io.h"
#include "load/ini_quiet.h"
#include "load/paths.h"

bool config_printer_name_ok(const char *name)
{
	size_t n = name ? strlen(name) : 0;
	int slashes = 0;

	if (n == 0 || n > 127 || name[0] == '/' || name[n - 1] == '/')
		return false;
	for (const char *p = name; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if (c == '/')
			slashes++;
		else if (!isalnum(c) && !strchr("_.-@", c))
			return false;
	}
	return slashes <= 1;
}

bool config_printer_get(char *out, size_t size)
{
	const char *path = paths_config(), *v;
	dictionary *d;
	long line = 0;
	bool ok = false;

	if (!path || access(path, R_OK) != 0)
		return false;
	d = ini_load_quiet(path, &line, NULL, 0);
	if (!d)
		return false;
	v = iniparser_getstring(d, "print:printer", NULL);
	if (config_printer_name_ok(v) && strlen(v) < size) {
		snprintf(out, size, "%s", v);
		ok = true;
	}
	iniparser_freedict(d);
	return ok;
}

bool config_printer_set(const char *name, ed_error *err)
{
	const char *path = paths_config();
	char text[512], dir[4096];
	char *slash;

	if (!config_printer_name_ok(name)) {
		error_set(err, NULL, "print", "printer", "not a printer name; accepted: a CUPS "
			  "destination (letters, digits, _ . - @)");
		return false;
	}
	if (!path) {
		error_set(err, NULL, NULL, NULL, "no folder for the settings: set HOME or "
			  "XDG_CONFIG_HOME");
		return false;
	}
	/* a folder made earlier by someone else's umask: only the user's */
	snprintf(dir, sizeof dir, "%s", path);
	slash = strrchr(dir, '/');
	if (slash) {
		*slash = '\0';
		chmod(dir, 0700);
	}
	snprintf(text, sizeof text, "; entrydesk settings, written by entrydesk\n"
		 "[print]\nprinter = %s\n", name);
	return file_save_private(path, text, err);
}
