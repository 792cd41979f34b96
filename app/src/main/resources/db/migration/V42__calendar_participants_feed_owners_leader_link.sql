-- issue 10, the last items of the work calendar

-- participants ("Thành phần"): the names as written ("Đ/c Lạc; Đại diện lãnh đạo các xã"); each name resolved to a
-- person is kept in calendar_event_parties with role PARTICIPANT, as chairs are with role CHAIR
ALTER TABLE calendar_events ADD COLUMN participants TEXT;
ALTER TABLE calendar_published_events ADD COLUMN participants TEXT;
ALTER TABLE calendar_series ADD COLUMN participants TEXT;

-- the date of the rule an occurrence was made for (its RECURRENCE-ID in iCalendar), kept when the occurrence moves
ALTER TABLE calendar_events ADD COLUMN series_date DATE;
UPDATE calendar_events SET series_date = event_date WHERE series_id IS NOT NULL;

-- a feed made by a person on their profile page belongs to them (NULL: made by the clerk for the agency)
ALTER TABLE calendar_feeds ADD COLUMN owner_user_id BIGINT REFERENCES users (id) ON DELETE CASCADE;
CREATE INDEX calendar_feeds_owner ON calendar_feeds (owner_user_id);

-- the person of the org an account is (a leader's own schedule); set by an administrator
ALTER TABLE users ADD COLUMN person_id BIGINT REFERENCES people (id) ON DELETE SET NULL;
