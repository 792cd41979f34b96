package vn.dondoc.app.spreadsheet;

import vn.dondoc.app.H2Config;

/** Targets and results in and out of spreadsheets on embedded H2. */
@H2Config
class TargetSheetsTest extends TargetSheetsContract {}
