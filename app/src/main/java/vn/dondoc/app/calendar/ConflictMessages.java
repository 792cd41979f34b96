package vn.dondoc.app.calendar;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.dondoc.app.web.Messages;
import vn.dondoc.domain.calendar.CheckedConflict;
import vn.dondoc.domain.calendar.Conflict;
import vn.dondoc.domain.calendar.ConflictKind;

/** A conflict in words: "Đ/c Lạc chủ trì hai nội dung cùng lúc ngày 04/10/2021." */
@Component
class ConflictMessages {
    private final Messages messages;

    ConflictMessages(Messages messages) {
        this.messages = messages;
    }

    /** What the API and the pages show for one conflict. */
    public record ConflictView(
            String key,
            ConflictKind kind,
            List<Long> eventIds,
            String message,
            boolean accepted,
            String acceptedNote) {}

    ConflictView view(CheckedConflict c) {
        return new ConflictView(
                c.conflict().key(),
                c.conflict().kind(),
                c.conflict().eventIds(),
                message(c.conflict()),
                c.accepted(),
                c.acceptedNote());
    }

    String message(Conflict c) {
        Object[] args = c.args().stream()
                .map(a -> a instanceof LocalDate d ? Date.valueOf(d) : a)
                .toArray();
        if (c.kind() == ConflictKind.UNIT_GONE) {
            String successor = String.valueOf(args[1]);
            args[1] = successor.isEmpty() ? "" : messages.get("conflict.successor", successor);
        }
        return messages.get(c.messageCode(), args);
    }
}
