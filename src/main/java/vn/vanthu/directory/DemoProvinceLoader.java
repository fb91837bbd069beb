package vn.vanthu.directory;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Loads the demo province at start-up when {@code vanthu.demo.enabled} is true: agencies and people
 * into the app tables, then their Camunda users, groups and authorizations. It runs once every bean
 * (the engine included) exists and before the web server takes requests, so a login never finds it
 * half done; every step only adds what is missing, so a restart on the persisted database changes nothing.
 */
@Component
@ConditionalOnProperty(name = "vanthu.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoProvinceLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoProvinceLoader.class);

    private final DirectoryTables tables;
    private final CamundaAccounts accounts;
    private final TasklistAccess access;
    private final AddressTables addresses;

    DemoProvinceLoader(DirectoryTables tables, CamundaAccounts accounts, TasklistAccess access,
            AddressTables addresses) {
        this.tables = tables;
        this.accounts = accounts;
        this.access = access;
        this.addresses = addresses;
    }

    @Override
    public void afterSingletonsInstantiated() {
        load();
    }

    /** Brings tables and Camunda identity in line with the demo province; returns how many things changed. */
    int load() {
        List<Agency> agencies = DemoAgencies.all();
        List<Person> people = DemoPeople.all();
        int rows = tables.save(agencies, people)
                + addresses.save(DemoAddresses.ORGAN_IDS, people, DemoAddresses.external(),
                        DemoAddresses.mappings(agencies));
        int identities = accounts.save(agencies, people);
        int grants = access.save(agencies);
        if (rows + identities + grants == 0) {
            log.info("Danh bạ tỉnh Đắk Lắk đã có sẵn: {} cơ quan, {} người; không có gì thay đổi", agencies.size(),
                    people.size());
        } else {
            log.info("Đã nạp danh bạ tỉnh Đắk Lắk: {} cơ quan, {} người ({} dòng dữ liệu, {} tài khoản/nhóm/thành viên,"
                    + " {} quyền/bộ lọc mới hoặc cập nhật)", agencies.size(), people.size(), rows, identities, grants);
        }
        // the passwords are in the README, so say loudly that this is no production set-up (never print them)
        log.warn("Đang chạy với dữ liệu demo: {} tài khoản demo và tài khoản quản trị \"{}\" có mật khẩu công khai."
                + " Không dùng cho hệ thống thật: chạy với hồ sơ prod (docs/operations.md)", people.size(),
                CamundaAccounts.ADMIN);
        return rows + identities + grants;
    }
}
