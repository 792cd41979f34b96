package vn.dondoc.domain.calendar;

import java.time.LocalDate;
import java.util.Optional;

/** Port: why a day is not a working day ("Chủ nhật", "Tết Nguyên đán"), empty on a working day. */
@FunctionalInterface
public interface DayOffs {
    Optional<String> reason(LocalDate day);
}
