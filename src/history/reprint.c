/* The stored slip document, with the reprint mark moved under its title. */
#include "history/reprint.h"

#include <stdio.h>
#include <string.h>

#include "core/text.h"
#include "core/slip.h"
#include "history/codec.h"
#include "history/rerun.h"

slipdoc *hist_reprint_doc(const hist_record *rec, const ed_rules *r, char *why, size_t why_size)
{
	slipdoc *d = codec_doc_decode(hist_record_get(rec, HF_SLIP));
	const char *en = rules_text(r, "slip:reprint"), *zh = rules_text(r, "slip:reprint_zh");
	const char *at = hist_record_get(rec, HF_AT_TEXT);
	char mark_en[400], mark_zh[400];
	size_t at_title;
	sd_block mark;

	if (!d) {
		snprintf(why, why_size, "the record's slip cannot be read");
		return NULL;
	}
	if (!en) {
		snprintf(why, why_size, "%s: [slip] reprint: missing; accepted: the words of the "
			 "reprint mark, with {check_day}", r->path ? r->path : "rules");
		slipdoc_free(d);
		return NULL;
	}
	{
		/* the day and time of the check: "2026-11-21 16:21" */
		const char *pairs[] = { "check_day", at, NULL };
		text_fill_pairs(mark_en, sizeof mark_en, en, pairs);
		if (zh)
			text_fill_pairs(mark_zh, sizeof mark_zh, zh, pairs);
	}
	if (!slipdoc_add(d, SD_PARA, mark_en, zh ? mark_zh : NULL)) {
		snprintf(why, why_size, "out of memory");
		slipdoc_free(d);
		return NULL;
	}
	/* first thing under the title: no one reads it as a new check */
	at_title = d->n_blocks > 1 && d->blocks[0].kind == SD_TITLE ? 1 : 0;
	mark = d->blocks[d->n_blocks - 1];
	memmove(&d->blocks[at_title + 1], &d->blocks[at_title],
		(d->n_blocks - 1 - at_title) * sizeof *d->blocks);
	d->blocks[at_title] = mark;
	return d;
}

sd_chinese hist_reprint_chinese(const hist_record *rec, const ed_rules *r, ed_date today)
{
	hist_rerun again;
	char why[600];
	sd_chinese zh;

	if (!hist_rerun_make(&again, rec, r, today, why, sizeof why))
		return SD_ZH_SIMPLIFIED;
	zh = slip_chinese_for(&again.a);
	hist_rerun_free(&again);
	return zh;
}
