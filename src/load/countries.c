/* Country codes and names from iso-codes, via json-c. */
#include "load/countries.h"

#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/sorted.h"
#include "load/file_read.h"
#include "load/mo.h"

/* iso_3166-1.json is some 100 kB: a file far larger is not it */
#define ISO_MAX_BYTES (16 * 1024 * 1024)

/* The file's JSON, read once (file_read.h); NULL with why filled. */
static json_object *read_json(const char *path, char *why, size_t size)
{
	size_t n;
	char *buf = file_read_regular(path, ISO_MAX_BYTES, &n, why, size);
	json_object *root = buf ? json_tokener_parse(buf) : NULL;

	if (buf && !root)
		snprintf(why, size, "not JSON");
	free(buf);
	return root;
}

static int by_code(const void *a, const void *b)
{
	return strcmp(((const ed_country *)a)->code, ((const ed_country *)b)->code);
}

static bool is_alpha3(const char *s)
{
	return s && strlen(s) == 3 && s[0] >= 'A' && s[0] <= 'Z' &&
	       s[1] >= 'A' && s[1] <= 'Z' && s[2] >= 'A' && s[2] <= 'Z';
}

void countries_free(ed_country *c, size_t n)
{
	size_t i;

	if (!c)
		return;
	for (i = 0; i < n; i++) {
		free(c[i].name);
		free(c[i].name_zh);
	}
	free(c);
}

bool countries_load(const char *path, const char *file, const char *section,
		    const char *key, ed_country **out, size_t *n, ed_error *err)
{
	json_object *root, *list;
	char why[256] = "";
	ed_country *c = NULL;
	size_t len, i, k = 0;

	*out = NULL;
	*n = 0;
	root = read_json(path, why, sizeof why);
	if (!root) {
		error_set(err, file, section, key,
			  "cannot read the country list %s (%s); accepted: the path "
			  "of Debian's iso_3166-1.json (package iso-codes)", path, why);
		return false;
	}
	if (!json_object_object_get_ex(root, "3166-1", &list) ||
	    !json_object_is_type(list, json_type_array)) {
		error_set(err, file, section, key,
			  "%s has no \"3166-1\" list; accepted: the path of Debian's "
			  "iso_3166-1.json (package iso-codes)", path);
		json_object_put(root);
		return false;
	}
	len = json_object_array_length(list);
	c = calloc(len ? len : 1, sizeof *c);
	if (!c)
		goto nomem;
	for (i = 0; i < len; i++) {
		json_object *e = json_object_array_get_idx(list, i), *code, *name, *common;
		const char *cs;
		if (!json_object_object_get_ex(e, "alpha_3", &code) ||
		    !json_object_object_get_ex(e, "name", &name))
			continue;
		/* the name people use ("Taiwan", "South Korea") where iso-codes
		 * has one: it is what the traveller reads on the slip */
		if (json_object_object_get_ex(e, "common_name", &common))
			name = common;
		cs = json_object_get_string(code);
		if (!is_alpha3(cs))
			continue;
		memcpy(c[k].code, cs, 4);
		c[k].name = strdup(json_object_get_string(name));
		if (!c[k].name)
			goto nomem;
		k++;
	}
	json_object_put(root);
	sorted_sort(c, k, sizeof *c, by_code);
	*out = c;
	*n = k;
	return true;
nomem:
	countries_free(c, k);
	json_object_put(root);
	error_set(err, file, section, key, "out of memory");
	return false;
}

bool countries_load_zh(const char *mo_path, const char *file, const char *section,
		       const char *key, ed_country *c, size_t n, ed_error *err)
{
	char why[256] = "";
	mo_catalog *m = mo_open(mo_path, why, sizeof why);

	if (!m) {
		error_set(err, file, section, key,
			  "cannot read the Chinese country names %s (%s); accepted: the path "
			  "of iso-codes' iso_3166-1.mo for zh_CN (package iso-codes)", mo_path, why);
		return false;
	}
	for (size_t i = 0; i < n; i++) {
		const char *zh = mo_get(m, c[i].name);
		free(c[i].name_zh);
		c[i].name_zh = zh ? strdup(zh) : NULL;
		if (zh && !c[i].name_zh) {
			mo_close(m);
			error_set(err, file, section, key, "out of memory");
			return false;
		}
	}
	mo_close(m);
	return true;
}
