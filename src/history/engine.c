/* What both database engines share (engine.h). */
#include "history/engine.h"

void engine_message(const char *msg, char *out, size_t size)
{
	size_t k = 0;

	for (const char *p = msg ? msg : ""; *p && *p != '\n' && k + 1 < size; p++)
		if ((unsigned char)*p >= 0x20 && *p != 0x7f)
			out[k++] = *p;
	while (k > 0 && out[k - 1] == ' ')
		k--;
	out[k] = '\0';
}
