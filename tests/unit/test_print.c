/* print_slip against a fake `lp` on a private PATH: the arguments it gets,
 * the slip (text or PDF) on its stdin, and what the wizard is told when lp fails or is
 * missing. Criterion runs each test in its own process, so PATH changes
 * stay inside the test. */
#include <criterion/criterion.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "load/print.h"

static char dir[64];
static char out_prefix[128];

/* The fake lp: its arguments one per line to OUT.args, its stdin to
 * OUT.stdin, $FAKE_LP_ERR to stderr, a chatty stdout like the real one,
 * and exit status $FAKE_LP_EXIT. With FAKE_LP_NOREAD it exits at once
 * without reading its stdin. */
static const char fake_lp[] =
	"#!/bin/sh\n"
	"if [ -n \"$FAKE_LP_NOREAD\" ]; then echo \"$FAKE_LP_ERR\" >&2; exit 1; fi\n"
	": > \"$FAKE_LP_OUT.args\"\n"
	"for a in \"$@\"; do printf '%s\\n' \"$a\" >> \"$FAKE_LP_OUT.args\"; done\n"
	"/bin/cat > \"$FAKE_LP_OUT.stdin\"\n"
	"/bin/ls /proc/$$/fd > \"$FAKE_LP_OUT.fds\"\n"
	"echo 'request id is fake-1 (1 file(s))'\n"
	"if [ -n \"$FAKE_LP_ERR\" ]; then printf '%s\\nsecond line\\n' \"$FAKE_LP_ERR\" >&2; fi\n"
	"exit \"${FAKE_LP_EXIT:-0}\"\n";

static void write_file(const char *path, const char *text, mode_t mode)
{
	FILE *f = fopen(path, "w");
	cr_assert(f, "cannot write %s", path);
	fputs(text, f);
	fclose(f);
	chmod(path, mode);
}

/* the whole content of a file the fake lp wrote (caller frees) */
static char *read_file(const char *suffix)
{
	char path[256];
	char *buf;
	long n;
	FILE *f;

	snprintf(path, sizeof path, "%s%s", out_prefix, suffix);
	f = fopen(path, "r");
	cr_assert(f, "fake lp did not write %s", path);
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	buf = malloc((size_t)n + 1);
	cr_assert(buf);
	cr_assert_eq(fread(buf, 1, (size_t)n, f), (size_t)n);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

static int count_open_fds(void)
{
	DIR *d = opendir("/proc/self/fd");
	struct dirent *e;
	int n = 0;

	cr_assert(d);
	while ((e = readdir(d)))
		if (e->d_name[0] != '.')
			n++;
	closedir(d);
	return n;
}

static void with_fake_lp(void)
{
	char path[128], env_path[256];

	snprintf(dir, sizeof dir, "/tmp/ed-print-XXXXXX");
	cr_assert(mkdtemp(dir), "mkdtemp: %s", strerror(errno));
	snprintf(path, sizeof path, "%s/lp", dir);
	write_file(path, fake_lp, 0755);
	snprintf(out_prefix, sizeof out_prefix, "%s/out", dir);
	setenv("FAKE_LP_OUT", out_prefix, 1);
	snprintf(env_path, sizeof env_path, "%s:/usr/bin:/bin", dir);
	setenv("PATH", env_path, 1);
}

static void remove_dir(void)
{
	const char *names[] = { "lp", "out.args", "out.stdin", "out.fds", "pwned" };
	char path[128];
	size_t i;

	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		snprintf(path, sizeof path, "%s/%s", dir, names[i]);
		unlink(path);
	}
	rmdir(dir);
}

TestSuite(print, .init = with_fake_lp, .fini = remove_dir);

static const char slip[] = "VISA-FREE TRANSIT: ELIGIBLE\n"
			   "Leave before 2023-01-07 24:00\n"
			   "上海 Shanghai\n";

Test(print, sends_the_slip_to_the_default_printer)
{
	char why[256] = "untouched";
	char *args, *sent;

	cr_assert(print_slip(slip, strlen(slip), NULL, NULL, why, sizeof why));
	cr_expect_str_empty(why);
	args = read_file(".args");
	cr_expect_str_eq(args, "-t\nentrydesk slip\n--\n", "lp got:\n%s", args);
	sent = read_file(".stdin");
	cr_expect_str_eq(sent, slip, "the text sent differs");
	free(args);
	free(sent);
}

Test(print, names_the_destination_with_d)
{
	char why[256];
	char *args;

	cr_assert(print_slip(slip, strlen(slip), "front-desk", NULL, why, sizeof why), "%s", why);
	args = read_file(".args");
	cr_expect_str_eq(args, "-t\nentrydesk slip\n-d\nfront-desk\n--\n", "lp got:\n%s", args);
	free(args);
}

