package vn.dondoc.app.search;

import vn.dondoc.app.H2Config;

/** Search over documents and records on embedded H2. */
@H2Config
class SearchTest extends SearchContract {}
