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
    /** users.display_name */
    public static final int DISPLAY_NAME = 300;

    // Columns of type TEXT have no length of their own; what a person types into them is bounded here, far above
    // any real value, so that a pasted megabyte is a rejection naming the field and not a row nobody can show.
    /** documents.title (trích yếu: one line, at most a few sentences) */
    public static final int DOCUMENT_TITLE = 2000;
    /** tasks.body */
    public static final int TASK_TEXT = 10_000;
    /** calendar_events.content */
    public static final int EVENT_CONTENT = 4000;
    /** progress_reports.note, task_extensions.reason and answer, completion_proposals.answer */
    public static final int NOTE = 10_000;

    /** A plausible e-mail address: one "@", a dot in the domain, no spaces or controls (RFC 5321 length). */
    private static final java.util.regex.Pattern EMAIL_SYNTAX =
            java.util.regex.Pattern.compile("[^@\\s\\p{Cntrl}]{1,64}@[^@\\s\\p{Cntrl}.]+(\\.[^@\\s\\p{Cntrl}.]+)+");

    private TextLimits() {}

    /** Adds a rejection when {@code value} is longer than {@code max} characters; true when it is not. */
    public static boolean within(String value, int max, String field, List<Rejection> problems) {
        if (value != null && value.length() > max) {
            problems.add(tooLong(value, max, field));
            return false;
        }
        return true;
    }

    /**
     * The one check of a field a person types (pages and API alike, called by the rules of each record): at most
     * {@code max} characters, and no control character (NUL, escape, bell...; only tab and line ends, which a
     * multi-line field keeps and a single-line field folds into spaces). Adds the rejections naming the field; true
     * when there is none.
     */
    public static boolean field(String value, int max, String field, List<Rejection> problems) {
        boolean ok = within(value, max, field, problems);
        if (value != null && hasControl(value)) {
            problems.add(Rejection.of("text.control", field));
            ok = false;
        }
        return ok;
    }

    /** {@link #field} for a record whose rules return one rejection at a time: the first problem, if any. */
    public static java.util.Optional<Rejection> problem(String value, int max, String field) {
        List<Rejection> problems = new java.util.ArrayList<>();
        field(value, max, field, problems);
        return problems.stream().findFirst();
    }

    /** An e-mail address: {@link #field} within {@link #EMAIL}, and the shape of an address. */
    public static boolean email(String value, String field, List<Rejection> problems) {
        if (value == null || value.isBlank()) {
            return true;
        }
        if (!field(value.strip(), EMAIL, field, problems)) {
            return false;
        }
        if (!EMAIL_SYNTAX.matcher(value.strip()).matches()) {
            problems.add(Rejection.of("text.email", field, value.strip()));
            return false;
        }
        return true;
    }

    /** A control character other than tab, line feed and carriage return (C0, DEL, C1). */
    public static boolean hasControl(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }

    /** The rejection of a value longer than {@code max} characters: field, limit, length sent. */
    public static Rejection tooLong(String value, int max, String field) {
        return Rejection.of("text.tooLong", field, max, value.length());
    }
}
