/* The terminal: curses start and restore (also after signals and crashes),
 * the look (colour or monochrome), the key binding table, and drawing of
 * UTF-8 text by display columns. */
#ifndef ED_UI_TERM_H
#define ED_UI_TERM_H

#include <signal.h>
#include <stdbool.h>
#include <stddef.h>
#include <wchar.h>

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <curses.h>

#include "ui/actions.h"

/* The looks the screens ask for; colour or monochrome decides how. */
typedef enum ui_look {
	LOOK_NORMAL, LOOK_TITLE, LOOK_FIELD, LOOK_FOCUS, LOOK_KEY, LOOK_KEYLABEL,
	LOOK_ERROR, LOOK_WARN, LOOK_GOOD, LOOK_BOLD, LOOK_COUNT
} ui_look;

/* set by the signal handlers; the input loop acts on them */
/* SIGHUP, SIGTERM, SIGQUIT and every other signal that would end the
 * process (SIGUSR1, SIGALRM, ...): keep a draft, exit */
extern volatile sig_atomic_t ui_hangup;
extern volatile sig_atomic_t ui_interrupt; /* SIGINT */

/* installs the flag-only handlers and the crash handler that restores the
 * terminal; call before term_start */
void term_signals(void);
/* starts curses (raw keys, Esc at once, colour unless NO_COLOR) */
void term_start(void);
/* restores the terminal; safe to call twice or before term_start */
void term_stop(void);
/* the attributes of a look */
attr_t term_look(ui_look look);
/* the action of a key read by get_wch (r its return value) */
ui_action term_action(int r, wint_t ch);

/* draws UTF-8 text at y,x in at most max columns; returns columns used */
int term_put(int y, int x, int max, const char *s, ui_look look);
/* draws text word-wrapped in width columns from row y, at most max_rows
 * rows; "\n" and the two characters "\n" break lines; returns rows used */
int term_wrap(int y, int x, int width, int max_rows, const char *s, ui_look look);

#endif
