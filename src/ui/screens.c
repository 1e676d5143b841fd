/* Reads and validates the screen files with iniparser. Everything a flow
 * file names must exist (answers keys, types, choice values), and every
 * text the wizard shows must be in common.ini, so a typo is caught at
 * start-up with one message, never on a screen in front of a traveller. */
#include "ui/screens.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/text.h"
#include "core/verdict.h"
#include "load/ini_quiet.h"
#include "ui/texts.h"

static dictionary *ini_open(const char *path, ed_error *err)
{
	dictionary *d;
	char text[256] = "";
	long line = 0;
	FILE *f = fopen(path, "r");

	if (!f) {
		error_set(err, path, NULL, NULL, "cannot read the screen file");
		return NULL;
	}
	fclose(f);
	d = ini_load_quiet(path, &line, text, sizeof text);
	if (!d && line > 0)
		error_set(err, path, NULL, NULL, "not a valid INI file (syntax error on line %ld)",
			  line);
	else if (!d)
		error_set(err, path, NULL, NULL, "not a valid INI file (%s)",
			  text[0] ? text : "syntax error");
	return d;
}

static char *dup_str(const char *s)
{
	size_t n = strlen(s) + 1;
	char *p = malloc(n);
	if (!p)
		abort();
	memcpy(p, s, n);
	return p;
}

/* Turns the two characters "\n" into a line break. */
static char *dup_text(const char *s)
{
	char *p = dup_str(s), *w = p;
	for (const char *r = s; *r; r++) {
		if (r[0] == '\\' && r[1] == 'n') {
			*w++ = '\n';
			r++;
		} else {
			*w++ = *r;
		}
	}
	*w = '\0';
	return p;
}

static const char *get(dictionary *d, const char *sec, const char *key)
{
	char k[256];
	snprintf(k, sizeof k, "%s:%s", sec, key);
	return iniparser_getstring(d, k, NULL);
}

static bool need(dictionary *d, const char *path, const char *sec,
		 const char *key, const char **out, ed_error *err)
{
	*out = get(d, sec, key);
	if (!*out || !**out) {
		error_set(err, path, sec, key, "missing (required)");
		return false;
	}
	return true;
}

/* Rejects keys a section does not know: they are usually typos. */
static bool known_keys(dictionary *d, const char *path, const char *sec,
		       const char *const *allowed, const char *prefix, ed_error *err)
{
	int n = iniparser_getsecnkeys(d, sec);
	const char **keys;
	bool ok = true;

	if (n <= 0)
		return true;
	keys = calloc((size_t)n, sizeof *keys);
	if (!keys)
		abort();
	iniparser_getseckeys(d, sec, keys);
	for (int i = 0; i < n && ok; i++) {
		const char *k = strchr(keys[i], ':');
		bool found = false;
		k = k ? k + 1 : keys[i];
		for (const char *const *a = allowed; *a && !found; a++)
			found = !strcmp(*a, k);
		if (!found && prefix && !strncmp(k, prefix, strlen(prefix)))
			found = true;
		if (!found) {
			error_set(err, path, sec, k, "unknown key");
			ok = false;
		}
	}
	free(keys);
	return ok;
}

/* Splits a list on spaces and commas; returns the number of words. */
static size_t split_words(const char *s, char words[][64], size_t max)
{
	size_t n = 0;
	while (*s && n < max) {
		size_t len;
		s += strspn(s, " \t,");
		len = strcspn(s, " \t,");
		if (!len)
			break;
		if (len >= 64)
			len = 63;
		memcpy(words[n], s, len);
		words[n][len] = '\0';
		n++;
		s += strcspn(s, " \t,");
	}
	return n;
}

static const char *const type_names[] = {
	[FT_TEXT] = "text", [FT_DATE] = "date", [FT_TIME] = "time",
	[FT_YESNO] = "yesno", [FT_NUMBER] = "number", [FT_COUNTRY] = "country",
	[FT_PORT] = "port", [FT_CHOICE] = "choice",
};

static bool parse_type(const char *s, ed_field_type *out)
{
	for (size_t i = 0; i < sizeof type_names / sizeof *type_names; i++)
		if (!strcasecmp(s, type_names[i])) {
			*out = (ed_field_type)i;
			return true;
		}
	return false;
}

