/* The PDF slip. Each slip is laid out twice with the same measurements:
 * the first pass counts its pages, the second draws them, so that every
 * header can say "page N of M". Blocks are kept whole on a page, a heading
 * stays with what follows it, a table (a run of label-value rows) is kept
 * together when it fits a page, and compact lists break between rows. */
#include "pdf/slip_pdf.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pdf/fonts.h"
#include "pdf/pdf_list.h"
#include "pdf/pdf_page.h"
#include "pdf/pdf_text.h"

#define KV_LABEL 0.26 /* of the text width */
#define BULLET_INDENT 14.0

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

/* ---- blocks ---- */

static const style S_TITLE = {9.5, true, 0.25, false};
static const style S_OUT = {14.5, true, 0, false}, S_OUT_ZH = {12.5, true, 0, true};
static const style S_DEAD = {10.5, true, 0, false}, S_DEAD_ZH = {10, true, 0, true};
static const style S_LABEL = {8, false, 0.35, false};
static const style S_VALUE = {9, false, 0, false}, S_VALUE_ZH = {8.5, false, 0, true};
static const style S_HEAD = {10, true, 0, false};
static const style S_PARA = {9, false, 0, false}, S_PARA_ZH = {8.5, false, 0, true};
static const style S_BUL = {8.5, false, 0, false}, S_BUL_ZH = {8, false, 0, true};
static const style S_NOTE = {7.5, false, 0.25, false}, S_NOTE_ZH = {7.5, false, 0.25, true};
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
	case SD_LIST: return LIST_GAP;
	case SD_BULLET: return 2.5;
	case SD_NOTE: return 0.5;
	default: return 0;
	}
}

static double kv_at(pdf *p, const sd_block *b, double y)
{
	double lw = p->cw * KV_LABEL;
	double lh = pdf_one_line_at(p, &b->label, S_LABEL, p->x0, y + 1, lw - 6) + 1;
	double vh;
	char *joined = pdf_show_zh(p, &b->text) ? pdf_item_words(p, &b->text) : NULL;
	style one = S_VALUE;

	/* a short value and its Chinese share a line */
	one.zh = true;
	if (joined && pdf_text_width(p, joined, one) <= p->cw - lw)
		vh = pdf_text_at(p, joined, one, p->x0 + lw, y, p->cw - lw);
	else
		vh = pdf_pair_at(p, &b->text, S_VALUE, S_VALUE_ZH, p->x0 + lw, y, p->cw - lw);
	free(joined);

	return lh > vh ? lh : vh;
}

static double heading_at(pdf *p, const sd_block *b, double y)
{
	double h = pdf_one_line_at(p, &b->text, S_HEAD, p->x0, y, p->cw);

	pdf_hline(p, y + h + 1, 0.6);
	return h + 3;
}

static double bullet_at(pdf *p, const sd_block *b, double y)
{
	/* close to its text: a reader copying the text (pdftotext, a PDF
	 * viewer) takes a wide gap for a column and parts bullet and text */
	pdf_text_at(p, "•", S_BUL, p->x0 + BULLET_INDENT - 3 - pdf_text_width(p, "•", S_BUL), y,
		    0);
	return pdf_pair_at(p, &b->text, S_BUL, S_BUL_ZH, p->x0 + BULLET_INDENT, y,
			   p->cw - BULLET_INDENT);
}

/* height of an atomic block at y (drawn on the drawing pass) */
static double block_at(pdf *p, const sd_block *b, double y)
{
	switch (b->kind) {
	case SD_TITLE:
		return pdf_one_line_at(p, &b->text, S_TITLE, p->x0, y, p->cw) + 2;
	case SD_OUTCOME:
		return pdf_pair_at(p, &b->text, S_OUT, S_OUT_ZH, p->x0, y, p->cw);
	case SD_DEADLINE:
		return pdf_pair_at(p, &b->text, S_DEAD, S_DEAD_ZH, p->x0, y, p->cw);
	case SD_KV:
		return kv_at(p, b, y);
	case SD_HEADING:
		return heading_at(p, b, y);
	case SD_PARA:
		if (b->mono) { /* one line of a table; a blank line keeps its height */
			double h;
			p->mono = true;
			h = pdf_text_at(p, *b->text.en ? b->text.en : " ", S_MONO, p->x0, y, 0);
			p->mono = false;
			return h;
		}
		return pdf_pair_at(p, &b->text, S_PARA, S_PARA_ZH, p->x0, y, p->cw);
	case SD_BULLET:
		return bullet_at(p, b, y);
	case SD_NOTE:
		return pdf_pair_at(p, &b->text, S_NOTE, S_NOTE_ZH, p->x0 + BULLET_INDENT, y,
				   p->cw - BULLET_INDENT);
	case SD_LIST:
	case SD_FOOTER:
		break;
	}
	return 0;
}

