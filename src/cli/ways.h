/* `entrydesk ways NATIONALITY [DATE]`: the quick answer by nationality. */
#ifndef ED_CLI_WAYS_H
#define ED_CLI_WAYS_H

/* argv[0] is "ways"; returns the exit status (0 answered, 2 bad input) */
int ways_main(int argc, char **argv, const char *rules_path);

#endif
