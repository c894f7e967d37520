/* Internal: the layout of a risk-of-NEET report (logic/journeys_neet.c),
 * shared with its JSON (io/journeys_report.c). */
#ifndef CP_LOGIC_JOURNEYS_NEET_H
#define CP_LOGIC_JOURNEYS_NEET_H

#include <careerplan/journeys.h>

typedef struct cp__neet_part {
    const char *name; /* owned by the report */
    int value;
    double contribution;
} cp__neet_part;

typedef struct cp__neet_entry {
    const cp_client *client;
    double score;
    size_t first, count; /* its factors: report->factors[first .. first+count) */
} cp__neet_entry;

struct cp_neet_report {
    double threshold;
    cp__neet_entry *entries;
    size_t count;
    cp__neet_part *factors;
    size_t factor_count;
};

#endif
