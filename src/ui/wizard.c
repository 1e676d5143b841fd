/* STUB: replaced by the real wizard. */
#include <stdio.h>
#include "ui/wizard.h"
int wizard_run(const wizard_options *o)
{
	(void)o;
	fprintf(stderr, "entrydesk: wizard not built yet\n");
	return 2;
}
