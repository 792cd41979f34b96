package vn.dondoc.app.spreadsheet;

import vn.dondoc.app.H2Config;

/** Spreadsheets in and out on embedded H2. */
@H2Config
class SpreadsheetTest extends SpreadsheetContract {}
