package vn.dondoc.app.rollup;

import vn.dondoc.app.H2Config;

/** Roll-ups and criteria on embedded H2. */
@H2Config
class RollUpTest extends RollUpContract {}
