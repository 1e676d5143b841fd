/* config.ini: [print] printer and [recent] file1..fileN, read with the
 * one INI reader (load/ini.h) and written whole (the file is entrydesk's
 * own). */
#include "load/config.h"

#include <ctype.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
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

/* what config.ini holds: the printer ("" if none) and the recent files */
typedef struct config_data {
	char printer[128];
	char recent[CONFIG_RECENT_MAX][CONFIG_PATH_MAX];
	size_t n_recent;
	/* [history] as the agent wrote it: kept when the file is rewritten */
	char history[3][1100];
	long history_line[3]; /* where each is, for messages */
	/* why [history] cannot be used as written: the file does not read,
	 * or a key there is not one of history_keys ("" when it can) */
	char history_why[sizeof((ed_error){0}).msg];
	/* the file is there but does not read: it is never rewritten (the
	 * agent's [history] and the rest would be lost) */
	bool unreadable;
} config_data;

static const char *const history_keys[3] = { "database", "counter", "keep_days" };

/* a path config.ini can keep on one quoted line */
static bool path_keepable(const char *path)
{
	size_t n = path ? strlen(path) : 0;

	if (n == 0 || n >= CONFIG_PATH_MAX)
		return false;
	for (const char *p = path; *p; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7f || *p == '"' || *p == '\\')
			return false;
	return true;
}

/* the names config.ini may hold: the scan's messages name only these */
static bool config_name_known(const char *sec, const char *key)
{
	if (!strcmp(sec, "print"))
		return !key || !strcmp(key, "printer");
	if (!strcmp(sec, "recent"))
		return !key || (!strncmp(key, "file", 4) && key[4] >= '1' && key[4] <= '9');
	if (!strcmp(sec, "history")) {
		for (int i = 0; key && i < 3; i++)
			if (!strcmp(key, history_keys[i]))
				return true;
		return !key;
	}
	return false;
}

static void config_read(config_data *c)
{
	/* a settings file that does not read gives no printer and no recent
	 * files: the agent picks again, and saving writes the file anew */
	static const ini_kind config_file = {
		.what = "settings file",
		.accepted = "[print] printer = NAME, [recent] fileN = \"PATH\" and [history] keys",
		.max_bytes = 64 * 1024,
		.max_lines = 1000,
		.echo_values = false, /* recent file names may name a traveller */
		.continuations = false,
		.name_known = config_name_known,
	};
	const char *path = paths_config();
	ed_error quiet = { .msg = "" };
	ini d;

	memset(c, 0, sizeof *c);
	if (!path || access(path, R_OK) != 0)
		return;
	if (!ini_open(&d, path, &config_file, &quiet)) {
		snprintf(c->history_why, sizeof c->history_why, "%s", quiet.msg);
		c->unreadable = true;
		return;
	}
	{
		const char *v = ini_get(&d, "print", "printer");
		if (config_printer_name_ok(v) && strlen(v) < sizeof c->printer)
			snprintf(c->printer, sizeof c->printer, "%s", v);
	}
	for (int i = 1; i <= CONFIG_RECENT_MAX; i++) {
		char key[32];
		const char *v;
		snprintf(key, sizeof key, "file%d", i);
		v = ini_get(&d, "recent", key);
		if (path_keepable(v))
			snprintf(c->recent[c->n_recent++], CONFIG_PATH_MAX, "%s", v);
	}
	for (int i = 0; i < 3; i++) {
		const char *v = ini_get(&d, "history", history_keys[i]);
		if (v && strlen(v) < sizeof c->history[i])
			snprintf(c->history[i], sizeof c->history[i], "%s", v);
		c->history_line[i] = ini_line(&d, "history", history_keys[i]);
	}
	/* a key mistyped there would send the records elsewhere unsaid: it
	 * is refused by its line, never quoted (it may be anything) */
	const ini_section *h = ini_section_get(&d, "history");
	for (size_t k = 0; h && k < h->n_keys && !c->history_why[0]; k++)
		if (!config_name_known("history", h->keys[k].name)) {
			ini_fail_unknown_key(&d, "history", &h->keys[k],
					     "accepted: database, counter and keep_days");
			snprintf(c->history_why, sizeof c->history_why, "%s", quiet.msg);
		}
	ini_close(&d);
}

