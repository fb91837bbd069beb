package vn.vanthu.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.PasswordManager;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The production guard ({@code vanthu.security.refuse-default-credentials}, on in the prod profile):
 * the application does not start while anyone could log in with a published password — admin/admin,
 * a demo login, any account whose password is "admin", "demo" or its own name — or while the demo
 * province is set to load. Passwords are compared with the stored hashes, not tried as logins.
 */
@Component
@ConditionalOnProperty(name = "vanthu.security.refuse-default-credentials", havingValue = "true")
class DefaultCredentials implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DefaultCredentials.class);
    private static final Set<String> PUBLISHED = Set.of(CamundaAccounts.ADMIN, DemoPeople.PASSWORD);

    private final IdentityService identity;
    private final PasswordManager passwords;
    private final boolean demoEnabled;

    DefaultCredentials(ProcessEngine engine, @Value("${vanthu.demo.enabled:true}") boolean demoEnabled) {
        this.identity = engine.getIdentityService();
        this.passwords = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getPasswordManager();
        this.demoEnabled = demoEnabled;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<String> problems = new ArrayList<>();
        if (demoEnabled) {
            problems.add("vanthu.demo.enabled=true nạp các tài khoản demo");
        }
        List<String> weak = identity.createUserQuery().list().stream().filter(this::publishedPassword)
                .map(User::getId).toList();
        if (!weak.isEmpty()) {
            problems.add("các tài khoản có mật khẩu mặc định (admin, demo hoặc trùng tên đăng nhập): "
                    + String.join(", ", weak.subList(0, Math.min(weak.size(), 10))) + (weak.size() > 10 ? "…" : ""));
        }
        if (!problems.isEmpty()) {
            String message = "Hồ sơ production không khởi động khi còn thông tin đăng nhập mặc định: "
                    + String.join("; ", problems) + ". Đổi mật khẩu trong Camunda Admin hoặc xoá các tài khoản đó"
                    + " (docs/operations.md, mục Hồ sơ production).";
            log.error(message);
            throw new IllegalStateException(message);
        }
        log.info("Không còn tài khoản nào dùng mật khẩu mặc định");
    }

    private boolean publishedPassword(User user) {
        if (!(user instanceof UserEntity entity) || entity.getPassword() == null) {
            return false;
        }
        return PUBLISHED.stream().anyMatch(p -> matches(entity, p)) || matches(entity, user.getId());
    }

    private boolean matches(UserEntity user, String candidate) {
        return passwords.check(EncryptionUtil.saltPassword(candidate, user.getSalt()), user.getPassword());
    }
}
