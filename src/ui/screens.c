/* Reads and validates the screen files through the one INI reader
 * (load/ini.h). Everything a flow
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
#include "load/ini.h"
#include "ui/texts.h"

/* Screen files are the wizard's words: no personal data, so a wrong
 * value may be quoted in a message. */
static const ini_kind screens_kind = {
	.what = "screen file",
	.accepted = "a screen file as doc/screens-format.md describes",
	.max_bytes = 1024 * 1024,
	.max_lines = 20000,
	.echo_values = true,
	.continuations = true,
};

/* set when an allocation failed: the load then fails with one message */
static bool out_of_memory;

static char *dup_str(const char *s)
{
	char *p = strdup(s ? s : "");
	if (!p)
		out_of_memory = true;
	return p;
}

static void *alloc_array(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size);
	if (!p)
		out_of_memory = true;
	return p;
}

/* Turns the two characters "\n" into a line break. */
static char *dup_text(const char *s)
{
	char *p = dup_str(s), *w = p;
	if (!p)
		return NULL;
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

static const char *get(ini *d, const char *sec, const char *key)
{
	return ini_get(d, sec, key);
}

static bool need(ini *d, const char *sec, const char *key, const char **out)
{
	*out = ini_need(d, sec, key, "a text (the wizard shows it)");
	return *out != NULL;
}

/* Rejects keys a section does not know: they are usually typos. */
static bool known_keys(ini *d, const char *sec, const char *const *allowed,
		       const char *prefix)
{
	const ini_section *s = ini_section_get(d, sec);

	for (size_t i = 0; s && i < s->n_keys; i++) {
		const char *k = s->keys[i].name;
		bool found = false;
		char list[256];
		size_t n = 0;
		for (const char *const *a = allowed; *a && !found; a++)
			found = !strcmp(*a, k);
		if (!found && prefix && !strncmp(k, prefix, strlen(prefix)))
			found = true;
		if (found)
			continue;
		list[0] = '\0';
		for (const char *const *a = allowed; *a && n < sizeof list; a++)
			n += (size_t)snprintf(list + n, sizeof list - n, "%s%s", n ? ", " : "", *a);
		if (prefix && n < sizeof list)
			snprintf(list + n, sizeof list - n, ", %sVALUE", prefix);
		return ini_fail_unknown_key(d, sec, &s->keys[i], "accepted keys: %s", list);
	}
	return true;
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

/* true when `value` is one of the "a|b|c" choices of the answers table */
static bool in_choices(const char *choices, const char *value)
{
	return text_choice(choices, value, false, NULL) != NULL;
}

static bool load_field(ini *d, ed_flow flow, const char *id, ui_field *f)
{
	static const char *const allowed[] = {
		"key", "type", "label", "required", "help", "choices", "refuse_no", "default",
		"group", NULL
	};
	char sec[128], tname[32];
	const char *key, *type, *label, *help, *choices, *refuse_no;
	ed_field_type t;

	f->id = dup_str(id);
	if ((size_t)snprintf(sec, sizeof sec, "field.%s", id) >= sizeof sec)
		return ini_fail(d, NULL, NULL, "a field id of %zu bytes; accepted: field ids of "
				"at most %zu bytes", strlen(id), sizeof sec - sizeof "field.");
	if (!ini_section_get(d, sec)) {
		ini_fail(d, sec, NULL, "missing: a screen lists field '%s'; accepted: a [field.%s] section "
			 "for each field a screen lists", id, id);
		return false;
	}
	if (!known_keys(d, sec, allowed, "choice.") ||
	    !need(d, sec, "key", &key) ||
	    !need(d, sec, "type", &type) ||
	    !need(d, sec, "label", &label) ||
	    !need(d, sec, "help", &help))
		return false;
	f->af = answers_field(flow, key, NULL);
	if (!f->af) {
		ini_fail(d, sec, "key",
			  "'%s' is not an answers key of the %s flow; accepted: "
			  "section.key of the answers file (README, \"The answers file\")",
			  key, flow_name(flow));
		return false;
	}
	if (!parse_type(type, &t)) {
		ini_fail(d, sec, "type", "unknown field type '%s'; accepted: text, date, "
			  "time, yesno, number, country, port or choice", type);
		return false;
	}
	if (t != f->af->type) {
		snprintf(tname, sizeof tname, "%s", type_names[f->af->type]);
		ini_fail(d, sec, "type", "'%s' does not fit %s, which is a %s; "
			  "accepted: %s", type, key, tname, tname);
		return false;
	}
	f->label = dup_text(label);
	f->help = dup_text(help);
	if (!ini_yesno(d, sec, "required", false, f->af->required, &f->required))
		return false;
	/* group = no: a group check does not ask it (the group's size
	 * is its travellers') */
	if (!ini_yesno(d, sec, "group", false, true, &f->in_group))
		return false;
	if (f->af->required && !f->required) {
		ini_fail(d, sec, "required", "%s is required by the answers "
			  "file; accepted: yes", key);
		return false;
	}
	refuse_no = get(d, sec, "refuse_no");
	if (refuse_no && t != FT_YESNO) {
		ini_fail(d, sec, "refuse_no", "only a yesno field can refuse 'no'; "
			 "accepted: refuse_no in a field of type yesno");
		return false;
	}
	f->refuse_no = refuse_no ? dup_text(refuse_no) : NULL;
	{
		/* the usual answer a yes/no field starts with (the agent may
		 * change it): only where the policy makes it the common one */
		const char *def = get(d, sec, "default");
		if (def && (t != FT_YESNO || (strcmp(def, "yes") && strcmp(def, "no")))) {
			return ini_fail(d, sec, "default", "'%s' is not accepted; accepted: "
					"yes or no, on a yesno field", def);
		}
		f->def = def ? dup_str(def) : NULL;
	}
	choices = get(d, sec, "choices");
	if (t == FT_CHOICE) {
		char words[16][64];
		size_t n;
		if (!choices || !*choices) {
			ini_fail(d, sec, "choices", "missing: a choice field "
				  "lists its values; accepted: values of %s", f->af->choices);
			return false;
		}
		n = split_words(choices, words, 16);
		f->choices = alloc_array(n, sizeof *f->choices);
		if (!f->choices)
			return false;
		for (size_t i = 0; i < n; i++) {
			char k[96];
			const char *lab;
			if (!in_choices(f->af->choices, words[i])) {
				ini_fail(d, sec, "choices", "'%s' is not a value "
					  "of %s; accepted: %s", words[i], key, f->af->choices);
				return false;
			}
			snprintf(k, sizeof k, "choice.%s", words[i]);
			if (!need(d, sec, k, &lab))
				return false;
			f->choices[i].value = dup_str(words[i]);
			f->choices[i].label = dup_text(lab);
			f->n_choices = i + 1;
		}
	} else if (choices) {
		ini_fail(d, sec, "choices", "only a choice field has choices; "
			 "accepted: choices in a field of type choice");
		return false;
	}
	return true;
}

static bool load_screen(ini *d, ed_flow flow, const char *id, ui_screen *s)
{
	static const char *const allowed[] = {
		"title", "instructions", "help", "fields", "preview", "header",
		"group_instructions", "group_help", NULL
	};
	char sec[128], words[32][64];
	const char *title, *instr, *help, *fields, *header;
	size_t n;

	if ((size_t)snprintf(sec, sizeof sec, "screen.%s", id) >= sizeof sec)
		return ini_fail(d, NULL, NULL, "a screen id of %zu bytes; accepted: screen ids of "
				"at most %zu bytes", strlen(id), sizeof sec - sizeof "screen.");
	s->id = dup_str(id);
	if (!ini_section_get(d, sec)) {
		ini_fail(d, sec, NULL, "missing: [flow] screens lists '%s'; "
			 "accepted: a [screen.%s] section for each listed screen", id, id);
		return false;
	}
	if (!known_keys(d, sec, allowed, NULL) ||
	    !need(d, sec, "title", &title) ||
	    !need(d, sec, "instructions", &instr) ||
	    !need(d, sec, "help", &help) ||
	    !ini_yesno(d, sec, "preview", false, false, &s->preview))
		return false;
	s->title = dup_text(title);
	s->instructions = dup_text(instr);
	s->help = dup_text(help);
	header = get(d, sec, "header");
	s->header = header ? dup_text(header) : NULL;
	{
		const char *gi = get(d, sec, "group_instructions"), *gh = get(d, sec, "group_help");
		s->group_instructions = gi ? dup_text(gi) : NULL;
		s->group_help = gh ? dup_text(gh) : NULL;
	}
	fields = get(d, sec, "fields");
	n = fields ? split_words(fields, words, 32) : 0;
	s->fields = alloc_array(n, sizeof *s->fields);
	if (!s->fields)
		return false;
	for (size_t i = 0; i < n; i++) {
		s->n_fields = i + 1;
		if (!load_field(d, flow, words[i], &s->fields[i]))
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
				error_set(err, fl->path, sec, "key", "%s is asked twice; accepted: "
					  "each answers key asked by one field",
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
			  "which the answers file requires; accepted: screens whose fields "
			  "ask every required key", answers_field_name(af, name, sizeof name));
		return false;
	}
	return true;
}

/* a [screen.X] or [field.X] section no list names is a typo too */
static bool check_reached(ini *d, const ui_flow *fl)
{
	for (size_t i = 0; i < d->n_secs; i++) {
		const char *sec = d->secs[i].name;
		bool found = false;
		for (size_t si = 0; si < fl->n_screens && !found; si++) {
			const ui_screen *s = &fl->screens[si];
			if (!strncmp(sec, "screen.", 7))
				found = !strcmp(sec + 7, s->id);
			for (size_t j = 0; j < s->n_fields && !found; j++)
				found = !strncmp(sec, "field.", 6) && !strcmp(sec + 6, s->fields[j].id);
		}
		if (!found && strcmp(sec, "flow"))
			return ini_fail(d, sec, NULL, "no screen or [flow] screens list names "
					"this section; accepted: sections the lists reach");
	}
	return true;
}

static bool load_flow(const char *dir, ed_flow flow, ui_flow *fl, ed_error *err)
{
	static const char *const allowed[] = { "title", "screens", "group_title", NULL };
	char path[1024], words[32][64];
	const char *title, *screens;
	ini file, *d = &file;
	bool ok = false;
	size_t n;

	snprintf(path, sizeof path, "%s/%s.ini", dir, flow_name(flow));
	fl->flow = flow;
	fl->path = dup_str(path);
	if (!fl->path || !ini_open(d, fl->path, &screens_kind, err))
		return false;
	if (!known_keys(d, "flow", allowed, NULL) ||
	    !need(d, "flow", "title", &title) ||
	    !need(d, "flow", "screens", &screens))
		goto out;
	/* a section the screen list never reaches is a typo too */
	for (size_t i = 0; i < d->n_secs; i++) {
		const char *sec = d->secs[i].name;
		if (strcmp(sec, "flow") && strncmp(sec, "screen.", 7) &&
		    strncmp(sec, "field.", 6)) {
			ini_fail_unknown_section(d, &d->secs[i], "accepted: [flow], "
						 "[screen.ID] and [field.ID]");
			goto out;
		}
	}
	fl->title = dup_text(title);
	{
		const char *gt = get(d, "flow", "group_title");
		fl->group_title = gt ? dup_text(gt) : NULL;
	}
	n = split_words(screens, words, 32);
	fl->screens = alloc_array(n, sizeof *fl->screens);
	if (!fl->screens)
		goto out;
	for (size_t i = 0; i < n; i++) {
		fl->n_screens = i + 1;
		if (!load_screen(d, flow, words[i], &fl->screens[i]))
			goto out;
	}
	if (!n) {
		ini_fail(d, "flow", "screens", "empty; accepted: the screen ids in order");
		goto out;
	}
	ok = check_coverage(fl, err) && check_reached(d, fl);
out:
	if (ok && out_of_memory)
		ok = ini_nomem(d);
	ini_close(d);
	return ok;
}

/* one text of a flow file: only the placeholders `known` */
static bool flow_text_ok(const ui_flow *fl, const char *section, const char *key,
			 const char *text, const char *const *known, ed_error *err)
{
	char bad[64];

	if (!text || text_placeholders_known(text, known, bad, sizeof bad))
		return true;
	error_set(err, fl->path, section, key, "unknown placeholder %s; accepted: %s", bad,
		  known[0] ? "{flow} {screen} {n} {total}" : "none in this text");
	return false;
}

static bool flow_ok(const ui_flow *fl, ed_error *err)
{
	static const char *const header[] = { "flow", "screen", "n", "total", NULL };
	static const char *const none[] = { NULL };
	char sec[160], fsec[160];

	if (!flow_text_ok(fl, "flow", "group_title", fl->group_title, none, err))
		return false;

	for (size_t i = 0; i < fl->n_screens; i++) {
		const ui_screen *s = &fl->screens[i];
		snprintf(sec, sizeof sec, "screen.%s", s->id);
		if (!flow_text_ok(fl, sec, "header", s->header, header, err) ||
		    !flow_text_ok(fl, sec, "title", s->title, none, err) ||
		    !flow_text_ok(fl, sec, "instructions", s->instructions, none, err) ||
		    !flow_text_ok(fl, sec, "help", s->help, none, err) ||
		    !flow_text_ok(fl, sec, "group_instructions", s->group_instructions, none,
				  err) ||
		    !flow_text_ok(fl, sec, "group_help", s->group_help, none, err))
			return false;
		for (size_t j = 0; j < s->n_fields; j++) {
			const ui_field *f = &s->fields[j];
			snprintf(fsec, sizeof fsec, "field.%s", f->id);
			if (!flow_text_ok(fl, fsec, "label", f->label, none, err) ||
			    !flow_text_ok(fl, fsec, "help", f->help, none, err) ||
			    !flow_text_ok(fl, fsec, "refuse_no", f->refuse_no, none, err))
				return false;
		}
	}
	return true;
}

/* the texts of the flow files: a screen's header may name {flow},
 * {screen}, {n} and {total}; no other text is filled, so names none */
static bool flows_texts_ok(const ui_screens *s, ed_error *err)
{
	return flow_ok(&s->transit, err) && flow_ok(&s->epass, err);
}

bool screens_load(const char *dir, ui_screens *out, ed_error *err)
{
	char path[1024];
	ini *d;

	memset(out, 0, sizeof *out);
	out_of_memory = false;
	snprintf(path, sizeof path, "%s/common.ini", dir);
	out->common_path = dup_str(path);
	d = calloc(1, sizeof *d);
	if (!d || !out->common_path) {
		free(d);
		error_set(err, path, NULL, NULL, "out of memory");
		return false;
	}
	if (!ini_open(d, out->common_path, &screens_kind, err)) {
		free(d);
		return false;
	}
	out->common = d;
	if (!ui_texts_check(d)) /* texts and placeholders: ui/texts.h */
		return false;
	if (!load_flow(dir, FLOW_TRANSIT, &out->transit, err) ||
	    !load_flow(dir, FLOW_EPASS, &out->epass, err) || !flows_texts_ok(out, err))
		return false;
	if (!screens_group_build(&out->transit, &out->group)) {
		error_set(err, out->transit.path, NULL, NULL, "out of memory");
		return false;
	}
	return true;
}

static void free_flow(ui_flow *fl)
{
	for (size_t i = 0; i < fl->n_screens; i++) {
		ui_screen *s = &fl->screens[i];
		if (fl->borrowed) { /* the texts and fields' own are transit's */
			free(s->fields);
			continue;
		}
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
		free(s->group_instructions);
		free(s->group_help);
	}
	free(fl->screens);
	if (!fl->borrowed) {
		free(fl->path);
		free(fl->title);
		free(fl->group_title);
	}
	memset(fl, 0, sizeof *fl);
}

void screens_free(ui_screens *s)
{
	if (!s)
		return;
	free_flow(&s->group);
	free_flow(&s->transit);
	free_flow(&s->epass);
	if (s->common) {
		ini_close(s->common);
		free(s->common);
	}
	free(s->common_path);
	memset(s, 0, sizeof *s);
}

const char *screens_text(const ui_screens *s, const char *key)
{
	const char *v = s->common ? ini_get_full(s->common, key) : NULL;
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
