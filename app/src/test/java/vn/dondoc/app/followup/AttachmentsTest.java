package vn.dondoc.app.followup;

import vn.dondoc.app.H2Config;

/** Progress attachments on embedded H2. */
@H2Config
class AttachmentsTest extends AttachmentsContract {}
