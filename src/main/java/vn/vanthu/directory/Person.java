package vn.vanthu.directory;

/**
 * A person of the demo province: Camunda user id, full name, agency, role, and the drafting unit
 * (phòng) abbreviation used in Công văn ký hiệu and the Lưu line ("BTXH").
 */
public record Person(String userId, String fullName, String agencyId, Role role, String unit) {
}
