/* Reads and writes answers files (INI, see README "The answers file"). */
#ifndef ED_ANSWERS_IO_H
#define ED_ANSWERS_IO_H

#include <stdbool.h>
#include <stddef.h>

#include "core/answers.h"
#include "core/error.h"

/* reads `path` into raw (cleared first): the flow, then every key of that
 * flow; an unknown section or key is an error naming it */
bool answers_load(const char *path, ed_raw_answers *raw, ed_error *err);
/* writes raw to `path` atomically, mode 0600 (it holds personal data) */
bool answers_save(const char *path, const ed_raw_answers *raw, ed_error *err);
/* writes all n bytes to fd, through short writes and EINTR */
bool file_write_all(int fd, const char *s, size_t n);
/* writes `text` to `path` atomically, mode 0600 */
bool file_save_private(const char *path, const char *text, ed_error *err);

#endif
