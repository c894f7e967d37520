/*
 * SWIG interface of libcareerplan: the low-level module careerplan._careerplan.
 *
 * It binds the public C API function for function; the Pythonic layer
 * (careerplan/__init__.py and its modules) is written on top of it. The
 * typemaps make the C conventions Python ones:
 *   - `cp_error *err` is hidden; a call that returns a status other than
 *     CP_OK raises the matching careerplan exception (built by
 *     careerplan._errors._from_c from the status and the error's message,
 *     path, line and column); a cp_status result becomes None;
 *   - `T **out`, `cp_date *out`, enum `*out` and `double *out` parameters are
 *     returned instead of passed;
 *   - `char **out` (with `size_t *len`) returns a str and frees the C string;
 *   - cp_date is datetime.date both ways, with None for "no date";
 *   - `const char *` takes a str (or None for NULL) and refuses embedded NULs;
 *     `const char *path` also takes bytes and os.PathLike (file names);
 *   - a NULL model object raises ValueError instead of crashing.
 * Objects come back as plain pointers that own nothing: the Python layer
 * decides what is borrowed and what is new.
 *
 * careerplan/meson.build runs SWIG with -builtin (so that careerplan._careerplan
 * holds the C functions themselves; see README.md) and -doxygen (the header
 * comments become docstrings).
 *
 * SPDX-License-Identifier: MIT
 */
%module(package="careerplan", threads="1") _careerplan

/* Only the calls that can take long release the GIL: document load and
 * save, validation, applying a review, export, caseload queries and stats,
 * and freeing a whole tree. Everything else keeps it: they are short, and
 * releasing and taking the GIL back would cost more than the call. */
%nothread;

%{
#include <careerplan/careerplan.h>

#include <datetime.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* The error struct of the call in progress on this thread, set by the
 * `cp_error *err` typemap and cleared when the wrapper ends, so that the
 * cp_status typemap can raise with the details. Functions without an err
 * parameter leave it NULL. */
static _Thread_local const cp_error *cp_py_err_slot;

/* careerplan._errors._from_c, looked up on first use. */
static PyObject *cp_py_error_factory;

static PyObject *cp_py_text(const char *s)
{
    /* Messages may be cut in the middle of a UTF-8 sequence by the C side's
     * fixed-size buffers: decode with replacement, never fail on them. */
    return PyUnicode_DecodeUTF8(s, (Py_ssize_t)strlen(s), "replace");
}

/* Raises the careerplan exception for a failed call. */
static void cp_py_raise(cp_status status, const cp_error *e, const char *function)
{
    if (!cp_py_error_factory) {
        PyObject *mod = PyImport_ImportModule("careerplan._errors");
        if (!mod)
            return;
        cp_py_error_factory = PyObject_GetAttrString(mod, "_from_c");
        Py_DECREF(mod);
        if (!cp_py_error_factory)
            return;
    }
    int has = e && e->code != CP_OK;
    PyObject *message = cp_py_text(has ? e->message : cp_status_string(status));
    PyObject *path = cp_py_text(has ? e->path : "");
    PyObject *exc = NULL;
    if (message && path)
        exc = PyObject_CallFunction(cp_py_error_factory, "isOOsiil", (int)status,
                                    cp_status_name(status), message, path, function,
                                    has ? e->line : 0, has ? e->column : 0,
                                    has ? e->position : -1L);
    Py_XDECREF(message);
    Py_XDECREF(path);
    if (exc) {
        PyErr_SetObject((PyObject *)Py_TYPE(exc), exc);
        Py_DECREF(exc);
    }
}

static int cp_py_date_in(PyObject *o, cp_date *out)
{
    if (o == Py_None) {
        out->year = out->month = out->day = 0;
        return 0;
    }
    if (!PyDate_Check(o)) {
        PyErr_Format(PyExc_TypeError, "expected a datetime.date or None, not %.100s",
                     Py_TYPE(o)->tp_name);
        return -1;
    }
    out->year = PyDateTime_GET_YEAR(o);
    out->month = PyDateTime_GET_MONTH(o);
    out->day = PyDateTime_GET_DAY(o);
    return 0;
}

static PyObject *cp_py_date_out(cp_date d)
{
    if (cp_date_is_none(d))
        Py_RETURN_NONE;
    return PyDate_FromDate(d.year, d.month, d.day);
}

/* Decodes and frees a string the library returned as "new". */
static PyObject *cp_py_take_string(char *s, size_t len)
{
    PyObject *o = PyUnicode_DecodeUTF8(s, (Py_ssize_t)len, "strict");
    cp_free(s);
    return o;
}
%}

