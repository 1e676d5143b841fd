/* The MRZ sections of rules.ini. They are loaded as texts (any key of any
 * section is a text of ed_rules); this checks them: codes of one to three
 * letters, ISO targets that exist, each code in one place only, the keys
 * and outcomes of each note, and the keys of [mrz.texts] (each required,
 * as the slip's texts are: rules_load checks the kind's `texts`). */
#include "load/rules_mrz.h"
#include "load/rules_loader.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "core/text.h"

#define NOTE_PREFIX "mrz.note."
#define CODE_FORM "an MRZ code of 1 to 3 letters (D, GBN, XXA)"

static const char *const note_keys[] = {
	"codes", "nationality", "outcome", "label", "text", "source", NULL
};
static const char *const note_required[] = { "codes", "outcome", "label", "text", "source", NULL };
/* the texts of [mrz.texts], each required (rules_load checks them) */
static const char *const texts_mrz[] = {
	"mrz.texts:name_full", "mrz.texts:not_passport", NULL
};

static bool mrz_code_form(const char *s, size_t n)
{
	if (n < 1 || n > 3)
		return false;
	for (size_t i = 0; i < n; i++)
		if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= 'a' && s[i] <= 'z')))
			return false;
	return true;
}

static bool one_of(const char *key, const char *const *list)
{
	for (; *list; list++)
		if (!strcmp(key, *list))
			return true;
	return false;
}

/* the section and key of "section:key" */
static void split(const char *full, char *sec, size_t ss, const char **key)
{
	const char *colon = strchr(full, ':');
	size_t n = colon ? (size_t)(colon - full) : strlen(full);

	snprintf(sec, ss, "%.*s", (int)n, full);
	*key = colon ? colon + 1 : "";
}

/* where else `code` is given: another note's codes, or [mrz.codes] */
static const char *code_elsewhere(const ed_rules *r, const char *code, size_t n,
				  const char *self)
{
	char key[32];

	snprintf(key, sizeof key, "mrz.codes:%.*s", (int)n, code);
	if (rules_text(r, key) && strcmp(self, "mrz.codes"))
		return "mrz.codes";
	for (size_t i = 0; i < r->n_texts; i++) {
		const char *k = r->texts[i].key, *v = r->texts[i].value, *colon;
		if (strncasecmp(k, NOTE_PREFIX, strlen(NOTE_PREFIX)))
			continue;
		colon = strchr(k, ':');
		if (!colon || strcmp(colon + 1, "codes") ||
		    ((size_t)(colon - k) == strlen(self) && !strncmp(k, self, strlen(self))))
			continue;
		while (*v) {
			size_t w;
			while (*v == ' ')
				v++;
			w = strcspn(v, " ");
			if (w == n && !strncasecmp(v, code, n))
				return k;
			v += w;
		}
	}
	return NULL;
}

static bool check_codes_list(const ed_rules *r, const char *sec, const char *v, ed_error *err)
{
	size_t count = 0;

	while (*v) {
		size_t w;
		const char *other;
		while (*v == ' ')
			v++;
		w = strcspn(v, " ");
		if (!w)
			break;
		if (!mrz_code_form(v, w)) {
			error_set(err, r->path, sec, "codes", "'%.*s' is not accepted; accepted: "
				  "%s, separated by spaces", (int)(w > 8 ? 8 : w), v, CODE_FORM);
			return false;
		}
		other = code_elsewhere(r, v, w, sec);
		if (other) {
			char osec[96];
			const char *okey;
			split(other, osec, sizeof osec, &okey);
			error_set(err, r->path, sec, "codes", "%.*s is also in [%s]; accepted: "
				  "each MRZ code in one place only", (int)w, v, osec);
			return false;
		}
		count++;
		v += w;
	}
	if (!count) {
		error_set(err, r->path, sec, "codes", "empty; accepted: %s, separated by spaces",
			  CODE_FORM);
		return false;
	}
	return true;
}

