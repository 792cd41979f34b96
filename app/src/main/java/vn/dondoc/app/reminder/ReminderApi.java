package vn.dondoc.app.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.app.access.Access;
import vn.dondoc.app.dashboard.DashboardScope;
import vn.dondoc.app.web.Messages;
import vn.dondoc.domain.common.RecordNotFoundException;
import vn.dondoc.domain.common.TextLimits;
import vn.dondoc.domain.org.OrgUnits;
import vn.dondoc.domain.reminder.Reminder;

/** REST: the reminders of the asker's units (the bell), the digest's recipients, and sending the digests now. */
@RestController
@RequestMapping("/api")
public class ReminderApi {
    private final ReminderDigests digests;
    private final JdbcReminderRecipients recipients;
    private final DashboardScope scope;
    private final OrgUnits units;
    private final Messages messages;
    private final Clock clock;
    private final Access access;

    ReminderApi(
            ReminderDigests digests,
            JdbcReminderRecipients recipients,
            DashboardScope scope,
            OrgUnits units,
            Messages messages,
            Clock clock,
            Access access) {
        this.access = access;
        this.digests = digests;
        this.recipients = recipients;
        this.scope = scope;
        this.units = units;
        this.messages = messages;
        this.clock = clock;
    }

    public record Bell(long count, List<Reminder> reminders) {}

    public record RecipientRequest(Long unitId, String email, String username) {}

    public record Sent(int digests) {}

    @GetMapping("/reminders")
    public Bell reminders(@RequestParam(required = false) Long unit, @RequestParam(required = false) LocalDate asOf) {
        List<Reminder> list =
                digests.of(scope.unitFor(unit), asOf != null ? asOf : LocalDate.now(clock), scope.visibility());
        return new Bell(list.size(), list);
    }

    @GetMapping("/reminder-recipients")
    public List<JdbcReminderRecipients.Recipient> recipients() {
        // addresses are personal: AccessPolicy.seesContact says whose a person may see
        var actor = Access.currentActor();
        return recipients.all().stream()
                .filter(r -> access.policy().seesContact(actor, r.unitId(), r.username()))
                .toList();
    }

    @PostMapping("/reminder-recipients")
    @ResponseStatus(HttpStatus.CREATED)
    public JdbcReminderRecipients.Recipient addRecipient(@RequestBody RecipientRequest r) {
        if (r.unitId() == null || r.email() == null || r.email().isBlank()) {
            throw new IllegalArgumentException(messages.get("reminder.recipientInvalid"));
        }
        java.util.List<vn.dondoc.domain.common.Rejection> tooLong = new java.util.ArrayList<>();
        TextLimits.email(r.email(), "email", tooLong);
        TextLimits.field(r.username(), TextLimits.USERNAME, "username", tooLong);
        if (!tooLong.isEmpty()) {
            throw new vn.dondoc.app.web.RejectedException(tooLong);
        }
        units.find(r.unitId()).orElseThrow(() -> new RecordNotFoundException("unit", r.unitId()));
        return recipients.add(
                new JdbcReminderRecipients.Recipient(null, r.unitId(), r.email().strip(), r.username()));
    }

    @PostMapping("/reminders/digest")
    public Sent sendNow(@RequestParam(required = false) LocalDate asOf) {
        return new Sent(digests.send(asOf != null ? asOf : LocalDate.now(clock)));
    }
}
