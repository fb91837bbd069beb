package vn.vanthu.workflow.reading;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the API and the Tasklist forms show of a dispatch, every code with its label in the user's language. */
public final class Views {

    private Views() {
    }

    /** A dispatch as listed. */
    public record Summary(UUID id, String chain, String agency, String drafter, String state, String stateLabel,
            String title, String issuedSymbol, LocalDate issuedOn, Instant createdAt) {
    }

    /** One stored version and where to read its PDF. */
    public record Version(int version, String kind, String kindLabel, String step, String stepLabel, String actor,
            String actorName, String mode, String modeLabel, Instant createdAt, String pdf, String sha256) {
    }

    /** One decision in the history, with the version it was made on. */
    public record Decision(String step, String stepLabel, String actor, String actorName, String decision,
            String decisionLabel, String comment, Integer version, String versionSha256, Instant at) {
    }

    /** One consulted agency's answer and how the drafter took it. */
    public record Answer(String agency, String agencyName, LocalDate dueOn, String answer, String answerLabel,
            String comment, Boolean accepted, String explanation) {
    }

    /** A dispatch with its text (input format), versions, decisions and consultation. */
    public record Detail(Summary summary, Map<String, Object> document, Map<String, Object> submission,
            List<Version> versions, List<Decision> history, List<Answer> consultations) {
    }
}