%init %{
    PyDateTime_IMPORT;
    if (!PyDateTimeAPI)
        return NULL;
%}

/* ---- statuses and errors ---- */

%typemap(in, numinputs=0) cp_error *err (cp_error temp) {
    cp_error_clear(&temp);
    $1 = &temp;
}
/* Published only now, after every argument is converted (which may run
 * Python code, and so other wrappers): only the C call comes in between. */
%typemap(check) cp_error *err {
    cp_py_err_slot = $1;
}
%typemap(freearg) cp_error *err {
    cp_py_err_slot = NULL;
}

%typemap(out) cp_status {
    const cp_error *e = cp_py_err_slot;
    cp_py_err_slot = NULL;
    if ($1 != CP_OK) {
        cp_py_raise($1, e, "$symname");
        SWIG_fail;
    }
    $result = SWIG_Py_Void();
}

/* ---- strings ---- */

%typemap(in) const char * {
    if ($input == Py_None) {
        $1 = NULL;
    } else if (PyUnicode_Check($input)) {
        Py_ssize_t n = 0;
        const char *s = PyUnicode_AsUTF8AndSize($input, &n);
        if (!s)
            SWIG_fail;
        if ((size_t)n != strlen(s)) {
            PyErr_SetString(PyExc_ValueError, "embedded null character in string");
            SWIG_fail;
        }
        $1 = ($1_ltype)s;
    } else {
        PyErr_Format(PyExc_TypeError, "expected str or None, not %.100s",
                     Py_TYPE($input)->tp_name);
        SWIG_fail;
    }
}
/* The buffer belongs to the str object: nothing to free. */
%typemap(freearg) const char * ""
%typemap(typecheck, precedence=SWIG_TYPECHECK_STRING) const char * {
    $1 = $input == Py_None || PyUnicode_Check($input);
}

/* File names: str, bytes or os.PathLike, as the os module takes them. */
%typemap(in) const char *path (PyObject *bytes = NULL) {
    if ($input == Py_None) {
        $1 = NULL;
    } else {
        if (!PyUnicode_FSConverter($input, &bytes))
            SWIG_fail;
        $1 = ($1_ltype)PyBytes_AS_STRING(bytes);
    }
}
%typemap(freearg) const char *path {
    Py_XDECREF(bytes$argnum);
}

/* A document's bytes: bytes or str (encoded as UTF-8). Both are immutable,
 * so the buffer stays as it is while the GIL is released. */
%typemap(in) (const char *json, size_t len) {
    if (PyBytes_Check($input)) {
        $1 = ($1_ltype)PyBytes_AS_STRING($input);
        $2 = (size_t)PyBytes_GET_SIZE($input);
    } else if (PyUnicode_Check($input)) {
        Py_ssize_t n = 0;
        const char *s = PyUnicode_AsUTF8AndSize($input, &n);
        if (!s)
            SWIG_fail;
        $1 = ($1_ltype)s;
        $2 = (size_t)n;
    } else {
        PyErr_Format(PyExc_TypeError, "expected bytes or str, not %.100s",
                     Py_TYPE($input)->tp_name);
        SWIG_fail;
    }
}

