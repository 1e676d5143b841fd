/* `entrydesk check`: evaluates answers files and prints slips or
 * [verdict] sections. */
#ifndef ED_CHECK_H
#define ED_CHECK_H

/* argv[0] is "check"; returns the exit status (0 evaluated, 2 bad input) */
int check_main(int argc, char **argv, const char *rules_path);

#endif
