package vn.vanthu.exchange;

import org.springframework.stereotype.Component;
import vn.vanthu.directory.Agency;
import vn.vanthu.directory.Directory;
import vn.vanthu.directory.Role;
import vn.vanthu.document.Echo;
import vn.vanthu.exchange.ExchangeProblem.InvalidRequest;
import vn.vanthu.exchange.ExchangeProblem.NotYourAgency;
import vn.vanthu.platform.CurrentUser;

/** Who may do what in the exchange API: members of an agency read its documents, its văn thư acts for it. */
@Component
class ExchangeAccess {

    private final Directory directory;

    ExchangeAccess(Directory directory) {
        this.directory = directory;
    }

    /** The agency, once it exists and the caller belongs to it (any role). */
    Agency member(CurrentUser user, String agencyId) {
        Agency agency = agency(agencyId);
        if (!user.in(agency.id())) {
            throw new NotYourAgency(user.id(), agency.id(), "xem văn bản");
        }
        return agency;
    }

    /** The agency, once it exists and the caller is its văn thư. */
    Agency clerk(CurrentUser user, String agencyId) {
        Agency agency = agency(agencyId);
        if (!user.in(Role.VAN_THU.groupOf(agency.id()))) {
            throw new NotYourAgency(user.id(), agency.id(), "làm việc của văn thư");
        }
        return agency;
    }

    private Agency agency(String agencyId) {
        if (agencyId == null || agencyId.isBlank()) {
            throw new InvalidRequest("agency", "Thiếu mã cơ quan (agency)");
        }
        return directory.agency(agencyId.strip())
                .orElseThrow(() -> new InvalidRequest("agency", "Không có cơ quan nào mang mã " + Echo.of(agencyId.strip())));
    }
}
