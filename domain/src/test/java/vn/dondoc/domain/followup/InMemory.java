package vn.dondoc.domain.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dondoc.domain.common.Page;
import vn.dondoc.domain.common.PageRequest;
import vn.dondoc.domain.org.OrgUnit;
import vn.dondoc.domain.org.OrgUnits;
import vn.dondoc.domain.search.Search;
import vn.dondoc.domain.search.SearchRequest;
import vn.dondoc.domain.search.SearchResults;
import vn.dondoc.domain.task.ProgressReport;
import vn.dondoc.domain.task.Task;
import vn.dondoc.domain.task.TaskFilter;
import vn.dondoc.domain.task.Tasks;

/** In-memory fakes of the ports follow-up uses, for domain tests without a database. */
final class InMemory {
    private InMemory() {}

    static final class TaskStore implements Tasks {
        final Map<Long, Task> rows = new LinkedHashMap<>();
        final List<ProgressReport> reports = new ArrayList<>();
        long next = 1;

        @Override
        public Optional<Task> find(long id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public Page<Task> list(TaskFilter filter, PageRequest page) {
            return new Page<>(List.copyOf(rows.values()), 0, rows.size(), rows.size());
        }

        @Override
        public Task insert(Task t) {
            Task saved = new Task(
                    next++,
                    t.documentId(),
                    t.text(),
                    t.section(),
                    t.startDate(),
                    t.deadline(),
                    t.status(),
                    t.progress(),
                    t.parties(),
                    t.spanStart(),
                    t.spanEnd());
            rows.put(saved.id(), saved);
            return saved;
        }

        @Override
        public void update(Task t) {
            rows.put(t.id(), t);
        }

        @Override
        public boolean delete(long id) {
            return rows.remove(id) != null;
        }

        @Override
        public ProgressReport addReport(ProgressReport r) {
            ProgressReport saved = new ProgressReport(
                    (long) reports.size() + 1, r.taskId(), r.reportedOn(), r.unitId(), r.percent(), r.note());
            reports.add(saved);
            return saved;
        }

        @Override
        public List<ProgressReport> reports(long taskId) {
            return reports.stream().filter(r -> r.taskId() == taskId).toList();
        }

        @Override
        public List<Long> idsOfUnit(long unitId) {
            return List.of();
        }

        @Override
        public List<Long> reassignOpenTasks(long fromUnitId, long toUnitId) {
            return List.of();
        }
    }

    static final class Units implements OrgUnits {
        final Map<Long, OrgUnit> rows = new HashMap<>();

        Units with(long id, String name) {
            rows.put(id, new OrgUnit(id, null, name, null, null, null, null, null));
            return this;
        }

        @Override
        public Optional<OrgUnit> find(long id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public Page<OrgUnit> list(String nameContains, Long parentId, Boolean activeOnly, PageRequest page) {
            return new Page<>(all(), 0, rows.size(), rows.size());
        }

        @Override
        public List<OrgUnit> all() {
            return List.copyOf(rows.values());
        }

        @Override
        public Optional<OrgUnit> findByNameOrAbbreviation(String n) {
            return rows.values().stream().filter(u -> u.name().equals(n)).findFirst();
        }

        @Override
        public OrgUnit save(OrgUnit unit) {
            rows.put(unit.id(), unit);
            return unit;
        }

        @Override
        public void retire(long id, LocalDate day, long successorId) {}

        @Override
        public boolean delete(long id) {
            return rows.remove(id) != null;
        }

        @Override
        public boolean isReferenced(long id) {
            return false;
        }
    }

    static final class NoSearch implements Search {
        @Override
        public void changed(vn.dondoc.domain.search.RecordKind kind, long id) {}

        @Override
        public Map<vn.dondoc.domain.search.RecordKind, Long> rebuild() {
            return Map.of();
        }

        @Override
        public boolean outOfStep() {
            return false;
        }

        @Override
        public SearchResults search(SearchRequest request) {
            throw new UnsupportedOperationException();
        }
    }

    static final class FollowUpStore implements FollowUps {
        final Map<Long, Deadline> stated = new HashMap<>();
        final Map<Long, LocalDate> completed = new HashMap<>();
        final Map<Long, Extension> extensions = new LinkedHashMap<>();
        final Map<Long, CompletionProposal> proposals = new LinkedHashMap<>();

        @Override
        public Optional<Deadline> statedDeadline(long taskId) {
            return Optional.ofNullable(stated.get(taskId));
        }

        @Override
        public void stateDeadline(long taskId, Deadline deadline) {
            stated.put(taskId, deadline);
        }

        @Override
        public Optional<LocalDate> completedOn(long taskId) {
            return Optional.ofNullable(completed.get(taskId));
        }

        @Override
        public void markCompleted(long taskId, LocalDate day) {
            completed.put(taskId, day);
        }

        @Override
        public Extension addExtension(Extension e) {
            long id = extensions.size() + 1;
            Extension saved = new Extension(
                    id,
                    e.taskId(),
                    e.requestedOn(),
                    e.unitId(),
                    e.oldDeadline(),
                    e.newDeadline(),
                    e.reason(),
                    e.decision(),
                    e.decidedOn(),
                    e.answer());
            extensions.put(id, saved);
            return saved;
        }

        @Override
        public Optional<Extension> findExtension(long id) {
            return Optional.ofNullable(extensions.get(id));
        }

        @Override
        public void decideExtension(long id, Decision decision, LocalDate on, String answer) {
            Extension e = extensions.get(id);
            extensions.put(
                    id,
                    new Extension(
                            id,
                            e.taskId(),
                            e.requestedOn(),
                            e.unitId(),
                            e.oldDeadline(),
                            e.newDeadline(),
                            e.reason(),
                            decision,
                            on,
                            answer));
        }

        @Override
        public List<Extension> extensions(long taskId) {
            return extensions.values().stream()
                    .filter(e -> e.taskId() == taskId)
                    .toList();
        }

        @Override
        public CompletionProposal addProposal(CompletionProposal p) {
            long id = proposals.size() + 1;
            CompletionProposal saved = new CompletionProposal(
                    id, p.taskId(), p.reportId(), p.proposedOn(), p.unitId(), p.decision(), p.decidedOn(), p.answer());
            proposals.put(id, saved);
            return saved;
        }

        @Override
        public Optional<CompletionProposal> findProposal(long id) {
            return Optional.ofNullable(proposals.get(id));
        }

        @Override
        public void decideProposal(long id, Decision decision, LocalDate on, String answer) {
            CompletionProposal p = proposals.get(id);
            proposals.put(
                    id,
                    new CompletionProposal(
                            id, p.taskId(), p.reportId(), p.proposedOn(), p.unitId(), decision, on, answer));
        }

        @Override
        public List<CompletionProposal> proposals(long taskId) {
            return proposals.values().stream().filter(p -> p.taskId() == taskId).toList();
        }
    }
}
