/* F9's print job beside the wizard: the slip document of what is shown
 * (the verdict's slip, the group's sheet or one traveller's slip, the
 * quick answer, an earlier check's slip) goes to entrydesk-slip, whose
 * progress the loop polls; a slow job is said, and F9 cancels it. */
#include "ui/print_job.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/result.h"
#include "core/slip.h"
#include "load/print.h"
#include "load/slip_run.h"
#include "ui/find_view.h"
#include "ui/group.h"
#include "ui/printer_pick.h"
#include "ui/ways_view.h"

/* the print job beside the wizard: entrydesk-slip, which typesets the
 * slip document it is sent (in memory only: no file holds the
 * traveller's slip on the way) and writes the PDF or hands it to lp. It
 * is a process of its own: a crash there is a message here. */
static print_job job;
static char *job_doc;
static char picked_printer[128]; /* the destination picked from the list, or "" */
static long job_started_ms;
static bool job_reported;
/* the job prints (lp), writes --print-to's file, or saves the PDF the
 * agent named after a failed print; job_path: the file it writes */
static enum { JOB_PRINT, JOB_FILE, JOB_SAVE } job_kind;
static char job_path[1024];

static long now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* seconds a print job may run before the agent is told (and may cancel):
 * ENTRYDESK_PRINT_TIMEOUT, else 30 */
static long print_timeout_ms(void)
{
	const char *e = getenv("ENTRYDESK_PRINT_TIMEOUT");
	char *end;
	long v;

	if (e && *e) {
		v = strtol(e, &end, 10);
		if (!*end && v > 0 && v < 86400)
			return v * 1000;
	}
	return 30000;
}

/* the destination named by --printer, $PRINTER or the printer list, or NULL */
static const char *printer_named(const wiz *w)
{
	const char *printer = w->o->printer ? w->o->printer : getenv("PRINTER");
	if (!(printer && *printer) && picked_printer[0])
		printer = picked_printer;
	return printer && *printer ? printer : NULL;
}

static void say_printed(wiz *w)
{
	const char *printer = job_kind != JOB_PRINT ? job_path : printer_named(w);
	const char *pairs[] = {
		"where", printer && *printer ? printer : wiz_text(w, "msg:default_printer"), NULL
	};
	const char *saved[] = { "path", job_path, NULL };

	/* --print-to writes a file too: said as saved, not as sent */
	if (job_kind != JOB_PRINT)
		wiz_say(w, LOOK_GOOD, "msg:slip_saved", saved);
	else
		wiz_say(w, LOOK_GOOD, "msg:printed", pairs);
}

/* a print that failed offers the PDF in a file; a PDF that could not be
 * made (or written) offers the text */
static void print_failed(wiz *w, const char *why)
{
	const char *pairs[] = { "why", why, NULL };
	wiz_say(w, LOOK_ERROR, "msg:print_failed", pairs);
	wiz_ask(w, job_kind == JOB_PRINT ? ASK_SAVE_SLIP : ASK_SAVE_TEXT);
}

static void job_free(void)
{
	free(job_doc);
	job_doc = NULL;
}

/* the earlier check's slip on the find screen, as it was given, marked
 * as a reprint */
static bool find_slips(wiz *w, sd_slips *slips, const char **fail)
{
	sd_chinese zh;
	slipdoc *d = find_reprint_doc(w, &zh);

	if (!d) {
		*fail = "the earlier check's slip cannot be read";
		return false;
	}
	return sd_slips_add(slips, d, zh);
}

/* the slip document of what is shown: the verdict's slip, on the group
 * screen the sheet or the one traveller's slip, on the quick answer its
 * page (as the text shows it), on the find screen the earlier check's;
 * NULL with *fail */
