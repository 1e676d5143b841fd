/* The group as a whole: its size and each traveller's verdict in it. */
#include "core/evaluate.h"
#include "core/group.h"

#include <stdio.h>

int group_size_of(const ed_rules *r, const char *const *nationalities, size_t n)
{
	int size = 0;

	for (size_t i = 0; i < n; i++)
		if (!nationalities[i] || !rules_not_foreign(r, nationalities[i]))
			size++;
	return size;
}

bool group_size_agrees(int trip_size, int group_size, char *why, size_t size)
{
	if (trip_size < 0 || trip_size == group_size)
		return true;
	/* in words, one line: the file's key is the trip's group size */
	snprintf(why, size, "group size %d, not the group's %d foreign travellers; "
		 "accepted: empty or %d", trip_size, group_size, group_size);
	return false;
}

void group_evaluate(const ed_answers *a, int group_size, const ed_rules *r, ed_verdict *out)
{
	ed_answers member = *a;

	member.group_size = group_size;
	verdict_evaluate(&member, r, out);
}
