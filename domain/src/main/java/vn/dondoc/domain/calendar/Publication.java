package vn.dondoc.domain.calendar;

import java.time.Instant;

/** One publication of the calendar: the items as they stood then are what the public sees. */
public record Publication(long id, Instant publishedAt, int itemCount) {}
