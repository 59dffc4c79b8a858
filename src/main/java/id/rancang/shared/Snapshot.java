package id.rancang.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the field maps kept in the audit trail; unlike {@code Map.of} it keeps null values. */
public final class Snapshot {

  private Snapshot() {}

  public static Map<String, Object> of(Object... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("keys and values must come in pairs");
    }
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      Object value = keysAndValues[i + 1];
      map.put((String) keysAndValues[i], value instanceof Enum<?> e ? e.name() : value);
    }
    return Collections.unmodifiableMap(map);
  }
}
