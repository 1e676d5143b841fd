/* Curses set-up and restore, the look, keys to actions, UTF-8 drawing.
 * Signal handlers only set flags (a handler that draws or writes files can
 * deadlock); the crash handler only restores the tty with async-signal-safe
 * calls and re-raises. */
#include "ui/term.h"

#include "core/text.h"

#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <wctype.h>

volatile sig_atomic_t ui_hangup;
volatile sig_atomic_t ui_interrupt;

static bool started, mono;
static struct termios saved_tty;
static bool have_tty;
static attr_t looks[LOOK_COUNT];

static void on_hangup(int sig)
{
	ui_hangup = sig;
}

static void on_interrupt(int sig)
{
	ui_interrupt = sig;
}

/* Leaves the alternate screen, shows the cursor, restores the tty modes,
 * then dies of the same signal. */
static void on_crash(int sig)
{
	static const char reset[] = "\033[0m\033[?25h\033[?1049l\r\n";
	if (have_tty)
		tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved_tty);
	if (started) {
		ssize_t n = write(STDOUT_FILENO, reset, sizeof reset - 1);
		(void)n;
	}
	signal(sig, SIG_DFL);
	raise(sig);
}

void term_signals(void)
{
	struct sigaction sa;
	static const int fatal[] = { SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGTRAP, SIGSYS };
	/* Every other signal whose default ends the process ends it as SIGTERM
	 * does: the draft, the message, the terminal restored. Sent by someone
	 * (kill -USR1, a stray alarm), none of them may take the answers. */
	static const int ending[] = { SIGHUP, SIGTERM, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM,
				      SIGVTALRM, SIGPROF, SIGIO, SIGPWR, SIGXCPU, SIGSTKFLT };

	if (tcgetattr(STDIN_FILENO, &saved_tty) == 0)
		have_tty = true;
	memset(&sa, 0, sizeof sa);
	sigemptyset(&sa.sa_mask);
	sa.sa_handler = on_hangup;
	/* SIGQUIT too: it restores as SIGTERM does, no core in raw mode */
	for (size_t i = 0; i < sizeof ending / sizeof *ending; i++)
		sigaction(ending[i], &sa, NULL);
	for (int sig = SIGRTMIN; sig <= SIGRTMAX; sig++)
		sigaction(sig, &sa, NULL);
	/* a write to a closed pipe or past a file size limit fails with
	 * EPIPE or EFBIG and is reported, rather than killing the wizard */
	sa.sa_handler = SIG_IGN;
	sigaction(SIGPIPE, &sa, NULL);
	sigaction(SIGXFSZ, &sa, NULL);
	sa.sa_handler = on_interrupt;
	sigaction(SIGINT, &sa, NULL);
	sa.sa_handler = on_crash;
	sa.sa_flags = SA_RESETHAND;
	for (size_t i = 0; i < sizeof fatal / sizeof *fatal; i++)
		sigaction(fatal[i], &sa, NULL);
}

static void init_looks(void)
{
	const char *nc = getenv("NO_COLOR");

	mono = (nc && *nc) || !has_colors();
	if (!mono && start_color() == OK) {
		use_default_colors();
		init_pair(1, COLOR_BLACK, COLOR_CYAN);  /* title, key labels */
		init_pair(2, COLOR_RED, -1);
		init_pair(3, COLOR_YELLOW, -1);
		init_pair(4, COLOR_GREEN, -1);
		init_pair(5, COLOR_BLUE, -1);
		looks[LOOK_NORMAL] = A_NORMAL;
		looks[LOOK_TITLE] = COLOR_PAIR(1) | A_BOLD;
		looks[LOOK_FIELD] = A_UNDERLINE;
		looks[LOOK_FOCUS] = A_REVERSE;
		looks[LOOK_KEY] = A_BOLD;
		looks[LOOK_KEYLABEL] = COLOR_PAIR(1);
		looks[LOOK_ERROR] = COLOR_PAIR(2) | A_BOLD;
		looks[LOOK_WARN] = COLOR_PAIR(3) | A_BOLD;
		looks[LOOK_GOOD] = COLOR_PAIR(4) | A_BOLD;
		looks[LOOK_BOLD] = A_BOLD;
		return;
	}
	mono = true;
	looks[LOOK_NORMAL] = A_NORMAL;
	looks[LOOK_TITLE] = A_REVERSE | A_BOLD;
	looks[LOOK_FIELD] = A_UNDERLINE;
	looks[LOOK_FOCUS] = A_REVERSE;
	looks[LOOK_KEY] = A_BOLD;
	looks[LOOK_KEYLABEL] = A_REVERSE;
	looks[LOOK_ERROR] = A_BOLD;
	looks[LOOK_WARN] = A_BOLD;
	looks[LOOK_GOOD] = A_BOLD;
	looks[LOOK_BOLD] = A_BOLD;
}

