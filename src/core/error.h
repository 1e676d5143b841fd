/* One clear message for bad input: the file, section and key (or the
 * field) at fault, and the accepted form. */
#ifndef ED_ERROR_H
#define ED_ERROR_H

#include <stdbool.h>
#include <stddef.h>

typedef struct ed_error {
	char file[256];
	char section[96];
	char key[96];
	char msg[1024]; /* the whole one-line message, ready to print */
} ed_error;

/* fills e (if not NULL): msg becomes "FILE: [SECTION] KEY: <fmt>", leaving
 * out the parts that are empty or NULL. Every part is escaped as
 * error_escape does, so a message is always one printable line. */
void error_set(ed_error *e, const char *file, const char *section,
	       const char *key, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));

/* copies src to dst (size bytes, NUL included) with every control
 * character (C0, DEL, C1) and every byte that is not valid UTF-8 written as
 * \xNN; cuts only between whole characters. Returns the length written. */
size_t error_escape(char *dst, size_t size, const char *src);

#endif
