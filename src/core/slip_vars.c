/* The check of rules.ini's placeholders against SLIP_VARS. */
#include "core/slip_vars.h"

#include <stdio.h>
#include <string.h>

#include "core/text.h"

const char *const slip_var_names[SV_COUNT + 1] = {
#define SLIP_VAR_NAME(n) #n,
	SLIP_VARS(SLIP_VAR_NAME)
#undef SLIP_VAR_NAME
	NULL
};

