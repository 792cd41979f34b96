package vn.dondoc.domain.calendar;

import java.time.LocalDate;

/** One agenda item: date, session, content, preparing units, chairs; names kept as written. */
public record CalendarEvent(Long id, Long workProgramId, Long documentId, LocalDate date, LocalDate endDate,
                            String session, String time, String content, String place, String preparingUnits,
                            String chairs, boolean nonWorking, Integer spanStart, Integer spanEnd) {
}
