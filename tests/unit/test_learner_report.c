#include "testutil.h"
START_TEST(x){}END_TEST static Suite *suite(void){Suite *s=suite_create("lr");TCase*tc=tcase_create("x");tcase_add_test(tc,x);suite_add_tcase(s,tc);return s;} CP_TEST_MAIN(suite)
