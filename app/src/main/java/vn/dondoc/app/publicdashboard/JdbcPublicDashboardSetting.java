package vn.dondoc.app.publicdashboard;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dondoc.domain.dashboard.PublicDashboardSetting;

/** The setting as a row of {@code app_settings}, read on every request (no state in the JVM: several instances agree). */
@Repository
class JdbcPublicDashboardSetting implements PublicDashboardSetting {
    private static final String KEY = "public_dashboard";
    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcPublicDashboardSetting(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public boolean enabled() {
        return jdbc.sql("SELECT setting_value FROM app_settings WHERE setting_key = :k")
                .param("k", KEY)
                .query(String.class)
                .optional()
                .map("true"::equals)
                .orElse(false);
    }

    @Override
    public void enable(boolean on) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int n = jdbc.sql("UPDATE app_settings SET setting_value = :v, updated_at = :at WHERE setting_key = :k")
                .param("v", String.valueOf(on))
                .param("at", now)
                .param("k", KEY)
                .update();
        if (n == 0) {
            jdbc.sql("INSERT INTO app_settings (setting_key, setting_value, updated_at) VALUES (:k, :v, :at)")
                    .param("k", KEY)
                    .param("v", String.valueOf(on))
                    .param("at", now)
                    .update();
        }
    }
}
