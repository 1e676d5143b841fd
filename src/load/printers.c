/* The printer list as entrydesk-slip prints it, read back. */
#include "load/printers.h"

#include <stdlib.h>
#include <string.h>

#include "core/text.h"

void printers_free(ed_printers *p)
{
	for (size_t i = 0; p && p->list && i < p->n; i++) {
		free(p->list[i].name);
		free(p->list[i].info);
	}
	if (p) {
		free(p->list);
		p->list = NULL;
		p->n = 0;
	}
}

bool printers_parse(const char *text, ed_printers *out)
{
	const char *p = text ? text : "";

	out->list = NULL;
	out->n = 0;
	while (*p) {
		size_t n = strcspn(p, "\n");
		const char *t1 = memchr(p, '\t', n);
		const char *t2 = t1 ? memchr(t1 + 1, '\t', n - (size_t)(t1 + 1 - p)) : NULL;
		if (t1 && t2 && t1 > p) {
			ed_printer *grown = realloc(out->list, (out->n + 1) * sizeof *grown);
			if (!grown) {
				printers_free(out);
				return false;
			}
			out->list = grown;
			ed_printer *e = &out->list[out->n];
			e->name = text_dupn(p, (size_t)(t1 - p));
			e->info = text_dupn(t2 + 1, n - (size_t)(t2 + 1 - p));
			e->is_default = (size_t)(t2 - t1 - 1) == 7 && !memcmp(t1 + 1, "default", 7);
			out->n++;
			if (!e->name || !e->info) {
				printers_free(out);
				return false;
			}
		}
		p += n;
		if (*p)
			p++;
	}
	return true;
}

const ed_printer *printers_find(const ed_printers *p, const char *name)
{
	for (size_t i = 0; p && name && i < p->n; i++)
		if (!strcmp(p->list[i].name, name))
			return &p->list[i];
	return NULL;
}
