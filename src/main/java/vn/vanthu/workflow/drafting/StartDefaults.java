package vn.vanthu.workflow.drafting;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.vanthu.directory.Agency;
import vn.vanthu.directory.Directory;
import vn.vanthu.directory.Person;
import vn.vanthu.platform.CurrentUser;
import vn.vanthu.workflow.ChainProblem.NotYourAgency;
import vn.vanthu.workflow.Chains;

/** What the start form needs to know about the caller: agency, issuers, who may sign, whom to consult. */
@RestController
class StartDefaults {

    /** A choice in a list: id and the words shown. */
    record Choice(String id, String label) {
    }

    /** The start form's defaults for the caller. */
    record Defaults(String user, String name, Choice agency, String unit, List<Choice> signers,
            List<Choice> agencies, List<Choice> chains, int consultationDays, int maxConsultationDays,
            String ubndRecipientHint) {
    }

    private final Directory directory;
    private final ChainStart chains;

    StartDefaults(Directory directory, ChainStart chains) {
        this.directory = directory;
        this.chains = chains;
    }

    @GetMapping("/api/me/defaults")
    Defaults defaults(HttpServletRequest request) {
        String user = CurrentUser.of(request).id();
        Person me = directory.person(user).orElseThrow(() -> new NotYourAgency(user));
        Agency agency = directory.agency(me.agencyId()).orElseThrow();
        List<Choice> signers = chains.signers(agency).stream()
                .map(p -> new Choice(p.userId(), p.role().title() + " " + p.fullName())).toList();
        // agencies to consult: the other Sở (UBND tỉnh is who the draft goes to, not a consulted body)
        List<Choice> agencies = directory.agencies().stream()
                .filter(a -> !a.id().equals(agency.id()) && a.kind() == Agency.Kind.SO)
                .map(a -> new Choice(a.id(), a.shortName())).toList();
        List<Choice> processes = List.of(new Choice(Chains.SO_BAN_HANH, "Sở ban hành văn bản"),
                new Choice(Chains.SO_TRINH_UBND, "Sở soạn thảo, trình UBND tỉnh ban hành"));
        return new Defaults(user, me.fullName(), new Choice(agency.id(), agency.shortName()), me.unit(), signers,
                agencies, processes, ChainStart.DEFAULT_DAYS, ChainStart.MAX_DAYS,
                "các Sở, ban, ngành; UBND các huyện, thị xã, thành phố");
    }
}
