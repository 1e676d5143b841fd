/* A program beside the caller (entrydesk-slip beside the wizard, lp
 * beside entrydesk-slip): the job is started, then polled (from the
 * wizard's input loop, so keys and signals keep working while it runs);
 * a hung job can be cancelled. It is started with fork + execvp so that
 * no shell ever sees a printer name; the slip goes in on its stdin and
 * its first error line comes back as the reason. */
#include "load/print.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#define PRINT_TITLE "entrydesk slip"
#define ERR_MAX 512
#define OUT_MAX (1 << 20) /* of a kept output */

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

/* In the child: stdin from the slip pipe, stdout to out_fd or else to
 * /dev/null (lp's "request id is ..." must not land on the curses
 * screen), stderr to the error pipe. Reports an exec failure's errno
 * through `status`. */
static void child_exec(char *const argv[], int in_fd, int out_fd, int err_fd, int status_fd)
{
	sigset_t none;
	int devnull = out_fd >= 0 ? out_fd : open("/dev/null", O_WRONLY);
	int e;

	/* lp starts with default signals: the parent ignores SIGPIPE, SIGXFSZ */
	signal(SIGPIPE, SIG_DFL);
	signal(SIGXFSZ, SIG_DFL);
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

static void set_nonblock(int fd)
{
	int fl = fcntl(fd, F_GETFL);
	if (fl >= 0)
		fcntl(fd, F_SETFL, fl | O_NONBLOCK);
}

bool print_spawn(print_job *j, char *const argv[], print_how how, const char *data,
		 size_t len, char *why, size_t why_size)
{
	int in[2] = { -1, -1 }, err[2] = { -1, -1 }, st[2] = { -1, -1 }, out[2] = { -1, -1 };
	const char *name = strrchr(argv[0], '/') ? strrchr(argv[0], '/') + 1 : argv[0];
	struct sigaction ign;
	int exec_errno = 0, status;
	bool ok = false;
	pid_t pid;

	memset(j, 0, sizeof *j);
	j->in_fd = j->err_fd = j->out_fd = -1;
	j->pid = -1;
	if (why && why_size)
		why[0] = '\0';
	if (pipe_cloexec(in) < 0 || pipe_cloexec(err) < 0 || pipe_cloexec(st) < 0 ||
	    (how.keep_output && pipe_cloexec(out) < 0)) {
		snprintf(why, why_size, "cannot start %s: %s", name, strerror(errno));
		goto out;
	}
	/* the program may exit before reading everything: a write must fail
	 * with EPIPE rather than kill the caller (left ignored: the wizard
	 * writes no other pipe) */
	memset(&ign, 0, sizeof ign);
	ign.sa_handler = SIG_IGN;
	sigemptyset(&ign.sa_mask);
	sigaction(SIGPIPE, &ign, NULL);

	pid = fork();
	if (pid < 0) {
		snprintf(why, why_size, "cannot start %s: %s", name, strerror(errno));
		goto out;
	}
	if (pid == 0) {
		if (how.own_group)
			setpgid(0, 0); /* a cancel ends it and its children */
		child_exec(argv, in[0], out[1], err[1], st[1]);
	}
	if (how.own_group)
		setpgid(pid, pid);
	close_fd(&in[0]);
	close_fd(&err[1]);
	close_fd(&st[1]);
	close_fd(&out[1]);
	if (!exec_succeeded(st[0], &exec_errno)) {
		wait_child(pid, &status);
		if (exec_errno == ENOENT && how.missing)
			snprintf(why, why_size, "%s", how.missing);
		else
			snprintf(why, why_size, "cannot run %s: %s", name, strerror(exec_errno));
		goto out;
	}
	j->pid = pid;
	j->group = how.own_group;
	snprintf(j->name, sizeof j->name, "%s", name);
	j->in_fd = in[1];
	j->err_fd = err[0];
	j->out_fd = out[0];
	in[1] = err[0] = out[0] = -1;
	set_nonblock(j->in_fd);
	set_nonblock(j->err_fd);
	if (j->out_fd >= 0)
		set_nonblock(j->out_fd);
	j->data = data ? data : "";
	j->len = data ? len : 0;
	if (j->len == 0)
		close_fd(&j->in_fd);
	ok = true;
out:
	close_fd(&in[0]);
	close_fd(&in[1]);
	close_fd(&err[0]);
	close_fd(&err[1]);
	close_fd(&st[0]);
	close_fd(&st[1]);
	close_fd(&out[0]);
	close_fd(&out[1]);
	return ok;
}

bool print_start_in(print_job *j, bool own_group, const char *data, size_t len,
		    const char *printer, const char *format, char *why, size_t why_size)
{
	char *argv[9], opt[96];
	int argc = 0;
	print_how how = { own_group, false, "the lp command (CUPS) is not installed" };

	argv[argc++] = "lp";
	argv[argc++] = "-t";
	argv[argc++] = PRINT_TITLE;
	if (printer && printer[0]) {
		argv[argc++] = "-d";
		argv[argc++] = (char *)printer;
	}
	/* from stdin, say what it is rather than have CUPS guess */
	if (format && format[0] && snprintf(opt, sizeof opt, "document-format=%s", format) <
	    (int)sizeof opt) {
		argv[argc++] = "-o";
		argv[argc++] = opt;
	}
	argv[argc++] = "--";
	argv[argc] = NULL;
	return print_spawn(j, argv, how, data, len, why, why_size);
}

bool print_start(print_job *j, const char *data, size_t len, const char *printer,
		 const char *format, char *why, size_t why_size)
{
	return print_start_in(j, true, data, len, printer, format, why, why_size);
}

/* what the program's exit status and stderr say */
static bool job_result(print_job *j, int status, char *why, size_t why_size)
{
	const char *line;
	const char *name = j->name[0] ? j->name : "lp";

	j->errbuf[j->got] = '\0';
	if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
		return true;
	line = first_line(j->errbuf);
	if (line[0])
		snprintf(why, why_size, "%s", line);
	else if (WIFEXITED(status))
		snprintf(why, why_size, "%s failed with exit status %d", name, WEXITSTATUS(status));
	else
		snprintf(why, why_size, "%s was stopped by signal %d", name, WTERMSIG(status));
	return false;
}

/* keeps what the program writes on stdout, up to OUT_MAX */
static void read_out(print_job *j)
{
	char chunk[4096];
	ssize_t n = read(j->out_fd, chunk, sizeof chunk);

	if (n == 0 || (n < 0 && errno != EINTR && errno != EAGAIN)) {
		close_fd(&j->out_fd);
		return;
	}
	if (n < 0 || j->out_len + (size_t)n > OUT_MAX)
		return;
	char *grown = realloc(j->out, j->out_len + (size_t)n + 1);
	if (!grown)
		return;
	j->out = grown;
	memcpy(j->out + j->out_len, chunk, (size_t)n);
	j->out_len += (size_t)n;
	j->out[j->out_len] = '\0';
}

print_state print_poll(print_job *j, int wait_ms, char *why, size_t why_size)
{
	struct pollfd p[3] = { { j->in_fd, POLLOUT, 0 }, { j->err_fd, POLLIN, 0 },
			       { j->out_fd, POLLIN, 0 } };
	int status;
	pid_t r;

	if (j->pid < 0)
		return PRINT_FAILED;
	if ((j->in_fd >= 0 || j->err_fd >= 0 || j->out_fd >= 0) && poll(p, 3, wait_ms) > 0) {
		if (j->in_fd >= 0 && (p[0].revents & (POLLOUT | POLLERR | POLLHUP))) {
			ssize_t n = write(j->in_fd, j->data + j->sent, j->len - j->sent);
			if (n > 0)
				j->sent += (size_t)n;
			if ((n < 0 && errno != EINTR && errno != EAGAIN) || j->sent == j->len)
				close_fd(&j->in_fd);
		}
		if (j->err_fd >= 0 && (p[1].revents & (POLLIN | POLLERR | POLLHUP))) {
			char sink[256];
			char *dst = j->got + 1 < sizeof j->errbuf ? j->errbuf + j->got : sink;
			size_t room = j->got + 1 < sizeof j->errbuf ?
				      sizeof j->errbuf - 1 - j->got : sizeof sink;
			ssize_t n = read(j->err_fd, dst, room);
			if (n > 0 && dst == j->errbuf + j->got)
				j->got += (size_t)n;
			else if (n == 0 || (n < 0 && errno != EINTR && errno != EAGAIN))
				close_fd(&j->err_fd);
		}
		if (j->out_fd >= 0 && (p[2].revents & (POLLIN | POLLERR | POLLHUP)))
			read_out(j);
	}
	do
		r = waitpid(j->pid, &status, WNOHANG);
	while (r < 0 && errno == EINTR);
	if (r == 0)
		return PRINT_RUNNING;
	/* the program is gone: what it wrote is all there (unless it left
	 * children holding the pipes: then not waited for) */
	if (j->err_fd >= 0) {
		ssize_t n;
		while (j->got + 1 < sizeof j->errbuf &&
		       (n = read(j->err_fd, j->errbuf + j->got, sizeof j->errbuf - 1 - j->got)) > 0)
			j->got += (size_t)n;
	}
	while (j->out_fd >= 0) {
		size_t before = j->out_len;
		read_out(j);
		if (j->out_len == before)
			break;
	}
	close_fd(&j->in_fd);
	close_fd(&j->err_fd);
	close_fd(&j->out_fd);
	j->pid = -1;
	if (r < 0) {
		snprintf(why, why_size, "%s: %s", j->name, strerror(errno));
		return PRINT_FAILED;
	}
	return job_result(j, status, why, why_size) ? PRINT_OK : PRINT_FAILED;
}

void print_cancel(print_job *j)
{
	int status;
	pid_t target;

	if (j->pid < 0)
		return;
	close_fd(&j->in_fd);
	close_fd(&j->err_fd);
	close_fd(&j->out_fd);
	target = j->group ? -j->pid : j->pid;
	kill(target, SIGTERM);
	/* a tenth of a second to end, then for good */
	for (int i = 0; i < 10; i++) {
		if (waitpid(j->pid, &status, WNOHANG) == j->pid) {
			if (j->group)
				kill(target, SIGKILL); /* any child it left behind */
			j->pid = -1;
			return;
		}
		poll(NULL, 0, 10);
	}
	kill(target, SIGKILL);
	wait_child(j->pid, &status);
	j->pid = -1;
}

void print_job_free(print_job *j)
{
	free(j->out);
	j->out = NULL;
	j->out_len = 0;
}

bool print_run(print_job *j, char *const argv[], print_how how, const char *data,
	       size_t len, char *why, size_t why_size)
{
	print_state st;

	if (!print_spawn(j, argv, how, data, len, why, why_size))
		return false;
	while ((st = print_poll(j, 1000, why, why_size)) == PRINT_RUNNING)
		;
	return st == PRINT_OK;
}

bool print_slip(const char *data, size_t len, const char *printer, const char *format,
		char *why, size_t why_size)
{
	print_job j;
	print_state st;

	if (!print_start(&j, data, len, printer, format, why, why_size))
		return false;
	while ((st = print_poll(&j, 1000, why, why_size)) == PRINT_RUNNING)
		;
	return st == PRINT_OK;
}