static bool config_write(const config_data *c, ed_error *err)
{
	const char *path = paths_config();
	char text[CONFIG_RECENT_MAX * (CONFIG_PATH_MAX + 32) + 4096];
	size_t n;

	if (c->unreadable) {
		/* the reader's own line: file, line and what is accepted */
		error_set(err, NULL, NULL, NULL, "%s (the settings file was left as it is)",
			  c->history_why);
		return false;
	}

	if (!path) {
		error_set(err, NULL, NULL, NULL, "no folder for the settings: set HOME or "
			  "XDG_CONFIG_HOME");
		return false;
	}
	/* paths_config gives a path only in a folder that is the user's alone */
	n = (size_t)snprintf(text, sizeof text, "; entrydesk settings, written by entrydesk\n");
	if (c->printer[0])
		n += (size_t)snprintf(text + n, sizeof text - n, "[print]\nprinter = %s\n",
				      c->printer);
	if (c->n_recent)
		n += (size_t)snprintf(text + n, sizeof text - n,
				      "; the answers files opened or saved last (names only)\n"
				      "[recent]\n");
	for (size_t i = 0; i < c->n_recent && n < sizeof text; i++)
		n += (size_t)snprintf(text + n, sizeof text - n, "file%zu = \"%s\"\n", i + 1,
				      c->recent[i]);
	if (c->history[0][0] || c->history[1][0] || c->history[2][0])
		n += (size_t)snprintf(text + n, sizeof text - n, "[history]\n");
	for (int i = 0; i < 3 && n < sizeof text; i++) {
		char quoted[1200];
		if (c->history[i][0] && ini_quote(c->history[i], quoted, sizeof quoted))
			n += (size_t)snprintf(text + n, sizeof text - n, "%s = %s\n",
					      history_keys[i], quoted);
	}
	return file_save_private(path, text, err);
}

size_t config_recent_get(char out[][CONFIG_PATH_MAX], size_t max)
{
	config_data c;
	size_t n = 0;

	config_read(&c);
	for (; n < c.n_recent && n < max; n++)
		snprintf(out[n], CONFIG_PATH_MAX, "%s", c.recent[n]);
	return n;
}

bool config_recent_add(const char *file, ed_error *err)
{
	config_data c;
	char keep[CONFIG_RECENT_MAX][CONFIG_PATH_MAX];
	size_t k = 0;

	if (!path_keepable(file))
		return true; /* a name config.ini cannot hold is simply not listed */
	config_read(&c);
	snprintf(keep[k++], CONFIG_PATH_MAX, "%s", file);
	for (size_t i = 0; i < c.n_recent && k < CONFIG_RECENT_MAX; i++)
		if (strcmp(c.recent[i], file))
			snprintf(keep[k++], CONFIG_PATH_MAX, "%s", c.recent[i]);
	memcpy(c.recent, keep, sizeof keep);
	c.n_recent = k;
	return config_write(&c, err);
}

bool config_printer_get(char *out, size_t size)
{
	config_data c;

	config_read(&c);
	if (!c.printer[0] || strlen(c.printer) >= size)
		return false;
	snprintf(out, size, "%s", c.printer);
	return true;
}

bool config_printer_set(const char *name, ed_error *err)
{
	config_data c;

	if (!config_printer_name_ok(name)) {
		error_set(err, NULL, "print", "printer", "not a printer name; accepted: a CUPS "
			  "destination (letters, digits, _ . - @)");
		return false;
	}
	config_read(&c);
	snprintf(c.printer, sizeof c.printer, "%s", name);
	return config_write(&c, err);
}

bool config_history_get(config_history *out, ed_error *err)
{
	config_data c;
	char *end;
	long days;

	memset(out, 0, sizeof *out);
	config_read(&c);
	if (c.history_why[0]) {
		error_set(err, NULL, NULL, NULL, "%s", c.history_why);
		return false;
	}
	if (strlen(c.history[0]) > 1000) {
		error_set(err, paths_config(), "history", "database", "line %ld: too long; "
			  "accepted: a postgresql:// URI of at most 1000 characters",
			  c.history_line[0]);
		return false;
	}
	snprintf(out->database, sizeof out->database, "%.1000s", c.history[0]);
	for (const char *p = c.history[1]; *p; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7f) {
			error_set(err, paths_config(), "history", "counter",
				  "line %ld: holds a control character; accepted: a name of at "
				  "most 127 characters", c.history_line[1]);
			return false;
		}
	if (strlen(c.history[1]) >= sizeof out->counter) {
		error_set(err, paths_config(), "history", "counter",
			  "line %ld: too long; accepted: a name of at most 127 characters",
			  c.history_line[1]);
		return false;
	}
	snprintf(out->counter, sizeof out->counter, "%.127s", c.history[1]);
	if (c.history[2][0]) {
		days = strtol(c.history[2], &end, 10);
		if (*end || end == c.history[2] || days < 1 || days > 3650) {
			error_set(err, paths_config(), "history", "keep_days",
				  "line %ld: not a number of days; accepted: a whole number "
				  "from 1 to 3650", c.history_line[2]);
			return false;
		}
		out->keep_days = (int)days;
	}
	return true;
}
