-- Crash safety of imports (issue 9, items 7-8): how many times a file was taken up, and until when the
-- instance that took it holds it. A file whose holder stopped (kill -9, power cut) is queued again once
-- its lease runs out, and given up with a reason after dondoc.import.max-attempts tries.
ALTER TABLE import_files ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import_files ADD COLUMN lease_until TIMESTAMP WITH TIME ZONE;
