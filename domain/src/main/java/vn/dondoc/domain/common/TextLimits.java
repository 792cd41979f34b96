package vn.dondoc.domain.common;

import java.util.List;

/**
 * How long a text field may be: the length of the column that stores it (VARCHAR(n) counts characters on H2 and
 * PostgreSQL alike), checked by the rules before anything reaches the database, so that a value too long is a
 * rejection naming the field ("text.tooLong": the field, its limit, the length sent) and not an error of the
 * database. Keep each limit equal to its column in the Flyway migrations.
 */
public final class TextLimits {
    /** tasks.section */
    public static final int TASK_SECTION = 1000;
    /** tasks.deadline_text */
    public static final int DEADLINE_TEXT = 200;
    /** calendar_events.time_text */
    public static final int EVENT_TIME = 100;
    /** calendar_events.place */
    public static final int EVENT_PLACE = 500;
    /** calendar_events.preparing_units, calendar_events.chairs */
    public static final int EVENT_NAMES = 2000;
    /** calendar_conflict_acceptances.note */
    public static final int CONFLICT_NOTE = 2000;
    /** indicators.name */
    public static final int INDICATOR_NAME = 1000;
    /** indicators.measure_unit, targets.measure_unit, results.measure_unit */
    public static final int MEASURE_UNIT = 100;
    /** targets.period_label, results.period_label */
    public static final int PERIOD = 100;
    /** targets.scope, results.reporting_unit */
    public static final int SCOPE = 500;
    /** org_units.name */
    public static final int UNIT_NAME = 500;
    /** org_units.abbreviation */
    public static final int UNIT_ABBREVIATION = 100;
    /** people.name */
    public static final int PERSON_NAME = 300;
    /** people.titles */
    public static final int PERSON_TITLES = 500;
    /** aliases.alias_text */
    public static final int ALIAS = 300;
    /** access_tokens.label */
    public static final int TOKEN_LABEL = 200;
    /** criteria.name */
    public static final int CRITERION_NAME = 500;
    /** criteria.level_name */
    public static final int CRITERION_LEVEL = 200;
    /** reminder_recipients.email, users.email */
    public static final int EMAIL = 320;
    /** reminder_recipients.username, users.username */
    public static final int USERNAME = 100;
    /** documents.doc_number */
    public static final int DOCUMENT_NUMBER = 200;
    /** documents.issuer */
    public static final int DOCUMENT_ISSUER = 500;
    /** documents.place */
    public static final int DOCUMENT_PLACE = 200;

    private TextLimits() {}

    /** Adds a rejection when {@code value} is longer than {@code max} characters; true when it is not. */
    public static boolean within(String value, int max, String field, List<Rejection> problems) {
        if (value != null && value.length() > max) {
            problems.add(tooLong(value, max, field));
            return false;
        }
        return true;
    }

    /** The rejection of a value longer than {@code max} characters: field, limit, length sent. */
    public static Rejection tooLong(String value, int max, String field) {
        return Rejection.of("text.tooLong", field, max, value.length());
    }
}
