/* Where the rules, the screens and the draft are found: what a user
 * sets wins over what is found. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "load/paths.h"

Test(paths, given_path_wins_over_the_environment)
{
	setenv("ENTRYDESK_RULES", "/env/rules.ini", 1);
	cr_expect_str_eq(paths_rules("/given/rules.ini"), "/given/rules.ini");
	cr_expect_str_eq(paths_rules(NULL), "/env/rules.ini");
	unsetenv("ENTRYDESK_RULES");
}

Test(paths, working_directory_copy_before_the_installed_one)
{
	unsetenv("ENTRYDESK_RULES");
	unsetenv("ENTRYDESK_SCREENS");
	/* the tests run from the project root, which has both */
	cr_expect_str_eq(paths_rules(NULL), "rules.ini");
	cr_expect_str_eq(paths_screens(NULL), "screens");
	cr_assert_eq(chdir("/"), 0);
	cr_expect(strstr(paths_rules(NULL), "share/entrydesk/rules.ini") != NULL, "%s",
		  paths_rules(NULL));
	cr_expect(strstr(paths_screens(NULL), "share/entrydesk/screens") != NULL);
}

Test(paths, draft_folder_is_made_private)
{
	char dir[] = "/tmp/ed-paths-XXXXXX", path[128];
	struct stat st;
	const char *draft;

	cr_assert(mkdtemp(dir));
	setenv("XDG_STATE_HOME", dir, 1);
	draft = paths_draft();
	cr_assert(draft);
	snprintf(path, sizeof path, "%s/entrydesk/draft.ini", dir);
	cr_expect_str_eq(draft, path);
	snprintf(path, sizeof path, "%s/entrydesk", dir);
	cr_assert_eq(stat(path, &st), 0);
	cr_expect_eq(st.st_mode & 0777, 0700, "mode %o", st.st_mode & 0777);
	rmdir(path);
	rmdir(dir);
	unsetenv("XDG_STATE_HOME");
}
