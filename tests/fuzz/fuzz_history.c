/* libFuzzer: the history's text forms over any text, as a queue line, a
 * stored slip document and stored answers would come back from a file or
 * a database someone else wrote. What decodes encodes back to what decodes
 * the same; a document that decodes draws a text slip. */
#include "fuzz_common.h"

#include "core/answers.h"
#include "core/slipdoc.h"
#include "history/codec.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1), *again, *again2;
	ed_raw_answers raw = {{0}}, raw2 = {{0}};
	hist_record rec, rec2;
	slipdoc *d, *d2;

	if (!s)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	if (!strchr(s, '\n') && codec_record_parse(s, &rec)) {
		again = codec_record_line(&rec);
		if (!again)
			abort();
		again[strlen(again) - 1] = '\0';
		if (!codec_record_parse(again, &rec2) || rec2.at != rec.at)
			abort();
		for (int f = 0; f < HF_COUNT; f++)
			if (strcmp(hist_record_get(&rec, f), hist_record_get(&rec2, f)))
				abort();
		hist_record_clear(&rec2);
		hist_record_clear(&rec);
		free(again);
	}
	if ((d = codec_doc_decode(s))) {
		char *text = slipdoc_text(d, 80, true);
		again = codec_doc_encode(d);
		d2 = again ? codec_doc_decode(again) : NULL;
		again2 = d2 ? codec_doc_encode(d2) : NULL;
		if (!text || !again || !again2 || strcmp(again, again2))
			abort();
		free(text);
		free(again);
		free(again2);
		slipdoc_free(d2);
		slipdoc_free(d);
	}
	if (codec_answers_decode(s, &raw)) {
		again = codec_answers_encode(&raw);
		if (!again || !codec_answers_decode(again, &raw2))
			abort();
		for (int i = 0; i < AK_COUNT; i++)
			if ((raw.val[i] == NULL) != (raw2.val[i] == NULL) ||
			    (raw.val[i] && strcmp(raw.val[i], raw2.val[i])))
				abort();
		free(again);
	}
	raw_clear(&raw);
	raw_clear(&raw2);
	free(s);
	return 0;
}
