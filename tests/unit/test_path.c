/* The internal lazy JSON Pointer (src/lib/core/path.c): escaping, indexes,
 * pop, the cached string, truncation at CP_ERROR_PATH_SIZE with long tokens
 * and many frames, frames beyond the kept depth, and the same strings as the
 * eager builder it replaced on a long pseudo-random sequence; and the
 * scanner's pointers (src/lib/io/json_locate.c), whose keys are decoded into
 * a buffer that is reused. */
#include "testutil.h"

#include "../../src/lib/core/path.h"
#include "../../src/lib/io/json_locate.h"

#include <stdint.h>
#include <stdio.h>

#define CAP (CP_ERROR_PATH_SIZE - 1)

static cp__path path; /* static: 9 KB */

/* A string of n copies of c (n < 640), in a static buffer per slot. */
static const char *rep(int slot, char c, size_t n)
{
    static char bufs[4][640];
    ck_assert_uint_lt(n, sizeof bufs[0]);
    memset(bufs[slot], c, n);
    bufs[slot][n] = '\0';
    return bufs[slot];
}

START_TEST(empty)
{
    static cp__path zero; /* all zero bytes: an empty path too */
    ck_assert_str_eq(cp__path_str(&zero), "");
    cp__path_init(&path);
    ck_assert_str_eq(cp__path_str(&path), "");
    ck_assert_uint_eq(cp__path_mark(&path), 0);
}
END_TEST

START_TEST(escaping)
{
    cp__path_init(&path);
    cp__path_push(&path, "a~b/c");
    cp__path_push(&path, "~");
    cp__path_push(&path, "/");
    cp__path_push(&path, "");
    cp__path_push(&path, "~01");
    ck_assert_str_eq(cp__path_str(&path), "/a~0b~1c/~0/~1//~001");
}
END_TEST

START_TEST(indexes)
{
    cp__path_init(&path);
    cp__path_push(&path, "goals");
    cp__path_push_index(&path, 0);
    cp__path_push_index(&path, 12345);
    cp__path_push_index(&path, SIZE_MAX);
    char want[64];
    snprintf(want, sizeof want, "/goals/0/12345/%zu", (size_t)SIZE_MAX);
    ck_assert_str_eq(cp__path_str(&path), want);
}
END_TEST

START_TEST(pop_and_cache)
{
    cp__path_init(&path);
    size_t a = cp__path_push(&path, "clients");
    ck_assert_uint_eq(a, 0);
    ck_assert_str_eq(cp__path_str(&path), "/clients");
    size_t b = cp__path_push_index(&path, 3);
    ck_assert_uint_eq(b, 1);
    ck_assert_str_eq(cp__path_str(&path), "/clients/3");
    size_t c = cp__path_push(&path, "plans");
    ck_assert_str_eq(cp__path_str(&path), "/clients/3/plans");
    cp__path_pop(&path, c);
    ck_assert_str_eq(cp__path_str(&path), "/clients/3");
    cp__path_push(&path, "supporters");
    cp__path_push_index(&path, 0);
    ck_assert_str_eq(cp__path_str(&path), "/clients/3/supporters/0");
    cp__path_pop(&path, b);
    ck_assert_uint_eq(cp__path_mark(&path), 1);
    ck_assert_str_eq(cp__path_str(&path), "/clients");
    /* Pushes and pops without a read in between. */
    cp__path_push_index(&path, 4);
    size_t d = cp__path_push(&path, "x");
    cp__path_push(&path, "y");
    cp__path_pop(&path, d);
    cp__path_push(&path, "z");
    ck_assert_str_eq(cp__path_str(&path), "/clients/4/z");
    ck_assert_str_eq(cp__path_str(&path), "/clients/4/z"); /* read twice */
    cp__path_pop(&path, a);
    ck_assert_str_eq(cp__path_str(&path), "");
}
END_TEST

