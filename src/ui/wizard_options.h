/* What the command line asks of the wizard: read by the loop and the
 * views (ui.h), filled by main.c (through wizard.h). */
#ifndef ED_UI_WIZARD_OPTIONS_H
#define ED_UI_WIZARD_OPTIONS_H

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

#endif