/* A CSV text (<careerplan/exchange.h>): bytes or str, as a document's. */
%apply (const char *json, size_t len) { (const char *csv, size_t len) };

/* Strings returned as "new": decoded, then freed with cp_free(). */
%typemap(in, numinputs=0) (char **out, size_t *len) (char *temp = NULL, size_t templen = 0) {
    $1 = &temp;
    $2 = &templen;
}
%typemap(argout) (char **out, size_t *len) {
    PyObject *s = cp_py_take_string(*$1, *$2);
    *$1 = NULL;
    if (!s) {
        Py_XDECREF($result);
        SWIG_fail;
    }
    %append_output(s);
}
%typemap(freearg) (char **out, size_t *len) {
    if ($1)
        cp_free(*$1);
}

%typemap(in, numinputs=0) char **out (char *temp = NULL) {
    $1 = &temp;
}
%typemap(argout) char **out {
    PyObject *s = cp_py_take_string(*$1, strlen(*$1));
    *$1 = NULL;
    if (!s) {
        Py_XDECREF($result);
        SWIG_fail;
    }
    %append_output(s);
}
%typemap(freearg) char **out {
    if ($1)
        cp_free(*$1);
}

/* cp_date_format(): the buffer is ours, the text is returned. */
%typemap(in, numinputs=0) (char *buf, size_t size) (char temp[CP_DATE_BUFSIZE]) {
    temp[0] = '\0';
    $1 = temp;
    $2 = sizeof temp;
}
%typemap(argout) (char *buf, size_t size) {
    PyObject *s = PyUnicode_FromString($1);
    if (!s) {
        Py_XDECREF($result);
        SWIG_fail;
    }
    %append_output(s);
}

/* ---- dates ---- */

%typemap(in) cp_date {
    if (cp_py_date_in($input, &$1) < 0)
        SWIG_fail;
}
%typemap(typecheck) cp_date {
    $1 = $input == Py_None || PyDate_Check($input);
}
%typemap(out) cp_date {
    $result = cp_py_date_out($1);
    if (!$result)
        SWIG_fail;
}
%typemap(in, numinputs=0) cp_date *out (cp_date temp) {
    temp.year = temp.month = temp.day = 0;
    $1 = &temp;
}
%typemap(argout) cp_date *out {
    PyObject *d = cp_py_date_out(*$1);
    if (!d) {
        Py_XDECREF($result);
        SWIG_fail;
    }
    %append_output(d);
}

/* A plan's period: two dates out, as a tuple (start, end). */
%apply cp_date *out { cp_date *start, cp_date *end };

/* ---- other out parameters ---- */

/* Objects: returned as pointers that own nothing (borrowed or "new" is for
 * the Python layer to know); NULL is None. */
%typemap(in, numinputs=0) SWIGTYPE **out ($*1_ltype temp = NULL) {
    $1 = &temp;
}
%typemap(argout) SWIGTYPE **out {
    %append_output(SWIG_NewPointerObj(SWIG_as_voidptr(*$1), $*1_descriptor, 0));
}

%typemap(in, numinputs=0) double *out (double temp = 0.0) {
    $1 = &temp;
}
%typemap(argout) double *out {
    %append_output(PyFloat_FromDouble(*$1));
}

%define CP_ENUM_OUT(T)
%typemap(in, numinputs=0) T *out (T temp) {
    temp = (T)0;
    $1 = &temp;
}
%typemap(argout) T *out {
    %append_output(PyLong_FromLong((long)*$1));
}
%enddef
/* Those of the model description are in model_lists.i (see below). */
CP_ENUM_OUT(cp_document_kind)
CP_ENUM_OUT(cp_term)

/* ---- the review policy's arrays, as tuples of four ints ---- */

