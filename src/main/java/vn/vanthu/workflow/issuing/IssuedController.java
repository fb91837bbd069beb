package vn.vanthu.workflow.issuing;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vanthu.platform.CurrentUser;

/** Văn bản đã phát hành of the caller's agency, searchable; the Tasklist's "issued documents" view reads it. */
@RestController
class IssuedController {

    private final IssuedDocuments issued;

    IssuedController(IssuedDocuments issued) {
        this.issued = issued;
    }

    @GetMapping("/api/issued")
    List<IssuedDocuments.Issued> search(@RequestParam(required = false) String agency,
            @RequestParam(required = false) String q, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, HttpServletRequest request) {
        return issued.search(CurrentUser.of(request).id(), new IssuedDocuments.Query(agency, q, from, to));
    }
}
