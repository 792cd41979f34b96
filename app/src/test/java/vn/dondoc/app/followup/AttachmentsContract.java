package vn.dondoc.app.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import tools.jackson.databind.JsonNode;
import vn.dondoc.app.DemoOrgContract;
import vn.dondoc.app.access.SignIn;
import vn.dondoc.domain.access.Role;

/** Files on progress reports: checked on arrival, listed on the timeline, served as downloads to the task's readers. */
abstract class AttachmentsContract extends DemoOrgContract {
    static final byte[] PDF =
            "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    long labourTask() throws Exception {
        return body(mvc.perform(post("/api/tasks")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"text\":\"Kiểm tra an toàn lao động\",\"startDate\":\"2026-01-05\",\"deadline\":\"2026-06-30\","
                                                + "\"leadUnitIds\":[" + labour + "]}"))
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
    }

    @Test
    void aReportCarriesFilesThatTheTimelineListsAndTheTasksReadersDownload() throws Exception {
        long task = labourTask();
        MockMultipartFile pdf = new MockMultipartFile("files", "Biên bản kiểm tra.pdf", "application/x-anything", PDF);
        MockMultipartFile csv = new MockMultipartFile(
                "files", "số liệu.csv", "text/html", "đơn vị;số lượt\nLĐVL;12\n".getBytes(StandardCharsets.UTF_8));
        JsonNode posted = body(mvc.perform(multipart("/api/tasks/" + task + "/progress")
                        .file(pdf)
                        .file(csv)
                        .param("unitId", String.valueOf(labour))
                        .param("percent", "60")
                        .param("note", "Đã kiểm tra 12 cơ sở")
                        .with(SignIn.as(Role.STAFF, labour)))
                .andExpect(status().isCreated()));
        assertThat(posted.get("report").get("percent").asInt()).isEqualTo(60);
        assertThat(posted.get("attachments")).hasSize(2);
        // the type is the one read from the bytes, never the one the sender claimed
        assertThat(posted.get("attachments").get(0).get("contentType").asString())
                .isEqualTo("application/pdf");
        assertThat(posted.get("attachments").get(1).get("contentType").asString())
                .isEqualTo("text/csv;charset=UTF-8");

        JsonNode f = body(mvc.perform(get("/api/tasks/" + task + "/followup")).andExpect(status().isOk()));
        long reportId = f.get("timeline").get(0).get("reportId").asLong();
        assertThat(f.get("attachments")).hasSize(2);
        assertThat(f.get("attachments").get(0).get("reportId").asLong()).isEqualTo(reportId);
        String link = f.get("attachments").get(0).get("link").asString();

        var download = mvc.perform(get(link).with(SignIn.as(Role.VIEWER, labour)))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn()
                .getResponse();
        assertThat(download.getContentAsByteArray()).isEqualTo(PDF);
        assertThat(download.getHeader("Content-Disposition"))
                .startsWith("attachment;")
                .contains("filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20ki%E1%BB%83m%20tra.pdf");

        // the page lists them with download links
        String page = mvc.perform(get("/tasks/" + task + "/followup"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("Biên bản kiểm tra.pdf")
                .contains("số liệu.csv")
                .contains("href=\"" + link + "\"");
    }

    @Test
    void someoneWhoMayNotReadTheTaskGets403ForItsFiles() throws Exception {
        long task = labourTask();
        JsonNode posted = body(mvc.perform(multipart("/api/tasks/" + task + "/progress")
                        .file(new MockMultipartFile("files", "bien-ban.pdf", "application/pdf", PDF))
                        .param("unitId", String.valueOf(labour))
                        .param("percent", "30"))
                .andExpect(status().isCreated()));
        String link = posted.get("attachments").get(0).get("link").asString();
        mvc.perform(get(link).with(SignIn.as(Role.STAFF, office))).andExpect(status().isForbidden());
        mvc.perform(get(link).with(SignIn.as(Role.VIEWER, office))).andExpect(status().isForbidden());
        SignIn.mvc(context, SignIn.nobody()).perform(get(link)).andExpect(status().isUnauthorized());
        // a file asked for under another task is not found there, even by someone who may read that task
        long other = labourTask();
        mvc.perform(get("/api/tasks/" + other + "/attachments/"
                        + posted.get("attachments").get(0).get("id").asLong()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aHostileFileNameIsCleanedAndMarkupIsRefused() throws Exception {
        long task = labourTask();
        JsonNode posted = body(mvc.perform(multipart("/api/tasks/" + task + "/progress")
                        .file(new MockMultipartFile(
                                "files", "..\\..\\<script>alert(1)<\\script>\r\n\"x.html", "text/html", PDF))
                        .param("percent", "10"))
                .andExpect(status().isCreated()));
        String name = posted.get("attachments").get(0).get("fileName").asString();
        assertThat(name)
                .doesNotContain("/")
                .doesNotContain("\\")
                .doesNotContain("<")
                .doesNotContain("\"")
                .doesNotContain("\r")
                .endsWith(".html.pdf");
        String link = posted.get("attachments").get(0).get("link").asString();
        String disposition = mvc.perform(get(link)).andReturn().getResponse().getHeader("Content-Disposition");
        assertThat(disposition).startsWith("attachment;").doesNotContain("\r").doesNotContain("\n");

        long before = jdbc.sql("SELECT COUNT(*) FROM progress_reports")
                .query(Long.class)
                .single();
        var refused = body(mvc.perform(multipart("/api/tasks/" + task + "/progress")
                        .file(new MockMultipartFile(
                                "files",
                                "trang.txt",
                                "text/plain",
                                "<html><body><script>alert(document.cookie)</script>".getBytes(StandardCharsets.UTF_8)))
                        .param("percent", "20"))
                .andExpect(status().is(422)));
        assertThat(refused.toString()).contains("trang.txt").contains("không thuộc loại được nhận");
        // a refused file refuses the whole report: nothing was stored
        assertThat(jdbc.sql("SELECT COUNT(*) FROM progress_reports")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void theFollowUpPageFormPostsFilesToo() throws Exception {
        long task = labourTask();
        mvc.perform(multipart("/tasks/" + task + "/followup/progress")
                        .file(new MockMultipartFile("files", "anh-hien-truong.png", "image/png", new byte[] {
                            (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0
                        }))
                        .file(new MockMultipartFile("files", "", "application/octet-stream", new byte[0]))
                        .param("unitId", String.valueOf(labour))
                        .param("percent", "40"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT file_name, content_type FROM progress_attachments")
                        .query((rs, n) -> rs.getString(1) + " " + rs.getString(2))
                        .list())
                .containsExactly("anh-hien-truong.png image/png");
    }
}
