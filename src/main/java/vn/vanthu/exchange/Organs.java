package vn.vanthu.exchange;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.vanthu.directory.AddressBook;
import vn.vanthu.directory.Agency;
import vn.vanthu.directory.Directory;
import vn.vanthu.directory.Person;
import vn.vanthu.exchange.edxml.Organ;
import vn.vanthu.exchange.edxml.StaffInfo;

/** Agencies and people as edXML names them: From/To organs and StaffInfo, from the directory. */
@Component
class Organs {

    private final Directory directory;
    private final AddressBook addresses;

    Organs(Directory directory, AddressBook addresses) {
        this.directory = directory;
        this.addresses = addresses;
    }

    /** An agency of this vanthu as an organ; empty when it has no mã định danh yet. */
    Optional<Organ> agency(String agencyId) {
        Optional<Agency> agency = directory.agency(agencyId);
        Optional<String> organId = addresses.organId(agencyId);
        if (agency.isEmpty() || organId.isEmpty()) {
            return Optional.empty();
        }
        List<String> address = agency.get().address();
        String street = address.isEmpty() ? null : address.get(0).replaceFirst("^Địa chỉ:\\s*", "");
        return Optional.of(new Organ(organId.get(), agency.get().shortName(), street, null, null, null));
    }

    /** The organ a recipient is addressed as. */
    Organ recipient(Recipient r) {
        return Organ.of(r.organId(), r.name());
    }

    /** StaffInfo of a user: their unit and name, with their mailbox. */
    StaffInfo staff(String userId) {
        Optional<Person> person = directory.person(userId);
        return new StaffInfo(person.map(p -> p.role().title()).orElse(null),
                person.map(Person::fullName).orElse(userId), addresses.email(userId).orElse(null));
    }

    /** The agency outside this vanthu behind a mã định danh. */
    Optional<vn.vanthu.directory.ExternalAgency> external(String organId) {
        return addresses.externalAgency(organId);
    }

    /** The agency of this vanthu behind a mã định danh. */
    Optional<Agency> withOrganId(String organId) {
        return addresses.agencyWithOrganId(organId);
    }
}
