package vn.dondoc.domain.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Port: what follow-up stores beside a task: its stated deadline, completion day, extensions and proposals. */
public interface FollowUps {
    /** The deadline as written ("Quý II/2025", "hằng năm"), or empty when only a day was given. */
    Optional<Deadline> statedDeadline(long taskId);

    void stateDeadline(long taskId, Deadline deadline);

    Optional<LocalDate> completedOn(long taskId);

    /** null clears it (a task reopened). */
    void markCompleted(long taskId, LocalDate day);

    Extension addExtension(Extension extension);

    Optional<Extension> findExtension(long id);

    void decideExtension(long id, Decision decision, LocalDate on, String answer);

    List<Extension> extensions(long taskId);

    CompletionProposal addProposal(CompletionProposal proposal);

    Optional<CompletionProposal> findProposal(long id);

    void decideProposal(long id, Decision decision, LocalDate on, String answer);

    List<CompletionProposal> proposals(long taskId);
}
