/* The local queue: records the database could not take, one line each
 * (history/codec.h), in a file of mode 0600 that only this user can use,
 * locked while written or sent. */
#ifndef ED_HISTORY_QUEUE_H
#define ED_HISTORY_QUEUE_H

#include <stdbool.h>
#include <stddef.h>

#include "history/record.h"
#include "history/store.h"

/* appends the record to the queue at path */
bool queue_append(const char *path, const hist_record *rec, char *why, size_t why_size);
/* sends the queued records to s, oldest first; what could not be sent
 * stays queued. *sent: how many went. */
bool queue_send(const char *path, hist_store *s, size_t *sent, char *why, size_t why_size);

#endif
