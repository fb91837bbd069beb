package vn.vanthu.workflow.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.vanthu.directory.Agency;
import vn.vanthu.directory.Directory;
import vn.vanthu.directory.Person;
import vn.vanthu.directory.Role;
import vn.vanthu.platform.CurrentUser;
import vn.vanthu.workflow.Chains;
import vn.vanthu.workflow.ChainProblem;

/** What the start form needs to know about the caller: agency, issuer block, signers, agencies to consult. */
@RestController
class MeController {

    private final Directory directory;

    MeController(Directory directory) {
        this.directory = directory;
    }

    @GetMapping("/api/me/defaults")
    Map<String, Object> defaults(HttpServletRequest request) {
        String user = CurrentUser.of(request).id();
        Person me = directory.person(user).orElseThrow(() -> new ChainProblem.NotYourAgency(user));
        Agency agency = directory.agency(me.agencyId()).orElseThrow();
        Map<String, Object> out = new HashMap<>();
        out.put("user", user);
        out.put("name", me.fullName());
        out.put("agency", Map.of("id", agency.id(), "shortName", agency.shortName()));
        Map<String, Object> issuer = new HashMap<>();
        issuer.put("parent", agency.parentLines());
        issuer.put("name", agency.nameLines());
        issuer.put("abbreviation", agency.abbreviation());
        issuer.put("place", agency.place());
        issuer.put("contact", agency.address());
        out.put("issuer", issuer);
        out.put("unit", me.unit());
        List<Map<String, Object>> signers = new ArrayList<>();
        for (Role role : List.of(Role.GIAM_DOC, Role.PHO_GIAM_DOC)) {
            for (Person p : directory.people(agency.id(), role)) {
                boolean head = role == Role.GIAM_DOC;
                signers.add(Map.of("userId", p.userId(), "name", p.fullName(),
                        "authority", head ? List.of() : List.of("KT. GIÁM ĐỐC"),
                        "title", head ? "GIÁM ĐỐC" : "PHÓ GIÁM ĐỐC"));
            }
        }
        out.put("signers", signers);
        // agencies to consult: the other Sở (UBND tỉnh is who the draft goes to, not a consulted body)
        out.put("agencies", directory.agencies().stream().filter(a -> !a.id().equals(agency.id())
                        && a.kind() == Agency.Kind.SO)
                .map(a -> Map.of("id", a.id(), "shortName", a.shortName())).toList());
        out.put("chains", List.of(Chains.SO_BAN_HANH, Chains.SO_TRINH_UBND));
        return out;
    }
}
