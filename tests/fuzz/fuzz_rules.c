/* libFuzzer: rules_load over any bytes. Never a crash, a hang or a leak;
 * a refusal is one clean line. */
#include "fuzz_common.h"

#include "load/rules_load.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char path[64];
	int fd = fuzz_file(data, size, path, sizeof path);
	ed_rules r;
	ed_error err = {0};

	if (rules_load(path, &r, &err))
		rules_free(&r);
	else
		fuzz_check_message(&err);
	close(fd);
	return 0;
}
