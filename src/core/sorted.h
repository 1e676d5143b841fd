/* qsort and bsearch for arrays that may be empty: the C library declares
 * their base non-null, and an empty list of rules.ini (no [airports], no
 * ports) has a NULL base. Every sorted lookup of entrydesk goes through
 * these two. Pure C. */
#ifndef ED_SORTED_H
#define ED_SORTED_H

#include <stddef.h>
#include <stdlib.h>

/* sorts n elements of base (nothing to do when empty) */
static inline void sorted_sort(void *base, size_t n, size_t size,
			       int (*cmp)(const void *, const void *))
{
	if (base && n > 1)
		qsort(base, n, size, cmp);
}

/* the element of base equal to key, or NULL (also when base is empty) */
static inline void *sorted_find(const void *key, const void *base, size_t n, size_t size,
				int (*cmp)(const void *, const void *))
{
	return base && n ? bsearch(key, base, n, size, cmp) : NULL;
}

#endif
