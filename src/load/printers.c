/* CUPS destinations through libcups: the same list `lpstat -e` gives,
 * with the default marked, so that F9 can offer a choice instead of
 * failing when no default is set. */
#include "load/printers.h"

#include <cups/cups.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/sorted.h"

static int printer_cmp(const void *a, const void *b)
{
	const ed_printer *x = a, *y = b;
	if (x->is_default != y->is_default)
		return x->is_default ? -1 : 1;
	return strcmp(x->name, y->name);
}

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

bool printers_list(ed_printers *out, char *why, size_t why_size)
{
	cups_dest_t *dests = NULL;
	int n;

	out->list = NULL;
	out->n = 0;
	n = cupsGetDests2(CUPS_HTTP_DEFAULT, &dests);
	if (n <= 0) {
		ipp_status_t st = cupsLastError();
		cupsFreeDests(n, dests);
		if (st > IPP_STATUS_OK_EVENTS_COMPLETE && st != IPP_STATUS_ERROR_NOT_FOUND) {
			snprintf(why, why_size, "CUPS cannot be asked for its printers: %s",
				 cupsLastErrorString());
			return false;
		}
		return true;
	}
	out->list = calloc((size_t)n, sizeof *out->list);
	if (!out->list) {
		cupsFreeDests(n, dests);
		snprintf(why, why_size, "out of memory");
		return false;
	}
	for (int i = 0; i < n; i++) {
		const cups_dest_t *d = &dests[i];
		const char *info = cupsGetOption("printer-info", d->num_options, d->options);
		char name[256];
		ed_printer *p = &out->list[out->n];
		if (d->instance)
			snprintf(name, sizeof name, "%s/%s", d->name, d->instance);
		else
			snprintf(name, sizeof name, "%s", d->name);
		p->name = strdup(name);
		p->info = strdup(info ? info : "");
		p->is_default = d->is_default != 0;
		if (!p->name || !p->info) {
			out->n++;
			printers_free(out);
			cupsFreeDests(n, dests);
			snprintf(why, why_size, "out of memory");
			return false;
		}
		out->n++;
	}
	cupsFreeDests(n, dests);
	sorted_sort(out->list, out->n, sizeof *out->list, printer_cmp);
	return true;
}

const ed_printer *printers_find(const ed_printers *p, const char *name)
{
	for (size_t i = 0; p && name && i < p->n; i++)
		if (!strcmp(p->list[i].name, name))
			return &p->list[i];
	return NULL;
}
