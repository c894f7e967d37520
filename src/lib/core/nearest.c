/* Did you mean: the optimal string alignment distance, bounded. */
#include "nearest.h"

#include <string.h>

/* Names longer than this are never suggested: a hint is for a short name. */
#define LONGEST 64

size_t cp__edit_distance(const char *a, const char *b, size_t limit)
{
    size_t n = strlen(a), m = strlen(b);
    if (n > LONGEST || m > LONGEST || (n > m ? n - m : m - n) > limit)
        return limit + 1;
    size_t d[LONGEST + 1][LONGEST + 1];
    for (size_t i = 0; i <= n; i++)
        d[i][0] = i;
    for (size_t j = 0; j <= m; j++)
        d[0][j] = j;
    for (size_t i = 1; i <= n; i++) {
        for (size_t j = 1; j <= m; j++) {
            size_t cost = a[i - 1] != b[j - 1];
            size_t best = d[i - 1][j - 1] + cost;
            if (d[i - 1][j] + 1 < best)
                best = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < best)
                best = d[i][j - 1] + 1;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
                d[i - 2][j - 2] + 1 < best)
                best = d[i - 2][j - 2] + 1;
            d[i][j] = best;
        }
    }
    return d[n][m] > limit ? limit + 1 : d[n][m];
}

const char *cp__nearest(const char *word, const char *const *names, size_t n)
{
    const char *best = NULL;
    size_t best_d = CP__NEAREST_MAX + 1;
    for (size_t i = 0; i < n; i++) {
        if (!names[i] || strcmp(names[i], word) == 0)
            continue;
        size_t d = cp__edit_distance(word, names[i], CP__NEAREST_MAX);
        if (d < best_d) {
            best = names[i];
            best_d = d;
        }
    }
    return best;
}
