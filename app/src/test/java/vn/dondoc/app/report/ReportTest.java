package vn.dondoc.app.report;

import vn.dondoc.app.H2Config;

/** The review report on embedded H2. */
@H2Config
class ReportTest extends ReportContract {}
