package vn.dondoc.app.generate;

import vn.dondoc.app.H2Config;

/** The generator on embedded H2. */
@H2Config
class GeneratorTest extends GeneratorContract {}
