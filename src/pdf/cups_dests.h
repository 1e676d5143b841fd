/* The CUPS destinations, asked of libcups (cupsGetDests2), and the list
 * entrydesk-slip --list-printers prints for entrydesk: one a line,
 * "NAME<tab>default|-<tab>DESCRIPTION". */
#ifndef ED_CUPS_DESTS_H
#define ED_CUPS_DESTS_H

#include <stdbool.h>
#include <stdio.h>

#include "load/printers.h"

/* asks CUPS for its destinations, the default first, then by name.
 * False with a short reason in why when CUPS cannot be asked (no
 * cupsd); true with n == 0 when it has none. */
bool cups_dests_list(ed_printers *out, char *why, size_t why_size);
/* prints them as entrydesk reads them */
void cups_dests_print(FILE *f, const ed_printers *p);

#endif
