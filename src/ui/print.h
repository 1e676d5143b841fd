/* Printing the slip: hands it (the PDF, or text) to CUPS with `lp`, run directly (never
 * through a shell), as a job the wizard polls while it goes on taking
 * keys. No curses here. */
#ifndef ED_PRINT_H
#define ED_PRINT_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

typedef struct print_job {
	pid_t pid; /* lp (its own process group); -1 when none runs */
	int in_fd, err_fd;
	const char *data; /* the caller keeps it alive while the job runs */
	size_t len, sent, got;
	char errbuf[512];
} print_job;

typedef enum print_state { PRINT_RUNNING, PRINT_OK, PRINT_FAILED } print_state;

/* starts lp for the `len` bytes of `data` (destination `printer`, or the
 * system default when NULL; `format` its MIME type, e.g.
 * "application/pdf", or NULL to let CUPS tell); false with a short reason
 * when lp cannot be started */
bool print_start(print_job *j, const char *data, size_t len, const char *printer,
		 const char *format, char *why, size_t why_size);
/* feeds lp and reads its errors for at most wait_ms; the job's state,
 * with the reason in why when it failed */
print_state print_poll(print_job *j, int wait_ms, char *why, size_t why_size);
/* true while lp runs */
bool print_running(const print_job *j);
/* ends lp and whatever it started (SIGTERM, then SIGKILL), and reaps it */
void print_cancel(print_job *j);
/* start and wait: true once lp took the slip, else false with why */
bool print_slip(const char *data, size_t len, const char *printer, const char *format,
		char *why, size_t why_size);

#endif
