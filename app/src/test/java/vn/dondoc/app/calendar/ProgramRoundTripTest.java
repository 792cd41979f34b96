package vn.dondoc.app.calendar;

import vn.dondoc.app.H2Config;

/** The DOCX round trip on embedded H2 (PostgreSQL mode). */
@H2Config
class ProgramRoundTripTest extends ProgramRoundTripContract {}
