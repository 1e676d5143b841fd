/* Runs a program N times and prints the median CPU time (user + system,
 * from wait4) and wall time of one run. With --pty MARKER the program
 * runs on a pseudo-terminal of 80x24 and a run ends when MARKER has been
 * drawn (the first screen of a curses program); it is then killed. Prints
 * figures; never fails on speed.
 * usage: runs N [--pty MARKER] [--in FILE] -- PROGRAM ARGS... */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now_ms(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

static int cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

static double cpu_ms(const struct rusage *ru)
{
	return (double)(ru->ru_utime.tv_sec + ru->ru_stime.tv_sec) * 1e3 +
	       (double)(ru->ru_utime.tv_usec + ru->ru_stime.tv_usec) / 1e3;
}

static void child_stdio(const char *in)
{
	int fd = open(in ? in : "/dev/null", O_RDONLY);
	if (fd < 0 || dup2(fd, 0) < 0) {
		perror(in ? in : "/dev/null");
		_exit(127);
	}
}

/* one run: false when the program failed (or never drew MARKER) */
static int run_once(char **argv, const char *marker, const char *in, double *cpu, double *wall)
{
	struct rusage ru;
	int status, master = -1;
	double t0 = now_ms();
	pid_t pid;

	if (marker) {
		struct winsize ws = {.ws_row = 24, .ws_col = 80};
		pid = forkpty(&master, NULL, NULL, &ws);
	} else {
		pid = fork();
	}
	if (pid < 0) {
		perror("fork");
		return 0;
	}
	if (pid == 0) {
		if (!marker) {
			int null = open("/dev/null", O_WRONLY);
			child_stdio(in);
			if (null < 0 || dup2(null, 1) < 0)
				_exit(127);
		}
		execvp(argv[0], argv);
		perror(argv[0]);
		_exit(127);
	}
	if (marker) {
		static char buf[1 << 16];
		size_t got = 0;
		int seen = 0;
		while (!seen && now_ms() - t0 < 10000) {
			struct pollfd p = {master, POLLIN, 0};
			ssize_t n;
			if (poll(&p, 1, 100) <= 0)
				continue;
			n = read(master, buf + got, sizeof buf - 1 - got);
			if (n <= 0)
				break;
			got += (size_t)n;
			buf[got] = '\0';
			seen = memmem(buf, got, marker, strlen(marker)) != NULL;
			if (got > sizeof buf / 2) { /* keep the tail */
				memmove(buf, buf + got - 256, 256);
				got = 256;
			}
		}
		*wall = now_ms() - t0;
		kill(pid, SIGKILL);
		while (wait4(pid, &status, 0, &ru) < 0 && errno == EINTR)
			;
		close(master);
		*cpu = cpu_ms(&ru);
		return seen;
	}
	while (wait4(pid, &status, 0, &ru) < 0 && errno == EINTR)
		;
	*wall = now_ms() - t0;
	*cpu = cpu_ms(&ru);
	return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

int main(int argc, char **argv)
{
	const char *marker = NULL, *in = NULL;
	double *cpu, *wall;
	int n, i = 2;

	if (argc < 4 || (n = atoi(argv[1])) < 1) {
		fprintf(stderr, "usage: runs N [--pty MARKER] [--in FILE] -- PROGRAM ARGS...\n");
		return 2;
	}
	for (; i < argc && strcmp(argv[i], "--"); i++) {
		if (!strcmp(argv[i], "--pty") && i + 1 < argc)
			marker = argv[++i];
		else if (!strcmp(argv[i], "--in") && i + 1 < argc)
			in = argv[++i];
	}
	if (++i >= argc) {
		fprintf(stderr, "runs: no program\n");
		return 2;
	}
	cpu = calloc((size_t)n, sizeof *cpu);
	wall = calloc((size_t)n, sizeof *wall);
	if (!cpu || !wall)
		return 2;
	for (int k = 0; k < n; k++) {
		if (!run_once(argv + i, marker, in, &cpu[k], &wall[k])) {
			fprintf(stderr, "runs: %s failed%s\n", argv[i],
				marker ? " (or never drew its marker)" : "");
			return 1;
		}
	}
	qsort(cpu, (size_t)n, sizeof *cpu, cmp);
	qsort(wall, (size_t)n, sizeof *wall, cmp);
	/* one line: cpu_ms wall_ms (medians) */
	printf("%.2f %.2f\n", cpu[n / 2], wall[n / 2]);
	free(cpu);
	free(wall);
	return 0;
}
