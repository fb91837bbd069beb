package vn.vanthu.signing;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.SignatureTokenConnection;
import java.security.UnrecoverableKeyException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javax.security.auth.login.LoginException;

/** A signer behind a DSS token connection (PKCS#12, PKCS#11 or any other DSS token). */
final class TokenSigner implements Signer {

    private final String description;
    private final String alias;
    private final Function<char[], SignatureTokenConnection> open;

    TokenSigner(String description, Function<char[], SignatureTokenConnection> open) {
        this(description, null, open);
    }

    TokenSigner(String description, String alias, Function<char[], SignatureTokenConnection> open) {
        this.description = description;
        this.alias = alias;
        this.open = open;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Key unlock(char[] pin) {
        if (pin == null || pin.length == 0) {
            throw new WrongPin();
        }
        SignatureTokenConnection token = null;
        try {
            token = open.apply(pin.clone());
            List<DSSPrivateKeyEntry> keys = token.getKeys();
            DSSPrivateKeyEntry entry = pick(keys);
            return new TokenKey(token, entry);
        } catch (RuntimeException e) {
            if (token != null) {
                token.close();
            }
            if (wrongPin(e)) {
                throw new WrongPin();
            }
            throw e;
        }
    }

    private DSSPrivateKeyEntry pick(List<DSSPrivateKeyEntry> keys) {
        for (DSSPrivateKeyEntry key : keys) {
            String name = key instanceof eu.europa.esig.dss.token.KSPrivateKeyEntry ks ? ks.getAlias() : null;
            if (alias == null || alias.equals(name)) {
                return key;
            }
        }
        throw new NoSigningKey(description + (alias == null ? "" : " (khóa " + alias + ")"));
    }

    /** PKCS#12 reports a bad password as an unrecoverable key, PKCS#11 as a failed login (CKR_PIN_INCORRECT). */
    static boolean wrongPin(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (t instanceof UnrecoverableKeyException || t instanceof LoginException
                    || message.contains("password") || message.contains("pin_incorrect")
                    || message.contains("pin_len_range") || message.contains("mac check failed")) {
                return true;
            }
        }
        return false;
    }

    private record TokenKey(SignatureTokenConnection token, DSSPrivateKeyEntry entry) implements Key {

        @Override
        public List<X509Certificate> chain() {
            List<X509Certificate> chain = new ArrayList<>();
            chain.add(entry.getCertificate().getCertificate());
            CertificateToken[] rest = entry.getCertificateChain();
            if (rest != null) {
                for (CertificateToken c : rest) {
                    if (!c.equals(entry.getCertificate())) {
                        chain.add(c.getCertificate());
                    }
                }
            }
            return List.copyOf(chain);
        }

        @Override
        public byte[] sign(byte[] data) {
            return token.sign(new ToBeSigned(data), DigestAlgorithm.SHA256, entry).getValue();
        }

        @Override
        public void close() {
            token.close();
        }
    }
}
