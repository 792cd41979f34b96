package vn.dondoc.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.dondoc.domain.org.OrgUnit;

/** The conflict rules on small programs written the way a clerk types them. */
class ConflictRulesTest {
    // Monday 4 October 2021, the first week of sample 000's program
    static final LocalDate MON = LocalDate.of(2021, 10, 4);
    static final LocalDate SAT = LocalDate.of(2021, 10, 9);

    static final OrgUnit OLD_OFFICE =
            new OrgUnit(7L, null, "Phòng Lao động - Việc làm", null, null, null, LocalDate.of(2021, 9, 1), 8L);
    static final OrgUnit NEW_OFFICE =
            new OrgUnit(8L, null, "Phòng Lao động - Tiền lương", null, null, LocalDate.of(2021, 9, 1), null, null);
    static final OrgUnit OFFICE = new OrgUnit(9L, null, "Văn phòng Sở", null, null, null, null, null);

    final Map<Long, OrgUnit> units = Map.of(7L, OLD_OFFICE, 8L, NEW_OFFICE, 9L, OFFICE);
    final DayOffs weekends = d -> d.getDayOfWeek() == DayOfWeek.SATURDAY
            ? Optional.of("Thứ Bảy")
            : d.getDayOfWeek() == DayOfWeek.SUNDAY ? Optional.of("Chủ nhật") : Optional.empty();
    final ConflictRules rules = new ConflictRules(weekends, id -> Optional.ofNullable(units.get(id)));

    long nextId = 1;

    ItemBuilder item(LocalDate day, String session) {
        return new ItemBuilder(nextId++, day, session);
    }

    @Test
    void theSamePersonChairingTwoItemsInOneMorningIsAConflict() {
        var a = item(MON, "MORNING")
                .content("Giao ban đầu tuần")
                .chair("Đ/c Lạc")
                .build();
        var b = item(MON, "MORNING")
                .content("Họp Hội đồng thi đua")
                .chair("đ/c  Lạc")
                .build();
        var c = item(MON, "AFTERNOON")
                .content("Làm việc tại cơ quan")
                .chair("Đ/c Lạc")
                .build();

        List<Conflict> found = rules.check(List.of(a, b, c));

        assertThat(found).extracting(Conflict::kind).containsExactly(ConflictKind.CHAIR_BUSY);
        assertThat(found.get(0).eventIds())
                .containsExactly(a.event().id(), b.event().id());
        assertThat(found.get(0).args()).containsExactly("Đ/c Lạc", MON);
    }

    @Test
    void aChairInOneItemWhoTakesPartInAnotherTheSameMorningIsAConflictNamingBothItems() {
        var a = item(MON, "MORNING")
                .content("Giao ban đầu tuần")
                .personChair("Đ/c Lạc", 3L)
                .build();
        var b = item(MON, "MORNING")
                .content("Hội nghị triển khai BHXH")
                .chair("Đ/c Dũng")
                .participant("Nguyễn Trí Lạc", 3L)
                .participant("Đại diện lãnh đạo các xã", null)
                .build();
        var afternoon = item(MON, "AFTERNOON")
                .content("Tiếp công dân")
                .participant("Đ/c Lạc", 3L)
                .build();

        List<Conflict> found = rules.check(List.of(a, b, afternoon));

        assertThat(found).extracting(Conflict::kind).containsExactly(ConflictKind.PERSON_BUSY);
        assertThat(found.get(0).eventIds())
                .containsExactly(a.event().id(), b.event().id());
        assertThat(found.get(0).args())
                .containsExactly("Đ/c Lạc", MON, "Giao ban đầu tuần", "Hội nghị triển khai BHXH");
    }

    @Test
    void twoItemsSharingOnlyACollectiveParticipantAreNoConflictButTheSameNamedParticipantIs() {
        var a = item(MON, "AFTERNOON")
                .content("A")
                .participant("Đại diện lãnh đạo các xã", null)
                .participant("Đ/c Hưng", null)
                .build();
        var b = item(MON, "AFTERNOON")
                .content("B")
                .participant("đại diện lãnh đạo các xã", null)
                .build();
        assertThat(rules.check(List.of(a, b))).isEmpty();

        var c = item(MON, "AFTERNOON")
                .content("C")
                .participant("đ/c hưng", null)
                .build();
        assertThat(rules.check(List.of(a, c))).extracting(Conflict::kind).containsExactly(ConflictKind.PERSON_BUSY);
    }

    @Test
    void exactTimesDecideWhetherTwoItemsOfTheSameSessionOverlap() {
        var early = item(MON, "MORNING")
                .time("7h30 - 9h00")
                .personChair("Nguyễn Văn Lạc", 3L)
                .build();
        var late = item(MON, "MORNING")
                .time("9 giờ 30")
                .personChair("Giám đốc Sở", 3L)
                .build();
        assertThat(rules.check(List.of(early, late))).isEmpty();

        var overlapping =
                item(MON, "MORNING").time("8h30").personChair("Giám đốc", 3L).build();
        assertThat(rules.check(List.of(early, overlapping)))
                .extracting(Conflict::kind)
                .containsExactly(ConflictKind.CHAIR_BUSY);
    }

    @Test
    void aPersonResolvedByIdIsTheSamePersonUnderAnyTitle() {
        var a = item(MON, "AFTERNOON").personChair("Giám đốc Sở", 3L).build();
        var b = item(MON, null)
                .time("14h00")
                .personChair("Đ/c Nguyễn Văn Lạc", 3L)
                .build();
        assertThat(rules.check(List.of(a, b))).extracting(Conflict::kind).containsExactly(ConflictKind.CHAIR_BUSY);
    }

