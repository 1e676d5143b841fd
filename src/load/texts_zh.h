/* Every text of rules.ini's text sections has its Chinese form KEY_zh. */
#ifndef ED_TEXTS_ZH_H
#define ED_TEXTS_ZH_H

#include <stdbool.h>

#include "core/error.h"
#include "core/rules.h"

/* false (err names the file, section and key) when the text `key`
 * ("section:key") has no non-blank KEY_zh beside it, or is a KEY_zh
 * without its KEY */
bool texts_zh_check_one(const ed_rules *r, const char *key, ed_error *err);

#endif
