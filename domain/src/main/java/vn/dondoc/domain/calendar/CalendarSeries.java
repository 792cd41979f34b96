package vn.dondoc.domain.calendar;

/**
 * A recurring item: the rule it repeats by and the template each occurrence copies (date fields of the
 * template are ignored). Its occurrences are ordinary events linked to it.
 */
public record CalendarSeries(Long id, Recurrence rule, CalendarEvent template) {}
