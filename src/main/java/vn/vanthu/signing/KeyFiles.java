package vn.vanthu.signing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;

/** PKCS#12 and PEM files of the key directory. */
final class KeyFiles {

    static final String ALIAS = "signing";

    private KeyFiles() {
    }

    /** Writes key and chain as PKCS#12 protected by the password (the signer's PIN). */
    static void writePkcs12(Path file, KeyPair keys, List<X509Certificate> chain, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, keys.getPrivate(), password, chain.toArray(new Certificate[0]));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, password);
            write(file, out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads back the key pair and chain of a PKCS#12 file. */
    static KeyPair readKeys(Path file, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(Files.readAllBytes(file)), password);
            PrivateKey key = (PrivateKey) store.getKey(ALIAS, password);
            return new KeyPair(store.getCertificate(ALIAS).getPublicKey(), key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The certificate chain stored with the key. */
    static List<X509Certificate> readChain(Path file, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(Files.readAllBytes(file)), password);
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate c : store.getCertificateChain(ALIAS)) {
                chain.add((X509Certificate) c);
            }
            return List.copyOf(chain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static void writePem(Path file, List<X509Certificate> certificates) {
        StringBuilder pem = new StringBuilder();
        try {
            for (X509Certificate c : certificates) {
                pem.append("-----BEGIN CERTIFICATE-----\n")
                        .append(Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                                .encodeToString(c.getEncoded()))
                        .append("\n-----END CERTIFICATE-----\n");
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        write(file, pem.toString().getBytes(StandardCharsets.US_ASCII));
    }

    /** Every certificate in a PEM or DER file. */
    static List<X509Certificate> readCertificates(Path file) {
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            Collection<? extends Certificate> all = factory.generateCertificates(
                    new ByteArrayInputStream(Files.readAllBytes(file)));
            List<X509Certificate> out = new ArrayList<>();
            all.forEach(c -> out.add((X509Certificate) c));
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("không đọc được chứng thư trong " + file, e);
        }
    }

    /** Writes through a temporary file so a crash never leaves half a key behind. */
    static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".part-", ".tmp");
            Files.write(tmp, bytes);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