%typemap(out) int school_reviews_per_year[4], cp_review_frequency beyond_school[4] {
    $result = Py_BuildValue("(iiii)", (int)$1[0], (int)$1[1], (int)$1[2], (int)$1[3]);
    if (!$result)
        SWIG_fail;
}
%typemap(in) int school_reviews_per_year[4] (int temp[4]),
             cp_review_frequency beyond_school[4] ($*1_ltype temp[4]) {
    PyObject *seq = PySequence_Fast($input, "expected a sequence of 4 ints");
    if (!seq)
        SWIG_fail;
    if (PySequence_Fast_GET_SIZE(seq) != 4) {
        Py_DECREF(seq);
        PyErr_SetString(PyExc_ValueError, "expected a sequence of 4 ints");
        SWIG_fail;
    }
    for (Py_ssize_t i = 0; i < 4; i++) {
        long v = PyLong_AsLong(PySequence_Fast_GET_ITEM(seq, i));
        if (v == -1 && PyErr_Occurred()) {
            Py_DECREF(seq);
            SWIG_fail;
        }
        if (v < INT_MIN || v > INT_MAX) {
            Py_DECREF(seq);
            PyErr_SetString(PyExc_OverflowError, "value out of range");
            SWIG_fail;
        }
        temp[i] = ($*1_ltype)v;
    }
    Py_DECREF(seq);
    $1 = temp;
}
%typemap(memberin) int school_reviews_per_year[4], cp_review_frequency beyond_school[4] {
    memcpy($1, $input, sizeof($1[0]) * 4);
}

/* ---- the journeys analyses (journeys.h) ---- */

/* Counts out. */
%typemap(in, numinputs=0) size_t *total (size_t temp = 0) {
    $1 = &temp;
}
%typemap(argout) size_t *total {
    %append_output(PyLong_FromSize_t(*$1));
}
%typemap(in, numinputs=0) int *value (int temp = 0) {
    $1 = &temp;
}
%typemap(argout) int *value {
    %append_output(PyLong_FromLong((long)*$1));
}
%apply double *out { double *score, double *contribution };

/* A PAL check: (year_group, (encounters x3), (repeated x3), (state x3)). */
%typemap(in, numinputs=0) cp_pal_check *out (cp_pal_check temp) {
    memset(&temp, 0, sizeof temp);
    $1 = &temp;
}
%typemap(argout) cp_pal_check *out {
    %append_output(Py_BuildValue("(i(nnn)(nnn)(iii))", $1->year_group,
        (Py_ssize_t)$1->encounters[0], (Py_ssize_t)$1->encounters[1],
        (Py_ssize_t)$1->encounters[2], (Py_ssize_t)$1->repeated[0],
        (Py_ssize_t)$1->repeated[1], (Py_ssize_t)$1->repeated[2], (int)$1->state[0],
        (int)$1->state[1], (int)$1->state[2]));
}

/* A guidance check: (by_age, first_due, second_due, interviews, first,
 * second, first_met, second_met). */
%typemap(in, numinputs=0) cp_guidance_check *out (cp_guidance_check temp) {
    memset(&temp, 0, sizeof temp);
    $1 = &temp;
}
%typemap(argout) cp_guidance_check *out {
    PyObject *d[4] = {cp_py_date_out($1->first_due), cp_py_date_out($1->second_due),
                      cp_py_date_out($1->first), cp_py_date_out($1->second)};
    PyObject *t = NULL;
    if (d[0] && d[1] && d[2] && d[3])
        t = Py_BuildValue("(OOOnOOOO)", $1->by_age ? Py_True : Py_False, d[0], d[1],
                          (Py_ssize_t)$1->interviews, d[2], d[3],
                          $1->first_met ? Py_True : Py_False,
                          $1->second_met ? Py_True : Py_False);
    for (int i = 0; i < 4; i++)
        Py_XDECREF(d[i]);
    if (!t) {
        Py_XDECREF($result);
        SWIG_fail;
    }
    %append_output(t);
}

/* NEET options: None for the defaults, or (factors, threshold) where factors
 * is None (the defaults) or a sequence of (name, weight). The names are
 * borrowed from the str objects, which the sequence keeps alive. */
