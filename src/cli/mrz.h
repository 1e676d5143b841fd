/* `entrydesk mrz`: a scanned machine-readable zone in, the [traveller]
 * answers it gives out. */
#ifndef ED_CLI_MRZ_H
#define ED_CLI_MRZ_H

/* argv[0] is "mrz"; returns the exit status (0 read, 1 read with a note
 * that needs the agent, 2 unusable input) */
int mrz_main(int argc, char **argv, const char *rules_path);

#endif
