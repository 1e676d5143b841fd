/* STUB: replaced by the real `entrydesk check`. */
#include <stdio.h>
#include "cli/check.h"
int check_main(int argc, char **argv, const char *rules_path)
{
	(void)argc; (void)argv; (void)rules_path;
	fprintf(stderr, "entrydesk check: not built yet\n");
	return 2;
}
