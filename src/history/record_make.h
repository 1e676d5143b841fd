/* A record made from one complete check: the caller's facts (when, where,
 * who), the answers, core's verdict and the slip document shown, encoded
 * by history/codec.h. Apart from record.h so that the codec, which reads
 * and writes records, and the making of one depend one way. */
#ifndef ED_HISTORY_RECORD_MAKE_H
#define ED_HISTORY_RECORD_MAKE_H

#include <stdbool.h>

#include "core/answers.h"
#include "core/rules.h"
#include "core/slipdoc.h"
#include "core/verdict.h"
#include "history/record.h"

/* Who and where a record is made: the caller's facts, not core's. */
typedef struct hist_meta {
	long long at;
	const char *counter;
	const char *agent;
	const char *rules_digest;
} hist_meta;

/* Fills rec (cleared first) from one complete check: the raw answers, the
 * parsed answers, core's verdict and the slip document shown. False on
 * out of memory (rec is then cleared). */
bool hist_record_make(hist_record *rec, const hist_meta *m, const ed_raw_answers *raw,
		      const ed_answers *a, const ed_verdict *v, const ed_rules *r,
		      const slipdoc *doc);

#endif
