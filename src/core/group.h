/* A tour group judged as a whole (regimes-2026.md 5 and 6): the group
 * regimes (gba_group, hainan_group, ...) count the group's foreign
 * travellers, not what one traveller's answers say; every traveller of a
 * group shares the trip and its answer on entering and leaving together.
 * Pure C: no I/O, no allocation. */
#ifndef ED_GROUP_H
#define ED_GROUP_H

#include <stdbool.h>
#include <stddef.h>

#include "core/answers.h"
#include "core/rules.h"
#include "core/verdict.h"

/* The group's size: its travellers, less those of no foreign passport
 * (rules.ini [rules] not_foreign: Chinese citizens, the Hong Kong and
 * Macao SAR passports included, and the HKG, MAC and TWN codes), who are
 * not foreign visitors. A traveller whose nationality is not known (NULL
 * or "") still counts: they are in the group. */
int group_size_of(const ed_rules *r, const char *const *nationalities, size_t n);

/* True when the trip's own [trip] group_size (-1: not given) agrees with
 * the group's size; else writes why, with the accepted form. */
bool group_size_agrees(int trip_size, int group_size, char *why, size_t size);

/* One traveller's verdict as a member of a group of `group_size`: the
 * group's size replaces the traveller's answer. */
void group_evaluate(const ed_answers *a, int group_size, const ed_rules *r, ed_verdict *out);

#endif
