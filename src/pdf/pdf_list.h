/* The PDF slip's compact lists (the provinces, the ports): a bold lead,
 * then the items in 2 to 4 columns read down, broken between rows across
 * pages, the lead said again on each page the list goes on to. */
#ifndef ED_PDF_LIST_H
#define ED_PDF_LIST_H

#include "pdf/pdf_text.h"

#define LIST_GAP 6.0 /* before a list */

/* sets the list block b from p->y on, turning pages as it must */
void pdf_list_flow(pdf *p, const sd_block *b);
/* the height of b's lead and first row: what must fit for it to start */
double pdf_list_start(pdf *p, const sd_block *b);

#endif
