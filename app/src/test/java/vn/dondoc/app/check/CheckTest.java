package vn.dondoc.app.check;

import vn.dondoc.app.H2Config;

/** Arithmetic checks on embedded H2. */
@H2Config
class CheckTest extends CheckContract {}
