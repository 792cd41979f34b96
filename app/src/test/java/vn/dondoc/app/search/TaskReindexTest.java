package vn.dondoc.app.search;

import vn.dondoc.app.H2Config;

/** The task re-index rule on embedded H2 (PostgreSQL mode). */
@H2Config
class TaskReindexTest extends TaskReindexContract {}
