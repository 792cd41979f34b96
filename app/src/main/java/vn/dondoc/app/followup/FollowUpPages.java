package vn.dondoc.app.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.dondoc.app.access.Access;
import vn.dondoc.app.web.HtmlPages;
import vn.dondoc.app.web.Messages;
import vn.dondoc.domain.access.Action;
import vn.dondoc.domain.common.Outcome;
import vn.dondoc.domain.common.RecordNotFoundException;
import vn.dondoc.domain.followup.AttachedProgress;
import vn.dondoc.domain.followup.FollowUpService;
import vn.dondoc.domain.followup.FollowUps;
import vn.dondoc.domain.org.OrgUnit;
import vn.dondoc.domain.org.OrgUnits;
import vn.dondoc.domain.task.PartyRole;
import vn.dondoc.domain.task.Task;
import vn.dondoc.domain.task.TaskParty;
import vn.dondoc.domain.task.Tasks;

/** A task's follow-up page: bucket, timeline, progress with "đề nghị hoàn thành", extensions and answers. */
@HtmlPages
class FollowUpPages {
    private final FollowUpApi api;
    private final FollowUpService service;
    private final OrgUnits units;
    private final Messages messages;

    private final FollowUps followUps;
    private final AttachedProgress attached;
    private final long maxMb;
    private final Access access;
    private final Tasks tasks;

    FollowUpPages(
            FollowUpApi api,
            FollowUpService service,
            FollowUps followUps,
            OrgUnits units,
            Messages messages,
            AttachedProgress attached,
            Access access,
            Tasks tasks,
            @Value("${dondoc.attachments.max-mb:20}") long maxMb) {
        this.access = access;
        this.tasks = tasks;
        this.attached = attached;
        this.maxMb = maxMb;
        this.followUps = followUps;
        this.api = api;
        this.service = service;
        this.units = units;
        this.messages = messages;
    }

    @GetMapping("/tasks/{id}/followup")
    String page(@PathVariable long id, Model model) {
        model.addAttribute("f", api.followUp(id, null));
        Task task = tasks.find(id).orElseThrow(() -> new RecordNotFoundException("task", id));
        model.addAttribute("taskText", task.text());
        // who reports: the task's own units, its lead first and chosen (every unit when none is known)
        List<OrgUnit> own = task.parties().stream()
                .sorted(java.util.Comparator.comparing(p -> p.role() != PartyRole.LEAD))
                .map(TaskParty::unitId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .map(units::find)
                .flatMap(java.util.Optional::stream)
                .toList();
        // what the page offers is what the person may do: only the units they answer for, no form that answers 403
        var scope = access.task(id);
        List<OrgUnit> reporting = access.allows(Action.POST_PROGRESS, scope)
                ? (own.isEmpty() ? units.all() : own)
                        .stream()
                                .filter(u -> access.allows(
                                        Action.POST_PROGRESS,
                                        vn.dondoc.domain.access.RecordScope.ofUnits(Set.of(u.id()))))
                                .toList()
                : List.of();
        model.addAttribute("units", reporting);
        model.addAttribute(
                "leadUnitId", reporting.isEmpty() ? null : reporting.get(0).id());
        model.addAttribute("mayReport", !reporting.isEmpty());
        model.addAttribute("mayEdit", access.allows(Action.UPDATE, scope));
        model.addAttribute("maxMb", maxMb);
        // the answer buttons are the assigner's; others see the request waiting
        model.addAttribute("mayAnswer", access.allows(Action.CHANGE_STATUS, access.assigner(id)));
        model.addAttribute("unitNames", units.all().stream().collect(Collectors.toMap(OrgUnit::id, OrgUnit::name)));
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", List.of());
        }
        return "followup/followup";
    }

    @PostMapping("/tasks/{id}/followup/progress")
    String progress(
            @PathVariable long id,
            @RequestParam int percent,
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) String note,
            @RequestParam(defaultValue = "false") boolean proposeCompletion,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            Model model) {
        access.requireReportingFor(id, unitId);
        return after(
                id,
                model,
                () -> attached.report(id, null, unitId, percent, note, proposeCompletion, FollowUpApi.uploads(files)));
    }

    @PostMapping("/tasks/{id}/followup/extensions")
    String extension(
            @PathVariable long id,
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) LocalDate newDeadline,
            @RequestParam(required = false) String reason,
            Model model) {
        access.requireReportingFor(id, unitId);
        return after(id, model, () -> service.requestExtension(id, unitId, newDeadline, reason));
    }

    @PostMapping("/tasks/{id}/followup/deadline")
    String deadline(@PathVariable long id, @RequestParam(required = false) String text, Model model) {
        return after(id, model, () -> service.stateDeadline(id, text));
    }

    @PostMapping("/tasks/{id}/followup/extensions/{extensionId}")
    String decideExtension(
            @PathVariable long id,
            @PathVariable long extensionId,
            @RequestParam boolean approve,
            @RequestParam(required = false) String answer,
            Model model) {
        // the access rule checked the task in the address: the extension must be that task's
        followUps
                .findExtension(extensionId)
                .filter(e -> e.taskId() == id)
                .orElseThrow(() -> new RecordNotFoundException("extension", extensionId));
        return after(id, model, () -> service.decideExtension(extensionId, approve, answer));
    }

    @PostMapping("/tasks/{id}/followup/completions/{proposalId}")
    String decideCompletion(
            @PathVariable long id,
            @PathVariable long proposalId,
            @RequestParam boolean approve,
            @RequestParam(required = false) String answer,
            Model model) {
        followUps
                .findProposal(proposalId)
                .filter(p -> p.taskId() == id)
                .orElseThrow(() -> new RecordNotFoundException("completionProposal", proposalId));
        return after(id, model, () -> service.decideCompletion(proposalId, approve, answer));
    }

    private String after(long id, Model model, Supplier<Outcome<?>> action) {
        if (action.get() instanceof Outcome.Rejected<?> r) {
            model.addAttribute("problems", messages.rejections(r.reasons()));
            return page(id, model);
        }
        return "redirect:/tasks/" + id + "/followup";
    }
}
