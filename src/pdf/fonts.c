/* Subset fonts for one PDF (see fonts.h). Each font asked for is found as
 * fontconfig finds it for pango, cut to the characters of the slips with
 * hb-subset, held in an anonymous in-memory file (memfd: no temporary
 * folder, nothing left on disk) until the PDF is made, and put in a
 * fontconfig configuration of its own (as /proc/self/fd/N):
 * pango shapes and cairo embeds the same outlines as from the full font,
 * with the same metrics, so the pages are the same. */
#define _GNU_SOURCE /* memfd_create */
#include "pdf/fonts.h"

#include <errno.h>
#include <fcntl.h>
#include <fontconfig/fontconfig.h>
#include <hb-subset.h>
#include <hb.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "core/text.h"


struct slip_fonts {
	int fds[SLIP_FONTS_MAX]; /* the subsets, open until the PDF is made */
	size_t n_files;
	PangoFontMap *map;
};

/* the characters of s that are drawn (not line breaks and the like) */
static void add_text(hb_set_t *set, const char *s)
{
	size_t n = s ? strlen(s) : 0;

	for (size_t i = 0; i < n;) {
		unsigned cp;
		i += text_decode(s + i, n - i, &cp);
		if (cp >= 0x20 && cp != 0x7f)
			hb_set_add(set, cp);
	}
}

static void add_pair(hb_set_t *set, const sd_text *t)
{
	add_text(set, t->en);
	add_text(set, t->zh);
}

static void add_doc(hb_set_t *set, const slipdoc *d)
{
	add_pair(set, &d->check_date);
	add_pair(set, &d->page);
	add_pair(set, &d->date_label);
	add_pair(set, &d->name_label);
	add_pair(set, &d->document_label);
	add_text(set, d->name);
	add_text(set, d->document);
	for (size_t i = 0; i < d->n_blocks; i++) {
		const sd_block *b = &d->blocks[i];
		add_pair(set, &b->label);
		add_pair(set, &b->text);
		for (size_t k = 0; k < b->n_items; k++)
			add_pair(set, &b->items[k]);
	}
}

/* the file and face fontconfig gives pango for `name`; false unless it
 * is of the family asked for (a stand-in would change the look) */
static bool font_file(const char *name, char *file, size_t size, int *index)
{
	FcPattern *pat = FcNameParse((const FcChar8 *)name), *match = NULL;
	FcChar8 *want = NULL, *fam, *path;
	FcResult res;
	bool ok = false;

	if (!pat || FcPatternGetString(pat, FC_FAMILY, 0, &want) != FcResultMatch) {
		if (pat)
			FcPatternDestroy(pat);
		return false;
	}
	FcConfigSubstitute(NULL, pat, FcMatchPattern);
	FcDefaultSubstitute(pat);
	match = FcFontMatch(NULL, pat, &res);
	for (int i = 0; match && !ok &&
	     FcPatternGetString(match, FC_FAMILY, i, &fam) == FcResultMatch; i++)
		ok = !FcStrCmpIgnoreCase(fam, want);
	ok = ok && FcPatternGetString(match, FC_FILE, 0, &path) == FcResultMatch &&
	     FcPatternGetInteger(match, FC_INDEX, 0, index) == FcResultMatch &&
	     (size_t)snprintf(file, size, "%s", (const char *)path) < size;
	if (match)
		FcPatternDestroy(match);
	FcPatternDestroy(pat);
	return ok;
}

static bool write_blob(int fd, hb_blob_t *blob)
{
	unsigned len;
	const char *data = hb_blob_get_data(blob, &len);
	bool ok = fd >= 0;

	while (ok && len > 0) {
		ssize_t n = write(fd, data, len);
		if (n < 0 && errno == EINTR)
			continue;
		ok = n > 0;
		if (ok) {
			data += n;
			len -= (unsigned)n;
		}
	}
	return ok;
}

/* the subset of face `index` of `file` to the characters of `need` and
 * `may` it has, written to `out`; what it has of `need` joins `covered` */
static bool subset(const char *file, int index, const hb_set_t *need, const hb_set_t *may,
		   int out, hb_set_t *covered)
{
	hb_blob_t *blob = hb_blob_create_from_file_or_fail(file), *data = NULL;
	hb_face_t *face = blob ? hb_face_create(blob, (unsigned)index) : NULL, *sub = NULL;
	hb_subset_input_t *in = hb_subset_input_create_or_fail();
	hb_set_t *have = hb_set_create();
	bool ok = false;

	if (face && in) {
		hb_set_union(hb_subset_input_unicode_set(in), need);
		hb_set_union(hb_subset_input_unicode_set(in), may);
		sub = hb_subset_or_fail(face, in);
	}
	if (sub) {
		hb_face_collect_unicodes(sub, have);
		hb_set_union(covered, have);
		data = hb_face_reference_blob(sub);
		ok = write_blob(out, data);
	}
	hb_blob_destroy(data);
	hb_set_destroy(have);
	hb_face_destroy(sub);
	hb_subset_input_destroy(in);
	hb_face_destroy(face);
	hb_blob_destroy(blob);
	return ok;
}

void slip_fonts_free(slip_fonts *f)
{
	if (!f)
		return;
	if (f->map)
		g_object_unref(f->map);
	for (size_t i = 0; i < f->n_files; i++)
		if (f->fds[i] >= 0)
			close(f->fds[i]);
	free(f);
}

slip_fonts *slip_fonts_make(const slipdoc *const *docs, size_t n, const char *const *families,
			    const char *extra)
{
	slip_fonts *f = calloc(1, sizeof *f);
	hb_set_t *need = hb_set_create(), *may = hb_set_create(), *covered = hb_set_create();
	FcConfig *cfg = NULL;
	bool ok = f && FcInit();

	if (ok) {
		for (size_t i = 0; i < n; i++)
			add_doc(need, docs[i]);
		add_text(need, extra);
		/* the hyphen pango puts where it breaks a word */
		hb_set_add(may, 0x2010);
		cfg = FcConfigCreate();
		ok = cfg != NULL;
	}
	for (size_t i = 0; ok && families[i]; i++) {
		char file[4096];
		int index;
		if (f->n_files == SLIP_FONTS_MAX || !font_file(families[i], file, sizeof file, &index)) {
			ok = false;
			break;
		}
		char out[64];
		int fd = memfd_create("entrydesk-font", MFD_CLOEXEC);
		/* (kept to be closed, also when the subset failed half-way) */
		f->fds[f->n_files++] = fd;
		snprintf(out, sizeof out, "/proc/self/fd/%d", fd);
		ok = fd >= 0 && subset(file, index, need, may, fd, covered) &&
		     FcConfigAppFontAddFile(cfg, (const FcChar8 *)out);
	}
	/* a character none of them has came from another font before: only
	 * the system's fonts can say which */
	ok = ok && hb_set_is_subset(need, covered);
	if (ok) {
		f->map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT);
		ok = f->map != NULL;
		if (ok)
			pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(f->map), cfg);
	}
	if (cfg)
		FcConfigDestroy(cfg);
	hb_set_destroy(need);
	hb_set_destroy(may);
	hb_set_destroy(covered);
	if (!ok) {
		slip_fonts_free(f);
		return NULL;
	}
	return f;
}

PangoFontMap *slip_fonts_map(slip_fonts *f)
{
	return f ? f->map : NULL;
}