/* the PDF: binary bytes (NULs included) reach lp intact, its type said */
Test(print, sends_a_pdf_whole_and_says_it_is_one)
{
	static const char pdf[] = "%PDF-1.5\n\0\x01\xff binary\n%%EOF\n";
	char why[256], *args, path[256];
	FILE *f;
	char got[sizeof pdf];

	cr_assert(print_slip(pdf, sizeof pdf - 1, "front-desk", "application/pdf", why, sizeof why),
		  "%s", why);
	args = read_file(".args");
	cr_expect_str_eq(args, "-t\nentrydesk slip\n-d\nfront-desk\n-o\n"
			 "document-format=application/pdf\n--\n", "lp got:\n%s", args);
	free(args);
	snprintf(path, sizeof path, "%s.stdin", out_prefix);
	f = fopen(path, "rb");
	cr_assert(f);
	cr_expect_eq(fread(got, 1, sizeof got, f), sizeof pdf - 1, "not every byte reached lp");
	fclose(f);
	cr_expect(!memcmp(got, pdf, sizeof pdf - 1), "the bytes changed on the way");
}

/* a printer name is one argument, never shell text */
Test(print, printer_name_is_never_seen_by_a_shell)
{
	char why[256];
	char *args;
	char marker[192];

	snprintf(marker, sizeof marker, "%s/pwned", dir);
	char evil[256];
	snprintf(evil, sizeof evil, "x; touch %s", marker);
	cr_assert(print_slip(slip, strlen(slip), evil, NULL, why, sizeof why), "%s", why);
	args = read_file(".args");
	cr_expect(strstr(args, evil) != NULL, "lp got:\n%s", args);
	cr_expect(access(marker, F_OK) != 0, "the printer name ran as a command");
	free(args);
}

Test(print, reports_lps_first_error_line_when_it_fails)
{
	char why[256];

	setenv("FAKE_LP_EXIT", "1", 1);
	setenv("FAKE_LP_ERR", "lp: The printer or class does not exist.", 1);
	cr_assert_not(print_slip(slip, strlen(slip), "no-such-queue", NULL, why, sizeof why));
	cr_expect_str_eq(why, "lp: The printer or class does not exist.");
}

Test(print, reports_no_default_destination)
{
	char why[256];

	setenv("FAKE_LP_EXIT", "1", 1);
	setenv("FAKE_LP_ERR", "lp: Error - no default destination available.", 1);
	cr_assert_not(print_slip(slip, strlen(slip), NULL, NULL, why, sizeof why));
	cr_expect_str_eq(why, "lp: Error - no default destination available.");
}

Test(print, a_silent_failure_still_gets_a_reason)
{
	char why[256];

	setenv("FAKE_LP_EXIT", "3", 1);
	cr_assert_not(print_slip(slip, strlen(slip), NULL, NULL, why, sizeof why));
	cr_expect_str_eq(why, "lp failed with exit status 3");
}

Test(print, says_when_lp_is_not_installed)
{
	char why[256];
	char empty[128];

	snprintf(empty, sizeof empty, "%s/nothing-here", dir);
	setenv("PATH", empty, 1);
	cr_assert_not(print_slip(slip, strlen(slip), NULL, NULL, why, sizeof why));
	cr_expect_str_eq(why, "the lp command (CUPS) is not installed");
}

/* lp that dies without reading a slip bigger than a pipe: the wizard gets
 * a reason instead of being killed by SIGPIPE */
Test(print, survives_lp_exiting_before_reading)
{
	size_t n = 1 << 20;
	char *big = malloc(n + 1);
	char why[256];

	cr_assert(big);
	memset(big, 'x', n);
	big[n] = '\0';
	setenv("FAKE_LP_NOREAD", "1", 1);
	setenv("FAKE_LP_ERR", "lp: Unable to send data to printer.", 1);
	cr_assert_not(print_slip(big, strlen(big), NULL, NULL, why, sizeof why));
	cr_expect_str_eq(why, "lp: Unable to send data to printer.");
	free(big);
}

Test(print, a_big_slip_arrives_whole)
{
	size_t n = 300000, i;
	char *big = malloc(n + 1);
	char why[256];
	char *sent;

	cr_assert(big);
	for (i = 0; i < n; i++)
		big[i] = (char)('a' + i % 26);
	big[n] = '\0';
	cr_assert(print_slip(big, strlen(big), NULL, NULL, why, sizeof why), "%s", why);
	sent = read_file(".stdin");
	cr_expect_eq(strlen(sent), n);
	cr_expect(strcmp(sent, big) == 0);
	free(sent);
	free(big);
}

