package vn.dondoc.app.followup;

import vn.dondoc.app.H2Config;

/** Follow-up on embedded H2. */
@H2Config
class FollowUpTest extends FollowUpContract {}
