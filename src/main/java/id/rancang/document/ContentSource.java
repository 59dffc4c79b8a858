package id.rancang.document;

import id.rancang.region.RegionCatalog;
import id.rancang.shared.NotFoundException;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Where the content of a document comes from: the live masterplan, or one of its frozen versions.
 */
@Service
public class ContentSource {

  private final MasterplanContents live;
  private final RegionCatalog regions;
  private final MasterplanVersions versions;

  ContentSource(MasterplanContents live, RegionCatalog regions, MasterplanVersions versions) {
    this.live = live;
    this.regions = regions;
    this.versions = versions;
  }

  /** A picture for the cover: its bytes and media type (PNG, JPEG or SVG). */
  public record Logo(byte[] content, String contentType) {}

  /**
   * The live content when {@code versionId} is null, otherwise that frozen version's content.
   *
   * @throws NotFoundException when the region has no such masterplan or version
   */
  public MasterplanContent content(long regionId, long masterplanId, Long versionId) {
    if (versionId == null) {
      return live.live(regionId, masterplanId);
    }
    return versions.content(regionId, masterplanId, versionId);
  }

  /**
   * Which edition a document shows: the name of the frozen version and when it was frozen, or null
   * for the live data.
   */
  public String versionName(long regionId, long masterplanId, Long versionId) {
    return versionId == null ? null : versions.get(regionId, masterplanId, versionId).name();
  }

  /** The region's logo now, or the one frozen with the version. */
  public Optional<Logo> logo(long regionId, long masterplanId, Long versionId) {
    if (versionId == null) {
      return regions.logo(regionId).map(l -> new Logo(l.content(), l.contentType()));
    }
    return versions.logo(regionId, masterplanId, versionId);
  }
}
