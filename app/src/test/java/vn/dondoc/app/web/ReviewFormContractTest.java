package vn.dondoc.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;
import vn.dondoc.app.H2Config;
import vn.dondoc.app.TestDatabase;
import vn.dondoc.app.imports.DemoData;
import vn.dondoc.domain.common.PageRequest;
import vn.dondoc.domain.document.DocumentService;
import vn.dondoc.domain.imports.ImportJobs;
import vn.dondoc.domain.imports.ImportService;
import vn.dondoc.domain.imports.ImportStatus;
import vn.dondoc.domain.task.TaskFilter;
import vn.dondoc.domain.task.Tasks;

/**
 * The review page and the confirm API agree: the form's data-field names and types, read the way
 * review.js reads them (here with jsoup), make a proposal the API accepts. Then a reviewer's edit and
 * a dropped item are what gets stored.
 */
@H2Config
class ReviewFormContractTest {
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

    @Autowired
    Tasks tasks;

    @Autowired
    DemoData demo;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        TestDatabase.clear(jdbc);
        documents.reindexAll();
        demo.seedOrganisation();
        mvc = vn.dondoc.app.access.SignIn.mvc(context, vn.dondoc.app.access.SignIn.admin());
    }

    /** review.js value(): bool, flag, number, list (";"), date and text. */
    private static Object value(Element input) {
        String type = input.attr("data-type");
        if (type.equals("bool")) {
            return input.hasAttr("checked");
        }
        String v = input.tagName().equals("textarea")
                ? input.text().trim()
                : input.tagName().equals("select")
                        ? selected(input)
                        : input.attr("value").trim();
        if (type.equals("flag")) {
            return v.equals("true");
        }
        if (v.isEmpty()) {
            return type.equals("list") ? List.of() : null;
        }
        return switch (type) {
            case "number" -> Double.parseDouble(v.replace(',', '.'));
            case "list" ->
                Arrays.stream(v.split(";"))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList();
            default -> v;
        };
    }

    private static String selected(Element select) {
        Element opt = select.selectFirst("option[selected]");
        return opt == null ? "" : opt.attr("value");
    }

    private static Map<String, Object> collect(Element el) {
        Map<String, Object> o = new LinkedHashMap<>();
        for (Element i : el.select("[data-field]")) {
            o.put(i.attr("data-field"), value(i));
        }
        String s = el.attr("data-start");
        String e = el.attr("data-end");
        o.put(
                "span",
                s.isEmpty() || e.isEmpty() ? null : Map.of("start", Integer.parseInt(s), "end", Integer.parseInt(e)));
        return o;
    }

    @Test
    void theFormAsReviewJsReadsItConfirmsAndAnEditAndADropAreWhatIsStored() throws Exception {
        var sample = DemoData.sampleFiles().get(3); // the action programme: many tasks and targets
        long batch = imports.stage("review", List.of(sample), false);
        imports.processUntilDone(batch, 60_000);
        long fileId = jobs.files(batch).get(0).id();
        int extractedTasks = imports.proposal(fileId).tasks().size();
        assertThat(extractedTasks).isGreaterThan(1);

        String html = new String(
                mvc.perform(get("/imports/files/" + fileId + "/review"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray(),
                StandardCharsets.UTF_8);
        Element root = Jsoup.parse(html).getElementById("review");
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("fileId", fileId);
        Map<String, Object> doc = collect(root.selectFirst("[data-kind=document]"));
        doc.remove("span");
        p.put("document", doc);
        for (String kind : List.of("references", "events", "tasks", "targets", "results")) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (Element el : root.select(".item[data-kind=" + kind + "]")) {
                items.add(collect(el));
            }
            p.put(kind, items);
        }
        // the reviewer rewrites the first task and drops the second
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> ts = (List<Map<String, Object>>) p.get("tasks");
        ts.get(0).put("text", "Nội dung đã sửa khi duyệt");
        ts.get(1).put("keep", false);

        String body = JsonMapper.builder().build().writeValueAsString(p);
        mvc.perform(post("/api/imports/files/" + fileId + "/confirm")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk());

        assertThat(jobs.find(fileId).orElseThrow().status()).isEqualTo(ImportStatus.CONFIRMED);
        long docId = jobs.find(fileId).orElseThrow().documentId();
        var stored = tasks.list(new TaskFilter(null, null, docId, null, null, null), new PageRequest(0, 500))
                .items();
        assertThat(stored).hasSize(extractedTasks - 1);
        assertThat(stored).extracting(t -> t.text()).contains("Nội dung đã sửa khi duyệt");
        assertThat(stored).allSatisfy(t -> assertThat(t.spanStart()).isNotNull());
    }
}
