/* Path completion for the Open prompt (Tab). Pure of curses. */
#ifndef ED_UI_PATH_COMPLETE_H
#define ED_UI_PATH_COMPLETE_H

#include <stdbool.h>
#include <stddef.h>

/* completes the last part of the path in buf (size bytes) to the longest
 * start shared by the entries of its folder that begin with it, adding
 * "/" after a single folder; true when buf changed */
bool path_complete(char *buf, size_t size);

#endif
