package vn.vanthu.document;

/** Urgency (ô 10b), secrecy (ô 10a) and circulation (ô 11) marks; each may be absent. */
public record Marks(Urgency urgency, Secrecy secrecy, String circulation) {

    /** No marks at all. */
    public static final Marks NONE = new Marks(null, null, null);

    /** Độ khẩn with the stamp width Phụ lục I III.2.b gives for it (all 8 mm high). */
    public enum Urgency {
        KHAN("KHẨN", 20),
        THUONG_KHAN("THƯỢNG KHẨN", 40),
        HOA_TOC("HỎA TỐC", 30);

        private final String text;
        private final int widthMm;

        Urgency(String text, int widthMm) {
            this.text = text;
            this.widthMm = widthMm;
        }

        public String text() {
            return text;
        }

        public int widthMm() {
            return widthMm;
        }
    }

    /** Độ mật levels. */
    public enum Secrecy {
        MAT("MẬT"),
        TOI_MAT("TỐI MẬT"),
        TUYET_MAT("TUYỆT MẬT");

        private final String text;

        Secrecy(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }
}
