package vn.dondoc.app.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import vn.dondoc.app.H2Config;
import vn.dondoc.app.TestDatabase;
import vn.dondoc.app.access.SignIn;
import vn.dondoc.domain.document.DocumentService;
import vn.dondoc.domain.imports.ImportJobs;
import vn.dondoc.domain.imports.ImportService;
import vn.dondoc.domain.imports.Proposal;
import vn.dondoc.textcore.confidence.Doubts;

/** The review page puts the items the engine doubts first, says why in Vietnamese, and offers what it did not take. */
@H2Config
class ReviewConfidenceTest {
    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DocumentService documents;

    @Autowired
    ImportService imports;

    @Autowired
    ImportJobs jobs;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        TestDatabase.clear(jdbc);
        documents.reindexAll();
        mvc = SignIn.mvc(context, SignIn.admin());
    }

    private long imported() {
        long batch = imports.stage(null, List.of(UnsurePlan.file()), false);
        imports.processUntilDone(batch, 60_000);
        return jobs.files(batch).get(0).id();
    }

    private String page(String url) throws Exception {
        return new String(
                mvc.perform(get(url))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray(),
                StandardCharsets.UTF_8);
    }

    @Test
    void theProposalCarriesEachItemsCertaintyAndTheCandidates() {
        Proposal p = imports.proposal(imported());
        assertThat(p.tasks()).allSatisfy(t -> assertThat(t.certainty()).isNotNull());
        assertThat(p.tasks())
                .filteredOn(t -> t.text().startsWith("Trên 80%"))
                .singleElement()
                .satisfies(t -> assertThat(t.certainty().unsure()).isTrue())
                .satisfies(t -> assertThat(t.certainty().doubts()).contains(Doubts.READS_AS_TARGET));
        assertThat(p.tasks())
                .filteredOn(t -> t.text().startsWith(UnsurePlan.SURE_TASK))
                .singleElement()
                .satisfies(t -> assertThat(t.certainty().unsure()).isFalse());
        assertThat(p.candidates()).extracting(Proposal.ProposedCandidate::text).contains(UnsurePlan.CANDIDATE);
        // the API keeps the document's order; only the review page reorders
        assertThat(p.tasks().get(0).text()).startsWith(UnsurePlan.SURE_TASK);
    }

    @Test
    void theReviewPageShowsTheUnsureTaskFirstWithItsReasonAndTheCandidates() throws Exception {
        String html = page("/imports/files/" + imported() + "/review");
        int unsure = html.indexOf(UnsurePlan.UNSURE_TASK);
        int sure = html.indexOf(UnsurePlan.SURE_TASK);
        assertThat(unsure).isPositive();
        assertThat(sure).isGreaterThan(unsure);
        assertThat(html).contains("Cần xem lại", "đọc như chỉ tiêu, mục tiêu", "class=\"card item unsure\"");
        // exactly one badge among the task cards before the sure task, none on it
        String tasksPart = html.substring(html.indexOf("data-kind=\"tasks\""), sure);
        assertThat(tasksPart.split("class=\"badge warn\"", -1).length - 1).isEqualTo(1);
        assertThat(html).contains("Có thể là nhiệm vụ", UnsurePlan.CANDIDATE, "Thêm làm nhiệm vụ");
    }

    @Test
    void everyDoubtTheEngineCanRaiseIsWordedInVietnamese() throws IOException {
        Properties vi = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages_vi.properties")) {
            vi.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (String code : Doubts.ALL) {
            assertThat(vi.getProperty("doubt." + code)).as(code).isNotBlank();
        }
    }
}
