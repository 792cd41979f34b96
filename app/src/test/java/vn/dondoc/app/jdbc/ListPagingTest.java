package vn.dondoc.app.jdbc;

import vn.dondoc.app.H2Config;

/** Pages by cursor, bounded counts and the moved document text on embedded H2 (PostgreSQL mode). */
@H2Config
class ListPagingTest extends ListPagingContract {}
