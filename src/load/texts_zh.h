/* Every text of rules.ini's text sections has its Chinese form KEY_zh. */
#ifndef ED_TEXTS_ZH_H
#define ED_TEXTS_ZH_H

#include <stdbool.h>

#include "core/error.h"
#include "core/rules.h"

/* false (err names the file, section and key) when a text of [slip],
 * [outcome], [reminders.*], [legal], [reason.*] or [review.*] has no
 * non-blank KEY_zh beside it, or a KEY_zh has no KEY */
bool texts_zh_check(const ed_rules *r, ed_error *err);

#endif
