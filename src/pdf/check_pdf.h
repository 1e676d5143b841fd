/* The PDF of checks: each check's slip document (core/slip.h) in the
 * Chinese it shows (Traditional through OpenCC), typeset into one PDF:
 * for `entrydesk check --format pdf` (many checks, a file) and for the
 * wizard's F9 (one check, in memory for lp's stdin, or --print-to FILE). */
#ifndef ED_CHECK_PDF_H
#define ED_CHECK_PDF_H

#include <stdbool.h>
#include <stddef.h>

#include "core/answers.h"
#include "core/rules.h"
#include "core/verdict.h"
#include "pdf/hant.h"
#include "pdf/slip_pdf.h"

/* the slips of one PDF, gathered check by check */
typedef struct check_pdf {
	slip_pdf_slip *slips;
	size_t n;
	zh_hant *hant; /* opened for the first slip in Traditional Chinese */
} check_pdf;

/* adds the slip of one check; false with *why (never personal data) */
bool check_pdf_add(check_pdf *set, const ed_answers *a, const ed_verdict *v,
		   const ed_rules *r, const char **why);
/* adds a slip document already made (a reprint's stored one): the set
 * takes it over, freed with the set even on failure */
bool check_pdf_add_doc(check_pdf *set, slipdoc *d, sd_chinese zh, const char **why);
void check_pdf_free(check_pdf *set);

/* The PDF of the slips gathered in set, written into memory
 * (open_memstream: no file ever holds it): *data (malloc'd) and *len;
 * false with *why. On success *why may still carry a warning (characters
 * without a font). */
bool check_pdf_set_memory(const check_pdf *set, slip_paper paper, char **data, size_t *len,
			  const char **why);

#endif
