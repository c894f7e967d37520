/* Run-time version. */
#include <careerplan/version.h>

const char *cp_version(void)
{
    return CP_VERSION_STRING;
}

int cp_version_number(void)
{
    return CP_VERSION_NUM;
}
