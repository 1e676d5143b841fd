/* The digest a record keeps of the rules file it was checked under, so
 * that a supervisor can tell exactly which rules gave a verdict. */
#ifndef ED_HISTORY_DIGEST_H
#define ED_HISTORY_DIGEST_H

#include <stdbool.h>
#include <stddef.h>

/* "sha256:" and the hex SHA-256 of the file at path; false when it cannot
 * be read */
bool hist_digest_file(const char *path, char *out, size_t size);

#endif
