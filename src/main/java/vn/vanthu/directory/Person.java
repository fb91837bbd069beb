package vn.vanthu.directory;

/**
 * A person of the province: Camunda user id, full name, agency, role, the drafting unit (phòng)
 * abbreviation used in Công văn ký hiệu and the Lưu line ("BTXH"), and whether they are cleared to read
 * confidential (mật) documents and register entries.
 */
public record Person(String userId, String fullName, String agencyId, Role role, String unit, boolean cleared) {
}
