/* Tab in the Open prompt: the path typed so far completed as a shell
 * would, from the folder's entries (no curses). */
#include "ui/path_complete.h"

#include <dirent.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

bool path_complete(char *buf, size_t size)
{
	char dir[4096], common[1024] = "";
	const char *slash = strrchr(buf, '/'), *base = slash ? slash + 1 : buf;
	size_t blen = strlen(base), dlen = slash ? (size_t)(slash - buf) + 1 : 0;
	size_t found = 0;
	struct dirent *e;
	DIR *d;

	if (dlen >= sizeof dir)
		return false;
	snprintf(dir, sizeof dir, "%.*s", (int)dlen, buf);
	d = opendir(dlen ? dir : ".");
	if (!d)
		return false;
	/* the longest start shared by every entry that starts with base */
	while ((e = readdir(d))) {
		if (strncmp(e->d_name, base, blen) || !strcmp(e->d_name, ".") ||
		    !strcmp(e->d_name, "..") || (blen == 0 && e->d_name[0] == '.'))
			continue;
		if (found++ == 0) {
			snprintf(common, sizeof common, "%s", e->d_name);
		} else {
			size_t k = 0;
			while (common[k] && common[k] == e->d_name[k])
				k++;
			common[k] = '\0';
		}
	}
	closedir(d);
	if (!found || dlen + strlen(common) + 2 > size)
		return false;
	snprintf(buf + dlen, size - dlen, "%s", common);
	if (found == 1) {
		/* one entry: a folder gets its slash, to go on into it */
		struct stat st;
		size_t n = strlen(buf);
		if (stat(buf, &st) == 0 && S_ISDIR(st.st_mode) && n + 1 < size)
			memcpy(buf + n, "/", 2);
	}
	return strlen(common) > blen || found == 1;
}
