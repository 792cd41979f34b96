package vn.dondoc.textcore.confidence;

/** The stable codes of the evidence against an item; the app words each as {@code doubt.<code>}. */
public final class Doubts {
    private Doubts() {}

    public static final String NO_LEAD = "no-lead";
    public static final String NO_ACTION_VERB = "no-action-verb";
    public static final String LONG_TEXT = "long-text";
    public static final String SHORT_TEXT = "short-text";
    public static final String LEAD_IN = "lead-in";
    public static final String HEADING = "heading";
    public static final String CLOSING_PART = "closing-part";
    public static final String PURPOSE_SECTION = "purpose-section";
    public static final String RESULTS_SECTION = "results-section";
    public static final String GOALS_SECTION = "goals-section";
    public static final String READS_AS_RESULT = "reads-as-result";
    public static final String READS_AS_TARGET = "reads-as-target";
    public static final String NO_DATE = "no-date";
    public static final String NO_SESSION = "no-session";
    public static final String SESSION_CLOCK = "session-clock";
    public static final String NO_PEOPLE = "no-people";
    public static final String FRAGMENT = "fragment";
    public static final String NO_COMPARATOR = "no-comparator";
    public static final String NO_UNIT = "no-unit";
    public static final String NO_INDICATOR = "no-indicator";
    public static final String YEAR_AS_VALUE = "year-as-value";
    public static final String NO_TYPE = "no-type";
    public static final String ODD_NUMBER = "odd-number";
    public static final String NOT_TAKEN = "not-taken";

    /** Every code, for the check that the UI words each one. */
    public static final java.util.List<String> ALL = java.util.List.of(
            NO_LEAD,
            NO_ACTION_VERB,
            LONG_TEXT,
            SHORT_TEXT,
            LEAD_IN,
            HEADING,
            CLOSING_PART,
            PURPOSE_SECTION,
            RESULTS_SECTION,
            GOALS_SECTION,
            READS_AS_RESULT,
            READS_AS_TARGET,
            NO_DATE,
            NO_SESSION,
            SESSION_CLOCK,
            NO_PEOPLE,
            FRAGMENT,
            NO_COMPARATOR,
            NO_UNIT,
            NO_INDICATOR,
            YEAR_AS_VALUE,
            NO_TYPE,
            ODD_NUMBER,
            NOT_TAKEN);
}
