package vn.dondoc.domain.task;

import java.time.LocalDate;
import java.util.List;

/** Work assigned to units, with start, deadline, status and the latest reported progress (0–100). */
public record Task(
        Long id,
        Long documentId,
        String text,
        String section,
        LocalDate startDate,
        LocalDate deadline,
        TaskStatus status,
        int progress,
        List<TaskParty> parties,
        Integer spanStart,
        Integer spanEnd) {
    public Task {
        parties = parties == null ? List.of() : List.copyOf(parties);
    }

    public boolean overdueOn(LocalDate day) {
        return status.open() && deadline != null && deadline.isBefore(day);
    }

    public List<TaskParty> lead() {
        return parties.stream().filter(p -> p.role() == PartyRole.LEAD).toList();
    }

    public List<TaskParty> cooperating() {
        return parties.stream().filter(p -> p.role() == PartyRole.COOPERATING).toList();
    }
}
