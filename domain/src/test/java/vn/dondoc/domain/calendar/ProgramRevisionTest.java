package vn.dondoc.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgramRevisionTest {
    static CalendarEvent item(Long id, int day, String session, String content) {
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
                "Đ/c Lạc",
                false,
                null,
                null);
    }

    static WorkProgram program(String title, Long owner) {
        return new WorkProgram(null, null, title, owner, LocalDate.of(2021, 10, 1), LocalDate.of(2021, 10, 31));
    }

    @Test
    void aRevisionOfTheSameMonthsProgramOfTheSameUnitRevisesIt() {
        var first = program("CHƯƠNG TRÌNH CÔNG TÁC THÁNG 10 NĂM 2021", 3L);
        assertThat(ProgramRevision.revises(
                        program("CHƯƠNG TRÌNH CÔNG TÁC THÁNG 10 NĂM 2021 (Điều chỉnh lần 2)", 3L), first))
                .isTrue();
        assertThat(ProgramRevision.revises(program("Chương trình công tác tháng 10 năm 2021", 4L), first))
                .isFalse();
        assertThat(ProgramRevision.revises(program("CHƯƠNG TRÌNH CÔNG TÁC QUÝ IV NĂM 2021", 3L), first))
                .isFalse();
    }

    @Test
    void itemsKeepTheirIdentityWhenUnchangedMovedOrReworded() {
        var old = List.of(
                item(1L, 4, "MORNING", "Giao ban"),
                item(2L, 5, "MORNING", "Kiểm tra cơ sở"),
                item(3L, 6, "AFTERNOON", "Họp Đảng ủy"),
                item(4L, 7, "MORNING", "Tiếp công dân"));
        var revised = List.of(
                item(null, 4, "MORNING", "Giao ban"),
                item(null, 8, "MORNING", "Kiểm tra cơ sở"),
                item(null, 6, "AFTERNOON", "Họp Ban Thường vụ Đảng ủy"),
                item(null, 9, "MORNING", "Hội nghị mới"));

        ProgramRevision.Plan plan = ProgramRevision.plan(old, revised);

        assertThat(plan.pairs())
                .extracting(p -> p.old() == null ? null : p.old().id())
                .containsExactly(1L, 2L, 3L, null);
        assertThat(plan.removed()).extracting(CalendarEvent::id).containsExactly(4L);
    }
}
