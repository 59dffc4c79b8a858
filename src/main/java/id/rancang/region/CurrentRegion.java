package id.rancang.region;

import id.rancang.shared.NotFoundException;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The region the current request works in. Set once per request by the security layer from the
 * signed-in user's membership; never taken from a form.
 */
@Component
public class CurrentRegion {

  private static final ThreadLocal<Region> CURRENT = new ThreadLocal<>();

  public Region get() {
    Region region = CURRENT.get();
    if (region == null) {
      throw new NotFoundException("region", "current");
    }
    return region;
  }

  public long id() {
    return get().id();
  }

  public Optional<Region> find() {
    return Optional.ofNullable(CURRENT.get());
  }

  public void set(Region region) {
    CURRENT.set(region);
  }

  public void clear() {
    CURRENT.remove();
  }
}
