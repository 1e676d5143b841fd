/* ICAO Doc 9303 machine-readable zones: layout of TD1, TD2 and TD3, the
 * check digits (weights 7 3 1, '<' = 0, A = 10 .. Z = 35), names, dates,
 * and the nationality codes as rules.ini reads them. */
#include "core/mrz.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

static void say(char *why, size_t size, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void say(char *why, size_t size, const char *fmt, ...)
{
	va_list ap;

	if (!why || !size)
		return;
	va_start(ap, fmt);
	vsnprintf(why, size, fmt, ap);
	va_end(ap);
}

static int char_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'A' && c <= 'Z')
		return c - 'A' + 10;
	return c == '<' ? 0 : -1;
}

int mrz_check_digit(const char *s, size_t n)
{
	static const int weight[3] = {7, 3, 1};
	int sum = 0;

	for (size_t i = 0; i < n; i++) {
		int v = char_value(s[i]);
		if (v < 0)
			return -1;
		sum += v * weight[i % 3];
	}
	return '0' + sum % 10;
}

/* A field of the zone: line and first character (0-based) and length. */
typedef struct field {
	int line, at, len;
	const char *what; /* "the birth date" */
} field;

typedef struct zone {
	char l[MRZ_MAX_LINES][MRZ_MAX_LINE + 1];
	ed_mrz_format format;
	char *why;
	size_t why_size;
} zone;

static const char *F(const zone *z, field f)
{
	return z->l[f.line] + f.at;
}

static bool all_fillers(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != '<')
			return false;
	return true;
}

/* "line 2, characters 14-19" (1-based, as printed in Doc 9303) */
static void where(field f, char *buf, size_t size)
{
	if (f.len == 1)
		snprintf(buf, size, "line %d, character %d", f.line + 1, f.at + 1);
	else
		snprintf(buf, size, "line %d, characters %d-%d", f.line + 1, f.at + 1,
			 f.at + f.len);
}

/* the check digit at `cd` over `data`; `filler_ok`: an unused field may
 * have '<' for its check digit */
static bool check(zone *z, field data, field cd, bool filler_ok)
{
	char c = *F(z, cd), pos[48];
	int want = mrz_check_digit(F(z, data), (size_t)data.len);

	if (filler_ok && c == '<' && all_fillers(F(z, data), (size_t)data.len))
		return true;
	if (c == want)
		return true;
	where(cd, pos, sizeof pos);
	say(z->why, z->why_size, "the check digit of %s (%s) does not match: "
	    "scan the page again, or type the data from it", data.what, pos);
	return false;
}

/* an issuing state or nationality: 1 to 3 letters, then fillers */
static bool code(zone *z, field f, char out[4])
{
	const char *s = F(z, f);
	int n = 0;
	char pos[48];

	while (n < 3 && s[n] >= 'A' && s[n] <= 'Z')
		n++;
	if (n == 0 || !all_fillers(s + n, (size_t)(3 - n))) {
		where(f, pos, sizeof pos);
		say(z->why, z->why_size, "%s (%s) is not a code of letters; accepted: "
		    "an ICAO code such as USA or D<<", f.what, pos);
		return false;
	}
	memcpy(out, s, (size_t)n);
	out[n] = '\0';
	return true;
}

/* YYMMDD: `unknown_ok` lets a birth date have '<' where ICAO allows a
 * part to be unknown (*known becomes false) */
static bool yymmdd(zone *z, field f, int *yy, int *mm, int *dd, bool *known)
{
	const char *s = F(z, f);
	char pos[48];
	bool digits = true, fillers = false;

	for (int i = 0; i < 6; i++) {
		digits &= isdigit((unsigned char)s[i]) != 0;
		fillers |= s[i] == '<';
	}
	where(f, pos, sizeof pos);
	if (!digits && known && fillers) {
		for (int i = 0; i < 6; i++)
			if (s[i] != '<' && !isdigit((unsigned char)s[i]))
				goto bad;
		*known = false;
		return true;
	}
	if (!digits)
		goto bad;
	*yy = (s[0] - '0') * 10 + (s[1] - '0');
	*mm = (s[2] - '0') * 10 + (s[3] - '0');
	*dd = (s[4] - '0') * 10 + (s[5] - '0');
	if (known)
		*known = true;
	if (*mm >= 1 && *mm <= 12 && *dd >= 1 && *dd <= 31)
		return true;
bad:
	say(z->why, z->why_size, "%s (%s) is not a date; accepted: YYMMDD", f.what, pos);
	return false;
}

