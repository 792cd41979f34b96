package vn.dondoc.app.web;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;
import vn.dondoc.domain.common.Rejection;
import vn.dondoc.domain.imports.ImportFile;

/** Vietnamese texts from messages_vi.properties, for code that is not a template. */
@Component
public class Messages {
    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource source;

    public Messages(MessageSource source) {
        this.source = source;
    }

    public String get(String code, Object... args) {
        return source.getMessage(code, args, code, WebConfig.VI);
    }

    public boolean has(String code) {
        try {
            source.getMessage(code, null, WebConfig.VI);
            return true;
        } catch (NoSuchMessageException e) {
            return false;
        }
    }

    public String rejection(Rejection r) {
        // whole numbers here are ids or percents: "987654", never "987.654"; a day as a person writes it
        Object[] args = r.args().stream()
                .map(a -> a instanceof Long || a instanceof Integer ? String.valueOf(a) : a)
                .map(a -> a instanceof java.time.LocalDate d ? d.format(DAY) : a)
                .toArray();
        if (r.code().startsWith("text.")) {
            // the field by its name on the form: "tasks[2].section" → field.section
            String field = r.field() == null
                    ? ""
                    : r.field().replaceAll("\\[\\d+\\]", "").replaceAll("^.*\\.", "");
            Object[] withLabel = new Object[args.length + 1];
            withLabel[0] = has("field." + field) ? get("field." + field) : field;
            System.arraycopy(args, 0, withLabel, 1, args.length);
            return get("rejection." + r.code(), withLabel);
        }
        return get("rejection." + r.code(), args);
    }

    public List<String> rejections(List<Rejection> rs) {
        return rs.stream().map(this::rejection).toList();
    }

    /** One line for a file that failed or was skipped: "tệp rỗng", "trùng với văn bản 309/TB-... (#3)". */
    public String fileError(ImportFile f) {
        if (f.errorCode() == null) {
            return null;
        }
        return get("import.error." + f.errorCode(), f.errorDetail() == null ? "" : f.errorDetail());
    }
}
