-- Settings an administrator changes on an admin page (issue 11, item 6): one row per setting, audited on change.
-- public_dashboard: 'true' opens the read-only public dashboard (/cong-khai/tong-quan); off until an admin turns it on.
CREATE TABLE app_settings (
    setting_key   VARCHAR(100) PRIMARY KEY,
    setting_value VARCHAR(1000) NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE
);
INSERT INTO app_settings (setting_key, setting_value) VALUES ('public_dashboard', 'false');
