package vn.dondoc.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.dondoc.textcore.format.VietnameseNumbers;
import vn.dondoc.textcore.model.DocumentInfo;
import vn.dondoc.textcore.model.ParsedDocument;
import vn.dondoc.textcore.model.Reference;
import vn.dondoc.textcore.model.ResultItem;
import vn.dondoc.textcore.model.ScheduleRow;
import vn.dondoc.textcore.model.Signer;
import vn.dondoc.textcore.model.TargetItem;
import vn.dondoc.textcore.model.TaskItem;

/** A readable Vietnamese summary of what was read from one document. */
final class Summary {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Summary() {}

    static String oneLine(ParsedDocument d) {
        DocumentInfo i = d.document();
        return String.format(
                "%s: %s%s — %d văn bản dẫn chiếu, %d mục lịch, %d nhiệm vụ, %d chỉ tiêu, %d kết quả",
                d.source(),
                i.type() == null ? "?" : i.type().label(),
                i.number() == null ? "" : " số " + i.number(),
                d.references().size(),
                d.schedule().size(),
                d.tasks().size(),
                d.targets().size(),
                d.results().size());
    }

    static String of(ParsedDocument d) {
        StringBuilder sb = new StringBuilder();
        DocumentInfo i = d.document();
        sb.append("══ ").append(d.source()).append(" ══\n");
        sb.append("Loại văn bản:   ")
                .append(i.type() == null ? "(không rõ)" : i.type().label())
                .append('\n');
        sb.append("Số, ký hiệu:    ").append(orDash(i.number())).append('\n');
        sb.append("Trích yếu:      ").append(orDash(i.title())).append('\n');
        sb.append("Cơ quan ban hành: ").append(orDash(i.issuer())).append('\n');
        sb.append("Địa danh, ngày: ")
                .append(orDash(i.place()))
                .append(", ")
                .append(date(i.date()))
                .append('\n');
        for (Signer s : i.signers()) {
            sb.append("Người ký:       ").append(orDash(s.name()));
            if (s.authority() != null || s.position() != null) {
                sb.append(" (")
                        .append(s.authority() == null ? "" : s.authority() + "; ")
                        .append(orDash(s.position()))
                        .append(')');
            }
            sb.append('\n');
        }
        if (!i.recipients().isEmpty()) {
            sb.append("Nơi nhận:       ")
                    .append(String.join("; ", i.recipients()))
                    .append('\n');
        }
        section(sb, "Văn bản dẫn chiếu", d.references());
        for (Reference r : d.references()) {
            sb.append("  • ")
                    .append(r.type() == null ? "" : r.type().label() + " ")
                    .append(r.number());
            if (r.date() != null) {
                sb.append(" ngày ").append(date(r.date()));
            }
            if (r.issuer() != null) {
                sb.append(" của ").append(r.issuer());
            }
            sb.append('\n');
        }
        section(sb, "Lịch công tác", d.schedule());
        for (ScheduleRow r : d.schedule()) {
            sb.append("  • ").append(date(r.date()));
            if (r.endDate() != null) {
                sb.append("–").append(date(r.endDate()));
            }
            sb.append(' ')
                    .append(session(r))
                    .append(r.time() == null ? "" : " " + r.time())
                    .append(": ")
                    .append(r.content());
            if (!r.preparingUnits().isEmpty()) {
                sb.append(" | chuẩn bị: ").append(String.join(", ", r.preparingUnits()));
            }
            if (!r.chairs().isEmpty()) {
                sb.append(" | chủ trì: ").append(String.join("; ", r.chairs()));
            }
            sb.append('\n');
        }
        section(sb, "Nhiệm vụ", d.tasks());
        for (TaskItem t : d.tasks()) {
            sb.append("  • [")
                    .append(t.section().isEmpty() ? "-" : t.section())
                    .append("] ")
                    .append(t.anchor())
                    .append(" …")
                    .append(" | chủ trì: ")
                    .append(String.join("; ", t.lead()));
            if (!t.cooperating().isEmpty()) {
                sb.append(" | phối hợp: ").append(String.join("; ", t.cooperating()));
            }
            if (t.deadline() != null) {
                sb.append(" | hạn: ").append(date(t.deadline()));
            }
            sb.append('\n');
        }
        section(sb, "Chỉ tiêu", d.targets());
        for (TargetItem t : d.targets()) {
            sb.append("  • ").append(comparator(t)).append(' ').append(VietnameseNumbers.format(t.value()));
            if (t.valueTo() != null) {
                sb.append(" – ").append(VietnameseNumbers.format(t.valueTo()));
            }
            sb.append(' ').append(t.unit()).append(" — ").append(t.indicator());
            if (t.by() != null) {
                sb.append(" (đến ").append(date(t.by())).append(')');
            }
            sb.append('\n');
        }
        section(sb, "Kết quả", d.results());
        for (ResultItem r : d.results()) {
            sb.append("  • ").append(VietnameseNumbers.format(r.actual()));
            if (r.planned() != null) {
                sb.append('/').append(VietnameseNumbers.format(r.planned()));
            }
            sb.append(' ').append(r.unit()).append(" — ").append(r.indicator());
            if (r.percentOfPlan() != null) {
                sb.append(" (đạt ")
                        .append(VietnameseNumbers.format(r.percentOfPlan()))
                        .append("% kế hoạch)");
            }
            sb.append('\n');
        }
        if (!d.diagnostics().isEmpty()) {
            sb.append("Ghi chú:\n");
            d.diagnostics().forEach(x -> sb.append("  ! ").append(x.message()).append('\n'));
        }
        return sb.append('\n').toString();
    }

    private static void section(StringBuilder sb, String title, List<?> items) {
        sb.append(title).append(" (").append(items.size()).append("):\n");
    }

    private static String comparator(TargetItem t) {
        return switch (t.comparator()) {
            case GTE -> "≥";
            case LTE -> "≤";
            case EQ -> "=";
            case RANGE -> "từ";
        };
    }

    private static String session(ScheduleRow r) {
        return switch (r.session()) {
            case MORNING -> "Sáng";
            case AFTERNOON -> "Chiều";
            case EVENING -> "Tối";
            case ALL_DAY -> "Cả ngày";
        };
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    private static String date(LocalDate d) {
        return d == null ? "—" : d.format(DATE);
    }
}
