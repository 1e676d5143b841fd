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
#include "ui/views.h"

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
	start_view.enter(&w);
}

static void teardown(void)
{
	char cmd[160];
	snprintf(cmd, sizeof cmd, "rm -rf %s", getenv("XDG_STATE_HOME"));
	cr_assert_eq(system(cmd), 0);
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
	form_view.enter(&w);
}

static void press(const ui_view_ops *v, ui_action act, wint_t ch)
{
	w.request = REQ_NONE;
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
	cr_assert_eq(w.request, REQ_BEGIN_TRANSIT);
	press(&start_view, ACT_CHAR, L'2');
	cr_assert_eq(w.request, REQ_BEGIN_EPASS);
	press(&start_view, ACT_CHAR, L'3');
	cr_assert_eq(w.modal, MODAL_PROMPT, "3 opens the file prompt");
	w.modal = MODAL_NONE;
	w.start_sel = 0;
	press(&start_view, ACT_NEXT_FIELD, 0);
	press(&start_view, ACT_ENTER, 0);
	cr_assert_eq(w.request, REQ_BEGIN_EPASS);
	press(&start_view, ACT_CHAR, L'x');
	cr_assert(strstr(w.msg, "does nothing here"), "a stray key is answered: %s", w.msg);
}

/* both fifth choices kept (issues 18 and 19): 5 the quick answer's
 * nationality prompt, 6 the find screen; 7 is the first draft, if any */
Test(views, start_five_is_the_quick_answer_and_six_finds)
{
	press(&start_view, ACT_CHAR, L'5');
	cr_assert_eq(w.modal, MODAL_PROMPT, "5 asks the nationality");
	cr_assert_eq(w.purpose, PROMPT_WAYS);
	w.modal = MODAL_NONE;
	press(&start_view, ACT_CHAR, L'6');
	cr_assert_eq(w.request, REQ_FIND);
	press(&start_view, ACT_CHAR, L'7');
	cr_assert_neq(w.request, REQ_RESUME, "no draft: 7 resumes nothing");
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
	cr_assert_eq(w.request, REQ_NONE);
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
	cr_assert_eq(w.request, REQ_NONE);
	cr_assert(strstr(w.msg, "No verdict yet"), "%s", w.msg);
	cr_assert_not(form_view.handles(&w, ACT_PRINT), "F9 on a form gets a hint");
}

Test(views, form_first_screen_back_says_so)
{
	begin_transit();
	press(&form_view, ACT_PREV_SCREEN, 0);
	cr_assert(strstr(w.msg, "first screen"), "%s", w.msg);
}

Test(views, resumed_form_opens_on_the_field_being_edited)
{
	session_begin(&w.s, FLOW_TRANSIT);
	w.fl = screens_flow(&w.scr, FLOW_TRANSIT);
	snprintf(w.focus_key, sizeof w.focus_key, "trip:entry_date");
	form_view.enter(&w);
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
	w.req_arg = 0;
	verdict_view.enter(&w);
	cr_assert(w.verdict_full, "%s", w.msg);
	cr_assert(verdict_view.handles(&w, ACT_PRINT));
	press(&verdict_view, ACT_NEXT_FIELD, 0);
	cr_assert_eq(w.scroll, 1);
	press(&verdict_view, ACT_PRINT, 0);
	cr_assert_eq(w.request, REQ_PRINT);
	w.printing = true;
	press(&verdict_view, ACT_PRINT, 0);
	cr_assert_eq(w.request, REQ_CANCEL_PRINT, "F9 while printing cancels");
	press(&verdict_view, ACT_CANCEL, 0);
	cr_assert_eq(w.request, REQ_FORM);
	cr_assert_not(verdict_view.handles(&w, ACT_VERDICT));
}

Test(views, early_verdict_does_not_print)
{
	session_begin(&w.s, FLOW_TRANSIT);
	w.fl = screens_flow(&w.scr, FLOW_TRANSIT);
	session_set(&w.s, AK_VISA_REFUSAL, "yes");
	w.req_arg = 1;
	verdict_view.enter(&w);
	cr_assert_not(w.verdict_full);
	press(&verdict_view, ACT_PRINT, 0);
	cr_assert_eq(w.request, REQ_NONE, "an early verdict does not print");
	cr_assert(strstr(w.msg, "not complete"), "F9 says why: %s", w.msg);
	cr_assert_str_eq(verdict_view.label(&w, ACT_PRINT), "", "F9 blank on the bar");
}

Test(views, quit_question_yes_asks_to_leave_no_closes)
{
	begin_transit();
	w.modal = MODAL_CONFIRM;
	w.purpose = ASK_QUIT;
	modal_view.key(&w, ACT_CHAR, L'n');
	cr_assert_eq(w.modal, MODAL_NONE);
	cr_assert_eq(w.request, REQ_NONE);
	w.modal = MODAL_CONFIRM;
	modal_view.key(&w, ACT_CHAR, L'y');
	cr_assert_eq(w.request, REQ_QUIT);
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
