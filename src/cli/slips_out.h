/* What `check` and `check --group` share: their slips, out. Apart from
 * both so that neither calls the other. */
#ifndef ED_CLI_SLIPS_OUT_H
#define ED_CLI_SLIPS_OUT_H

#include "core/slipdoc_io.h"

/* the slips as a PDF in output through entrydesk-slip, or with output
 * NULL their document on stdout; the exit status, 0 or 2 */
int check_slips_out(const sd_slips *slips, const char *output, const char *paper);

#endif
