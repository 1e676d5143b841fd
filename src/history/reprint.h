/* A recorded slip printed again: the document exactly as it was given,
 * marked, under its title, as a reprint of the check of that day and
 * time (the words of rules.ini [slip] reprint, {check_day}). */
#ifndef ED_HISTORY_REPRINT_H
#define ED_HISTORY_REPRINT_H

#include <stddef.h>

#include "core/date.h"
#include "core/rules.h"
#include "core/slipdoc.h"
#include "history/record.h"

/* the stored document, marked; NULL with why when it cannot be read or
 * the rules lack the mark's words */
slipdoc *hist_reprint_doc(const hist_record *rec, const ed_rules *r, char *why, size_t why_size);

/* the Chinese the slip showed: from its answers ([check] slip_chinese or
 * the flow's default), read as core reads them; Simplified when they no
 * longer read */
sd_chinese hist_reprint_chinese(const hist_record *rec, const ed_rules *r, ed_date today);

#endif
