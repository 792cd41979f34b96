package vn.dondoc.textcore.model;

import java.time.LocalDate;
import java.util.List;

/** One agenda item of a work calendar. */
public record ScheduleRow(
        LocalDate date,
        LocalDate endDate,
        Session session,
        String time,
        String content,
        String place,
        List<String> preparingUnits,
        List<String> chairs,
        List<String> participants,
        boolean nonWorking,
        Span span) {}
