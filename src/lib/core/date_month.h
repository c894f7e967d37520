/* Internal: calendar-month arithmetic on dates. */
#ifndef CP_CORE_DATE_MONTH_H
#define CP_CORE_DATE_MONTH_H

#include <careerplan/date.h>

/* The same day one calendar month later, clamped to the month's last day
 * (31 January -> 28 or 29 February). The result may be past 9999-12-31:
 * check it with cp_date_is_valid. */
cp_date cp__date_add_month(cp_date d);

#endif
