package vn.dondoc.domain.task;

/** Chủ trì (lead) or phối hợp (cooperating). */
public enum PartyRole {
    LEAD,
    COOPERATING
}
