/* Each view's key handling and the action table, without a terminal:
 * what a key does to the state, which actions a view takes, and what it
 * asks the loop for. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "load/answers_io.h"
#include "ui/actions.h"
#include "ui/group.h"
#include "ui/scan.h"
#include "ui/views.h"

/* passports' zones, check digits computed (tests/e2e/mrz.sh td3_lines) */
#define GBR_1 "P<GBRSMITH<<JOHN<<<<<<<<<<<<<<<<<<<<<<<<<<<<"
#define GBR_2 "1234567897GBR8001014M3001019<<<<<<<<<<<<<<08"
#define CHN_1 "P<CHNWANG<<LI<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<"
#define CHN_2 "E123456782CHN9002029F3103038<<<<<<<<<<<<<<00"

static wiz w;

static void setup(void)
{
	ed_error err = {0};
	static char state[64];

	memset(&w, 0, sizeof w);
	snprintf(state, sizeof state, "/tmp/ed-views-XXXXXX");
	cr_assert(mkdtemp(state));
	setenv("XDG_STATE_HOME", state, 1);
	load_rules_or_die(RULES_PATH, &w.rules);
	cr_assert(screens_load("screens", &w.scr, &err), "%s", err.msg);
	session_init(&w.s, (ed_date){ 2023, 1, 1 }, 0);
	w.own = start_view.create(); /* as the loop makes it */
	cr_assert(w.own);
	start_view.enter(&w, &(ui_req){ .kind = REQ_START });
}

static void teardown(void)
{
	char cmd[160];
	snprintf(cmd, sizeof cmd, "rm -rf %s", getenv("XDG_STATE_HOME"));
	cr_assert_eq(system(cmd), 0);
	while (w.n_popups)
		wiz_popup_close(&w);
	start_view.destroy(w.own);
	group_free(&w);
	session_free(&w.s);
	free(w.slip);
	screens_free(&w.scr);
	rules_free(&w.rules);
}

/* what the loop does for a request, enough for these tests */
static void begin_transit(void)
{
	session_begin(&w.s, FLOW_TRANSIT);
	w.fl = screens_flow(&w.scr, FLOW_TRANSIT);
	w.view = VIEW_FORM;
	form_view.enter(&w, &(ui_req){ .kind = REQ_BEGIN_TRANSIT });
}

static void press(const ui_view_ops *v, ui_action act, wint_t ch)
{
	wiz_request(&w, REQ_NONE);
	w.msg[0] = '\0';
	cr_assert(v->handles(&w, act), "the view does not take action %d", act);
	v->key(&w, act, ch);
}

static void type(const char *s)
{
	for (; *s; s++)
		press(&form_view, ACT_CHAR, (wint_t)(unsigned char)*s);
}

TestSuite(views, .init = setup, .fini = teardown);

Test(views, start_number_keys_ask_for_a_check)
{
	press(&start_view, ACT_CHAR, L'1');
	cr_assert_eq(w.request.kind, REQ_BEGIN_TRANSIT);
	press(&start_view, ACT_CHAR, L'2');
	cr_assert_eq(w.request.kind, REQ_BEGIN_EPASS);
	press(&start_view, ACT_CHAR, L'3');
	cr_assert_eq(wiz_popup_kind(&w), MODAL_PROMPT, "3 opens the file prompt");
	wiz_popup_close(&w);
	press(&start_view, ACT_CHAR, L'1'); /* the highlight on the first choice */
	press(&start_view, ACT_NEXT_FIELD, 0);
	press(&start_view, ACT_ENTER, 0);
	cr_assert_eq(w.request.kind, REQ_BEGIN_EPASS);
	press(&start_view, ACT_CHAR, L'!');
	cr_assert(strstr(w.msg, "does nothing here"), "a stray key is answered: %s", w.msg);
	/* a letter is a nationality's first: the foreign passport's check,
	 * begun with it */
	w.msg[0] = '\0';
	press(&start_view, ACT_CHAR, L'g');
	cr_assert_eq(w.request.kind, REQ_BEGIN_TRANSIT);
	cr_assert_eq(w.request.u.first_key, L'g');
	cr_assert_eq(w.msg[0], '\0', "no hint: %s", w.msg);
}

/* both fifth choices kept (issues 18 and 19): 5 the quick answer's
 * nationality prompt, 6 the find screen; 7 is the first draft, if any */