Test(print, leaves_no_open_files_and_no_zombies)
{
	char why[256];
	int before = count_open_fds();

	cr_assert(print_slip(slip, strlen(slip), NULL, NULL, why, sizeof why), "%s", why);
	setenv("FAKE_LP_EXIT", "1", 1);
	cr_assert_not(print_slip(slip, strlen(slip), NULL, NULL, why, sizeof why));
	setenv("PATH", "/nonexistent", 1);
	cr_assert_not(print_slip(slip, strlen(slip), NULL, NULL, why, sizeof why));
	cr_expect_eq(count_open_fds(), before, "file descriptors leaked");
	errno = 0;
	cr_expect_eq(waitpid(-1, NULL, WNOHANG), -1, "a child was left behind");
	cr_expect_eq(errno, ECHILD);
}

/* true when the fake lp listed `fd` among its open descriptors */
static bool lp_had_fd(const char *list, int fd)
{
	char line[16];
	const char *p;
	size_t n = (size_t)snprintf(line, sizeof line, "%d\n", fd);

	for (p = list; *p; p = strchr(p, '\n') + 1) {
		if (!strncmp(p, line, n))
			return true;
		if (!strchr(p, '\n'))
			break;
	}
	return false;
}

/* a file the wizard has open (say, the answers) is not open in lp */
Test(print, lp_gets_only_its_standard_streams)
{
	char why[256];
	char *fds;
	FILE *held = fopen("/etc/hostname", "r");

	cr_assert(held);
	cr_assert(print_slip(slip, strlen(slip), NULL, NULL, why, sizeof why), "%s", why);
	fds = read_file(".fds");
	cr_expect(lp_had_fd(fds, 0) && lp_had_fd(fds, 2), "lp lacks stdin or stderr:\n%s", fds);
	cr_expect_not(lp_had_fd(fds, fileno(held)), "lp inherited the wizard's open file (fd %d)",
		      fileno(held));
	free(fds);
	fclose(held);
}

Test(print, a_small_reason_buffer_is_cut_not_overrun)
{
	char why[8];

	setenv("PATH", "/nonexistent", 1);
	cr_assert_not(print_slip(slip, strlen(slip), NULL, NULL, why, sizeof why));
	cr_expect_eq(strlen(why), sizeof why - 1);
}

/* ---- any program, as the wizard runs entrydesk-slip ---- */

TestSuite(spawn);

static print_how quiet = { true, false, "the program is not installed" };

Test(spawn, its_output_is_kept_when_asked)
{
	char *argv[] = { "/bin/sh", "-c", "cat; printf 'q\\tdefault\\tDesk\\n'", NULL };
	print_how keep = { true, true, NULL };
	print_job j;
	char why[128];

	cr_assert(print_run(&j, argv, keep, "in\n", 3, why, sizeof why), "%s", why);
	cr_assert_str_eq(j.out, "in\nq\tdefault\tDesk\n");
	print_job_free(&j);
	cr_assert_null(j.out);
}

Test(spawn, a_crash_is_a_reason)
{
	char *argv[] = { "/bin/sh", "-c", "kill -SEGV $$", NULL };
	print_job j;
	char why[128];

	cr_assert_not(print_run(&j, argv, quiet, NULL, 0, why, sizeof why));
	cr_assert_str_eq(why, "sh was stopped by signal 11");
}

Test(spawn, its_first_error_line_is_the_reason)
{
	char *argv[] = { "/bin/sh", "-c", "echo 'entrydesk-slip: no font' >&2; echo more >&2; exit 1",
			 NULL };
	print_job j;
	char why[128];

	cr_assert_not(print_run(&j, argv, quiet, NULL, 0, why, sizeof why));
	cr_assert_str_eq(why, "entrydesk-slip: no font");
}

Test(spawn, a_missing_program_says_so)
{
	char *argv[] = { "/nowhere/entrydesk-slip", NULL };
	print_job j;
	char why[128];

	cr_assert_not(print_spawn(&j, argv, quiet, NULL, 0, why, sizeof why));
	cr_assert_str_eq(why, "the program is not installed");
	cr_assert_eq(j.pid, -1);
}

/* in the caller's group: cancelling that group (as the wizard cancels
 * entrydesk-slip's) reaches it; its own cancel ends it alone */
Test(spawn, in_the_callers_group_a_cancel_ends_it)
{
	char *argv[] = { "/bin/sleep", "100", NULL };
	print_how same = { false, false, NULL };
	print_job j;
	char why[128];

	cr_assert(print_spawn(&j, argv, same, NULL, 0, why, sizeof why), "%s", why);
	cr_assert_eq(getpgid(j.pid), getpgrp());
	print_cancel(&j);
	cr_assert_eq(j.pid, -1);
	cr_assert_eq(waitpid(-1, NULL, WNOHANG), -1, "a child was left");
}
