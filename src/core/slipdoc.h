/* The slip as a document: a list of blocks (title, outcome, deadline,
 * labelled values, headings, paragraphs, compact lists, bullets, footer),
 * each in English and in (Simplified) Chinese. The slip's content builds
 * one; the text slip (slipdoc_text) and the PDF (src/pdf/) draw it, so the
 * two never say different things. Pure C, no I/O. */
#ifndef ED_SLIPDOC_H
#define ED_SLIPDOC_H

#include <stdbool.h>
#include <stddef.h>

typedef enum sd_kind {
	SD_TITLE,    /* what the slip is about, once at the top */
	SD_OUTCOME,  /* the verdict: large and bold, first */
	SD_DEADLINE, /* until when, in words */
	SD_KV,       /* "Label: value" */
	SD_HEADING,  /* a section's name */
	SD_PARA,     /* prose */
	SD_LIST,     /* many short items (areas, ports): compact, in columns */
	SD_BULLET,   /* one item of a section (a reason, a reminder) */
	SD_NOTE,     /* indented under the bullet before it (what would fix it) */
	SD_FOOTER    /* on every page of the PDF; at the end of the text slip */
} sd_kind;

/* English and Chinese forms of one text; zh may be NULL (none). */
typedef struct sd_text {
	char *en;
	char *zh;
} sd_text;

typedef struct sd_block {
	sd_kind kind;
	sd_text label; /* SD_KV: the label */
	sd_text text;  /* the words; SD_LIST: its lead-in line (may be empty) */
	sd_text *items; /* SD_LIST */
	size_t n_items;
	bool small; /* fine print (reminders, legal basis, sources): a smaller size */
	bool mono;  /* SD_PARA set as it is, in fixed-width columns (the group sheet) */
} sd_block;

typedef struct slipdoc {
	/* the page header: the check's day, the traveller, the page */
	sd_text check_date;
	char *name;     /* the traveller's name or NULL */
	char *document; /* the masked passport or permit number, or NULL */
	sd_text page;   /* "page {page} of {pages}" */
	/* the text slip's labels of the three ("Check date", "Name",
	 * "Passport"); the PDF's header goes without them */
	sd_text date_label, name_label, document_label;
	sd_block *blocks;
	size_t n_blocks, cap;
	bool failed; /* an allocation failed: renderers refuse the document */
} slipdoc;

/* The Chinese forms a slip may show. */
typedef enum sd_chinese {
	SD_ZH_NONE, SD_ZH_SIMPLIFIED, SD_ZH_TRADITIONAL
} sd_chinese;

/* "simplified" / "traditional" / "none"; false on anything else */
bool sd_chinese_parse(const char *s, sd_chinese *out);
const char *sd_chinese_name(sd_chinese c);

slipdoc *slipdoc_new(void);
void slipdoc_free(slipdoc *d);

/* appends a block (copies the texts; zh may be NULL); NULL on out of memory */
sd_block *slipdoc_add(slipdoc *d, sd_kind kind, const char *en, const char *zh);
/* appends "label: value" */
sd_block *slipdoc_add_kv(slipdoc *d, const char *label_en, const char *label_zh,
			 const char *value_en, const char *value_zh);
/* appends one item to an SD_LIST block */
bool slipdoc_list_add(slipdoc *d, sd_block *list, const char *en, const char *zh);
/* sets a header field (copies) */
void slipdoc_set(slipdoc *d, char **field, const char *value);
void slipdoc_set_text(slipdoc *d, sd_text *field, const char *en, const char *zh);

/* Replaces every Chinese text by conv(ctx, text) (e.g. Simplified to
 * Traditional). conv returns a malloc'd string or NULL on failure; false
 * when any conversion failed (the document is then marked failed). */
bool slipdoc_map_zh(slipdoc *d, char *(*conv)(void *ctx, const char *s), void *ctx);

/* {page} and {pages} of a page label filled; malloc'd */
char *slipdoc_page_label(const char *tmpl, int page, int pages);

/* The text slip: lines of at most `width` columns (CJK counted as 2),
 * each Chinese text under its English one when `chinese`. NULL when the
 * document failed or on out of memory. */
char *slipdoc_text(const slipdoc *d, size_t width, bool chinese);

#endif
