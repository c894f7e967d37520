/* Unknown members: kept as a jansson object per node, in their input order. */
#include <jansson.h>

void cp__unknown_free(void *unknown);
void *cp__unknown_clone(const void *unknown);

void cp__unknown_free(void *unknown)
{
    json_decref((json_t *)unknown);
}

void *cp__unknown_clone(const void *unknown)
{
    return json_deep_copy((const json_t *)unknown);
}
