/* The PDF slip's page and its text: what one layout pass knows (the
 * cairo context, the fonts, the column, where it is on the page) and the
 * few ways the slip sets text: a line or a paragraph in a style, English
 * with its Chinese under it, a rule across the column. Each text is laid
 * out once and kept: the counting pass, the drawing pass and the measures
 * of what fits all ask for the same layouts. */
#ifndef ED_PDF_TEXT_H
#define ED_PDF_TEXT_H

#include <cairo.h>
#include <pango/pangocairo.h>
#include <stdbool.h>

#include "core/slipdoc.h"

#define MM (72.0 / 25.4)
/* 15 mm, and a hair inside it: pango's rounding never reaches the line */
#define MARGIN (15 * MM + 0.25)
#define GUTTER 12.0

typedef struct style {
	double size; /* points */
	bool bold;
	double grey; /* 0 black .. 1 white */
	bool zh;     /* Chinese: its language tag picks the glyph forms */
} style;

typedef struct pdf {
	cairo_t *cr;
	PangoContext *ctx; /* its font map: the subset fonts (fonts.h), or the system's */
	GHashTable *layouts; /* the layouts made, by style and text */
	double w, h;
	double x0, cw;      /* text column */
	double top, bottom; /* the body between header and footer */
	double y;
	int page, pages;
	double scale; /* of the type sizes: 1, or less for fine print */
	int unknown;  /* characters no installed font has (drawn as boxes) */
	bool draw;
	const slipdoc *d;
	sd_chinese zh;
	/* pango font descriptions: a Latin family first, the CJK one after */
	const char *family, *mono_family;
	bool mono; /* set in the fixed-width font (CJK two columns): the sheet's table */
	PangoLanguage *lang_zh, *lang_en;
} pdf;

/* whether t's Chinese is shown on this slip */
bool pdf_show_zh(const pdf *p, const sd_text *t);
/* draws (on the drawing pass) s at x, y in `width` (0: on one line);
 * returns its height */
double pdf_text_at(pdf *p, const char *s, style st, double x, double y, double width);
/* natural width of s on one line */
double pdf_text_width(pdf *p, const char *s, style st);
/* English, and its Chinese (in style zh) under it; returns the height */
double pdf_pair_at(pdf *p, const sd_text *t, style en, style zh, double x, double y,
		   double width);
/* English and Chinese on one line (a heading, a title, a label) */
double pdf_one_line_at(pdf *p, const sd_text *t, style st, double x, double y, double width);
/* "English   Chinese" (a list item, a short value), malloc'd */
char *pdf_item_words(pdf *p, const sd_text *t);
/* a rule across the column at y (on the drawing pass) */
void pdf_hline(pdf *p, double y, double grey);

#endif