static char *shown_doc(wiz *w, const char **fail)
{
	sd_slips slips = {0};
	bool ok;
	char *doc;

	*fail = "out of memory while building the slip";
	if (w->view == VIEW_GROUP)
		ok = group_slips(w, &slips);
	else if (w->view == VIEW_WAYS)
		ok = ways_view_sheet(w, &slips);
	else if (w->view == VIEW_FIND)
		ok = find_slips(w, &slips, fail);
	else
		/* the verdict's own slip: a refusal's shows only what was answered */
		ok = sd_slips_add(&slips, result_slip_doc(&w->result, &w->rules),
				  slip_chinese_for(&w->result.p.a));
	doc = ok ? sd_slips_write(&slips) : NULL;
	sd_slips_free(&slips);
	return doc;
}

/* F9: entrydesk-slip writes the PDF to --print-to FILE (mode 0600; a
 * FILE already there is kept: FILE-2.pdf, ...), or sends it to the
 * printer named or picked, beside the input loop; `save`: the PDF to the
 * file named after a failed print */
void print_job_start(wiz *w, const char *picked, const char *save)
{
	char why[512], missing[600], *argv[8];
	const char *printer = NULL, *fail;
	print_how how = { true, false, missing };

	job_kind = save ? JOB_SAVE : w->o->print_to ? JOB_FILE : JOB_PRINT;
	snprintf(job_path, sizeof job_path, "%s", save ? save : "");
	if (job_kind == JOB_FILE &&
	    !slip_run_free_path(w->o->print_to, job_path, sizeof job_path)) {
		print_failed(w, wiz_text(w, "msg:print_to_taken"));
		return;
	}
	if (job_kind == JOB_PRINT) {
		snprintf(picked_printer, sizeof picked_printer, "%s", picked ? picked : "");
		printer = printer_named(w);
		/* no printer named: the agent picks from CUPS's list (the
		 * default marked), rather than meeting "no default destination" */
		if (!printer && !picked && printer_pick_open(w))
			return;
	}
	job_free();
	if (!(job_doc = shown_doc(w, &fail))) {
		print_failed(w, fail);
		return;
	}
	slip_run_argv(argv, job_kind == JOB_PRINT ? NULL : job_path, printer, w->o->paper);
	snprintf(missing, sizeof missing, "%s is not installed (%s)", SLIP_PROGRAM, argv[0]);
	if (!print_spawn(&job, argv, how, job_doc, strlen(job_doc), why, sizeof why)) {
		job_free();
		print_failed(w, why);
		return;
	}
	w->printing = true;
	job_started_ms = now_ms();
	job_reported = false;
	wiz_say(w, LOOK_NORMAL, "msg:printing", NULL);
}

void print_job_cancel(wiz *w)
{
	if (!w->printing)
		return;
	print_cancel(&job);
	job_free();
	w->printing = false;
	wiz_say(w, LOOK_ERROR, "msg:print_cancelled", NULL);
	wiz_ask(w, ASK_SAVE_SLIP);
}

/* the job's progress, from the loop: done, failed, or slow */
bool print_job_poll(wiz *w)
{
	char why[512] = "";
	print_state st;

	if (!w->printing)
		return false;
	st = print_poll(&job, 0, why, sizeof why);
	if (st == PRINT_RUNNING) {
		if (!job_reported && now_ms() - job_started_ms >= print_timeout_ms()) {
			char secs[24];
			snprintf(secs, sizeof secs, "%ld", print_timeout_ms() / 1000);
			const char *pairs[] = { "secs", secs, NULL };
			job_reported = true;
			wiz_say(w, LOOK_WARN, "msg:print_slow", pairs);
			return true;
		}
		return false;
	}
	w->printing = false;
	job_free();
	if (st == PRINT_OK)
		say_printed(w);
	else if (!wiz_popup(w))
		print_failed(w, slip_run_reason(why));
	else
		wiz_say(w, LOOK_ERROR, "msg:print_failed",
			(const char *const[]){ "why", slip_run_reason(why), NULL });
	return true;
}

void print_job_end(wiz *w)
{
	if (w->printing)
		print_cancel(&job);
	w->printing = false;
	job_free();
}
