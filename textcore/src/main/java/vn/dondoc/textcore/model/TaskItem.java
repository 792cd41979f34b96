package vn.dondoc.textcore.model;

import java.time.LocalDate;
import java.util.List;

/** A paragraph or bullet that gives someone work: who leads, who helps, by when. */
public record TaskItem(
        String anchor,
        String text,
        List<String> lead,
        List<String> cooperating,
        LocalDate deadline,
        String section,
        Span span) {}
