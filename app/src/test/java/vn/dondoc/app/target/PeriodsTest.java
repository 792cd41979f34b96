package vn.dondoc.app.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dondoc.app.H2Config;
import vn.dondoc.app.TestDatabase;
import vn.dondoc.app.access.SignIn;
import vn.dondoc.app.imports.DemoData;

/**
 * Periods of targets and results (issue 11, follow-up c): stored as periods however written, planned and actual
 * compared for the same period, chosen from lists in the forms, free text of old records read by the migration.
 */
@H2Config
class PeriodsTest {
    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoData demo;

    @Autowired
    DataSource dataSource;

    private final JsonMapper json = JsonMapper.builder().build();
    MockMvc admin;

    @BeforeEach
    void setUp() {
        TestDatabase.clear(jdbc);
        demo.seedOrganisation();
        admin = SignIn.mvc(context, SignIn.admin());
    }

    private JsonNode postJson(String path, String body) throws Exception {
        return json.readTree(
                admin.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void plannedAndActualMeetForTheSamePeriodHoweverWritten() throws Exception {
        JsonNode target = postJson(
                "/api/targets",
                "{\"indicator\":\"giải quyết việc làm\",\"comparator\":\"GTE\","
                        + "\"plannedValue\":6000,\"unit\":\"người\",\"period\":\"quý 2/2026\"}");
        assertThat(target.get("period").asString()).isEqualTo("Quý II/2026");
        postJson(
                "/api/targets",
                "{\"indicator\":\"giải quyết việc làm\",\"comparator\":\"GTE\","
                        + "\"plannedValue\":24000,\"unit\":\"người\",\"period\":\"2026\"}");

        JsonNode quarter = postJson(
                "/api/results",
                "{\"indicator\":\"giải quyết việc làm\",\"actualValue\":3000,"
                        + "\"unit\":\"người\",\"period\":\"Quý II / 2026\"}");
        assertThat(quarter.get("period").asString()).isEqualTo("Quý II/2026");
        assertThat(quarter.get("percentOfPlan").asDouble())
                .as("against the quarter's plan")
                .isEqualTo(50.0);
        JsonNode year = postJson(
                "/api/results",
                "{\"indicator\":\"giải quyết việc làm\",\"actualValue\":12000,"
                        + "\"unit\":\"người\",\"period\":\"năm 2026\"}");
        assertThat(year.get("period").asString()).isEqualTo("Năm 2026");
        assertThat(year.get("percentOfPlan").asDouble())
                .as("against the year's plan")
                .isEqualTo(50.0);

        var row = jdbc.sql("SELECT period_kind, period_year, period_index, period_start, period_end, period_code"
                        + " FROM results WHERE id = :id")
                .param("id", quarter.get("id").asLong())
                .query()
                .singleRow();
        assertThat(row.get("period_kind")).isEqualTo("QUARTER");
        assertThat(((Number) row.get("period_year")).intValue()).isEqualTo(2026);
        assertThat(((Number) row.get("period_index")).intValue()).isEqualTo(2);
        assertThat(row.get("period_start").toString()).isEqualTo("2026-04-01");
        assertThat(row.get("period_end").toString()).isEqualTo("2026-06-30");
        assertThat(row.get("period_code")).isEqualTo("2026-Q2");

        // the list's filter reads the period the same way
        JsonNode listed = json.readTree(admin.perform(get("/api/results?period=quý II năm 2026"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(listed.get("items")).hasSize(1);
    }

    @Test
    void theFormsOfferPeriodsFromListsAndFlagAFreeText() throws Exception {
        String form = admin.perform(get("/targets/new").accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        int year = java.time.LocalDate.now().getYear();
        assertThat(form)
                .contains("<select name=\"period\" id=\"period\" required")
                .contains("<optgroup label=\"Năm " + year + "\">")
                .contains("<option value=\"Quý II/" + year + "\">Quý II/" + year + "</option>")
                .contains("<option value=\"6 tháng đầu năm " + year + "\">")
                .contains("<option value=\"Tháng 11/" + year + "\">")
                .contains("<optgroup label=\"Nhiều năm\">")
                .contains("Giai đoạn 2026-2030")
                .doesNotContain("Kỳ chưa chuẩn hóa");

        JsonNode free = postJson(
                "/api/targets",
                "{\"indicator\":\"tỷ lệ hộ nghèo\",\"comparator\":\"LTE\","
                        + "\"plannedValue\":2,\"unit\":\"%\",\"period\":\"năm học 2025-2026\"}");
        assertThat(free.get("period").asString()).isEqualTo("năm học 2025-2026");
        String page = admin.perform(get("/targets/" + free.get("id").asLong()).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("<option value=\"năm học 2025-2026\" selected=\"selected\">")
                .contains("Kỳ chưa chuẩn hóa");
        String list = admin.perform(get("/targets").accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("năm học 2025-2026").contains("Kỳ chưa chuẩn hóa");
    }

    /** Old records' free text: read as periods by the migration, or kept as written (no kind: flagged). */
    @Test
    void theMigrationReadsOldFreeText() throws Exception {
        long indicator = jdbc.sql("INSERT INTO indicators (name, name_key, measure_unit) VALUES ('x', 'x', 'người')")
                                .update()
                        > 0
                ? jdbc.sql("SELECT MAX(id) FROM indicators").query(Long.class).single()
                : 0;
        for (String text : List.of("6 tháng đầu năm 2025", "2021-2025", "tháng 11/2025", "kỳ báo cáo đặc biệt")) {
            jdbc.sql("INSERT INTO results (indicator_id, actual_value, period_label) VALUES (:i, 1, :p)")
                    .param("i", indicator)
                    .param("p", text)
                    .update();
        }
        try (Connection c = dataSource.getConnection()) {
            new db.migration.V49__Periods_from_text().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return c;
                }
            });
        }
        List<Map<String, Object>> rows = jdbc.sql(
                        "SELECT period_label, period_kind, period_code FROM results ORDER BY id")
                .query()
                .listOfRows();
        assertThat(rows)
                .extracting(r -> r.get("period_label"))
                .containsExactly("6 tháng đầu năm 2025", "Giai đoạn 2021-2025", "Tháng 11/2025", "kỳ báo cáo đặc biệt");
        assertThat(rows).extracting(r -> r.get("period_kind")).containsExactly("HALF", "MULTI_YEAR", "MONTH", null);
        assertThat(rows)
                .extracting(r -> r.get("period_code"))
                .containsExactly("2025-H1", "2021-2025", "2025-M11", "kỳ báo cáo đặc biệt");
    }
}