START_TEST(long_tokens)
{
    char want[2 * CP_ERROR_PATH_SIZE];
    cp__path_init(&path);
    /* A token that fills the string exactly fits ... */
    size_t m = cp__path_push(&path, rep(0, 'x', CAP - 1));
    snprintf(want, sizeof want, "/%s", rep(1, 'x', CAP - 1));
    ck_assert_str_eq(cp__path_str(&path), want);
    ck_assert_uint_eq(strlen(cp__path_str(&path)), CAP);
    /* ... and then nothing more does, not even an empty token. */
    cp__path_push(&path, "");
    cp__path_push_index(&path, 0);
    ck_assert_str_eq(cp__path_str(&path), want);
    cp__path_pop(&path, m);
    /* One character more: left out whole. */
    cp__path_push(&path, rep(0, 'x', CAP));
    ck_assert_str_eq(cp__path_str(&path), "");
    cp__path_pop(&path, m);
    /* After a whole token, a long one is left out and so is every one after it
     * (even short ones), until it is popped. */
    cp__path_push(&path, "a");
    size_t long_at = cp__path_push(&path, rep(0, 'x', CAP - 2));
    cp__path_push(&path, "b");
    cp__path_push_index(&path, 7);
    ck_assert_str_eq(cp__path_str(&path), "/a");
    cp__path_pop(&path, long_at);
    cp__path_push(&path, "b");
    ck_assert_str_eq(cp__path_str(&path), "/a/b");
    cp__path_pop(&path, long_at);
    /* An escape counts two characters: "/a" + "/" + 506 x + "~0" is 511. */
    char token[2 * CP_ERROR_PATH_SIZE]; /* a key must outlive its frame */
    snprintf(token, sizeof token, "%s~", rep(0, 'x', CAP - 5));
    cp__path_push(&path, token);
    snprintf(want, sizeof want, "/a/%s~0", rep(1, 'x', CAP - 5));
    ck_assert_str_eq(cp__path_str(&path), want);
    ck_assert_uint_eq(strlen(want), CAP);
    cp__path_pop(&path, long_at);
    snprintf(token, sizeof token, "%s/", rep(0, 'x', CAP - 4)); /* 512: left out */
    cp__path_push(&path, token);
    ck_assert_str_eq(cp__path_str(&path), "/a");
}
END_TEST

START_TEST(many_frames)
{
    cp__path_init(&path);
    /* 300 tokens "ab" (3 characters each): 170 fit (510), the 171st does not. */
    for (int i = 0; i < 300; i++)
        cp__path_push(&path, "ab");
    char want[CP_ERROR_PATH_SIZE];
    want[0] = '\0';
    for (int i = 0; i < 170; i++)
        strcat(want, "/ab");
    ck_assert_str_eq(cp__path_str(&path), want);
    cp__path_pop(&path, 171);
    ck_assert_str_eq(cp__path_str(&path), want);
    cp__path_pop(&path, 170);
    cp__path_push(&path, "c"); /* 510 + 2: left out */
    ck_assert_str_eq(cp__path_str(&path), want);
    cp__path_pop(&path, 170);
    cp__path_push(&path, ""); /* 510 + 1: fits */
    strcat(want, "/");
    ck_assert_str_eq(cp__path_str(&path), want);
    cp__path_pop(&path, 100);
    want[300] = '\0';
    ck_assert_str_eq(cp__path_str(&path), want);
}
END_TEST

