package vn.vanthu.numbering.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vanthu.numbering.Register;
import vn.vanthu.numbering.RegisterEntry;
import vn.vanthu.numbering.Series;
import vn.vanthu.platform.CurrentUser;

/**
 * The sổ văn bản đi of an agency for a year, as JSON, as CSV for Excel, and printed as PDF. Both
 * parameters are read as text and checked by {@link RegisterAccess}, so a bad one is answered with a
 * problem naming it rather than Spring's conversion message.
 */
@RestController
@RequestMapping("/api")
class RegisterController {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final Register register;
    private final RegisterAccess access;
    private final RegisterPdf pdf;

    RegisterController(Register register, RegisterAccess access, RegisterPdf pdf) {
        this.register = register;
        this.access = access;
        this.pdf = pdf;
    }

    /** The entries of the agency's register for the year, ordinary series first, each in number order; the
     * confidential series only for those cleared. */
    @GetMapping("/register")
    List<RegisterLine> entries(@RequestParam(required = false) String agency,
            @RequestParam(required = false) String year, HttpServletRequest request) {
        RegisterAccess.Scope scope = access.check(agency, year, CurrentUser.of(request));
        return entries(scope).stream().map(RegisterLine::of).toList();
    }

    /** The same entries as CSV (UTF-8 with BOM, Vietnamese header row). */
    @GetMapping("/register.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String agency,
            @RequestParam(required = false) String year, HttpServletRequest request) {
        RegisterAccess.Scope scope = access.check(agency, year, CurrentUser.of(request));
        return file(RegisterCsv.of(entries(scope)), CSV, scope, "csv");
    }

    /** The register printed: a landscape PDF/A under the agency's Decree 30 header, dated today. */
    @GetMapping("/register.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) String agency,
            @RequestParam(required = false) String year, HttpServletRequest request) {
        RegisterAccess.Scope scope = access.check(agency, year, CurrentUser.of(request));
        byte[] body = pdf.of(scope.agency(), scope.year(), entries(scope), LocalDate.now(VIETNAM));
        return file(body, MediaType.APPLICATION_PDF, scope, "pdf");
    }

    private List<RegisterEntry> entries(RegisterAccess.Scope scope) {
        return register.entries(scope.agency().id(), scope.year()).stream()
                .filter(e -> scope.confidential() || e.series() != Series.CONFIDENTIAL).toList();
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, RegisterAccess.Scope scope,
            String extension) {
        String name = "so-van-ban-di-" + scope.agency().id() + "-" + scope.year() + "." + extension;
        String disposition = ContentDisposition.attachment().filename(name).build().toString();
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, disposition).body(body);
    }
}
