package vn.vanthu.exchange;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vanthu.directory.AddressBook;
import vn.vanthu.directory.Agency;
import vn.vanthu.directory.Directory;
import vn.vanthu.directory.RecipientMapping;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.DispatchReader;
import vn.vanthu.platform.CurrentUser;

/** The văn thư's recipient list: resolve a document's Nơi nhận, map an unknown line once, the choices to map to. */
@RestController
@RequestMapping("/api/exchange/recipients")
class RecipientController {

    /** A document (input format) whose recipients the văn thư of the agency checks. */
    record ResolveRequest(String agency, Map<String, Object> document) {
    }

    /** What a line means: each target an agency id, mã định danh, user id or e-mail address; [] = not sent. */
    record MappingRequest(String agency, String line, List<RecipientMapping.Target> targets) {
    }

    private final Recipients recipients;
    private final ExchangeAccess access;
    private final Directory directory;
    private final AddressBook addresses;

    RecipientController(Recipients recipients, ExchangeAccess access, Directory directory, AddressBook addresses) {
        this.recipients = recipients;
        this.access = access;
        this.directory = directory;
        this.addresses = addresses;
    }

    @PostMapping("/resolve")
    Resolution resolve(@RequestBody ResolveRequest body, HttpServletRequest request) {
        Agency agency = access.clerk(CurrentUser.of(request), body.agency());
        Dispatch d = DispatchReader.fromMap(body.document() == null ? Map.of() : body.document());
        return recipients.resolve(d, agency.id());
    }

    @PutMapping("/mappings")
    ResponseEntity<Void> map(@RequestBody MappingRequest body, HttpServletRequest request) {
        CurrentUser user = CurrentUser.of(request);
        Agency agency = access.clerk(user, body.agency());
        recipients.remember(agency.id(), body.line(), body.targets() == null ? List.of() : body.targets(), user.id());
        return ResponseEntity.noContent().build();
    }

    /** Everything a line can be mapped to: agencies of this vanthu, external agencies, people with a mailbox. */
    @GetMapping("/choices")
    Map<String, Object> choices(@RequestParam(required = false) String agency, HttpServletRequest request) {
        access.clerk(CurrentUser.of(request), agency);
        List<Map<String, String>> people = directory.agencies().stream()
                .flatMap(a -> java.util.Arrays.stream(vn.vanthu.directory.Role.values())
                        .flatMap(role -> directory.people(a.id(), role).stream()).distinct()
                        .map(p -> Map.of("kind", "PERSON", "ref", p.userId(),
                                "name", p.role().title() + " " + p.fullName() + " – " + a.shortName())))
                .toList();
        return Map.of("agencies", directory.agencies().stream().map(a -> Map.of("kind", "AGENCY", "ref", a.id(),
                        "name", a.shortName())).toList(),
                "external", addresses.externalAgencies().stream().map(e -> Map.of("kind", "EXTERNAL", "ref", e.organId(),
                        "name", e.name())).toList(),
                "people", people);
    }
}