/* expiry: always 20YY (Doc 9303 leaves the century out) */
static bool expiry(zone *z, field f, ed_date *out)
{
	int yy, mm, dd;
	char pos[48];

	if (!yymmdd(z, f, &yy, &mm, &dd, NULL))
		return false;
	*out = (ed_date){2000 + yy, mm, dd};
	if (date_valid(*out))
		return true;
	where(f, pos, sizeof pos);
	say(z->why, z->why_size, "%s (%s) is not a calendar date", f.what, pos);
	return false;
}

/* birth: the century that puts the day on or before `today` */
static bool birth(zone *z, field f, ed_date today, ed_date *out, bool *known)
{
	int yy = 0, mm = 0, dd = 0;
	char pos[48];

	if (!yymmdd(z, f, &yy, &mm, &dd, known))
		return false;
	if (!*known)
		return true;
	*out = (ed_date){2000 + yy, mm, dd};
	if (date_valid(*out) && date_cmp(*out, today) > 0)
		out->y -= 100;
	if (date_valid(*out))
		return true;
	where(f, pos, sizeof pos);
	say(z->why, z->why_size, "%s (%s) is not a calendar date", f.what, pos);
	return false;
}

/* copies the name part [s, s+n) with fillers as single spaces */
static void name_part(const char *s, size_t n, char *out, size_t size)
{
	size_t k = 0;

	for (size_t i = 0; i < n && k + 1 < size; i++) {
		if (s[i] != '<')
			out[k++] = s[i];
		else if (k > 0 && out[k - 1] != ' ')
			out[k++] = ' ';
	}
	while (k > 0 && out[k - 1] == ' ')
		k--;
	out[k] = '\0';
}

static bool name(zone *z, field f, ed_mrz *m)
{
	const char *s = F(z, f);
	size_t n = (size_t)f.len, end = n;
	const char *sep = NULL;
	char pos[48];

	where(f, pos, sizeof pos);
	for (size_t i = 0; i < n; i++) {
		if (s[i] != '<' && !(s[i] >= 'A' && s[i] <= 'Z')) {
			say(z->why, z->why_size, "the name (%s) holds a digit; accepted: "
			    "letters and <", pos);
			return false;
		}
	}
	while (end > 0 && s[end - 1] == '<')
		end--;
	if (end == 0) {
		say(z->why, z->why_size, "the name (%s) is empty", pos);
		return false;
	}
	/* a full field may end inside a name: Doc 9303 cuts long names */
	m->name_full = end == n;
	for (size_t i = 0; i + 1 < end && !sep; i++)
		if (s[i] == '<' && s[i + 1] == '<')
			sep = s + i;
	if (sep) {
		name_part(s, (size_t)(sep - s), m->surname, sizeof m->surname);
		name_part(sep + 2, end - (size_t)(sep + 2 - s), m->given, sizeof m->given);
	} else {
		name_part(s, end, m->surname, sizeof m->surname);
		m->given[0] = '\0';
	}
	return true;
}

/* the document number, with the extension Doc 9303 puts at the start of
 * the optional data when it has more than 9 characters: its check digit
 * is then the extension's last character, and the usual one is '<' */
