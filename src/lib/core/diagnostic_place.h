/* Internal: setting where a diagnostic is in its text (cp_diagnostics_locate). */
#ifndef CP_CORE_DIAGNOSTIC_PLACE_H
#define CP_CORE_DIAGNOSTIC_PLACE_H

#include <careerplan/diagnostics.h>

#include <stddef.h>

/* Sets the line and column (from 1) of the diagnostic at index (< count). */
void cp__diagnostic_place(cp_diagnostics *list, size_t index, int line, int column);

#endif
