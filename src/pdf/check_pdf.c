/* The PDF of checks: slip documents converted to the Chinese each shows,
 * then typeset by slip_pdf.c. */
#include "pdf/check_pdf.h"

#include <stdio.h>
#include <stdlib.h>

#include "core/slip.h"

bool check_pdf_add(check_pdf *set, const ed_answers *a, const ed_verdict *v,
		   const ed_rules *r, const char **why)
{
	/* the age warning compares the rules with the day of the check */
	return check_pdf_add_doc(set, slip_doc(a, v, r, a->date), slip_chinese_for(a), why);
}

bool check_pdf_add_doc(check_pdf *set, slipdoc *d, sd_chinese zh, const char **why)
{
	slip_pdf_slip *grown;

	*why = "out of memory";
	if (d && zh == SD_ZH_TRADITIONAL) {
		if (!set->hant && !(set->hant = zh_hant_open(why))) {
			slipdoc_free(d);
			return false;
		}
		if (!slipdoc_map_zh(d, zh_hant_convert, set->hant)) {
			*why = "cannot convert the slip to Traditional Chinese";
			slipdoc_free(d);
			return false;
		}
	}
	grown = d ? realloc(set->slips, (set->n + 1) * sizeof *grown) : NULL;
	if (!grown) {
		slipdoc_free(d);
		return false;
	}
	set->slips = grown;
	set->slips[set->n].doc = d;
	set->slips[set->n++].chinese = zh;
	*why = NULL;
	return true;
}

void check_pdf_free(check_pdf *set)
{
	for (size_t i = 0; i < set->n; i++)
		slipdoc_free((slipdoc *)set->slips[i].doc);
	free(set->slips);
	zh_hant_close(set->hant);
	set->slips = NULL;
	set->n = 0;
	set->hant = NULL;
}

bool check_pdf_set_memory(const check_pdf *set, slip_paper paper, char **data, size_t *len,
			  const char **why)
{
	FILE *f;
	bool ok;

	*data = NULL;
	*len = 0;
	f = open_memstream(data, len);
	if (!f) {
		*why = "out of memory";
		return false;
	}
	ok = slip_pdf_write(f, set->slips, set->n, paper, why);
	if (fclose(f) != 0 && ok) {
		*why = "out of memory";
		ok = false;
	}
	if (!ok) {
		free(*data);
		*data = NULL;
		*len = 0;
	}
	return ok;
}
