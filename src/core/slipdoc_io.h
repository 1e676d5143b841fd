/* Slip documents as a stream: what entrydesk hands to entrydesk-slip on
 * its standard input (the PDF and CUPS live in that program). A versioned,
 * line-based UTF-8 text, one field a line:
 *
 *     entrydesk-slip 1
 *     slip simplified          a new slip, and the Chinese it shows
 *     check_date Sunday 1 March 2026
 *     check_date.zh 2026年3月1日
 *     block kv small           a block: its kind, then "small", "mono"
 *     label Next destination
 *     text Tokyo
 *     item Beijing             a list's item; item.zh its Chinese
 *     end                      the document is complete
 *
 * A value is the rest of its line, "\\" and "\n" escaped. The reader
 * refuses anything else with one line saying where and why. Pure C. */
#ifndef ED_SLIPDOC_IO_H
#define ED_SLIPDOC_IO_H

#include <stdbool.h>
#include <stddef.h>

#include "core/slipdoc.h"

#define SD_IO_VERSION 1
#define SD_IO_MAX_SLIPS 2000  /* a group of 1000 and its sheet, with room */
#define SD_IO_MAX_BLOCKS 4096 /* of one slip */
#define SD_IO_MAX_ITEMS 4096  /* of one list */
#define SD_IO_MAX_LINE 65536  /* bytes of one line */

/* one slip of a stream: its document and the Chinese it shows */
typedef struct sd_slip {
	slipdoc *doc;
	sd_chinese chinese;
} sd_slip;

typedef struct sd_slips {
	sd_slip *list;
	size_t n;
} sd_slips;

/* appends doc (which the set now owns, also on failure); false on out of
 * memory or when doc is NULL or failed */
bool sd_slips_add(sd_slips *s, slipdoc *doc, sd_chinese chinese);
void sd_slips_free(sd_slips *s);

/* the stream of the slips; malloc'd, NULL on out of memory or when a
 * document failed */
char *sd_slips_write(const sd_slips *s);

/* Reads a stream of `len` bytes. False with one line in why (where and
 * what is wrong, never the text itself) and nothing left in out. */
bool sd_slips_read(const char *data, size_t len, sd_slips *out, char *why, size_t why_size);

#endif
