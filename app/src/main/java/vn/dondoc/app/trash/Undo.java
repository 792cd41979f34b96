package vn.dondoc.app.trash;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dondoc.app.web.Messages;

/**
 * Undoing a delete made through a page (issue 8 item 5): the page that deleted offers it here; the next page shows
 * "Đã xoá … — Hoàn tác", and its button restores the record. Whoever deleted it may undo it in the same session for
 * {@link #WINDOW} (the moment a stray click is noticed); after that, or for anyone else, it is the administrator's
 * restore from the trash. The offer lives in the session, not in the audit trail, so the undo works the instant the
 * page is shown.
 */
@Component
public class Undo {
    public static final Duration WINDOW = Duration.ofMinutes(10);
    private static final String SESSION = Undo.class.getName() + ".offers";

    /** What the flash shows: what was deleted, and the undo button's record. */
    public record Offer(String kind, long id, String what) implements Serializable {}

    private final Messages messages;
    private final Clock clock;

    Undo(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /** After a page deleted a record ({@code kind} as in the audit trail): the flash and the right to undo it. */
    public void offer(HttpServletRequest request, RedirectAttributes flash, String kind, long id, String label) {
        String what = messages.get("record." + kind) + (label == null || label.isBlank() ? "" : " «" + label + "»");
        flash.addFlashAttribute("undo", new Offer(kind, id, what));
        offers(request.getSession()).put(kind + ":" + id, clock.instant());
    }

    /** Whether this session deleted the record less than {@link #WINDOW} ago; the offer is used up when true. */
    boolean take(HttpServletRequest request, String kind, long id) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return false;
        }
        Instant at = offers(session).remove(kind + ":" + id);
        return at != null && at.plus(WINDOW).isAfter(clock.instant());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Instant> offers(HttpSession session) {
        synchronized (session) {
            Object o = session.getAttribute(SESSION);
            if (o instanceof Map<?, ?> m) {
                return (Map<String, Instant>) m;
            }
            Map<String, Instant> m = java.util.Collections.synchronizedMap(new HashMap<>());
            session.setAttribute(SESSION, m);
            return m;
        }
    }
}
