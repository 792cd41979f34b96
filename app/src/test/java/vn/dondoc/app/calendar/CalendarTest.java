package vn.dondoc.app.calendar;

import vn.dondoc.app.H2Config;

/** The calendar's API on embedded H2 (PostgreSQL mode). */
@H2Config
class CalendarTest extends CalendarContract {}