    @Test
    void aCollectiveChairIsNotOnePersonDoubleBooked() {
        var a = item(MON, "MORNING").chair("Lãnh đạo Sở").build();
        var b = item(MON, "MORNING").chair("Lãnh đạo Sở").build();
        assertThat(rules.check(List.of(a, b))).isEmpty();
    }

    @Test
    void theSameRoomTwiceAtOnceIsAConflictButNotOnDifferentDays() {
        var a = item(MON, "AFTERNOON").place("Phòng họp số 1").build();
        var b = item(MON, "AFTERNOON").place("phòng họp  số 1").build();
        var nextDay = item(MON.plusDays(1), "AFTERNOON").place("Phòng họp số 1").build();

        List<Conflict> found = rules.check(List.of(a, b, nextDay));

        assertThat(found).extracting(Conflict::kind).containsExactly(ConflictKind.ROOM_BUSY);
        assertThat(found.get(0).args()).containsExactly("Phòng họp số 1", MON);
    }

    @Test
    void aWholeDayItemOverlapsEverySessionOfItsDays() {
        var conference = item(MON, "ALL_DAY")
                .endDate(MON.plusDays(2))
                .place("Hội trường A")
                .build();
        var evening = item(MON.plusDays(1), "EVENING").place("Hội trường A").build();
        assertThat(rules.check(List.of(conference, evening)))
                .extracting(Conflict::kind)
                .containsExactly(ConflictKind.ROOM_BUSY);
    }

    @Test
    void anItemOnASaturdayIsOnADayOffWithTheReason() {
        var a = item(SAT, "MORNING").content("Kiểm tra công tác").build();
        List<Conflict> found = rules.check(List.of(a));
        assertThat(found).extracting(Conflict::kind).containsExactly(ConflictKind.DAY_OFF);
        assertThat(found.get(0).args()).containsExactly(SAT, "Thứ Bảy");
    }

    @Test
    void anItemMarkedAsTheDayOffItselfIsNotChecked() {
        var holiday = item(SAT, "ALL_DAY")
                .content("Nghỉ")
                .nonWorking()
                .chair("Đ/c Lạc")
                .build();
        var other = item(SAT, "MORNING").chair("Đ/c Lạc").build();
        assertThat(rules.check(List.of(holiday, other)))
                .extracting(Conflict::kind)
                .containsExactly(ConflictKind.DAY_OFF);
    }

    @Test
    void aMultiDayItemOnlyNeedsItsFirstAndLastDaysToBeWorkingDays() {
        var overWeekend = item(LocalDate.of(2021, 10, 7), "ALL_DAY")
                .endDate(LocalDate.of(2021, 10, 11))
                .build();
        assertThat(rules.check(List.of(overWeekend))).isEmpty();
    }

    @Test
    void aPreparingUnitClosedBeforeTheItemIsGoneAndItsSuccessorIsNamed() {
        var a = item(MON, "MORNING")
                .preparing("Phòng LĐVL", 7L)
                .preparing("Văn phòng", 9L)
                .build();
        List<Conflict> found = rules.check(List.of(a));
        assertThat(found).extracting(Conflict::kind).containsExactly(ConflictKind.UNIT_GONE);
        assertThat(found.get(0).args()).containsExactly("Phòng Lao động - Việc làm", "Phòng Lao động - Tiền lương");

        var beforeTheMerger = item(LocalDate.of(2021, 8, 30), "MORNING")
                .preparing("Phòng LĐVL", 7L)
                .build();
        assertThat(rules.check(List.of(beforeTheMerger))).isEmpty();
    }

    @Test
    void aConflictKeepsItsKeyWhicheverOrderTheEventsCameIn() {
        var a = item(MON, "MORNING").chair("Đ/c Lạc").build();
        var b = item(MON, "MORNING").chair("Đ/c Lạc").build();
        assertThat(rules.check(List.of(a, b)).get(0).key())
                .isEqualTo(rules.check(List.of(b, a)).get(0).key())
                .startsWith("CHAIR_BUSY:1,2");
    }

    static final class ItemBuilder {
        final long id;
        final LocalDate date;
        final String session;
        LocalDate end;
        String time;
        String content = "Nội dung";
        String place;
        boolean nonWorking;
        final List<ScheduledItem.Party> chairs = new ArrayList<>();
        final List<ScheduledItem.Party> preparing = new ArrayList<>();
        final List<ScheduledItem.Party> participants = new ArrayList<>();

        ItemBuilder(long id, LocalDate date, String session) {
            this.id = id;
            this.date = date;
            this.session = session;
        }

        ItemBuilder content(String c) {
            content = c;
            return this;
        }

        ItemBuilder time(String t) {
            time = t;
            return this;
        }

        ItemBuilder endDate(LocalDate d) {
            end = d;
            return this;
        }

        ItemBuilder place(String p) {
            place = p;
            return this;
        }

        ItemBuilder nonWorking() {
            nonWorking = true;
            return this;
        }

        ItemBuilder chair(String name) {
            chairs.add(new ScheduledItem.Party(name, null, null));
            return this;
        }

        ItemBuilder personChair(String name, long personId) {
            chairs.add(new ScheduledItem.Party(name, null, personId));
            return this;
        }

        ItemBuilder participant(String name, Long personId) {
            participants.add(new ScheduledItem.Party(name, null, personId));
            return this;
        }

        ItemBuilder preparing(String name, long unitId) {
            preparing.add(new ScheduledItem.Party(name, unitId, null));
            return this;
        }

        ScheduledItem build() {
            return new ScheduledItem(
                    new CalendarEvent(
                            id,
                            null,
                            null,
                            date,
                            end,
                            session,
                            time,
                            content,
                            place,
                            null,
                            null,
                            nonWorking,
                            null,
                            null),
                    chairs,
                    preparing,
                    participants);
        }
    }
}
