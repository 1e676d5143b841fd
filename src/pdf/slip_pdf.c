/* The PDF slip. Each slip is laid out twice with the same measurements:
 * the first pass counts its pages, the second draws them, so that every
 * header can say "page N of M". Blocks are kept whole on a page, a heading
 * stays with what follows it, and compact lists break between rows. */
#include "pdf/slip_pdf.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <errno.h>
#include <fcntl.h>
#include <pango/pangocairo.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/text.h"
#include "pdf/fonts.h"

#define MM (72.0 / 25.4)
/* 15 mm, and a hair inside it: pango's rounding never reaches the line */
#define MARGIN (15 * MM + 0.25)
#define GUTTER 12.0
#define KV_LABEL 0.26 /* of the text width */
#define BULLET_INDENT 14.0
#define LINE_SPACING 0.88 /* of the font's line height */

typedef struct style {
	double size; /* points */
	bool bold;
	double grey; /* 0 black .. 1 white */
	bool zh;     /* Chinese: its language tag picks the glyph forms */
} style;

typedef struct pdf {
	cairo_t *cr;
	PangoContext *ctx; /* its font map: the subset fonts (fonts.h), or the system's */
	/* each text is laid out once: the counting pass, the drawing pass and
	 * the measures of what fits all ask for the same layouts */
	GHashTable *layouts;
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
	const char *family, *mono_family;
	bool mono; /* set in the fixed-width font (CJK two columns): the sheet's table */
	PangoLanguage *lang_zh, *lang_en;
} pdf;

bool slip_paper_parse(const char *s, slip_paper *out)
{
	if (s && !strcmp(s, "a4"))
		*out = SLIP_A4;
	else if (s && !strcmp(s, "letter"))
		*out = SLIP_LETTER;
	else
		return false;
	return true;
}

static bool show_zh(const pdf *p, const sd_text *t)
{
	return p->zh != SD_ZH_NONE && t->zh && *t->zh;
}

