/* The text forms of what a record holds: the answers, the slip document
 * and the whole record as one line (the queue file). Each value is kept
 * exactly: tab, line breaks and backslash are escaped. Pure C, no I/O. */
#ifndef ED_HISTORY_CODEC_H
#define ED_HISTORY_CODEC_H

#include <stdbool.h>

#include "core/answers.h"
#include "core/slipdoc.h"
#include "history/record.h"

/* "section.key<TAB>value" lines; malloc'd, NULL on out of memory */
char *codec_answers_encode(const ed_raw_answers *raw);
/* the answers back into raw (cleared first); false when the text is not
 * what codec_answers_encode writes */
bool codec_answers_decode(const char *text, ed_raw_answers *raw);

/* the document, a line per header field, block and list item */
char *codec_doc_encode(const slipdoc *d);
/* the document back; NULL when the text is not one or on out of memory */
slipdoc *codec_doc_decode(const char *text);

/* the record as one line, ending in '\n'; malloc'd */
char *codec_record_line(const hist_record *rec);
/* one line of codec_record_line (without its '\n') into rec (cleared
 * first); false when it is not one */
bool codec_record_parse(const char *line, hist_record *rec);

#endif
