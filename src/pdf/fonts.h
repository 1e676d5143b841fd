/* The fonts of one PDF, cut down to the characters its slips use before
 * pango and cairo see them. Noto Sans CJK holds some 65,000 glyphs and
 * 15 MB of outlines per weight; cairo reads all of it to embed a subset
 * and deflates a megabyte of subroutines per font, most of a PDF's time.
 * HarfBuzz's subsetter makes a font of a few hundred glyphs (the same
 * outlines, metrics and layout tables) in memory, and a font map of its
 * own holds those alone. */
#ifndef ED_PDF_FONTS_H
#define ED_PDF_FONTS_H

#include <pango/pango.h>
#include <stdbool.h>
#include <stddef.h>

#include "core/slipdoc.h"

typedef struct slip_fonts slip_fonts;

#define SLIP_FONTS_MAX 10 /* families of one PDF */

/* What pango is to typeset with: the subset fonts of `families` (at most
 * SLIP_FONTS_MAX, each "Family" or "Family:bold" as fontconfig names
 * them, NULL after the last) for the characters of the n documents and of
 * `extra` (words the PDF adds). NULL when they cannot be made (no such
 * font, a character none of them has): the caller then typesets with the
 * system's fonts, as before, only slower. */
slip_fonts *slip_fonts_make(const slipdoc *const *docs, size_t n, const char *const *families,
			    const char *extra);
/* the font map holding only the subset fonts */
PangoFontMap *slip_fonts_map(slip_fonts *f);
/* frees the subset fonts and their font map */
void slip_fonts_free(slip_fonts *f);

#endif
