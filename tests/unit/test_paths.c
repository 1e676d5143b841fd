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
