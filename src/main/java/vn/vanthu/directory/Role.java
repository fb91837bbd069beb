package vn.vanthu.directory;

/** What a person does in the chain; each role of each agency is a Camunda group "<agency>-<group>". */
public enum Role {
    CHUYEN_VIEN("chuyenvien", "Chuyên viên"),
    TRUONG_PHONG("truongphong", "Trưởng phòng"),
    GIAM_DOC("lanhdao", "Giám đốc"),
    PHO_GIAM_DOC("lanhdao", "Phó Giám đốc"),
    CHU_TICH("lanhdao", "Chủ tịch"),
    PHO_CHU_TICH("lanhdao", "Phó Chủ tịch"),
    CHANH_VAN_PHONG("chanhvanphong", "Chánh Văn phòng"),
    VAN_THU("vanthu", "Văn thư");

    private final String group;
    private final String title;

    Role(String group, String title) {
        this.group = group;
        this.title = title;
    }

    /** The suffix of the role's Camunda group: leaders of an agency share "lanhdao". */
    public String group() {
        return group;
    }

    /** The Vietnamese title, e.g. "Phó Giám đốc". */
    public String title() {
        return title;
    }

    /** The Camunda group of this role in the agency, e.g. "sldtbxh-truongphong". */
    public String groupOf(String agencyId) {
        return agencyId + "-" + group;
    }
}
