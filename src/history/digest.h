/* The digest a record keeps of the rules file it was checked under, so
 * that a supervisor can tell exactly which rules gave a verdict. */
#ifndef ED_HISTORY_DIGEST_H
#define ED_HISTORY_DIGEST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* SHA-256 (FIPS 180-4), in steps: init, update as often as needed, final */
typedef struct hist_sha256 {
	uint32_t h[8];
	uint64_t bytes;
	unsigned char block[64];
	size_t used;
} hist_sha256;

void hist_sha256_init(hist_sha256 *c);
void hist_sha256_update(hist_sha256 *c, const void *data, size_t n);
void hist_sha256_final(hist_sha256 *c, unsigned char md[32]);

/* "sha256:" and the hex SHA-256 of the file at path; false when it cannot
 * be read */
bool hist_digest_file(const char *path, char *out, size_t size);

#endif
