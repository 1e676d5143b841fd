/* Curses set-up and restore, the look, keys to actions, UTF-8 drawing.
 * Signal handlers only set flags (a handler that draws or writes files can
 * deadlock); the crash handler only restores the tty with async-signal-safe
 * calls and re-raises. */
#include "ui/term.h"

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
	static const int fatal[] = { SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT };

	if (tcgetattr(STDIN_FILENO, &saved_tty) == 0)
		have_tty = true;
	memset(&sa, 0, sizeof sa);
	sigemptyset(&sa.sa_mask);
	sa.sa_handler = on_hangup;
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
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

bool term_mono(void)
{
	return mono;
}

attr_t term_look(ui_look look)
{
	return look < LOOK_COUNT ? looks[look] : A_NORMAL;
}

/* One binding table: character keys, then curses key codes. */
static const struct binding {
	bool is_key; /* a KEY_ code, not a character */
	int code;
	ui_action act;
} bindings[] = {
	{ false, '\t', ACT_NEXT_FIELD },  { false, '\r', ACT_ENTER },
	{ false, '\n', ACT_ENTER },       { false, 27, ACT_CANCEL },
	{ false, 21, ACT_CLEAR },         { false, 12, ACT_REDRAW },
	{ false, 3, ACT_INTERRUPT },      { false, 127, ACT_BACKSPACE },
	{ false, 8, ACT_BACKSPACE },      { false, 1, ACT_HOME },
	{ false, 5, ACT_END },            { false, 4, ACT_DELETE },
	{ true, KEY_BTAB, ACT_PREV_FIELD }, { true, KEY_UP, ACT_PREV_FIELD },
	{ true, KEY_DOWN, ACT_NEXT_FIELD }, { true, KEY_ENTER, ACT_ENTER },
	{ true, KEY_NPAGE, ACT_NEXT_SCREEN }, { true, KEY_PPAGE, ACT_PREV_SCREEN },
	{ true, KEY_F(1), ACT_HELP },     { true, KEY_F(2), ACT_SAVE },
	{ true, KEY_F(5), ACT_NEW },      { true, KEY_F(8), ACT_VERDICT },
	{ true, KEY_F(9), ACT_PRINT },    { true, KEY_F(10), ACT_QUIT },
	{ true, KEY_LEFT, ACT_LEFT },     { true, KEY_RIGHT, ACT_RIGHT },
	{ true, KEY_HOME, ACT_HOME },     { true, KEY_END, ACT_END },
	{ true, KEY_DC, ACT_DELETE },     { true, KEY_BACKSPACE, ACT_BACKSPACE },
	{ true, KEY_RESIZE, ACT_RESIZE }, { true, KEY_SELECT, ACT_END },
	{ true, KEY_FIND, ACT_HOME },
};

ui_action term_action(int r, wint_t ch)
{
	bool is_key = r == KEY_CODE_YES;

	if (r == ERR)
		return ACT_NONE;
	for (size_t i = 0; i < sizeof bindings / sizeof *bindings; i++)
		if (bindings[i].is_key == is_key && (wint_t)bindings[i].code == ch)
			return bindings[i].act;
	if (!is_key && ch >= 32 && iswprint(ch))
		return ACT_CHAR;
	return ACT_NONE;
}

/* Decodes one UTF-8 character; returns its length (1 on a bad byte). */
static size_t next_char(const char *s, wchar_t *wc, mbstate_t *st)
{
	size_t n = mbrtowc(wc, s, MB_CUR_MAX, st);
	if (n == (size_t)-1 || n == (size_t)-2 || n == 0) {
		memset(st, 0, sizeof *st);
		*wc = L'?';
		return 1;
	}
	return n;
}

static int char_cols(wchar_t wc)
{
	int w = wcwidth(wc);
	return w < 0 ? 0 : w;
}

/* draws at most `len` bytes of s */
static int put_n(int y, int x, int max, const char *s, size_t len, ui_look look)
{
	mbstate_t st;
	const char *end = s + len;
	int cols = 0;

	memset(&st, 0, sizeof st);
	attron(term_look(look));
	move(y, x);
	while (s < end && *s) {
		wchar_t wc;
		int w;
		s += next_char(s, &wc, &st);
		if (wc == L'\n' || wc == L'\t')
			wc = L' ';
		w = char_cols(wc);
		if (!w && !iswprint(wc))
			continue;
		if (cols + w > max)
			break;
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

/* the byte length of the longest start of s (up to a break) that fits in
 * width columns, cut after a space when possible; *skip: bytes to skip */
static size_t wrap_line(const char *s, int width, size_t *skip)
{
	mbstate_t st;
	const char *p = s, *last_space = NULL;
	int cols = 0;

	memset(&st, 0, sizeof st);
	*skip = 0;
	while (*p) {
		wchar_t wc;
		size_t n;
		if (*p == '\n') {
			*skip = 1;
			return (size_t)(p - s);
		}
		if (p[0] == '\\' && p[1] == 'n') {
			*skip = 2;
			return (size_t)(p - s);
		}
		n = next_char(p, &wc, &st);
		if (cols + char_cols(wc) > width) {
			if (last_space && last_space > s) {
				*skip = 1;
				return (size_t)(last_space - s);
			}
			return (size_t)(p - s);
		}
		if (wc == L' ')
			last_space = p;
		cols += char_cols(wc);
		p += n;
	}
	return (size_t)(p - s);
}

int term_wrap(int y, int x, int width, int max_rows, const char *s, ui_look look)
{
	int rows = 0;

	while (s && *s && rows < max_rows) {
		size_t skip, len = wrap_line(s, width, &skip);
		if (!len && !skip)
			len = strlen(s) ? 1 : 0; /* a character wider than the width */
		if (y + rows < LINES)
			put_n(y + rows, x, width, s, len, look);
		s += len + skip;
		rows++;
	}
	return rows;
}

void term_fill(char *out, size_t size, const char *tmpl, const char *const *pairs)
{
	size_t n = 0;

	if (!size)
		return;
	out[0] = '\0';
	for (const char *p = tmpl; *p && n + 1 < size; p++) {
		const char *close = p[0] == '{' ? strchr(p, '}') : NULL;
		const char *value = NULL;
		if (close) {
			size_t len = (size_t)(close - p - 1);
			for (const char *const *kv = pairs; kv && kv[0]; kv += 2)
				if (strlen(kv[0]) == len && !strncmp(kv[0], p + 1, len)) {
					value = kv[1] ? kv[1] : "";
					break;
				}
		}
		if (value) {
			int w = snprintf(out + n, size - n, "%s", value);
			n += w < 0 ? 0 : (size_t)w;
			if (n >= size)
				n = size - 1;
			p = close;
		} else {
			out[n++] = *p;
		}
	}
	out[n] = '\0';
}
