package vn.dondoc.domain.calendar;

import java.time.LocalDate;

/**
 * One agenda item: date, session, content, preparing units, chairs, participants ("Thành phần": people of the org
 * and outsiders such as "Đại diện lãnh đạo các xã"); names kept as written, separated by "; ".
 */
public record CalendarEvent(
        Long id,
        Long workProgramId,
        Long documentId,
        LocalDate date,
        LocalDate endDate,
        String session,
        String time,
        String content,
        String place,
        String preparingUnits,
        String chairs,
        String participants,
        boolean nonWorking,
        Integer spanStart,
        Integer spanEnd) {

    /** An item without participants (a row read from a program that names none). */
    public CalendarEvent(
            Long id,
            Long workProgramId,
            Long documentId,
            LocalDate date,
            LocalDate endDate,
            String session,
            String time,
            String content,
            String place,
            String preparingUnits,
            String chairs,
            boolean nonWorking,
            Integer spanStart,
            Integer spanEnd) {
        this(
                id,
                workProgramId,
                documentId,
                date,
                endDate,
                session,
                time,
                content,
                place,
                preparingUnits,
                chairs,
                null,
                nonWorking,
                spanStart,
                spanEnd);
    }
}
