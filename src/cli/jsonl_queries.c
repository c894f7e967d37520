/*
 * careerplan due and stats over JSON Lines: the caseload queries and figures
 * computed a client at a time (each client a caseload of one), giving what
 * the same clients as one caseload give.
 *
 * SPDX-License-Identifier: MIT
 */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

/* A client as a caseload of one, which owns it; NULL (the client freed)
 * when out of memory. */
static cp_caseload *caseload_of(cp_client *client)
{
    cp_caseload *cl = NULL;
    if (cp_caseload_new(&cl, NULL) != CP_OK || cp_caseload_adopt_client(cl, client, NULL) != CP_OK) {
        cp_caseload_free(cl);
        cp_client_free(client);
        return NULL;
    }
    return cl;
}

/* ---- due ---- */

typedef struct due_acc {
    const char *file;
    cp_date as_of;
    int within;
    json_t **lists; /* overdue, due, reviews */
} due_acc;

/* Appends the hits, as the library writes them in JSON, to list. */
static int append_hits(json_t *list, cp_hits *hits)
{
    char *text = NULL;
    int rc = -1;
    if (cp_hits_to_json(hits, &text, NULL) == CP_OK) {
        json_t *items = json_loads(text, 0, NULL);
        rc = items && json_array_extend(list, items) == 0 ? 0 : -1;
        json_decref(items);
    }
    cp_free(text);
    cp_hits_free(hits);
    return rc;
}

static int due_client(cp_client *client, void *ctx)
{
    due_acc *acc = ctx;
    cp_caseload *cl = caseload_of(client);
    cp_hits *overdue = NULL, *due = NULL, *reviews = NULL;
    cp_error err;
    cp_error_clear(&err);
    if (!cl) {
        cli_error(acc->file, NULL, "out of memory");
        return CLI_FAIL;
    }
    int rc = CLI_OK;
    if (cp_caseload_actions_overdue(cl, acc->as_of, &overdue, &err) != CP_OK ||
        cp_caseload_actions_due(cl, acc->as_of, acc->within, &due, &err) != CP_OK ||
        cp_caseload_reviews_due(cl, acc->as_of, acc->within, &reviews, &err) != CP_OK) {
        cli_report_error(acc->file, &err);
        rc = CLI_FAIL;
        cp_hits_free(overdue);
        cp_hits_free(due);
        cp_hits_free(reviews);
    } else if ((append_hits(acc->lists[0], overdue) | append_hits(acc->lists[1], due) |
                append_hits(acc->lists[2], reviews)) != 0) {
        cli_error(acc->file, NULL, "out of memory");
        rc = CLI_FAIL;
    }
    cp_caseload_free(cl);
    return rc;
}

typedef struct dated {
    const char *date;
    size_t seq;
    json_t *item;
} dated;

static int by_date(const void *a, const void *b)
{
    const dated *x = a, *y = b;
    int c = strcmp(x->date, y->date);
    return c ? c : (x->seq > y->seq) - (x->seq < y->seq);
}

/* Sorts items by "date" (ISO dates sort as text; no date first), keeping
 * the order of the clients for the same date: cp_hits_sort_by_date()'s order. */
static int sort_by_date(json_t *list)
{
    size_t n = json_array_size(list);
    dated *v = n ? calloc(n, sizeof *v) : NULL;
    if (n && !v)
        return -1;
    for (size_t i = 0; i < n; i++) {
        json_t *item = json_array_get(list, i);
        const char *d = json_string_value(json_object_get(item, "date"));
        v[i] = (dated){d ? d : "", i, json_incref(item)};
    }
    qsort(v, n, sizeof *v, by_date);
    int rc = 0;
    for (size_t i = 0; i < n; i++)
        rc |= json_array_set_new(list, i, v[i].item);
    free(v);
    return rc;
}

int cli_due_jsonl(const char *arg, cp_date as_of, int within, json_t *lists[3])
{
    due_acc acc = {cli_display_name(arg), as_of, within, lists};
    int rc = cli_jsonl_each(arg, due_client, &acc);
    for (int k = 0; k < 3 && rc == CLI_OK; k++) {
        if (sort_by_date(lists[k]) != 0) {
            cli_error(acc.file, NULL, "out of memory");
            rc = CLI_FAIL;
        }
    }
    return rc;
}

/* ---- stats ---- */

typedef struct stats_acc {
    const char *file;
    cp_date as_of, from, to;
    cp_stats *total;
} stats_acc;

static int stats_client(cp_client *client, void *ctx)
{
    stats_acc *acc = ctx;
    cp_caseload *cl = caseload_of(client);
    cp_stats *one = NULL;
    cp_error err;
    cp_error_clear(&err);
    if (!cl) {
        cli_error(acc->file, NULL, "out of memory");
        return CLI_FAIL;
    }
    int rc = CLI_OK;
    if (cp_caseload_stats(cl, acc->as_of, acc->from, acc->to, &one, &err) != CP_OK ||
        cp_stats_add(acc->total, one, &err) != CP_OK) {
        cli_report_error(acc->file, &err);
        rc = CLI_FAIL;
    }
    cp_stats_free(one);
    cp_caseload_free(cl);
    return rc;
}

int cli_stats_jsonl(const char *arg, cp_date as_of, cp_date from, cp_date to, cp_stats **out)
{
    stats_acc acc = {cli_display_name(arg), as_of, from, to, NULL};
    cp_caseload *empty = NULL;
    cp_error err;
    cp_error_clear(&err);
    /* The figures of no client, with the dates filled in; then each client's added. */
    if (cp_caseload_new(&empty, &err) != CP_OK ||
        cp_caseload_stats(empty, as_of, from, to, &acc.total, &err) != CP_OK) {
        cp_caseload_free(empty);
        cli_report_error(acc.file, &err);
        return CLI_FAIL;
    }
    cp_caseload_free(empty);
    int rc = cli_jsonl_each(arg, stats_client, &acc);
    if (rc != CLI_OK) {
        cp_stats_free(acc.total);
        return rc;
    }
    *out = acc.total;
    return CLI_OK;
}
