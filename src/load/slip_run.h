/* entrydesk's side of entrydesk-slip, the program that alone links the
 * print stack (cairo, pango, OpenCC, libcups): where it is, the slip
 * documents of checks and group sheets for it, and running it. A crash
 * or a fault there is a reason in a message, never entrydesk's end. */
#ifndef ED_SLIP_RUN_H
#define ED_SLIP_RUN_H

#include <stdbool.h>
#include <stddef.h>

#include "core/answers.h"
#include "core/rules.h"
#include "core/slipdoc_io.h"
#include "core/verdict.h"
#include "load/printers.h"

#define SLIP_PROGRAM "entrydesk-slip"

/* entrydesk-slip's path: $ENTRYDESK_SLIP, else beside the running
 * entrydesk (the build tree), else the installed libexec folder */
const char *slip_program(void);

/* adds the group sheet (its text, as the text sheet prints it, set in
 * fixed-width columns), with the day of the check in its page header */
bool slip_run_add_sheet(sd_slips *s, const char *sheet, const ed_rules *r, ed_date day);

/* the arguments of entrydesk-slip for a PDF written to `path` (mode 0600),
 * or, when path is NULL, for a PDF sent to CUPS (`printer`, or the system
 * default when NULL); argv has room for 8. paper is "a4" or "letter". */
void slip_run_argv(char **argv, const char *path, const char *printer, const char *paper);

/* where a PDF for `want` goes without replacing a file: `want` when no
 * file is there, else "STEM-2.EXT", "STEM-3.EXT", ... (the first free one,
 * up to -999) beside it. False (out empty) when none is free or the name
 * does not fit `size`. So a second F9 with --print-to FILE never destroys
 * the first slip. */
bool slip_run_free_path(const char *want, char *out, size_t size);

/* runs entrydesk-slip to the end with the slips on its stdin (the CLI);
 * false with its reason in why. On success why holds its warning (some
 * characters had no font), or "". */
bool slip_run_wait(char **argv, const sd_slips *s, char *why, size_t why_size);

/* the CUPS destinations, from entrydesk-slip --list-printers (waited for
 * at most 10 s). False with a short reason when CUPS cannot be asked or
 * the program fails; true with n == 0 when CUPS has none. */
bool slip_run_printers(ed_printers *out, char *why, size_t why_size);

/* the reason of a failed run as the wizard shows it: without the program
 * name entrydesk-slip puts before its messages */
const char *slip_run_reason(const char *why);

#endif
