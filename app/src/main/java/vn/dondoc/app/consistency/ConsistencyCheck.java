package vn.dondoc.app.consistency;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dondoc.app.jdbc.DocumentRecords;
import vn.dondoc.app.jdbc.Rows;
import vn.dondoc.domain.document.ContentHash;
import vn.dondoc.domain.search.IndexGap;
import vn.dondoc.domain.search.Search;

/**
 * Whether the database, the original files it keeps and the search index agree: every stored original
 * still has the hash it was imported with, every confirmed import points to a document that exists, no
 * document is left without its text, a deleted document leaves no record read from it shown, and the index
 * holds as many items of each kind as the database (deleted records are not in it).
 * What `./dondoc check` runs; read-only.
 */
@Component
public class ConsistencyCheck {
    private final JdbcClient jdbc;
    private final Search search;

    ConsistencyCheck(JdbcClient jdbc, Search search) {
        this.jdbc = jdbc;
        this.search = search;
    }

    /** One disagreement, in Vietnamese, naming the record. */
    public record Problem(String kind, String message) {}

    public record Report(long documentsChecked, List<Problem> problems) {
        public boolean consistent() {
            return problems.isEmpty();
        }
    }

    public Report run() {
        List<Problem> problems = new ArrayList<>();
        long[] checked = {0};
        // one document at a time: the originals may be large, and a province has tens of thousands
        for (Long id : jdbc.sql("SELECT id FROM documents ORDER BY id")
                .query(Long.class)
                .list()) {
            jdbc.sql("SELECT d.content_hash, t.original_file, t.body FROM documents d"
                            + " LEFT JOIN document_texts t ON t.document_id = d.id WHERE d.id = :id")
                    .param("id", id)
                    .query((rs, n) -> {
                        checked[0]++;
                        byte[] original = rs.getBytes("original_file");
                        String hash = rs.getString("content_hash");
                        if (original != null
                                && !ContentHash.sha256(original).equals(hash == null ? "" : hash.strip())) {
                            problems.add(new Problem(
                                    "file",
                                    "Văn bản #" + id + ": tệp gốc không còn khớp mã băm đã lưu"
                                            + " (tệp bị hỏng hoặc bị sửa ngoài hệ thống)."));
                        }
                        String body = rs.getString("body");
                        if (body == null || body.isBlank()) {
                            problems.add(new Problem("document", "Văn bản #" + id + ": không còn nội dung văn bản."));
                        }
                        return null;
                    })
                    .list();
        }
        for (Long fileId : jdbc.sql("SELECT f.id FROM import_files f LEFT JOIN documents d ON d.id = f.document_id"
                        + " WHERE f.status = 'CONFIRMED' AND d.id IS NULL")
                .query(Long.class)
                .list()) {
            problems.add(new Problem(
                    "import",
                    "Tệp nhập #" + fileId + " đã xác nhận nhưng văn bản của nó không còn trong cơ sở dữ liệu."));
        }
        // a file being read holds a lease its reader renews; an expired one was left by a stopped reader
        for (Long fileId : jdbc.sql("SELECT id FROM import_files WHERE status = 'PROCESSING'"
                        + " AND (lease_until IS NULL OR lease_until < :now)")
                .param("now", Rows.now())
                .query(Long.class)
                .list()) {
            problems.add(new Problem(
                    "import",
                    "Tệp nhập #" + fileId + " dừng giữa chừng khi đang đọc; máy chủ sẽ đọc lại khi khởi động."));
        }
        for (Long docId : jdbc.sql("SELECT d.id FROM documents d WHERE d.import_file_id IS NOT NULL AND NOT EXISTS"
                        + " (SELECT 1 FROM import_files f WHERE f.id = d.import_file_id AND f.status = 'CONFIRMED'"
                        + " AND f.document_id = d.id)")
                .query(Long.class)
                .list()) {
            problems.add(new Problem(
                    "import",
                    "Văn bản #" + docId + " đã lưu nhưng tệp nhập của nó không ghi nhận đã lưu" + " (nhập dở dang)."));
        }
        // a deleted document takes the records read from it along (same moment): one still shown would be an orphan
        for (String table : DocumentRecords.TABLES) {
            for (Long docId : jdbc.sql("SELECT DISTINCT x.document_id FROM " + table
                            + " x JOIN documents d ON d.id = x.document_id"
                            + " WHERE d.deleted_at IS NOT NULL AND x.deleted_at IS NULL ORDER BY x.document_id")
                    .query(Long.class)
                    .list()) {
                problems.add(new Problem(
                        "document",
                        "Văn bản #" + docId + " đã xóa nhưng vẫn còn bản ghi đọc từ nó" + " chưa bị xóa (bảng " + table
                                + ")."));
            }
        }
        List<IndexGap> gaps = search.gaps();
        for (IndexGap g : gaps) {
            if (!g.missing().isEmpty()) {
                problems.add(new Problem(
                        "index",
                        "Chỉ mục tìm kiếm thiếu " + g.missing().size() + " mục loại " + g.kind()
                                + " có trong cơ sở dữ liệu (" + sample(g.missing())
                                + "); chạy 'dondoc reindex' hoặc khởi động máy chủ."));
            }
            if (!g.extra().isEmpty()) {
                problems.add(new Problem(
                        "index",
                        "Chỉ mục tìm kiếm còn " + g.extra().size() + " mục loại " + g.kind()
                                + " không còn trong cơ sở dữ liệu (" + sample(g.extra())
                                + "); chạy 'dondoc reindex' hoặc khởi động máy chủ."));
            }
        }
        if (gaps.isEmpty() && search.outOfStep()) {
            problems.add(new Problem(
                    "index", "Chỉ mục tìm kiếm không khớp với cơ sở dữ liệu; chạy 'dondoc reindex' để dựng lại."));
        }
        return new Report(checked[0], problems);
    }

    private static String sample(java.util.Set<Long> ids) {
        List<Long> sorted = ids.stream().sorted().limit(5).toList();
        return sorted.stream().map(id -> "#" + id).collect(java.util.stream.Collectors.joining(", "))
                + (ids.size() > sorted.size() ? ", …" : "");
    }
}
