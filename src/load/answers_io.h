/* Reads and writes answers files (INI, see README "The answers file"). */
#ifndef ED_ANSWERS_IO_H
#define ED_ANSWERS_IO_H

#include <stdbool.h>
#include <stddef.h>

#include "core/answers.h"
#include "core/error.h"
#include "core/text.h"

/* reads `path` into raw (cleared first): the flow, then every key of that
 * flow; an unknown section or key is an error naming it */
bool answers_load(const char *path, ed_raw_answers *raw, ed_error *err);
/* appends raw as an answers file's text to b; false with err (naming
 * `path`) when a value cannot be written */
bool answers_text(const char *path, const ed_raw_answers *raw, text_buf *b, ed_error *err);
/* true when `value` can be written so that it reads back unchanged (not:
 * a line break, or both kinds of quote with a quote first, ; # or spaces
 * at an end) */
bool answers_value_writable(const char *value);
/* why such a value is refused, with the accepted form */
#define ANSWERS_UNWRITABLE "cannot be kept in an answers file: a line break, or both kinds " \
	"of quote with a quote first, ; # or spaces at an end; accepted: one line of text " \
	"with ' or \" but not both (or both, inside the text)"
/* writes raw to `path` atomically, mode 0600 (it holds personal data) */
bool answers_save(const char *path, const ed_raw_answers *raw, ed_error *err);
/* writes b's text to `path` as file_save_private does, and frees it */
bool file_save_buf(const char *path, text_buf *b, ed_error *err);
/* writes all n bytes to fd, through short writes and EINTR */
bool file_write_all(int fd, const char *s, size_t n);
/* writes `text` to `path` atomically, mode 0600 */
bool file_save_private(const char *path, const char *text, ed_error *err);

#endif
