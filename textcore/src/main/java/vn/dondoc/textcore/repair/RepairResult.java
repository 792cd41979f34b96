package vn.dondoc.textcore.repair;

import java.util.List;

/** Repaired text (NFC where changed) and the corrections made, in input order, spans in input coordinates. */
public record RepairResult(String text, List<Repair> repairs) {
    public RepairResult {
        repairs = List.copyOf(repairs);
    }

    public boolean changed() {
        return !repairs.isEmpty();
    }
}