START_TEST(depth_overflow)
{
    cp__path_init(&path);
    /* 3,000 empty tokens (one character each): 511 fit; frames beyond the
     * kept depth are counted, so the marks stay balanced. */
    for (size_t i = 0; i < 3000; i++)
        ck_assert_uint_eq(cp__path_push(&path, ""), i);
    ck_assert_uint_eq(cp__path_mark(&path), 3000);
    ck_assert_str_eq(cp__path_str(&path), rep(0, '/', CAP));
    cp__path_pop(&path, 2500);
    ck_assert_str_eq(cp__path_str(&path), rep(0, '/', CAP));
    cp__path_pop(&path, CP__PATH_FRAMES);
    ck_assert_str_eq(cp__path_str(&path), rep(0, '/', CAP));
    cp__path_pop(&path, CAP);
    ck_assert_str_eq(cp__path_str(&path), rep(0, '/', CAP));
    cp__path_pop(&path, CAP - 1);
    ck_assert_str_eq(cp__path_str(&path), rep(0, '/', CAP - 1));
    cp__path_push_index(&path, 5); /* "/5" needs 2: left out */
    ck_assert_str_eq(cp__path_str(&path), rep(0, '/', CAP - 1));
    cp__path_pop(&path, 10);
    cp__path_push_index(&path, 5);
    ck_assert_str_eq(cp__path_str(&path), "///////////5"); /* 10 empty, then 5 */
    /* Index frames beyond the kept depth, unread until the end. */
    cp__path_init(&path);
    for (size_t i = 0; i < 2100; i++)
        cp__path_push_index(&path, i);
    char want[CP_ERROR_PATH_SIZE + 16];
    size_t n = 0;
    for (size_t i = 0;; i++) {
        char tok[16];
        int k = snprintf(tok, sizeof tok, "/%zu", i);
        if (n + (size_t)k > CAP)
            break;
        memcpy(want + n, tok, (size_t)k + 1);
        n += (size_t)k;
    }
    ck_assert_str_eq(cp__path_str(&path), want);
    cp__path_pop(&path, 0);
    ck_assert_str_eq(cp__path_str(&path), "");
}
END_TEST

START_TEST(cut_frame)
{
    cp__path_init(&path);
    cp__path_push(&path, "a");
    size_t m = cp__path_push_cut(&path);
    cp__path_push(&path, "b");
    ck_assert_str_eq(cp__path_str(&path), "/a");
    cp__path_pop(&path, m);
    cp__path_push(&path, "b");
    ck_assert_str_eq(cp__path_str(&path), "/a/b");
}
END_TEST

/* The eager builder that cp__path replaced (src/lib/core/path.c before issue
 * 13's lazy paths), kept here as the reference for the strings. */
typedef struct eager {
    char buf[CP_ERROR_PATH_SIZE];
    size_t len;
} eager;

static size_t eager_push(eager *p, const char *token)
{
    size_t old = p->len, cap = sizeof p->buf - 1;
    if (p->len >= cap)
        return old;
    p->buf[p->len++] = '/';
    const char *s = token;
    for (; *s && p->len < cap; s++) {
        if (*s == '~' || *s == '/') {
            if (p->len + 2 > cap)
                break;
            p->buf[p->len++] = '~';
            p->buf[p->len++] = *s == '~' ? '0' : '1';
        } else {
            p->buf[p->len++] = *s;
        }
    }
    if (*s) {
        p->buf[old] = '\0';
        p->len = cap;
        return old;
    }
    p->buf[p->len] = '\0';
    return old;
}

static uint32_t rnd(uint32_t *s)
{
    *s = *s * 1103515245u + 12345u;
    return (*s >> 8) & 0xFFFFFF;
}

