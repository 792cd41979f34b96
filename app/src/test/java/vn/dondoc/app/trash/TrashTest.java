package vn.dondoc.app.trash;

import vn.dondoc.app.H2Config;

/** The trash on embedded H2. */
@H2Config
class TrashTest extends TrashContract {}