static bool number(zone *z, field num, field cd, field opt, ed_mrz *m)
{
	const char *s = F(z, num);
	char full[40], pos[48];
	size_t n = 0;

	if (*F(z, cd) == '<' && z->format != MRZ_TD3) {
		const char *o = F(z, opt);
		size_t ext = 0;
		int want;
		while (ext < (size_t)opt.len && o[ext] != '<')
			ext++;
		where(opt, pos, sizeof pos);
		if (ext < 2) {
			say(z->why, z->why_size, "the document number continues in the "
			    "optional data (%s), which holds no continuation and check "
			    "digit", pos);
			return false;
		}
		memcpy(full, s, 9);
		memcpy(full + 9, o, ext - 1);
		n = 9 + ext - 1;
		want = mrz_check_digit(full, n);
		if (o[ext - 1] != want) {
			say(z->why, z->why_size, "the check digit of the document number "
			    "(%s, after its continuation) does not match: scan the page "
			    "again, or type the data from it", pos);
			return false;
		}
	} else {
		if (!check(z, num, cd, false))
			return false;
		memcpy(full, s, 9);
		n = 9;
	}
	while (n > 0 && full[n - 1] == '<')
		n--;
	/* fillers inside a number stand for nothing: they are left out */
	size_t k = 0;
	for (size_t i = 0; i < n && k + 1 < sizeof m->number; i++)
		if (full[i] != '<')
			m->number[k++] = full[i];
	m->number[k] = '\0';
	if (k == 0) {
		where(num, pos, sizeof pos);
		say(z->why, z->why_size, "the document number (%s) is empty", pos);
		return false;
	}
	return true;
}

/* the composite check digit over the listed fields, in order */
static bool composite(zone *z, const field *parts, size_t n, field cd)
{
	char buf[MRZ_MAX_LINE * 2], pos[48];
	size_t k = 0;

	for (size_t i = 0; i < n; i++) {
		memcpy(buf + k, F(z, parts[i]), (size_t)parts[i].len);
		k += (size_t)parts[i].len;
	}
	if (*F(z, cd) == mrz_check_digit(buf, k))
		return true;
	where(cd, pos, sizeof pos);
	say(z->why, z->why_size, "the composite check digit (%s) does not match: "
	    "scan the page again, or type the data from it", pos);
	return false;
}

static bool sex(zone *z, field f, char *out)
{
	char c = *F(z, f), pos[48];

	if (c == 'M' || c == 'F' || c == 'X' || c == '<') {
		*out = c == '<' ? 'X' : c;
		return true;
	}
	where(f, pos, sizeof pos);
	say(z->why, z->why_size, "the sex (%s) is not M, F, X or <", pos);
	return false;
}

/* copies, trims trailing white space and line ends, upper-cases */
static bool take_lines(zone *z, const char *const *lines, size_t n)
{
	size_t len[MRZ_MAX_LINES] = {0};

	if (n < 2 || n > MRZ_MAX_LINES)
		goto shape;
	for (size_t i = 0; i < n; i++) {
		const char *s = lines[i] ? lines[i] : "";
		size_t k = strlen(s);
		while (k > 0 && (s[k - 1] == ' ' || s[k - 1] == '\t' || s[k - 1] == '\r' ||
				 s[k - 1] == '\n'))
			k--;
		len[i] = k;
		if (k > MRZ_MAX_LINE)
			goto shape;
		for (size_t j = 0; j < k; j++)
			z->l[i][j] = (char)toupper((unsigned char)s[j]);
		z->l[i][k] = '\0';
	}
	if (n == 2 && len[0] == 44 && len[1] == 44)
		z->format = MRZ_TD3;
	else if (n == 2 && len[0] == 36 && len[1] == 36)
		z->format = MRZ_TD2;
	else if (n == 3 && len[0] == 30 && len[1] == 30 && len[2] == 30)
		z->format = MRZ_TD1;
	else
		goto shape;
	for (size_t i = 0; i < n; i++) {
		for (size_t j = 0; j < len[i]; j++) {
			if (char_value(z->l[i][j]) < 0) {
				say(z->why, z->why_size, "line %zu, character %zu: not an MRZ "
				    "character; accepted: A to Z, 0 to 9 and <", i + 1, j + 1);
				return false;
			}
		}
	}
	return true;
shape:
	{
		char got[64] = "";
		size_t k = 0;
		for (size_t i = 0; i < n && i < MRZ_MAX_LINES && k < sizeof got; i++) {
			size_t l = lines[i] ? strlen(lines[i]) : 0;
			while (l > 0 && strchr(" \t\r\n", lines[i][l - 1]))
				l--;
			k += (size_t)snprintf(got + k, sizeof got - k, "%s%zu", i ? ", " : "", l);
		}
		say(z->why, z->why_size, "not a machine-readable zone: got %zu line%s%s%s%s; "
		    "accepted: 2 lines of 44 characters (passport), 2 of 36 or 3 of 30 "
		    "(cards)", n, n == 1 ? "" : "s", n && n <= MRZ_MAX_LINES ? " of " : "",
		    n && n <= MRZ_MAX_LINES ? got : "", n && n <= MRZ_MAX_LINES ? " characters" : "");
		return false;
	}
}

