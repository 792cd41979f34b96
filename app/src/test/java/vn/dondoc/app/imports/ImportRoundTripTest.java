package vn.dondoc.app.imports;

import vn.dondoc.app.H2Config;

/** The import round trip on embedded H2 (PostgreSQL mode). */
@H2Config
class ImportRoundTripTest extends ImportRoundTripContract {}
