package vn.dondoc.app.calendar;

import vn.dondoc.app.H2Config;

/** Participants, own feeds, a leader's own schedule and RRULEs on embedded H2 (PostgreSQL mode). */
@H2Config
class CalendarPeopleTest extends CalendarPeopleContract {}
