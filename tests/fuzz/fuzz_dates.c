/* libFuzzer: the date and time parsers over any text. What parses is a
 * real day (or minute) and formats back to what parses to the same. */
#include "fuzz_common.h"

#include "core/answers.h"
#include "core/date.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1), buf[64];
	ed_date d, again, ref = { 2025, 1, 31 };
	int m;

	if (!s)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	if (date_parse(s, &d)) {
		date_format(d, buf, sizeof buf);
		if (!date_valid(d) || !date_parse(buf, &again) || date_cmp(d, again))
			abort();
		date_format_long(d, buf, sizeof buf);
	}
	if (date_parse_any(s, ref, &d) && !date_valid(d))
		abort();
	if (answers_date(s, ref, &d) && !date_valid(d))
		abort();
	m = time_parse(s);
	if (m != ED_NO_TIME) {
		if (m < 0 || m >= 24 * 60)
			abort();
		time_format(m, buf, sizeof buf);
		if (time_parse(buf) != m)
			abort();
	}
	free(s);
	return 0;
}
