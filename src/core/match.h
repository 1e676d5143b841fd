/* From what an agent typed in a country or port field to the ranked list
 * of what they may have meant. Pure: never picks for the agent. A caller
 * takes a candidate without asking only when match_sure() says so; else it
 * lists the candidates and the agent picks one.
 *
 * Ranks, best first: an exact code (USA, PVG); an exact name or a name
 * agents use ("united states", "UK", "Britain", "Shanghai Pudong"); the
 * start of a code or name ("ger", "shang"); the start of a word of a name
 * ("pudong" in "Shanghai Pudong", "kong" in "Hong Kong"). Within a rank:
 * countries by name; ports by how many transit schemes list them (the
 * long-standing ports first), then by name. The names agents use are data:
 * rules.ini [country_names]. */
#ifndef ED_MATCH_H
#define ED_MATCH_H

#include <stdbool.h>
#include <stddef.h>

#include "core/rules.h"

typedef enum ed_match_rank {
	MATCH_CODE,   /* the code itself */
	MATCH_NAME,   /* a whole name or a name agents use */
	MATCH_PREFIX, /* the start of a code or a name */
	MATCH_WORD,   /* the start of a word of a name */
	MATCH_NONE
} ed_match_rank;

typedef struct ed_match {
	ed_match_rank rank;
	/* what the field takes: an alpha-3 code, an airport code, or the name
	 * of a port without one; never an internal id of rules.ini */
	char value[64];
	/* what the agent reads: "USA United States", "PVG Shanghai Pudong
	 * (Shanghai)", "Hong Kong-Zhuhai-Macao Bridge port (Guangdong)" */
	char display[160];
	const ed_country *country; /* the country, or NULL */
	const ed_port *port;       /* the port, or NULL */
} ed_match;

/* Fills out with up to max candidates for `typed` (trimmed, any case),
 * best first; returns how many match (may exceed max). */
size_t match_countries(const ed_rules *r, const char *typed, ed_match *out, size_t max);
size_t match_ports(const ed_rules *r, const char *typed, ed_match *out, size_t max);

/* true when the first of n candidates may be taken without asking: it is
 * the only one of the best rank, and that rank is an exact code or name */
bool match_sure(const ed_match *m, size_t n);

/* the country `typed` surely names (an exact code or name, or a name
 * agents use, of one country only), or NULL: "Hong Kong" typed as a port
 * is the region, not the bridge port that starts with its name */
const ed_country *match_country_sure(const ed_rules *r, const char *typed);

/* the names agents use for a country (rules.ini [country_names], names
 * separated by '|'): writes
 * up to max pointers into the rules' text, returns how many there are.
 * buf (size bytes) holds the split copy. */
size_t country_other_names(const ed_rules *r, const char *code, char *buf, size_t size,
			   const char **names, size_t max);

#endif