static bool parse_yesno(dictionary *d, const char *path, const char *sec,
			const char *key, bool def, bool *out, ed_error *err)
{
	const char *v = get(d, sec, key);
	if (!v) {
		*out = def;
		return true;
	}
	if (!strcasecmp(v, "yes") || !strcasecmp(v, "no")) {
		*out = !strcasecmp(v, "yes");
		return true;
	}
	error_set(err, path, sec, key, "'%s' is not accepted: yes or no", v);
	return false;
}

/* true when `value` is one of the "a|b|c" choices of the answers table */
static bool in_choices(const char *choices, const char *value)
{
	return text_choice(choices, value, false, NULL) != NULL;
}

static bool load_field(dictionary *d, const char *path, ed_flow flow,
		       const char *id, ui_field *f, ed_error *err)
{
	static const char *const allowed[] = {
		"key", "type", "label", "required", "help", "choices", "refuse_no", "default",
		NULL
	};
	char sec[128], tname[32];
	const char *key, *type, *label, *help, *choices, *refuse_no;
	ed_field_type t;

	snprintf(sec, sizeof sec, "field.%s", id);
	f->id = dup_str(id);
	if (!iniparser_find_entry(d, sec)) {
		error_set(err, path, sec, NULL, "missing: a screen lists field '%s'", id);
		return false;
	}
	if (!known_keys(d, path, sec, allowed, "choice.", err) ||
	    !need(d, path, sec, "key", &key, err) ||
	    !need(d, path, sec, "type", &type, err) ||
	    !need(d, path, sec, "label", &label, err) ||
	    !need(d, path, sec, "help", &help, err))
		return false;
	f->af = answers_field(flow, key, NULL);
	if (!f->af) {
		error_set(err, path, sec, "key",
			  "'%s' is not an answers key of the %s flow (section.key, "
			  "see the answers file format)", key, flow_name(flow));
		return false;
	}
	if (!parse_type(type, &t)) {
		error_set(err, path, sec, "type", "unknown field type '%s': text, date, "
			  "time, yesno, number, country, port or choice", type);
		return false;
	}
	if (t != f->af->type) {
		snprintf(tname, sizeof tname, "%s", type_names[f->af->type]);
		error_set(err, path, sec, "type", "'%s' does not fit %s, which is a %s",
			  type, key, tname);
		return false;
	}
	f->label = dup_text(label);
	f->help = dup_text(help);
	if (!parse_yesno(d, path, sec, "required", f->af->required, &f->required, err))
		return false;
	if (f->af->required && !f->required) {
		error_set(err, path, sec, "required", "%s is required by the answers "
			  "file; accepted: yes", key);
		return false;
	}
	refuse_no = get(d, sec, "refuse_no");
	if (refuse_no && t != FT_YESNO) {
		error_set(err, path, sec, "refuse_no", "only a yesno field can refuse 'no'");
		return false;
	}
	f->refuse_no = refuse_no ? dup_text(refuse_no) : NULL;
	{
		/* the usual answer a yes/no field starts with (the agent may
		 * change it): only where the policy makes it the common one */
		const char *def = get(d, sec, "default");
		if (def && (t != FT_YESNO || (strcmp(def, "yes") && strcmp(def, "no")))) {
			error_set(err, path, sec, "default", "'%s' is not accepted; accepted: "
				  "yes or no, on a yesno field", def);
			return false;
		}
		f->def = def ? dup_str(def) : NULL;
	}
	choices = get(d, sec, "choices");
	if (t == FT_CHOICE) {
		char words[16][64];
		size_t n;
		if (!choices || !*choices) {
			error_set(err, path, sec, "choices", "missing: a choice field "
				  "lists its values (%s)", f->af->choices);
			return false;
		}
		n = split_words(choices, words, 16);
		f->choices = calloc(n ? n : 1, sizeof *f->choices);
		if (!f->choices)
			abort();
		for (size_t i = 0; i < n; i++) {
			char k[96];
			const char *lab;
			if (!in_choices(f->af->choices, words[i])) {
				error_set(err, path, sec, "choices", "'%s' is not a value "
					  "of %s; accepted: %s", words[i], key, f->af->choices);
				return false;
			}
			snprintf(k, sizeof k, "choice.%s", words[i]);
			if (!need(d, path, sec, k, &lab, err))
				return false;
			f->choices[i].value = dup_str(words[i]);
			f->choices[i].label = dup_text(lab);
			f->n_choices = i + 1;
		}
	} else if (choices) {
		error_set(err, path, sec, "choices", "only a choice field has choices");
		return false;
	}
	return true;
}

