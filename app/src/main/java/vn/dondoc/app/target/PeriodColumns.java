package vn.dondoc.app.target;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Map;
import vn.dondoc.domain.target.Period;

/**
 * A period as the columns of {@code targets} and {@code results} hold it: the label shown, kind, years, index, first
 * and last day, and the code records of the same period share. One place for the writers and the migration.
 */
public record PeriodColumns(String label, Period period, String code) {
    /** {@code SET} part, in the order {@link #bind} binds. */
    public static final String ASSIGN = "period_label = ?, period_kind = ?, period_year = ?, period_year_to = ?,"
            + " period_index = ?, period_start = ?, period_end = ?, period_code = ?";

    public static final int COUNT = 8;
    /** The same as named parameters, for JdbcClient. */
    public static final String NAMED = "period_label = :period, period_kind = :pkind, period_year = :pyear,"
            + " period_year_to = :pyearto, period_index = :pindex, period_start = :pstart, period_end = :pend,"
            + " period_code = :pcode";

    public static final String INSERT_COLUMNS = "period_label, period_kind, period_year, period_year_to, period_index,"
            + " period_start, period_end, period_code";
    public static final String INSERT_VALUES = ":period, :pkind, :pyear, :pyearto, :pindex, :pstart, :pend, :pcode";

    public static PeriodColumns of(String text) {
        String label = Period.normalize(text);
        return new PeriodColumns(
                label, label == null ? null : Period.parse(label).orElse(null), Period.codeOf(label));
    }

    public void bind(PreparedStatement ps, int first) throws SQLException {
        ps.setString(first, label);
        if (period == null) {
            for (int i = 1; i < 7; i++) {
                ps.setNull(first + i, i == 1 ? Types.VARCHAR : i >= 5 ? Types.DATE : Types.INTEGER);
            }
        } else {
            ps.setString(first + 1, period.kind().name());
            ps.setInt(first + 2, period.year());
            setInt(ps, first + 3, period.yearTo());
            setInt(ps, first + 4, period.index());
            ps.setDate(first + 5, Date.valueOf(period.start()));
            ps.setDate(first + 6, Date.valueOf(period.end()));
        }
        ps.setString(first + 7, code);
    }

    private static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }

    /** The named parameters of {@link #NAMED} and {@link #INSERT_VALUES}. */
    public Map<String, Object> params() {
        Map<String, Object> m = new java.util.HashMap<>();
        m.put("period", label);
        m.put("pkind", period == null ? null : period.kind().name());
        m.put("pyear", period == null ? null : period.year());
        m.put("pyearto", period == null ? null : period.yearTo());
        m.put("pindex", period == null ? null : period.index());
        m.put("pstart", period == null ? null : period.start());
        m.put("pend", period == null ? null : period.end());
        m.put("pcode", code);
        return m;
    }
}
