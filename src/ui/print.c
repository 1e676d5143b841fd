/* Printing the slip with CUPS's `lp`. lp is started with fork + execvp so
 * that no shell ever sees the printer name; the slip goes in on lp's stdin
 * and lp's first error line comes back as the reason. */
#include "ui/print.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#define PRINT_TITLE "entrydesk slip"
#define ERR_MAX 512

static void close_fd(int *fd)
{
	if (*fd >= 0) {
		while (close(*fd) < 0 && errno == EINTR)
			;
		*fd = -1;
	}
}

/* a pipe whose ends do not leak into lp (or into anything started later) */
static int pipe_cloexec(int fds[2])
{
	if (pipe(fds) < 0)
		return -1;
	if (fcntl(fds[0], F_SETFD, FD_CLOEXEC) < 0 || fcntl(fds[1], F_SETFD, FD_CLOEXEC) < 0) {
		close_fd(&fds[0]);
		close_fd(&fds[1]);
		return -1;
	}
	return 0;
}

static int move_fd(int from, int to)
{
	if (from == to)
		return fcntl(to, F_SETFD, 0); /* keep it across exec */
	return dup2(from, to) < 0 ? -1 : 0;
}

/* lp gets only its three standard streams: files the wizard has open
 * (answers, drafts: personal data) must not stay open in a print job */
static void close_other_fds(int keep)
{
	long fd, max = sysconf(_SC_OPEN_MAX);

	if (max < 0 || max > 65536)
		max = 65536;
	for (fd = 3; fd < max; fd++)
		if (fd != keep)
			close((int)fd);
}

/* In the child: stdin from the slip pipe, stdout to /dev/null (lp's
 * "request id is ..." must not land on the curses screen), stderr to the
 * error pipe. Reports an exec failure's errno through `status`. */
static void child_exec(char *const argv[], int in_fd, int err_fd, int status_fd)
{
	sigset_t none;
	int devnull = open("/dev/null", O_WRONLY);
	int e;

	/* lp starts with default signals: the parent ignores SIGPIPE */
	signal(SIGPIPE, SIG_DFL);
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
	if (devnull < 0 || move_fd(in_fd, 0) < 0 || move_fd(devnull, 1) < 0 ||
	    move_fd(err_fd, 2) < 0) {
		e = errno;
	} else {
		close_other_fds(status_fd);
		execvp(argv[0], argv);
		e = errno;
	}
	while (write(status_fd, &e, sizeof e) < 0 && errno == EINTR)
		;
	_exit(127);
}

/* true when the exec went through (the status pipe closed empty); else the
 * child's errno in *err */
static bool exec_succeeded(int status_fd, int *err)
{
	ssize_t n;
	do
		n = read(status_fd, err, sizeof *err);
	while (n < 0 && errno == EINTR);
	return n != (ssize_t)sizeof *err;
}

/* Writes the text to lp's stdin and collects its stderr at the same time,
 * so neither side can block the other. A write error (lp gone: EPIPE)
 * ends the writing; lp's exit status then says what happened. */
