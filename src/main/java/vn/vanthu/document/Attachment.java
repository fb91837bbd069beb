package vn.vanthu.document;

/**
 * A văn bản ban hành kèm theo (Phụ lục III, Mẫu 1.3): a Quy chế, Quy định, Danh mục… issued or approved
 * by the dispatch, with its own heading — {@code name} ("QUY CHẾ"), {@code title} (its trích yếu) and the
 * line "(Kèm theo Quyết định số … của …)" — and its own Chương/Điều structure; not labelled Phụ lục.
 */
public record Attachment(String name, String title, String body, boolean landscape) {
}
