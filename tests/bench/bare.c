/* The bench's floor: a C program that links the libraries entrydesk
 * links (ncursesw, iniparser, json-c, libm) and does nothing with them
 * but touch one symbol of each, so that the loader maps them all. */
#include <curses.h>
#include <iniparser/iniparser.h>
#include <json.h>
#include <math.h>
#include <stdio.h>

int main(int argc, char **argv)
{
	(void)argv;
	/* never true: keeps each library needed without running it */
	if (argc > 99) {
		dictionary *d = iniparser_load("/dev/null");
		iniparser_freedict(d);
		printf("%s %s %f\n", curses_version(), json_c_version(), sqrt((double)argc));
	}
	return 0;
}
