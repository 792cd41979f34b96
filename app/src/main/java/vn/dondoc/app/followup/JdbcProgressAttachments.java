package vn.dondoc.app.followup;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.dondoc.app.jdbc.Rows;
import vn.dondoc.domain.followup.Attachment;
import vn.dondoc.domain.followup.AttachmentCheck;
import vn.dondoc.domain.followup.ProgressAttachments;

/** Progress reports' files in {@code progress_attachments}; lists never read the bytes. */
@Repository
class JdbcProgressAttachments implements ProgressAttachments {
    private static final String COLUMNS =
            "id, task_id, report_id, file_name, content_type, size_bytes, sha256, added_at";
    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcProgressAttachments(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private static Attachment row(ResultSet rs, int n) throws SQLException {
        return new Attachment(
                rs.getLong("id"),
                rs.getLong("task_id"),
                rs.getLong("report_id"),
                rs.getString("file_name"),
                rs.getString("content_type"),
                rs.getLong("size_bytes"),
                rs.getString("sha256"),
                Rows.instant(rs, "added_at"));
    }

    @Override
    public Attachment add(long taskId, long reportId, AttachmentCheck.Accepted file) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO progress_attachments (task_id, report_id, file_name, content_type, size_bytes, sha256,"
                        + " content, added_at) VALUES (:t, :r, :name, :type, :size, :sha, :content, :at)")
                .param("t", taskId)
                .param("r", reportId)
                .param("name", file.fileName())
                .param("type", file.contentType())
                .param("size", file.bytes().length)
                .param("sha", sha256(file.bytes()))
                .param("content", file.bytes())
                .param("at", OffsetDateTime.now(clock))
                .update(keys, "id");
        return find(keys.getKey().longValue()).orElseThrow();
    }

    @Override
    public List<Attachment> ofTask(long taskId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM progress_attachments WHERE task_id = :t ORDER BY id")
                .param("t", taskId)
                .query(JdbcProgressAttachments::row)
                .list();
    }

    @Override
    public Optional<Attachment> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM progress_attachments WHERE id = :id")
                .param("id", id)
                .query(JdbcProgressAttachments::row)
                .optional();
    }

    @Override
    public Optional<byte[]> content(long id) {
        return jdbc.sql("SELECT content FROM progress_attachments WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> rs.getBytes("content"))
                .optional();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
