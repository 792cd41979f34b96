package vn.dondoc.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dondoc.app.H2Config;

/** The history panel of a record's page reads as the pages do: no ids, ISO dates, codes or raw JSON. */
@H2Config
class HistoryTest {
    @Autowired
    History history;

    @Test
    void aChangeIsShownWithVietnameseNamesDaysAndUnitsAndWithoutInternalFields() {
        String before = "{\"task\":{\"id\":92,\"documentId\":4,\"text\":\"Rà soát\",\"startDate\":\"2020-03-10\","
                + "\"deadline\":\"2020-03-20\",\"status\":\"NEW\",\"spanStart\":20975,\"spanEnd\":21457,"
                + "\"parties\":[{\"role\":\"LEAD\",\"rawName\":\"Các sở, ban, ngành cấp tỉnh\",\"unitId\":null,"
                + "\"unitName\":null}]},\"reports\":0}";
        String after = "{\"task\":{\"id\":92,\"documentId\":4,\"text\":\"Rà soát\",\"startDate\":\"2020-03-10\","
                + "\"deadline\":\"2020-04-30\",\"status\":\"IN_PROGRESS\",\"spanStart\":1,\"spanEnd\":2,"
                + "\"parties\":[{\"role\":\"LEAD\",\"rawName\":\"VP\",\"unitId\":7,\"unitName\":\"Văn phòng Sở\"}]},"
                + "\"reports\":0}";
        assertThat(history.changes(before, after))
                .containsExactly(
                        new History.Change("Thời hạn", "20/03/2020", "30/04/2020"),
                        new History.Change("Trạng thái", "Mới giao", "Đang thực hiện"),
                        new History.Change("Đơn vị chủ trì, phối hợp", "Các sở, ban, ngành cấp tỉnh", "Văn phòng Sở"));
    }

    @Test
    void aTargetsComparatorAndFiguresAreShownAsOnItsPage() {
        var changes = history.changes(
                "{\"comparator\":\"GTE\",\"plannedValue\":22000.0,\"indicatorId\":3}",
                "{\"comparator\":\"LTE\",\"plannedValue\":24500.0,\"indicatorId\":3}");
        assertThat(changes).extracting(History.Change::field).containsExactly("So sánh", "Kế hoạch");
        assertThat(changes.get(1).before()).isEqualTo("22.000");
        assertThat(changes.get(0).before()).doesNotContain("GTE");
    }
}
