/* Printing the slip: hands its text to CUPS with `lp`, run directly (never
 * through a shell). No curses here. */
#ifndef ED_PRINT_H
#define ED_PRINT_H

#include <stdbool.h>
#include <stddef.h>

/* sends `text` to `lp` (destination `printer`, or the system default when
 * NULL); false with a short reason in why when lp is missing or fails */
bool print_slip(const char *text, const char *printer, char *why, size_t why_size);

#endif
