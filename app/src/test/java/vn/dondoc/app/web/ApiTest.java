package vn.dondoc.app.web;

import vn.dondoc.app.H2Config;

/** The REST API on embedded H2. */
@H2Config
class ApiTest extends ApiContract {}
