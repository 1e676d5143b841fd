/* F9's print job beside the wizard (print_job.c): entrydesk-slip
 * typesets what is shown and writes the PDF or hands it to lp, while the
 * input loop goes on. Only the loop calls these. */
#ifndef ED_UI_PRINT_JOB_H
#define ED_UI_PRINT_JOB_H

#include <stdbool.h>

#include "ui/ui.h"

/* prints what is shown: on `picked` (from the printer list), else on the
 * printer named, else the list opens for the agent to pick one */
void print_job_start(wiz *w, const char *picked, const char *save);
/* F9 while the job runs: it is cancelled, and the slip offered as a file */
void print_job_cancel(wiz *w);
/* the job's progress, from the loop: done, failed, or slow; true when
 * there is something new to show */
bool print_job_poll(wiz *w);
/* leaving: no lp outlives the wizard */
void print_job_end(wiz *w);

#endif
