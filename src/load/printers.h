/* The CUPS destinations F9 offers: names, descriptions and which one is
 * the default, as entrydesk-slip --list-printers gives them
 * (src/pdf/cups_dests.c asks libcups; load/slip_run.c runs it). No
 * curses, no libcups here. */
#ifndef ED_PRINTERS_H
#define ED_PRINTERS_H

#include <stdbool.h>
#include <stddef.h>

typedef struct ed_printer {
	char *name;  /* the CUPS destination, "entrydesk-pdf" or "queue/instance" */
	char *info;  /* its description, or "" */
	bool is_default;
} ed_printer;

typedef struct ed_printers {
	ed_printer *list; /* the default first, then by name */
	size_t n;
} ed_printers;

/* reads the list entrydesk-slip prints ("NAME<tab>default|-<tab>INFO" a
 * line; lines of another form are skipped); false on out of memory */
bool printers_parse(const char *text, ed_printers *out);
/* the destination called name, or NULL */
const ed_printer *printers_find(const ed_printers *p, const char *name);
void printers_free(ed_printers *p);

#endif
