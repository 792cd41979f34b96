package vn.dondoc.textcore.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.dondoc.textcore.CaseTable;
import vn.dondoc.textcore.DocumentPipeline;
import vn.dondoc.textcore.model.ParsedDocument;
import vn.dondoc.textcore.model.ScheduleRow;

class CalendarTablesTest {

    private static final YearMonth NOVEMBER_2024 = YearMonth.of(2024, 11);

    static List<Arguments> days() {
        return CaseTable.load("calendar-days.tsv");
    }

    static List<Arguments> cells() {
        return CaseTable.load("calendar-cells.tsv");
    }

    static List<Arguments> weekdayYears() {
        return CaseTable.load("calendar-weekday-years.tsv");
    }

    static List<Arguments> subjects() {
        return CaseTable.load("calendar-subjects.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("weekdayYears")
    void datesADayWithoutYearByItsWeekday(String line, String expected) {
        Optional<LocalDate> d = CalendarDates.firstByWeekday(line, LocalDate.of(2026, 12, 3));
        assertThat(d.map(LocalDate::toString).orElse("")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("subjects")
    void readsTheLeadersAnItemOpensWith(String sentence, String expected) {
        List<String> chairs =
                new CalendarLineReader(vn.dondoc.textcore.format.Lexicon.standard()).subjectChairs(sentence);
        assertThat(String.join(" ; ", chairs)).isEqualTo(expected);
    }

    static List<Arguments> groups() {
        return CaseTable.load("calendar-groups.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("groups")
    void givesEachItemItsUnitsAndChairsInOrder(String unitsAndChairs, String expected) {
        String doc =
                "CHƯƠNG TRÌNH CÔNG TÁC THÁNG 11 NĂM 2024\n\nNgày\tNội dung công việc\tĐơn vị chuẩn bị\tNgười chủ trì\n"
                        + "05\tSáng: - Họp A - Họp B\t" + unitsAndChairs + "\n";
        List<String> got = new ArrayList<>();
        for (ScheduleRow r : DocumentPipeline.standard().parse("t.txt", doc).schedule()) {
            got.add(r.preparingUnits() + " " + r.chairs());
        }
        assertThat(String.join(" ; ", got)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("days")
    void readsTheDaysOfACalendarRow(String cell, String expected) {
        Optional<LocalDate[]> d =
                CalendarDates.parseDay(cell, new CalendarDates.When(NOVEMBER_2024, NOVEMBER_2024.atDay(1)));
        String got = d.map(x -> x[0] + (x[1] == null ? "" : ".." + x[1])).orElse("");
        assertThat(got).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void splitsAContentCellIntoSessionsAndItems(String cell, String expected) {
        String doc =
                "CHƯƠNG TRÌNH CÔNG TÁC THÁNG 11 NĂM 2024\n\nNgày\tNội dung công việc\tĐơn vị chuẩn bị\tNgười chủ trì\n"
                        + "05\t" + cell + "\tVP\tLãnh đạo Sở\n";
        ParsedDocument parsed = DocumentPipeline.standard().parse("t.txt", doc);
        List<String> got = new ArrayList<>();
        for (ScheduleRow r : parsed.schedule()) {
            got.add(r.session() + " " + (r.time() == null ? "-" : r.time()) + " " + r.content());
        }
        assertThat(String.join(" ; ", got)).isEqualTo(expected);
    }
}