static bool doc_code(zone *z, ed_mrz *m)
{
	char c = z->l[0][0], c2 = z->l[0][1];
	bool ok = z->format == MRZ_TD3 ? c == 'P' : (c == 'A' || c == 'C' || c == 'I');

	if (c == 'V') {
		say(z->why, z->why_size, "line 1, character 1: a visa's zone (V), not "
		    "a travel document's; scan the passport's data page");
		return false;
	}
	if (!ok || (c2 != '<' && !(c2 >= 'A' && c2 <= 'Z'))) {
		say(z->why, z->why_size, "line 1, characters 1-2: not a document code "
		    "of this size; accepted: P for 2 lines of 44, A, C or I for cards");
		return false;
	}
	m->doc_type[0] = c;
	m->doc_type[1] = c2 == '<' ? '\0' : c2;
	m->doc_type[2] = '\0';
	return true;
}

bool mrz_parse(const char *const *lines, size_t n, ed_date today, ed_mrz *out,
	       char *why, size_t why_size)
{
	zone z;

	memset(&z, 0, sizeof z);
	memset(out, 0, sizeof *out);
	z.why = why;
	z.why_size = why_size;
	if (why && why_size)
		why[0] = '\0';
	if (!take_lines(&z, lines, lines ? n : 0) || !doc_code(&z, out))
		return false;
	out->format = z.format;
	if (z.format == MRZ_TD3 || z.format == MRZ_TD2) {
		int w = z.format == MRZ_TD3 ? 44 : 36;
		field issuer = {0, 2, 3, "the issuing state"};
		field nm = {0, 5, w - 5, "the name"};
		field num = {1, 0, 9, "the document number"}, num_cd = {1, 9, 1, NULL};
		field nat = {1, 10, 3, "the nationality"};
		field dob = {1, 13, 6, "the birth date"}, dob_cd = {1, 19, 1, NULL};
		field sx = {1, 20, 1, NULL};
		field exp = {1, 21, 6, "the expiry date"}, exp_cd = {1, 27, 1, NULL};
		field opt = {1, 28, z.format == MRZ_TD3 ? 14 : 7,
			     z.format == MRZ_TD3 ? "the personal number" : "the optional data"};
		field opt_cd = {1, 42, 1, NULL}, comp_cd = {1, w - 1, 1, NULL};
		field parts[4] = {{1, 0, 10, NULL}, {1, 13, 7, NULL},
				  {1, 21, z.format == MRZ_TD3 ? 22 : 14, NULL}};
		return number(&z, num, num_cd, opt, out) &&
		       check(&z, dob, dob_cd, false) && check(&z, exp, exp_cd, false) &&
		       (z.format != MRZ_TD3 || check(&z, opt, opt_cd, true)) &&
		       composite(&z, parts, 3, comp_cd) &&
		       code(&z, issuer, out->issuer) && code(&z, nat, out->nationality) &&
		       birth(&z, dob, today, &out->birth, &out->birth_known) &&
		       sex(&z, sx, &out->sex) && expiry(&z, exp, &out->expiry) &&
		       name(&z, nm, out);
	} else {
		field issuer = {0, 2, 3, "the issuing state"};
		field num = {0, 5, 9, "the document number"}, num_cd = {0, 14, 1, NULL};
		field opt = {0, 15, 15, "the optional data"};
		field dob = {1, 0, 6, "the birth date"}, dob_cd = {1, 6, 1, NULL};
		field sx = {1, 7, 1, NULL};
		field exp = {1, 8, 6, "the expiry date"}, exp_cd = {1, 14, 1, NULL};
		field nat = {1, 15, 3, "the nationality"};
		field comp_cd = {1, 29, 1, NULL};
		field nm = {2, 0, 30, "the name"};
		field parts[4] = {{0, 5, 25, NULL}, {1, 0, 7, NULL}, {1, 8, 7, NULL},
				  {1, 18, 11, NULL}};
		return number(&z, num, num_cd, opt, out) &&
		       check(&z, dob, dob_cd, false) && check(&z, exp, exp_cd, false) &&
		       composite(&z, parts, 4, comp_cd) &&
		       code(&z, issuer, out->issuer) && code(&z, nat, out->nationality) &&
		       birth(&z, dob, today, &out->birth, &out->birth_known) &&
		       sex(&z, sx, &out->sex) && expiry(&z, exp, &out->expiry) &&
		       name(&z, nm, out);
	}
}