/* a new layout of s as st sets it in `width` (0: on one line) */
static PangoLayout *new_layout(pdf *p, const char *s, style st, double width)
{
	PangoLayout *l = pango_layout_new(p->ctx);
	PangoFontDescription *fd =
		pango_font_description_from_string(p->mono ? p->mono_family : p->family);
	PangoAttrList *attrs = pango_attr_list_new();

	pango_font_description_set_absolute_size(fd, st.size * p->scale * PANGO_SCALE);
	pango_font_description_set_weight(fd, st.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
	pango_layout_set_font_description(l, fd);
	pango_font_description_free(fd);
	pango_attr_list_insert(attrs, pango_attr_language_new(st.zh ? p->lang_zh : p->lang_en));
	pango_layout_set_attributes(l, attrs);
	pango_attr_list_unref(attrs);
	/* Noto CJK's own line height is 1.45 em: airy for English */
	pango_layout_set_line_spacing(l, LINE_SPACING);
	if (width > 0) {
		pango_layout_set_width(l, (int)(width * PANGO_SCALE));
		pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
	}
	pango_layout_set_text(l, s ? s : "", -1);
	return l;
}

/* the layout of s as st sets it in `width` (0: on one line), made once
 * (the cache keeps it: the caller does not unref it) */
static PangoLayout *layout_of(pdf *p, const char *s, style st, double width)
{
	char *key = g_strdup_printf("%s|%d|%d|%.3f|%.3f|%s", st.zh ? "zh" : "en", st.bold,
				    p->mono, st.size * p->scale, width,
				    p->mono ? p->mono_family : p->family);
	char *full = g_strconcat(key, "|", s ? s : "", NULL);
	PangoLayout *l = g_hash_table_lookup(p->layouts, full);

	g_free(key);
	if (l) {
		g_free(full);
		return l;
	}
	l = new_layout(p, s, st, width);
	g_hash_table_insert(p->layouts, full, l);
	return l;
}

/* draws (on the drawing pass) s at x, y in `width`; returns its height */
static double text_at(pdf *p, const char *s, style st, double x, double y, double width)
{
	PangoLayout *l;
	int w, h;

	if (!s || !*s)
		return 0;
	l = layout_of(p, s, st, width);
	pango_layout_get_size(l, &w, &h);
	p->unknown += pango_layout_get_unknown_glyphs_count(l);
	if (p->draw) {
		cairo_set_source_rgb(p->cr, st.grey, st.grey, st.grey);
		cairo_move_to(p->cr, x, y);
		pango_cairo_show_layout(p->cr, l);
	}
	return (double)h / PANGO_SCALE;
}

/* natural width of s on one line */
static double text_width(pdf *p, const char *s, style st)
{
	PangoLayout *l = layout_of(p, s, st, 0);
	int w, h;

	pango_layout_get_size(l, &w, &h);
	return (double)w / PANGO_SCALE;
}

/* English, and its Chinese under it */
static double pair_at(pdf *p, const sd_text *t, style en, style zh, double x, double y,
		      double width)
{
	double h = text_at(p, t->en, en, x, y, width);

	zh.zh = true;
	if (show_zh(p, t))
		h += 1 + text_at(p, t->zh, zh, x, y + h + 1, width);
	return h;
}

static void hline(pdf *p, double y, double grey)
{
	if (!p->draw)
		return;
	cairo_set_source_rgb(p->cr, grey, grey, grey);
	cairo_set_line_width(p->cr, 0.5);
	cairo_move_to(p->cr, p->x0, y);
	cairo_line_to(p->cr, p->x0 + p->cw, y);
	cairo_stroke(p->cr);
}

/* ---- header and footer, on every page ---- */

static const style HEAD = {7.5, false, 0.3, false};

static char *page_words(pdf *p)
{
	char *en = slipdoc_page_label(p->d->page.en, p->page, p->pages);
	char *zh = show_zh(p, &p->d->page) ?
		   slipdoc_page_label(p->d->page.zh, p->page, p->pages) : NULL;
	text_buf b = {0};

	text_buf_add(&b, en);
	if (zh)
		text_buf_printf(&b, "  %s", zh);
	free(en);
	free(zh);
	return text_buf_take(&b);
}

static double header(pdf *p)
{
	const slipdoc *d = p->d;
	text_buf b = {0};
	char *pg = page_words(p);
	double pw = text_width(p, pg, HEAD), h, h2;
	style head = HEAD;

	text_buf_add(&b, "entrydesk");
	if (d->check_date.en && *d->check_date.en)
		text_buf_printf(&b, "  ·  %s", d->check_date.en);
	if (show_zh(p, &d->check_date))
		text_buf_printf(&b, " %s", d->check_date.zh);
	if (d->name && *d->name)
		text_buf_printf(&b, "  ·  %s", d->name);
	if (d->document && *d->document)
		text_buf_printf(&b, "  ·  %s", d->document);
	head.zh = p->zh != SD_ZH_NONE;
	h = text_at(p, b.s, head, p->x0, MARGIN, p->cw - pw - GUTTER);
	h2 = text_at(p, pg, head, p->x0 + p->cw - pw, MARGIN, 0);
	text_buf_free(&b);
	free(pg);
	if (h2 > h)
		h = h2;
	hline(p, MARGIN + h + 2, 0.5);
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
	h = pair_at(p, f, en, zh, p->x0, 0, p->cw);
	p->draw = draw;
	y = p->h - MARGIN - h;
	pair_at(p, f, en, zh, p->x0, y, p->cw);
	hline(p, y - 4, 0.5);
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

static void new_page(pdf *p)
{
	if (p->draw)
		cairo_show_page(p->cr);
	p->page++;
	start_page(p);
}

/* ---- blocks ---- */

static const style S_TITLE = {9.5, true, 0.25, false};
static const style S_OUT = {14.5, true, 0, false}, S_OUT_ZH = {12.5, true, 0, true};
static const style S_DEAD = {10.5, true, 0, false}, S_DEAD_ZH = {10, true, 0, true};
static const style S_LABEL = {8, false, 0.35, false};
static const style S_VALUE = {9, false, 0, false}, S_VALUE_ZH = {8.5, false, 0, true};
static const style S_HEAD = {10, true, 0, false};
static const style S_PARA = {9, false, 0, false}, S_PARA_ZH = {8.5, false, 0, true};
static const style S_LEAD = {9, true, 0, false}, S_LEAD_ZH = {8.5, true, 0, true};
static const style S_BUL = {8.5, false, 0, false}, S_BUL_ZH = {8, false, 0, true};
static const style S_NOTE = {7.5, false, 0.25, false}, S_NOTE_ZH = {7.5, false, 0.25, true};
static const style S_ITEM = {7.5, false, 0, false};
/* 80 columns of the text sheet fit the narrower paper's 182 mm */
static const style S_MONO = {8.5, false, 0, true};
#define FINE 0.82 /* the size of fine print */

static double space_before(sd_kind k)
{
	switch (k) {
	case SD_OUTCOME: return 6;
	case SD_DEADLINE: return 8;
	case SD_KV: return 2;
	case SD_HEADING: return 8;
	case SD_PARA: return 4;
	case SD_LIST: return 6;
	case SD_BULLET: return 2.5;
	case SD_NOTE: return 0.5;
	default: return 0;
	}
}

/* "English Chinese" (a list item, a short value) */
static char *item_words(pdf *p, const sd_text *t)
{
	text_buf b = {0};

	text_buf_add(&b, t->en);
	if (show_zh(p, t))
		text_buf_printf(&b, "   %s", t->zh);
	return text_buf_take(&b);
}

/* English and Chinese on one line (a heading, a title, a label) */
static double one_line_at(pdf *p, const sd_text *t, style st, double x, double y, double width)
{
	text_buf b = {0};
	double h;

	text_buf_add(&b, t->en);
	if (show_zh(p, t)) {
		text_buf_printf(&b, "   %s", t->zh);
		st.zh = true;
	}
	h = text_at(p, b.s, st, x, y, width);
	text_buf_free(&b);
	return h;
}

static double kv_at(pdf *p, const sd_block *b, double y)
{
	double lw = p->cw * KV_LABEL;
	double lh = one_line_at(p, &b->label, S_LABEL, p->x0, y + 1, lw - 6) + 1;
	double vh;
	char *joined = show_zh(p, &b->text) ? item_words(p, &b->text) : NULL;
	style one = S_VALUE;

	/* a short value and its Chinese share a line */
	one.zh = true;
	if (joined && text_width(p, joined, one) <= p->cw - lw)
		vh = text_at(p, joined, one, p->x0 + lw, y, p->cw - lw);
	else
		vh = pair_at(p, &b->text, S_VALUE, S_VALUE_ZH, p->x0 + lw, y, p->cw - lw);
	free(joined);

	return lh > vh ? lh : vh;
}

static double heading_at(pdf *p, const sd_block *b, double y)
{
	double h = one_line_at(p, &b->text, S_HEAD, p->x0, y, p->cw);

	hline(p, y + h + 1, 0.6);
	return h + 3;
}

static double bullet_at(pdf *p, const sd_block *b, double y)
{
	style dot = S_BUL;

	text_at(p, "•", dot, p->x0 + 3, y, 0);
	return pair_at(p, &b->text, S_BUL, S_BUL_ZH, p->x0 + BULLET_INDENT, y,
		       p->cw - BULLET_INDENT);
}

/* height of an atomic block at y (drawn on the drawing pass) */
static double block_at(pdf *p, const sd_block *b, double y)
{
	switch (b->kind) {
	case SD_TITLE:
		return one_line_at(p, &b->text, S_TITLE, p->x0, y, p->cw) + 2;
	case SD_OUTCOME:
		return pair_at(p, &b->text, S_OUT, S_OUT_ZH, p->x0, y, p->cw);
	case SD_DEADLINE:
		return pair_at(p, &b->text, S_DEAD, S_DEAD_ZH, p->x0, y, p->cw);
	case SD_KV:
		return kv_at(p, b, y);
	case SD_HEADING:
		return heading_at(p, b, y);
	case SD_PARA:
		if (b->mono) { /* one line of a table; a blank line keeps its height */
			double h;
			p->mono = true;
			h = text_at(p, *b->text.en ? b->text.en : " ", S_MONO, p->x0, y, 0);
			p->mono = false;
			return h;
		}
		return pair_at(p, &b->text, S_PARA, S_PARA_ZH, p->x0, y, p->cw);
	case SD_BULLET:
		return bullet_at(p, b, y);
	case SD_NOTE:
		return pair_at(p, &b->text, S_NOTE, S_NOTE_ZH, p->x0 + BULLET_INDENT, y,
			       p->cw - BULLET_INDENT);
	case SD_LIST:
	case SD_FOOTER:
		break;
	}
	return 0;
}

static double measure(pdf *p, const sd_block *b)
{
	bool draw = p->draw;
	double h;

	p->draw = false;
	h = block_at(p, b, 0);
	p->draw = draw;
	return h;
}

/* ---- compact lists: rows of `cols` items ---- */


static int list_cols(pdf *p, const sd_block *b)
{
	double widest = 0;

	for (size_t i = 0; i < b->n_items; i++) {
		char *s = item_words(p, &b->items[i]);
		double w = text_width(p, s, S_ITEM);
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
		char *s = item_words(p, &b->items[r.first + row + (size_t)c * rows]);
		double ih = text_at(p, s, st, p->x0 + c * (colw + GUTTER), y, colw);
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
	h = pair_at(p, &b->text, S_LEAD, S_LEAD_ZH, p->x0, 0, p->cw);
	p->draw = draw;
	return h ? h + 3 : 0;
}

static void fit(pdf *p, double gap, double need)
{
	if (p->y > p->top && p->y + gap + need > p->bottom)
		new_page(p);
	else
		p->y += gap;
}

static void lead_at(pdf *p, const sd_block *b, double lead)
{
	if (lead) {
		pair_at(p, &b->text, S_LEAD, S_LEAD_ZH, p->x0, p->y, p->cw);
		p->y += lead;
	}
}

static void list_flow(pdf *p, const sd_block *b)
{
	run r = {0, b->n_items, list_cols(p, b)};
	double lead = lead_height(p, b);

	fit(p, space_before(SD_LIST), lead + run_height(p, b, r, 1));
	lead_at(p, b, lead);
	while (r.first < b->n_items) {
		r.n = b->n_items - r.first;
		/* the most items whose run fits the rest of the page */
		while (r.n > 1 && p->y + run_height(p, b, r, (size_t)-1) > p->bottom)
			r.n--;
		if (r.n == 1 && p->y > p->top && p->y + run_height(p, b, r, 1) > p->bottom) {
			new_page(p);
			/* a list going on to the next page says again what it lists */
			lead_at(p, b, lead);
			continue;
		}
		p->y += run_at(p, b, r, (size_t)-1, p->y);
		r.first += r.n;
		if (r.first < b->n_items) {
			new_page(p);
			lead_at(p, b, lead);
		}
	}
}

/* what must fit on the page with block i: a heading keeps the start of
 * what follows it */
static double need_with_next(pdf *p, size_t i)
{
	const sd_block *b = &p->d->blocks[i];
	double h = measure(p, b);

	if (b->kind == SD_HEADING && i + 1 < p->d->n_blocks) {
		const sd_block *n = &p->d->blocks[i + 1];
		double scale = p->scale;
		p->scale = n->small ? FINE : 1;
		if (n->kind == SD_LIST) {
			run r = {0, n->n_items, list_cols(p, n)};
			h += space_before(SD_LIST) + lead_height(p, n) + run_height(p, n, r, 1);
		}
		else if (n->kind != SD_FOOTER)
			h += space_before(n->kind) + measure(p, n);
		p->scale = scale;
	}
	return h;
}

/* lays the slip out; draws it on the drawing pass; returns its pages */
static int lay_out(pdf *p)
{
	p->page = 1;
	start_page(p);
	for (size_t i = 0; i < p->d->n_blocks; i++) {
		const sd_block *b = &p->d->blocks[i];
		if (b->kind == SD_FOOTER)
			continue;
		p->scale = b->small ? FINE : 1;
		if (b->kind == SD_LIST) {
			list_flow(p, b);
			continue;
		}
		fit(p, p->y > p->top && !b->mono ? space_before(b->kind) : 0,
		    need_with_next(p, i));
		p->y += block_at(p, b, p->y);
	}
	if (p->draw)
		cairo_show_page(p->cr);
	return p->page;
}

/* where cairo's stream goes, and whether a write of it ever failed: cairo
 * does not always carry a stream's error into the surface's status, and
 * stdio may have dropped the buffer it could not write (a full disk) */
typedef struct pdf_sink {
	FILE *f;
	bool failed;
} pdf_sink;

static cairo_status_t write_file(void *closure, const unsigned char *data, unsigned int len)
{
	pdf_sink *sink = closure;

	if (fwrite(data, 1, len, sink->f) == len)
		return CAIRO_STATUS_SUCCESS;
	sink->failed = true;
	return CAIRO_STATUS_WRITE_ERROR;
}

static const char *family_of(sd_chinese zh)
{
	return zh == SD_ZH_TRADITIONAL ? "Noto Sans CJK HK" : "Noto Sans CJK SC";
}

static const char *mono_family_of(sd_chinese zh)
{
	return zh == SD_ZH_TRADITIONAL ? "Noto Sans Mono CJK HK" : "Noto Sans Mono CJK SC";
}

static void add_family(const char **list, size_t *n, const char *name)
{
	for (size_t i = 0; i < *n; i++)
		if (!strcmp(list[i], name))
			return;
	list[(*n)++] = name;
}

/* the fonts of these slips, cut down to their characters (fonts.h);
 * NULL: the system's fonts are used */
static slip_fonts *fonts_for(const slip_pdf_slip *slips, size_t n)
{
	const char *families[8] = {0};
	const slipdoc **docs = calloc(n ? n : 1, sizeof *docs);
	size_t k = 0;
	slip_fonts *fonts;

	if (!docs)
		return NULL;
	for (size_t i = 0; i < n; i++) {
		bool traditional = slips[i].chinese == SD_ZH_TRADITIONAL;
		docs[i] = slips[i].doc;
		add_family(families, &k, traditional ? "Noto Sans CJK HK" : "Noto Sans CJK SC");
		add_family(families, &k, traditional ? "Noto Sans CJK HK:bold" :
						       "Noto Sans CJK SC:bold");
		for (size_t b = 0; b < slips[i].doc->n_blocks; b++)
			if (slips[i].doc->blocks[b].mono)
				add_family(families, &k, mono_family_of(slips[i].chinese));
	}
	/* what the PDF adds: its name in the header, the separators, the
	 * bullet, the page numbers */
	fonts = slip_fonts_make(docs, n, families, "entrydesk \u00b7\u2022 0123456789");
	free(docs);
	return fonts;
}

bool slip_pdf_write(FILE *f, const slip_pdf_slip *slips, size_t n, slip_paper paper,
		    const char **why)
{
	pdf p = {.scale = 1};
	pdf_sink sink = { f, false };
	cairo_surface_t *s;
	cairo_status_t st;
	slip_fonts *fonts;

	p.w = paper == SLIP_LETTER ? 612 : 595.276;
	p.h = paper == SLIP_LETTER ? 792 : 841.89;
	p.x0 = MARGIN;
	p.cw = p.w - 2 * MARGIN;
	for (size_t i = 0; i < n; i++) {
		if (!slips[i].doc || slips[i].doc->failed) {
			*why = "out of memory while building the slip";
			return false;
		}
	}
	fonts = fonts_for(slips, n);
	s = cairo_pdf_surface_create_for_stream(write_file, &sink, p.w, p.h);
	cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_TITLE, "entrydesk slip");
	cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATOR, "entrydesk");
	p.cr = cairo_create(s);
	if (fonts) {
		p.ctx = pango_font_map_create_context(slip_fonts_map(fonts));
		pango_cairo_update_context(p.cr, p.ctx);
	} else {
		p.ctx = pango_cairo_create_context(p.cr);
	}
	p.lang_en = pango_language_from_string("en");
	p.layouts = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_object_unref);
	for (size_t i = 0; i < n; i++) {
		p.d = slips[i].doc;
		p.zh = slips[i].chinese;
		/* Noto CJK (fonts-noto-cjk) has Latin too; the region picks the
		 * glyph forms of the Chinese */
		p.family = family_of(p.zh);
		p.mono_family = mono_family_of(p.zh);
		p.lang_zh = pango_language_from_string(p.zh == SD_ZH_TRADITIONAL ? "zh-hk" : "zh-cn");
		p.draw = false;
		p.pages = 1;
		p.pages = lay_out(&p);
		p.draw = true;
		lay_out(&p);
	}
	cairo_destroy(p.cr);
	cairo_surface_finish(s);
	*why = p.unknown ? "some characters have no installed font and print as boxes "
			   "(make deps installs fonts-noto-cjk)" : NULL;
	st = cairo_surface_status(s);
	cairo_surface_destroy(s);
	g_hash_table_destroy(p.layouts);
	g_object_unref(p.ctx);
	/* after cairo has embedded them */
	slip_fonts_free(fonts);
	if (st != CAIRO_STATUS_SUCCESS) {
		*why = st == CAIRO_STATUS_WRITE_ERROR ? "cannot write the PDF" :
						      cairo_status_to_string(st);
		return false;
	}
	/* a PDF cut short is no slip: every write, then the flush */
	if (sink.failed || fflush(f) != 0 || ferror(f)) {
		*why = "cannot write the PDF (is the disk full?)";
		return false;
	}
	return true;
}

bool slip_pdf_write_path(const char *path, const slip_pdf_slip *slips, size_t n,
			 slip_paper paper, const char **why)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0600);
	struct stat st;
	bool regular;
	FILE *f;
	bool ok;

	if (fd < 0) {
		*why = strerror(errno);
		return false;
	}
	regular = fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
	/* an existing file keeps its mode on O_TRUNC: the slip names a person */
	if ((regular && fchmod(fd, 0600) != 0) || !(f = fdopen(fd, "wb"))) {
		*why = strerror(errno);
		close(fd);
		return false;
	}
	ok = slip_pdf_write(f, slips, n, paper, why);
	/* the file system may say no only when the data reaches the disk */
	if (ok && fsync(fileno(f)) != 0 && errno != EINVAL) {
		*why = strerror(errno);
		ok = false;
	}
	if (fclose(f) != 0 && ok) {
		*why = "cannot write the PDF";
		ok = false;
	}
	if (!ok && regular)
		unlink(path); /* no truncated slip is left to be printed */
	return ok;
}
