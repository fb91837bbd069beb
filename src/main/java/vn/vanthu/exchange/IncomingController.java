package vn.vanthu.exchange;

import jakarta.servlet.http.HttpServletRequest;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vanthu.exchange.ExchangeProblem.NotFound;
import vn.vanthu.platform.CurrentUser;
import vn.vanthu.platform.RegisterQuery;

/** The receiving side: the sổ văn bản đến, one document and its PDF, the reply reference, and uploads to the inbox. */
@RestController
@RequestMapping("/api/exchange")
class IncomingController {

    private final IncomingDocuments documents;
    private final Inbox inbox;
    private final ExchangeAccess access;
    private final IncomingViews views;

    IncomingController(IncomingDocuments documents, Inbox inbox, ExchangeAccess access, IncomingViews views) {
        this.documents = documents;
        this.inbox = inbox;
        this.access = access;
        this.views = views;
    }

    /** The agency's sổ văn bản đến for a year (số đến order), with refused and recalled copies marked. */
    @GetMapping("/incoming")
    List<Map<String, Object>> register(@RequestParam(required = false) String agency,
            @RequestParam(required = false) String year, HttpServletRequest request) {
        RegisterQuery query = RegisterQuery.read(agency, year);
        String id = access.member(CurrentUser.of(request), query.agencyId()).id();
        return documents.register(id, query.year()).stream().map(views::line).toList();
    }

    @GetMapping("/incoming/{id}")
    Map<String, Object> detail(@PathVariable UUID id, HttpServletRequest request) {
        IncomingDocument d = visible(id, request);
        return views.detail(d, documents.history(id));
    }

    @GetMapping(value = "/incoming/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, HttpServletRequest request) {
        IncomingDocument d = visible(id, request);
        byte[] pdf = documents.pdf(id);
        if (pdf == null) {
            throw new NotFound("id", "tệp PDF của văn bản đến " + id);
        }
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                .filename(d.facts.code().replaceAll("[^\\p{L}\\p{N}-]", "-") + ".pdf").build().toString())
                .contentType(MediaType.APPLICATION_PDF).body(pdf);
    }

    /** What a reply dispatch references ("Trả lời Công văn số … ngày …"); 404 until the document is registered. */
    @GetMapping("/incoming/{id}/reply")
    ReplyReference reply(@PathVariable UUID id, HttpServletRequest request) {
        visible(id, request);
        return documents.replyTo(id).orElseThrow(() -> new NotFound("id", "văn bản đến đã vào sổ " + id));
    }

    /** The văn thư uploads an edXML package (document, recall or status) into the agency's inbox. */
    @PostMapping(value = "/inbox/{agency}", consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE,
            MediaType.APPLICATION_OCTET_STREAM_VALUE})
    Map<String, Object> upload(@PathVariable String agency, @RequestBody byte[] edxml, HttpServletRequest request) {
        String id = access.clerk(CurrentUser.of(request), agency).id();
        return Map.of("agencies", inbox.acceptExternal(edxml, id));
    }

    private IncomingDocument visible(UUID id, HttpServletRequest request) {
        IncomingDocument d = documents.find(id).orElseThrow(() -> new NotFound("id", "văn bản đến " + id));
        access.member(CurrentUser.of(request), d.agencyId);
        return d;
    }
}
