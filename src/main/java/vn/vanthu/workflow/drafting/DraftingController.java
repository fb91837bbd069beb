package vn.vanthu.workflow.drafting;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.vanthu.platform.CurrentUser;
import vn.vanthu.registry.StoredVersion;

/** Drafts and their chains: create, edit, start; what changed between two drafts. */
@RestController
@RequestMapping("/api/dispatches")
class DraftingController {

    /**
     * A new draft: the chain it will travel, the document in the input format, (optional) its start, and
     * (optional) the văn bản đến of the user's agency it answers.
     */
    record NewDraft(String chain, Map<String, Object> document, ChainStart.Request start, UUID replyTo) {
    }

    /** The draft's id, and its chain's process instance when it was started at once. */
    record Created(UUID id, String processInstanceId) {
    }

    /** The version an edit stored. */
    record Edited(int version, String sha256) {
    }

    /** The chain's process instance. */
    record Started(String processInstanceId) {
    }

    private final Drafting drafting;
    private final ChainStart chains;
    private final Redlines redlines;
    private final ReplyDrafts replies;

    DraftingController(Drafting drafting, ChainStart chains, Redlines redlines, ReplyDrafts replies) {
        this.drafting = drafting;
        this.chains = chains;
        this.redlines = redlines;
        this.replies = replies;
    }

    @PostMapping
    ResponseEntity<Created> create(@RequestBody NewDraft draft, HttpServletRequest request) {
        String user = CurrentUser.of(request).id();
        ChainStart.Started started = draft.replyTo() != null
                ? replies.create(user, draft.chain(), draft.replyTo(), draft.document(), draft.start())
                : chains.createAndStart(user, draft.chain(), draft.document(), draft.start());
        Created created = new Created(started.id(), started.processInstanceId());
        return ResponseEntity.created(URI.create("/api/dispatches/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    Edited edit(@PathVariable UUID id, @RequestBody Map<String, Object> document, HttpServletRequest request) {
        StoredVersion stored = drafting.edit(id, CurrentUser.of(request).id(), document);
        return new Edited(stored.version(), stored.pdfSha256());
    }

    @PostMapping("/{id}/start")
    Started start(@PathVariable UUID id, @RequestBody(required = false) ChainStart.Request start,
            HttpServletRequest request) {
        ChainStart.Request asked = start == null ? new ChainStart.Request(null, List.of(), null) : start;
        return new Started(chains.start(id, CurrentUser.of(request).id(), asked));
    }

    @GetMapping("/{id}/versions/{version}/changes")
    Redlines.Comparison changes(@PathVariable UUID id, @PathVariable int version, HttpServletRequest request) {
        return redlines.of(id, version, CurrentUser.of(request).id())
                .orElse(new Redlines.Comparison(version, version, List.of()));
    }

    @GetMapping(value = "/{id}/versions/{version}/changes.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    byte[] changesPdf(@PathVariable UUID id, @PathVariable int version, HttpServletRequest request) {
        return redlines.pdf(id, version, CurrentUser.of(request).id());
    }
}
