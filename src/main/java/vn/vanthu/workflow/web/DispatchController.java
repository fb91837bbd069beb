package vn.vanthu.workflow.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import vn.vanthu.workflow.Dispatches;
import vn.vanthu.workflow.Reading;

/** Drafts and their chains: create, edit, start, list, read, download a version's PDF. */
@RestController
@RequestMapping("/api/dispatches")
class DispatchController {

    /** A new draft: the chain it will travel and the document in the input format. */
    record NewDraft(String chain, Map<String, Object> document) {
    }

    /** Starting the chain: agencies to consult (UBND chain) and their working days. */
    record Start(List<String> consulted, Integer consultationDays) {
    }

    private final Dispatches dispatches;
    private final Reading reading;

    DispatchController(Dispatches dispatches, Reading reading) {
        this.dispatches = dispatches;
        this.reading = reading;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> create(@RequestBody NewDraft draft, HttpServletRequest request) {
        UUID id = dispatches.create(CurrentUser.of(request).id(), draft.chain(),
                draft.document() == null ? Map.of() : draft.document());
        return ResponseEntity.created(URI.create("/api/dispatches/" + id)).body(Map.of("id", id.toString()));
    }

    @PutMapping("/{id}")
    ResponseEntity<Void> edit(@PathVariable UUID id, @RequestBody Map<String, Object> document,
            HttpServletRequest request) {
        dispatches.edit(id, CurrentUser.of(request).id(), document);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/start")
    Map<String, Object> start(@PathVariable UUID id, @RequestBody(required = false) Start start,
            HttpServletRequest request) {
        List<String> consulted = start == null || start.consulted() == null ? List.of() : start.consulted();
        int days = start == null || start.consultationDays() == null ? 5 : start.consultationDays();
        return Map.of("processInstanceId", dispatches.start(id, CurrentUser.of(request).id(), consulted, days));
    }

    @GetMapping
    List<Reading.Summary> mine(HttpServletRequest request) {
        return reading.visibleTo(CurrentUser.of(request).id());
    }

    @GetMapping("/{id}")
    Reading.Detail detail(@PathVariable UUID id, HttpServletRequest request) {
        return reading.detail(id, CurrentUser.of(request).id());
    }

    @GetMapping("/{id}/versions")
    Object versions(@PathVariable UUID id, HttpServletRequest request) {
        return reading.detail(id, CurrentUser.of(request).id()).versions();
    }

    @GetMapping(value = "/{id}/versions/{version}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, @PathVariable int version, HttpServletRequest request) {
        byte[] pdf = reading.pdf(id, version, CurrentUser.of(request).id());
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.inline().filename(id + "-v" + version + ".pdf").build().toString())
                .contentType(MediaType.APPLICATION_PDF).body(pdf);
    }
}
