package vn.vanthu.signing;

import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import vn.vanthu.directory.Directory;

/**
 * Signing's beans. With {@code vanthu.demo.enabled} (the default) the demo PKI is made at first start in
 * {@code vanthu.signing.directory}; otherwise only the configured keys and trust anchors are used.
 */
@Configuration
@EnableConfigurationProperties(SigningProperties.class)
class SigningConfiguration {

    private final Supplier<KeyRing> keys;

    SigningConfiguration(SigningProperties properties, Directory directory,
            @Value("${vanthu.demo.enabled:true}") boolean demo) {
        this.keys = memoize(demo ? () -> DemoPki.open(properties.demoDirectory(), directory)
                : () -> new ConfiguredKeys(properties));
    }

    @Bean
    Signing signing(Directory directory) {
        return new Signing(keys, directory, new PinGuard(System::nanoTime));
    }

    @Bean
    SignatureVerifier signatureVerifier(ObjectProvider<RegisterLookup> register) {
        return new SignatureVerifier(() -> keys.get().trust(), register.getIfAvailable(() -> RegisterLookup.NONE));
    }

    /** The demo province's keys are made once the directory is loaded, before the first user signs. */
    @EventListener(ApplicationReadyEvent.class)
    void prepareKeys() {
        keys.get();
    }

    private static Supplier<KeyRing> memoize(Supplier<KeyRing> make) {
        return new Supplier<>() {
            private KeyRing ring;

            @Override
            public synchronized KeyRing get() {
                if (ring == null) {
                    ring = make.get();
                }
                return ring;
            }
        };
    }
}