%typemap(in) const cp_neet_options *opts (cp_neet_options temp, cp_neet_factor *farr = NULL,
                                          PyObject *fseq = NULL) {
    if ($input == Py_None) {
        $1 = NULL;
    } else {
        PyObject *fs = NULL;
        double threshold = 0;
        if (!PyArg_ParseTuple($input, "Od;NEET options are (factors, threshold)", &fs, &threshold))
            SWIG_fail;
        temp.version = CP_NEET_OPTIONS_VERSION;
        temp.factors = NULL;
        temp.factor_count = 0;
        temp.threshold = threshold;
        if (fs != Py_None) {
            fseq = PySequence_Fast(fs, "NEET factors are a sequence of (name, weight)");
            if (!fseq)
                SWIG_fail;
            Py_ssize_t n = PySequence_Fast_GET_SIZE(fseq);
            farr = (cp_neet_factor *)calloc(n > 0 ? (size_t)n : 1u, sizeof *farr);
            if (!farr) {
                PyErr_NoMemory();
                SWIG_fail;
            }
            for (Py_ssize_t i = 0; i < n; i++) {
                const char *name = NULL;
                double weight = 0;
                if (!PyArg_ParseTuple(PySequence_Fast_GET_ITEM(fseq, i),
                                      "sd;a NEET factor is (name, weight)", &name, &weight))
                    SWIG_fail;
                farr[i].name = name;
                farr[i].weight = weight;
            }
            temp.factors = farr;
            temp.factor_count = (size_t)n;
        }
        $1 = &temp;
    }
}
%typemap(freearg) const cp_neet_options *opts {
    free(farr$argnum);
    Py_XDECREF(fseq$argnum);
}

/* cp_neet_default_factors(): a list of (name, weight). */
%typemap(in, numinputs=0) size_t *count (size_t temp = 0) {
    $1 = &temp;
}
%typemap(out) const cp_neet_factor * {
    $result = SWIG_Py_Void();
}
%typemap(argout) size_t *count {
    PyObject *list = PyList_New(0);
    for (size_t i = 0; list && i < *$1; i++) {
        PyObject *item = Py_BuildValue("(sd)", result[i].name, result[i].weight);
        if (!item || PyList_Append(list, item) < 0) {
            Py_XDECREF(item);
            Py_CLEAR(list);
            break;
        }
        Py_DECREF(item);
    }
    if (!list)
        SWIG_fail;
    Py_DECREF($result);
    $result = list;
}

/* ---- NULL model objects raise instead of crashing ---- */