Test(views, start_five_is_the_quick_answer_and_six_finds)
{
	press(&start_view, ACT_CHAR, L'5');
	cr_assert_eq(wiz_popup_kind(&w), MODAL_PROMPT, "5 asks the nationality");
	cr_assert_eq(wiz_popup(&w)->purpose, PROMPT_WAYS);
	wiz_popup_close(&w);
	press(&start_view, ACT_CHAR, L'6');
	cr_assert_eq(w.request.kind, REQ_FIND);
	press(&start_view, ACT_CHAR, L'7');
	cr_assert_neq(w.request.kind, REQ_RESUME, "no draft: 7 resumes nothing");
	cr_assert(strstr(w.msg, "does nothing here"), "%s", w.msg);
}

Test(views, start_takes_no_form_actions)
{
	cr_assert_not(start_view.handles(&w, ACT_VERDICT));
	cr_assert_not(start_view.handles(&w, ACT_PRINT));
	cr_assert_not(start_view.handles(&w, ACT_NEXT_SCREEN));
	cr_assert(start_view.handles(&w, ACT_HELP));
}

Test(views, form_typing_goes_to_the_answers_and_marks_unsaved)
{
	begin_transit();
	cr_assert_not(session_must_ask(&w.s));
	type("DEU");
	cr_assert_str_eq(raw_get(&w.s.raw, AK_NATIONALITY), "DEU");
	cr_assert(session_must_ask(&w.s));
	/* an exact code goes on by itself; the Tab typed by habit after it
	 * skips nothing */
	cr_assert_eq(w.field, 1);
	press(&form_view, ACT_NEXT_FIELD, L'\t');
	cr_assert_eq(w.field, 1, "the habit Tab skipped the passport expiry");
	press(&form_view, ACT_NEXT_FIELD, L'\t');
	cr_assert_eq(w.field, 2, "a second Tab is meant");
	press(&form_view, ACT_PREV_FIELD, 0);
	press(&form_view, ACT_PREV_FIELD, 0);
	cr_assert_eq(w.field, 0);
	press(&form_view, ACT_CLEAR, 0);
	cr_assert_null(raw_get(&w.s.raw, AK_NATIONALITY));
}

Test(views, form_refuses_next_screen_while_required_missing)
{
	begin_transit();
	press(&form_view, ACT_NEXT_SCREEN, 0);
	cr_assert_eq(w.screen, 0);
	cr_assert(strstr(w.msg, "is required"), "%s", w.msg);
	cr_assert_eq(w.request.kind, REQ_NONE);
}

Test(views, form_bad_value_keeps_focus_and_says_the_accepted_form)
{
	begin_transit();
	press(&form_view, ACT_NEXT_FIELD, 0); /* passport expiry */
	type("2023-02-30"); /* complete, so refused as typed */
	cr_assert_eq(w.field, 1, "a complete but bad date moved on");
	press(&form_view, ACT_NEXT_FIELD, 0);
	cr_assert_eq(w.field, 1, "the focus stays on the bad date");
	cr_assert(strstr(w.msg, "accepted"), "%s", w.msg);
}

Test(views, form_verdict_key_says_why_not_yet)
{
	begin_transit();
	press(&form_view, ACT_VERDICT, 0);
	cr_assert_eq(w.request.kind, REQ_NONE);
	cr_assert(strstr(w.msg, "No verdict yet"), "%s", w.msg);
	cr_assert_not(form_view.handles(&w, ACT_PRINT), "F9 on a form gets a hint");
}

Test(views, form_first_screen_back_says_so)
{
	begin_transit();
	press(&form_view, ACT_PREV_SCREEN, 0);
	cr_assert(strstr(w.msg, "first screen"), "%s", w.msg);
	/* Esc there goes back to the start screen (nothing typed: at once) */
	press(&form_view, ACT_CANCEL, 0);
	cr_assert_eq(w.request.kind, REQ_START);
}

Test(views, resumed_form_opens_on_the_field_being_edited)
{
	session_begin(&w.s, FLOW_TRANSIT);
	w.fl = screens_flow(&w.scr, FLOW_TRANSIT);
	ui_req r = { .kind = REQ_FORM };
	snprintf(r.u.focus, sizeof r.u.focus, "trip:entry_date");
	form_view.enter(&w, &r);
	cr_assert_eq(w.screen, 1);
	cr_assert_str_eq(wiz_focus(&w)->af->key, "entry_date");
}

