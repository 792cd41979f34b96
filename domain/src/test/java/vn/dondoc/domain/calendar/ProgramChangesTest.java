package vn.dondoc.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgramChangesTest {
    static CalendarEvent item(long id, int day, String session, String content, String chairs) {
        return new CalendarEvent(
                id,
                null,
                null,
                LocalDate.of(2021, 10, day),
                null,
                session,
                null,
                content,
                null,
                "VP",
                chairs,
                false,
                null,
                null);
    }

    @Test
    void addedMovedAndRemovedItemsAreListedInDateOrder() {
        var before = List.of(
                item(1, 4, "MORNING", "Giao ban", "Đ/c Lạc"),
                item(2, 5, "MORNING", "Kiểm tra cơ sở", "Lãnh đạo Sở"),
                item(3, 6, "AFTERNOON", "Họp Đảng ủy", "BTV Đảng ủy"));
        var after = List.of(
                item(1, 4, "MORNING", "Giao ban", "Đ/c  Lạc"),
                item(2, 7, "AFTERNOON", "Kiểm tra cơ sở", "Lãnh đạo Sở"),
                item(4, 5, "MORNING", "Tiếp công dân", "Đ/c Công"));

        List<ProgramChange> changes = ProgramChanges.byId(before, after);

        assertThat(changes)
                .extracting(ProgramChange::kind)
                .containsExactly(ProgramChange.Kind.ADDED, ProgramChange.Kind.REMOVED, ProgramChange.Kind.CHANGED);
        assertThat(changes.get(0).item().content()).isEqualTo("Tiếp công dân");
        assertThat(changes.get(1).item().content()).isEqualTo("Họp Đảng ủy");
        assertThat(changes.get(2).fields()).containsExactly("date", "session");
    }
}
