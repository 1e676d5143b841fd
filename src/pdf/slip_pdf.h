/* The slip as a typeset PDF (cairo + pango): A4 or US Letter, 15 mm
 * margins, a header and the footer on every page, the outcome first and
 * large, compact lists in columns, English with its Chinese under it.
 * Fonts are embedded (cairo embeds subsets); pango shapes Chinese and
 * falls back across fonts through fontconfig. */
#ifndef ED_SLIP_PDF_H
#define ED_SLIP_PDF_H

#include <stdbool.h>
#include <stdio.h>

#include "core/slipdoc.h"

typedef enum slip_paper { SLIP_A4, SLIP_LETTER } slip_paper;

/* one slip of a PDF: its document (Chinese already in the form to show,
 * see hant.h) and which Chinese it shows (fonts and language follow it) */
typedef struct slip_pdf_slip {
	const slipdoc *doc;
	sd_chinese chinese;
} slip_pdf_slip;

/* "a4" / "letter"; false on anything else */
bool slip_paper_parse(const char *s, slip_paper *out);

/* Writes one PDF of n slips, each starting on a new page, its pages
 * numbered "page N of M" on their own. On failure *why says what failed
 * (never personal data); on success *why is NULL, or a warning when some
 * characters had no font (the slip is written: the rest is right). */
bool slip_pdf_write(FILE *f, const slip_pdf_slip *slips, size_t n, slip_paper paper,
		    const char **why);
/* the same into `path`, created (or truncated) with mode 0600 */
bool slip_pdf_write_path(const char *path, const slip_pdf_slip *slips, size_t n,
			 slip_paper paper, const char **why);

#endif
