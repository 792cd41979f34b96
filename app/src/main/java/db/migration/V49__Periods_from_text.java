package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import vn.dondoc.app.target.PeriodColumns;

/**
 * The free-text periods of stored targets and results read as periods (issue 11, follow-up c): "Quý II/2025",
 * "6 tháng đầu năm 2025", "2025", "giai đoạn 2021-2025" get their kind, years, index, days and code, and their label
 * is rewritten the one way ("Năm 2025"). A text that is no period stays as written, flagged by its empty kind.
 */
public class V49__Periods_from_text extends BaseJavaMigration {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(V49__Periods_from_text.class);

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        for (String table : new String[] {"targets", "results"}) {
            int read = 0;
            int unread = 0;
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery(
                            "SELECT id, period_label FROM " + table + " WHERE period_label IS NOT NULL");
                    PreparedStatement update =
                            c.prepareStatement("UPDATE " + table + " SET " + PeriodColumns.ASSIGN + " WHERE id = ?")) {
                while (rs.next()) {
                    PeriodColumns p = PeriodColumns.of(rs.getString(2));
                    p.bind(update, 1);
                    update.setLong(PeriodColumns.COUNT + 1, rs.getLong(1));
                    update.addBatch();
                    if (p.period() == null) {
                        unread++;
                    } else {
                        read++;
                    }
                }
                update.executeBatch();
            }
            log.info("{}: {} periods read, {} kept as text", table, read, unread);
        }
    }
}
