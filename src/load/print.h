/* A program beside the caller, fed on its stdin and polled while the
 * caller goes on (the wizard takes keys): entrydesk-slip for the wizard,
 * CUPS's `lp` for entrydesk-slip. Run directly (never through a shell).
 * No curses here. */
#ifndef ED_PRINT_H
#define ED_PRINT_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

typedef struct print_job {
	pid_t pid; /* the program; -1 when none runs */
	bool group; /* the program leads a process group of its own */
	char name[32]; /* its name, for the reasons */
	int in_fd, err_fd, out_fd; /* out_fd: -1 unless its output is kept */
	const char *data; /* the caller keeps it alive while the job runs */
	size_t len, sent, got;
	char errbuf[512];
	char *out; /* what it wrote on stdout, when kept (malloc'd) */
	size_t out_len;
} print_job;

typedef enum print_state { PRINT_RUNNING, PRINT_OK, PRINT_FAILED } print_state;

/* How a program is started: argv[0] looked up on PATH (or a path); in a
 * process group of its own (a cancel then ends it and all it started)
 * or in the caller's; its stdout kept (print_job.out, at most 1 MiB) or
 * thrown away. `missing` is the reason given when argv[0] is not there. */
typedef struct print_how {
	bool own_group, keep_output;
	const char *missing;
} print_how;

/* starts argv with the `len` bytes of `data` on its stdin; false with a
 * short reason when it cannot be started */
bool print_spawn(print_job *j, char *const argv[], print_how how, const char *data,
		 size_t len, char *why, size_t why_size);
/* print_spawn, then print_poll until the program ends: true when it
 * exited 0; else false with the first line it wrote on stderr */
bool print_run(print_job *j, char *const argv[], print_how how, const char *data,
	       size_t len, char *why, size_t why_size);
/* frees what print_job kept of the program's output */
void print_job_free(print_job *j);

/* starts lp for the `len` bytes of `data` (destination `printer`, or the
 * system default when NULL; `format` its MIME type, e.g.
 * "application/pdf", or NULL to let CUPS tell); false with a short reason
 * when lp cannot be started */
bool print_start(print_job *j, const char *data, size_t len, const char *printer,
		 const char *format, char *why, size_t why_size);
/* print_start, lp in the caller's process group unless own_group (so
 * that entrydesk-slip, cancelled with its group, takes lp with it) */
bool print_start_in(print_job *j, bool own_group, const char *data, size_t len,
		    const char *printer, const char *format, char *why, size_t why_size);
/* feeds lp and reads its errors for at most wait_ms; the job's state,
 * with the reason in why when it failed */
print_state print_poll(print_job *j, int wait_ms, char *why, size_t why_size);
/* ends the program and whatever it started in its group (SIGTERM, then
 * SIGKILL), and reaps it */
void print_cancel(print_job *j);
/* start and wait: true once lp took the slip, else false with why */
bool print_slip(const char *data, size_t len, const char *printer, const char *format,
		char *why, size_t why_size);

#endif
