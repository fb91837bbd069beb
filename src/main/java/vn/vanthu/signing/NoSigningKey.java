package vn.vanthu.signing;

import vn.vanthu.platform.NamedFact;

/** Nobody configured a signing key (or image) for this person or agency. */
public final class NoSigningKey extends NamedFact {

    private static final long serialVersionUID = 1L;

    public NoSigningKey(String who) {
        super(409, null, "Chưa có khóa ký số cho " + who + ": quản trị viên cần cấu hình khóa (tệp PKCS#12 hoặc token PKCS#11).");
    }
}
