package vn.vanthu.document;

/** Ngày ban hành; day and month may be null in a draft, where the văn thư fills them in on issue. */
public record IssueDate(Integer day, Integer month, int year) {

    /** True when day, month and year are all known. */
    public boolean complete() {
        return day != null && month != null;
    }
}
