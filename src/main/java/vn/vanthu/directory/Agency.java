package vn.vanthu.directory;

import java.util.List;

/**
 * An agency of the demo province: its id (also its Camunda group), the lines of its official name
 * and of its parent body as printed in ô 2, the abbreviation used in ký hiệu, its place name (ô 4)
 * and address lines (ô 13), and the agency it belongs to (null for UBND tỉnh).
 */
public record Agency(String id, Kind kind, List<String> nameLines, List<String> parentLines, String abbreviation,
        String place, List<String> address, String parentId, String shortName) {

    public Agency {
        nameLines = List.copyOf(nameLines);
        parentLines = List.copyOf(parentLines);
        address = List.copyOf(address);
    }

    /** UBND tỉnh or one of its Sở. */
    public enum Kind {
        UBND_TINH, SO
    }
}
