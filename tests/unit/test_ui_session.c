/* The session and its drafts, without a terminal: each check keeps its
 * own draft, a finished, saved or dropped check removes its own draft and
 * no other, the drafts folder is refused when it is not private, there is
 * no /tmp fallback, old drafts go, and names are masked in the list. */
#include <criterion/criterion.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <utime.h>
#include <sys/wait.h>

#include "load/answers_io.h"
#include "load/drafts.h"
#include "ui/session.h"

static char state[64];

static void private_state(void)
{
	snprintf(state, sizeof state, "/tmp/ed-session-XXXXXX");
	cr_assert(mkdtemp(state));
	setenv("XDG_STATE_HOME", state, 1);
}

static void cleanup(void)
{
	char cmd[256];
	snprintf(cmd, sizeof cmd, "chmod -R u+w %s; rm -rf %s", state, state);
	cr_assert_eq(system(cmd), 0);
	unsetenv("XDG_STATE_HOME");
}

static const ed_date DAY = { 2023, 1, 1 };

static size_t n_drafts(const ui_session *s)
{
	draft_info d[DRAFTS_MAX];
	return drafts_list(s->drafts_dir, d, DRAFTS_MAX);
}

Test(session, two_interrupted_checks_keep_two_drafts, .init = private_state, .fini = cleanup)
{
	ui_session a, b;
	char why[300];
	draft_info d[DRAFTS_MAX];

	session_init(&a, DAY, 0);
	cr_assert(a.drafts_on, "%s", a.drafts_off);
	session_begin(&a, FLOW_TRANSIT);
	session_set(&a, AK_NAME, "MUELLER, Anna");
	cr_assert_eq(session_draft(&a, "traveller:name", why, sizeof why), KEPT_DRAFT, "%s", why);

	session_init(&b, DAY, 0);
	session_begin(&b, FLOW_EPASS);
	session_set(&b, AK_NAME, "CHAN Tai Man");
	cr_assert_eq(session_draft(&b, "traveller:mobile", why, sizeof why), KEPT_DRAFT);
	cr_assert_str_neq(a.draft_path, b.draft_path);
	cr_assert_eq(drafts_list(a.drafts_dir, d, DRAFTS_MAX), 2);

	/* finishing b removes b's draft only */
	session_forget_draft(&b);
	cr_assert_eq(drafts_list(a.drafts_dir, d, DRAFTS_MAX), 1);
	cr_assert_str_eq(d[0].path, a.draft_path);
	cr_assert_str_eq(d[0].focus, "traveller:name");
	cr_assert_eq(d[0].flow, FLOW_TRANSIT);
	cr_assert_str_eq(d[0].name, "M******, A***");
	session_free(&a);
	session_free(&b);
}

Test(session, draft_mode_0600_folder_0700, .init = private_state, .fini = cleanup)
{
	ui_session s;
	char why[300], dir[200];
	struct stat st;

	session_init(&s, DAY, 0);
	session_begin(&s, FLOW_TRANSIT);
	session_set(&s, AK_NATIONALITY, "DEU");
	cr_assert_eq(session_draft(&s, NULL, why, sizeof why), KEPT_DRAFT);
	cr_assert_eq(stat(s.draft_path, &st), 0);
	cr_expect_eq(st.st_mode & 0777, 0600, "draft mode %o", st.st_mode & 0777);
	snprintf(dir, sizeof dir, "%s/entrydesk", state);
	cr_assert_eq(stat(dir, &st), 0);
	cr_expect_eq(st.st_mode & 0777, 0700, "folder mode %o", st.st_mode & 0777);
	session_free(&s);
}

Test(session, nothing_to_keep_until_something_typed, .init = private_state, .fini = cleanup)
{
	ui_session s;
	char why[300];

	session_init(&s, DAY, 0);
	cr_assert_eq(session_draft(&s, NULL, why, sizeof why), KEPT_NOTHING_TO_KEEP);
	session_begin(&s, FLOW_TRANSIT);
	cr_assert_not(session_must_ask(&s));
	cr_assert_eq(session_draft(&s, NULL, why, sizeof why), KEPT_NOTHING_TO_KEEP);
	session_set(&s, AK_NATIONALITY, "DEU");
	cr_assert(session_must_ask(&s));
	/* the same value again changes nothing */
	s.dirty = false;
	session_set(&s, AK_NATIONALITY, "DEU");
	cr_assert_not(s.dirty);
	session_free(&s);
}

