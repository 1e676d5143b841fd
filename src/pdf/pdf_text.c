/* The PDF slip's text (see pdf_text.h). */
#include "pdf/pdf_text.h"

#include <stdlib.h>
#include <string.h>

#include "core/text.h"

/* Lines some 1.27 em apart, of the font's line height: Noto CJK's own
 * (1.45 em) is airy for English, DejaVu's (1.16 em) a little tight */
#define SPACING_CJK 0.88
#define SPACING_LATIN 1.09

/* whether s has a character of the CJK blocks (U+2E80 on): then Noto
 * CJK's line height sets its lines */
static bool has_cjk(const char *s)
{
	/* UTF-8 lead bytes of U+2E80 and above: 0xE2 0xBA.., 0xE3..0xEF, 0xF0.. */
	for (const unsigned char *c = (const unsigned char *)s; *c; c++)
		if (*c >= 0xE3 || (*c == 0xE2 && c[1] >= 0xBA))
			return true;
	return false;
}

bool pdf_show_zh(const pdf *p, const sd_text *t)
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
	pango_layout_set_line_spacing(l, s && has_cjk(s) ? SPACING_CJK : SPACING_LATIN);
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

double pdf_text_at(pdf *p, const char *s, style st, double x, double y, double width)
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

double pdf_text_width(pdf *p, const char *s, style st)
{
	PangoLayout *l = layout_of(p, s, st, 0);
	int w, h;

	pango_layout_get_size(l, &w, &h);
	return (double)w / PANGO_SCALE;
}

double pdf_pair_at(pdf *p, const sd_text *t, style en, style zh, double x, double y,
		   double width)
{
	double h = pdf_text_at(p, t->en, en, x, y, width);

	zh.zh = true;
	if (pdf_show_zh(p, t))
		h += 1 + pdf_text_at(p, t->zh, zh, x, y + h + 1, width);
	return h;
}

double pdf_one_line_at(pdf *p, const sd_text *t, style st, double x, double y, double width)
{
	char *s = pdf_item_words(p, t);
	double h;

	st.zh = st.zh || pdf_show_zh(p, t);
	h = pdf_text_at(p, s, st, x, y, width);
	free(s);
	return h;
}

char *pdf_item_words(pdf *p, const sd_text *t)
{
	text_buf b = {0};

	text_buf_add(&b, t->en);
	if (pdf_show_zh(p, t))
		text_buf_printf(&b, "   %s", t->zh);
	return text_buf_take(&b);
}

void pdf_hline(pdf *p, double y, double grey)
{
	if (!p->draw)
		return;
	cairo_set_source_rgb(p->cr, grey, grey, grey);
	cairo_set_line_width(p->cr, 0.5);
	cairo_move_to(p->cr, p->x0, y);
	cairo_line_to(p->cr, p->x0 + p->cw, y);
	cairo_stroke(p->cr);
}
