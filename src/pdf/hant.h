/* Traditional Chinese in Hong Kong usage, converted from the Simplified
 * texts of rules.ini at render time (so no text is kept twice), through
 * OpenCC's s2hk configuration. */
#ifndef ED_HANT_H
#define ED_HANT_H

typedef struct zh_hant zh_hant;

/* the converter, or NULL when OpenCC or its configuration cannot be
 * opened (then *why says which, without personal data) */
zh_hant *zh_hant_open(const char **why);
/* a malloc'd Traditional copy of the Simplified UTF-8 text s, or NULL;
 * the signature of slipdoc_map_zh's conv (ctx is the zh_hant) */
char *zh_hant_convert(void *ctx, const char *s);
void zh_hant_close(zh_hant *h);

#endif