Test(session, save_removes_own_draft_only, .init = private_state, .fini = cleanup)
{
	ui_session a, b;
	char why[300], path[200];
	ed_error err = {0};

	session_init(&a, DAY, 0);
	session_init(&b, DAY, 0);
	session_begin(&a, FLOW_TRANSIT);
	session_set(&a, AK_NATIONALITY, "DEU");
	session_begin(&b, FLOW_TRANSIT);
	session_set(&b, AK_NATIONALITY, "FRA");
	cr_assert_eq(session_draft(&a, NULL, why, sizeof why), KEPT_DRAFT);
	cr_assert_eq(session_draft(&b, NULL, why, sizeof why), KEPT_DRAFT);
	snprintf(path, sizeof path, "%s/answers.ini", state);
	cr_assert(session_save(&a, path, &err), "%s", err.msg);
	cr_assert_not(session_must_ask(&a));
	cr_assert_eq(n_drafts(&b), 1);
	cr_assert_eq(access(b.draft_path, F_OK), 0);
	session_free(&a);
	session_free(&b);
}

Test(session, resumed_draft_is_the_checks_own, .init = private_state, .fini = cleanup)
{
	ui_session a, b;
	char why[300], focus[96];
	ed_raw_answers raw = {{0}};
	ed_error err = {0};

	session_init(&a, DAY, 0);
	session_begin(&a, FLOW_TRANSIT);
	session_set(&a, AK_ENTRY_DATE, "2023-01-01");
	cr_assert_eq(session_draft(&a, "trip:entry_date", why, sizeof why), KEPT_DRAFT);

	session_init(&b, DAY, 0);
	cr_assert(drafts_read(a.draft_path, &raw, focus, sizeof focus, &err), "%s", err.msg);
	cr_assert_str_eq(focus, "trip:entry_date");
	cr_assert(session_adopt(&b, &raw, a.draft_path, -1));
	cr_assert_str_eq(raw_get(&b.raw, AK_ENTRY_DATE), "2023-01-01");
	cr_assert(session_must_ask(&b), "a resumed draft is still unsaved");
	/* a second interruption writes the same draft, not a new one */
	session_set(&b, AK_ENTRY_TIME, "10:00");
	cr_assert_eq(session_draft(&b, NULL, why, sizeof why), KEPT_DRAFT);
	cr_assert_str_eq(b.draft_path, a.draft_path);
	cr_assert_eq(n_drafts(&b), 1);
	/* "Quit anyway": the draft goes */
	session_forget_draft(&b);
	cr_assert_eq(n_drafts(&b), 0);
	session_free(&a);
	session_free(&b);
}

Test(session, no_home_no_state_means_no_drafts_and_no_tmp, .fini = cleanup)
{
	ui_session s;
	char why[300];
	const char *home = getenv("HOME");
	char saved[512];

	snprintf(state, sizeof state, "/tmp/ed-unused-XXXXXX");
	cr_assert(mkdtemp(state));
	snprintf(saved, sizeof saved, "%s", home ? home : "");
	unsetenv("XDG_STATE_HOME");
	unsetenv("HOME");
	session_init(&s, DAY, 0);
	if (home)
		setenv("HOME", saved, 1);
	cr_assert_not(s.drafts_on);
	cr_assert(strstr(s.drafts_off, "drafts are off"), "%s", s.drafts_off);
	session_begin(&s, FLOW_TRANSIT);
	session_set(&s, AK_NATIONALITY, "DEU");
	cr_assert_eq(session_draft(&s, NULL, why, sizeof why), KEPT_NOT);
	cr_assert(strstr(why, "HOME"), "%s", why);
	session_free(&s);
}

Test(drafts, refuses_folder_writable_by_others, .init = private_state, .fini = cleanup)
{
	char dir[200], out[512], why[300];

	snprintf(dir, sizeof dir, "%s/entrydesk", state);
	cr_assert_eq(mkdir(dir, 0700), 0);
	cr_assert_eq(chmod(dir, 0777), 0);
	cr_assert_not(drafts_dir(out, sizeof out, why, sizeof why));
	cr_assert(strstr(why, "others can write"), "%s", why);
	cr_assert(strstr(why, dir), "%s", why);
}

Test(drafts, refuses_a_symlink, .init = private_state, .fini = cleanup)
{
	char dir[200], target[200], out[512], why[300];

	snprintf(target, sizeof target, "%s/elsewhere", state);
	snprintf(dir, sizeof dir, "%s/entrydesk", state);
	cr_assert_eq(mkdir(target, 0700), 0);
	cr_assert_eq(symlink(target, dir), 0);
	cr_assert_not(drafts_dir(out, sizeof out, why, sizeof why));
	cr_assert(strstr(why, "symlink"), "%s", why);
}

