/* Makes a client with a plan, writes it, and prints the library's version:
 * enough of the API to need the library's code, not only its headers. */
#include <careerplan/careerplan.h>
#include <stdio.h>

int main(void)
{
    cp_error err;
    cp_client *client = NULL;
    cp_plan *plan = NULL;
    cp_date created;
    char *json = NULL;
    size_t len = 0;

    if (cp_date_parse("2026-01-20", &created, &err) != CP_OK ||
        cp_client_new("c-1", &client, &err) != CP_OK ||
        cp_client_add_plan(client, "p-1", created, &plan, &err) != CP_OK ||
        cp_client_save_string(client, NULL, &json, &len, &err) != CP_OK) {
        fprintf(stderr, "%s\n", err.message);
        cp_client_free(client);
        return 1;
    }
    printf("careerplan %s: %zu bytes\n", cp_version(), len);
    cp_free(json);
    cp_client_free(client);
    return 0;
}
