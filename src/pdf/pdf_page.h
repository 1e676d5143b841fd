/* The PDF slip's pages: the header ("entrydesk", the day, the traveller,
 * "page N of M") and the footer on every page, and the turn to a new page
 * when what comes next does not fit. */
#ifndef ED_PDF_PAGE_H
#define ED_PDF_PAGE_H

#include "pdf/pdf_text.h"

/* the first page: its header and footer; p->y at the top of its body */
void pdf_first_page(pdf *p);
/* ends the page (on the drawing pass) and starts the next */
void pdf_new_page(pdf *p);
/* `gap` then `need` points on this page, else a new page (a page's top
 * takes anything: no gap there, and what is taller than a page starts it) */
void pdf_fit(pdf *p, double gap, double need);

#endif