Test(drafts, old_drafts_go_at_start, .init = private_state, .fini = cleanup)
{
	ui_session s;
	char why[300];
	struct utimbuf old;
	time_t now = time(NULL);

	session_init(&s, DAY, (long)now);
	session_begin(&s, FLOW_TRANSIT);
	session_set(&s, AK_NATIONALITY, "DEU");
	cr_assert_eq(session_draft(&s, NULL, why, sizeof why), KEPT_DRAFT);
	old.actime = old.modtime = now - 8 * 86400;
	cr_assert_eq(utime(s.draft_path, &old), 0);
	session_free(&s);
	session_init(&s, DAY, (long)(now - 86400)); /* at 7 days: kept */
	cr_assert_eq(n_drafts(&s), 1);
	session_init(&s, DAY, (long)now);
	cr_assert_eq(n_drafts(&s), 0);
}

/* a wizard killed between writing a save's temporary file and renaming
 * it leaves personal data behind: the next start removes it, but never
 * the temporary file of a wizard still running */
Test(drafts, a_killed_saves_temporary_file_goes_at_start, .init = private_state,
     .fini = cleanup)
{
	ui_session s;
	char dead[1400], alive[1400];
	pid_t child = fork();
	FILE *f;

	cr_assert_geq(child, 0);
	if (child == 0)
		_exit(0);
	cr_assert_eq(waitpid(child, NULL, 0), child); /* a PID no longer in use */
	session_init(&s, DAY, (long)time(NULL));
	snprintf(dead, sizeof dead, "%s/draft-20261203-101010-1-1.ini.tmp%ld-0", s.drafts_dir,
		 (long)child);
	snprintf(alive, sizeof alive, "%s/draft-20261203-101010-2-2.ini.tmp%ld-0",
		 s.drafts_dir, (long)getpid());
	cr_assert(f = fopen(dead, "w"));
	fputs("name = MUELLER, Anna\n", f);
	fclose(f);
	cr_assert(f = fopen(alive, "w"));
	fclose(f);
	session_free(&s);
	session_init(&s, DAY, (long)time(NULL));
	cr_assert_neq(access(dead, F_OK), 0, "the dead wizard's temporary file is still there");
	cr_assert_eq(access(alive, F_OK), 0, "a running wizard's temporary file was removed");
	session_free(&s);
}

/* two drafts saved in one second are listed newest first, whatever the
 * PIDs in their names (a string order of "9999" and "10000" is no order) */
Test(drafts, two_drafts_of_one_second_newest_first, .init = private_state, .fini = cleanup)
{
	ui_session s;
	char older[1400], newer[1400];
	struct timespec t[2];
	draft_info d[DRAFTS_MAX];
	ed_raw_answers raw = {{0}};
	ed_error err = {0};

	session_init(&s, DAY, (long)time(NULL));
	cr_assert(s.drafts_on);
	snprintf(older, sizeof older, "%s/draft-20261203-101010-9999-0.ini", s.drafts_dir);
	snprintf(newer, sizeof newer, "%s/draft-20261203-101010-10000-0.ini", s.drafts_dir);
	raw_set(&raw, AK_FLOW, "transit");
	raw_set(&raw, AK_NAME, "OLDER, Anna");
	cr_assert(drafts_write(older, &raw, "", &err), "%s", err.msg);
	raw_set(&raw, AK_NAME, "NEWER, Marc");
	cr_assert(drafts_write(newer, &raw, "", &err), "%s", err.msg);
	raw_clear(&raw);
	t[0].tv_sec = t[1].tv_sec = time(NULL) - 60;
	t[0].tv_nsec = t[1].tv_nsec = 100000000;
	cr_assert_eq(utimensat(AT_FDCWD, older, t, 0), 0);
	t[0].tv_nsec = t[1].tv_nsec = 900000000;
	cr_assert_eq(utimensat(AT_FDCWD, newer, t, 0), 0);
	cr_assert_eq(drafts_list(s.drafts_dir, d, DRAFTS_MAX), 2);
	cr_assert_str_eq(d[0].name, "N****, M***", "listed first: %s", d[0].name);
	session_free(&s);
}

Test(drafts, mask_keeps_initials_only)
{
	char out[64];

	drafts_mask_name("MUELLER, Anna", out, sizeof out);
	cr_assert_str_eq(out, "M******, A***");
	drafts_mask_name("李小龙", out, sizeof out);
	cr_assert_str_eq(out, "李**");
	drafts_mask_name("\033[2J", out, sizeof out);
	cr_assert_eq(strchr(out, '\033'), NULL, "a control character is never shown");
	drafts_mask_name(NULL, out, sizeof out);
	cr_assert_str_eq(out, "");
}

