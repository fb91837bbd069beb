package vn.vanthu.document;

/**
 * One line of ô 7a: an authority prefix and the title it applies to, e.g. KT. + "GIÁM ĐỐC" or
 * TM. + "ỦY BAN NHÂN DÂN".
 */
public record Authority(Prefix prefix, String title) {

    /** Signing capacity (Decree 30 Điều 13; Party documents write them with a slash). */
    public enum Prefix {
        NONE("", ""),
        TM("TM.", "T/M"),
        KT("KT.", "K/T"),
        TL("TL.", "T/L"),
        TUQ("TUQ.", "TUQ."),
        Q("Q.", "Q.");

        private final String nd30;
        private final String party;

        Prefix(String nd30, String party) {
            this.nd30 = nd30;
            this.party = party;
        }

        /** How this prefix is written in the given style ("KT." or "K/T"). */
        public String written(Style style) {
            return style == Style.PARTY ? party : nd30;
        }
    }
}
