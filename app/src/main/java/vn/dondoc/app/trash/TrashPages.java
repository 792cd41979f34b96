package vn.dondoc.app.trash;

import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dondoc.app.access.Access;
import vn.dondoc.app.audit.AuditRecorder;
import vn.dondoc.app.web.HtmlPages;
import vn.dondoc.app.web.Messages;
import vn.dondoc.app.web.RejectedException;
import vn.dondoc.domain.access.Action;

/**
 * The trash ("Thùng rác", administrators, issue 9 item 4): deleted records by kind, each with a restore button; and
 * the undo of a delete just made through a page (issue 8 item 5, {@link Undo}).
 */
@HtmlPages
class TrashPages {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private final JdbcTrash trash;
    private final TrashService service;
    private final Undo undo;
    private final Access access;
    private final AuditRecorder audit;
    private final Messages messages;

    TrashPages(
            JdbcTrash trash, TrashService service, Undo undo, Access access, AuditRecorder audit, Messages messages) {
        this.trash = trash;
        this.service = service;
        this.undo = undo;
        this.access = access;
        this.audit = audit;
        this.messages = messages;
    }

    /** A line of the page: the kind's name, never its code. */
    record Line(String kind, String kindName, long id, String label, String when, String who) {}

    /** A kind in the filter, with how many of its records the list holds. */
    record KindChoice(String code, String name) {}

    @GetMapping("/quan-tri/thung-rac")
    String page(@RequestParam(required = false) String kind, Model model) {
        String chosen = kind != null && JdbcTrash.KINDS.containsKey(kind) ? kind : null;
        List<Line> lines = trash.deleted(chosen, TrashApi.LIMIT).stream()
                .map(d -> new Line(
                        d.kind(),
                        kindName(d.kind()),
                        d.id(),
                        d.label(),
                        WHEN.format(d.deletedAt().atZone(ZoneId.systemDefault())),
                        d.deletedBy()))
                .toList();
        model.addAttribute("lines", lines);
        model.addAttribute("kind", chosen);
        model.addAttribute(
                "kinds",
                JdbcTrash.KINDS.keySet().stream()
                        .map(k -> new KindChoice(k, kindName(k)))
                        .toList());
        return "trash/trash";
    }

    @PostMapping("/quan-tri/thung-rac/{kind}/{id}/khoi-phuc")
    String restore(
            @PathVariable String kind,
            @PathVariable long id,
            @RequestParam(required = false) String from,
            RedirectAttributes flash) {
        restoreAndSay(kind, id, flash);
        return "redirect:/quan-tri/thung-rac"
                + (from != null && JdbcTrash.KINDS.containsKey(from) ? "?kind=" + from : "");
    }

    /**
     * The undo button of the flash after a delete: whoever deleted it, in the same session and within the window, or
     * an administrator. Back to the record. The interceptor's rule is a read (anyone signed in may ask), so the audit
     * line is written here.
     */
    @PostMapping("/thung-rac/{kind}/{id}/hoan-tac")
    String undo(
            @PathVariable String kind, @PathVariable long id, HttpServletRequest request, RedirectAttributes flash) {
        if (!undo.take(request, kind, id)) {
            access.requireSomewhere(Action.RESTORE, kind);
        }
        if (!restoreAndSay(kind, id, flash)) {
            return "redirect:/";
        }
        audit.recordChange(Action.RESTORE.name(), kind, id, null);
        return "redirect:" + pageOf(kind, id);
    }

    private boolean restoreAndSay(String kind, long id, RedirectAttributes flash) {
        try {
            JdbcTrash.Deleted d = service.restore(kind, id);
            flash.addFlashAttribute(
                    "restored", messages.get("trash.restored", kindName(kind), d.label() == null ? "" : d.label()));
            return true;
        } catch (RejectedException e) {
            flash.addFlashAttribute("flashProblem", String.join(" ", messages.rejections(e.reasons())));
            return false;
        }
    }

    private String kindName(String kind) {
        return messages.get("trash.kind." + kind);
    }

    /** Where a restored record is seen again. */
    private static String pageOf(String kind, long id) {
        return switch (kind) {
            case "document" -> "/documents/" + id;
            case "task" -> "/tasks/" + id;
            case "target" -> "/targets/" + id;
            case "result" -> "/results/" + id;
            case "workProgram" -> "/calendar/programs/" + id;
            case "unit" -> "/org/units/" + id;
            case "person" -> "/org/people/" + id;
            case "alias" -> "/org";
            default -> "/calendar";
        };
    }
}
