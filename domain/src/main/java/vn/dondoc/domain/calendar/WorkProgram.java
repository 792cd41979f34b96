package vn.dondoc.domain.calendar;

import java.time.LocalDate;

/** An agenda (chương trình công tác): a document's calendar, owned by a unit, over a period. */
public record WorkProgram(
        Long id, Long documentId, String title, Long ownerUnitId, LocalDate periodStart, LocalDate periodEnd) {}