static bool load_screen(dictionary *d, const char *path, ed_flow flow,
			const char *id, ui_screen *s, ed_error *err)
{
	static const char *const allowed[] = {
		"title", "instructions", "help", "fields", "preview", "header", NULL
	};
	char sec[128], words[32][64];
	const char *title, *instr, *help, *fields, *header;
	size_t n;

	snprintf(sec, sizeof sec, "screen.%s", id);
	s->id = dup_str(id);
	if (!iniparser_find_entry(d, sec)) {
		error_set(err, path, sec, NULL, "missing: [flow] screens lists '%s'", id);
		return false;
	}
	if (!known_keys(d, path, sec, allowed, NULL, err) ||
	    !need(d, path, sec, "title", &title, err) ||
	    !need(d, path, sec, "instructions", &instr, err) ||
	    !need(d, path, sec, "help", &help, err) ||
	    !parse_yesno(d, path, sec, "preview", false, &s->preview, err))
		return false;
	s->title = dup_text(title);
	s->instructions = dup_text(instr);
	s->help = dup_text(help);
	header = get(d, sec, "header");
	s->header = header ? dup_text(header) : NULL;
	fields = get(d, sec, "fields");
	n = fields ? split_words(fields, words, 32) : 0;
	s->fields = calloc(n ? n : 1, sizeof *s->fields);
	if (!s->fields)
		abort();
	for (size_t i = 0; i < n; i++) {
		s->n_fields = i + 1;
		if (!load_field(d, path, flow, words[i], &s->fields[i], err))
			return false;
	}
	return true;
}

/* Every required key of the flow must be asked somewhere, or no check of
 * that flow could ever be completed; no key may be asked twice. */
static bool check_coverage(const ui_flow *fl, ed_error *err)
{
	int seen[AK_COUNT] = {0};
	char name[96];

	for (size_t i = 0; i < fl->n_screens; i++)
		for (size_t j = 0; j < fl->screens[i].n_fields; j++) {
			const ed_answer_field *af = fl->screens[i].fields[j].af;
			if (seen[af->id]++) {
				char sec[128];
				snprintf(sec, sizeof sec, "field.%s", fl->screens[i].fields[j].id);
				error_set(err, fl->path, sec, "key", "%s is asked twice",
					  answers_field_name(af, name, sizeof name));
				return false;
			}
		}
	for (int k = 0; k < AK_COUNT; k++) {
		const ed_answer_field *af = &answer_fields[k];
		if (!(af->flows & fl->flow) || !af->required || af->id == AK_FLOW ||
		    seen[k])
			continue;
		error_set(err, fl->path, "flow", "screens", "no screen asks %s, "
			  "which the answers file requires",
			  answers_field_name(af, name, sizeof name));
		return false;
	}
	return true;
}

/* a [screen.X] or [field.X] section no list names is a typo too */
static bool check_reached(dictionary *d, const ui_flow *fl, ed_error *err)
{
	for (int i = 0; i < iniparser_getnsec(d); i++) {
		const char *sec = iniparser_getsecname(d, i);
		bool found = false;
		for (size_t si = 0; si < fl->n_screens && !found; si++) {
			const ui_screen *s = &fl->screens[si];
			if (!strncmp(sec, "screen.", 7))
				found = !strcmp(sec + 7, s->id);
			for (size_t j = 0; j < s->n_fields && !found; j++)
				found = !strncmp(sec, "field.", 6) && !strcmp(sec + 6, s->fields[j].id);
		}
		if (!found && strcmp(sec, "flow")) {
			error_set(err, fl->path, sec, NULL, "no screen or [flow] screens list "
				  "names this section");
			return false;
		}
	}
	return true;
}

