/* The PDF slip's pages (see pdf_page.h). */
#include "pdf/pdf_page.h"

#include <stdlib.h>

#include "core/text.h"

static const style HEAD = {7.5, false, 0.3, false};

static char *page_words(pdf *p)
{
	char *en = slipdoc_page_label(p->d->page.en, p->page, p->pages);
	char *zh = pdf_show_zh(p, &p->d->page) ?
		   slipdoc_page_label(p->d->page.zh, p->page, p->pages) : NULL;
	text_buf b = {0};

	text_buf_add(&b, en);
	if (zh)
		text_buf_printf(&b, "  %s", zh);
	free(en);
	free(zh);
	return text_buf_take(&b);
}

/* the body's top */
static double header(pdf *p)
{
	const slipdoc *d = p->d;
	text_buf b = {0};
	char *pg = page_words(p);
	double pw = pdf_text_width(p, pg, HEAD), h, h2;
	style head = HEAD;

	text_buf_add(&b, "entrydesk");
	if (d->check_date.en && *d->check_date.en)
		text_buf_printf(&b, "  ·  %s", d->check_date.en);
	if (pdf_show_zh(p, &d->check_date))
		text_buf_printf(&b, " %s", d->check_date.zh);
	if (d->name && *d->name)
		text_buf_printf(&b, "  ·  %s", d->name);
	if (d->document && *d->document)
		text_buf_printf(&b, "  ·  %s", d->document);
	head.zh = p->zh != SD_ZH_NONE;
	h = pdf_text_at(p, b.s, head, p->x0, MARGIN, p->cw - pw - GUTTER);
	h2 = pdf_text_at(p, pg, head, p->x0 + p->cw - pw, MARGIN, 0);
	text_buf_free(&b);
	free(pg);
	if (h2 > h)
		h = h2;
	pdf_hline(p, MARGIN + h + 2, 0.5);
	return MARGIN + h + 10;
}

/* the footer's top */
static double footer(pdf *p)
{
	const sd_text *f = NULL;
	style en = {7.5, false, 0.25, false}, zh = {7, false, 0.25, true};
	double h, y;
	bool draw = p->draw;

	for (size_t i = 0; i < p->d->n_blocks && !f; i++)
		if (p->d->blocks[i].kind == SD_FOOTER)
			f = &p->d->blocks[i].text;
	if (!f)
		return p->h - MARGIN;
	p->draw = false;
	h = pdf_pair_at(p, f, en, zh, p->x0, 0, p->cw);
	p->draw = draw;
	y = p->h - MARGIN - h;
	pdf_pair_at(p, f, en, zh, p->x0, y, p->cw);
	pdf_hline(p, y - 4, 0.5);
	return y - 12;
}

static void start_page(pdf *p)
{
	double scale = p->scale;

	p->scale = 1;
	p->top = header(p);
	p->bottom = footer(p);
	p->y = p->top;
	p->scale = scale;
}

void pdf_first_page(pdf *p)
{
	p->page = 1;
	start_page(p);
}

void pdf_new_page(pdf *p)
{
	if (p->draw)
		cairo_show_page(p->cr);
	p->page++;
	start_page(p);
}

void pdf_fit(pdf *p, double gap, double need)
{
	if (p->y > p->top && p->y + gap + need > p->bottom)
		pdf_new_page(p);
	else
		p->y += gap;
}
