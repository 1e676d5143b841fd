/* UTF-8 text helpers for everything printed in columns: display width
 * (CJK counted as 2, through wcwidth), word wrapping with indents, a
 * growing string buffer, and safe copies. Pure C, no I/O. */
#ifndef ED_TEXT_H
#define ED_TEXT_H

#include <stdbool.h>
#include <stddef.h>

/* A growing, always NUL-terminated string. `failed` is set once an
 * allocation failed; later appends are then ignored. */
typedef struct text_buf {
	char *s;
	size_t len, cap;
	bool failed;
} text_buf;

/* appends n bytes of s */
void text_buf_addn(text_buf *b, const char *s, size_t n);
/* appends a NUL-terminated string (NULL appends nothing) */
void text_buf_add(text_buf *b, const char *s);
/* appends printf-style */
void text_buf_printf(text_buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* hands over the text (NULL after a failed allocation) and resets b */
char *text_buf_take(text_buf *b);
/* frees the text and resets b */
void text_buf_free(text_buf *b);

/* decodes one UTF-8 character at s (at most n bytes): its code point in
 * *cp and its length; an invalid byte decodes as U+FFFD of length 1 */
size_t text_decode(const char *s, size_t n, unsigned *cp);
/* true when s is valid UTF-8 (no overlong forms, no surrogates) without
 * a control character: C0, DEL or C1 (U+0080 to U+009F; U+009B starts
 * a terminal's control sequence as ESC [ does) */
bool text_clean(const char *s);
/* columns one code point takes on a terminal: 0 (combining, control),
 * 1 or 2 (CJK), whatever the process locale is */
int text_cp_columns(unsigned cp);
/* columns of the first n bytes of s */
size_t text_columns_n(const char *s, size_t n);
/* columns of s */
size_t text_columns(const char *s);
/* how many bytes of s fit in `cols` columns, never splitting a character */
size_t text_fit(const char *s, size_t cols);

/* Wraps one paragraph to `width` columns and appends it to b, each line
 * ending in '\n'. The first line starts with `first` (e.g. "  - "), the
 * others with `rest` (e.g. "    "); indents may be NULL. Breaks at spaces,
 * and inside a word longer than a line; runs of spaces collapse; a '\n' in
 * the paragraph forces a new line. */
void text_wrap(text_buf *b, const char *para, size_t width,
	       const char *first, const char *rest);

/* Fills a template: each {name} is replaced by lookup(ctx, name, len),
 * or left as written when lookup returns NULL (the one placeholder filler:
 * slips, screens and messages all go through it). */
typedef const char *(*text_lookup)(const void *ctx, const char *name, size_t len);
void text_fill(text_buf *b, const char *tmpl, text_lookup lookup, const void *ctx);
/* text_fill into a fixed buffer (cut to size) with NULL-terminated
 * name/value pairs: { "path", p, "why", w, NULL } */
void text_fill_pairs(char *out, size_t size, const char *tmpl, const char *const *pairs);
/* true when every {name} in tmpl is one of `known` (a NULL-terminated
 * list); else false with the first unknown name in bad ("{nmae}") */
bool text_placeholders_known(const char *tmpl, const char *const *known,
			     char *bad, size_t bad_size);

/* the choice equal to `value` in "a|b|c" (any case when any_case), as a
 * pointer into choices with its length in *len; NULL when none is */
const char *text_choice(const char *choices, const char *value, bool any_case, size_t *len);

/* the lines of s: returns how many; when start is not NULL, the start and
 * length (without '\n') of line `want` (0-based) */
size_t text_lines(const char *s, size_t want, const char **start, size_t *len);

/* malloc'd copy of s (NULL for NULL or out of memory) */
char *text_dup(const char *s);
/* malloc'd copy of the first n bytes of s */
char *text_dupn(const char *s, size_t n);
/* removes leading and trailing white space in place; returns s */
char *text_trim(char *s);
/* true when s is NULL or only white space */
bool text_blank(const char *s);

#endif
