/* The PDF slip's compact lists (see pdf_list.h). */
#include "pdf/pdf_list.h"

#include <stdlib.h>

#include "pdf/pdf_page.h"

static const style S_LEAD = {9, true, 0, false}, S_LEAD_ZH = {8.5, true, 0, true};
static const style S_ITEM = {7.5, false, 0, false};

static int list_cols(pdf *p, const sd_block *b)
{
	double widest = 0;

	for (size_t i = 0; i < b->n_items; i++) {
		char *s = pdf_item_words(p, &b->items[i]);
		double w = pdf_text_width(p, s, S_ITEM);
		free(s);
		if (w > widest)
			widest = w;
	}
	for (int cols = 4; cols > 2; cols--)
		if (widest <= (p->cw - (cols - 1) * GUTTER) / cols)
			return cols;
	return 2;
}

/* A run of items [first, first + n) set down the columns (a traveller
 * reads down for their province), in rows of aligned items: item
 * first + row + c * rows is in column c. Each page's part of a list is
 * such a run, so the columns read down on every page. */
typedef struct run {
	size_t first, n;
	int cols;
} run;

static size_t run_rows(run r)
{
	return (r.n + (size_t)r.cols - 1) / (size_t)r.cols;
}

/* height of row `row` of the run (drawn on the drawing pass) */
static double run_row(pdf *p, const sd_block *b, run r, size_t row, double y)
{
	double colw = (p->cw - (r.cols - 1) * GUTTER) / r.cols, h = 0;
	size_t rows = run_rows(r);
	style st = S_ITEM;

	st.zh = p->zh != SD_ZH_NONE;
	for (int c = 0; c < r.cols && row + (size_t)c * rows < r.n; c++) {
		char *s = pdf_item_words(p, &b->items[r.first + row + (size_t)c * rows]);
		double ih = pdf_text_at(p, s, st, p->x0 + c * (colw + GUTTER), y, colw);
		free(s);
		if (ih > h)
			h = ih;
	}
	return h + 1.5;
}

/* height of the run, or of its first `rows` rows (drawn on the drawing pass) */
static double run_at(pdf *p, const sd_block *b, run r, size_t rows, double y)
{
	double h = 0;

	for (size_t row = 0; row < run_rows(r) && row < rows; row++)
		h += run_row(p, b, r, row, y + h);
	return h;
}

static double run_height(pdf *p, const sd_block *b, run r, size_t rows)
{
	bool draw = p->draw;
	double h;

	p->draw = false;
	h = run_at(p, b, r, rows, 0);
	p->draw = draw;
	return h;
}

static double lead_height(pdf *p, const sd_block *b)
{
	bool draw = p->draw;
	double h;

	p->draw = false;
	h = pdf_pair_at(p, &b->text, S_LEAD, S_LEAD_ZH, p->x0, 0, p->cw);
	p->draw = draw;
	return h ? h + 3 : 0;
}

static void lead_at(pdf *p, const sd_block *b, double lead)
{
	if (lead) {
		pdf_pair_at(p, &b->text, S_LEAD, S_LEAD_ZH, p->x0, p->y, p->cw);
		p->y += lead;
	}
}

double pdf_list_start(pdf *p, const sd_block *b)
{
	run r = {0, b->n_items, list_cols(p, b)};

	return lead_height(p, b) + run_height(p, b, r, 1);
}

void pdf_list_flow(pdf *p, const sd_block *b)
{
	run r = {0, b->n_items, list_cols(p, b)};
	double lead = lead_height(p, b);

	pdf_fit(p, LIST_GAP, lead + run_height(p, b, r, 1));
	lead_at(p, b, lead);
	while (r.first < b->n_items) {
		r.n = b->n_items - r.first;
		/* the most items whose run fits the rest of the page */
		while (r.n > 1 && p->y + run_height(p, b, r, (size_t)-1) > p->bottom)
			r.n--;
		if (r.n == 1 && p->y > p->top && p->y + run_height(p, b, r, 1) > p->bottom) {
			pdf_new_page(p);
			/* a list going on to the next page says again what it lists */
			lead_at(p, b, lead);
			continue;
		}
		p->y += run_at(p, b, r, (size_t)-1, p->y);
		r.first += r.n;
		if (r.first < b->n_items) {
			pdf_new_page(p);
			lead_at(p, b, lead);
		}
	}
}