/* the height of block b in its own size, as it starts: a list's lead and
 * first row */
static double measure(pdf *p, const sd_block *b)
{
	bool draw = p->draw;
	double scale = p->scale, h;

	p->draw = false;
	p->scale = b->small ? FINE : 1;
	h = b->kind == SD_LIST ? pdf_list_start(p, b) : block_at(p, b, 0);
	p->scale = scale;
	p->draw = draw;
	return h;
}

/* the end of the table that block i starts: the run of label-value rows
 * from i (i itself when i is no row) */
static size_t table_end(const slipdoc *d, size_t i)
{
	while (i < d->n_blocks && d->blocks[i].kind == SD_KV)
		i++;
	return i;
}

/* what must fit on the page with block i: a heading keeps the start of
 * what follows it, and a table (with its heading) is kept whole when it
 * fits on a page */
static double need_with_next(pdf *p, size_t i)
{
	const slipdoc *d = p->d;
	const sd_block *b = &d->blocks[i];
	double h = measure(p, b), first = h;
	size_t from = i + 1;

	if (b->kind == SD_HEADING && from < d->n_blocks && d->blocks[from].kind != SD_FOOTER) {
		first += space_before(d->blocks[from].kind) + measure(p, &d->blocks[from]);
		if (d->blocks[from].kind != SD_KV)
			return first;
		h = first;
		from++;
	} else if (b->kind != SD_KV || (i > 0 && d->blocks[i - 1].kind == SD_KV)) {
		return h; /* no table, or a row of one already placed */
	}
	for (size_t k = from, end = table_end(d, from); k < end; k++)
		h += space_before(SD_KV) + measure(p, &d->blocks[k]);
	/* a table taller than a page breaks between its rows */
	return h <= p->bottom - p->top ? h : first;
}

/* lays the slip out; draws it on the drawing pass; returns its pages */
static int lay_out(pdf *p)
{
	pdf_first_page(p);
	for (size_t i = 0; i < p->d->n_blocks; i++) {
		const sd_block *b = &p->d->blocks[i];
		if (b->kind == SD_FOOTER)
			continue;
		if (b->kind == SD_LIST) {
			p->scale = b->small ? FINE : 1;
			pdf_list_flow(p, b);
			continue;
		}
		pdf_fit(p, p->y > p->top && !b->mono ? space_before(b->kind) : 0,
			need_with_next(p, i));
		p->scale = b->small ? FINE : 1;
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

/* Latin text in a Latin font (Noto CJK's Latin is spaced for CJK: "30-d
 * ay"), Chinese in Noto CJK, whose region picks the glyph forms: pango
 * takes each character from the first family that has it */
#define LATIN "Nimbus Sans"

static const char *cjk_of(sd_chinese zh)
{
	return zh == SD_ZH_TRADITIONAL ? "Noto Sans CJK HK" : "Noto Sans CJK SC";
}

static const char *family_of(sd_chinese zh)
{
	return zh == SD_ZH_TRADITIONAL ? LATIN ", Noto Sans CJK HK" : LATIN ", Noto Sans CJK SC";
}

/* the sheet's table keeps its CJK two-column grid: one font */
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
	const char *families[SLIP_FONTS_MAX + 1] = {LATIN, LATIN ":bold"};
	const slipdoc **docs = calloc(n ? n : 1, sizeof *docs);
	size_t k = 2;
	slip_fonts *fonts;

	if (!docs)
		return NULL;
	for (size_t i = 0; i < n; i++) {
		bool traditional = slips[i].chinese == SD_ZH_TRADITIONAL;
		docs[i] = slips[i].doc;
		add_family(families, &k, cjk_of(slips[i].chinese));
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