void term_start(void)
{
	if (!getenv("ESCDELAY"))
		set_escdelay(25);
	initscr();
	started = true;
	atexit(term_stop);
	raw(); /* Ctrl-C arrives as a key: the loop decides, curses is restored */
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	timeout(200); /* wake up to notice signal flags */
	init_looks();
	curs_set(1);
}

void term_stop(void)
{
	if (!started)
		return;
	started = false;
	curs_set(1);
	endwin();
}

attr_t term_look(ui_look look)
{
	return look < LOOK_COUNT ? looks[look] : A_NORMAL;
}

ui_action term_action(int r, wint_t ch)
{
	if (r == ERR)
		return ACT_NONE;
	return action_of_key(r == KEY_CODE_YES, ch);
}

/* draws at most `len` bytes of s; columns as text.c counts them, so the
 * screen and the slip agree whatever the process locale is */
static int put_n(int y, int x, int max, const char *s, size_t len, ui_look look)
{
	size_t i = 0;
	int cols = 0;

	attron(term_look(look));
	move(y, x);
	while (i < len && s[i]) {
		unsigned cp;
		wchar_t wc;
		int w;
		i += text_decode(s + i, len - i, &cp);
		if (cp == '\n' || cp == '\t')
			cp = ' ';
		w = text_cp_columns(cp);
		if (!w)
			continue; /* controls never reach the terminal */
		if (cols + w > max)
			break;
		wc = (wchar_t)cp;
		addnwstr(&wc, 1);
		cols += w;
	}
	attroff(term_look(look));
	return cols;
}

int term_put(int y, int x, int max, const char *s, ui_look look)
{
	if (!s || max <= 0 || y < 0 || y >= LINES || x >= COLS)
		return 0;
	if (x + max > COLS)
		max = COLS - x;
	return put_n(y, x, max, s, strlen(s), look);
}

int term_wrap(int y, int x, int width, int max_rows, const char *s, ui_look look)
{
	text_buf src = {0}, out = {0};
	const char *p;
	int rows = 0;

	if (!s || !*s || width <= 0)
		return 0;
	/* screen files may write a line break as the two characters \n */
	for (p = s; *p; p++) {
		if (p[0] == '\\' && p[1] == 'n') {
			text_buf_add(&src, "\n");
			p++;
		} else {
			text_buf_addn(&src, p, 1);
		}
	}
	text_wrap(&out, src.s, (size_t)width, "", "");
	for (p = out.s; p && *p && rows < max_rows; rows++) {
		size_t len = strcspn(p, "\n"), fit;
		const char *next = p + len + (p[len] == '\n');
		/* the last row room allows, with more to say: it ends in "…",
		 * never mid-sentence as if that were all */
		bool cut = rows + 1 == max_rows && *next && width > 2;
		if (cut && text_columns_n(p, len) + 2 > (size_t)width) {
			fit = text_fit(p, (size_t)width - 2);
			len = fit < len ? fit : len;
		}
		if (y + rows < LINES) {
			int end = put_n(y + rows, x, width, p, len, look);
			if (cut)
				put_n(y + rows, x + end + 1, 1, "…", strlen("…"), look);
		}
		p = next;
	}
	text_buf_free(&src);
	text_buf_free(&out);
	return rows;
}
