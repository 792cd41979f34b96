package vn.dondoc.app.reminder;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.dondoc.app.access.Access;
import vn.dondoc.app.dashboard.DashboardScope;
import vn.dondoc.app.web.HtmlPages;

/** The bell of every page: how many of the signed-in person's tasks are due soon, today or overdue. */
@ControllerAdvice(annotations = HtmlPages.class)
class ReminderBell {
    private final ReminderDigests digests;
    private final DashboardScope scope;
    private final Clock clock;

    ReminderBell(ReminderDigests digests, DashboardScope scope, Clock clock) {
        this.digests = digests;
        this.scope = scope;
        this.clock = clock;
    }

    @ModelAttribute("reminderCount")
    Integer reminderCount() {
        if (Access.currentActor().anonymous()) {
            return null;
        }
        return digests.of(scope.unitFor(null), LocalDate.now(clock), scope.visibility())
                .size();
    }
}
