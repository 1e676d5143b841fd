/* SHA-256 by libcrypto (which libpq links anyway): no home-made hash. */
#include "history/digest.h"

#include <openssl/evp.h>
#include <stdio.h>

bool hist_digest_file(const char *path, char *out, size_t size)
{
	unsigned char buf[8192], md[EVP_MAX_MD_SIZE];
	unsigned int len = 0;
	EVP_MD_CTX *ctx;
	FILE *f;
	size_t n;
	bool ok;

	if (size < 7 + 64 + 1 || !(f = fopen(path, "rb")))
		return false;
	ctx = EVP_MD_CTX_new();
	ok = ctx && EVP_DigestInit_ex(ctx, EVP_sha256(), NULL);
	while (ok && (n = fread(buf, 1, sizeof buf, f)) > 0)
		ok = EVP_DigestUpdate(ctx, buf, n);
	ok = ok && !ferror(f) && EVP_DigestFinal_ex(ctx, md, &len);
	EVP_MD_CTX_free(ctx);
	fclose(f);
	if (!ok)
		return false;
	snprintf(out, size, "sha256:");
	for (unsigned int i = 0; i < len; i++)
		snprintf(out + 7 + 2 * i, size - 7 - 2 * i, "%02x", md[i]);
	return true;
}
