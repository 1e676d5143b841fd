/* A zone's first line typed into a field by a scanner: taken out of the
 * field and handed to the scan box (scan.c) through the loop. */
#include "ui/scan_field.h"

#include <stdio.h>
#include <string.h>

#include "core/mrz.h"

bool scan_in_field(wiz *w, const ui_field *f)
{
	static const size_t lens[] = { 44, 36, 30 };
	char text[UI_EDIT_MAX * 4], rest[UI_EDIT_MAX * 4];
	size_t len;

	editor_get(&w->ed, text, sizeof text);
	len = strlen(text);
	for (size_t k = 0; k < sizeof lens / sizeof *lens; k++) {
		/* from the end: the scanner typed after what the field held */
		for (size_t i = len >= lens[k] ? len - lens[k] + 1 : 0; i-- > 0;) {
			char line[MRZ_MAX_LINE + 1];
			memcpy(line, text + i, lens[k]);
			line[lens[k]] = '\0';
			if (!mrz_lines_expected(line))
				continue;
			/* the field gets back what it held around the line */
			snprintf(rest, sizeof rest, "%.*s%s", (int)i, text, text + i + lens[k]);
			session_set(&w->s, f->af->id, *rest ? rest : NULL);
			editor_set(&w->ed, *rest ? rest : NULL);
			memcpy(wiz_request_with(w, REQ_SCAN)->u.line, line, lens[k] + 1);
			wiz_wipe(line, sizeof line);
			wiz_wipe(text, sizeof text);
			wiz_wipe(rest, sizeof rest);
			return true;
		}
	}
	wiz_wipe(text, sizeof text);
	return false;
}
