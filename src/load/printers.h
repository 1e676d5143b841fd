/* The CUPS destinations F9 offers, with libcups (cupsGetDests2): names,
 * descriptions and which one is the default. No curses here. */
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

/* asks CUPS for its destinations. False with a short reason in why when
 * CUPS cannot be asked (no cupsd); true with n == 0 when it has none. */
bool printers_list(ed_printers *out, char *why, size_t why_size);
/* the destination called name, or NULL */
const ed_printer *printers_find(const ed_printers *p, const char *name);
void printers_free(ed_printers *p);

#endif
