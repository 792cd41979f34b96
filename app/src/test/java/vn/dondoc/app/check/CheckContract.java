package vn.dondoc.app.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.dondoc.app.DemoOrgContract;
import vn.dondoc.app.imports.DemoData;
import vn.dondoc.domain.imports.ImportJobs;
import vn.dondoc.domain.imports.ImportService;
import vn.dondoc.domain.imports.IncomingFile;

/** GET /api/documents/{id}/checks on sample 002, with and without a stored target, and with a wrong figure. */
abstract class CheckContract extends DemoOrgContract {
    @Autowired
    ImportService imports;

    @Autowired
    ImportJobs jobs;

    static String sample002() {
        return DemoData.sampleFiles().stream()
                .filter(f -> f.name().startsWith("002_"))
                .findFirst()
                .map(f -> new String(f.bytes(), StandardCharsets.UTF_8))
                .orElseThrow();
    }

    long confirmed(String name, String text) {
        long batch =
                imports.stage("checks", List.of(new IncomingFile(name, text.getBytes(StandardCharsets.UTF_8))), true);
        imports.processUntilDone(batch, 60_000);
        return jobs.files(batch).get(0).documentId();
    }

    JsonNode check(JsonNode checks, String kind, String anchorPart) {
        for (JsonNode c : checks) {
            if (c.get("kind").asString().equals(kind)
                    && c.get("anchor").asString().contains(anchorPart)) {
                return c;
            }
        }
        throw new AssertionError(kind + " " + anchorPart + " not in " + checks);
    }

    @Test
    void sample002IsConsistentAndItsImpliedPlanIsComparedWithTheStoredTarget() throws Exception {
        long doc = confirmed("002.txt", sample002());
        JsonNode checks = body(call(get("/api/documents/" + doc + "/checks")).andExpect(status().isOk()));
        JsonNode ratio = check(checks, "RATIO", "120/195");
        assertThat(ratio.get("expected").asDouble()).isEqualTo(61.54);
        assertThat(ratio.get("stated").asDouble()).isEqualTo(61.53);
        assertThat(ratio.get("message").asString()).contains("61,54").contains("61,53");
        assertThat(check(checks, "PLAN_IMPLIED", "9.997").get("stated").asDouble())
                .isBetween(24000.0, 24010.0);

        call(post("/api/targets")
                        .content("{\"indicator\":\"giải quyết việc làm\",\"comparator\":\"GTE\","
                                + "\"plannedValue\":30000,\"unit\":\"người\",\"period\":\"2020\"}"))
                .andExpect(status().isCreated());
        JsonNode plan = check(body(call(get("/api/documents/" + doc + "/checks"))), "PLAN", "9.997");
        assertThat(plan.get("consistent").asBoolean()).isFalse();
        assertThat(plan.get("expected").asDouble()).isEqualTo(30000.0);
        assertThat(plan.get("message").asString()).contains("30.000");

        String page = mvc.perform(get("/documents/" + doc))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Có 1 số liệu không khớp").contains("30.000");
    }

    @Test
    void aHandMadeWrongPercentAndAWrongTotalAreFlagged() throws Exception {
        String wrong = sample002().replace("đạt 61,53% kế hoạch", "đạt 65,00% kế hoạch")
                + "\nTổng số 150 hồ sơ, gồm: 80 hồ sơ giải quyết đúng hạn, 60 hồ sơ giải quyết trước hạn.\n";
        long doc = confirmed("002-sai.txt", wrong);
        JsonNode checks = body(call(get("/api/documents/" + doc + "/checks")));
        JsonNode ratio = check(checks, "RATIO", "120/195");
        assertThat(ratio.get("consistent").asBoolean()).isFalse();
        assertThat(ratio.get("stated").asDouble()).isEqualTo(65.0);
        JsonNode sum = check(checks, "SUM", "150 hồ sơ");
        assertThat(sum.get("consistent").asBoolean()).isFalse();
        assertThat(sum.get("expected").asDouble()).isEqualTo(150.0);
        assertThat(sum.get("stated").asDouble()).isEqualTo(140.0);
        call(get("/api/documents/987654/checks")).andExpect(status().isNotFound());

        // the same file waiting for its review: the reviewer sees the mismatches with their figures
        long batch = imports.stage(
                "checks",
                List.of(new IncomingFile("002-sai-ban-khac.txt", (wrong + "\n").getBytes(StandardCharsets.UTF_8))),
                false);
        imports.processUntilDone(batch, 60_000);
        String review = mvc.perform(
                        get("/imports/files/" + jobs.files(batch).get(0).id() + "/review"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(review)
                .contains("Có 2 số liệu không khớp")
                .contains("120/195")
                .contains("150 hồ sơ");
    }
}