Test(views, verdict_keys_scroll_print_and_go_back)
{
	ed_raw_answers raw = {{0}};
	ed_error err = {0};

	cr_assert(answers_load("tests/golden/transit_144h_eligible.ini", &raw, &err), "%s",
		  err.msg);
	cr_assert(session_adopt(&w.s, &raw, NULL, -1));
	w.fl = screens_flow(&w.scr, FLOW_TRANSIT);
	verdict_view.enter(&w, &(ui_req){ .kind = REQ_VERDICT });
	cr_assert(w.verdict_full, "%s", w.msg);
	cr_assert(verdict_view.handles(&w, ACT_PRINT));
	press(&verdict_view, ACT_NEXT_FIELD, 0);
	cr_assert_eq(w.scroll, 1);
	press(&verdict_view, ACT_PRINT, 0);
	cr_assert_eq(w.request.kind, REQ_PRINT);
	w.printing = true;
	cr_assert_str_eq(verdict_view.label(&w, ACT_PRINT), "keys:cancel_print",
			 "while printing, F9 on the bar says it cancels (the loop does)");
	press(&verdict_view, ACT_CANCEL, 0);
	cr_assert_eq(w.request.kind, REQ_FORM);
	cr_assert_not(verdict_view.handles(&w, ACT_VERDICT));
}

Test(views, early_verdict_does_not_print)
{
	session_begin(&w.s, FLOW_TRANSIT);
	w.fl = screens_flow(&w.scr, FLOW_TRANSIT);
	session_set(&w.s, AK_VISA_REFUSAL, "yes");
	verdict_view.enter(&w, &(ui_req){ .kind = REQ_VERDICT_EARLY });
	cr_assert_not(w.verdict_full);
	press(&verdict_view, ACT_PRINT, 0);
	cr_assert_eq(w.request.kind, REQ_NONE, "an early verdict does not print");
	cr_assert(strstr(w.msg, "not complete"), "F9 says why: %s", w.msg);
	cr_assert_str_eq(verdict_view.label(&w, ACT_PRINT), "", "F9 blank on the bar");
}

Test(views, quit_question_yes_asks_to_leave_no_closes)
{
	begin_transit();
	wiz_ask(&w, ASK_QUIT);
	modal_view.key(&w, ACT_CHAR, L'n');
	cr_assert_eq(wiz_popup_kind(&w), MODAL_NONE);
	cr_assert_eq(w.request.kind, REQ_NONE);
	wiz_ask(&w, ASK_QUIT);
	modal_view.key(&w, ACT_CHAR, L'y');
	cr_assert_eq(w.request.kind, REQ_QUIT);
}

/* types a line into the pop-up on top, then Enter */
static void popup_line(const char *s)
{
	const ui_view_ops *v = wiz_popup_kind(&w) == MODAL_SCAN ? &scan_view : &modal_view;

	for (; *s; s++)
		v->key(&w, ACT_CHAR, (wint_t)(unsigned char)*s);
	wiz_request(&w, REQ_NONE);
	v->key(&w, ACT_ENTER, 0);
}

Test(views, a_question_over_a_prompt_gives_the_prompt_back_then_forgets_it)
{
	char text[64];

	wiz_prompt(&w, PROMPT_SAVE, "mine.ini");
	wiz_ask(&w, ASK_QUIT);
	cr_assert_eq(wiz_popup_kind(&w), MODAL_CONFIRM, "the question is on top");
	modal_view.key(&w, ACT_CANCEL, 0);
	cr_assert_eq(wiz_popup_kind(&w), MODAL_PROMPT, "the prompt is back");
	editor_get(&wiz_popup(&w)->line, text, sizeof text);
	cr_assert_str_eq(text, "mine.ini", "with what was typed in it");
	modal_view.key(&w, ACT_CANCEL, 0);
	cr_assert_eq(wiz_popup_kind(&w), MODAL_NONE);
	cr_assert_eq(w.popups[0].line.len, 0, "a closed prompt's text is wiped");
}

Test(views, a_manifest_named_is_asked_of_the_loop_with_its_path)
{
	wiz_prompt(&w, PROMPT_MANIFEST, "");
	popup_line("group.csv");
	cr_assert_eq(wiz_popup_kind(&w), MODAL_NONE);
	cr_assert_eq(w.request.kind, REQ_ADD_MANIFEST);
	cr_assert_str_eq(w.request.u.path, "group.csv");
}

