package vn.vanthu.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vanthu.directory.Directory;
import vn.vanthu.directory.Person;
import vn.vanthu.registry.StoredVersion;
import vn.vanthu.registry.Versions;
import vn.vanthu.workflow.ChainProblem.DispatchNotFound;
import vn.vanthu.workflow.ChainProblem.NotYourAgency;

/** What a user may read of the dispatches: their agency's, those they are consulted on, those submitted to them. */
@Service
@Transactional(readOnly = true)
public class Reading {

    /** A dispatch as listed. */
    public record Summary(UUID id, String chain, String agency, String drafter, DispatchState state, String title,
            String issuedSymbol, LocalDate issuedOn, Instant createdAt) {
    }

    /** A dispatch with its text, versions, decisions and consultation. */
    public record Detail(Summary summary, Map<String, Object> document, Map<String, Object> submission,
            List<StoredVersion> versions, List<Map<String, Object>> history, List<Map<String, Object>> consultations) {
    }

    private final DispatchStore store;
    private final Directory directory;
    private final Versions versions;
    private final Events events;
    private final Consultations consultations;

    Reading(DispatchStore store, Directory directory, Versions versions, Events events, Consultations consultations) {
        this.store = store;
        this.directory = directory;
        this.versions = versions;
        this.events = events;
        this.consultations = consultations;
    }

    /** The dispatches the user may see, newest first. */
    public List<Summary> visibleTo(String user) {
        Person p = directory.person(user).orElseThrow(() -> new NotYourAgency(user));
        return store.visibleTo(List.of(p.agencyId()), p.agencyId().equals(directory.provincialCommittee()))
                .stream().map(Reading::summary).toList();
    }

    /** One dispatch, if the user may see it (403 otherwise). */
    public Detail detail(UUID id, String user) {
        DispatchCase c = visible(id, user);
        List<Map<String, Object>> history = new ArrayList<>();
        for (Events.Event e : events.of(id)) {
            String name = nameOf(e.actor());
            history.add(Map.of("step", e.step(), "actor", e.actor(), "actorName", name, "decision", e.decision(),
                    "comment", e.comment() == null ? "" : e.comment(), "at", e.at().toString()));
        }
        List<Map<String, Object>> answers = new ArrayList<>();
        for (Consultations.Answer a : consultations.of(id)) {
            Map<String, Object> row = new java.util.HashMap<>();
            row.put("agency", a.agency());
            row.put("agencyName", directory.agency(a.agency()).map(x -> x.shortName()).orElse(a.agency()));
            row.put("dueOn", a.dueOn().toString());
            row.put("answer", a.answer());
            row.put("comment", a.comment());
            row.put("accepted", a.accepted());
            row.put("explanation", a.explanation());
            answers.add(row);
        }
        return new Detail(summary(c), c.document(), c.submission(), versions.list(id), history, answers);
    }

    /** The PDF of a version, if the user may see the dispatch. */
    public byte[] pdf(UUID id, int version, String user) {
        visible(id, user);
        return versions.pdf(id, version).orElseThrow(() -> new DispatchNotFound(id + " v" + version));
    }

    /** The full name of a user for display, or the id when the directory does not know them. */
    public String nameOf(String user) {
        return directory.person(user).map(Person::fullName).orElse(user);
    }

    DispatchCase visible(UUID id, String user) {
        DispatchCase c = store.find(id).orElseThrow(() -> new DispatchNotFound(id));
        Person p = directory.person(user).orElseThrow(() -> new NotYourAgency(user));
        boolean ubnd = p.agencyId().equals(directory.provincialCommittee());
        if (!store.visibleTo(id, List.of(p.agencyId()), ubnd)) {
            throw new NotYourAgency(user);
        }
        return c;
    }

    private static Summary summary(DispatchCase c) {
        String type = vn.vanthu.document.DocumentType.lookup(String.valueOf(c.document().get("type")))
                .map(vn.vanthu.document.DocumentType::displayName).orElse("Văn bản");
        String summary = String.valueOf(c.document().getOrDefault("summary", "")).replace('\n', ' ');
        String title = "Công văn".equals(type) ? type + " V/v " + summary : type + " " + summary;
        return new Summary(c.id(), c.chain(), c.agencyId(), c.drafter(), c.state(), title,
                c.issuedSymbol(), c.issuedOn(), c.createdAt());
    }
}