static bool check_note(const ed_rules *r, const char *sec, ed_error *err)
{
	const char *id = sec + strlen(NOTE_PREFIX);
	char key[128];
	const char *v;

	if (!*id || strspn(id, "abcdefghijklmnopqrstuvwxyz0123456789_") != strlen(id)) {
		error_set(err, r->path, sec, NULL, "not a note name; accepted: [mrz.note.NAME], "
			  "NAME of lower-case letters, digits and _");
		return false;
	}
	for (const char *const *k = note_required; *k; k++) {
		snprintf(key, sizeof key, "%s:%s", sec, *k);
		v = rules_text(r, key);
		if (!v || text_blank(v)) {
			error_set(err, r->path, sec, *k, "missing; accepted: %s",
				  !strcmp(*k, "codes") ? "the MRZ codes the note is for" :
				  !strcmp(*k, "outcome") ? "not_eligible or review" :
				  !strcmp(*k, "label") ? "a few words for the group sheet" :
				  !strcmp(*k, "text") ? "the note in plain words" :
				  "where the note comes from");
			return false;
		}
	}
	snprintf(key, sizeof key, "%s:outcome", sec);
	v = rules_text(r, key);
	if (strcmp(v, "not_eligible") && strcmp(v, "review")) {
		error_set(err, r->path, sec, "outcome", "'%.40s' is not accepted; accepted: "
			  "not_eligible or review", v);
		return false;
	}
	snprintf(key, sizeof key, "%s:nationality", sec);
	v = rules_text(r, key);
	if (v && !text_blank(v) && !rules_country(r, v)) {
		error_set(err, r->path, sec, "nationality", "'%.40s' is not an ISO 3166-1 "
			  "alpha-3 code of the country list; accepted: a code such as CHN, or "
			  "no key when the note has no nationality", v);
		return false;
	}
	snprintf(key, sizeof key, "%s:codes", sec);
	return check_codes_list(r, sec, rules_text(r, key), err);
}

static bool check_entry(const ed_rules *r, const char *sec, const char *key,
			const char *value, ed_error *err)
{
	if (!strcmp(sec, "mrz.codes")) {
		if (!mrz_code_form(key, strlen(key))) {
			error_set(err, r->path, sec, key, "not an MRZ code; accepted: %s", CODE_FORM);
			return false;
		}
		if (rules_country(r, key)) {
			error_set(err, r->path, sec, key, "is an ISO 3166-1 code already; "
				  "accepted: only the MRZ codes that differ from ISO");
			return false;
		}
		if (!rules_country(r, value)) {
			error_set(err, r->path, sec, key, "'%.40s' is not an ISO 3166-1 alpha-3 "
				  "code of the country list; accepted: a code such as DEU", value);
			return false;
		}
		if (code_elsewhere(r, key, strlen(key), sec)) {
			error_set(err, r->path, sec, key, "also has a [mrz.note.NAME]; accepted: "
				  "each MRZ code in one place only");
			return false;
		}
		return true;
	}
	if (!strcmp(sec, "mrz.texts")) {
		char full[160];
		snprintf(full, sizeof full, "%s:%s", sec, key);
		if (!one_of(full, texts_mrz)) {
			error_set(err, r->path, sec, NULL, "a key this section does not have; "
				  "accepted keys: name_full, not_passport");
			return false;
		}
		return true;
	}
	if (!strncmp(sec, NOTE_PREFIX, strlen(NOTE_PREFIX))) {
		if (!one_of(key, note_keys)) {
			error_set(err, r->path, sec, NULL, "a key this section does not have; "
				  "accepted keys: codes, nationality, outcome, label, text, source");
			return false;
		}
		return true;
	}
	error_set(err, r->path, NULL, NULL, "a section this file does not have, starting "
		  "mrz.; accepted: mrz.codes, mrz.note.NAME, mrz.texts");
	return false;
}

bool rules_mrz_check(const ed_rules *r, ed_error *err)
{
	char sec[96], last[96] = "";
	const char *key;

	for (size_t i = 0; i < r->n_texts; i++) {
		if (strncmp(r->texts[i].key, "mrz.", 4))
			continue;
		split(r->texts[i].key, sec, sizeof sec, &key);
		if (!check_entry(r, sec, key, r->texts[i].value, err))
			return false;
		if (strcmp(sec, last) && !strncmp(sec, NOTE_PREFIX, strlen(NOTE_PREFIX)) &&
		    !check_note(r, sec, err))
			return false;
		snprintf(last, sizeof last, "%s", sec);
	}
	return true;
}

static const rules_words words_mrz = { texts_mrz, "one line of words", false, false };

/* ---- its kind in the rules registry (rules_load.c) ---- */

static bool check_mrz(rules_loader *L)
{
	return rules_mrz_check(L->r, L->f.err);
}

/* [mrz.codes], [mrz.note.NAME], [mrz.texts]: texts, checked above */
const rules_section_kind rules_kind_mrz = {
	"mrz", true, "mrz.codes, mrz.note.NAME, mrz.texts", NULL, NULL, check_mrz, &words_mrz
};