static bool load_flow(const char *dir, ed_flow flow, ui_flow *fl, ed_error *err)
{
	static const char *const allowed[] = { "title", "screens", NULL };
	char path[1024], words[32][64];
	const char *title, *screens;
	dictionary *d;
	bool ok = false;
	size_t n;

	snprintf(path, sizeof path, "%s/%s.ini", dir, flow_name(flow));
	fl->flow = flow;
	fl->path = dup_str(path);
	d = ini_open(path, err);
	if (!d)
		return false;
	if (!known_keys(d, path, "flow", allowed, NULL, err) ||
	    !need(d, path, "flow", "title", &title, err) ||
	    !need(d, path, "flow", "screens", &screens, err))
		goto out;
	/* a section the screen list never reaches is a typo too */
	for (int i = 0; i < iniparser_getnsec(d); i++) {
		const char *sec = iniparser_getsecname(d, i);
		if (strcmp(sec, "flow") && strncmp(sec, "screen.", 7) &&
		    strncmp(sec, "field.", 6)) {
			error_set(err, path, sec, NULL, "unknown section: accepted are "
				  "[flow], [screen.ID] and [field.ID]");
			goto out;
		}
	}
	fl->title = dup_text(title);
	n = split_words(screens, words, 32);
	fl->screens = calloc(n ? n : 1, sizeof *fl->screens);
	if (!fl->screens)
		abort();
	for (size_t i = 0; i < n; i++) {
		fl->n_screens = i + 1;
		if (!load_screen(d, path, flow, words[i], &fl->screens[i], err))
			goto out;
	}
	if (!n) {
		error_set(err, path, "flow", "screens", "empty: list the screen ids in order");
		goto out;
	}
	ok = check_coverage(fl, err) && check_reached(d, fl, err);
out:
	iniparser_freedict(d);
	return ok;
}

/* every reason and review code needs its short phrase in common.ini */
static bool has_phrase(dictionary *d, const char *path, const char *section,
		       const char *code, const char *why, ed_error *err)
{
	char key[96];

	snprintf(key, sizeof key, "%s:%s", section, code);
	if (iniparser_getstring(d, key, NULL))
		return true;
	error_set(err, path, section, code, "%s", why);
	return false;
}

bool screens_load(const char *dir, ui_screens *out, ed_error *err)
{
	char path[1024];
	dictionary *d;

	memset(out, 0, sizeof *out);
	snprintf(path, sizeof path, "%s/common.ini", dir);
	out->common_path = dup_str(path);
	d = ini_open(path, err);
	if (!d)
		return false;
	out->common = d;
	if (!ui_texts_check(d, path, err)) /* texts and placeholders: ui/texts.h */
		return false;
	for (int r = 0; r < R_COUNT; r++)
		if (!has_phrase(d, path, "ruled_out", reason_code((ed_reason)r),
				"missing: the words for this failing condition", err))
			return false;
	for (int v = 0; v < V_COUNT; v++)
		if (!has_phrase(d, path, "review", review_code((ed_review)v),
				"missing: the words for this point to confirm", err))
			return false;
	return load_flow(dir, FLOW_TRANSIT, &out->transit, err) &&
	       load_flow(dir, FLOW_EPASS, &out->epass, err) && ui_texts_check_flows(out, err);
}

static void free_flow(ui_flow *fl)
{
	for (size_t i = 0; i < fl->n_screens; i++) {
		ui_screen *s = &fl->screens[i];
		for (size_t j = 0; j < s->n_fields; j++) {
			ui_field *f = &s->fields[j];
			for (size_t c = 0; c < f->n_choices; c++) {
				free(f->choices[c].value);
				free(f->choices[c].label);
			}
			free(f->choices);
			free(f->id);
			free(f->label);
			free(f->help);
			free(f->refuse_no);
			free(f->def);
		}
		free(s->fields);
		free(s->id);
		free(s->title);
		free(s->instructions);
		free(s->help);
		free(s->header);
	}
	free(fl->screens);
	free(fl->path);
	free(fl->title);
	memset(fl, 0, sizeof *fl);
}

void screens_free(ui_screens *s)
{
	if (!s)
		return;
	free_flow(&s->transit);
	free_flow(&s->epass);
	if (s->common)
		iniparser_freedict(s->common);
	free(s->common_path);
	memset(s, 0, sizeof *s);
}

const char *screens_text(const ui_screens *s, const char *key)
{
	const char *v = s->common ? iniparser_getstring(s->common, key, NULL) : NULL;
	return v ? v : key; /* visible, never silent, if a key was forgotten */
}

const ui_flow *screens_flow(const ui_screens *s, ed_flow flow)
{
	return flow == FLOW_EPASS ? &s->epass : &s->transit;
}

const char *screens_choice_label(const ui_field *f, const char *value)
{
	for (size_t i = 0; value && i < f->n_choices; i++)
		if (!strcmp(f->choices[i].value, value))
			return f->choices[i].label;
	return value ? value : "";
}