size_t mrz_lines_expected(const char *line)
{
	size_t n = line ? strlen(line) : 0;
	bool filler = false;

	while (n > 0 && strchr(" \t\r\n", line[n - 1]))
		n--;
	if (n != 44 && n != 36 && n != 30)
		return 0;
	if (!strchr("PACIV", toupper((unsigned char)line[0])))
		return 0;
	for (size_t i = 0; i < n; i++) {
		if (char_value((char)toupper((unsigned char)line[i])) < 0)
			return 0;
		filler |= line[i] == '<';
	}
	return !filler ? 0 : n == 30 ? 3 : 2;
}

void mrz_name(const ed_mrz *m, char *buf, size_t size)
{
	if (m->surname[0] && m->given[0])
		snprintf(buf, size, "%s, %s", m->surname, m->given);
	else
		snprintf(buf, size, "%s", m->surname[0] ? m->surname : m->given);
}

/* ---- nationality codes ---- */

/* true when `code` is one of the space-separated words of `list` */
static bool in_list(const char *list, const char *code)
{
	size_t n = strlen(code);

	while (list && *list) {
		size_t w;
		while (*list == ' ' || *list == ',')
			list++;
		w = strcspn(list, " ,");
		if (w == n && !strncasecmp(list, code, n))
			return true;
		list += w;
	}
	return false;
}

bool mrz_nationality(const ed_rules *r, const char *code, ed_mrz_nationality *out)
{
	static const char prefix[] = "mrz.note.";
	char key[64];
	const char *iso;

	memset(out, 0, sizeof *out);
	if (!code || !*code || strlen(code) > 3)
		return false;
	for (size_t i = 0; i < r->n_texts; i++) {
		const char *k = r->texts[i].key, *colon;
		if (strncasecmp(k, prefix, sizeof prefix - 1))
			continue;
		colon = strchr(k, ':');
		if (!colon || strcasecmp(colon + 1, "codes") || !in_list(r->texts[i].value, code))
			continue;
		snprintf(key, sizeof key, "%.*s:text", (int)(colon - k), k);
		out->note = rules_text(r, key);
		snprintf(key, sizeof key, "%.*s:label", (int)(colon - k), k);
		out->label = rules_text(r, key);
		snprintf(key, sizeof key, "%.*s:outcome", (int)(colon - k), k);
		out->outcome = rules_text(r, key);
		snprintf(key, sizeof key, "%.*s:source", (int)(colon - k), k);
		out->source = rules_text(r, key);
		snprintf(key, sizeof key, "%.*s:nationality", (int)(colon - k), k);
		iso = rules_text(r, key);
		if (iso && rules_country(r, iso))
			snprintf(out->iso, sizeof out->iso, "%s", rules_country(r, iso)->code);
		return true;
	}
	snprintf(key, sizeof key, "mrz.codes:%s", code);
	iso = rules_text(r, key);
	if (!iso)
		iso = code;
	if (!rules_country(r, iso))
		return false;
	snprintf(out->iso, sizeof out->iso, "%s", rules_country(r, iso)->code);
	return true;
}