START_TEST(same_as_eager)
{
    /* Tokens of every kind of length and escape, pushed and popped at random
     * (a fixed seed) with the pointer read now and then. */
    static char tokens[64][200];
    uint32_t seed = 13;
    for (int t = 0; t < 64; t++) {
        size_t len = t < 8 ? (size_t)t : rnd(&seed) % (t < 48 ? 20 : 199);
        for (size_t i = 0; i < len; i++) {
            uint32_t r = rnd(&seed) % 10;
            tokens[t][i] = r == 0 ? '~' : r == 1 ? '/' : (char)('a' + r);
        }
        tokens[t][len] = '\0';
    }
    static eager e;
    static size_t emarks[4096], pmarks[4096];
    static char idx[4096][24];
    size_t depth = 0;
    cp__path_init(&path);
    e.len = 0;
    e.buf[0] = '\0';
    for (int op = 0; op < 40000; op++) {
        uint32_t r = rnd(&seed) % 100;
        if (depth > 0 && (r < 40 || depth == 4096)) {
            size_t to = depth - 1 - (r < 5 ? rnd(&seed) % depth : 0);
            e.len = emarks[to];
            e.buf[e.len] = '\0';
            cp__path_pop(&path, pmarks[to]);
            depth = to;
        } else if (r < 60) {
            size_t i = rnd(&seed) % 100000;
            snprintf(idx[depth], sizeof idx[depth], "%zu", i);
            emarks[depth] = eager_push(&e, idx[depth]);
            pmarks[depth] = cp__path_push_index(&path, i);
            depth++;
        } else {
            const char *tok = tokens[rnd(&seed) % 64];
            emarks[depth] = eager_push(&e, tok);
            pmarks[depth] = cp__path_push(&path, tok);
            depth++;
        }
        ck_assert_uint_eq(cp__path_mark(&path), depth);
        if (rnd(&seed) % 4 == 0)
            ck_assert_str_eq(cp__path_str(&path), e.buf);
    }
    ck_assert_str_eq(cp__path_str(&path), e.buf);
}
END_TEST

/* cp__json_locate's pointer: each key is decoded into a buffer that the next
 * key reuses, so the scanner keeps the keys on the path itself. */
static void located(const char *text, size_t max_depth, const char *want)
{
    size_t at = 0;
    ck_assert_int_eq(cp__json_locate(text, strlen(text), max_depth, (size_t)-1, &path, &at),
                     CP__LOCATE_DEEP);
    ck_assert_str_eq(cp__path_str(&path), want);
}

START_TEST(locate_keys)
{
    located("{\"first\": 1, \"b~/\": {\"c\": [0, {\"dd\": 2, \"e\": [[[1]]]}]}}", 6,
            "/b~0~1/c/1/e/0/0");
    located("{\"k\": {\"zz\": {}, \"y\": [{\"x\": [[]]}]}}", 5, "/k/y/0/x/0");
    /* Keys longer than the pointer can hold: the pointer ends at the last whole one. */
    static char text[8 * CP_ERROR_PATH_SIZE];
    snprintf(text, sizeof text, "{\"a\": {\"%s\": {\"%s\": {\"b\": [[1]]}}}}",
             rep(0, 'x', 300), rep(1, 'y', 300));
    char want[2 * CP_ERROR_PATH_SIZE];
    snprintf(want, sizeof want, "/a/%s", rep(0, 'x', 300));
    located(text, 4, want);
    /* 300 nested keys "k": the scanner keeps 256 of them (two bytes each with
     * the NUL, 512) and cuts the rest; the pointer holds 255 ("/k" is two
     * characters of 511). */
    size_t n = 0;
    for (int i = 0; i < 300; i++)
        n += (size_t)snprintf(text + n, sizeof text - n, "{\"k\":");
    n += (size_t)snprintf(text + n, sizeof text - n, "[[1]]");
    for (int i = 0; i < 300; i++)
        text[n++] = '}';
    text[n] = '\0';
    want[0] = '\0';
    for (int i = 0; i < 255; i++)
        strcat(want, "/k");
    located(text, 301, want);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("path");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, empty);
    tcase_add_test(tc, escaping);
    tcase_add_test(tc, indexes);
    tcase_add_test(tc, pop_and_cache);
    tcase_add_test(tc, long_tokens);
    tcase_add_test(tc, many_frames);
    tcase_add_test(tc, depth_overflow);
    tcase_add_test(tc, cut_frame);
    tcase_add_test(tc, same_as_eager);
    tcase_add_test(tc, locate_keys);
    suite_add_tcase(s, tc);
    return s;
}

CP_TEST_MAIN(suite)
