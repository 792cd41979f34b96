package vn.dondoc.app.dashboard;

import vn.dondoc.app.H2Config;

/** Dashboards on embedded H2. */
@H2Config
class DashboardTest extends DashboardContract {}
