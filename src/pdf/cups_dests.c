/* CUPS destinations through libcups: the same list `lpstat -e` gives,
 * with the default marked, so that F9 can offer a choice instead of
 * failing when no default is set. Part of entrydesk-slip, which prints
 * them for entrydesk (load/printers.c). */
#include "pdf/cups_dests.h"

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

bool cups_dests_list(ed_printers *out, char *why, size_t why_size)
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

/* a name or description on one line of the list: no tab, no control */
static void put_clean(FILE *f, const char *s)
{
	for (; *s; s++)
		fputc((unsigned char)*s < 0x20 || *s == 0x7f ? ' ' : *s, f);
}

void cups_dests_print(FILE *f, const ed_printers *p)
{
	for (size_t i = 0; i < p->n; i++) {
		put_clean(f, p->list[i].name);
		fprintf(f, "\t%s\t", p->list[i].is_default ? "default" : "-");
		put_clean(f, p->list[i].info);
		fputc('\n', f);
	}
}
