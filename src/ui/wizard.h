/* The ncurses wizard: the screens of screens/, the verdict screen,
 * printing. */
#ifndef ED_WIZARD_H
#define ED_WIZARD_H

#include <stdbool.h>

typedef struct wizard_options {
	const char *rules_path;  /* NULL: paths_rules() */
	const char *screens_dir; /* NULL: paths_screens() */
	const char *printer;     /* --printer */
	const char *print_to;    /* --print-to FILE: F9 writes the slip's PDF here */
	const char *paper;       /* --paper a4|letter (NULL: A4) */
	const char *open_path;   /* an answers file to open at start */
	bool resume;             /* --resume: reopen the draft */
} wizard_options;

/* runs the wizard; returns the exit status */
int wizard_run(const wizard_options *o);

#endif