/* issue 17: a draft belongs to one running wizard. Its lock is an flock,
 * held per open file: a second open here stands for a second wizard. */
Test(drafts, a_draft_is_locked_by_the_wizard_that_resumed_it, .init = private_state,
     .fini = cleanup)
{
	ui_session a, b;
	char why[300];
	ed_raw_answers raw = {{0}};
	ed_error err = {0};
	draft_info list[4];
	bool in_use;
	int lock;

	session_init(&a, DAY, 0);
	session_begin(&a, FLOW_TRANSIT);
	session_set(&a, AK_NATIONALITY, "DEU");
	cr_assert_eq(session_draft(&a, NULL, why, sizeof why), KEPT_DRAFT);
	lock = drafts_lock(a.draft_path, &in_use);
	cr_assert_geq(lock, 0, "a draft nobody works on can be taken");
	cr_assert(drafts_read(a.draft_path, &raw, NULL, 0, &err), "%s", err.msg);
	session_init(&b, DAY, 0);
	cr_assert(session_adopt(&b, &raw, a.draft_path, lock));
	/* the second wizard is told, and may not take it */
	cr_assert_lt(drafts_lock(a.draft_path, &in_use), 0);
	cr_assert(in_use);
	cr_assert_eq(drafts_list(b.drafts_dir, list, 4), 1);
	cr_assert(list[0].in_use, "the start screen shows it in use");
	/* done with: the draft, its lock and its lock file go */
	session_forget_draft(&b);
	cr_assert_eq(n_drafts(&b), 0);
	char lockfile[1200];
	snprintf(lockfile, sizeof lockfile, "%s.lock", a.draft_path);
	cr_assert_neq(access(lockfile, F_OK), 0, "the lock file is left");
	session_free(&a);
	session_free(&b);
}

/* issue 17: a value the INI form cannot carry still goes into the draft,
 * and comes back as typed; F2 refuses it with the reason */
Test(drafts, a_value_no_ini_form_carries_is_kept_in_the_draft, .init = private_state,
     .fini = cleanup)
{
	static const char name[] = "\"Jack\" O'Brien";
	char long_name[700] = "'x\" ";
	ui_session s;
	char why[300], focus[96];
	ed_raw_answers raw = {{0}};
	ed_error err = {0};

	cr_assert_not(answers_value_writable(name));
	for (size_t i = strlen(long_name); i < 600; i += 3)
		memcpy(long_name + i, "陳", 3);
	session_init(&s, DAY, 0);
	session_begin(&s, FLOW_EPASS);
	session_set(&s, AK_NAME, name);
	session_set(&s, AK_PERMIT_NUMBER, long_name);
	session_set(&s, AK_MOBILE, "13812345678");
	cr_assert_not(session_save(&s, "/tmp/never-written.ini", &err), "F2 wrote it");
	cr_assert(strstr(err.msg, "[traveller] name: cannot be kept"), "%s", err.msg);
	cr_assert_null(strstr(err.msg, "Jack"), "%s", err.msg);
	cr_assert_eq(session_draft(&s, "traveller:name", why, sizeof why), KEPT_DRAFT, "%s", why);
	cr_assert(drafts_read(s.draft_path, &raw, focus, sizeof focus, &err), "%s", err.msg);
	cr_assert_str_eq(raw_get(&raw, AK_NAME), name);
	cr_assert_str_eq(raw_get(&raw, AK_PERMIT_NUMBER), long_name);
	cr_assert_str_eq(raw_get(&raw, AK_MOBILE), "13812345678");
	cr_assert_str_eq(focus, "traveller:name");
	raw_clear(&raw);
	session_free(&s);
}

/* issue 17: a drafts folder that cannot be written is found at start */
Test(drafts, an_unwritable_folder_is_found_at_start, .init = private_state, .fini = cleanup)
{
	char dir[200], why[300];
	ui_session s;

	snprintf(dir, sizeof dir, "%s/entrydesk/drafts", state);
	session_init(&s, DAY, 0);
	cr_assert(s.drafts_on, "%s", s.drafts_off);
	cr_assert(drafts_writable(dir, why, sizeof why), "%s", why);
	cr_assert_not(drafts_writable("/proc", why, sizeof why));
	cr_assert(strstr(why, "drafts are off: cannot write in /proc"), "%s", why);
	session_free(&s);
}
