/* libFuzzer: the slip document reader of entrydesk-slip over any bytes.
 * It accepts or refuses with one printable line; what it accepts writes
 * back to a stream that reads to the same stream again, and draws as a
 * text slip. */
#include "fuzz_common.h"

#include "core/slipdoc_io.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	sd_slips s, again;
	char why[300];
	char *out, *out2;

	if (!sd_slips_read((const char *)data, size, &s, why, sizeof why)) {
		if (!why[0] || strchr(why, '\n') || s.n || s.list)
			abort();
		return 0;
	}
	out = sd_slips_write(&s);
	if (!out || !sd_slips_read(out, strlen(out), &again, why, sizeof why))
		abort();
	out2 = sd_slips_write(&again);
	if (!out2 || strcmp(out, out2))
		abort();
	for (size_t i = 0; i < s.n; i++)
		free(slipdoc_text(s.list[i].doc, 80, true));
	free(out);
	free(out2);
	sd_slips_free(&s);
	sd_slips_free(&again);
	return 0;
}
