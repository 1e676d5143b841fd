/* Where the rules and the screens are found: what a user
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

/* issue 17: the settings go only into a folder that is the user's */
static char cfg_tmp[64];

static void cfg_cleanup(void)
{
	char cmd[128];
	snprintf(cmd, sizeof cmd, "rm -rf %s", cfg_tmp);
	if (cfg_tmp[0] && system(cmd) != 0)
		cr_log_warn("could not remove %s", cfg_tmp);
	unsetenv("XDG_CONFIG_HOME");
}

Test(paths, a_config_home_symlink_of_another_user_is_not_followed, .fini = cfg_cleanup)
{
	char theirs[128], link[128], made[160];
	struct stat st;

	if (getuid() != 0)
		cr_skip_test("needs root to make a symlink of another user");
	snprintf(cfg_tmp, sizeof cfg_tmp, "/tmp/ed-cfg-XXXXXX");
	cr_assert(mkdtemp(cfg_tmp));
	snprintf(theirs, sizeof theirs, "%s/theirs", cfg_tmp);
	snprintf(link, sizeof link, "%s/config", cfg_tmp);
	cr_assert_eq(mkdir(theirs, 0755), 0);
	cr_assert_eq(chown(theirs, 4242, 4242), 0);
	cr_assert_eq(symlink(theirs, link), 0);
	cr_assert_eq(lchown(link, 4242, 4242), 0);
	setenv("XDG_CONFIG_HOME", link, 1);
	cr_assert_null(paths_config(), "followed another user's symlink");
	snprintf(made, sizeof made, "%s/entrydesk", theirs);
	cr_assert_neq(stat(made, &st), 0, "a folder was made in theirs");
	/* a link of the user's own into the user's own folder is fine */
	cr_assert_eq(lchown(link, 0, 0), 0);
	cr_assert_null(paths_config(), "the folder it leads to is still theirs");
	cr_assert_eq(chown(theirs, 0, 0), 0);
	cr_assert_not_null(paths_config());
}

Test(paths, a_folder_of_ours_is_private_and_real, .fini = cfg_cleanup)
{
	char dir[128], link[128], why[300];

	snprintf(cfg_tmp, sizeof cfg_tmp, "/tmp/ed-cfg-XXXXXX");
	cr_assert(mkdtemp(cfg_tmp));
	snprintf(dir, sizeof dir, "%s/mine", cfg_tmp);
	cr_assert(paths_folder_ours(dir, why, sizeof why), "%s", why);
	cr_assert_eq(chmod(dir, 0770), 0);
	cr_assert_not(paths_folder_ours(dir, why, sizeof why));
	cr_assert(strstr(why, "others can write"), "%s", why);
	snprintf(link, sizeof link, "%s/link", cfg_tmp);
	cr_assert_eq(symlink(dir, link), 0);
	cr_assert_not(paths_folder_ours(link, why, sizeof why));
	cr_assert(strstr(why, "is a symlink"), "%s", why);
}
