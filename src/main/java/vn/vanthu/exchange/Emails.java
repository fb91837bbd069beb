package vn.vanthu.exchange;

import java.util.regex.Pattern;

/** The plain shape an e-mail address must have before vanthu writes to it. */
final class Emails {

    private static final Pattern ADDRESS = Pattern.compile("[^\\s@<>\"',;]+@[^\\s@<>\"',;]+\\.[^\\s@<>\"',;]+");

    private Emails() {
    }

    static boolean valid(String address) {
        return address != null && address.strip().length() <= 254 && ADDRESS.matcher(address.strip()).matches();
    }
}