Test(views, a_zone_scanned_on_the_group_list_goes_to_the_list)
{
	begin_transit();
	cr_assert(group_begin(&w));
	w.view = VIEW_GROUP;
	press(&group_view, ACT_SCAN, 0);
	cr_assert_eq(w.request.kind, REQ_SCAN, "F3 asks the loop for the scan box");
	cr_assert_eq(wiz_popup_kind(&w), MODAL_NONE);
	scan_open(&w, true, NULL); /* what the loop does on the group list */
	popup_line(GBR_1);
	cr_assert_eq(w.request.kind, REQ_NONE, "one line of two: the box waits");
	popup_line(GBR_2);
	cr_assert_eq(wiz_popup_kind(&w), MODAL_NONE);
	cr_assert_eq(w.request.kind, REQ_ADD_TRAVELLER, "%s", w.msg);
	cr_assert_str_eq(w.request.u.read.mrz.nationality, "GBR");
	cr_assert_str_eq(w.request.u.read.nat.iso, "GBR");
	cr_assert_eq(w.popups[0].scan.lines[0][0], '\0', "the zone's lines are wiped");
	cr_assert_null(raw_get(&w.s.raw, AK_NAME), "the form's answers are not touched");
}

Test(views, a_zone_line_typed_into_a_field_goes_to_the_scan_box)
{
	begin_transit();
	/* nationality, passport expiry, passport type, then the name */
	for (int i = 0; i < 3; i++)
		press(&form_view, ACT_NEXT_FIELD, 0);
	cr_assert_eq(wiz_focus(&w)->af->id, AK_NAME);
	type("AB");
	type(GBR_1);
	press(&form_view, ACT_ENTER, 0);
	cr_assert_eq(w.request.kind, REQ_SCAN);
	cr_assert_str_eq(w.request.u.line, GBR_1);
	cr_assert_str_eq(raw_get(&w.s.raw, AK_NAME), "AB", "the field keeps what it held");
	scan_open(&w, false, w.request.u.line); /* what the loop does */
	popup_line(GBR_2);
	cr_assert_eq(w.request.kind, REQ_FORM, "%s", w.msg);
	cr_assert_str_eq(raw_get(&w.s.raw, AK_NAME), "SMITH, JOHN");
}

Test(views, yes_to_the_e_pass_offer_carries_the_name_and_gender_only)
{
	bool name = false;

	begin_transit();
	scan_open(&w, false, NULL);
	popup_line(CHN_1);
	popup_line(CHN_2);
	cr_assert_eq(wiz_popup_kind(&w), MODAL_NOTE, "a Chinese passport: the note first");
	scan_view.key(&w, ACT_CHAR, L'y');
	cr_assert_eq(wiz_popup_kind(&w), MODAL_NONE);
	cr_assert_eq(w.request.kind, REQ_BEGIN_EPASS);
	cr_assert_eq(w.request.u.carry.n, 2);
	for (size_t i = 0; i < w.request.u.carry.n; i++) {
		ed_answer_key k = w.request.u.carry.v[i].key;
		cr_assert(k == AK_NAME || k == AK_GENDER, "key %d carried", k);
		name |= k == AK_NAME && !strcmp(w.request.u.carry.v[i].value, "WANG, LI");
	}
	cr_assert(name);
	cr_assert_eq(w.popups[0].scan.n_carry, 0, "the note's copy is wiped");
}

Test(actions, keys_bind_to_their_rows)
{
	cr_assert_eq(action_of_key(true, KEY_F(1)), ACT_HELP);
	cr_assert_eq(action_of_key(true, KEY_F(10)), ACT_QUIT);
	cr_assert_eq(action_of_key(false, '\t'), ACT_NEXT_FIELD);
	cr_assert_eq(action_of_key(true, KEY_BTAB), ACT_PREV_FIELD);
	cr_assert_eq(action_of_key(false, 1), ACT_HOME, "Ctrl-A");
	cr_assert_eq(action_of_key(false, 4), ACT_DELETE, "Ctrl-D");
	cr_assert_eq(action_of_key(false, 3), ACT_INTERRUPT, "Ctrl-C");
	cr_assert_eq(action_of_key(false, '\r'), ACT_ENTER);
	cr_assert_eq(action_of_key(false, 'b'), ACT_CHAR);
	cr_assert_eq(action_of_key(true, KEY_F(3)), ACT_SCAN);
	cr_assert_eq(action_of_key(true, KEY_F(4)), ACT_MANIFEST);
	cr_assert_eq(action_of_key(true, KEY_F(6)), ACT_NONE);
}

Test(actions, every_slot_has_one_action_and_every_listed_action_a_key)
{
	for (int slot = 1; slot <= UI_BAR_SLOTS; slot++)
		cr_assert_neq(action_in_slot(slot), ACT_NONE, "slot %d is empty", slot);
	for (int a = 0; a < ACT_COUNT; a++) {
		const ui_action_row *r = action_row((ui_action)a);
		char key[32];
		action_key_name((ui_action)a, key, sizeof key);
		if (r->listed)
			cr_assert(key[0], "action %s is listed without a key", r->name);
	}
}
