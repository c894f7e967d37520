/* The risk-of-NEET report as JSON: the rendering only; logic/journeys_neet.c
 * scores the learners. */
#include "../core/error.h"
#include "../logic/journeys_neet.h"
#include "json_report.h"

cp_status cp_neet_report_to_json(const cp_neet_report *report, char **out, cp_error *err)
{
    if (cp__need(err, report && out, "report or output is NULL"))
        return CP_EINVAL;
    int oom = 0;
    json_t *root = json_object(), *list = json_array();
    cp__report_set(root, "threshold", json_real(report->threshold), &oom);
    for (size_t i = 0; i < report->count && !oom; i++) {
        const cp__neet_entry *e = &report->entries[i];
        json_t *item = cp__report_append_object(list, &oom), *factors = json_array();
        cp__report_set(item, "client", json_string(cp_client_get_id(e->client)), &oom);
        cp__report_set(item, "score", json_real(e->score), &oom);
        for (size_t k = 0; k < e->count; k++) {
            const cp__neet_part *f = &report->factors[e->first + k];
            json_t *fo = cp__report_append_object(factors, &oom);
            cp__report_set(fo, "name", json_string(f->name), &oom);
            cp__report_set(fo, "value", json_integer(f->value), &oom);
            cp__report_set(fo, "contribution", json_real(f->contribution), &oom);
        }
        cp__report_set(item, "factors", factors, &oom);
    }
    cp__report_set(root, "at_risk", list, &oom);
    return cp__report_take_text(root, oom, out, err);
}
