/* config.ini: one [print] printer key for now, read with the one INI
 * reader (load/ini.h) and written whole (the file is entrydesk's own). */
#include "load/config.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "load/answers_io.h"
#include "load/ini.h"
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
	/* a settings file that does not read gives no default printer: the
	 * agent picks one, and saving it writes the file anew */
	static const ini_kind config_file = {
		.what = "settings file",
		.accepted = "[print] printer = NAME",
		.max_bytes = 64 * 1024,
		.max_lines = 1000,
		.echo_values = true,
		.continuations = false,
	};
	ed_error quiet = { .msg = "" };
	ini d;
	bool ok = false;

	if (!path || access(path, R_OK) != 0 || !ini_open(&d, path, &config_file, &quiet))
		return false;
	v = ini_get(&d, "print", "printer");
	if (config_printer_name_ok(v) && strlen(v) < size) {
		snprintf(out, size, "%s", v);
		ok = true;
	}
	ini_close(&d);
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
