package vn.vanthu.workflow.reading;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.vanthu.platform.CurrentUser;
import vn.vanthu.platform.Preferences;

/** The dispatches a user may read: list, one with its history, its versions, a version's PDF. */
@RestController
@RequestMapping("/api/dispatches")
class ReadingController {

    private final Reading reading;
    private final Preferences preferences;

    ReadingController(Reading reading, Preferences preferences) {
        this.reading = reading;
        this.preferences = preferences;
    }

    @GetMapping
    List<Views.Summary> mine(HttpServletRequest request) {
        String user = CurrentUser.of(request).id();
        return reading.visibleTo(user, preferences.language(user));
    }

    @GetMapping("/{id}")
    Views.Detail detail(@PathVariable UUID id, HttpServletRequest request) {
        String user = CurrentUser.of(request).id();
        return reading.detail(id, user, preferences.language(user));
    }

    @GetMapping("/{id}/versions")
    List<Views.Version> versions(@PathVariable UUID id, HttpServletRequest request) {
        return detail(id, request).versions();
    }

    @GetMapping(value = "/{id}/versions/{version}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, @PathVariable int version, HttpServletRequest request) {
        byte[] pdf = reading.pdf(id, version, CurrentUser.of(request).id());
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.inline().filename(id + "-v" + version + ".pdf").build().toString())
                .contentType(MediaType.APPLICATION_PDF).body(pdf);
    }
}
