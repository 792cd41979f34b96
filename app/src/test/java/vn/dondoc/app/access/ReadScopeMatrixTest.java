package vn.dondoc.app.access;

import vn.dondoc.app.H2Config;

/** The read matrix of issue 9 (who reads which unit's records, in every list and export), on embedded H2. */
@H2Config
class ReadScopeMatrixTest extends ReadScopeContract {}
