/* The fonts of one PDF, cut down to the characters its slips use before
 * pango and cairo see them. Noto Sans CJK holds some 65,000 glyphs and
 * 15 MB of outlines per weight; cairo reads all of it to embed a subset
 * and deflates a megabyte of subroutines per font, most of a PDF's time.
 * HarfBuzz's subsetter makes a font of a few hundred glyphs (the same
 * outlines, metrics and layout tables) in a private temporary folder,
 * and a font map of its own holds those alone. */
#ifndef ED_PDF_FONTS_H
#define ED_PDF_FONTS_H

#include <pango/pango.h>
#include <stdbool.h>
#include <stddef.h>

#include "core/slipdoc.h"

typedef struct slip_fonts slip_fonts;

/* What pango is to typeset with: the subset fonts of `families` (each
 * "Family" or "Family:weight=bold" as fontconfig names them) for the
 * characters of the n documents and of `extra` (words the PDF adds). NULL
 * when they cannot be made (no such font, a character they lack, no
 * temporary folder): the caller then typesets with the system's fonts,
 * as before, only slower. */
slip_fonts *slip_fonts_make(const slipdoc *const *docs, size_t n, const char *const *families,
			    const char *extra);
/* the font map holding only the subset fonts */
PangoFontMap *slip_fonts_map(slip_fonts *f);
/* removes the temporary fonts and their folder */
void slip_fonts_free(slip_fonts *f);

#endif