static void feed_and_collect(int *in_fd, int *err_fd, const char *text, char *errbuf,
			     size_t errsize)
{
	size_t len = strlen(text), sent = 0, got = 0;

	if (len == 0)
		close_fd(in_fd);
	while (*in_fd >= 0 || *err_fd >= 0) {
		struct pollfd p[2] = { { *in_fd, POLLOUT, 0 }, { *err_fd, POLLIN, 0 } };
		if (poll(p, 2, -1) < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		if (*in_fd >= 0 && (p[0].revents & (POLLOUT | POLLERR | POLLHUP))) {
			ssize_t n = write(*in_fd, text + sent, len - sent);
			if (n > 0)
				sent += (size_t)n;
			if ((n < 0 && errno != EINTR && errno != EAGAIN) || sent == len)
				close_fd(in_fd);
		}
		if (*err_fd >= 0 && (p[1].revents & (POLLIN | POLLERR | POLLHUP))) {
			char sink[256];
			char *dst = got + 1 < errsize ? errbuf + got : sink;
			size_t room = got + 1 < errsize ? errsize - 1 - got : sizeof sink;
			ssize_t n = read(*err_fd, dst, room);
			if (n > 0 && dst == errbuf + got)
				got += (size_t)n;
			else if (n == 0 || (n < 0 && errno != EINTR && errno != EAGAIN))
				close_fd(err_fd);
		}
	}
	close_fd(in_fd);
	close_fd(err_fd);
	errbuf[got] = '\0';
}

/* the first non-empty line of lp's stderr, without its end of line */
static const char *first_line(char *s)
{
	char *end;

	s += strspn(s, "\r\n");
	end = s + strcspn(s, "\r\n");
	*end = '\0';
	return s;
}

static pid_t wait_child(pid_t pid, int *status)
{
	pid_t r;
	do
		r = waitpid(pid, status, 0);
	while (r < 0 && errno == EINTR);
	return r;
}

bool print_slip(const char *text, const char *printer, char *why, size_t why_size)
{
	char *argv[7];
	int in[2] = { -1, -1 }, err[2] = { -1, -1 }, st[2] = { -1, -1 };
	char errbuf[ERR_MAX];
	struct sigaction ign, old_pipe;
	int status = 0, exec_errno = 0, argc = 0;
	bool ok = false;
	pid_t pid;

	if (why && why_size)
		why[0] = '\0';
	argv[argc++] = "lp";
	argv[argc++] = "-t";
	argv[argc++] = PRINT_TITLE;
	if (printer && printer[0]) {
		argv[argc++] = "-d";
		argv[argc++] = (char *)printer;
	}
	argv[argc++] = "--";
	argv[argc] = NULL;

	if (pipe_cloexec(in) < 0 || pipe_cloexec(err) < 0 || pipe_cloexec(st) < 0) {
		snprintf(why, why_size, "cannot start lp: %s", strerror(errno));
		goto out;
	}
	/* lp may exit before reading everything: a write must fail with EPIPE
	 * rather than kill the wizard */
	memset(&ign, 0, sizeof ign);
	ign.sa_handler = SIG_IGN;
	sigemptyset(&ign.sa_mask);
	sigaction(SIGPIPE, &ign, &old_pipe);

	pid = fork();
	if (pid < 0) {
		snprintf(why, why_size, "cannot start lp: %s", strerror(errno));
		sigaction(SIGPIPE, &old_pipe, NULL);
		goto out;
	}
	if (pid == 0)
		child_exec(argv, in[0], err[1], st[1]);

	close_fd(&in[0]);
	close_fd(&err[1]);
	close_fd(&st[1]);
	if (!exec_succeeded(st[0], &exec_errno)) {
		close_fd(&in[1]);
		close_fd(&err[0]);
		wait_child(pid, &status);
		sigaction(SIGPIPE, &old_pipe, NULL);
		if (exec_errno == ENOENT)
			snprintf(why, why_size, "the lp command (CUPS) is not installed");
		else
			snprintf(why, why_size, "cannot run lp: %s", strerror(exec_errno));
		goto out;
	}
	feed_and_collect(&in[1], &err[0], text ? text : "", errbuf, sizeof errbuf);
	if (wait_child(pid, &status) < 0) {
		snprintf(why, why_size, "lp: %s", strerror(errno));
	} else if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
		ok = true;
	} else {
		const char *line = first_line(errbuf);
		if (line[0])
			snprintf(why, why_size, "%s", line);
		else if (WIFEXITED(status))
			snprintf(why, why_size, "lp failed with exit status %d", WEXITSTATUS(status));
		else
			snprintf(why, why_size, "lp was stopped by signal %d", WTERMSIG(status));
	}
	sigaction(SIGPIPE, &old_pipe, NULL);
out:
	close_fd(&in[0]);
	close_fd(&in[1]);
	close_fd(&err[0]);
	close_fd(&err[1]);
	close_fd(&st[0]);
	close_fd(&st[1]);
	return ok;
}