%define CP_NONNULL(T)
%typemap(check) T *, const T * {
    if (!$1) {
        PyErr_SetString(PyExc_ValueError, "a " #T " is required, not None");
        SWIG_fail;
    }
}
%enddef
/* CP_ENUM_OUT of every enumeration and CP_NONNULL of every type of the model
 * description (src/model/*.toml), generated into the build tree by
 * src/gen/cpgen.py (target swig-lists); then the other types. */
%include "model_lists.i"
CP_NONNULL(cp_document)
CP_NONNULL(cp_diagnostics)
CP_NONNULL(cp_diagnostic)
CP_NONNULL(cp_hits)
CP_NONNULL(cp_hit)
CP_NONNULL(cp_stats)
CP_NONNULL(cp_jsonl_reader)
CP_NONNULL(cp_load_options)
CP_NONNULL(cp_review_policy)
CP_NONNULL(cp_validate_options)
CP_NONNULL(cp_ical_options)
CP_NONNULL(cp_schedule_options)
CP_NONNULL(cp_cohort_coverage)
CP_NONNULL(cp_neet_report)
/* The option structs' own accessors (their `self` is spelled struct X). */
%typemap(check) struct cp_load_options *self, struct cp_save_options *self,
                struct cp_review_policy *self, struct cp_validate_options *self,
                struct cp_schedule_options *self {
    if (!$1) {
        PyErr_SetString(PyExc_ValueError, "an options struct is required, not None");
        SWIG_fail;
    }
}
/* Options are optional: NULL means the defaults. */
%typemap(check) const cp_load_options *opts, const cp_save_options *opts,
                const cp_review_policy *policy, const cp_validate_options *opts,
                const cp_schedule_options *opts,
                cp_diagnostics *warnings ""
/* NULL is an answer here: no map or learner covers nothing. */
%typemap(check) (const cp_provision_map *map, const cp_client *learner) ""

/* ---- what is not bound (see tests/python/test_coverage.py) ---- */

/* FILE * streams: Python file objects are not FILE *; load() and dump()
 * read and write them through the string functions instead. */
%ignore cp_document_load_file;
%ignore cp_client_load_file;
%ignore cp_client_save_file;
%ignore cp_caseload_load_file;
%ignore cp_document_load_file_with;
/* A load's progress callback is a C function pointer: the tool shows
 * progress; a Python load passes only the number of threads (jobs=). */
%ignore cp_load_progress;
%ignore cp_load_tuning::progress;
%ignore cp_load_tuning::progress_user;
%ignore cp_caseload_save_file;
%ignore cp_strategic_plan_load_file;
%ignore cp_strategic_plan_save_file;
%ignore cp_provision_map_load_file;
%ignore cp_provision_map_save_file;
/* JSON Lines: streams and a C callback; careerplan.iter_jsonl() reads with
 * the reader over a path, write_jsonl() writes through the string functions. */
%ignore cp_jsonl_reader_open_file;
%ignore cp_jsonl_reader_next_line;
%ignore cp_jsonl_for_each;
%ignore cp_jsonl_write_client;
%ignore cp_jsonl_write_caseload;
%ignore cp_jsonl_read_caseload;
/* Process-wide allocator hooks: must be set before any other call, and
 * Python has made calls before any script runs. */
%ignore cp_set_allocator;
/* Every string the library returns as new is freed by the typemaps above. */
%ignore cp_free;
/* Value types the typemaps convert (datetime.date, exceptions). */
%ignore cp_date;
%ignore cp_error;
/* The journeys' result structs are returned as tuples by the typemaps, and
 * NEET options are passed as (factors, threshold). */
%ignore cp_pal_check;
%ignore cp_guidance_check;
%ignore cp_neet_factor;
%ignore cp_neet_options;

/* ---- calls that release the GIL ---- */

%thread cp_document_load_string;
%thread cp_document_load_path;
%thread cp_document_load_string_with;
%thread cp_document_load_path_with;
%thread cp_document_save_string;
%thread cp_document_free;
%thread cp_client_load_string;
%thread cp_jsonl_reader_next;
%thread cp_client_load_path;
%thread cp_client_save_string;
%thread cp_client_save_path;
%thread cp_client_free;
%thread cp_caseload_load_string;
%thread cp_caseload_load_path;
%thread cp_caseload_save_string;
%thread cp_caseload_save_path;
%thread cp_caseload_free;
%thread cp_strategic_plan_load_string;
%thread cp_strategic_plan_load_path;
%thread cp_strategic_plan_save_string;
%thread cp_strategic_plan_save_path;
%thread cp_strategic_plan_free;
%thread cp_provision_map_load_string;
%thread cp_provision_map_load_path;
%thread cp_provision_map_save_string;
%thread cp_provision_map_save_path;
%thread cp_provision_map_free;
%thread cp_client_validate;
%thread cp_caseload_validate;
%thread cp_client_validate_with;
%thread cp_caseload_validate_with;
%thread cp_strategic_plan_validate;
%thread cp_review_apply;
%thread cp_client_export_for;
%thread cp_client_plan_html;
%thread cp_client_plan_text;
%thread cp_strategic_plan_html;
%thread cp_caseload_due_html;
%thread cp_caseload_actions_due;
%thread cp_caseload_actions_overdue;
%thread cp_caseload_reviews_due;
%thread cp_caseload_clients_without_agreed_plan;
%thread cp_caseload_plans_failing_smart;
%thread cp_caseload_stats;
%thread cp_cohort_coverage_compute;
%thread cp_caseload_neet_risk;
%thread cp_provision_map_validate_caseload;

/* ---- the public headers ---- */

#define CP_API
%include <careerplan/common.h>
%include <careerplan/version.h>
%include <careerplan/date.h>
%include <careerplan/diagnostics.h>
%include <careerplan/client.h>
%include <careerplan/plan.h>
%include <careerplan/goal.h>
%include <careerplan/action.h>
%include <careerplan/review.h>
%include <careerplan/consent.h>
%include <careerplan/caseload.h>
%include <careerplan/strategic_plan.h>
%include <careerplan/learner.h>
%include <careerplan/provision_map.h>
%include <careerplan/json.h>
%include <careerplan/validate.h>
%include <careerplan/cycle.h>
%include <careerplan/sharing.h>
%include <careerplan/query.h>
%include <careerplan/strategic.h>
%include <careerplan/exchange.h>
%include <careerplan/report.h>
%include <careerplan/html.h>
%include <careerplan/journeys.h>
/* cp_ical_options.as_of, a cp_date member: a date in, a date out. */
%typemap(in) cp_date *as_of (cp_date temp) {
    if (cp_py_date_in($input, &temp) < 0)
        SWIG_fail;
    $1 = &temp;
}
%typemap(out) cp_date *as_of {
    $result = cp_py_date_out(*$1);
    if (!$result)
        SWIG_fail;
}
%include <careerplan/calendar.h>
%include <stdint.i>
%include <careerplan/jsonl.h>

/* ---- a query's hits in one call ---- */

%inline %{
/* The hits of a query as a list of tuples (client, plan, goal, action,
 * date, days, count): the C objects (None where the hit has none), the date
 * (None when it has none) and the two numbers. One call instead of seven per
 * hit: a query can return a hit for every action of a caseload, and the
 * per-hit calls cost more than the query itself (careerplan._model's
 * Caseload._query). */
PyObject *cp_py_hits_rows(const cp_hits *hits)
{
    /* SWIG_NewPointerObj() wants a wrapper's self: none here. */
#define cp_py_pointer(ptr, type, flags) SWIG_Python_NewPointerObj(NULL, ptr, type, flags)
    size_t n = hits ? cp_hits_count(hits) : 0;
    PyObject *list = PyList_New((Py_ssize_t)n);
    for (size_t i = 0; list && i < n; i++) {
        const cp_hit *h = cp_hits_at(hits, i);
        const cp_client *c = cp_hit_get_client(h);
        const cp_plan *p = cp_hit_get_plan(h);
        const cp_goal *g = cp_hit_get_goal(h);
        const cp_action *a = cp_hit_get_action(h);
        PyObject *row = Py_BuildValue(
            "(NNNNNln)",
            c ? cp_py_pointer((void *)c, SWIGTYPE_p_cp_client, 0) : Py_NewRef(Py_None),
            p ? cp_py_pointer((void *)p, SWIGTYPE_p_cp_plan, 0) : Py_NewRef(Py_None),
            g ? cp_py_pointer((void *)g, SWIGTYPE_p_cp_goal, 0) : Py_NewRef(Py_None),
            a ? cp_py_pointer((void *)a, SWIGTYPE_p_cp_action, 0) : Py_NewRef(Py_None),
            cp_py_date_out(cp_hit_get_date(h)), cp_hit_get_days(h),
            (Py_ssize_t)cp_hit_get_count(h));
        if (!row) {
            Py_CLEAR(list);
            break;
        }
        PyList_SET_ITEM(list, (Py_ssize_t)i, row);
    }
#undef cp_py_pointer
    return list;
}
%}
