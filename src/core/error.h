/* One clear message for bad input: the file, section and key (or the
 * field) at fault, and the accepted form. */
#ifndef ED_ERROR_H
#define ED_ERROR_H

typedef struct ed_error {
	char file[256];
	char section[96];
	char key[96];
	char msg[1024]; /* the whole one-line message, ready to print */
} ed_error;

/* fills e (if not NULL): msg becomes "FILE: [SECTION] KEY: <fmt>", leaving
 * out the parts that are empty or NULL */
void error_set(ed_error *e, const char *file, const char *section,
	       const char *key, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));

#endif
