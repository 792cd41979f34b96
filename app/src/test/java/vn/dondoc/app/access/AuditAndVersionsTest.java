package vn.dondoc.app.access;

import vn.dondoc.app.H2Config;

/** No lost updates and the audit trail, on embedded H2. */
@H2Config
class AuditAndVersionsTest extends AuditAndVersionsContract {}
